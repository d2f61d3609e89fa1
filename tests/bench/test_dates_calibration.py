"""What counts as a date the annotators allow, for the calibration table and its benchmark."""
import pytest

from dates_calibration import agrees, reliability


@pytest.mark.parametrize("ours, gold", [
    ("2019-01-07", "2019-01-07"),
    ("2000-01-07TNI", "2000-01-07"),   # a part of the day they did not write
    ("1998-W43", "1998-10"),           # a week inside their month
    ("1988", "1988-Q3"),               # less precise, not wrong
    ("1989-W43", "1989-WXX"),          # they left the week open
    ("1998", "1998-XX-XX"),
    ("PRESENT_REF", "PRESENT_REF"),
])
def test_allowed(ours, gold):
    assert agrees(ours, gold)


@pytest.mark.parametrize("ours, gold", [
    ("2000-01-13", "2000-01-06"),      # a week off
    ("1989-12", "1988-12"),            # the wrong year
    ("1988-Q2", "1988-Q3"),
    ("1990-W02", "1989-WXX"),
    ("1998-W15", "1998-10"),           # a week outside their month
])
def test_not_allowed(ours, gold):
    assert not agrees(ours, gold)


class _T:
    def __init__(self, confidence, value):
        self.confidence, self.value = confidence, value


def test_reliability_compares_each_bin_with_how_often_it_agreed():
    pairs = [(_T(0.95, "2019-01-07"), "2019-01-07")] * 9 + [(_T(0.95, "2019-01-08"), "2019-01-07")]
    r = reliability(pairs)
    assert r["dates"] == 10 and r["agreed"] == 0.9
    assert r["ece"] == pytest.approx(0.05)
    assert r["disagreed_at_or_above_0.7"] == 0.1


@pytest.mark.parametrize("shape", [0, 1])  # the British paper's date line, the American site's
def test_each_page_heading_the_table_is_counted_with_is_read_as_the_pages_own_date_line(shape):
    import datetime as dt

    from dates_calibration import _with_evidence
    from timeline.dates.api import _mentions
    from timeline.dates.infer import inferred_date

    day = dt.date(1998, 2, 13)
    text = _with_evidence("page_dateline", "Officials said on Thursday that the talks had failed.", day, shape)
    found = inferred_date(text, _mentions(text))
    assert (found.day, found.kind) == (day, "page_dateline")
