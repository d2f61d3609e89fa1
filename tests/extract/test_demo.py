"""The demo articles, with no metadata at all: what the issue says must come out of them."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import yaml

from timeline.loader import load_events as load_checked

A000 = "seeds/000_207661d1272d65b9.txt"
A003 = "seeds/003_659bc2890c4af82c.txt"

# (words of the quote, the date the articles mean, the files that tell it)
EXPECTED = [
    ("waves from his train before it departs from Pyongyang", "2019-01-07", {A000, A003}),
    ("wave aboard a train to Beijing on Monday", "2019-01-07", {A000, A003}),
    ("armored train pulled into Beijing Railway Station on Tuesday", "2019-01-08", {A003}),
    ("a little after 2 p.m. Wednesday", "2019-01-09", {A003}),
    ("state media reported Thursday", "2019-01-10", {A000}),
    ("Prime Minister Lee Nak-yon said", "2019-01-10", {A003}),
    ("landmark June summit in Singapore", "2018-06", {A000}),
    ("abrupt cancellation in November", "2018-11", {A003}),
    ("In a New Year speech", "2019-01-01", {A000, A003}),
]
DEBRIS = [
    "Kim Jong Un Leaves Beijing after Brief Visit",
    "Reportedly Leaves Beijing by Personal Train",
    "Related Articles",
    "Related news",
    "an error occurred while processing the directive",
    "Asian shares rally on hopes for China-US trade breakthrough",
    "Our Kim Hyo-sun takes a closer look",
]
NOT_EVENTS = ["dates back more than three centuries", "which lasted four hours"]


def _event_with(events: list[dict], words: str) -> dict:
    found = [e for e in events if any(words in s["quote"] for s in e["sources"])]
    assert len(found) == 1, f"{words!r}: {len(found)} events"
    return found[0]


def _value(date: object) -> str:
    return date.isoformat() if isinstance(date, dt.date) else str(date)


def test_every_dated_event_sits_on_the_day_month_or_year_the_articles_mean(demo, extract, read_events, files_of):
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(demo / "events")
    for words, value, files in EXPECTED:
        event = _event_with(events, words)
        assert _value(event["date"]).startswith(value), (words, event["date"])
        assert {s["file"] for s in event["sources"]} == files, words
        assert 0 < event["confidence"] <= 1 and event["reason"]


def test_the_departure_reported_by_both_articles_is_one_event_with_both_sources(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    events = read_events(demo / "events")
    departure = _event_with(events, "departs from Pyongyang")
    assert len(departure["sources"]) == 2
    monday = [s for s in departure["sources"] if s["file"] == A003][0]
    assert monday["date_text"].endswith("Monday")
    text = (demo / A003).read_text("utf-8")
    start, end = monday["span"]
    assert text[start:end] == monday["quote"]


def test_the_undated_article_borrows_its_story_date_and_says_why(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    events = read_events(demo / "events")
    source = [s for s in _event_with(events, "on Tuesday")["sources"] if s["file"] == A003][0]
    assert source["published"] == dt.date(2019, 1, 10)
    assert source["published_source"] == "inferred"
    assert A000 in source["published_reason"] and "Kim" in source["published_reason"]
    own = [s for s in _event_with(events, "state media reported Thursday")["sources"]][0]
    assert own["published"] == dt.date(2019, 1, 10) and own["published_source"] == "inferred"
    assert "Tuesday" in _event_with(events, "on Tuesday")["reason"]
    assert "Thursday 10 January 2019" in _event_with(events, "on Tuesday")["reason"]


def test_no_debris_and_no_background_becomes_an_event(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    text = "".join(p.read_text("utf-8") for p in (demo / "events").glob("*.yaml"))
    body = text.split("events:", 1)[1]
    for words in DEBRIS:
        quotes = [s["quote"] for e in read_events(demo / "events") for s in e["sources"]]
        assert not any(words in q for q in quotes), words
        assert not any(words in e["title"] for e in read_events(demo / "events")), words
    for words in NOT_EVENTS:
        assert words not in body, words


def test_the_output_loads_cleanly_with_the_loader(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    events = load_checked([demo / "events"])
    assert len(events) >= len(EXPECTED) - 1
    first_line = next((demo / "events").glob("*.yaml")).read_text("utf-8").splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=")
    assert first_line == "# yaml-language-server: $schema=events.schema.json"
    shipped = resources.files("timeline.schema").joinpath("events.schema.json").read_text("utf-8")
    assert (demo / "events" / "events.schema.json").read_text("utf-8") == shipped


def test_a_second_run_changes_no_byte(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    before = files_of(demo / "events")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0
    assert "0 added, 0 updated" in result.output and "wrote nothing" in result.output
    assert files_of(demo / "events") == before


def test_a_reviewed_event_survives_re_extraction_untouched(demo, extract, read_events, files_of):
    extract("seeds", "--out", "events")
    path = next((demo / "events").glob("*.yaml"))
    document = yaml.safe_load(path.read_text("utf-8"))
    event = _event_with(document["events"], "on Tuesday")
    event.update(status="reviewed", title="Kim's train arrives in Beijing", date="Jan. 8, 2019", note="checked")
    event["sources"] = event["sources"][:1]
    rejected = _event_with(document["events"], "cancellation in November")
    rejected["status"] = "rejected"
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    edited = yaml.safe_load(path.read_text("utf-8"))

    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0
    after = yaml.safe_load(path.read_text("utf-8"))
    assert after == edited
    assert len([e for e in after["events"] if "cancellation in November" in e["summary"]]) == 1


def test_jobs_give_the_same_bytes(demo, extract, read_events, files_of):
    extract("seeds", "--out", "one", "--jobs", "1")
    extract("seeds", "--out", "two", "--jobs", "2")
    assert files_of(demo / "one") == files_of(demo / "two")


def test_dry_run_writes_nothing(demo, extract, read_events, files_of):
    result = extract("seeds", "--out", "events", "--dry-run")
    assert result.exit_code == 0 and "would write" in result.output
    assert not (demo / "events").exists() or not list((demo / "events").iterdir())


def test_a_day_the_calendar_has_not_dates_the_event_by_its_month(tmp_path, seed, extract, read_events):
    seed("---\npublished: 2019-03-01\n---\nOfficials said the plant closed on Feb. 30, 2019, after a fire.\n")
    result = extract("seeds", "-o", "events")
    assert result.exit_code == 0, result.output
    (event,) = read_events(tmp_path / "events")
    assert str(event["date"]) == "2019-02" and event["confidence"] < 0.5
    assert "no day of the calendar" in event["reason"]
