"""A date line with its place ("Genève, 29 April 2009."): where and when the article was written,
nothing that happened. It was made an event; it dates the article as a date line does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("line", ["Genève, 29 April 2009.", "GENEVA, April 29, 2009", "Mexico City, Mexico, 29 April 2009"])
def test_a_place_and_date_line_is_no_event_and_dates_the_article(extract_events, line):
    events = extract_events(f"WHO raises pandemic alert\n\n{line}\n\n"
                            "The World Health Organization raised its pandemic alert to phase 5 on Tuesday, its director said.\n")
    assert [(e["title"], str(e["date"])) for e in events] == [
        ("The World Health Organization raised its pandemic alert to phase 5", "2009-04-28")]


def test_a_sentence_that_opens_with_a_place_and_a_date_is_still_an_event(extract_events):
    events = extract_events("---\npublished: 2009-04-30\n---\nNews\n\nGeneva, 29 April 2009, was the day the alert was raised.\n")
    assert [str(e["date"]) for e in events] == ["2009-04-29"]
