"""`mkdocs gh-deploy` publishes the built site, exports included, to a repository's gh-pages branch."""

import os
import shutil
import subprocess
import sys

import pytest

GIT = shutil.which("git")


def git(*args, cwd):
    return subprocess.run([GIT, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def git_identity(monkeypatch):
    """A committer for the test's repositories, and none of the machine's own git settings."""
    for key, value in {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull,
                       "GIT_CONFIG_NOSYSTEM": "1"}.items():
        monkeypatch.setenv(key, value)


def commit_with_a_bare_remote(project, message):
    """Make `project` a repository with one commit of all it holds and a bare `origin` beside it; the
    remote's path."""
    remote = project.parent / "remote.git"
    git("init", "--bare", "--quiet", str(remote), cwd=project.parent)
    git("init", "--quiet", "-b", "main", cwd=project)
    git("add", "-A", cwd=project)
    git("commit", "--quiet", "-m", message, cwd=project)
    git("remote", "add", "origin", str(remote), cwd=project)
    return remote


@pytest.mark.skipif(GIT is None, reason="git is not installed (CI installs it: .ci/run)")
def test_gh_deploy_pushes_the_site_to_a_bare_repository(demo_site, git_identity):
    remote = commit_with_a_bare_remote(demo_site, "the site")

    result = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--no-history"], cwd=demo_site,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # The demo sets no site_url (the Pages workflow gives it one): the deploy says what that costs.
    assert "timeline: site_url is not set in mkdocs.yml" in result.stderr

    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for path in (".nojekyll", "index.html", "timeline/index.html", "tags/index.html", "review/index.html",
                 "exports/events.json", "exports/feed.xml", "feed.xml", "assets/timeline.css", "search/search_index.json"):
        assert path in published, path
    assert any(p.startswith("sources/") for p in published)
    page = git("show", "gh-pages:timeline/index.html", cwd=remote)
    assert '<h4 class="tl-event"' in page


@pytest.mark.skipif(GIT is None, reason="git is not installed (CI installs it: .ci/run)")
def test_gh_deploy_from_a_new_project_twice_publishes_the_same_tree(tmp_path, monkeypatch, git_identity):
    """A journalist's own project (timeline init), its address written into mkdocs.yml as the README
    says for gh-deploy, deployed twice without a change: the second deploy's tree is the first's."""
    from click.testing import CliRunner

    from timeline.cli import cli

    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    monkeypatch.delenv("TIMELINE_SITE_URL", raising=False)
    project = tmp_path / "bridge"
    assert CliRunner().invoke(cli, ["init", str(project), "--title", "Bridge"]).exit_code == 0
    (project / "seeds" / "collapse.txt").write_text(
        "---\npublished: 2023-03-14\n---\nPart of the Harbour Bridge collapsed on Tuesday evening.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(cli, ["extract"]).exit_code == 0
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("site_url: !ENV TIMELINE_SITE_URL", "site_url: https://someone.github.io/bridge/"), encoding="utf-8")
    remote = commit_with_a_bare_remote(project, "the timeline")

    trees = []
    for _ in range(2):
        deployed = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy"], cwd=project, capture_output=True, text=True)
        assert deployed.returncode == 0, deployed.stderr
        trees.append(git("rev-parse", "gh-pages^{tree}", cwd=remote).strip())
    assert trees[0] == trees[1]
    assert "site_url is not set" not in deployed.stderr
    assert git("status", "--porcelain", cwd=project) == ""  # the built site/ is ignored, nothing left to commit
    assert git("rev-list", "--count", "gh-pages", cwd=remote).strip() == "2"
    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for path in (".nojekyll", "index.html", "404.html", "timeline/index.html", "feed.xml", "exports/events.ics"):
        assert path in published, path
    assert "https://someone.github.io/bridge/timeline/#" in git("show", "gh-pages:feed.xml", cwd=remote)
    assert not any(path.startswith(("events/", "seeds/", ".github/")) for path in published)
