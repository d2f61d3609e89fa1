"""A date at its precision: what a TIMEX3 value covers, how it sorts and how it reads.

"June 2018" is the whole month, never June 1st: a Period keeps the first and the last day it
covers, so that sorting puts it at the start of its month and the site can say "June 2018".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

# Finer precisions sort after coarser ones that start on the same day: "2018" before "2018-01-01".
PRECISION_RANK = {
    "century": 0, "decade": 1, "year": 2, "half": 3, "quarter": 4, "season": 5,
    "month": 6, "week": 7, "day": 8, "time": 9,
}

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}

_VALUE = re.compile(
    r"""^(?:
        (?P<year>\d{4})(?:
            -(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?)?)?
          | -W(?P<week>\d{2})
          | -Q(?P<quarter>[1-4])
          | -H(?P<half>[12])
          | -(?P<season>SP|SU|FA|AU|WI)
        )?
      | (?P<decade>\d{3})
      | (?P<century>\d{2})
    )$""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Period:
    """The stretch of days a TIMEX3 value covers."""

    value: str
    first: dt.date
    last: dt.date
    precision: str
    approximate: bool = False

    @property
    def sort_key(self) -> tuple:
        return (self.first, PRECISION_RANK[self.precision], self.last, self.value)

    @property
    def label(self) -> str:
        return _label(self)

    @property
    def datetime_attr(self) -> str:
        """The value for HTML's <time datetime>, which has no seasons or quarters."""
        if self.precision in ("day", "month", "year", "week", "time"):
            return self.value
        # A season, quarter or half is within a year (winter starts in one): claim no more than the
        # year. A decade or century becomes its first year, the closest form HTML has.
        return f"{self.first.year:04d}"


def parse_value(value: str, approximate: bool = False) -> Period | None:
    """The Period of a resolved TIMEX3 date value, or None when it is not a calendar period."""
    m = _VALUE.match(value)
    if not m:
        return None
    g = m.groupdict()
    try:
        if g["decade"]:
            start = int(g["decade"]) * 10
            return Period(value, dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31), "decade", approximate)
        if g["century"]:
            start = int(g["century"]) * 100
            return Period(value, dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31), "century", approximate)
        year = int(g["year"])
        if g["day"]:
            day = dt.date(year, int(g["month"]), int(g["day"]))
            return Period(value, day, day, "time" if g["hour"] else "day", approximate)
        if g["month"]:
            month = int(g["month"])
            return Period(value, dt.date(year, month, 1), _month_end(year, month), "month", approximate)
        if g["week"]:
            first = dt.date.fromisocalendar(year, int(g["week"]), 1)
            return Period(value, first, first + dt.timedelta(days=6), "week", approximate)
        if g["quarter"]:
            q = int(g["quarter"])
            return Period(value, dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter", approximate)
        if g["half"]:
            h = int(g["half"])
            return Period(value, dt.date(year, 6 * h - 5, 1), _month_end(year, 6 * h), "half", approximate)
        if g["season"]:
            first_month, last_month = _SEASON_MONTHS[g["season"]]
            last_year = year + 1 if last_month < first_month else year
            return Period(value, dt.date(year, first_month, 1), _month_end(last_year, last_month), "season", approximate)
        return Period(value, dt.date(year, 1, 1), dt.date(year, 12, 31), "year", approximate)
    except ValueError:  # 2019-02-30, week 54: not a real period
        return None


def range_label(start: Period, end: Period | None) -> str:
    """How a span of time reads: "7–10 Jan 2019" when both ends are days of one month."""
    if end is None or end.value == start.value:
        return start.label
    labels = _labels()["ranges"]
    if start.precision == end.precision == "day":
        a, b = start.first, end.first
        names = _labels()["months_short"]
        if (a.year, a.month) == (b.year, b.month):
            return labels["same_month"].format(first_day=a.day, last_day=b.day, month_short=names[a.month - 1], year=a.year)
        if a.year == b.year:
            return labels["same_year"].format(
                first_day=a.day, first_month_short=names[a.month - 1],
                last_day=b.day, last_month_short=names[b.month - 1], year=a.year,
            )
    return labels["other"].format(first=start.label, last=end.label)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_names() -> list[str]:
    """The months' full names, as the site writes them."""
    return list(_labels()["months"])


@lru_cache(maxsize=1)
def _labels() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/labels.yaml").read_text("utf-8"))


def _label(period: Period) -> str:
    names = _labels()
    d = period.first
    fields = {
        "year": d.year, "day": d.day, "month": names["months"][d.month - 1],
        "month_short": names["months_short"][d.month - 1], "weekday": names["weekdays_short"][d.weekday()],
    }
    value = period.value
    if period.precision == "time":
        hour, minute = value.split("T", 1)[1].split(":")[:2]
        fields.update(hour=int(hour), minute=int(minute))
    elif period.precision == "week":
        fields.update(year=int(value[:4]), week=int(value[6:8]))
    elif period.precision == "season":
        fields["season"] = names["seasons"][value[5:]]
    elif period.precision == "quarter":
        fields["quarter"] = int(value[6])
    elif period.precision == "half":
        fields["half"] = int(value[6])
    elif period.precision == "decade":
        fields["decade"] = d.year
    elif period.precision == "century":
        n = int(value) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        fields["century_ordinal"] = f"{n}{suffix}"
    text = names["formats"][period.precision].format(**fields)
    return names["approximate"].format(label=text) if period.approximate else text
