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
