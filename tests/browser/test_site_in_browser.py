"""Readers' paths through the demo site, in headless Chromium."""

from __future__ import annotations

import json
import re
import urllib.request

from playwright.sync_api import expect

VISIT_EVENT = "2019-01-07-kim-jong-un-leaves-pyongyang-by-train-for-beijing"


def by_id(anchor: str) -> str:
    """A selector for an id ("#2019-..." is not valid CSS: ids that start with a digit need this form)."""
    return f'[id="{anchor}"]'


def published_events(site_url):
    with urllib.request.urlopen(site_url + "exports/events.json") as response:
        return json.load(response)["events"]


def test_events_appear_in_date_order(page, site_url):
    page.goto(site_url + "timeline/")
    shown = page.eval_on_selector_all("h4.tl-event", "els => els.map(e => e.id)")
    events = published_events(site_url)
    assert shown == [e["id"] for e in events]
    starts = [e["start"] for e in events]
    assert starts == sorted(starts) and len(shown) == 10
    labels = page.eval_on_selector_all("h4.tl-event time", "els => els.map(e => e.textContent)")
    assert labels[0] == "June 2018" and "Tue 8 Jan 2019" in labels


def test_chart_bars_lead_to_their_month(page, site_url):
    page.goto(site_url + "timeline/")
    page.locator('.tl-chart a[aria-label^="November 2018"]').click()
    assert page.url.endswith("timeline/#in-2018-11")
    expect(page.locator(by_id("in-2018-11"))).to_be_in_viewport()


def test_a_permalink_opens_the_page_at_its_event(page, site_url):
    page.goto(site_url + "timeline/#" + VISIT_EVENT)
    expect(page.locator(by_id(VISIT_EVENT))).to_be_in_viewport()


def test_citations_lead_to_the_source_page_and_back(page, site_url):
    page.goto(site_url + "timeline/")
    event = page.locator(by_id(VISIT_EVENT))
    citations = event.locator("xpath=following-sibling::ol[1]/li/a[not(contains(@class,'tl-original'))]")
    expect(citations).to_have_count(2)
    quote = event.locator("xpath=following-sibling::ol[1]/li").first.inner_text().split("“", 1)[1].rstrip("”")
    citations.first.click()
    page.wait_for_url(site_url + "sources/000-207661d1272d65b9/#p3")
    expect(page.locator("article h1")).to_contain_text("Kim Jong Un Leaves Beijing after Brief Visit")
    # The page opens at the paragraph the event quotes.
    quoted = page.locator("p.tl-quoted:target")
    expect(quoted).to_contain_text(quote)
    expect(quoted).to_be_in_viewport()
    page.locator("p.tl-quoted-by:below(p.tl-quoted:target)").first.get_by_role(
        "link", name="Kim Jong Un leaves Pyongyang by train for Beijing").click()
    page.wait_for_url(site_url + "timeline/#" + VISIT_EVENT)
    expect(page.locator(by_id(VISIT_EVENT))).to_be_in_viewport()


def test_a_citation_links_to_the_original_url(page, site_url):
    page.goto(site_url + "timeline/")
    original = page.locator("a.tl-original")
    expect(original).to_have_count(1)
    assert original.get_attribute("href") == "https://example.org/news/kim-follow-up"


def _wait_visible(locator) -> bool:
    try:
        locator.wait_for(state="visible", timeout=2_000)
        return True
    except Exception:  # Playwright's TimeoutError: not yet
        return False


def test_search_finds_an_event_by_a_word_of_its_summary(page, site_url):
    page.goto(site_url)
    search = page.locator("input.md-search__input")
    result = page.locator('.md-search-result a[href*="/timeline/"][href$="#2019-w02-kim-visits-beijing-for-two-days-of-talks-with-xi-jinping"]')
    search.click()
    # The index loads in a web worker; a query typed before it is ready gets no answer, so type again.
    for _ in range(10):
        search.fill("")
        search.press_sequentially("strategy")
        if result.first.is_visible() or _wait_visible(result.first):
            break
    expect(result.first).to_be_visible()
    expect(result.first).to_contain_text("Kim visits Beijing for two days of talks")
    result.first.click()
    page.wait_for_url(re.compile(r"/timeline/\?h=strategy#2019-w02-kim-visits-beijing-for-two-days-of-talks-with-xi-jinping$"))
    expect(page.locator(by_id("2019-w02-kim-visits-beijing-for-two-days-of-talks-with-xi-jinping"))).to_be_in_viewport()


def test_the_tag_filter_shows_exactly_the_events_with_that_tag(page, site_url):
    page.goto(site_url + "timeline/")
    page.locator(f"{by_id(VISIT_EVENT)} ~ p a.tl-tag", has_text="visit").first.click()
    page.wait_for_url(site_url + "tags/visit/")
    expect(page.locator("a.tl-tagged")).to_have_count(5)
    listed = page.locator("a.tl-tagged").all_text_contents()
    expected = [e["title"] for e in published_events(site_url) if "visit" in e["tags"]]
    assert listed == expected and len(listed) == 5
    page.locator("a.tl-tagged").first.click()
    page.wait_for_url(site_url + "timeline/#*")


def test_every_generated_page_loads_without_errors(open_context, site_url):
    context, watch = open_context()
    page = context.new_page()
    for path in ("", "timeline/", "tags/", "tags/visit/", "sources/", "sources/003-659bc2890c4af82c/", "review/",
                 "exports/", "about/"):
        response = page.goto(site_url + path)
        assert response.status == 200, path
        expect(page.locator("article h1")).to_be_visible()
        feed = page.eval_on_selector('link[rel="alternate"][type="application/atom+xml"]', "el => el.href")
        assert feed == site_url + "feed.xml", path
    # The fixture then asserts no console error and no request off localhost.
