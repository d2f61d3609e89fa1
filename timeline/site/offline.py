"""A copy of the site to open as files (file://), made by Material's `offline` plugin, minus its one
request to the network.

The plugin turns `use_directory_urls` off (our links follow it) and writes the search index into a
script; it also adds the iframe-worker shim from unpkg.com, without which search cannot start from
file:// (Chromium refuses a worker there). A reader offline cannot fetch it, and the site never
fetches anything, so the shim is replaced by our own copy (templates/iframe-worker.js).
"""

from __future__ import annotations

WORKER_SHIM = "assets/timeline-iframe-worker.js"
WORKER_TEMPLATE = "iframe-worker.js"


def use_local_worker_shim(config) -> bool:
    """Replace a remote iframe-worker in the site's polyfills by our copy; True when it did."""
    polyfills = list(config.extra.get("polyfills") or [])
    remote = [p for p in polyfills if isinstance(p, str) and "iframe-worker" in p and "//" in p]
    if not remote and WORKER_SHIM not in polyfills:
        return False
    config.extra["polyfills"] = [p for p in polyfills if p not in remote and p != WORKER_SHIM] + [WORKER_SHIM]
    return True
