"""The site's own labels of a date, read back: a person copies a date from the page into `date:`.

The date engine reads most of them as they are ("Sat 25 Apr 2009", "late April 2009"). These it did
not, or not as the value they show: a span whose ends are such labels ("Wed 30 Dec 2009 – Sat 2 Jan
2010"), a week ("Week of 7–13 Jan 2019", or "Week 2 of 2019" as it was written before) and a weekend, a time at midnight
("Sat 25 Apr 2009, 24:00 (midnight)"), a time with its offset or zone ("09:05 UTC+01:00", "09:05
BST", read without it), a part of a season, quarter, half or early year ("late spring 2009", "early
AD 79"). Each pattern is made from the very format the site writes it with (timeline/data/labels.yaml),
so a label reworded there is read back in its new words; tests/test_typed_dates.py renders a label
of every format and reads each back."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.period import labels

# What each field of a format may be, as the site fills it in; {label} is another label, inside.
_FIELDS = {"week": r"\d{1,2}", "year": r"\d{4}", "hour": r"\d\d", "minute": r"\d\d",
           "offset": r"(?:[+-]\d\d:\d\d)?", "zone": r"[^\W\d_]+", "label": r".+?", "first": r".+?", "last": r".+",
           "first_day": r"\d{1,2}", "last_day": r"\d{1,2}", "first_year": r"\d{4}", "last_year": r"\d{4}"}
# A month's short name ("Apr"), as a week's days write it: one of labels.yaml's `months_short`.
_MONTH_FIELDS = ("month_short", "first_month_short", "last_month_short")
_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


@dataclass(frozen=True)
class Clock:
    """A time the site writes after its day: "Sat 25 Apr 2009, 09:05 UTC+01:00"."""

    day: str  # the label of its day, "Sat 25 Apr 2009"
    time: str  # "T09:05", "T24:00"
    offset: str | None  # "+01:00", "Z" for "UTC", None when it names no zone or names it (`zone`)
    zone: str | None  # the zone's name as written ("BST"), which the event's article gave


def week_value(text: str, shapes: dict | None = None) -> str | None:
    """The TIMEX3 value of a week or weekend as the site writes it ("Week of 7–13 Jan 2019":
    2019-W02), by its days from Monday to Sunday (Saturday to Sunday for a weekend); None for any
    other text, and for days that are no ISO week's. `shapes`: the `week` and `weekend` formats to
    read, labels.yaml's by default, or the words the site wrote them in before (typed_dates.yaml)."""
    found = week_days(text, shapes)
    if found is None:
        return None
    if isinstance(found, str):
        return found
    return _week_of(*found)


def week_days(text: str, shapes: dict | None = None) -> str | tuple[dt.date, dt.date, bool] | None:
    """What a week's or weekend's label says: the TIMEX3 value of one written by its number ("Week 17
    of 2009", as the site wrote it once), else (its first day, its last, whether a weekend) as read,
    whether or not they are a week's; None for any other text, and for days no calendar has."""
    shapes = shapes or labels()["formats"]
    for precision, weekend in (("week", False), ("weekend", True)):
        for shape in _with_days(shapes[precision]):
            found = _pattern(shape).fullmatch(text.strip())
            if found and "week" in found.groupdict():
                return f"{found['year']}-W{int(found['week']):02d}{'-WE' if weekend else ''}"
            if found:
                days = _days_read(found.groupdict())
                return (*days, weekend) if days else None
    return None


def week_holding(day: dt.date, weekend: bool) -> str:
    """The TIMEX3 value of the week (or its weekend) that holds the day."""
    week_year, week, _ = day.isocalendar()
    return f"{week_year}-W{week:02d}{'-WE' if weekend else ''}"


def _with_days(shape: str) -> list[str]:
    """The format with each way labels.yaml's `days_of_a_week` writes its {days}."""
    if "{days}" not in shape:
        return [shape]
    return [shape.replace("{days}", days) for days in labels()["days_of_a_week"].values()]


def _days_read(found: dict) -> tuple[dt.date, dt.date] | None:
    """The first and last days a week's label gives; None for a day no month has ("31 Apr")."""
    months = [name.lower() for name in labels()["months_short"]]
    month = found.get("first_month_short") or found["month_short"]
    year = found.get("first_year") or found["year"]
    try:
        first = dt.date(int(year), months.index(month.lower()) + 1, int(found["first_day"]))
        last = dt.date(int(found.get("last_year") or year),
                       months.index((found.get("last_month_short") or month).lower()) + 1, int(found["last_day"]))
    except ValueError:
        return None
    return first, last


def _week_of(first: dt.date, last: dt.date, weekend: bool) -> str | None:
    """The week (or weekend) whose first and last days these are; None when they are not one's."""
    monday = first - dt.timedelta(days=5 if weekend else 0)
    if monday.weekday() != 0 or (last - first).days != (1 if weekend else 6):
        return None
    return week_holding(monday, weekend)


def clock(text: str) -> Clock | None:
    """The day and time of a time as the site writes it, its midnight ("24:00 (midnight)") and its
    zone read too; None for any other text."""
    text = text.strip()
    midnight = _pattern(labels()["midnight"]).fullmatch(text)
    found = _clock_pattern().fullmatch(midnight["label"] if midnight else text)
    if found is None or (midnight is not None) != (found["hour"] == "24"):
        return None  # "14:00 (midnight)" says two times: the engine's refusal names 'midnight'
    offset = found["offset"] if found["utc"] else None
    return Clock(found["day"], f"T{found['hour']}:{found['minute']}", (offset or "Z") if found["utc"] else None,
                 found["zone"])


def span_ends(text: str) -> list[tuple[str, str]]:
    """The labels of the two ends of a span as the site writes it when its ends share no month or
    year to write once ("Wed 30 Dec 2009 – Sat 2 Jan 2010", "Week of 7–13 Jan 2019 – Week of 21–27 Jan
    2019"): each way its joiner splits it, as an end may hold the joiner too ("Week of 27 Apr – 3 May
    2009 – Week of 4–10 May 2009"); none for any other text."""
    before, rest = labels()["ranges"]["other"].split("{first}", 1)
    between, after = rest.split("{last}", 1)
    whole = re.fullmatch(f"{_regex(before)}(?P<ends>.+){_regex(after)}", text.strip(), re.IGNORECASE)
    if whole is None:
        return []
    ends = whole["ends"]
    return [(ends[:joiner.start()], ends[joiner.end():])
            for joiner in re.finditer(_regex(between), ends, re.IGNORECASE) if 0 < joiner.start() and joiner.end() < len(ends)]


def part_before(text: str) -> tuple[str, str] | None:
    """(the label within, its part) of a label the site writes with a part ("late spring 2009":
    ("spring 2009", "late")); None for any other text."""
    for part, shape in labels()["parts"].items():
        found = _pattern(shape).fullmatch(text.strip())
        if found:
            return found["label"], part
    return None


@lru_cache(maxsize=1)
def _clock_pattern() -> re.Pattern:
    """The day, then the clock as the site's `time` format writes it after the year, then the zone as
    `time_zone` (an offset from UTC) or `time_named_zone` (a zone's name) writes it after the minute."""
    formats = labels()["formats"]
    after_year = formats["time"].split("{year}", 1)[1]
    utc = formats["time_zone"].split("{minute:02d}", 1)[1]
    named = formats["time_named_zone"].split("{minute:02d}", 1)[1]
    return re.compile(rf"(?P<day>.+?){_regex(after_year)}(?:(?P<utc>{_regex(utc)})|{_regex(named)})?", re.IGNORECASE)


def _field(name: str) -> str:
    if name in _MONTH_FIELDS:
        return "|".join(re.escape(month) for month in labels()["months_short"])
    return _FIELDS[name]


@lru_cache(maxsize=64)
def _pattern(shape: str) -> re.Pattern:
    return re.compile(_regex(shape), re.IGNORECASE)


def _regex(shape: str) -> str:
    """A format's words as they stand, any spaces between them as any, each field as it may be."""
    pieces = _FIELD.split(shape)
    return "".join(rf"(?P<{piece}>{_field(piece)})" if odd else re.escape(piece).replace(r"\ ", r"\s+")
                   for odd, piece in ((n % 2 == 1, p) for n, p in enumerate(pieces)))
