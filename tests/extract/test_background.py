"""An event that ended long before its story began (1918's pandemic in a 2009 flu story) is
background: it stays on the timeline, tagged so, and its reason says why. The tag and the threshold
are data (`background` in timeline/extract/data/events.yaml), whose examples run here."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract import background, rules
from timeline.period import parse_value

EXAMPLES = rules.data("events")["background"]["examples"]


@pytest.mark.parametrize(("value", "began", "expected"), EXAMPLES)
def test_the_data_examples(value, began, expected):
    assert background.is_background(parse_value(value), dt.date.fromisoformat(began)) is expected


def test_a_story_without_a_dated_article_has_no_background():
    assert background.story_began([None, None]) is None
    assert not background.is_background(parse_value("1918"), None)


def test_the_story_begins_with_its_earliest_article():
    assert background.story_began([dt.date(2010, 5, 1), None, dt.date(2009, 4, 24)]) == dt.date(2009, 4, 24)


def _article(folder, name, published, *sentences):
    (folder / "seeds").mkdir(exist_ok=True)
    (folder / "seeds" / name).write_text(f"---\npublished: {published}\n---\nSwine flu spreads\n\n" + " ".join(sentences) + "\n",
                                         encoding="utf-8")


def test_extract_tags_the_events_of_long_before_the_story(tmp_path, monkeypatch, extract, read_events):
    monkeypatch.chdir(tmp_path)
    _article(tmp_path, "a.txt", "2009-04-27",
             "Mexico closed its schools on Friday after swine flu killed dozens of people.",
             "In 1918, a flu pandemic killed tens of millions of people across the world.",
             "Barack Obama won last year's presidential election on a message of hope.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = {str(e["date"]): e for e in read_events(tmp_path / "events")}
    assert events["1918"]["tags"] == ["background"]
    assert "background: it was over by 1918-12-31, long before the story's first article (2009-04-27)" in events["1918"]["reason"]
    # The story's own days, and last year (months before it, not long before), are no background.
    assert "tags" not in events["2009-04-24"]
    assert "tags" not in events["2008"]


def test_a_look_back_in_a_later_article_is_still_the_story(tmp_path, monkeypatch, extract, read_events):
    """A year on, a recap recalls the outbreak's first days: the story began then, so they are its own."""
    monkeypatch.chdir(tmp_path)
    _article(tmp_path, "a.txt", "2009-04-27", "Mexico closed its schools on Friday after swine flu killed dozens of people.")
    _article(tmp_path, "b.txt", "2010-08-10", "In April 2009, swine flu killed dozens of people in Mexico and schools were closed.",
             "The swine flu pandemic in Mexico is now over, the WHO said on Tuesday.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(tmp_path / "events")
    assert {str(e["date"]) for e in events} >= {"2009-04", "2009-04-24"}
    assert not any(e.get("tags") for e in events)
