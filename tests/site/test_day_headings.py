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
