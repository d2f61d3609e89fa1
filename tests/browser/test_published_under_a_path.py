"""The demo site as GitHub Pages serves a project site: under /my-timeline/, with its site_url set
as the Pages workflow sets it, crawled page by page in headless Chromium.

Every link, anchor, asset, export, source page and search result must resolve under the prefix; a
missing page gets the site's 404.html (status 404), as on GitHub Pages, at any depth.
"""

from __future__ import annotations

from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

import pytest

PREFIX = "/my-timeline/"
PUBLISHED = "https://someone.github.io/my-timeline"  # as actions/configure-pages gives it: no last slash


class _PagesHandler(SimpleHTTPRequestHandler):
    """The site under PREFIX only; anything missing gets 404.html with status 404, as GitHub Pages does."""

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        below = urlparse(path).path
        return super().translate_path("/" + below[len(PREFIX):] if below.startswith(PREFIX) else "/no-such-file")

    def send_error(self, code, message=None, explain=None):
        missing = Path(self.directory) / "404.html"
        if code != 404 or not missing.is_file():
            return super().send_error(code, message, explain)
        body = missing.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def published(tmp_path, demo_copy, serve_folder, monkeypatch):
    """The demo, one page a year and, for 2019, one a month (so that year and month pages are crawled
    too), built as the workflow builds it."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = demo_copy(tmp_path / "published")
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("articles: seeds", "articles: seeds\n      per_year_over: 3"),
                                     encoding="utf-8")
    monkeypatch.setenv("TIMELINE_SITE_URL", PUBLISHED)
    build(load_config(str(root / "mkdocs.yml")))
    with serve_folder(root / "site", _PagesHandler) as address:
        yield address + PREFIX, root / "site"


def _crawl(page, start: str) -> tuple[dict[str, set[str]], list[tuple[str, str, str]], list[str]]:
    """Every page and file reachable from `start` within the site: ({page: its ids}, [(from, page,
    anchor)], [what did not resolve])."""
    ids: dict[str, set[str]] = {}
    anchors, broken, todo, seen = [], [], [start], set()
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.request.get(url)
        if response.status != 200:
            broken.append(f"{response.status} {url}")
            continue
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        page.goto(url)
        ids[url] = set(page.eval_on_selector_all("[id]", "els => els.map(e => e.id)"))
        targets = page.eval_on_selector_all("a[href], link[href]", "els => els.map(e => e.href)")
        targets += page.eval_on_selector_all("script[src], img[src]", "els => els.map(e => e.src)")
        for target in targets:
            address, anchor = urldefrag(target)
            if urlparse(address).hostname != "127.0.0.1":
                continue  # a link out (the articles' own pages): followed by readers, not requested here
            if not address.startswith(start):
                broken.append(f"outside {PREFIX}: {target} on {url}")
                continue
            # A citation's text fragment (#p3:~:text=...) is for the browser to find; the id is before it.
            element_id = anchor.split(":~:", 1)[0]
            if element_id:
                anchors.append((url, address, unquote(element_id)))
            todo.append(address)
    return ids, anchors, broken


# `published` comes before `open_context` in each test's arguments so that the browser is closed, and
# its console read, before the server stops: the other way round, a request still under way when the
# test ended (Material's sitemap, the search worker) failed with net::ERR_SOCKET_NOT_CONNECTED.
def test_every_link_anchor_asset_and_export_resolves_under_the_path(published, open_context):
    start, site = published
    context, watch = open_context()
    page = context.new_page()
    ids, anchors, broken = _crawl(page, start)
    assert broken == []
    assert [f"#{anchor} of {target} (linked from {source})" for source, target, anchor in anchors
            if target in ids and anchor not in ids[target]] == []
    crawled = {url.removeprefix(start) for url in ids}
    folders = (p.relative_to(site).parent.as_posix() for p in site.rglob("index.html"))
    assert {"" if folder == "." else folder + "/" for folder in folders} <= crawled, "pages no link leads to"
    assert {"timeline/2019/", "exports/", "sources/"} <= crawled
    # The fixture then asserts no console error, no failed response and no request off localhost.


def test_search_finds_events_and_its_results_open_under_the_path(published, open_context, search):
    start, _ = published
    context, watch = open_context()
    page = context.new_page()
    page.goto(start)
    results = search(page, "zeppelin").locator("a")
    hrefs = results.evaluate_all("els => els.map(e => e.href)")
    assert hrefs and all(h.startswith(start + "timeline/") for h in hrefs), hrefs
    results.first.click()
    page.wait_for_load_state()
    # per_year_over 3, so per_month_over 3 too: the event is on the page of its month, January 2019.
    assert page.url.startswith(start + "timeline/2019-01/")


def test_the_404_page_is_styled_at_any_depth(browser, published):
    start, _ = published
    context = browser.new_context()
    failed = []
    context.on("response", lambda r: r.status >= 400 and "no/such" not in r.url and failed.append(r.url))
    page = context.new_page()
    response = page.goto(start + "no/such/page/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "404 - Not found"
    assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert failed == []
    context.close()
