"""What a reader meets on a phone: file paths and inline code's words kept whole, a day's heading not
repeated by each of its events, and the Atom feed shown as a page whose links lead to the events (see
tests/site for the HTML and the feed's bytes)."""

from __future__ import annotations

import re

import pytest

PHONE = {"width": 375, "height": 812}
# Widths a phone may have, a few pixels apart: somewhere among them a path falls at a line's end.
PHONE_WIDTHS = range(320, 432, 4)

# Each part of a path between its '/' (.tl-whole) on one line; none of the page wider than the screen.
PATHS_WHOLE = """() => {
  const split = [...document.querySelectorAll('code.tl-path .tl-whole')]
    .filter(s => s.getClientRects().length > 1).map(s => s.textContent);
  return {count: document.querySelectorAll('code.tl-path').length, split,
          wide: document.documentElement.scrollWidth - document.documentElement.clientWidth};
}"""


@pytest.mark.parametrize("path", ["review/", "sources/zz-one-paragraph/", "timeline/"])
def test_a_files_path_breaks_after_a_slash_never_inside_its_name(open_context, site_url, path):
    # "events/zz-browser-test-" and "reading.yaml:40" on two lines: the line broke at the name's hyphens.
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_url + path)
    for width in PHONE_WIDTHS:
        page.set_viewport_size({"width": width, "height": PHONE["height"]})
        seen = page.evaluate(PATHS_WHOLE)
        assert seen["count"] > 0, path
        if width >= 360:  # narrower, a name breaks where it must rather than stick out (timeline.css)
            assert seen["split"] == [], f"{path} at {width}px"
        assert seen["wide"] <= 0, f"{path} is wider than a {width}px screen"


@pytest.mark.parametrize("width", [PHONE["width"], 1280])
def test_an_event_under_its_days_heading_shows_its_title_not_the_day_again(open_context, month_site_url, width):
    context, _ = open_context(viewport={**PHONE, "width": width})
    page = context.new_page()
    page.goto(month_site_url + "timeline/2019-01/")
    headings = page.evaluate("""() => [...document.querySelectorAll('h2[id^="on-"]')].map(day => {
      const events = [];
      for (let el = day.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
        if (el.matches('h3.tl-event')) events.push(el);
      return {day: day.textContent.replace('¶', '').trim(), events: events.map(e => {
        const time = e.querySelector('time, .tl-time');
        time.scrollIntoView({block: 'center'});
        // shown where the eye sees it: what is painted at its middle (a clipped date is not)
        const box = time.getBoundingClientRect();
        const there = document.elementFromPoint(box.left + Math.min(box.width / 2, 5), box.top + box.height / 2);
        return {seen: e.textContent, datetime: time.getAttribute('datetime'),
                shown: time.contains(there), text: time.textContent};
      })};
    })""")
    assert headings, "the month's page has day headings"
    repeated = [(h["day"], e["seen"]) for h in headings for e in h["events"] if e["text"] == h["day"] and e["shown"]]
    assert repeated == []
    kept = [e for h in headings for e in h["events"] if e["text"] == h["day"]]
    assert kept and all(e["datetime"] for e in kept), "the <time> and its value stay, for machines"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("feed", ["feed.xml", "exports/feed.xml"])
def test_the_feed_opens_as_a_readable_page(open_context, site_url, artefacts, scheme, feed):
    context, _ = open_context(viewport=PHONE, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + feed)
    seen = page.evaluate("""() => {
      const ns = 'http://www.w3.org/2005/Atom', root = document.documentElement;
      const title = [...root.children].find(e => e.localName === 'title');
      const entries = document.getElementsByTagNameNS(ns, 'entry');
      const first = [...entries[0].children].find(e => e.localName === 'title');
      const id = document.getElementsByTagNameNS(ns, 'id')[0];
      return {root: root.localName, display: getComputedStyle(root).display,
              intro: getComputedStyle(title, '::after').content, title: title.getBoundingClientRect().height,
              entries: entries.length, entryTitle: first.getBoundingClientRect().height,
              idHidden: getComputedStyle(id).display === 'none',
              colour: getComputedStyle(root).color, background: getComputedStyle(root).backgroundColor,
              wide: root.scrollWidth - window.innerWidth, scripts: document.getElementsByTagName('script').length};
    }""")
    assert seen["root"] == "feed" and seen["display"] == "block", "the stylesheet is applied"
    assert "copy this page's address" in seen["intro"] and "feed reader" in seen["intro"]
    assert seen["title"] > 0 and seen["entries"] > 0 and seen["entryTitle"] > 0 and seen["idHidden"]
    assert seen["wide"] <= 0 and seen["scripts"] == 0
    text, ground = (sum(map(int, re.findall(r"\d+", seen[key])[:3])) for key in ("colour", "background"))
    assert (text < ground) == (scheme == "light"), seen  # dark text on the light palette, light on the dark
    assert abs(text - ground) > 3 * 150, seen
    # (full_page waits for a page's scrolling element, which a feed shown by CSS has not)
    page.screenshot(path=str(artefacts / f"feed-{scheme}-{feed.replace('/', '-')}.png"))


@pytest.mark.parametrize("given_url", [True, False], ids=["site_url", "no-site_url"])
@pytest.mark.parametrize("feed", ["feed.xml", "exports/feed.xml"])
def test_an_entrys_link_in_the_feed_is_a_link_that_opens_the_events_page(open_context, demo_copy, serve_folder,
                                                                       tmp_path, monkeypatch, artefacts, feed, given_url):
    """The feed showed each event's address as text to copy (CSS makes no link of an Atom <link>): its
    summary's XHTML <a href> is a link, which a click, or the keyboard, follows to the event's page.
    Without site_url it linked nowhere; its links are relative to its own address, which the browser
    resolves as feed readers do."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = demo_copy(tmp_path / "demo")
    (root / "site").mkdir()
    with serve_folder(root / "site") as address:
        # the published site, with its address or without it
        if given_url:
            monkeypatch.setenv("TIMELINE_SITE_URL", address + "/")
        else:
            monkeypatch.delenv("TIMELINE_SITE_URL", raising=False)
        build(load_config(str(root / "mkdocs.yml")))
        context, _ = open_context(viewport=PHONE)
        page = context.new_page()
        page.goto(f"{address}/{feed}")
        entry = "xpath=//*[local-name()='entry'][2]"
        written = page.locator(f"{entry}/*[local-name()='link']").get_attribute("href")
        link = page.locator(f"{entry}//*[local-name()='a']")
        assert link.get_attribute("href") == written
        href = link.evaluate("a => a.href")  # as the browser resolves it, against the feed's own address
        assert href.startswith(address + "/timeline/#")
        assert written == href if given_url else written == ("../" if "/" in feed else "./") + href[len(address) + 1:]
        link.scroll_into_view_if_needed()
        seen = link.evaluate("""a => { const box = a.getClientRects()[0];  // its first line
          return {kind: a.constructor.name, cursor: getComputedStyle(a).cursor, text: a.textContent,
                  before: getComputedStyle(a.parentElement, '::before').content,
                  painted: a.contains(document.elementFromPoint(box.left + 2, box.top + box.height / 2))}; }""")
        assert seen == {"kind": "HTMLAnchorElement", "cursor": "pointer", "before": '"On the site: "',
                        "text": href if given_url else href[len(address) + 1:], "painted": True}
        page.screenshot(path=str(artefacts / f"feed-link-{feed.replace('/', '-')}-{given_url}.png"))
        link.click()
        page.wait_for_url(href)
        event_id = href.split("#", 1)[1]
        assert page.locator(f"[id='{event_id}']").is_visible(), "the event's heading on its page"
        # and from the keyboard: Tab reaches the first entry's link, Enter follows it
        page.goto(f"{address}/{feed}")
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement && document.activeElement.getAttribute('href')")
        first = page.locator("xpath=//*[local-name()='entry'][1]//*[local-name()='a']")
        assert focused == first.get_attribute("href")
        first = first.evaluate("a => a.href")
        page.keyboard.press("Enter")
        page.wait_for_url(first)
        page.wait_for_load_state("networkidle")
        context.close()  # before the server stops: a page still loading would log its refused requests


def test_a_sites_own_words_show_on_the_feeds_page(open_context, serve_folder, tmp_path):
    """The feed page's words are feed_words.yaml's: a French site's own, escaped as CSS, show as written."""
    from timeline.export import ExportContext, atom
    from timeline.loader import load_events
    from timeline.render import feed_stylesheet

    own = tmp_path / "overrides"
    own.mkdir()
    (own / "feed_words.yaml").write_text('title_before: "Flux\u00a0: "\nlink_before: \'Sur le site « \\ » : \'\n', "utf-8")
    (tmp_path / "events.yaml").write_text("- date: 2019-01-08\n  title: Visite\n", "utf-8")
    events = load_events([tmp_path / "events.yaml"])
    site = tmp_path / "site"
    site.mkdir()
    context = ExportContext(title="Chronologie", event_path=lambda e: f"timeline/#{e.id}", feed_root="./")
    (site / "feed.xml").write_text(atom.with_stylesheet(atom.write(events, context)), "utf-8")
    (site / "feed.css").write_text(feed_stylesheet(own), "utf-8")
    with serve_folder(site) as address:
        browser_context, _ = open_context(viewport=PHONE)
        page = browser_context.new_page()
        page.goto(f"{address}/feed.xml")
        seen = page.evaluate("""() => {
          const root = document.documentElement, title = [...root.children].find(e => e.localName === 'title');
          const a = document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'a')[0];
          return [getComputedStyle(title, '::before').content, getComputedStyle(a.parentElement, '::before').content,
                  getComputedStyle(title, '::after').content.includes('feed reader')]; }""")
        browser_context.close()
    assert seen == ['"Flux\u00a0: "', '"Sur le site « \\\\ » : "', True]


# In the article's running text (not its tables, whose columns Material's code may squeeze to any width):
# each word with a hyphen of an inline code that lies on more than one line, with whether it had to
# (wider than its line); a punctuation mark after a code that begins a line; how much wider the page is.
CODE_WORDS = """() => {
  const split = [], cut = [];
  let words = 0;
  for (const code of document.querySelectorAll('article code')) {
    if (code.closest('pre, table')) continue;
    const nodes = [], walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) nodes.push(node);
    const lines = [];  // each character's line: the bottom of its box
    for (const node of nodes) for (let i = 0; i < node.length; i++) {
      const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
      lines.push(Math.round(range.getClientRects()[0].bottom));
    }
    const block = code.closest('p, li');
    for (const word of code.textContent.matchAll(/\\S*-\\S*/g)) {
      words++;
      if (new Set(lines.slice(word.index, word.index + word[0].length)).size > 1) {
        const probe = document.createElement('code');
        probe.textContent = word[0]; probe.style.whiteSpace = 'nowrap'; block.append(probe);
        split.push({word: word[0], must: probe.getBoundingClientRect().width > block.clientWidth});
        probe.remove();
      }
    }
    const after = code.nextSibling;
    if (after && after.nodeType === Node.TEXT_NODE && /^[,.;:)]/.test(after.data)) {
      const range = document.createRange(); range.setStart(after, 0); range.setEnd(after, 1);
      if (Math.abs(range.getClientRects()[0].bottom - lines[lines.length - 1]) > 4) cut.push(code.textContent + after.data[0]);
    }
  }
  return {words, split, cut, wide: document.documentElement.scrollWidth - document.documentElement.clientWidth};
}"""
# What a reader copies of a code: its text, without the joiners that keep its words whole.
COPIED = """code => { const selection = getSelection(); selection.selectAllChildren(code);
  const copied = selection.toString(); selection.removeAllRanges(); return copied; }"""
LONG_WORD = "a-very-long-option-name-that-no-phone-line-can-hold-whole-at-all"
CODE_PAGE = f"""# Code on a phone

Set the option `--site-url`, the encoding `utf-8-sig`; run `timeline export --format atom --out feed-copy.xml`
and then `mkdocs gh-deploy` (the `--force` option, `--access-date`). A word no line holds: `{LONG_WORD}`.

- In a list: `[--out FILE]`, `2019-01-09T14:00`, `--date-order` and `<!-- a-b -->`.
"""


def test_inline_codes_words_break_at_no_hyphen_on_a_phone(open_context, site_url, demo_copy, serve_folder, tmp_path, artefacts):
    """Inline code in the docs' prose broke at its hyphens on a phone ("--site-" at one line's end,
    "url" at the next one's start); a word longer than a line still wraps, within the page."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = demo_copy(tmp_path / "demo")
    (root / "docs" / "code.md").write_text(CODE_PAGE, encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    context, _ = open_context(viewport=PHONE)
    page = context.new_page()
    with serve_folder(root / "site") as own:
        for url in (site_url + "exports/", own + "/code/"):
            page.goto(url)
            for width in range(360, 430, 2):
                page.set_viewport_size({"width": width, "height": PHONE["height"]})
                seen = page.evaluate(CODE_WORDS)
                assert seen["words"] >= 10, url
                needless = [s["word"] for s in seen["split"] if not s["must"]]
                assert needless == [] and seen["cut"] == [] and seen["wide"] <= 0, f"{url} at {width}px: {seen}"
                if url.endswith("/code/"):
                    assert [s["word"] for s in seen["split"]] == [LONG_WORD], "it wraps: it is wider than a line"
            for width in (360, 375, 414):
                page.set_viewport_size({"width": width, "height": PHONE["height"]})
                name = "exports" if url.startswith(site_url) else "code"
                page.locator("article").screenshot(path=str(artefacts / f"code-words-{name}-{width}.png"))
        codes = page.locator("article code")
        assert [codes.nth(i).evaluate(COPIED) for i in range(3)] == ["--site-url", "utf-8-sig",
                                                                    "timeline export --format atom --out feed-copy.xml"]
        context.close()
