"""Exports of a history timeline: years before 1000 and centuries, as a researcher's page holds them."""

import json
import re

from timeline.export import ExportContext, formats
from timeline.loader import load_events

HISTORY_YAML = """\
- date: '0079'
  title: The fort was rebuilt in stone
- date: '08'
  title: A wooden church stood on the site
- date: 1847-10-12
  title: The railway reached the town
"""


def test_every_calendar_and_feed_time_of_an_early_year_has_its_four_digits(write):
    """strftime's %Y writes the year 79 as '79' on glibc: the calendar's DTSTAMP was '791231T000000Z'
    and the feed's <updated> '79-12-31T00:00:00Z', which no calendar or feed reader accepts."""
    events = load_events([write("events/e.yaml", HISTORY_YAML)])
    ics = formats()["ics"].write(events, ExportContext())
    stamps = re.findall(r"^DTSTAMP:(.*)\r$", ics, re.M)
    assert stamps and all(re.fullmatch(r"\d{8}T\d{6}Z", s) for s in stamps), stamps
    assert "DTSTAMP:00791231T000000Z" in ics
    atom = formats()["atom"].write(events, ExportContext(title="T"))
    updated = re.findall(r"<updated>(.*)</updated>", atom)
    assert updated and all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", u) for u in updated), updated
    assert "<updated>0079-12-31T00:00:00Z</updated>" in atom


def test_events_json_says_the_part_of_a_period_and_every_format_labels_it(write):
    events = load_events([write("events/e.yaml", "- {date: the late 19th century, title: Mills}\n")])
    record = json.loads(formats()["json"].write(events, ExportContext()))["events"][0]
    assert (record["date"], record["part"], record["label"]) == ("18", "late", "late 19th century")
    assert "late 19th century" in formats()["timelinejs"].write(events, ExportContext())
    assert "Date: late 19th century (known to the century)" in formats()["ics"].write(events, ExportContext())
