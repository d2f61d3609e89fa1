"""The standard automated accessibility audit (axe-core) of every page of the demo site.

Every page the site links to (and the 404 page) is audited with axe's WCAG 2.0, 2.1 and 2.2 A and
AA rules and its best practices, in the light and the dark palette, at a desktop and a phone width,
and each source page once more with its "Show each date's value" control open; and search's
results, a page opened from them with the words found highlighted, and a phone's menu, open; and
every page as it prints (print media, desktop width). The month pages of a very large timeline
(day headings, the row of days) get the same audit. Any violation not in
ALLOWED fails the test, with a report of each (rule, impact, element, page).

axe-core comes inside the axe-playwright-python wheel (its axe.min.js): nothing is fetched.
"""

from __future__ import annotations

import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

# What axe is asked to check: every WCAG A and AA rule of 2.0, 2.1 and 2.2, and its best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 740}}
SCHEMES = {"light": "default", "dark": "slate"}
SEARCHED = "Beijing"  # a word of every page of the demo: results from each kind of page, code included

# Violations that are not ours to fix, each with why. An entry is (rule id, page path or "*" for every
# page, why); keep it short: a violation of our own markup or CSS is fixed, never listed here.
ALLOWED: list[tuple[str, str, str]] = [
    ("aria-dialog-name", "*", "Material's search overlay (its partials/search.html) is a role=dialog with no "
     "name; the search field inside it has its label. Naming it means copying Material's whole template "
     "into an override that would then pin its markup across Material's releases."),
]


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def crawl(site_url: str) -> list[str]:
    """Every page of the site that a reader can reach by its links from the home page, as paths
    ("", "timeline/", ...), and the 404 page; exports (JSON, ICS, CSV) are not pages and are left out."""
    seen, queue = {""}, [""]
    while queue:
        path = queue.pop()
        with urllib.request.urlopen(site_url + path) as response:
            if "text/html" not in response.headers.get("Content-Type", ""):
                continue
            parser = _Links()
            parser.feed(response.read().decode("utf-8"))
        for href in parser.hrefs:
            target = urldefrag(urljoin(site_url + path, href)).url
            if not target.startswith(site_url):
                continue
            found = target[len(site_url):]
            last = found.rsplit("/", 1)[-1]
            if found in seen or (last and not last.endswith(".html")):  # a file: an export, the feed
                continue
            seen.add(found)
            queue.append(found)
    return sorted(seen) + ["404.html"]


SETTLED = """() => Promise.all(document.getAnimations()
    .filter(a => a.effect && a.effect.getTiming().iterations !== Infinity)
    .map(a => a.finished.catch(() => null)))"""


def settle(page) -> None:
    """Until the page's transitions have ended: Material fades its header's title when the page
    scrolls (say, when a control opens), and axe measured a colour half-way (3.42:1) on a busy machine."""
    for _ in range(2):  # a transition may start a moment after the event that causes it
        page.wait_for_timeout(150)
        page.evaluate(SETTLED)


def audit(page, script: str) -> list[dict]:
    """axe's violations on the page as it is now, once its transitions have ended."""
    settle(page)
    page.add_script_tag(content=script)
    return page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})"
        ".then(r => r.violations)", TAGS)


class Audit:
    """The violations of the pages audited, less those ALLOWED (counted apart, so that the report says
    what was let through)."""

    def __init__(self, page, script: str):
        self.page, self.script = page, script
        self.found: list[tuple[str, str, str, str, str]] = []
        self.allowed: list[tuple[str, str, str, str, str]] = []
        self.states = 0

    def run(self, path: str, where: str):
        self.states += 1
        for violation in audit(self.page, self.script):
            let_through = any(violation["id"] == rule and page in ("*", path) for rule, page, _ in ALLOWED)
            for node in violation["nodes"]:
                target = " > ".join(str(t) for t in node["target"])
                why = node.get("failureSummary", "").replace("\n", " ")
                (self.allowed if let_through else self.found).append(
                    (violation["id"], violation.get("impact") or "", target, where, why))

    def page_in_every_state(self, url: str, path: str, label: str, scheme: str):
        """The page as loaded, and a source page again with its values control open."""
        self.page.goto(url)
        # The palette is the reader's (prefers-color-scheme): the page must show the one asked for.
        assert self.page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme], path
        self.run(path, f"/{path} ({label})")
        if self.page.locator("details.tl-dates").count():
            self.page.locator("details.tl-dates > summary").click()
            assert self.page.locator("details.tl-dates[open]").count() == 1
            self.run(path, f"/{path} ({label}, values shown)")

    def searched(self, url: str, path: str, label: str, phone: bool):
        """The page with search's results open, as a reader who typed a word the whole site has."""
        self.page.goto(url)
        if phone:  # on a phone, the search field is behind the header's button
            self.page.locator("label.md-header__button[for=__search]").click()
        field = self.page.locator("input.md-search__input")
        field.click()
        results = self.page.locator(".md-search-result__item")
        for _ in range(10):  # the index loads in a web worker: a query typed before it is ready is lost
            field.fill("")
            field.press_sequentially(SEARCHED)
            try:
                results.first.wait_for(timeout=2_000)
                break
            except PlaywrightTimeout:
                continue
        assert results.count() > 1, "search found nothing to audit"
        # The results' colours change over .25 s as they come in: audit them where they settle.
        self.page.wait_for_timeout(800)
        self.run(path, f"/{path} ({label}, search results for {SEARCHED!r})")

    def highlighted(self, url: str, path: str, label: str):
        """A page as a search result opens it: Material marks the words searched for (?h=...) once
        its search index has loaded."""
        self.page.goto(f"{url}?h={SEARCHED.lower()}")
        marks = self.page.locator(".md-content mark[data-md-highlight]")
        marks.first.wait_for(timeout=10_000)
        assert marks.count() > 1
        self.run(path, f"/{path} ({label}, {SEARCHED!r} highlighted as a search result opens it)")

    def printed(self, url: str, path: str, label: str):
        """The page as it prints (print media): the stylesheets' print rules, a source page's values
        written into its text."""
        self.page.emulate_media(media="print")
        try:
            self.page.goto(url)
            self.run(path, f"/{path} ({label}, printed)")
        finally:
            self.page.emulate_media(media="screen")

    def drawer(self, url: str, path: str, label: str):
        """A phone's page with its navigation drawer open."""
        self.page.goto(url)
        self.page.locator("label.md-header__button[for=__drawer]").click()
        self.page.locator(".md-sidebar--primary").wait_for(state="visible")
        self.page.wait_for_timeout(400)  # the drawer slides in: audit it where it stops
        self.run(path, f"/{path} ({label}, menu open)")

    def summary(self, title: str) -> str:
        return (f"\naxe-core audit, {title}: {self.states} page states, {len(self.found)} violations "
                f"(by rule: {by_rule(self.found)}); allowed: {by_rule(self.allowed)}")


def by_rule(found: list[tuple[str, str, str, str, str]]) -> str:
    counts: dict[str, int] = {}
    for rule, *_ in found:
        counts[rule] = counts.get(rule, 0) + 1
    return ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items())) or "none"


def report(found: list[tuple[str, str, str, str, str]]) -> str:
    """One entry per rule and element, with the pages it is on: the same fault of a shared template
    is one fault, not one per page."""
    grouped: dict[tuple[str, str, str, str], list[str]] = {}
    for rule, impact, target, where, why in found:
        grouped.setdefault((rule, impact, target, why), []).append(where)
    lines = [f"{len(found)} accessibility violations, by rule: {by_rule(found)}"]
    for (rule, impact, target, why), pages in grouped.items():
        shown = ", ".join(pages[:4]) + (f" and {len(pages) - 4} more" if len(pages) > 4 else "")
        lines.append(f"- {rule} [{impact}] `{target}` on {shown}\n    {why[:400]}")
    return "\n".join(lines)


def test_the_crawl_reaches_every_kind_of_page(site_url):
    pages = crawl(site_url)
    for expected in ("", "timeline/", "tags/", "sources/", "review/", "exports/", "about/", "404.html"):
        assert expected in pages
    assert any(p.startswith("tags/") and p != "tags/" for p in pages)
    assert any(p.startswith("sources/") and p != "sources/" for p in pages)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_passes_the_axe_audit(open_context, site_url, axe_script, scheme, width, capsys):
    context, _ = open_context(color_scheme=scheme, viewport=WIDTHS[width])
    checked = Audit(context.new_page(), axe_script)
    pages = crawl(site_url)
    for path in pages:
        checked.page_in_every_state(site_url + path, path, f"{scheme}, {width}", scheme)
        if width == "desktop":  # paper has one width
            checked.printed(site_url + path, path, f"{scheme}, {width}")
    # Material's search and (on a phone) its menu are the same on every page: audited on one.
    checked.searched(site_url + "timeline/", "timeline/", f"{scheme}, {width}", phone=width == "phone")
    checked.highlighted(site_url + "timeline/", "timeline/", f"{scheme}, {width}")
    if width == "phone":
        checked.drawer(site_url + "timeline/", "timeline/", f"{scheme}, {width}")
    with capsys.disabled():
        print(checked.summary(f"{scheme} palette, {width}, {len(pages)} pages"))
    assert not checked.found, report(checked.found)
    # An entry of ALLOWED that no page needs any more is taken out, not kept "just in case".
    unused = [rule for rule, _, _ in ALLOWED if rule not in {v[0] for v in checked.allowed}]
    assert unused == [], f"ALLOWED entries no page needs any more, remove them: {unused}"


@pytest.mark.parametrize("scheme", SCHEMES)
def test_year_pages_pass_the_axe_audit(open_context, split_site_url, axe_script, scheme, capsys):
    """A large site's timeline: an overview, and a page for each year (not in the demo as built)."""
    context, _ = open_context(color_scheme=scheme)
    checked = Audit(context.new_page(), axe_script)
    pages = [p for p in crawl(split_site_url) if p.startswith("timeline/")]
    assert len(pages) >= 3, pages  # the overview and two years at least
    for path in pages:
        checked.page_in_every_state(split_site_url + path, path, f"{scheme}, desktop", scheme)
    with capsys.disabled():
        print(checked.summary(f"{scheme} palette, year pages {', '.join(pages)}"))
    assert not checked.found, report(checked.found)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_month_pages_pass_the_axe_audit(open_context, month_site_url, axe_script, scheme, width, capsys):
    """A very large site's timeline: a year's page lists its months, each month's page its days."""
    context, _ = open_context(color_scheme=scheme, viewport=WIDTHS[width])
    checked = Audit(context.new_page(), axe_script)
    pages = [p for p in crawl(month_site_url) if p.startswith("timeline/")]
    with_days = [p for p in pages if 'class="tl-days"' in urllib.request.urlopen(month_site_url + p).read().decode("utf-8")]
    assert with_days, f"no month page with a row of days to audit: {pages}"
    for path in pages:
        checked.page_in_every_state(month_site_url + path, path, f"{scheme}, {width}", scheme)
    with capsys.disabled():
        print(checked.summary(f"{scheme} palette, {width}, month pages {', '.join(pages)}"))
    assert not checked.found, report(checked.found)


def test_the_audit_finds_what_it_is_meant_to(page, axe_script):
    """A page with known faults: were axe not running, or running no rule, the audits above would pass."""
    page.set_content('<html><head><title>t</title></head><body><main><img alt-text="no">'
                     '<p style="color:#bbb;background:#fff">faint text</p></main></body></html>')
    found = {v["id"] for v in audit(page, axe_script)}
    assert {"image-alt", "color-contrast", "html-has-lang"} <= found, found


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_new_projects_site_passes_the_axe_audit(open_context, new_project_url, axe_script, scheme, capsys):
    """What `timeline init` writes (its own mkdocs.yml and home page) is what users publish."""
    context, _ = open_context(color_scheme=scheme)
    checked = Audit(context.new_page(), axe_script)
    pages = crawl(new_project_url)
    for path in pages:
        checked.page_in_every_state(new_project_url + path, path, f"{scheme}, desktop", scheme)
    with capsys.disabled():
        print(checked.summary(f"{scheme} palette, a new project's {len(pages)} pages"))
    assert not checked.found, report(checked.found)

