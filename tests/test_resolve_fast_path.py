"""Full English dates in event files read to their own day or month, whatever the style.

(Began as the check of a dateparser-free fast path; the date engine now reads every written date,
so the same forms check the engine's answer instead.)"""

import datetime as dt
import random

import pytest

from timeline.resolve import DateError, resolve_date

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def day_forms(day: dt.date) -> list[str]:
    m, w = day.month - 1, WEEKDAYS[day.weekday()]
    return [
        f"{MONTHS[m]} {day.day}, {day.year}", f"{SHORT[m]}. {day.day}, {day.year}", f"{SHORT[m]} {day.day} {day.year}",
        f"{day.day} {MONTHS[m]} {day.year}", f"{day.day} {SHORT[m]}. {day.year}", f"{w}, {MONTHS[m]} {day.day}, {day.year}",
        f"{w} {day.day} {MONTHS[m]} {day.year}",
    ]


def month_forms(day: dt.date) -> list[str]:
    m = day.month - 1
    return [f"{MONTHS[m]} {day.year}", f"{SHORT[m]}. {day.year}", f"{MONTHS[m]}, {day.year}"]


DAYS = [dt.date(y, m, d) for y, m, d in
        ((lambda r: [(r.randint(1950, 2049), r.randint(1, 12), r.randint(1, 28)) for _ in range(30)])(random.Random(11)))]


@pytest.mark.parametrize("day", DAYS, ids=str)
def test_full_english_dates_read_as_their_day_and_month(day):
    for text in day_forms(day):
        assert resolve_date(text).value == day.isoformat(), text
    for text in month_forms(day):
        period = resolve_date(text)
        assert (period.value, period.precision) == (f"{day.year:04d}-{day.month:02d}", "month"), text


def test_an_impossible_day_is_refused():
    with pytest.raises(DateError):
        resolve_date("February 30, 2019")
