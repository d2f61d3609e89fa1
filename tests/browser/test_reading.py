"""What a reader, with eyes, a keyboard or a screen reader, can tell from the timeline page."""

from __future__ import annotations

import re

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


def test_the_page_explains_its_date_marks_before_the_first_event(page, site_url):
    page.goto(site_url + "timeline/")
    legend = page.locator("p.tl-legend")
    expect(legend).to_be_visible()
    expect(legend).to_contain_text("“June 2018” is known only to the month")
    expect(legend).to_contain_text("“c. 2018” is approximate")
    expect(legend).to_contain_text("date uncertain marks a date that may be wrong")
    above = page.evaluate("""() => document.querySelector('p.tl-legend').compareDocumentPosition(
        document.querySelector('.tl-event')) & Node.DOCUMENT_POSITION_FOLLOWING""")
    assert above
