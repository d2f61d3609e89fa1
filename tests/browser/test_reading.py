"""What a reader, with eyes, a keyboard or a screen reader, can tell from the timeline page."""

from __future__ import annotations

import re

import pytest

from playwright.sync_api import expect


def by_id(anchor: str) -> str:
    return f'[id="{anchor}"]'


def test_an_uncertain_date_says_so_in_words_and_why(page, site_url):
    page.goto(site_url + "timeline/")
    unsure = page.locator(by_id("bt-unsure"))
    # In the heading, so that a screen reader moving from heading to heading hears it too.
    expect(unsure).to_have_accessible_name(re.compile(r"^Tue 8 Jan 2019 date uncertain · Browser test: an event whose"))
    why = unsure.locator("xpath=following-sibling::p[1]")
    expect(why).to_be_visible()
    expect(why).to_contain_text("date confidence 0.4 is below 0.7: a weekday of the test's own")
    expect(why).to_contain_text("the date 'Tuesday' is relative")
    why.get_by_role("link", name="all uncertain dates").click()
    page.wait_for_url(site_url + "review/")
    expect(page.get_by_role("link", name="Browser test: an event whose date is a guess")).to_be_visible()


def test_a_sure_date_carries_no_mark(page, site_url):
    page.goto(site_url + "timeline/")
    sure = page.locator(by_id("bt-train-departs"))
    expect(sure).to_have_accessible_name(re.compile(r"^Mon 7 Jan 2019 · Browser test: the train departs"))
    expect(sure.locator(".tl-unsure")).to_have_count(0)


@pytest.mark.parametrize("listing", ["sources/000-207661d1272d65b9/", "tags/guess/"])
def test_an_articles_and_a_tags_lists_of_events_mark_an_uncertain_date(page, site_url, listing):
    """A reader who came to an article, or to a tag, saw its events' dates all alike: the guess
    among them was told apart only on the timeline page."""
    page.goto(site_url + listing)
    unsure = page.locator("article li").filter(has=page.locator('a[href$="#bt-unsure"]'))
    expect(unsure).to_have_text(re.compile(r"^Tue 8 Jan 2019 date uncertain · Browser test: an event whose date"))
    sure = page.locator("article li").filter(has=page.locator('a[href$="#bt-train-departs"]'))
    expect(sure).to_have_count(1 if listing.startswith("sources/") else 0)
    expect(sure.locator(".tl-unsure")).to_have_count(0)


def test_a_sure_date_says_how_it_was_read_and_its_sentence_is_shown_once(page, site_url):
    page.goto(site_url + "timeline/")
    how = page.locator("p.tl-date-how").first
    expect(how).to_be_visible()
    expect(how).to_contain_text(re.compile(r"^(How the date was read: .+ \(confidence [\d.]+\)\.|Date checked by an editor\.)$"))
    # No paragraph under an event repeats its citation's quote word for word.
    repeated = page.evaluate("""() => [...document.querySelectorAll(".tl-event")].filter(heading => {
        const said = [];
        let el = heading.nextElementSibling;
        for (; el && el.tagName === "P"; el = el.nextElementSibling) said.push(el.textContent.trim());
        return el && el.tagName === "OL" && said.some(text => el.textContent.includes(`“${text}”`));
      }).map(heading => heading.id)""")
    assert repeated == []


def test_the_page_explains_its_date_marks_before_the_first_event(page, site_url):
    page.goto(site_url + "timeline/")
    legend = page.locator("p.tl-legend")
    expect(legend).to_be_visible()
    expect(legend).to_contain_text("“June 2018” is known only to the month")
    expect(legend).to_contain_text("“c. 2018” is approximate")
    expect(legend).to_contain_text("date uncertain marks a date that may be wrong")
    # "(confidence 0.73)" under a date was a number the reader had to guess the meaning of
    expect(legend).to_contain_text("0.9 means that nine in ten dates read that way were right")
    above = page.evaluate("""() => document.querySelector('p.tl-legend').compareDocumentPosition(
        document.querySelector('.tl-event')) & Node.DOCUMENT_POSITION_FOLLOWING""")
    assert above


# WCAG 2.1 contrast, from the computed colours: a colour with alpha is laid over what is under it,
# up to the first opaque background.
CONTRAST = """([selector, what]) => {
  const parse = c => {  // "none" (no stroke) is drawn as nothing
    const p = (c.match(/[\\d.]+/g) || [0, 0, 0, 0]).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3])).concat(1);
  const background = el => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reduceRight((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const luminance = c => c.slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const el = document.querySelector(selector);
  // An SVG shape stands on the figure's background; text on its own element's.
  const under = background(el instanceof SVGElement ? el.closest("figure") : el);
  const colour = over(parse(getComputedStyle(el)[what]), under);
  const [a, b] = [luminance(colour), luminance(under)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""
# "active": the system's own colours, as Windows' high-contrast themes force them (black ones most often).
FORCED_COLOURS = ["none", "active"]
# selector, the computed property that draws it, the least ratio: 4.5 for text, 3 for graphics.
DRAWN = [
    ("a.tl-tag", "color", 4.5),
    ("p.tl-legend", "color", 4.5),
    (".tl-unsure-why", "color", 4.5),
    (".tl-date-how", "color", 4.5),
    (".tl-chart-axis span.tl-tick-month", "color", 4.5),
    (".tl-chart-axis span", "color", 4.5),
    (".tl-chart figcaption", "color", 4.5),
    (".tl-chart rect.tl-bar:not(.tl-bar-year)", "fill", 3),
    (".tl-chart rect.tl-bar-year", "stroke", 3),
    (".tl-chart line.tl-axis", "stroke", 3),
]


@pytest.mark.parametrize("forced", FORCED_COLOURS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_marks_and_chart_have_enough_contrast_in_both_palettes(open_context, site_url, scheme, forced):
    context, _ = open_context(color_scheme=scheme, forced_colors=forced)
    page = context.new_page()
    page.goto(site_url + "timeline/")
    ratios = {selector: round(page.evaluate(CONTRAST, [selector, what]), 2) for selector, what, _ in DRAWN}
    too_faint = {selector: ratios[selector] for selector, _, least in DRAWN if ratios[selector] < least}
    assert too_faint == {}, f"{scheme}, forced colours {forced}: {ratios}"


def test_a_bars_link_is_its_whole_column_to_click_and_to_see_focused(page, site_url):
    # A bar of one event among many is a few pixels high: its link was that small, and its focus ring a line.
    page.goto(site_url + "timeline/")
    link = page.locator('.tl-chart a[aria-label^="June 2018"]')
    box, plot = link.bounding_box(), page.locator(".tl-chart svg").bounding_box()
    assert box["height"] > plot["height"] * 0.95 and box["width"] >= 24, (box, plot)
    link.focus()
    expect(link).to_have_css("outline-style", "auto")
    expect(page.locator(".tl-chart svg")).to_have_css("overflow", "visible")  # the ring was cut to its sides
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + 2)  # the top of the column, far above the bar
    page.wait_for_url(site_url + "timeline/#in-2018-06")


HEADINGS = """() => [...document.querySelectorAll("article :is(h1, h2, h3, h4, h5, h6)")]
    .map(h => [Number(h.tagName[1]), h.textContent.trim().slice(0, 60)])"""


def skipped_levels(headings):
    """Headings that go more than one level deeper than the one before them (h2 then h4)."""
    return [(before, after) for before, after in zip(headings, headings[1:]) if after[0] > before[0] + 1]


def test_one_h1_and_no_heading_level_skipped(page, site_url, split_site_url, month_site_url):
    for url in (site_url + "timeline/", split_site_url + "timeline/", split_site_url + "timeline/2019/",
                split_site_url + "timeline/2018/", month_site_url + "timeline/2019/", month_site_url + "timeline/2019-01/"):
        page.goto(url)
        headings = page.evaluate(HEADINGS)
        assert [h for h in headings if h[0] == 1] == headings[:1], url
        assert skipped_levels(headings) == [], url
    # The event known only to its year sits under "2019, month unknown", a heading beside the months'.
    page.goto(site_url + "timeline/")
    assert page.locator(by_id("in-2019-month-unknown")).evaluate("el => el.tagName") == "H3"
    assert page.locator(by_id("bt-year-only")).evaluate("el => el.tagName") == "H4"
    page.goto(split_site_url + "timeline/2019/")
    assert page.locator(by_id("bt-year-only")).evaluate("el => el.tagName") == "H3"
    assert page.locator(by_id("bt-train-departs")).evaluate("el => el.tagName") == "H3"
    # A month on a page of its own: its heading the page's h1, each day's an h2, its events under it.
    page.goto(month_site_url + "timeline/2019/")
    assert page.locator(by_id("bt-year-only")).evaluate("el => el.tagName") == "H3"
    page.goto(month_site_url + "timeline/2019-01/")
    assert page.locator(by_id("on-2019-01-07")).evaluate("el => el.tagName") == "H2"
    assert page.locator(by_id("bt-train-departs")).evaluate("el => el.tagName") == "H3"


def test_an_events_heading_looks_the_same_at_every_level(page, site_url):
    # An event under a day of a long month is an h5, which Material sets in faint capitals.
    page.goto(site_url + "timeline/")
    looks = page.evaluate("""() => [2, 3, 4, 5, 6].map(level => {
        const heading = document.createElement("h" + level);
        heading.className = "tl-event";
        heading.textContent = "Tue 8 Jan 2019 · A title";
        document.querySelector("article.md-typeset").append(heading);
        const style = getComputedStyle(heading);
        const look = [style.textTransform, style.color, style.fontSize, style.fontWeight];
        heading.remove();
        return look;
    })""")
    assert looks == [looks[0]] * 5 and looks[0][0] == "none", looks


def test_a_decade_in_a_heading_looks_as_a_day_does(page, site_url):
    # A decade, a century or a date before Christ has no <time> form: a span.tl-time holds it, which
    # stood out in the title's bold dark colour where every other date is in the lighter grey.
    page.goto(site_url + "timeline/")
    looks = page.evaluate("""() => {
        const heading = document.createElement("h3");
        heading.className = "tl-event";
        heading.innerHTML = '<time datetime="2019-01-08">Tue 8 Jan 2019</time> · '
            + '<span class="tl-time" data-datetime="199">1990s</span> · A title';
        document.querySelector("article.md-typeset").append(heading);
        const look = el => { const style = getComputedStyle(el); return [style.color, style.fontWeight]; };
        const looks = [look(heading.querySelector("time")), look(heading.querySelector(".tl-time")), look(heading)];
        heading.remove();
        return looks;
    }""")
    day, decade, title = looks
    assert decade == day and day != title, looks


def test_a_month_pages_row_of_days_takes_the_reader_to_a_day(page, month_site_url):
    page.goto(month_site_url + "timeline/2019-01/")
    days = page.get_by_role("navigation", name="Days of January 2019").get_by_role("link")
    assert days.count() > 1
    # A screen reader hears the day and its count in words; the eye sees "Mon 7" and a number.
    day = days.filter(has_text="Mon 7")
    expect(day).to_have_accessible_name(re.compile(r"^Mon 7 ?: \d+ events?$"))
    day.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/timeline/2019-01/#on-2019-01-07$"))
    heading = page.locator(by_id("on-2019-01-07"))
    expect(heading).to_be_in_viewport()
    # The day's first event follows its heading; Material's table of contents lists the day too.
    assert heading.evaluate("h => h.nextElementSibling.matches('.tl-event')")
    assert page.locator('.md-nav--secondary a[href="#on-2019-01-07"]').count() == 1


def test_a_citation_opens_its_article_at_the_quoted_sentence(page, site_url):
    # The article is one long paragraph: opening it at its paragraph would show its first lines only.
    page.goto(site_url + "timeline/")
    page.locator(by_id("bt-deep-quote")).locator("xpath=following-sibling::ol[1]/li/a").first.click()
    page.wait_for_url(re.compile(r"/sources/zz-one-paragraph/#p\d+"))
    expect(page.locator("p.tl-quoted:target")).to_contain_text("Line 1 of the report")
    sentence = page.evaluate("""(wanted) => {
        const walker = document.createTreeWalker(document.querySelector("p.tl-quoted"), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(wanted);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + wanted.length);
            const box = range.getBoundingClientRect();
            return {top: box.top, bottom: box.bottom, height: innerHeight};
        }
        return null;
    }""", "The airship landed in the square")  # "at noon" is a date mark of its own
    assert sentence is not None
    assert 0 <= sentence["top"] and sentence["bottom"] <= sentence["height"], sentence


# The source page of the demo's first article: "Jan. 7, 2019" in the sentence below is its first date.
SOURCE = "sources/000-207661d1272d65b9/"
DEPARTS_SENTENCE = "departs from Pyongyang"
SHOWN = "el => getComputedStyle(el, '::after').position === 'static'"


def test_a_screen_reader_reads_each_date_of_an_article_with_its_value(open_context, site_url):
    context, _ = open_context()
    page = context.new_page()
    page.goto(site_url + SOURCE)
    paragraph = page.locator("article p", has_text=DEPARTS_SENTENCE)
    # What assistive technology is given (Playwright's snapshot of the accessibility tree): the date,
    # then its value, inside the mark; no click, hover or focus needed.
    assert "  - mark:\n    - time: Jan. 7, 2019\n    - text: (Mon 7 Jan 2019)\n" in paragraph.aria_snapshot()
    # And Chromium's own tree, which screen readers read: the value is text of the page there.
    tree = context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    texts = [n.get("name", {}).get("value", "") for n in tree if n.get("role", {}).get("value") == "StaticText"]
    assert "(Mon 7 Jan 2019)" in [t.strip() for t in texts]
    # The article's words stay its own: the value is not in the text a reader copies, nor to be seen.
    assert "Mon 7 Jan 2019" not in paragraph.inner_text()
    mark = paragraph.locator("mark.tl-date")
    assert not mark.evaluate(SHOWN)
    # A duration has no date to read: no value read out after it ("PT4H" as letters); the list has it
    # in words.
    hours = page.locator("article p", has_text="four hours")
    assert "- mark: four hours\n" in hours.aria_snapshot() and "PT4H" not in hours.aria_snapshot()
    listed = page.locator("ol.tl-date-list li", has_text="“four hours”")
    expect(listed).to_contain_text("4 hours (a length of time)", use_inner_text=False)
    expect(listed.locator("data")).to_have_attribute("value", "PT4H")  # the raw value, for machines
    # Each mark is no tab stop: the page's one control is.
    assert page.locator(".tl-article mark.tl-date").evaluate_all("els => els.filter(e => e.tabIndex >= 0).length") == 0


def test_one_control_shows_every_date_value_to_a_keyboard_reader(open_context, site_url, artefacts):
    context, _ = open_context()
    page = context.new_page()
    page.goto(site_url + SOURCE)
    marks = page.locator(".tl-article mark.tl-date[data-value]")
    summary = page.locator("details.tl-dates > summary")
    passed = []
    for _ in range(80):  # Tab from the top of the page to the control, never through a date
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.matches('summary') ? 'summary' : "
                                "document.activeElement.closest('mark') ? 'mark' : document.activeElement.tagName")
        if focused == "summary":
            break
        passed.append(focused)
    assert focused == "summary" and "mark" not in passed, passed
    expect(summary).to_have_accessible_name(re.compile(r"^Show each date’s value in the text, and why \(\d+ dates\)"))
    expect(summary).to_be_focused()
    width = marks.first.bounding_box()["width"]
    page.keyboard.press("Enter")
    assert page.locator("details.tl-dates").evaluate("el => el.open")
    assert marks.evaluate_all(f"els => els.every({SHOWN})")
    assert marks.first.bounding_box()["width"] > width, "the value takes its place in the line"
    page.locator("article p", has_text=DEPARTS_SENTENCE).screenshot(path=str(artefacts / "source-date-values.png"))
    page.keyboard.press("Space")
    assert not page.locator("details.tl-dates").evaluate("el => el.open")
    assert marks.evaluate_all(f"els => els.every(el => !({SHOWN})(el))")
    # Open, the list says how each date was read; each item leads to its date in the text.
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    first = page.locator("ol.tl-date-list > li").first
    expect(first.get_by_role("link")).to_be_focused()
    expect(first).to_contain_text("“Jan. 7, 2019” (paragraph 3): Mon 7 Jan 2019 — ")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"#tl-date-1$"))
    target = page.locator("mark.tl-date:target")
    expect(target).to_have_text("Jan. 7, 2019")
    expect(target).to_be_in_viewport()


@pytest.mark.parametrize("forced", FORCED_COLOURS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_date_values_and_their_control_have_enough_contrast_in_both_palettes(open_context, site_url, scheme, forced):
    context, _ = open_context(color_scheme=scheme, forced_colors=forced)
    page = context.new_page()
    page.goto(site_url + SOURCE)
    page.locator("details.tl-dates > summary").click()
    # The value is generated text of the mark, drawn in its colour on its background, as the date is.
    drawn = ["mark.tl-date", "details.tl-dates > summary", "ol.tl-date-list li", "ol.tl-date-list a"]
    ratios = {selector: round(page.evaluate(CONTRAST, [selector, "color"]), 2) for selector in drawn}
    assert {s: r for s, r in ratios.items() if r < 4.5} == {}, f"{scheme}, forced colours {forced}: {ratios}"
