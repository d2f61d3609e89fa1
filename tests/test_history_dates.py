"""Dates of history as a researcher types them into an event file: early years, eras, bare numbers."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.loader import load_events
from timeline.resolve import DateError, resolve_date


def test_a_year_before_1000_with_its_leading_zero_is_that_year_not_an_octal_number(write):
    """YAML 1.1 reads a plain 0410 as the octal number 264, which became the decade 2640s; the
    extractor itself writes `date: 0079`, and a person fixing it to 0070 got the 56th century."""
    path = write("events/a.yaml", "- {date: 0410, title: Sacked}\n- {date: 0070, title: Rebuilt}\n"
                                  "- {date: 0079-08-24, title: Erupted}\n")
    dates = {e.title: (e.date.value, e.date.label) for e in load_events([Path(path)])}
    assert dates == {"Sacked": ("0410", "AD 410"), "Rebuilt": ("0070", "AD 70"), "Erupted": ("0079-08-24", "24 Aug AD 79")}


@pytest.mark.parametrize("written, meant", [(410, "0410"), ("410", "0410"), (79, "0079"), ("950", "0950")])
def test_a_bare_number_that_would_be_a_far_future_decade_or_century_is_refused(written, meant):
    """TIMEX3 writes the 1990s '199' and the 19th century '18'; '410' was the decade 4100s and 79 the
    79th century, where the person meant AD 410 and AD 79."""
    with pytest.raises(DateError) as error:
        resolve_date(written)
    assert f"write '{meant}'" in str(error.value), str(error.value)


@pytest.mark.parametrize("written, value", [("199", "199"), ("18", "18"), (20, "20"), ("201", "201")])
def test_timex3_decades_and_centuries_of_our_era_still_read(written, value):
    assert resolve_date(written).value == value


def test_the_part_of_a_period_is_kept_typed_in_words_or_as_its_key(write, tmp_path, monkeypatch):
    path = write("events/a.yaml", "- {date: the late 19th century, title: A}\n- {date: '18', part: late, title: B}\n"
                                  "- {date: mid-1990s, title: C}\n- {date: '18', title: D}\n"
                                  "- {date: the late 19th century, part: early, title: E}\n")
    labels = {e.title: e.date.label for e in load_events([Path(path)])}
    assert labels == {"A": "late 19th century", "B": "late 19th century", "C": "mid-1990s", "D": "19th century",
                      "E": "early 19th century"}
    order = [e.title for e in sorted(load_events([Path(path)]), key=lambda e: e.sort_key)]
    assert order.index("E") < order.index("D") < order.index("A")
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- {date: '18', part: later, title: A}\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1 and "events/a.yaml:1:" in result.output and "early, mid, late" in result.output, result.output


def test_a_part_of_a_day_is_refused_with_what_to_do(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- date: 2019-01-08\n  part: late\n  title: A\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "events/a.yaml:2: part: 'late' is for a month or a longer period, and Tue 8 Jan 2019 is a day; remove 'part:'" \
        in result.output, result.output
