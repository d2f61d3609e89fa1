"""A year compared after a day of saying is the year before, not that day a year before.

"Acme Corp. said Friday that its profit rose 10% from a year earlier" was the Friday a year before
(1988-10-27, told Monday 30 October 1989): no reader takes a profit for a day's. The period compared
is the figure's, which the day of saying does not give; a quarter told near still gives it.
"""
from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag

MONDAY = dt.date(1989, 10, 30)


def compared(sentence: str):
    (t,) = [t for t in tag(sentence, MONDAY).timexes if "year" in t.text]
    return t


@pytest.mark.parametrize("sentence", [
    "Acme Corp. said Friday that its profit rose 10% from a year earlier.",
    "Acme Corp. reported Friday a profit of $3 million, up from $2 million a year earlier.",
    "Acme Corp. yesterday reported a profit of $3 million, up from $2 million a year earlier.",
    "Acme Corp. on Friday said sales rose 4% from a year ago.",
])
def test_after_a_day_of_saying_the_year_before_and_why(sentence):
    t = compared(sentence)
    assert t.value == "1988"
    assert "the year of the day it was said" in t.reason


@pytest.mark.parametrize("sentence, value", [
    ("Exports on Oct. 20 rose 4% from a year earlier.", "1988-10-20"),  # the day of the figure
    ("Acme Corp. said Friday that third-quarter profit rose 10% from a year earlier.", "1988-Q3"),  # the quarter told
])
def test_a_day_or_quarter_of_the_figure_is_still_compared(sentence, value):
    t = compared(sentence)
    assert t.value == value and "the day it was said" not in t.reason
