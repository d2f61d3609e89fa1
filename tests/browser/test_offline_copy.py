"""The offline copy (`make offline`: TIMELINE_OFFLINE=true turns on Material's offline plugin) opened
as plain files (file://) in headless Chromium, as a reader opens a folder from a USB stick.

Every link and asset of every page must name a file that is there (a link to a folder, fine on a
server, shows a directory listing or nothing from file://), every anchor must exist, and search must
work without a server and without the network.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from timeline.site.offline import WORKER_SHIM

# Every target of a page: links, the chart's SVG links, stylesheets, scripts, images; resolved as
# the browser resolves them (an SVG <a>'s .href is not a string).
TARGETS = """() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e =>
    new URL(e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('xlink:href'), document.baseURI).href)"""


def _open(open_context):
    context, watch = open_context()
    # A file that is not there fails the request (net::ERR_FILE_NOT_FOUND), with no response to see.
    context.on("requestfailed", lambda r: watch.errors.append(f"{r.failure}: {r.url}"))
    return context.new_page()


def test_every_link_asset_and_anchor_of_the_offline_copy_is_a_file_that_is_there(offline_site, open_context):
    page = _open(open_context)
    start = (offline_site / "index.html").as_uri()
    ids: dict[str, set[str]] = {}
    anchors, missing, todo, linked = [], [], [start], set()
    while todo:
        url = todo.pop()
        if url in ids:
            continue
        page.goto(url)
        ids[url] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        for target in page.evaluate(TARGETS):
            address, anchor = urldefrag(target)
            if urlparse(address).scheme != "file":
                continue  # a link out (the articles' own pages): followed by readers, not opened here
            path = Path(unquote(urlparse(address).path))
            if not path.is_file():
                missing.append(f"{target} on {url}")
                continue
            linked.add(path.relative_to(offline_site).as_posix())
            # A citation's text fragment (#p3:~:text=...) is for the browser to find; the id is before it.
            element_id = anchor.split(":~:", 1)[0]
            if element_id:
                anchors.append((url, address, unquote(element_id)))
            if path.suffix == ".html":
                todo.append(address)
    assert missing == []
    assert [f"#{anchor} of {target} (linked from {source})" for source, target, anchor in anchors
            if target in ids and anchor not in ids[target]] == []
    # 404.html is for a server to send; no page links to it.
    pages = {p.as_uri() for p in offline_site.rglob("*.html") if p.name != "404.html"}
    assert pages - set(ids) == set(), "pages no link leads to"
    opened = {url.removeprefix(offline_site.as_uri() + "/") for url in ids}
    assert {"timeline.html", "timeline/2019.html", "exports.html", "sources/index.html", "tags/index.html"} <= opened
    assert {f"exports/{name}" for name in ("events.json", "events.csv", "events.ics", "timelinejs.json", "feed.xml")} <= linked
    assert {"assets/timeline.css", WORKER_SHIM} <= linked
    # The fixture then asserts no console error and no failed request.


def test_the_offline_copy_fetches_nothing_from_the_network(offline_site):
    # Material's offline plugin names its worker shim at unpkg.com; the copy must carry its own.
    texts = {p.relative_to(offline_site).as_posix(): p.read_text(encoding="utf-8")
             for p in offline_site.rglob("*.html")}
    assert [name for name, text in texts.items() if "unpkg.com" in text] == []
    assert all(f'{Path(WORKER_SHIM).name}"' in text for name, text in texts.items() if name != "404.html")
    assert (offline_site / WORKER_SHIM).is_file() and (offline_site / "search" / "search_index.js").is_file()


def test_search_finds_an_event_from_file_and_its_result_opens(offline_site, open_context, search):
    page = _open(open_context)
    page.goto((offline_site / "index.html").as_uri())
    results = search(page, "zeppelin").locator("a")
    hrefs = results.evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all(h.startswith((offline_site / "timeline").as_uri()) for h in hrefs), hrefs
    assert any(h.endswith("#bt-train-departs") for h in hrefs), hrefs
    page.locator('.md-search-result__item a[href$="#bt-train-departs"]').first.click()
    page.wait_for_load_state()
    # per_year_over: 3 splits 2019, and its January too (per_month_over follows it): the month's page
    assert page.url.startswith((offline_site / "timeline" / "2019-01.html").as_uri())
    assert page.locator('[id="bt-train-departs"]').is_visible()


def test_the_normal_build_is_not_the_offline_copy(site_url):
    """Without TIMELINE_OFFLINE, the same mkdocs.yml builds the site for a server: folder URLs, no shim."""
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(site_url + "timeline/") as response:
        html = response.read().decode("utf-8")
    assert Path(WORKER_SHIM).name not in html and 'href="../exports/' in html
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(site_url + WORKER_SHIM)
