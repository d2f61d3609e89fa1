"""A clock time reads as the article gave it, alike on the site and in every export: its zone by
the name the article wrote ("14:00 BST"), and midnight (the engine's T24:00) as 24:00 of its day
said in words, while <time datetime> and the calendar keep the exact moment."""

import json

from timeline.export import ExportContext, formats
from timeline.loader import load_events

ZONED = {"date": "2009-04-21T14:00+01:00", "title": "Flights resume",
         "sources": [{"file": "seeds/a.txt", "quote": "Flights resumed at 2pm BST.", "date_text": "2pm BST"}]}
MIDNIGHT = {"date": "2026-03-04T24:00-05:00", "title": "Curfew starts",
            "sources": [{"file": "seeds/a.txt", "quote": "The curfew starts at midnight EST.", "date_text": "midnight EST"}]}


def test_the_site_names_the_zone_as_the_article_wrote_it(make_site, no_engine):
    html = make_site([ZONED, MIDNIGHT]).build().html("timeline/")
    assert '<time datetime="2009-04-21T14:00+01:00">Tue 21 Apr 2009, 14:00 BST</time>' in html
    assert '<time datetime="2026-03-05T00:00-05:00">Wed 4 Mar 2026, 24:00 EST (midnight)</time>' in html
    assert "UTC+01:00" not in html and "UTC-05:00" not in html


def test_an_offset_a_person_retyped_is_shown_as_an_offset(make_site, no_engine):
    retyped = {**ZONED, "date": "2009-04-21T14:00+02:00"}  # no longer what "BST" means
    html = make_site([retyped]).build().html("timeline/")
    assert '<time datetime="2009-04-21T14:00+02:00">Tue 21 Apr 2009, 14:00 UTC+02:00</time>' in html


def test_midnight_without_a_zone_reads_as_the_end_of_its_day(make_site, no_engine):
    html = make_site([{"date": "2026-03-04T24:00", "title": "Sky turns orange"}]).build().html("timeline/")
    assert '<time datetime="2026-03-05T00:00">Wed 4 Mar 2026, 24:00 (midnight)</time>' in html


def test_a_part_of_the_day_is_said_while_its_datetime_stays_the_day(make_site, no_engine):
    # Two sources on "Tuesday evening" and "Tuesday night" both read "Tue 28 Apr 2009": the site
    # showed them agreeing. HTML has no part of the day, so <time datetime> keeps the day alone.
    html = make_site([{"date": "2009-04-28TEV", "title": "Flights land"},
                      {"date": "2009-04-28TNI", "title": "Patients isolated"}]).build().html("timeline/")
    assert '<time datetime="2009-04-28">Tue 28 Apr 2009, evening</time>' in html
    assert '<time datetime="2009-04-28">Tue 28 Apr 2009, night</time>' in html


def test_every_export_reads_the_clock_as_the_site_does(write):
    import yaml

    events = load_events([write("events/e.yaml", yaml.safe_dump([ZONED, MIDNIGHT]))])
    context = ExportContext(title="T")
    labels = {e["title"]: e["label"] for e in json.loads(formats()["json"].write(events, context))["events"]}
    assert labels == {"Flights resume": "Tue 21 Apr 2009, 14:00 BST", "Curfew starts": "Wed 4 Mar 2026, 24:00 EST (midnight)"}
    slides = json.loads(formats()["timelinejs"].write(events, context))["events"]
    assert [s["start_date"]["display_date"] for s in slides] == list(labels.values())
    feed = formats()["atom"].write(events, context)
    assert "<title>Tue 21 Apr 2009, 14:00 BST: Flights resume</title>" in feed
    assert "<title>Wed 4 Mar 2026, 24:00 EST (midnight): Curfew starts</title>" in feed
    calendar = formats()["ics"].write(events, context).replace("\r\n ", "")
    assert "DTSTART:20090421T130000Z\r\n" in calendar and "DTSTART:20260305T050000Z\r\n" in calendar
    assert "DESCRIPTION:Date: Tue 21 Apr 2009\\, 14:00 BST\\nSource: seeds/a.txt\r\n" in calendar
    assert "DESCRIPTION:Date: Wed 4 Mar 2026\\, 24:00 EST (midnight)\\nSource: seeds/a.txt\r\n" in calendar
