"""The site's own labels of a date, read back: a person copies a date from the page into `date:`.

The date engine reads most of them as they are ("Sat 25 Apr 2009", "late April 2009"). These it did
not, or not as the value they show: a span whose ends are such labels ("Wed 30 Dec 2009 – Sat 2 Jan
2010"), a week ("Week 2 of 2019") and a weekend, a time at midnight
("Sat 25 Apr 2009, 24:00 (midnight)"), a time with its offset or zone ("09:05 UTC+01:00", "09:05
BST", read without it), a part of a season, quarter, half or early year ("late spring 2009", "early
AD 79"). Each pattern is made from the very format the site writes it with (timeline/data/labels.yaml),
so a label reworded there is read back in its new words; tests/test_typed_dates.py renders a label
of every format and reads each back."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.period import labels

# What each field of a format may be, as the site fills it in; {label} is another label, inside.
_FIELDS = {"week": r"\d{1,2}", "year": r"\d{4}", "hour": r"\d\d", "minute": r"\d\d",
           "offset": r"(?:[+-]\d\d:\d\d)?", "zone": r"[^\W\d_]+", "label": r".+?", "first": r".+?", "last": r".+"}
_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")


@dataclass(frozen=True)
class Clock:
    """A time the site writes after its day: "Sat 25 Apr 2009, 09:05 UTC+01:00"."""

    day: str  # the label of its day, "Sat 25 Apr 2009"
    time: str  # "T09:05", "T24:00"
    offset: str | None  # "+01:00", "Z" for "UTC", None when it names no zone or names it (`zone`)
    zone: str | None  # the zone's name as written ("BST"), which the event's article gave


def week_value(text: str) -> str | None:
    """The TIMEX3 value of a week or weekend as the site writes it ("Week 2 of 2019": 2019-W02)."""
    for shape, after in (("week", ""), ("weekend", "-WE")):
        found = _pattern(labels()["formats"][shape]).fullmatch(text.strip())
        if found:
            return f"{found['year']}-W{int(found['week']):02d}{after}"
    return None


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


def span_ends(text: str) -> tuple[str, str] | None:
    """The labels of the two ends of a span as the site writes it when its ends share no month or
    year to write once ("Wed 30 Dec 2009 – Sat 2 Jan 2010", "Week 2 of 2019 – Week 4 of 2019");
    None for any other text."""
    found = _pattern(labels()["ranges"]["other"]).fullmatch(text.strip())
    return (found["first"], found["last"]) if found else None


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


@lru_cache(maxsize=16)
def _pattern(shape: str) -> re.Pattern:
    return re.compile(_regex(shape), re.IGNORECASE)


def _regex(shape: str) -> str:
    """A format's words as they stand, any spaces between them as any, each field as it may be."""
    pieces = _FIELD.split(shape)
    return "".join(rf"(?P<{piece}>{_FIELDS[piece]})" if odd else re.escape(piece).replace(r"\ ", r"\s+")
                   for odd, piece in ((n % 2 == 1, p) for n, p in enumerate(pieces)))
