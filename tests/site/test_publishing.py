"""The GitHub Pages workflow builds strictly what mkdocs.yml describes and deploys it with the Pages actions."""

from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]


def test_the_pages_workflow_builds_strictly_and_deploys_the_site_folder():
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    site_dir = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8")).get("site_dir", "site")
    build = workflow["jobs"]["build"]["steps"]
    assert any(step.get("run") == "mkdocs build --strict" for step in build)
    upload = next(step for step in build if str(step.get("uses", "")).startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == site_dir
    deploy = workflow["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert deploy["needs"] == "build"


def test_the_demo_site_fetches_no_fonts_from_the_network():
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["font"] is False
