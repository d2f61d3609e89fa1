"""The day a thing was set for is no date of a sentence that says it did not take place then ("The
summit, scheduled for Tuesday, was cancelled"): an event there would say the summit was held. A date
of the decision ("On March 4, ...") dates the sentence as usual; with none, the sentence is no event
and `timeline extract` says it skipped it and why. The rules are data (cancelled_day in
timeline/extract/data/events.yaml)."""

import pytest


@pytest.mark.parametrize("sentence, date", [
    ("On March 4, the match scheduled for March 9 was called off.", "2024-03-04"),
    ("Officials on Tuesday cancelled the summit scheduled for March 12.", "2024-03-05"),
    ("The vote, set for March 9, was postponed to March 11.", "2024-03-11"),  # moved: where it went
    # Not called off: the day it was set for is its day.
    ("The summit scheduled for March 9 will go ahead, but the dinner was cancelled.", "2024-03-09"),
    ("The fair was due to start on March 9 and opened on time.", "2024-03-09"),
    ("The flight due on March 9 was delayed by two hours.", "2024-03-09"),  # late, but on its day
])
def test_a_called_off_event_is_dated_by_the_decision(extract_march_6, sentence, date):
    assert str(extract_march_6(sentence)["date"]) == date


@pytest.mark.parametrize("sentence, when", [
    ("The summit, scheduled for Tuesday, was cancelled.", "Tuesday"),
    ("Tuesday's talks were postponed.", "Tuesday"),
    ("The vote, due on March 9, was postponed indefinitely.", "March 9"),
    ("The action film Wolverine was supposed to open last week but the premiere was canceled.", "last week"),
    # a plan in the past perfect changed: the school stayed shut (the Guardian story gave an event on 31 May)
    ("The school is closed for half-term and had been due to reopen on Sunday.", "Sunday"),
])
def test_a_called_off_event_without_a_decision_day_is_skipped_and_said(skipped_march_6, sentence, when):
    assert f"note: seeds/a.txt: skipped {sentence!r}: {when!r} is when it was to take place, and it did not" in skipped_march_6(sentence)


def test_a_skipped_sentence_is_said_in_full_once_then_in_one_line_until_its_article_changes(seed, extract):
    # The journalist walk: the same three "skipped ..." notes on every run hid what was new.
    sentence = "The summit, scheduled for Tuesday, was cancelled."
    full = f"note: seeds/a.txt: skipped {sentence!r}: 'Tuesday' is when it was to take place"
    article = seed(f"---\npublished: 2024-03-06\n---\nNews of the day\n\nThe minister resigned on Monday.\n\n{sentence}\n")
    assert full in extract("seeds", "--out", "events").output
    again = extract("seeds", "--out", "events")
    assert full not in again.output
    assert ("note: seeds/a.txt: 1 sentence skipped, as on earlier runs (timeline extract --verbose says which and "
            "why)") in again.output
    assert full in extract("seeds", "--out", "events", "--verbose").output
    article.write_text(article.read_text("utf-8").replace("News of the day", "News of the day, updated"), "utf-8")
    assert full in extract("seeds", "--out", "events").output
