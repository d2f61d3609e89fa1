"""The GitHub Pages workflow builds strictly what mkdocs.yml describes and deploys it with the Pages actions."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

REPO = Path(__file__).resolve().parents[2]
WORKFLOWS = [REPO / ".github" / "workflows" / "pages.yml", REPO / "timeline" / "skeleton" / "pages.yml"]
# The major versions of GitHub's Pages actions current on 2026-12-06 (their release notes: checkout
# v7.0.1, setup-python v7.0.0, configure-pages v6.0.0, upload-pages-artifact v5.0.0, deploy-pages
# v5.0.0, all on Node 24). Node 20 actions (checkout v4, deploy-pages v4...) are forced onto Node 24 by
# the runners since June 2026, and deploy-pages v4 deployments were reported failing.
CURRENT = {"actions/checkout": "v7", "actions/setup-python": "v7", "actions/configure-pages": "v6",
           "actions/upload-pages-artifact": "v5", "actions/deploy-pages": "v5"}


def demo_config() -> dict:
    return yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=get_yaml_loader())  # noqa: S506 - MkDocs' own safe loader


def test_the_pages_workflow_builds_strictly_and_deploys_the_site_folder():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    site_dir = demo_config().get("site_dir", "site")
    build = workflow["jobs"]["build"]["steps"]
    assert any(step.get("run") == "mkdocs build --strict" for step in build)
    upload = next(step for step in build if str(step.get("uses", "")).startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == site_dir
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert deploy["needs"] == "build"


def test_the_demo_site_fetches_no_fonts_from_the_network():
    assert demo_config()["theme"]["font"] is False


@pytest.mark.parametrize("path", WORKFLOWS, ids=["this repository", "timeline init"])
def test_the_workflows_use_the_current_pages_actions(path):
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    used = {step["uses"].split("@")[0]: step["uses"].split("@")[1]
            for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step}
    assert used == CURRENT


@pytest.mark.parametrize("path", WORKFLOWS, ids=["this repository", "timeline init"])
def test_a_deployment_under_way_is_never_cancelled(path):
    """GitHub's advice for Pages: a push while main deploys waits for it; a pull request's check may go."""
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert workflow["concurrency"]["cancel-in-progress"] == "${{ github.event_name == 'pull_request' }}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=["this repository", "timeline init"])
def test_the_workflows_are_valid_for_github(path):
    """Against the workflow schema that check-jsonschema ships (SchemaStore's): a misspelt key or a
    wrong permission fails here, not on the user's first push. No network: the schema is vendored."""
    run = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_schema_check_refuses_a_broken_workflow(tmp_path):
    broken = tmp_path / "pages.yml"
    broken.write_text(WORKFLOWS[0].read_text(encoding="utf-8").replace("pages: write", "pages: writ"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                          str(broken)], capture_output=True, text=True, check=False)
    assert run.returncode == 1 and "jobs.deploy" in run.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=["this repository", "timeline init"])
def test_the_default_branch_deploys_whatever_its_name(path):
    """A repository whose branch is master published nothing when the workflow ran on pushes to main
    only (walk7): every push builds, and the deploy job runs for the repository's default branch."""
    workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
    on = workflow[True]  # YAML 1.1 reads the key `on` as true, as PyYAML does
    assert on["push"] is None, "a push to any branch builds"
    assert "pull_request" in on
    deploy_if = workflow["jobs"]["deploy"]["if"]
    assert "github.ref_name == github.event.repository.default_branch" in deploy_if
    assert "github.event_name != 'pull_request'" in deploy_if
