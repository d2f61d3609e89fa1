"""`timeline init`: a new user starts a project of their own, outside the repository, and it builds."""

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import atom

REPO = Path(__file__).resolve().parents[1]

ARTICLE = (
    "---\npublished: 2023-03-14\n---\n"
    "Part of the Harbour Bridge collapsed into the Dane river on Tuesday evening, sending six cars into the water.\n"
)


class TextLoader(yaml.BaseLoader):
    """Every value as the text written, `!ENV NAME` as its variable's name (`!ENV [NAME, default]` as both)."""


TextLoader.add_constructor("!ENV", lambda loader, node: (
    loader.construct_scalar(node) if isinstance(node, yaml.ScalarNode) else loader.construct_sequence(node)))


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"})


class Installed:
    """importlib.metadata's view of timeline installed from a folder (pip install -e FOLDER)."""

    def __init__(self, folder):
        self.folder = folder

    def read_text(self, name):
        return json.dumps({"url": self.folder.as_uri(), "dir_info": {"editable": True}}) if name == "direct_url.json" else None


def test_init_writes_a_project_that_extracts_and_builds_strictly(tmp_path, monkeypatch):
    project = tmp_path / "bridge"
    result = run("init", str(project), "--title", "Timeline of the Harbour Bridge collapse")
    assert result.exit_code == 0, result.output
    for name in ("mkdocs.yml", "docs/index.md", "docs/exports.md", ".gitignore", "requirements.txt", ".github/workflows/pages.yml"):
        assert (project / name).is_file(), name
    assert (project / "seeds").is_dir() and (project / "events").is_dir()
    assert "timeline extract" in result.output and "mkdocs serve" in result.output

    (project / "seeds" / "collapse.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(project)
    extracted = run("extract")  # the defaults (seeds/ into events/) are the project's folders
    assert extracted.exit_code == 0, extracted.output
    assert "1 added" in extracted.output
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project,
                           capture_output=True, text=True, env=env)
    assert built.returncode == 0, built.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert "Timeline of the Harbour Bridge collapse" in home  # a home page, not a 404
    timeline = (project / "site" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "Harbour Bridge collapsed into the Dane river" in timeline
    # The exports page, as the demo has it: in the menu, and every download it links is there.
    exports = (project / "site" / "exports" / "index.html").read_text(encoding="utf-8")
    downloads = re.findall(r'<a href="([\w.]+\.(?:json|ics|csv|xml))">', exports)  # beside it, in exports/
    assert sorted(downloads) == ["events.csv", "events.ics", "events.json", "feed.xml", "timelinejs.json"]
    assert all((project / "site" / "exports" / name).is_file() for name in downloads)
    assert 'href="../exports/"' in timeline, "in the menu"


def test_init_gives_a_new_project_the_pages_of_the_demo_but_its_about_page():
    """So that a page added to the demo's menu (as the exports page once was) is not forgotten by init."""
    def pages(config):
        return {next(iter(entry.values())) for entry in config["nav"]}

    skeleton_text = (REPO / "timeline" / "skeleton" / "mkdocs.yml").read_text(encoding="utf-8").replace("@TITLE@", "T")
    skeleton = yaml.load(skeleton_text, Loader=TextLoader)
    demo = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=TextLoader)
    assert pages(skeleton) == pages(demo) - {"about.md"}
    assert (REPO / "docs" / "exports.md").read_text(encoding="utf-8") == \
        (REPO / "timeline" / "skeleton" / "exports.md").read_text(encoding="utf-8"), "one page: docs/ links to it"


def test_the_title_is_quoted_in_yaml_and_escaped_in_markdown(tmp_path):
    title = 'Kim: "talks" & <script>alert(1)</script>'
    assert run("init", str(tmp_path / "p"), "--title", title).exit_code == 0
    config = yaml.load((tmp_path / "p" / "mkdocs.yml").read_text(encoding="utf-8"), Loader=TextLoader)
    assert config["site_name"] == title
    assert config["plugins"][1]["timeline"]["title"] == title
    index = (tmp_path / "p" / "docs" / "index.md").read_text(encoding="utf-8")
    assert "<script>" not in index and "&lt;script&gt;" in index


def test_init_never_overwrites_and_writes_nothing_when_a_file_is_there(tmp_path):
    project = tmp_path / "mine"
    (project / "docs").mkdir(parents=True)
    (project / "mkdocs.yml").write_text("site_name: Mine\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["init", str(project)])
    assert result.exit_code == 1
    assert "mkdocs.yml" in result.output and "never overwrites" in result.output
    assert "Traceback" not in result.output
    assert (project / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: Mine\n"
    assert sorted(p.name for p in project.rglob("*")) == ["docs", "mkdocs.yml"]


def test_the_workflow_stops_with_a_message_until_requirements_name_timeline(tmp_path, monkeypatch):
    (tmp_path / "timeline").mkdir()  # installed from a folder that is no git checkout: nothing to offer
    monkeypatch.setattr("importlib.metadata.distribution", lambda name: Installed(tmp_path / "timeline"))
    assert run("init", str(tmp_path / "p")).exit_code == 0
    workflow = (tmp_path / "p" / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "pip install -r requirements.txt" in workflow
    assert "pip install .\n" not in workflow  # the project is no Python package: `pip install .` would fail
    requirements = (tmp_path / "p" / "requirements.txt").read_text(encoding="utf-8")
    lines = [line for line in requirements.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    # Installed from a folder: no public address to write, so the user is told to add one.
    assert lines == [] and "timeline @ git+https://" in requirements


def build_strictly(project):
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project,
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert built.returncode == 0, built.stderr


def test_the_site_takes_its_published_address_from_the_pages_workflow(tmp_path, monkeypatch):
    """The workflow hands mkdocs.yml the address GitHub publishes the site at (configure-pages gives it
    without its last slash); the feed then links each event there and the 404 page, served at any
    depth under /my-timeline/, finds its stylesheets. Without it, nothing links to a made-up address."""
    project = tmp_path / "bridge"
    assert run("init", str(project), "--title", "Bridge").exit_code == 0
    (project / "seeds" / "collapse.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(project)
    assert run("extract").exit_code == 0

    workflow = yaml.safe_load((project / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["build"]["steps"]
    pages = next(step for step in steps if str(step.get("uses", "")).startswith("actions/configure-pages@"))
    build = next(step for step in steps if step.get("run") == "mkdocs build --strict")
    assert build["env"]["TIMELINE_SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % pages["id"]
    assert workflow["jobs"]["build"]["permissions"]["pages"] == "read"

    monkeypatch.setenv("TIMELINE_SITE_URL", "https://someone.github.io/my-timeline")
    build_strictly(project)
    feed = (project / "site" / "feed.xml").read_text(encoding="utf-8")
    assert '<link href="https://someone.github.io/my-timeline/timeline/#' in feed
    missing = (project / "site" / "404.html").read_text(encoding="utf-8")
    assert 'href="/my-timeline/assets/timeline.css"' in missing
    exported = run("export", "--format", "atom")  # the command reads the same mkdocs.yml the same way
    assert atom.with_stylesheet(exported.output) == feed  # the site's copy names its stylesheet

    # A pull request's build: the step that asks for the address is skipped and its output is empty.
    monkeypatch.setenv("TIMELINE_SITE_URL", "")
    build_strictly(project)
    assert "someone.github.io" not in (project / "site" / "feed.xml").read_text(encoding="utf-8")
    monkeypatch.delenv("TIMELINE_SITE_URL")
    build_strictly(project)
    assert "https://" not in (project / "site" / "exports" / "events.ics").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed (CI installs it: .ci/run)")
@pytest.mark.parametrize("origin", ["https://tok:secret@github.com/someone/timeline.git", "git@github.com:someone/timeline.git"])
def test_timeline_run_from_a_clone_of_its_public_repository_is_what_the_workflow_installs(tmp_path, monkeypatch, origin):
    """A journalist who cloned timeline and ran `make serve` has it installed from that folder, which
    GitHub cannot reach; its origin can be, at the commit they built with, once that commit is pushed.
    Before, requirements.txt held only comments and the first workflow run stopped on them."""
    clone, public = tmp_path / "timeline", tmp_path / "public.git"
    git("init", "--quiet", "--bare", str(public), cwd=tmp_path)
    git("init", "--quiet", "-b", "main", str(clone), cwd=tmp_path)
    (clone / "README.md").write_text("timeline\n", encoding="utf-8")
    git("add", "-A", cwd=clone)
    git("commit", "--quiet", "-m", "one", cwd=clone)
    git("remote", "add", "origin", str(public), cwd=clone)
    monkeypatch.setattr("importlib.metadata.distribution", lambda name: Installed(clone))

    assert run("init", str(tmp_path / "unpushed")).exit_code == 0  # the commit is on no branch of origin yet
    unpushed = (tmp_path / "unpushed" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert [line for line in unpushed if line.strip() and not line.startswith("#")] == []

    git("push", "--quiet", "origin", "main", cwd=clone)
    git("remote", "set-url", "origin", origin, cwd=clone)  # the address people clone from; the push went to the copy
    made = run("init", str(tmp_path / "bridge"))
    assert made.exit_code == 0 and "requirements.txt needs" not in made.output
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=clone, capture_output=True, text=True).stdout.strip()
    requirements = (tmp_path / "bridge" / "requirements.txt").read_text(encoding="utf-8")
    lines = [line for line in requirements.splitlines() if line.strip() and not line.startswith("#")]
    assert lines == [f"timeline @ git+https://github.com/someone/timeline.git@{commit}"]
    assert "secret" not in requirements and "tok:" not in requirements


def test_init_says_how_to_give_the_articles_their_dates(tmp_path, monkeypatch):
    # A new user's articles were copied in without a date, and half their sentences waited under
    # 'undated:': the next steps init printed never said that an article can be given its date.
    monkeypatch.chdir(tmp_path)
    output = run("init", "bridge").output
    steps = output.split("next: ")[1]
    assert "published: YYYY-MM-DD in its front matter, or in\n  NAME.meta.yaml beside it" in steps
    assert steps.index("published:") < steps.index("timeline extract   #")


def test_without_the_address_a_new_projects_build_says_which_variable_gives_it(tmp_path, monkeypatch):
    # The walk of stop 33: "add the site's address to mkdocs.yml, e.g. site_url: ...", and the file
    # `timeline init` wrote already had its site_url line, taking it from the environment.
    project = tmp_path / "flu"
    assert run("init", str(project), "--title", "Flu").exit_code == 0
    monkeypatch.delenv("TIMELINE_SITE_URL", raising=False)
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                           text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert built.returncode == 0, built.stderr
    said = " ".join(built.stderr.split())
    assert ("mkdocs.yml takes it from the environment variable TIMELINE_SITE_URL (site_url: !ENV TIMELINE_SITE_URL), "
            "which is not set here (the Pages workflow sets it): set it, TIMELINE_SITE_URL=https://YOU.github.io/"
            "REPOSITORY/ mkdocs build, or write the address in its place") in said
    assert "add the site's address to mkdocs.yml" not in said
