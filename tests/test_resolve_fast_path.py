"""Full English dates are read without dateparser; they must read exactly as dateparser reads them."""

import datetime as dt
import random

import pytest

from timeline import resolve
from timeline.resolve import resolve_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def written_forms(day: dt.date) -> list[str]:
    m, w = day.month - 1, WEEKDAYS[day.weekday()]
    return [
        f"{MONTHS[m]} {day.day}, {day.year}", f"{SHORT[m]}. {day.day}, {day.year}", f"{SHORT[m]} {day.day} {day.year}",
        f"{day.day} {MONTHS[m]} {day.year}", f"{day.day} {SHORT[m]}. {day.year}", f"{w}, {MONTHS[m]} {day.day}, {day.year}",
        f"{w} {day.day} {MONTHS[m]} {day.year}", f"{w[:3]}., {SHORT[m]}. {day.day}, {day.year}",
        f"{MONTHS[m]} {day.year}", f"{SHORT[m]}. {day.year}", f"{MONTHS[m]}, {day.year}",
    ]


def dateparser_reads(text: str) -> list:
    return [resolve._parse(text, probe) for probe in resolve._PROBES]


def test_full_english_dates_read_as_dateparser_reads_them():
    rng = random.Random(11)
    days = [dt.date(rng.randint(1900, 2099), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(30)]
    for day in days:
        for text in written_forms(day):
            fast = resolve._absolute_english(text)
            assert fast is not None, text
            assert dateparser_reads(text) == [fast, fast], text


@pytest.mark.parametrize("text", ["February 30, 2019", "Friday, January 8, 2019", "Thurs. Jan 10, 2019", "Tuesday",
                                  "in November", "Jan. 7", "2019 June"])
def test_anything_else_is_left_to_dateparser(text):
    assert resolve._absolute_english(text) is None


def test_the_period_keeps_its_precision():
    assert resolve_date("June 2018").precision == "month"
    assert resolve_date("Jan. 7, 2019").value == "2019-01-07"
    assert resolve_date("Friday, January 8, 2019").value == "2019-01-08"  # dateparser ignores the weekday
