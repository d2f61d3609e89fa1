"""The offline copy's stand-in for Web Workers (timeline.site.offline): Material's offline plugin names
iframe-worker at unpkg.com; the timeline plugin puts its own copy in its place, and only there."""

from __future__ import annotations

from types import SimpleNamespace

from timeline.render import site_assets
from timeline.site.offline import WORKER_SHIM, use_local_worker_shim

UNPKG = "https://unpkg.com/iframe-worker/shim"


def config(polyfills=None):
    return SimpleNamespace(extra={} if polyfills is None else {"polyfills": polyfills})


def test_the_remote_shim_is_replaced_by_ours_and_other_polyfills_stay():
    site = config(["js/own-polyfill.js", UNPKG])
    assert use_local_worker_shim(site) is True
    assert site.extra["polyfills"] == ["js/own-polyfill.js", WORKER_SHIM]
    assert use_local_worker_shim(site) is True  # a second look (another on_config) changes nothing
    assert site.extra["polyfills"] == ["js/own-polyfill.js", WORKER_SHIM]


def test_without_the_offline_plugin_nothing_is_added():
    for site in (config(), config(["js/own-polyfill.js"])):
        before = dict(site.extra)
        assert use_local_worker_shim(site) is False
        assert site.extra == before


def test_the_shim_is_an_asset_only_of_the_offline_copy():
    assert WORKER_SHIM not in site_assets()
    shim = site_assets(worker_shim=True)[WORKER_SHIM]
    # It does nothing served over HTTP, where real workers work, and stands in for Worker from file://.
    assert 'location.protocol !== "file:"' in shim and "window.Worker = IFrameWorker" in shim


def test_a_project_of_timeline_init_builds_an_offline_copy_only_when_asked(tmp_path, monkeypatch):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from timeline.project import new_project

    root = tmp_path / "project"
    new_project(root, "A new timeline")
    (root / "events" / "e.yaml").write_text("version: 1\nevents:\n  - date: 2019-01-08\n    title: Arrives\n", "utf-8")
    monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site")))
    monkeypatch.setenv("TIMELINE_OFFLINE", "true")
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site-offline")))
    served, offline = root / "site", root / "site-offline"
    assert (served / "timeline" / "index.html").is_file() and not (served / WORKER_SHIM).exists()
    assert (offline / "timeline.html").is_file() and (offline / WORKER_SHIM).is_file()
    assert (offline / "search" / "search_index.js").is_file()
    page = (offline / "timeline.html").read_text("utf-8")
    assert f'src="{WORKER_SHIM}"' in page and "unpkg.com" not in page
    assert "/site-offline/" in (root / ".gitignore").read_text("utf-8")
