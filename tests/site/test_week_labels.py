"""A week, or its weekend, reads as its days (Monday to Sunday, as ISO weeks run), alike on the site
and in every export: a reader does not count ISO weeks, and "Week 18 of 2009" told none of them which
days. <time datetime> and the exports' machine fields keep the ISO week ("2009-W18")."""

import json

import yaml

from timeline.export import ExportContext, formats
from timeline.loader import load_events

WEEK = {"date": "2009-W18", "title": "Schools close"}
WEEKEND = {"date": "2009-W17-WE", "title": "Clinic visited"}


def test_the_site_shows_a_week_by_its_days(make_site, no_engine):
    html = make_site([WEEK, WEEKEND]).build().html("timeline/")
    assert '<time datetime="2009-W18">Week of 27 Apr – 3 May 2009</time>' in html
    assert '<time datetime="2009-W17">Weekend of 25–26 Apr 2009</time>' in html
    assert "Week 18" not in html and "of week 17" not in html


def test_every_export_shows_a_week_by_its_days_and_keeps_its_value(write):
    events = load_events([write("events/e.yaml", yaml.safe_dump([WEEK, WEEKEND]))])
    context = ExportContext(title="T")
    written = {e["title"]: (e["date"], e["label"]) for e in json.loads(formats()["json"].write(events, context))["events"]}
    assert written == {"Schools close": ("2009-W18", "Week of 27 Apr – 3 May 2009"),
                       "Clinic visited": ("2009-W17-WE", "Weekend of 25–26 Apr 2009")}
    slides = json.loads(formats()["timelinejs"].write(events, context))["events"]
    assert [s["start_date"]["display_date"] for s in slides] == ["Weekend of 25–26 Apr 2009", "Week of 27 Apr – 3 May 2009"]
    feed = formats()["atom"].write(events, context)
    assert "<title>Week of 27 Apr – 3 May 2009: Schools close</title>" in feed
    calendar = formats()["ics"].write(events, context).replace("\r\n ", "")
    assert "Date: Week of 27 Apr – 3 May 2009" in calendar and "Date: Weekend of 25–26 Apr 2009" in calendar
    assert "2009-W18,,2009-04-27,2009-05-03,week,Week of 27 Apr – 3 May 2009,Schools close" in formats()["csv"].write(events, context)
