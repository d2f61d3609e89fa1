"""Any input: spans inside the text, sorted, non-overlapping, well-formed values."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import tag, value_interval, value_precision, well_formed

WORDS = ["Jan.", "7,", "2019", "May", "may", "March", "the", "last", "next", "week", "Tuesday",
         "2", "p.m.", "four", "hours", "a", "second", "summit", "ago", "year", "'90s", "1990s",
         "in", "November", "this", "quarter", "third", "every", "now", "-", ",", ".", "\n",
         "more", "than", "centuries", "mid-", "1/2", "12:30", "o'clock", "Christmas", "$",
         "Friday", "13th", "31st", "Sept.", "11", "attacks", "9/11", "appeal", "Friday's", "pending", "for"]
newsy = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)
refs = st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 1)))


def check(text, tagging):
    last_end = 0
    for t in tagging.timexes:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= last_end
        last_end = t.end
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert well_formed(t.value), t
        assert 0.0 <= t.confidence <= 1.0
        if value_precision(t.value) is not None:  # a day, a month... that the calendar has
            assert value_interval(t.value) is not None, t


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), refs)
def test_any_text(text, ref):
    check(text, tag(text, ref))


@settings(max_examples=300, deadline=None)
@given(newsy, refs)
def test_newsy_text(text, ref):
    check(text, tag(text, ref))


@settings(max_examples=100, deadline=None)
@given(newsy)
def test_inferred_reference(text):
    check(text, tag(text))


SPARSE = ["x" * 1000, "may ", "1" * 1000, " " * 1000, "the ", "-", "'", "1,", "We may March "]
DENSE = ["Jan. ", "more than ", "2 p.m. ", "the last the past ", "Tuesday "]


def test_hostile_input_is_tagged_whole():
    """Long runs of near-misses and text that is all expressions end, with
    well-formed spans.  How the time grows with the input (linearly) is
    measured by bench/bench_dates.py, not timed here; a pattern that could
    backtrack without end is refused by test_linear_patterns.py."""
    for unit in SPARSE + DENSE:
        text = unit * (50_000 // len(unit))
        check(text, tag(text, dt.date(2019, 1, 10)))


@settings(max_examples=200, deadline=None)
@given(st.one_of(newsy, st.text(max_size=40)), refs, st.sampled_from([None, "past", "future"]))
def test_resolve_any_expression(expression, ref, direction):
    from timeline.dates import resolve

    t = resolve(expression, ref, direction=direction)
    assert t is None or well_formed(t.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_value_helpers_take_any_string(value):
    precision = value_precision(value)
    interval = value_interval(value)
    assert interval is None or precision is not None
    if interval is not None:
        assert interval[0] <= interval[1]
