"""History told in an article: a date before Christ is skipped with its reason, a year before 1000
keeps its four digits, and neither is ever written as another date."""

from __future__ import annotations

from timeline.export import ExportContext, formats
from timeline.loader import load_events

ARTICLE = """---
title: A short history of Pompeii
date: 2019-01-10
---
The Romans took the town in 80 BC. Julius Caesar was assassinated on 15 March 44 BC.
An earthquake damaged the town in AD 62. Vesuvius erupted on 24 August AD 79, burying the town.
Excavations began in 1748.
"""


def test_dates_before_christ_are_skipped_with_a_reason_and_early_years_keep_their_digits(
        tmp_path, monkeypatch, extract, read_events):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "pompeii.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = extract("articles", "--out", "events")
    assert result.exit_code == 0, result.output
    # no event for the BC sentences, and the output says why
    assert "skipped 'The Romans took the town in 80 BC.': '80 BC' is BC0080, a date before Christ" in result.output
    assert "'15 March 44 BC' is BC0044-03-15" in result.output
    events = read_events(tmp_path / "events")
    # era markers are not names: the story's file is named after its people and places
    names = sorted(p.name for p in (tmp_path / "events").glob("*.yaml"))
    assert names and not any(part in ("bc", "ad") for n in names for part in n.split("-")), names
    assert not any("BC" in e["summary"] for e in events)
    # 'AD 62' is the year 62, not the number 62 (which reads back as the 62nd century)
    dates = {e["summary"].split()[1]: str(e["date"]) for e in events}
    assert dates == {"earthquake": "0062", "erupted": "0079-08-24", "began": "1748"}
    loaded = {e.date.value: (e.date.precision, e.date.first.year) for e in load_events([tmp_path / "events"])}
    assert loaded == {"0062": ("year", 62), "0079-08-24": ("day", 79), "1748": ("year", 1748)}
    ics = formats()["ics"].write(load_events([tmp_path / "events"]), ExportContext())
    assert "DTSTART;VALUE=DATE:00620101" in ics and "DTSTART;VALUE=DATE:00790824" in ics

