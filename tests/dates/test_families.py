"""One test per rule family: what each kind of expression becomes."""
import datetime as dt

import pytest

from timeline.dates import tag
from timeline.dates.rules import default_rules

REF = dt.date(2019, 1, 10)  # a Thursday


def found(text):
    return [(t.text, t.type, t.value) for t in tag(text, REF, infer=False).timexes]


def test_every_family_has_rules():
    families = {r.family for r in default_rules().rules}
    assert families == {"date", "time", "duration", "set", "vague"}


@pytest.mark.parametrize("text,expected", [
    ("on Jan. 7, 2019", [("Jan. 7, 2019", "DATE", "2019-01-07")]),
    ("in June 2018", [("June 2018", "DATE", "2018-06")]),
    ("in 2018", [("2018", "DATE", "2018")]),
    ("met this week", [("this week", "DATE", "2019-W02")]),
    ("in the fourth quarter of 2018", [("the fourth quarter of 2018", "DATE", "2018-Q4")]),
    ("in summer 2018", [("summer 2018", "DATE", "2018-SU")]),
    ("in the 1990s", [("the 1990s", "DATE", "199")]),
    ("since the 20th century", [("the 20th century", "DATE", "19")]),
    ("sales rose last year", [("last year", "DATE", "2018")]),
    ("earlier this month", [("earlier this month", "DATE", "2019-01")]),
    ("in the year before last", [("the year before last", "DATE", "2017")]),
    ("at the turn of the century", [("the turn of the century", "DATE", "2000")]),
    ("in the first quarter of next year", [("the first quarter of next year", "DATE", "2020-Q1")]),
    ("profit rose last quarter", [("last quarter", "DATE", "2018-Q4")]),
    ("in the spring of last year", [("the spring of last year", "DATE", "2018-SP")]),
    ("the change since year-end", [("year-end", "DATE", "2018")]),
    ("in the latest fiscal year", [("the latest fiscal year", "DATE", "2018")]),
    ("the first two quarters of 1990", [("the first two quarters of 1990", "DATE", "1990-H1")]),
    ("since last Christmas", [("last Christmas", "DATE", "2018-12-25")]),
    ("by the end of the 1990s", [("the end of the 1990s", "DATE", "199")]),
    ("in the first half of fiscal 1990", [("the first half of fiscal 1990", "DATE", "1990-H1")]),
    ("for the 1989 fiscal year", [("the 1989 fiscal year", "DATE", "1989")]),
    ("in the summer of '98", [("the summer of '98", "DATE", "1998-SU")]),
    ("dated 2019/01/08", [("2019/01/08", "DATE", "2019-01-08")]),
])
def test_date_family(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("left at 2 p.m. Wednesday", [("2 p.m. Wednesday", "TIME", "2019-01-09T14:00")]),
    ("at 14:30 the", [("14:30", "TIME", "2019-01-10T14:30")]),
    ("said this morning", [("this morning", "TIME", "2019-01-10TMO")]),
    ("attacked last night", [("last night", "TIME", "2019-01-09TNI")]),
])
def test_time_family(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("which lasted four hours", [("four hours", "DURATION", "PT4H")]),
    ("for two days", [("two days", "DURATION", "P2D")]),
    ("more than three centuries", [("more than three centuries", "DURATION", "P300Y")]),
    ("several years", [("several years", "DURATION", "PXY")]),
    ("a 10-year plan", [("10-year", "DURATION", "P10Y")]),
])
def test_duration_family(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("meets every Tuesday", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    ("twice a week", [("a week", "SET", "P1W")]),
    ("every two years", [("every two years", "SET", "P2Y")]),
])
def test_set_family(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("has recently visited", [("recently", "DATE", "PAST_REF")]),
    ("is now profitable", [("now", "DATE", "PRESENT_REF")]),
    ("will happen soon", [("soon", "DATE", "FUTURE_REF")]),
])
def test_vague_family(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("a week or so ago", [("a week or so ago", "DATE", "2019-W01")]),
    ("extended for an additional year", [("an additional year", "DURATION", "P1Y")]),
    ("a several-year tenure", [("several-year", "DURATION", "PXY")]),
    ("for at least the past 18 months", [("at least the past 18 months", "DURATION", "P18M")]),
    ("over the next two years", [("the next two years", "DURATION", "P2Y")]),
    ("a revision to December's figures", [("December", "DATE", "2018-12")]),
    ("earlier in the year", [("earlier in the year", "DATE", "2019")]),
    ("over the next year or so", [("the next year or so", "DATE", "2020")]),
])
def test_extents_of_approximations_and_parts(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("she runs every morning", [("every morning", "SET", "XXXX-XX-XXTMO")]),
    ("the river floods each spring", [("each spring", "SET", "XXXX-SP")]),
    ("the shop opens on weekends", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("we met every weekend", [("every weekend", "SET", "XXXX-WXX-WE")]),
    ("it is checked every few days", [("every few days", "SET", "PXD")]),
])
def test_more_sets(text, expected):
    assert found(text) == expected


def test_bounds_keep_timex3_mods_apart():
    import datetime as dt

    from timeline.dates import tag

    mods = {t.text: t.mod for t in tag("It took at least 20 years, more than a decade of it in court, "
                                       "and up to six months of appeals, less than a week apart.",
                                       dt.date(2019, 1, 10)).timexes}
    assert mods == {"at least 20 years": "EQUAL_OR_MORE", "more than a decade": "MORE_THAN",
                    "up to six months": "EQUAL_OR_LESS", "less than a week": "LESS_THAN"}
