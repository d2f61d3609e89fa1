"""Looks and habits: phone width, no JavaScript, print, light and dark palettes, screenshots."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

PAGES = {"timeline": "timeline/", "source": "sources/003-659bc2890c4af82c/", "review": "review/", "tag": "tags/visit/"}
PHONE = {"width": 375, "height": 740}


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_at_desktop_and_phone_widths(open_context, site_url, artefacts, width):
    context, _ = open_context(viewport={"width": width, "height": 900 if width > 400 else 740})
    page = context.new_page()
    for name, path in PAGES.items():
        page.goto(site_url + path)
        target = artefacts / f"{name}-{width}.png"
        page.screenshot(path=str(target), full_page=True)
        assert target.stat().st_size > 5_000, target


def test_nothing_is_wider_than_a_phone(open_context, site_url):
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    for path in [*PAGES.values(), "", "sources/", "exports/"]:
        page.goto(site_url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{path} is {width}px wide on a {PHONE['width']}px screen"


@pytest.mark.parametrize("width", [PHONE["width"], 360])
def test_the_charts_labels_never_run_into_each_other_on_a_phone(open_context, site_url, crowded_axis_url, width):
    # On the Guardian story's overview a phone showed "1900–20082009"; a year's months had no label.
    context, _ = open_context(viewport={**PHONE, "width": width})
    page = context.new_page()
    for url in (site_url, crowded_axis_url):
        page.goto(url + "timeline/")
        boxes = page.locator(".tl-chart-axis span").evaluate_all(
            "spans => spans.map(s => { const r = s.getBoundingClientRect(); return [s.textContent, r.left, r.right, r.top, r.bottom]; })")
        assert [text for text, *_ in boxes if len(text) == 1], "each month charted has its initial"
        # a space's width apart at least (they touched: "20082009")
        touching = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                    if a[3] == b[3] and a[1] < b[2] + 3 and b[1] < a[2] + 3]
        assert touching == [], url
        axis = page.locator(".tl-chart-axis").bounding_box()
        hidden = [text for text, _, _, top, bottom in boxes if (top + bottom) / 2 > axis["y"] + axis["height"]]
        assert hidden == [], f"{url}: labels below the axis's row, which hides them"


def test_the_navigation_drawer_works_on_a_phone(open_context, site_url):
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    sources = page.locator(".md-nav--primary").get_by_role("link", name="Sources", exact=True)
    expect(sources).not_to_be_in_viewport()
    page.locator('label.md-header__button[for="__drawer"]').click()
    expect(sources).to_be_in_viewport()
    sources.click()
    page.wait_for_url(site_url + "sources/")
    expect(page.locator("article h1")).to_contain_text("Sources")


def test_the_site_works_without_javascript(open_context, site_url):
    context, _ = open_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    with urllib.request.urlopen(site_url + "exports/events.json") as response:
        expect(page.locator(".tl-event")).to_have_count(len(json.load(response)["events"]))
    expect(page.locator(".tl-chart svg")).to_be_visible()
    page.locator('.tl-chart a[aria-label^="January 2019"]').click()
    page.wait_for_url(site_url + "timeline/#in-2019-01")
    page.locator("a.tl-tag", has_text="departure").first.click()
    page.wait_for_url(site_url + "tags/departure/")
    expect(page.locator("a.tl-tagged")).to_have_count(1)


def test_pages_print_without_the_site_chrome(open_context, site_url, artefacts):
    context, _ = open_context()
    page = context.new_page()
    page.goto(site_url + "timeline/")
    expect(page.locator(".tl-downloads")).to_be_visible()
    page.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".tl-downloads"):
        assert not page.locator(chrome).first.is_visible(), f"{chrome} is printed"
    expect(page.locator(".tl-event").first).to_be_visible()
    expect(page.locator(".tl-chart svg")).to_be_visible()
    pdf = artefacts / "timeline-print.pdf"
    page.pdf(path=str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


# What the stylesheet writes after a link, as the browser computed it ("none" for nothing).
WRITTEN_AFTER = "link => getComputedStyle(link, '::after').content"


def test_printed_links_to_other_sites_show_their_address_once(open_context, site_url):
    # On paper a citation known only by its URL showed its title alone: the reader could not find it.
    context, _ = open_context()
    page = context.new_page()
    page.goto(site_url + "timeline/")
    cited = page.locator('a[href="https://example.org/news/kim-follow-up"]:not(.tl-url)')
    inside = page.locator("a.tl-tag").first
    # A link whose words are its address (a source page's "Original", a citation with no title).
    address = cited.evaluate("""link => { const copy = link.cloneNode(); copy.className = "tl-url";
        copy.textContent = link.href; link.after(copy); return copy.outerHTML; }""")
    bare = page.locator("a.tl-url", has_text="https://example.org/news/kim-follow-up")
    assert cited.evaluate(WRITTEN_AFTER) == "none", f"{address}: the address is for paper, not the screen"
    page.emulate_media(media="print")
    assert "<https://example.org/news/kim-follow-up>" in cited.evaluate(WRITTEN_AFTER)
    assert bare.evaluate(WRITTEN_AFTER) == "none", "printed twice"
    assert inside.evaluate(WRITTEN_AFTER) == "none", "a link inside the site leads nowhere on paper"

def test_a_month_page_prints_its_day_headings_not_its_row_of_days_nor_its_way_around(open_context, month_site_url):
    context, _ = open_context()
    page = context.new_page()
    page.goto(month_site_url + "timeline/2019-01/")
    expect(page.locator("nav.tl-days")).to_be_visible()
    expect(page.locator("p.tl-pager")).to_have_count(2)  # at the top and the bottom
    expect(page.locator("p.tl-pager").first).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("nav.tl-days")).to_be_hidden()
    for pager in page.locator("p.tl-pager").all():
        expect(pager).to_be_hidden()
    expect(page.locator("#on-2019-01-07")).to_be_visible()


@pytest.mark.parametrize("site", ["demo", "made by timeline init"])
@pytest.mark.parametrize("scheme, palette", [("light", "default"), ("dark", "slate")])
def test_light_and_dark_palettes_follow_the_reader(open_context, request, site, scheme, palette):
    site_url = request.getfixturevalue("site_url" if site == "demo" else "new_project_url")
    context, _ = open_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", palette)
    bar = page.locator(".tl-chart rect.tl-bar").first
    fill = bar.evaluate("el => getComputedStyle(el).fill")
    assert fill not in ("", "none", "rgb(0, 0, 0)"), "the chart takes its colour from the theme"


# For each heading with a ¶ permalink: whether the permalink sits on a line below the heading's last
# word (an empty line under the heading, since the ¶ shows only on hover).
PERMALINK_ALONE = """selector => [...document.querySelectorAll(selector)].map(heading => {
    const link = heading.querySelector(':scope > .headerlink'), words = document.createRange();
    words.setStart(heading, 0); words.setEndBefore(link);
    const lines = [...words.getClientRects()].filter(r => r.width > 0), last = lines[lines.length - 1];
    return link.getClientRects()[0].top > last.top + last.height / 2;
})"""


def test_a_headings_permalink_never_wraps_onto_a_line_of_its_own(open_context, site_url):
    """A long page title (Markdown's heading) and a long event heading (the template's), at every
    width from a small phone's to a tablet's: the ¶ stays with the last word."""
    context, _ = open_context()
    page = context.new_page()
    page.goto(site_url + "timeline/")
    page.evaluate("""() => {
        const long = 'An exceptionally long heading of the sort that a headline makes, in words of many lengths';
        for (const heading of [document.querySelector('h1'), document.querySelector('.tl-event')]) {
            heading.querySelector(':scope > .headerlink').previousSibling.textContent = ' ' + long;
        }
    }""")
    alone = []
    for width in range(320, 800, 3):
        page.set_viewport_size({"width": width, "height": 900})
        for selector in ("h1", "h2.tl-event, h3.tl-event, h4.tl-event"):
            if page.evaluate(PERMALINK_ALONE, selector)[0]:
                alone.append(f"{selector.split(',')[0]} at {width}px")
    assert alone == [], f"the ¶ alone on a line: {alone}"


def test_events_copied_from_the_page_carry_no_permalink_marks(open_context, site_url):
    # The wiki editor's walk: events copied from the timeline into a wiki page ended every heading in "¶".
    context, _ = open_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + "timeline/")
    page.evaluate("""() => { const range = document.createRange();
        range.selectNodeContents(document.querySelector("article")); getSelection().addRange(range); }""")
    page.keyboard.press("Control+C")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "Browser test: the train departs Pyongyang" in copied
    assert "¶" not in copied


# Where each line of a paragraph begins ("·" or a link's words), as the reader sees the lines.
_LINE_STARTS = """p => {
  const left = p.getBoundingClientRect().left, starts = [];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const found of node.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, found.index);
      range.setEnd(node, found.index + found[0].length);
      const box = range.getBoundingClientRect();
      if (box.width && box.left - left < 2) starts.push([found[0], node.parentElement.closest('a') ? 'link' : 'text']);
    }
  }
  const broken = [...p.querySelectorAll('a')].filter(a => a.getClientRects().length > 1).map(a => a.textContent);
  return {starts, broken};
}"""


def test_a_row_of_links_wraps_between_its_links_on_a_phone(open_context, site_url, month_site_url):
    """On a phone the downloads began their second line with "· Atom feed", and a month page's way
    to the month before read "← February" at a line's end and "2009" at the next one's start."""
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    rows = {site_url + "timeline/": ".tl-downloads", month_site_url + "timeline/2019-01/": ".tl-pager",
            month_site_url + "timeline/2019/": ".tl-pager"}
    faults = []
    for url, row in rows.items():
        page.goto(url)
        for width in range(300, 421, 4):
            page.set_viewport_size({"width": width, "height": PHONE["height"]})
            for paragraph in page.locator(f"article p{row}").all():
                seen = paragraph.evaluate(_LINE_STARTS)
                if seen["broken"] or any(word == "·" for word, _ in seen["starts"]):
                    faults.append((url, width, seen))
    assert faults == []


# Each of a page's tables against its scroll box (Material's .md-typeset__scrollwrap): how far the box scrolls.
_TABLES_IN_THEIR_BOXES = """() => [...document.querySelectorAll('article .md-typeset__scrollwrap')].map(box => ({
  head: box.querySelector('tr').textContent.trim().replace(/\\s+/g, ' '),
  hidden: box.scrollWidth - box.clientWidth,
  outside: Math.ceil(box.querySelector('table').getBoundingClientRect().right - box.getBoundingClientRect().right)}))"""


@pytest.mark.parametrize("width", [360, 375, 414])
def test_the_exports_pages_tables_fit_a_phone_uncut(open_context, site_url, artefacts, width):
    """At 375 px the table of the six formats scrolled 6 px in its box, which cut it: its three columns'
    longest words with Material's cell padding (1.25em a side) were wider than the screen leaves."""
    context, _ = open_context(viewport={**PHONE, "width": width})
    page = context.new_page()
    page.goto(site_url + "exports/")
    tables = page.evaluate(_TABLES_IN_THEIR_BOXES)
    assert len(tables) >= 2 and tables[0]["head"] == "file format for", tables
    assert [t for t in tables if t["hidden"] > 0 or t["outside"] > 0] == [], f"cut at {width}px"
    page.locator("article .md-typeset__scrollwrap").first.screenshot(path=str(artefacts / f"exports-table-{width}.png"))


# Each word with a hyphen of a table cell's inline code that lies on more than one line, and whether it
# had to (wider than its cell's content box).
_TABLE_CODE_SPLIT = """() => {
  const split = [];
  let words = 0;
  for (const code of document.querySelectorAll('article table code')) {
    const nodes = [], walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) nodes.push(node);
    const lines = [];
    for (const node of nodes) for (let i = 0; i < node.length; i++) {
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      lines.push(Math.round(range.getClientRects()[0].bottom));
    }
    const cell = code.closest('td, th'), style = getComputedStyle(cell);
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    for (const word of code.textContent.matchAll(/\\S*-\\S*/g)) {
      words++;
      if (new Set(lines.slice(word.index, word.index + word[0].length)).size > 1) {
        const probe = document.createElement('code');
        probe.textContent = word[0]; probe.style.whiteSpace = 'nowrap'; cell.append(probe);
        split.push({word: word[0], must: probe.getBoundingClientRect().width > room});
        probe.remove();
      }
    }
  }
  return {words, split};
}"""


def test_the_exports_pages_table_codes_keep_their_words_whole_on_a_phone(open_context, site_url, artefacts):
    """At 360 px the schema's "meaning" column split "2019-01-09T14:00" at a hyphen (from 320 to 364 px):
    Material's 5rem least width of a heading cell kept the "type" column at 100 px, 30 more than its
    words need. Every phone width from 360 to 430 px, every 2 px: no word of them split (each
    fits its cell now), and no table cut."""
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + "exports/")
    for width in range(360, 432, 2):
        page.set_viewport_size({"width": width, "height": PHONE["height"]})
        seen = page.evaluate(_TABLE_CODE_SPLIT)
        assert seen["words"] >= 5 and seen["split"] == [], f"at {width}px: {seen}"
        tables = page.evaluate(_TABLES_IN_THEIR_BOXES)
        assert [t for t in tables if t["hidden"] > 0 or t["outside"] > 0] == [], f"cut at {width}px"
    page.set_viewport_size({"width": 360, "height": PHONE["height"]})
    page.locator("article .md-typeset__scrollwrap").nth(1).screenshot(path=str(artefacts / "exports-schema-360.png"))
