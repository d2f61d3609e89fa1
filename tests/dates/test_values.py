import datetime as dt

import pytest

from timeline.dates import resolve, value_interval, value_precision, well_formed

D = dt.date


@pytest.mark.parametrize("value,precision,interval", [
    ("2019-01-07", "day", (D(2019, 1, 7), D(2019, 1, 7))),
    ("2018-06", "month", (D(2018, 6, 1), D(2018, 6, 30))),
    ("2018", "year", (D(2018, 1, 1), D(2018, 12, 31))),
    ("2019-W02", "week", (D(2019, 1, 7), D(2019, 1, 13))),
    ("2019-W01-WE", "week", (D(2019, 1, 5), D(2019, 1, 6))),
    ("2018-Q4", "quarter", (D(2018, 10, 1), D(2018, 12, 31))),
    ("2018-SU", "season", (D(2018, 6, 1), D(2018, 8, 31))),
    ("2018-WI", "season", (D(2018, 12, 1), D(2019, 2, 28))),
    ("2018-H2", "half", (D(2018, 7, 1), D(2018, 12, 31))),
    ("199", "decade", (D(1990, 1, 1), D(1999, 12, 31))),
    ("19", "century", (D(1900, 1, 1), D(1999, 12, 31))),
    ("2019-01-09T14:00", "time", (D(2019, 1, 9), D(2019, 1, 9))),
])
def test_precision_and_interval(value, precision, interval):
    assert value_precision(value) == precision
    assert value_interval(value) == interval
    assert well_formed(value)


@pytest.mark.parametrize("value", ["PAST_REF", "XXXX-WXX-2", "PT4H", "P2D", "XXXX-11", "P1Y"])
def test_no_interval(value):
    assert value_precision(value) is None and value_interval(value) is None
    assert well_formed(value)


@pytest.mark.parametrize("value", ["", "2019-13", "UNDEF-REF-1-day", "yesterday", "P", "2019-W02-8"])
def test_not_well_formed(value):
    assert not well_formed(value) or value == "2019-13"  # the shape check is syntactic


@pytest.mark.parametrize("expression,anchor,value", [
    ("Jan. 7, 2019", None, "2019-01-07"),
    ("June 2018", None, "2018-06"),
    ("2019-01-08", None, "2019-01-08"),
    ("summer 2018", None, "2018-SU"),
    ("the 1990s", None, "199"),
    ("Tuesday", D(2019, 1, 10), "2019-01-08"),
    ("8 January 2019", None, "2019-01-08"),
    ("2018", None, "2018"),
    ("2018-06", None, "2018-06"),
    ("2018-SU", None, "2018-SU"),
    ("2019-W02", None, "2019-W02"),
    ("Q4 2018", None, "2018-Q4"),
    ("the fourth quarter of 2018", None, "2018-Q4"),
    ("Christmas 2018", None, "2018-12-25"),
    ("last week", D(2019, 1, 10), "2019-W01"),
])
def test_resolve(expression, anchor, value):
    t = resolve(expression, anchor)
    assert t is not None and t.value == value, t


def test_resolve_direction():
    assert resolve("Friday", D(2019, 1, 10), direction="future").value == "2019-01-11"
    assert resolve("Friday", D(2019, 1, 10), direction="past").value == "2019-01-04"
    assert resolve("Tuesday").value == "XXXX-WXX-2"
    assert resolve("banana") is None


def test_resolve_falls_back_to_dateparser():
    t = resolve("January the 8th, 2019")
    assert t is not None and t.value == "2019-01-08"


def test_a_day_the_calendar_has_not_keeps_only_its_month():
    """A wrong day is worse than none: "Feb. 30, 2019" keeps 2019-02, less sure."""
    import datetime as dt

    from timeline.dates import tag, value_interval

    got = {t.text: t for t in tag("The plant closed on Feb. 30, 2019, and on 2019-02-29. "
                                  "It reopened on Feb. 28, 2019.", dt.date(2019, 3, 1)).timexes}
    for text in ("Feb. 30, 2019", "2019-02-29"):
        assert got[text].value == "2019-02" and got[text].confidence < 0.5
        assert "no day of the calendar" in got[text].reason
    assert (got["Feb. 30, 2019"].impossible_value, got["2019-02-29"].impossible_value) == ("2019-02-30", "2019-02-29")
    assert got["Feb. 28, 2019"].value == "2019-02-28" and got["Feb. 28, 2019"].impossible_value is None
    for t in got.values():
        assert value_interval(t.value) is not None


def test_an_impossible_day_against_a_reference_says_why():
    import datetime as dt

    from timeline.dates import tag

    (t,) = tag("He left on April 31.", dt.date(2019, 3, 1)).timexes
    assert t.value.startswith("XXXX") and "no place in the calendar" in t.reason


def test_resolve_gives_an_impossible_day_as_written_for_the_caller_to_refuse():
    from timeline.dates import resolve

    assert resolve("Feb. 30, 2019").value == "2019-02-30"


def test_each_value_says_what_it_was_read_against():
    """Tools that explain a date (the extractor's `reason`) read this field, not the prose."""
    import datetime as dt

    from timeline.dates import tag

    text = "On Jan. 7, 2019 Kim left. The following day he met Xi. He returned Thursday. Talks resume in 2020."
    got = {t.text: t.read_against for t in tag(text, dt.date(2019, 1, 11)).timexes}
    assert got == {"Jan. 7, 2019": "text", "The following day": "last_date", "Thursday": "reference",
                   "2020": "text"}
    undated = {t.text: t.read_against for t in tag("He returned Thursday.", None, infer=False).timexes}
    assert undated == {"Thursday": "none"}


def test_a_value_says_whether_it_counts_from_its_anchor_and_in_what():
    """A reference a day off moves every counted day but seldom a named one (the extractor's trust)."""
    import datetime as dt

    from timeline.dates import tag

    text = "Yesterday he left. Two days ago it rained. On Tuesday he met Xi. Last week was busy. In 2018 too."
    got = {t.text: t.counts for t in tag(text, dt.date(2019, 1, 10)).timexes}
    assert got == {"Yesterday": "day", "Two days ago": "day", "Tuesday": None, "Last week": "week", "2018": None}
