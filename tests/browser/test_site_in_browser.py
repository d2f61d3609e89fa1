"""Readers' paths through the demo site, in headless Chromium.

Checks over all events read them from the published events.json; paths that need known content use
the events of conftest.KNOWN_EVENTS, so that the demo's own events may change freely.
"""

from __future__ import annotations

import json
import re
import urllib.request

from playwright.sync_api import expect

DEPARTS = "bt-train-departs"
FOLLOW_UP = "bt-follow-up"
QUOTE = ("North Korean leader Kim Jong Un waves from his train before it departs from Pyongyang to make the trip "
         "to Beijing, China, Jan. 7, 2019.")


def by_id(anchor: str) -> str:
    """A selector for an id ("#2019-..." is not valid CSS: ids that start with a digit need this form)."""
    return f'[id="{anchor}"]'


def published_events(site_url):
    with urllib.request.urlopen(site_url + "exports/events.json") as response:
        return json.load(response)["events"]


def test_events_appear_in_date_order(page, site_url):
    page.goto(site_url + "timeline/")
    shown = page.eval_on_selector_all(".tl-event", "els => els.map(e => e.id)")
    events = published_events(site_url)
    assert shown == [e["id"] for e in events] and DEPARTS in shown
    starts = [e["start"] for e in events]
    assert starts == sorted(starts)
    times = page.eval_on_selector_all(".tl-event time", "els => els.map(e => [e.dateTime, e.textContent])")
    assert [t[0] for t in times] == [e["date"] if e["precision"] != "season" else e["date"][:4] for e in events]
    assert ["2019-01-07", "Mon 7 Jan 2019"] in times


def test_chart_bars_lead_to_their_part_of_the_timeline(page, site_url):
    page.goto(site_url + "timeline/")
    bars = page.locator(".tl-chart a")
    assert bars.count() >= 2
    for i in range(bars.count()):
        bar = bars.nth(i)
        anchor = bar.get_attribute("href").split("#", 1)[1]
        bar.click()
        page.wait_for_url(re.compile(f"/timeline/#{re.escape(anchor)}$"))
        expect(page.locator(by_id(anchor))).to_be_in_viewport()
        page.goto(site_url + "timeline/")


def test_a_permalink_opens_the_page_at_its_event(page, site_url):
    page.goto(site_url + "timeline/#" + FOLLOW_UP)
    expect(page.locator(by_id(FOLLOW_UP))).to_be_in_viewport()
    page.locator(f"{by_id(DEPARTS)} a.headerlink").click()
    page.wait_for_url(site_url + "timeline/#" + DEPARTS)


def test_citations_lead_to_the_quoted_paragraph_and_back(page, site_url):
    page.goto(site_url + "timeline/")
    citation = page.locator(by_id(DEPARTS)).locator("xpath=following-sibling::ol[1]/li/a").first
    expect(citation).to_have_text("Kim Jong Un Leaves Beijing after Brief Visit")
    citation.click()
    page.wait_for_url(re.compile(r"/sources/000-207661d1272d65b9/#p\d+$"))  # the quote is its whole paragraph
    expect(page.locator("article h1")).to_contain_text("Kim Jong Un Leaves Beijing after Brief Visit")
    quoted = page.locator("p.tl-quoted:target")
    expect(quoted).to_contain_text(QUOTE)
    expect(quoted).to_be_in_viewport()
    page.locator("p.tl-quoted-by:below(p.tl-quoted:target)").first.get_by_role(
        "link", name="Browser test: the train departs Pyongyang").click()
    page.wait_for_url(site_url + "timeline/#" + DEPARTS)
    expect(page.locator(by_id(DEPARTS))).to_be_in_viewport()


def test_a_citation_links_to_the_original_url(page, site_url):
    page.goto(site_url + "timeline/")
    citation = page.locator(by_id(FOLLOW_UP)).locator("xpath=following-sibling::ol[1]/li").first
    expect(citation).to_contain_text("Follow-up report")
    expect(citation.locator("a")).to_have_attribute("href", "https://example.org/news/kim-follow-up")


def _wait_visible(locator) -> bool:
    try:
        locator.wait_for(state="visible", timeout=2_000)
        return True
    except Exception:  # Playwright's TimeoutError: not yet
        return False


def test_search_finds_an_event_by_a_word_of_its_summary(page, site_url):
    page.goto(site_url)
    search = page.locator("input.md-search__input")
    result = page.locator(f'.md-search-result a[href*="/timeline/"][href$="#{DEPARTS}"]')
    search.click()
    # The index loads in a web worker; a query typed before it is ready gets no answer, so type again.
    for _ in range(10):
        search.fill("")
        search.press_sequentially("zeppelin")
        if result.first.is_visible() or _wait_visible(result.first):
            break
    expect(result.first).to_contain_text("the train departs Pyongyang")
    result.first.click()
    page.wait_for_url(re.compile(rf"/timeline/\?h=zeppelin#{DEPARTS}$"))
    expect(page.locator(by_id(DEPARTS))).to_be_in_viewport()


def test_the_tag_filter_shows_exactly_the_events_with_that_tag(page, site_url):
    page.goto(site_url + "timeline/")
    page.locator(f"{by_id(DEPARTS)} ~ p a.tl-tag", has_text="browser-test").first.click()
    page.wait_for_url(site_url + "tags/browser-test/")
    expect(page.locator("a.tl-tagged")).to_have_count(2)
    assert page.locator("a.tl-tagged").all_text_contents() == [
        "Browser test: the train departs Pyongyang", "Browser test: a follow-up report with a link to the original"]
    page.locator("a.tl-tagged").first.click()
    page.wait_for_url(site_url + "timeline/#" + DEPARTS)
    # Several tags per event: the same event is under each of its tags.
    page.goto(site_url + "tags/")
    for tag in ("departure", "browser-test"):
        page.goto(site_url + f"tags/{tag}/")
        expect(page.locator("a.tl-tagged", has_text="the train departs Pyongyang")).to_have_count(1)
    counts = {}
    for event in published_events(site_url):
        for tag in event["tags"]:
            counts[tag] = counts.get(tag, 0) + 1
    page.goto(site_url + "tags/china/")
    expect(page.locator("a.tl-tagged")).to_have_count(counts["china"])


def test_every_generated_page_loads_without_errors(open_context, site_url):
    context, watch = open_context()
    page = context.new_page()
    page.goto(site_url + "sources/")
    sources = page.eval_on_selector_all("article li > a", "els => els.map(e => e.href)")
    page.goto(site_url + "tags/")
    tags = page.eval_on_selector_all("article a.tl-tag", "els => els.map(e => e.href)")
    assert len(sources) == 3 and len(tags) >= 3  # the demo's two and conftest.ONE_PARAGRAPH
    for url in [site_url + p for p in ("", "timeline/", "tags/", "sources/", "review/", "exports/", "about/")] + sources + tags:
        response = page.goto(url)
        assert response.status == 200, url
        expect(page.locator("article h1")).to_be_visible()
        feed = page.eval_on_selector('link[rel="alternate"][type="application/atom+xml"]', "el => el.href")
        assert feed == site_url + "feed.xml", url
    # The fixture then asserts no console error, no failed response and no request off localhost.


def test_the_wikitext_list_reads_as_written_from_a_server_that_names_no_charset(page, site_url):
    """The test server, as `mkdocs serve` and a default nginx, sends .txt as "text/plain" without a
    charset: Chromium read the list as Windows-1252, each line's "–" as "â€“". The file's byte order
    mark says UTF-8, and is not part of the text a wiki editor copies."""
    page.goto(site_url + "exports/wikitext.txt")
    shown = page.inner_text("body")
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert shown.startswith("<!-- ") and "â€" not in shown
    assert "''' – Browser test: the train departs Pyongyang." in shown
