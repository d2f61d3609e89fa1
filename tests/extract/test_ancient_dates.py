"""History told in an article: a date before Christ dates its event as any other date does, written in
the event file as people write it; a year before 1000 keeps its four digits; neither is ever written
as another date."""

from __future__ import annotations

import pytest
import yaml

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


def test_dates_before_christ_are_events_in_date_order_and_early_years_keep_their_digits(
        tmp_path, monkeypatch, extract, read_events):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "pompeii.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = extract("articles", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "skipped" not in result.output and "5 added" in result.output
    events = read_events(tmp_path / "events")
    # era markers are not names: the story's file is named after its people and places
    names = sorted(p.name for p in (tmp_path / "events").glob("*.yaml"))
    assert names and not any(part in ("bc", "ad") for n in names for part in n.split("-")), names
    # in date order, 80 BC first; a date before Christ as people write it, which reads back as itself;
    # 'AD 62' is the year 62, not the number 62 (which reads back as the 62nd century)
    assert [(e["id"], str(e["date"])) for e in events] == [
        ("bc0080-the-romans-took-the-town", "80 BC"), ("bc0044-03-15-julius-caesar-was-assassinated", "15 March 44 BC"),
        ("0062-an-earthquake-damaged-the-town", "0062"), ("0079-08-24-vesuvius-erupted-burying-the-town", "0079-08-24"),
        ("1748-excavations-began-in-1748", "1748")]
    loaded = [(e.date.value, e.date.precision, e.date.first.year) for e in load_events([tmp_path / "events"])]
    assert loaded == [("BC0080", "year", -79), ("BC0044-03-15", "day", -43), ("0062", "year", 62), ("0079-08-24", "day", 79),
                      ("1748", "year", 1748)]
    ics = formats()["ics"].write(load_events([tmp_path / "events"]), ExportContext())
    assert "DTSTART;VALUE=DATE:00620101" in ics and "DTSTART;VALUE=DATE:00790824" in ics


@pytest.mark.parametrize("sentence, date, end, approximate, part", [
    ("Julius Caesar was assassinated on 15 March 44 BC.", "15 March 44 BC", None, False, None),
    ("Caesar crossed the Rubicon in January 49 BC.", "January 49 BC", None, False, None),
    ("The temple of Saturn was dedicated in 497 BC.", "497 BC", None, False, None),
    ("Alexander died in Babylon in 323 BCE.", "323 BC", None, False, None),
    ("The city walls were built c. 300 BC.", "300 BC", None, True, None),
    ("Democracy flourished in Athens in the 5th century BC.", "5th century BC", None, False, None),
    ("The hill fort was abandoned in the late 3rd century BC.", "3rd century BC", None, False, "late"),
    ("Kings ruled Rome from 753 BC to 509 BC.", "753 BC", "509 BC", False, None),
    ("Augustus ruled the empire from 27 BC to AD 14.", "27 BC", "0014", False, None),
])
def test_a_sentence_dated_before_christ_is_an_event_of_that_date(extract_sentence, sentence, date, end, approximate, part):
    event = extract_sentence(sentence, "2019-01-10", "Ancient history")
    assert (str(event["date"]), event.get("end"), event.get("approximate", False), event.get("part")) == (date, end, approximate, part)
    assert event["sources"][0]["quote"] == sentence


def test_a_day_before_christ_that_no_calendar_has_is_skipped_with_what_to_do(skipped_march_6):
    output = skipped_march_6("Brutus fled Rome on 30 February 44 BC.")
    assert "'30 February 44 BC' is BC0044-02-30, a date before Christ that no event file can hold" in output
    assert "add the event by hand" in output


@pytest.mark.parametrize("told, counted", [
    ("Caesar was killed in 44 BC. Two years later, his heir defeated the assassins.", "Two years later"),
    # a date of our era told before the one before Christ is no date to count from either
    ("The museum opened in 2015. Cicero was killed on 7 December 43 BC. The following year Brutus was defeated "
     "at Philippi.", "The following year"),
    ("The pavilion was rebuilt in 2012. Caesar was stabbed in 44 BC. Brutus left Rome that spring.", "that spring"),
])
def test_a_date_counted_from_one_before_christ_waits_for_a_person_never_the_articles_date(
        told, counted, tmp_path, seed, extract):
    """The engine counts no days from a date before Christ: "two years later" gives no event, never one
    counted from the article's date or from a year of ours told before (2016 for "The following year" was
    written at 0.94): the sentence waits under undated: with why, and the run says to date it by hand,
    not to give the article a date."""
    seed(f"---\ndate: 2019-01-10\n---\nRome\n\n{told}\n")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "events").glob("*.yaml")
    document = yaml.safe_load(path.read_text("utf-8"))
    assert all(str(e["date"]).endswith(" BC") or str(e["date"]) in ("2012", "2015") for e in document["events"])
    (waiting,) = document["undated"]
    assert waiting["sources"][0]["date_text"] == counted
    assert "a date before Christ, which no date is counted from: date it by hand" in waiting["reason"]
    assert 'need you: date each under "undated:" in events/' in result.output
    assert "published: YYYY-MM-DD" not in result.output


def test_a_story_recalling_a_date_before_christ_tags_it_background_and_a_rerun_keeps_a_persons_edit(
        tmp_path, seed, extract, read_events, files_of):
    seed("---\npublished: 2019-03-15\n---\nThe Ides of March\n\nRomans gathered at the Largo di Torre Argentina on "
         "Friday. Julius Caesar was assassinated there on 15 March 44 BC.\n")
    assert extract("seeds", "--out", "events").exit_code == 0
    caesar = next(e for e in read_events(tmp_path / "events") if e["id"].startswith("bc0044"))
    assert caesar["tags"] == ["background"]
    assert "background: long before the story's first article (2019-03-15)" in caesar["reason"]
    (path,) = (tmp_path / "events").glob("*.yaml")
    edited = path.read_text("utf-8").replace("date: 15 March 44 BC", "date: March 44 BC").replace(
        "title: Julius Caesar was assassinated", "title: Caesar killed on the Ides").replace(
        "background: long", "background: it was over by -0043-03-15, long")  # as files were written before: still the tool's words
    assert "over by -0043-03-15" in edited
    path.write_text(edited, "utf-8")
    before = files_of(tmp_path / "events")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0 and "0 added" in result.output, result.output
    assert files_of(tmp_path / "events") == before  # the person's date and title stand, byte for byte
