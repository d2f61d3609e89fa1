"""A long month on the timeline page or on a year page is headed by day, as a month's own page is:
the Guardian's April (135 events) stood under one heading on the timeline page."""

from __future__ import annotations

import re

from timeline.site.days import DAY_HEADINGS_OVER

LONG = [{"date": f"2009-04-{21 + i % 3}", "title": f"Event {i}"} for i in range(DAY_HEADINGS_OVER + 1)]
MONTH_ONLY = {"date": "April 2009", "title": "An April of flu"}
SHORT = [{"date": "2009-05-01", "title": "May one"}, {"date": "2009-05-02", "title": "May two"}]


def headings(html: str) -> list[tuple[str, str]]:
    """(level, id) of the headings of days and months, and a count of the events under each."""
    return re.findall(r'<h(\d) (?:class="tl-event" )?id="((?:in|on)-[^"]+)"', html)


def test_a_long_month_on_the_timeline_page_is_headed_by_day(make_site):
    html = make_site([MONTH_ONLY, *LONG, *SHORT]).build().html("timeline/")
    assert headings(html) == [("2", "in-2009"), ("3", "in-2009-04"), ("4", "in-2009-04-day-unknown"),
                              ("4", "on-2009-04-21"), ("4", "on-2009-04-22"), ("4", "on-2009-04-23"),
                              ("3", "in-2009-05")], "May is short: no day headings"
    # the events one level below their heading; the one known only to the month above the days, under
    # a heading of its own as theirs, as on a month's page
    assert re.search(r'<h4 id="in-2009-04-day-unknown">April 2009, day unknown<', html)
    assert '<h4 id="on-2009-04-21"><time datetime="2009-04-21">Tue 21 Apr 2009</time><' in html
    levels = re.findall(r'<h(\d) class="tl-event" id="([^"]+)"', html)
    assert levels[0] == ("5", "2009-04-an-april-of-flu")
    assert {level for level, id in levels if id.startswith("2009-04-2")} == {"5"}
    assert {level for level, id in levels if id.startswith("2009-05")} == {"4"}
    nav = re.search(r'<nav class="tl-days" aria-label="Days of April 2009">(.*?)</nav>', html, re.S).group(1)
    assert re.findall(r'href="#(on-[^"]+)">([^<]+)<', nav) == [
        ("on-2009-04-21", "Tue 21"), ("on-2009-04-22", "Wed 22"), ("on-2009-04-23", "Thu 23")]
    assert html.count('class="tl-days"') == 1


def test_a_long_month_on_a_year_page_is_headed_by_day(make_site):
    site = make_site([*LONG, {"date": "2010-01-01", "title": "Next year"}],
                     plugin={"per_year_over": 5, "per_month_over": 1000}).build()
    html = site.html("timeline/2009/")
    assert headings(html)[:3] == [("1", "in-2009"), ("2", "in-2009-04"), ("3", "on-2009-04-21")]
    assert 'aria-label="Days of April 2009"' in html


def test_an_event_under_its_days_heading_does_not_show_the_day_again(make_site):
    # On a phone "Tue 21 Apr 2009 ·" took a line of its own above each title of the day it heads.
    unsure = {"date": "2009-04-22", "title": "A <guess> of the 22nd", "confidence": 0.4, "reason": "a test's guess"}
    timed = {"date": "2009-04-21T14:00", "title": "At two"}
    site = make_site([*LONG, unsure, timed, {"date": "2009-04-21", "end": "2009-04-23", "title": "Three days"}]).build()
    html = site.html("timeline/")

    def heading(id):
        return re.search(rf'<h5 class="tl-event" id="{id}">(.*?)<a class="headerlink"', html).group(1)

    # hidden from sight, kept for screen readers, search and machines (the <time> and its value)
    assert heading("2009-04-21-event-0") == (
        '<span class="tl-hidden"><time datetime="2009-04-21">Tue 21 Apr 2009</time> · </span>Event 0')
    assert heading("2009-04-22-a-guess-of-the-22nd") == (
        '<span class="tl-hidden"><time datetime="2009-04-22">Wed 22 Apr 2009</time></span> '
        '<span class="tl-unsure">date uncertain</span> · A &lt;guess&gt; of the 22nd')
    # a date its heading does not say whole stays in sight: a time of the day, a span from it
    assert heading("2009-04-21t14-00-at-two") == (
        '<time datetime="2009-04-21T14:00">Tue 21 Apr 2009, 14:00</time> · At two')
    assert heading("2009-04-21-three-days").startswith('<time datetime="2009-04-21" data-end="2009-04-23">')
    # a short month has no day headings: its events keep their dates in sight
    assert '<time datetime="2009-05-01">Fri 1 May 2009</time> · May one' in make_site(SHORT).build().html("timeline/")


def test_an_event_on_a_months_page_does_not_repeat_its_days_heading(make_site):
    site = make_site([*LONG, {"date": "2010-01-01", "title": "Next year"}], plugin={"per_year_over": 0, "per_month_over": 1}).build()
    html = site.html("timeline/2009-04/")
    assert '<h3 class="tl-event" id="2009-04-21-event-0"><span class="tl-hidden"><time datetime="2009-04-21">' in html
