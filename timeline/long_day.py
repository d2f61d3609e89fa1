"""The long form of a day that reasons write ("Tuesday 28 April 2009"), and how a page finds it again.

One module for both sides: `timeline extract` writes the article's date so in an event's reason,
and the site shows every date of a reason as it shows dates ("Tue 28 Apr 2009"). The names come
from Python's calendar, as strftime's do, so what is written is what is found.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

LONG_DAY = re.compile(r"\b(?:{days}) (?P<day>\d{{1,2}}) (?P<month>{months}) (?P<year>\d{{4}})\b".format(
    days="|".join(calendar.day_name), months="|".join(calendar.month_name[1:])))
# A day as the data write it ("over by 1999-12-31"), which the same lines of explanation name.
ISO_DAY = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
# A TIMEX3 day value with its clock time or part of day ("2026-03-03T23:10", "2009-06-15TEV"), as
# `timeline extract` writes them in an event's `review:` note; ISO_DAY's days besides.
DAY_VALUE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?:T(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2}(?::\d{2})?))?(?![\w-])")
_MONTHS = {name: number for number, name in enumerate(calendar.month_name) if name}


def long_day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def day_of(found: re.Match) -> dt.date | None:
    """The day a LONG_DAY match writes; None for one no calendar has ("Monday 31 April 2009")."""
    try:
        return dt.date(int(found["year"]), _MONTHS[found["month"]], int(found["day"]))
    except ValueError:
        return None
