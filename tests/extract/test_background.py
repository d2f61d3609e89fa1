"""An event that ended long before its story began (1918's pandemic in a 2009 flu story) is
background: it stays on the timeline, tagged so, and its reason says why. The tag and the threshold
are data (`background` in timeline/extract/data/events.yaml), whose examples run here."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from timeline.extract import background, rules
from timeline.period import parse_value

EXAMPLES = rules.data("events")["background"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"{e[0]}-in-{e[1]}-{len(e)}" for e in EXAMPLES])
def test_the_data_examples(example):
    value, began, expected, *story = example
    first = dt.date.fromisoformat(began)
    event = parse_value(value)
    reach = background.story_reach(first, [event, *(parse_value(v) for v in (story[0] if story else []))])
    assert background.is_background(event, first, reach) is expected


def test_a_story_without_a_dated_article_has_no_background():
    assert background.story_began([None, None]) is None
    assert not background.is_background(parse_value("1918"), None)


def test_a_story_most_of_whose_many_events_are_long_before_it_is_a_history():
    began = dt.date(2021, 3, 14)
    old, new = parse_value("1450"), parse_value("2021-03-10")
    assert background.is_history([old] * 5 + [new] * 4, began)
    assert not background.is_history([old] * 5 + [new] * 5, began)  # half is not most
    assert not background.is_history([old] * 2 + [new], began)  # a news story recalling two outbreaks
    assert background.is_history([old] * 3, began)  # an abbey's three dates, none of them today's
    assert not background.is_history([old] * 5, None)


def test_the_story_begins_with_its_earliest_article():
    assert background.story_began([dt.date(2010, 5, 1), None, dt.date(2009, 4, 24)]) == dt.date(2009, 4, 24)


def _article(seed, name, published, *sentences):
    seed(f"---\npublished: {published}\n---\nSwine flu spreads\n\n" + " ".join(sentences) + "\n", name)


def test_extract_tags_the_events_of_long_before_the_story(tmp_path, seed, extract, read_events):
    _article(seed, "a.txt", "2009-04-27",
             "Mexico closed its schools on Friday after swine flu killed dozens of people.",
             "In 1918, a flu pandemic killed tens of millions of people across the world.",
             "Barack Obama won last year's presidential election on a message of hope.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = {str(e["date"]): e for e in read_events(tmp_path / "events")}
    assert events["1918"]["tags"] == ["background"]
    assert "background: long before the story's first article (2009-04-27)" in events["1918"]["reason"]
    # The story's own days, and last year (months before it, not long before), are no background.
    assert "tags" not in events["2009-04-24"]
    assert "tags" not in events["2008"]


def test_an_event_a_person_redated_into_the_story_loses_the_tools_background_tag(tmp_path, seed, extract,
                                                                                 read_events):
    # "entered the river through a storm drain that the operator had been ordered to seal in 2024": the
    # tool dated it 2024 and tagged it background; re-dated by hand to the story's day, it kept the tag
    # and "long before the story's first article" on the timeline.
    _article(seed, "a.txt", "2026-10-09",
             "Samples taken on 6 October 2026 showed toluene in the river.",
             "Run-off entered the river through a storm drain that the operator had been ordered to seal in 2024.")
    assert extract("seeds", "--out", "events").exit_code == 0
    (path,) = (tmp_path / "events").glob("*.yaml")
    text = path.read_text(encoding="utf-8")
    assert text.count("    tags: [background]\n") == 1
    path.write_text(text.replace("    date: 2024\n", "    date: 2026-10-05\n"), encoding="utf-8")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "no longer tagged background: its date, 2026-10-05, a person's, is within its story" in result.output
    (runoff,) = [e for e in read_events(tmp_path / "events") if "storm drain" in e["summary"]]
    assert str(runoff["date"]) == "2026-10-05" and "tags" not in runoff
    # the tool's reading, which the site shows beside it, without "long before the story's first article"
    assert runoff["reason"].startswith("'2024' names its date outright") and "background" not in runoff["reason"]
    # re-dated long before the story again, it is background again, as the tool's own 2024 was
    path.write_text(path.read_text(encoding="utf-8").replace("    date: 2026-10-05\n", "    date: 2023\n"), encoding="utf-8")
    result = extract("seeds", "--out", "events")
    assert "tagged background, as its reason now says why" in result.output
    (runoff,) = [e for e in read_events(tmp_path / "events") if "storm drain" in e["summary"]]
    assert runoff["tags"] == ["background"] and str(runoff["date"]) == "2023"


def test_a_look_back_in_a_later_article_is_still_the_story(tmp_path, seed, extract, read_events):
    """A year on, a recap recalls the outbreak's first days: the story began then, so they are its own."""
    _article(seed, "a.txt", "2009-04-27", "Mexico closed its schools on Friday after swine flu killed dozens of people.")
    # (a recap telling the same happening, "In April 2009, swine flu killed dozens of people in Mexico
    # and schools were closed", is now one event with the first article's: the finer date is kept)
    _article(seed, "b.txt", "2010-08-10", "In April 2009, the first cases were found in a village in Veracruz.",
             "The swine flu pandemic in Mexico is now over, the WHO said on Tuesday.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(tmp_path / "events")
    assert {str(e["date"]) for e in events} >= {"2009-04", "2009-04-24"}
    assert not any(e.get("tags") for e in events)


def test_a_span_is_background_by_the_day_it_ended_not_the_day_it_began(tmp_path, seed, extract, read_events):
    """The reason said the war of 1939 to 1945 'was over by 1939-12-31' (it no longer names the day:
    the event's own date, 1939–1945, shows it)."""
    _article(seed, "a.txt", "2009-04-27",
             "Mexico closed its schools on Friday after swine flu killed dozens of people.",
             "From 1939 to 1945 the city's hospitals treated the wounded of the war.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    war = {str(e["date"]): e for e in read_events(tmp_path / "events")}["1939"]
    assert war["tags"] == ["background"] and "background: long before" in war["reason"], war
    assert str(war["end"]) == "1945"


def test_a_history_of_a_town_tags_nothing_background(tmp_path, seed, extract, read_events):
    _article(seed, "a.txt", "2021-03-14",
             "The fort was built in 1066.", "The market charter was granted in 1190.", "The abbey burned in 1312.",
             "The plague reached the town in 1349.", "The bridge was rebuilt in 1420.",
             "The museum reopened on Friday after a year of repairs.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(tmp_path / "events")
    assert len(events) == 6 and not any(e.get("tags") for e in events), events


BUDGET = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "budget"


def test_a_dispute_told_at_its_end_is_its_own_story_back_to_its_start(tmp_path, monkeypatch, extract, read_events):
    """tests/fixtures/articles/budget: four articles of March 2024 recount a dispute from November
    2022. Its first three events were tagged background, being over more than a year before the
    articles; they reach the story by its events, none more than six months from the next. 1979 and
    1991 are cut off by decades: background. A file written by the rule of one year alone loses the
    tool's tags, and says so; a tag a person removed stays removed."""
    shutil.copytree(BUDGET, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    tagged = lambda: sorted(str(e["date"]) for e in read_events(tmp_path / "events") if e.get("tags"))
    # No gap reaches back: the rule as it was, of one year before the first article.
    monkeypatch.setitem(rules.data("events")["background"], "story_gap_days", 0)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert tagged() == ["1979", "1991", "2022-11", "2023-01-09", "2023-02"]
    (path,) = (tmp_path / "events").glob("*.yaml")
    text = path.read_text("utf-8")
    first = text.index("    tags: [background]\n", text.index("  - id: 1979-"))  # a person untags 1979
    path.write_text(text[:first] + text[first:].replace("    tags: [background]\n", "", 1), encoding="utf-8")
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    again = extract("seeds", "--out", "events")
    assert again.exit_code == 0, again.output
    assert again.output.count("no longer tagged background: its story now reaches it") == 3
    assert tagged() == ["1991"]
