"""A sentence that moves an event from one day to another ("The vote, set for March 9, was postponed
to March 11") puts it on the day it moved to: that is when the event now happens, and the day it left
is the one day it is sure not to happen. A date that says when the move was made ("On Tuesday, ...")
still dates the sentence as usual: the decision is the news that day. The rules are data
(moved_from_first, moved_to_first and moved_until in timeline/extract/data/events.yaml)."""

import pytest


@pytest.mark.parametrize("sentence, date", [
    ("The vote was postponed from March 9 to March 11.", "2024-03-11"),
    ("The vote, set for March 9, was postponed to March 11.", "2024-03-11"),
    ("The vote, originally scheduled for March 9, has been delayed until March 11.", "2024-03-11"),
    ("The summit was brought forward from March 11 to March 9.", "2024-03-09"),
    ("The vote was moved to March 11 from March 9.", "2024-03-11"),
    ("The hearing, due on March 9, was pushed back to March 14, the court said.", "2024-03-14"),
    ("The metro station, first due to open in 2025, is now expected in 2027.", "2027"),
    # "Until" the day a thing was put off to is its new day, not a limit in the background.
    ("The vote has been delayed until March 11.", "2024-03-11"),
    # When the sentence says when the move was made, that is the day of the news.
    ("On Tuesday, the vote was postponed from March 9 to March 11.", "2024-03-05"),
])
def test_a_moved_event_goes_on_the_day_it_moved_to(extract_march_6, sentence, date):
    event = extract_march_6(sentence)
    assert str(event["date"]) == date
    assert "end" not in event


@pytest.mark.parametrize("sentence, title", [
    ("The vote was postponed from March 9 to March 11.", "The vote was postponed from March 9 to March 11"),
    ("The vote was moved to March 11 from March 9.", "The vote was moved to March 11 from March 9"),
    # The day it was set for is an aside whose "set" is no verb of the title.
    ("The vote, set for March 9, was postponed to March 11.", "The vote was postponed to March 11"),
    ("The hearing, due on March 9, was pushed back to March 14, the court said.", "The hearing was pushed back to March 14"),
    ("The metro station, first due to open in 2025, is now expected in 2027.",
     "The metro station, first due to open in 2025, is now expected in 2027"),
])
def test_the_title_says_where_the_event_went(extract_march_6, sentence, title):
    event = extract_march_6(sentence)
    assert event["title"] == title
    assert event["sources"][0]["date_text"] in title


@pytest.mark.parametrize("sentence, date", [
    ("The vote was postponed from March 9.", "2024-03-09"),           # no day to move to: the only date
    ("Divers searched the wreck from March 9 to March 11.", "2024-03-09"),  # a span, not a move
    ("The school stays closed until March 11, set for March 9 by the council.", "2024-03-09"),
])
def test_dates_that_are_no_move_are_dated_as_before(extract_march_6, sentence, date):
    assert str(extract_march_6(sentence)["date"]) == date
