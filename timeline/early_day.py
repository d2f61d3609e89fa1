"""A day before the year 1 ("15 March 44 BC"), which Python's datetime.date cannot hold.

Years are astronomical, as ISO 8601 writes them: 1 BC is the year 0, 44 BC the year -43. Days are
on the proleptic Gregorian calendar, as datetime.date's are, so that one day number orders and
counts every day of the timeline: a day of our era stays a datetime.date (its behaviour and output
unchanged), and an EarlyDay compares with it, and subtracts from it, by that number.
"""

from __future__ import annotations

import datetime as dt
from functools import total_ordering

# The Gregorian calendar repeats every 400 years, to the weekday: a year before 1 is the year 400*k
# later, moved back by k cycles' days.
_CYCLE_YEARS = 400
_CYCLE_DAYS = dt.date(401, 1, 1).toordinal() - dt.date(1, 1, 1).toordinal()


@total_ordering
class EarlyDay:
    """One day before 1 January of the year 1, with the parts of datetime.date that the site uses."""

    __slots__ = ("_ordinal", "year", "month", "day")

    def __init__(self, year: int, month: int, day: int):
        if year >= 1:
            raise ValueError(f"the year {year} is of our era: use datetime.date")
        cycles = (1 - year) // _CYCLE_YEARS + 1
        shifted = dt.date(year + cycles * _CYCLE_YEARS, month, day)  # checks the month and the day
        self._ordinal = shifted.toordinal() - cycles * _CYCLE_DAYS
        self.year, self.month, self.day = year, month, day

    @classmethod
    def fromordinal(cls, ordinal: int) -> EarlyDay | dt.date:
        """The day with this proleptic Gregorian number (1 is 1 January of the year 1): a
        datetime.date when it is of our era."""
        if ordinal >= 1:
            return dt.date.fromordinal(ordinal)
        cycles = (-ordinal) // _CYCLE_DAYS + 1
        shifted = dt.date.fromordinal(ordinal + cycles * _CYCLE_DAYS)
        return cls(shifted.year - cycles * _CYCLE_YEARS, shifted.month, shifted.day)

    def toordinal(self) -> int:
        return self._ordinal

    def weekday(self) -> int:
        return (self._ordinal + 6) % 7  # as datetime.date's: 1 January of the year 1 was a Monday

    def isoformat(self) -> str:
        """ISO 8601's expanded form, the astronomical year signed: "-0043-03-15"."""
        return f"{iso_year(self.year)}-{self.month:02d}-{self.day:02d}"

    def __repr__(self) -> str:
        return f"EarlyDay({self.year}, {self.month}, {self.day})"

    def __hash__(self) -> int:
        return hash(self._ordinal)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, (EarlyDay, dt.date)) and self._ordinal == other.toordinal()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, (EarlyDay, dt.date)) or isinstance(other, dt.datetime):
            return NotImplemented
        return self._ordinal < other.toordinal()

    def __add__(self, other: object) -> EarlyDay | dt.date:
        if not isinstance(other, dt.timedelta):
            return NotImplemented
        return EarlyDay.fromordinal(self._ordinal + other.days)

    __radd__ = __add__

    def __sub__(self, other: object):
        if isinstance(other, dt.timedelta):
            return EarlyDay.fromordinal(self._ordinal - other.days)
        if isinstance(other, (EarlyDay, dt.date)) and not isinstance(other, dt.datetime):
            return dt.timedelta(days=self._ordinal - other.toordinal())
        return NotImplemented

    def __rsub__(self, other: object):
        if isinstance(other, dt.date) and not isinstance(other, dt.datetime):
            return dt.timedelta(days=other.toordinal() - self._ordinal)
        return NotImplemented


def era_year(year: int) -> int:
    """The number a person writes for an astronomical year: 2009 for 2009, 44 for -43 (44 BC)."""
    return year if year >= 1 else 1 - year


def iso_year(year: int) -> str:
    """An astronomical year as ISO 8601 writes it: "2009", "0000" (1 BC), "-0043" (44 BC)."""
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def day_of(year: int, month: int, day: int) -> EarlyDay | dt.date:
    """The day, whichever era its (astronomical) year is in."""
    return dt.date(year, month, day) if year >= 1 else EarlyDay(year, month, day)
