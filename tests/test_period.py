import datetime as dt
from importlib import resources

import pytest
import yaml

from timeline.period import parse_value, range_label
from timeline.resolve import resolve_date

LABELS = yaml.safe_load(resources.files("timeline").joinpath("data/labels.yaml").read_text("utf-8"))


@pytest.mark.parametrize("example", LABELS["examples"], ids=lambda e: e["label"])
def test_label_examples_from_the_data_file(example):
    start = parse_value(example["value"], example.get("approximate", False), example.get("part"))
    end = parse_value(example["end"]) if "end" in example else None
    assert range_label(start, end, example.get("zone")) == example["label"]


@pytest.mark.parametrize("example", LABELS["examples_in_month"], ids=lambda e: e["label"])
def test_labels_within_a_month_from_the_data_file(example):
    assert parse_value(example["value"]).label_in_month == example["label"]


@pytest.mark.parametrize("example", LABELS["examples_in_event_files"], ids=lambda e: e["label"])
def test_dates_before_christ_as_event_files_write_them_read_back_as_the_same_date(example):
    written = parse_value(example["value"]).label_in_event_file
    assert (written, resolve_date(written).value) == (example["label"], example["value"])


@pytest.mark.parametrize(
    "value, first, last, precision",
    [
        ("2018-06", dt.date(2018, 6, 1), dt.date(2018, 6, 30), "month"),
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "year"),
        ("2019-W02", dt.date(2019, 1, 7), dt.date(2019, 1, 13), "week"),
        ("2018-Q4", dt.date(2018, 10, 1), dt.date(2018, 12, 31), "quarter"),
        ("2018-WI", dt.date(2018, 12, 1), dt.date(2019, 2, 28), "season"),
        ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade"),
        ("2019-01-09T14:00", dt.date(2019, 1, 9), dt.date(2019, 1, 9), "time"),
    ],
)
def test_a_value_covers_its_whole_period(value, first, last, precision):
    period = parse_value(value)
    assert (period.first, period.last, period.precision) == (first, last, precision)


@pytest.mark.parametrize("value", ["2019-02-30", "2019-13", "2019-W54", "XXXX-01-08", "PAST_REF", "June"])
def test_impossible_or_unresolved_values_are_not_periods(value):
    assert parse_value(value) is None


def test_a_coarser_period_sorts_before_a_finer_one_starting_the_same_day():
    values = ["2018-06-01", "2018-06", "2018", "2018-05-31", "2018-Q2"]
    ordered = sorted((parse_value(v) for v in values), key=lambda p: p.sort_key)
    assert [p.value for p in ordered] == ["2018", "2018-Q2", "2018-05-31", "2018-06", "2018-06-01"]


@pytest.mark.parametrize("value, attribute", [
    ("2019-W02", "2019-W02"),
    ("2009-W17-WE", "2009-W17"),  # HTML has no weekends: "2009-W17-WE" is not a valid datetime
    ("2018-06", "2018-06"),
    ("2019-01-09TMO", "2019-01-09"),
    ("2019-01-09T14:00", "2019-01-09T14:00"),
    ("2026-03-04T09:00-05:00", "2026-03-04T09:00-05:00"),
    # HTML's hours end at 23: the engine's midnight ("T24:00", ISO 8601's end of a day) is the next
    # day's 00:00, across a month's and a year's end too
    ("2026-03-04T24:00", "2026-03-05T00:00"),
    ("2018-12-31T24:00Z", "2019-01-01T00:00Z"),
    ("2019-01-31T24:00+09:00", "2019-02-01T00:00+09:00"),
    ("2018-SU", "2018"),  # within its year: the year is true of it
])
def test_datetime_attributes_are_what_html_accepts(value, attribute):
    assert parse_value(value).datetime_attr == attribute


@pytest.mark.parametrize("value", ["19", "199", "18"])
def test_a_decade_or_century_is_no_html_time(value):
    # its first year is a valid datetime but a wrong claim: "the 20th century" is not the year 1900
    period = parse_value(value)
    assert not period.in_html_time and period.datetime_attr == value
