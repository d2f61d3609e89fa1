"""A real browser (Debian's Chromium through Playwright) against the demo site served on localhost.

The tests fail when Chromium or Playwright is missing, unless TIMELINE_SKIP_BROWSER=1 says that
skipping is fine on this machine (CI installs chromium: .ci/run). Nothing may reach the network:
every request that is not for localhost is blocked and fails the test.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTEFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Events the browser tests know, added to the demo site so that the tests do not depend on how the
# demo's own events are extracted or edited. Quotes are sentences of the (unchanging) demo articles.
KNOWN_EVENTS = """\
version: 1
tags: [browser-test]
events:
  - id: bt-train-departs
    date: 2019-01-07
    title: "Browser test: the train departs Pyongyang"
    summary: A zeppelin of a word that only this event uses.
    tags: [departure]
    sources:
      - file: seeds/000_207661d1272d65b9.txt
        quote: >-
          North Korean leader Kim Jong Un waves from his train before it departs from Pyongyang to
          make the trip to Beijing, China, Jan. 7, 2019.
  - id: bt-follow-up
    date: 2019-01-11
    title: "Browser test: a follow-up report with a link to the original"
    sources:
      - url: https://example.org/news/kim-follow-up
        title: Follow-up report
        outlet: Example News
"""
KNOWN_FILE = "zz-browser-test.yaml"
# Events for what a reader sees of dates (test_reading.py): one whose date the tool is unsure of, one
# known only to its year (an outlined bar of the chart). In a file of their own, so that the tag
# pages above keep their two events.
READING_EVENTS = """\
version: 1
events:
  - id: bt-year-only
    date: 2019
    title: "Browser test: an event known only to its year"
  - id: bt-deep-quote
    date: 2019-01-09
    # Its title starts as its quote does, as extracted titles do: the source page lists it above the text.
    title: "The airship landed in the square, a browser test's event"
    sources:
      - file: seeds/zz-one-paragraph.txt
        quote: The airship landed in the square at noon, the one sentence that this event quotes.
  - id: bt-unsure
    date: Tuesday
    anchor: 2019-01-10
    title: "Browser test: an event whose date is a guess"
    tags: [guess]  # its tag page lists it, marked as the timeline marks it
    confidence: 0.4
    reason: a weekday of the test's own, resolved against its anchor
    sources:
      - file: seeds/000_207661d1272d65b9.txt
        quote: >-
          As for the North, which is in dire need of economic development, China's support is even
          more crucial due to the stalled talks with Washington.
"""
READING_FILE = "zz-browser-test-reading.yaml"
# An article of one sentence a line and no blank line, as some tools save text: one long paragraph,
# the quote of bt-deep-quote near its end.
ONE_PARAGRAPH = "A report written one sentence a line.\n" + "".join(
    f"Line {n} of the report says what happened in the town that day, at some length.\n" for n in range(1, 80)
) + "The airship landed in the square at noon, the one sentence that this event quotes.\nThe end.\n"


def _unavailable(why: str):
    if os.environ.get("TIMELINE_SKIP_BROWSER") == "1":
        pytest.skip(f"{why} (skipped because TIMELINE_SKIP_BROWSER=1)")
    pytest.fail(f"{why}: install it (apt-get install chromium; pip install -e '.[test]') or set "
                "TIMELINE_SKIP_BROWSER=1 to skip the browser tests on purpose", pytrace=False)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("TIMELINE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).is_file():
        _unavailable(f"Chromium not found at {path}")
    return path


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    with sync_playwright() as p:
        # launch() gives every run a fresh, temporary profile.
        browser = p.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def copy_demo(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "events", "seeds"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        else:
            shutil.copy(source, target / name)
    (target / "events" / KNOWN_FILE).write_text(KNOWN_EVENTS, encoding="utf-8")
    (target / "events" / READING_FILE).write_text(READING_EVENTS, encoding="utf-8")
    (target / "seeds" / "zz-one-paragraph.txt").write_text(ONE_PARAGRAPH, encoding="utf-8")
    return target


@pytest.fixture
def demo_copy():
    """copy_demo(target) as a fixture, for tests that need their own copy of the demo site."""
    return copy_demo


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server(ThreadingHTTPServer):
    # A page asks for a dozen files at once; the default backlog of 5 made the kernel reset the rest
    # (net::ERR_CONNECTION_RESET in the console) on a busy machine.
    request_queue_size = 128
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that closes a connection early (it navigated on) is not a failure of the site.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@contextlib.contextmanager
def serving(folder: Path, handler=None):
    """Serve a folder on localhost (with `handler`, a SimpleHTTPRequestHandler class, or a quiet one);
    yields the server's address, "http://127.0.0.1:PORT"."""
    server = _Server(("127.0.0.1", 0), functools.partial(handler or _QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def search_for(page, word: str, timeout_ms: int = 1500):
    """Type `word` into Material's search until results come; returns the result items' locator.
    The index loads in a web worker (in a frame, from files): a query typed before it is ready goes
    unanswered, so the word is typed again, up to ten times."""
    field = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    field.click()
    for _ in range(10):
        field.fill("")
        field.press_sequentially(word)
        try:
            results.first.wait_for(timeout=timeout_ms)
            break
        except Exception:  # noqa: BLE001 - Playwright's TimeoutError: not yet
            continue
    return results


@pytest.fixture
def search():
    """search_for(page, word) as a fixture."""
    return search_for


@pytest.fixture
def serve_folder():
    """serving(folder, handler) as a fixture, for tests that serve a site their own way."""
    return serving


def _build_and_serve(root: Path, **plugin_options):
    """Build the site at root (with these timeline plugin options) and serve it; yields its URL."""
    import yaml
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.utils.yaml import yaml_load

    if plugin_options:
        # MkDocs' own reader: the demo's mkdocs.yml takes site_url from the environment (!ENV).
        config = yaml_load((root / "mkdocs.yml").read_text(encoding="utf-8"))
        config["plugins"][1]["timeline"].update(plugin_options)
        (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    with serving(root / "site") as address:
        yield address + "/"


@pytest.fixture(scope="session")
def site_url(tmp_path_factory):
    """The demo site, built with `mkdocs build --strict` semantics and served on localhost."""
    yield from _build_and_serve(copy_demo(tmp_path_factory.mktemp("demo")))


@pytest.fixture(scope="session")
def new_project_url(tmp_path_factory):
    """A site as `timeline init` makes it, with the demo's events and articles."""
    from timeline.project import new_project

    root = tmp_path_factory.mktemp("new") / "project"
    new_project(root, "A new timeline")
    for name in ("events", "seeds"):
        shutil.copytree(REPO / name, root / name, dirs_exist_ok=True)
    yield from _build_and_serve(root)


@pytest.fixture(scope="session")
def split_site_url(tmp_path_factory):
    """The demo site as a large one: the timeline page an overview, each year on a page of its own."""
    yield from _build_and_serve(copy_demo(tmp_path_factory.mktemp("demo-split")), per_year_over=0, per_month_over=1000)


@pytest.fixture(scope="session")
def month_site_url(tmp_path_factory):
    """The demo site as a very large one: each year's page an overview of its months, each month on a
    page of its own (per_month_over is per_year_over by default)."""
    yield from _build_and_serve(copy_demo(tmp_path_factory.mktemp("demo-months")), per_year_over=0)


# A story charted as the Guardian's is: background years in one outlined bar, then 2008 and 2009 a
# bar apart, whose labels read "20082009" on a phone.
CROWDED_AXIS = "version: 1\nevents:\n" + "".join(
    f"  - date: '{date}'\n    title: Event of {date}, number {n}\n"
    for n, date in enumerate(["1918", "2008", "2009", *(f"2009-{m:02d}-0{d}" for m in range(4, 8) for d in (1, 2, 3))]))


@pytest.fixture(scope="session")
def crowded_axis_url(tmp_path_factory):
    """The demo site with only the events of CROWDED_AXIS: year labels a bar apart under its chart."""
    root = copy_demo(tmp_path_factory.mktemp("crowded-axis"))
    for old in (root / "events").glob("*.yaml"):
        old.unlink()
    (root / "events" / "story.yaml").write_text(CROWDED_AXIS, encoding="utf-8")
    yield from _build_and_serve(root)


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory) -> Path:
    """The demo as `make offline` builds it (Material's offline plugin on), one page a year so that year
    pages are there too: the folder of the copy, to be opened as files."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = copy_demo(tmp_path_factory.mktemp("offline"))
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    (root / "mkdocs.yml").write_text(config.replace("articles: seeds", "articles: seeds\n      per_year_over: 3"),
                                     encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TIMELINE_OFFLINE", "true")
        build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site-offline")))
    return root / "site-offline"


class Watch:
    """What went wrong in a page: console errors, uncaught exceptions, requests off localhost (files of
    the machine, file://, are allowed: the offline copy is opened so)."""

    def __init__(self):
        self.errors: list[str] = []
        self.offsite: list[str] = []

    def attach(self, context):
        def route(route):
            url = urlparse(route.request.url)
            if url.hostname in ("127.0.0.1", "localhost") or url.scheme == "file":
                route.continue_()
            else:
                self.offsite.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        context.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        context.on("response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}"))
        context.on("weberror", lambda e: self.errors.append(str(e.error)))


@pytest.fixture
def open_context(browser):
    """open_context(**options) -> (context, watch); at the end, no console error and no request off localhost."""
    opened = []

    def _open(**options):
        context = browser.new_context(**{"viewport": {"width": 1280, "height": 900}, **options})
        context.set_default_timeout(15_000)
        watch = Watch()
        watch.attach(context)
        opened.append((context, watch))
        return context, watch

    yield _open
    for context, watch in opened:
        context.close()
    for _, watch in opened:
        assert watch.errors == [], f"console errors: {watch.errors}"
        assert watch.offsite == [], f"requests off localhost: {watch.offsite}"


@pytest.fixture
def page(open_context):
    context, _ = open_context()
    return context.new_page()


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core's script, as the axe-playwright-python wheel ships it (nothing is fetched)."""
    try:
        import axe_playwright_python
    except ImportError:
        _unavailable("axe-playwright-python (axe-core, for the accessibility audit) is not installed")
    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def artefacts() -> Path:
    folder = ARTEFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
