"""A month or day without a year, right after a narrative has named a year far from the
reference, takes that year ("in 1848. On 24 February"), below the review threshold: news
writes "founded in 1908. In March, it reported a loss" the same way of its own year."""
import datetime as dt

from timeline.dates import tag

TOLD = dt.date(2019, 1, 10)


def test_a_history_day_takes_the_narratives_year_and_asks_for_a_check():
    *_, t = tag("The revolution broke out in Paris in 1848. On 24 February, the king abdicated.", TOLD).timexes
    assert t.value == "1848-02-24" and t.read_against == "last_date"
    assert t.confidence < 0.7 and "the year the narrative has reached (1848" in t.reason


def test_a_recent_year_leaves_the_month_to_the_reference():
    *_, t = tag("The bank was founded in 1985. In March, it reported a loss.", TOLD).timexes
    assert t.value == "2018-03" and t.confidence >= 0.7
