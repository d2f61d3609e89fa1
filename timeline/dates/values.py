"""TIMEX3 values: well-formedness, precision and the days they cover.

Pure functions, used by the resolver, the tests and the site's display code.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from timeline.early_day import era_year

SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
ZONE_OFFSETS = (-12, 14)  # the hours a zone's time may be ahead of (or behind) GMT
DAY_PARTS = ("MO", "MI", "AF", "EV", "NI", "DT")
_TIME = r"T(?:(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9])?)?|MO|MI|AF|EV|NI|DT)"
# A year before Christ takes TIMEX3's prefix BC ("300 BC" BC0300, the 3rd
# century BC BC02).  Such a value is well formed but has no precision and no
# interval below: datetime has no year before 1, so it is no calendar period.
_WELL_FORMED = re.compile(
    r"^(?:PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|(?:BC)?(?:[0-9X]{2}|[0-9X]{3}|[0-9X]{4}"
    r"(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)"
    rf"(?:{_TIME})?"
    r"|P(?:[0-9]+(?:\.[0-9]+)?|X)(?:Y|M|W|D|Q|DE|CE|WE|E|C|L|ML)"
    r"(?:[0-9]+(?:Y|M|W|D))*(?:T(?:(?:[0-9]+|X)(?:H|M|S))+)?"
    r"|PT(?:(?:[0-9]+(?:\.[0-9]+)?|X)(?:H|M|S))+"
    r")$")


@lru_cache(maxsize=512)  # strftime is slow, and a text's reasons name the same few days
def format_day(day: dt.date) -> str:
    """"Thu 10 Jan 2019": how reasons name a day."""
    return f"{day:%a} {day.day} {day:%b} {day.year}"


def well_formed(value: str) -> bool:
    """True when `value` is a TIMEX3 value this engine may produce."""
    return bool(_WELL_FORMED.match(value or ""))


def iso_week_start(year: int, week: int) -> dt.date:
    return dt.date.fromisocalendar(year, week, 1)


_PRECISION = [
    (r"\d{4}-\d{2}-\d{2}", "day"),
    (r"\d{4}-\d{2}", "month"),
    (r"\d{4}", "year"),
    (r"\d{4}-W\d{2}-[1-7]", "day"),
    (r"\d{4}-W\d{2}(?:-WE)?", "week"),
    (r"\d{4}-(?:SP|SU|FA|WI)", "season"),
    (r"\d{4}-Q[1-4]", "quarter"),
    (r"\d{4}-H[12]", "half"),
    (r"\d{3}", "decade"),
    (r"\d{2}", "century"),
]
# One regex for all: fullmatch takes the first form, in the order above, that
# covers the whole value, and the group that took part names it.  The resolver
# asks for thousands of precisions a text; one match costs a tenth of ten.
_PRECISION_REGEX = re.compile("|".join(f"({form})" for form, _ in _PRECISION))
_PRECISION_NAMES = [None] + [name for _, name in _PRECISION]  # by group number


@lru_cache(maxsize=4096)  # the resolver asks three times a date, and a text's values repeat
def value_precision(value: str) -> str | None:
    """"day", "month", "year", "week", "season", "quarter", "half", "decade",
    "century", "time"; None for durations, sets, vague and unresolved values, and
    years before Christ ("BC0300")."""
    if not value or "X" in value or not value[:1].isdigit():
        return None
    if "T" in value:
        return "time"
    m = _PRECISION_REGEX.fullmatch(value)
    return _PRECISION_NAMES[m.lastindex] if m else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)  # as value_precision: the same values again and again
def value_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day a resolved DATE/TIME value covers, else None."""
    precision = value_precision(value)
    if precision is None:
        return None
    try:
        if precision == "time":
            day = value.split("T", 1)[0]
            got = value_interval(day)
            return got
        if precision == "day":
            if "W" in value:
                y, w, d = int(value[:4]), int(value[6:8]), int(value[9])
                day = dt.date.fromisocalendar(y, w, d)
            else:
                day = dt.date.fromisoformat(value)
            return day, day
        y = int(value[:4]) if len(value) >= 4 else 0
        if precision == "month":
            m = int(value[5:7])
            return dt.date(y, m, 1), _month_end(y, m)
        if precision == "year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if precision == "week":
            start = iso_week_start(y, int(value[6:8]))
            if value.endswith("-WE"):
                return start + dt.timedelta(days=5), start + dt.timedelta(days=6)
            return start, start + dt.timedelta(days=6)
        if precision == "season":
            first, last = SEASONS[value[5:]]
            if value[5:] == "WI":  # winter runs from December into the next year
                return dt.date(y, 12, 1), _month_end(y + 1, 2)
            return dt.date(y, first, 1), _month_end(y, last)
        if precision == "quarter":
            q = int(value[6])
            return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if precision == "half":
            h = int(value[6])
            return dt.date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if precision == "decade":
            d = int(value) * 10
            return dt.date(max(d, 1), 1, 1), dt.date(d + 9, 12, 31)
        if precision == "century":
            c = int(value) * 100
            return dt.date(max(c, 1), 1, 1), dt.date(c + 99, 12, 31)
    except ValueError:
        return None
    return None


# A value that writes its year: "1848", "1848-02-24", "BC0044-03" (not a decade or a century).
_WRITTEN_YEAR = re.compile(r"^(?P<bc>BC)?(?P<year>\d{4})(?![\d])")


def written_year(value: str) -> int | None:
    """The astronomical year a date value writes out (ISO 8601's: 44 BC is -43, as early_day counts),
    or None for a value without one (a decade, a century, an unresolved form)."""
    got = _WRITTEN_YEAR.match(value or "")
    if got is None:
        return None
    year = int(got["year"])
    if not got["bc"]:
        return year
    return 1 - year if year else None  # there is no year 0 BC


# A decade or a century, of our era or before Christ: "164", "19", "BC004" (49-40 BC), "BC02" (299-200 BC).
_DECADE_OR_CENTURY = re.compile(r"^(?P<bc>BC)?(?P<digits>\d{2,3})$")


def period_first_year(value: str) -> int | None:
    """The astronomical year a decade or a century starts in (the earliest: 299 BC, -298, for
    BC02), or None for any other value."""
    got = _DECADE_OR_CENTURY.match(value or "")
    if got is None:
        return None
    span = 10 ** (4 - len(got["digits"]))  # years a digit of the value counts: 10 for a decade
    first = int(got["digits"]) * span
    return 1 - (first + span - 1) if got["bc"] else first


def year_value(year: int) -> str:
    """The TIMEX3 value of an (astronomical) year: "2009", "0410", "BC0044" for the year -43."""
    return f"{year:04d}" if year >= 1 else f"BC{era_year(year):04d}"


def gmt_day_shift(local_minutes: int, gmt_minutes: int) -> int:
    """How many days GMT's date lies after the local one when the two clocks read these
    minutes after midnight: 0 when some zone's offset puts them on one day, else 1 ("11 p.m.
    EST (0400 GMT)": GMT is the next day) or -1 ("3:20 a.m. (2020 GMT)" in Asia: the day
    before)."""
    ahead = (local_minutes - gmt_minutes) / 60  # how far the local clock is ahead of GMT's
    if ahead > ZONE_OFFSETS[1]:
        return 1
    if ahead < ZONE_OFFSETS[0]:
        return -1
    return 0
