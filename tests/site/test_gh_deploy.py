"""`mkdocs gh-deploy` publishes the built site, exports included, to a repository's gh-pages branch."""

import os
import shutil
import subprocess
import sys

import pytest

GIT = shutil.which("git")


def git(*args, cwd):
    return subprocess.run([GIT, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


@pytest.mark.skipif(GIT is None, reason="git is not installed (CI installs it: .ci/run)")
def test_gh_deploy_pushes_the_site_to_a_bare_repository(demo_site, tmp_path, monkeypatch):
    for key, value in {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                       "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull,
                       "GIT_CONFIG_NOSYSTEM": "1"}.items():
        monkeypatch.setenv(key, value)
    remote = tmp_path / "remote.git"
    git("init", "--bare", "--quiet", str(remote), cwd=tmp_path)
    git("init", "--quiet", "-b", "main", cwd=demo_site)
    git("add", "-A", cwd=demo_site)
    git("commit", "--quiet", "-m", "the site", cwd=demo_site)
    git("remote", "add", "origin", str(remote), cwd=demo_site)

    result = subprocess.run([sys.executable, "-m", "mkdocs", "gh-deploy", "--force", "--no-history"], cwd=demo_site,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr

    published = git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).split()
    for path in (".nojekyll", "index.html", "timeline/index.html", "tags/index.html", "review/index.html",
                 "exports/events.json", "exports/feed.xml", "feed.xml", "assets/timeline.css", "search/search_index.json"):
        assert path in published, path
    assert any(p.startswith("sources/") for p in published)
    page = git("show", "gh-pages:timeline/index.html", cwd=remote)
    assert '<h4 class="tl-event"' in page
