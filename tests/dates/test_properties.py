"""Any input: spans inside the text, sorted, non-overlapping, well-formed values."""
import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import tag, value_interval, value_precision, well_formed

WORDS = ["Jan.", "7,", "2019", "May", "may", "March", "the", "last", "next", "week", "Tuesday",
         "2", "p.m.", "four", "hours", "a", "second", "summit", "ago", "year", "'90s", "1990s",
         "in", "November", "this", "quarter", "third", "every", "now", "-", ",", ".", "\n",
         "more", "than", "centuries", "mid-", "1/2", "12:30", "o'clock", "Christmas", "$"]
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
        if value_precision(t.value) is not None:
            value_interval(t.value)


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


def _seconds(text):
    t0 = time.process_time()
    tag(text, dt.date(2019, 1, 10))
    return time.process_time() - t0


SPARSE = ["x" * 1000, "may ", "1" * 1000, " " * 1000, "the ", "-", "'", "1,", "We may March "]
DENSE = ["Jan. ", "more than ", "2 p.m. ", "the last the past ", "Tuesday "]


def test_hostile_input_is_linear():
    """No pattern may backtrack catastrophically: ten times the text takes about
    ten times as long (a ratio, with room for a noisy machine; absolute speed
    is the benchmark's business, not a test's)."""
    for unit in SPARSE:
        small = unit * (100_000 // len(unit))
        big = unit * (1_000_000 // len(unit))
        t_small, t_big = _seconds(small), _seconds(big)
        assert t_big < 20 * t_small + 0.2, (unit, t_small, t_big)


def test_dense_expressions_are_linear():
    """Text that is all expressions costs per expression, linearly."""
    for unit in DENSE:
        small = unit * (20_000 // len(unit))
        big = unit * (200_000 // len(unit))
        t_small, t_big = _seconds(small), _seconds(big)
        assert t_big < 20 * t_small + 0.2, (unit, t_small, t_big)


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
