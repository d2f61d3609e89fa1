"""Events before Christ in a hand-written event file: read, ordered and refused where they cannot be."""

import datetime as dt
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, strategies as st

from timeline.cli import cli
from timeline.early_day import EarlyDay, day_of
from timeline.loader import load_events
from timeline.period import parse_value
from timeline.resolve import DateError, resolve_date

ROME_YAML = (Path(__file__).parent / "fixtures/events/rome.yaml").read_text(encoding="utf-8")


def test_a_day_before_the_year_1_counts_on_from_the_first_day_of_our_era():
    first = dt.date(1, 1, 1)
    eve = EarlyDay.fromordinal(first.toordinal() - 1)  # datetime.date cannot step below the year 1
    assert eve == EarlyDay(0, 12, 31) and eve + dt.timedelta(days=1) == first and eve - dt.timedelta(days=365) < eve
    assert first - eve == dt.timedelta(days=1) and eve < first and first > eve
    assert EarlyDay(0, 12, 31).weekday() == (first.weekday() - 1) % 7
    assert EarlyDay(-4, 2, 29).isoformat() == "-0004-02-29"  # 5 BC: a leap year, its astronomical year -4 a multiple of 4
    with pytest.raises(ValueError):
        EarlyDay(-3, 2, 29)


@given(st.integers(min_value=-3000 * 366, max_value=800_000))
def test_a_day_number_and_its_day_go_both_ways(ordinal):
    day = EarlyDay.fromordinal(ordinal)
    assert day.toordinal() == ordinal
    assert day_of(day.year, day.month, day.day) == day


_VALUES = st.one_of(
    st.builds(lambda c: f"BC{c:02d}", st.integers(0, 29)),
    st.builds(lambda d: f"BC{d:03d}", st.integers(0, 299)),
    st.builds(lambda y: f"BC{y:04d}", st.integers(1, 3000)),
    st.builds(lambda y, m: f"BC{y:04d}-{m:02d}", st.integers(1, 3000), st.integers(1, 12)),
    st.builds(lambda y, m, d: f"BC{y:04d}-{m:02d}-{d:02d}", st.integers(1, 3000), st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda y: f"{y:04d}", st.integers(1, 2100)),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(1, 2100), st.integers(1, 12), st.integers(1, 28)),
)


@given(st.lists(_VALUES, min_size=2, max_size=8))
def test_periods_before_and_after_christ_sort_in_the_order_of_their_first_days(values):
    periods = [parse_value(v) for v in values]
    ordered = sorted(periods, key=lambda p: p.sort_key)
    firsts = [p.first.toordinal() for p in ordered]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("written, value, label", [
    ("44 BC", "BC0044", "44 BC"), ("15 March 44 BC", "BC0044-03-15", "15 Mar 44 BC"),
    ("March 44 BC", "BC0044-03", "March 44 BC"), ("BC0044", "BC0044", "44 BC"), ("1 BC", "BC0001", "1 BC"),
    ("44 BCE", "BC0044", "44 BC"), ("c. 500 BC", "BC0500", "c. 500 BC"),
    ("the 5th century BC", "BC04", "5th century BC"), ("the late 1st century BC", "BC00", "late 1st century BC"),
    ("the 40s BC", "BC004", "40s BC"), ("the late 440s BC", "BC044", "late 440s BC"),
])
def test_a_date_before_christ_reads_as_people_write_it(written, value, label):
    period = resolve_date(written)
    assert (period.value, period.label) == (value, label)


def test_1_bc_is_the_year_before_ad_1_and_44_bc_ends_before_43_bc_begins():
    one_bc, ad_1 = resolve_date("1 BC"), resolve_date("AD 1")
    assert one_bc.last + dt.timedelta(days=1) == ad_1.first
    assert resolve_date("44 BC").last < resolve_date("43 BC").first
    december = resolve_date("December 1 BC")  # its last day is the eve of AD 1, which datetime cannot count to
    assert december.last + dt.timedelta(days=1) == dt.date(1, 1, 1)
    assert resolve_date("February 5 BC").last == EarlyDay(-4, 2, 29)


def test_a_century_before_christ_covers_its_hundred_years_as_one_of_our_era_does():
    """TIMEX3's "18" (the 19th century) is 1800-1899; "BC04" (the 5th century BC) is 499-400 BC, and
    the 1st century BC ends with 1 BC, there being no year 0 BC."""
    fifth, first = resolve_date("the 5th century BC"), resolve_date("the 1st century BC")
    assert (fifth.first, fifth.last) == (EarlyDay(-498, 1, 1), EarlyDay(-399, 12, 31))
    assert first.last + dt.timedelta(days=1) == dt.date(1, 1, 1)


def test_the_year_0_bc_is_refused_saying_why():
    with pytest.raises(DateError) as error:
        resolve_date("BC0000")
    assert "cannot read the date 'BC0000'" in str(error.value)


def test_a_relative_date_cannot_count_from_an_anchor_before_christ(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- {date: 15 March 44 BC, anchor: 44 BC, title: A}\n- {date: Tuesday, anchor: 44 BC, title: B}\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("events/a.yaml:2: 'Tuesday' counts from its anchor, 1 January 44 BC, a day before Christ, which the date "
            "engine cannot count from: write the date in full") in result.output, result.output
    assert "a.yaml:1" not in result.output


def test_a_history_of_rome_passes_check_in_date_order(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write("events/rome.yaml", ROME_YAML)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    events = sorted(load_events([Path(path)]), key=lambda e: e.sort_key)
    assert [e.date.label for e in events] == ["c. 753 BC", "509 BC", "mid-5th century BC", "15 Mar 44 BC", "27 BC", "January 27 BC",
                                              "19 Aug AD 14", "AD 79"]
    assert events[4].end.value == "0014"


def test_the_calendar_export_leaves_out_what_it_cannot_date_naming_each(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/rome.yaml", ROME_YAML)
    result = CliRunner().invoke(cli, ["export", "--format", "ics", "--out", "rome.ics"])
    assert result.exit_code == 0, result.stderr
    assert ("events/rome.yaml:10: 'Julius Caesar assassinated' (15 Mar 44 BC) is left out of the iCalendar export: "
            "iCalendar has no year before 1") in result.stderr
    assert "Augustus reigns' (27 BC–AD 14) is left out" in result.stderr  # it begins before Christ
    ics = (tmp_path / "rome.ics").read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 2 and result.stderr.count("left out") == 6 and "DTSTART;VALUE=DATE:00140819" in ics


def test_past_ten_events_the_calendar_leaves_out_are_counted_not_named(write, tmp_path, monkeypatch):
    """A history of Rome left 29 events out of the calendar, each a line of every build's log."""
    monkeypatch.chdir(tmp_path)
    write("events/rome.yaml", yaml.safe_dump([{"date": f"{year} BC", "title": f"Year {year}"} for year in range(60, 40, -1)]))
    result = CliRunner().invoke(cli, ["export", "--format", "ics", "--out", "rome.ics"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("is left out of the iCalendar export") == 10 and "'Year 51' (51 BC)" in result.stderr
    assert "iCalendar has no year before 1\n10 more events before Christ are left out of the iCalendar export too\n" in result.stderr
