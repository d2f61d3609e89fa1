"""The weeks off around a holiday ("the Easter holidays", "the Christmas break") are no day of it: a
pupil who visited the US "during the Easter holidays" did not travel on Easter Sunday, and an event
there would be a wrong day (on the Guardian swine-flu story, the one event on 12 April 2009, the
journalists' date of a death in Mexico). The date engine still marks the holiday alone with its day,
as TimeML does; the extractor does not date an event by it. The holiday itself still dates a
sentence. The words are data (day_names_a_period in timeline/extract/data/events.yaml)."""

import pytest


def _extract(extract_events, sentence: str) -> list[dict]:
    return extract_events(f"---\npublished: 2009-05-04\n---\nSchool closed\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "A pupil at the school who visited the US during the Easter holidays had already been diagnosed with flu.",
    "Staff returned from the Christmas break with the virus.",
    "Students who flew home over the Thanksgiving break were tested.",
])
def test_weeks_off_around_a_holiday_date_no_day(extract_events, sentence):
    assert _extract(extract_events, sentence) == []


@pytest.mark.parametrize("sentence, date", [
    ("The pupil fell ill at Easter.", "2009-04-12"),
    ("The pupil fell ill over the Easter weekend.", "2009-W15-WE"),
])
def test_the_holiday_itself_still_dates_a_sentence(extract_events, sentence, date):
    (event,) = _extract(extract_events, sentence)
    assert str(event["date"]) == date
