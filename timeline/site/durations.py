"""Durations and recurring times in words: TIMEX3 "PT4H" reads "4 hours", "XXXX-WXX-2" "every Tuesday".

The words and their order are timeline/data/durations.yaml's; this only takes TIMEX3 values apart.
A value it cannot say in words gets None, and the page shows the value as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from timeline.period import month_names

_NUMBER = r"(?:\d+(?:\.\d+)?|X)"


@lru_cache(maxsize=1)
def _words() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/durations.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a whole duration, one part of its date, one part of its clock), from the data's units."""
    words = _words()

    def units(table: dict) -> str:  # longest first: "DE" before "D"
        return "|".join(sorted(map(re.escape, table), key=len, reverse=True))

    date_part = f"{_NUMBER}(?:{units(words['date_units'])})"
    time_part = f"{_NUMBER}(?:{units(words['time_units'])})"
    whole = re.compile(f"P(?P<date>(?:{date_part})*)(?:T(?P<time>(?:{time_part})+))?")
    return (whole, re.compile(f"({_NUMBER})({units(words['date_units'])})"),
            re.compile(f"({_NUMBER})({units(words['time_units'])})"))


def _parts(value: str) -> list[tuple[str, list[str]]] | None:
    """The (number, [one, many]) parts of a duration, in order; None when it is not one."""
    whole, date_part, time_part = _patterns()
    match = whole.fullmatch(value)
    if not match or not (match["date"] or match["time"]):
        return None
    words = _words()
    found = [(n, words["date_units"][u]) for n, u in date_part.findall(match["date"] or "")]
    found += [(n, words["time_units"][u]) for n, u in time_part.findall(match["time"] or "")]
    return found


def _count(number: str, names: list[str]) -> str:
    formats = _words()["formats"]
    if number == "X":
        return formats["unknown_count"].format(units=names[1])
    return formats["count"].format(number=number, unit=names[0] if number == "1" else names[1])


def _duration(value: str) -> str | None:
    parts = _parts(value)
    if parts is None:
        return None
    return _words()["formats"]["join"].join(_count(number, names) for number, names in parts)


_WEEKDAY = re.compile(r"XXXX-WXX-(?P<day>[1-7])(?:T(?P<part>[A-Z]{2}))?")
_DAY = re.compile(r"XXXX-XX-XX(?:T(?P<part>[A-Z]{2}))?")
_MONTH = re.compile(r"XXXX-(?P<month>0[1-9]|1[0-2])")
_SEASON = re.compile(r"XXXX-(?P<season>[A-Z]{2})")


def _recurrence(value: str) -> str | None:
    words = _words()
    formats = words["formats"]
    parts = _parts(value)
    if parts is not None:  # "every 2 weeks", "every year"
        if len(parts) == 1 and parts[0][0] == "X":
            return formats["every_unknown"].format(units=parts[0][1][1])
        if len(parts) == 1 and parts[0][0] == "1":
            return formats["every_one"].format(unit=parts[0][1][0])
        return formats["every"].format(duration=_duration(value))
    if value == "XXXX-WXX-WE":
        return formats["every_weekend"]
    if match := _WEEKDAY.fullmatch(value):
        weekday = words["weekdays"][int(match["day"]) - 1]
        if not match["part"]:
            return formats["every_weekday"].format(weekday=weekday)
        if match["part"] in words["day_parts"]:
            return formats["every_weekday_part"].format(weekday=weekday, day_part=words["day_parts"][match["part"]])
        return None
    if match := _DAY.fullmatch(value):
        if not match["part"]:
            return formats["every_day"]
        part = words["day_parts"].get(match["part"])
        return formats["every_day_part"].format(day_part=part) if part else None
    if match := _MONTH.fullmatch(value):
        return formats["every_month"].format(month=month_names()[int(match["month"]) - 1])
    if (match := _SEASON.fullmatch(value)) and match["season"] in words["seasons"]:
        return formats["every_season"].format(season=words["seasons"][match["season"]])
    return None


@lru_cache(maxsize=1 << 12)  # the same few values on page after page
def duration_label(kind: str | None, value: str | None) -> str | None:
    """A DURATION's or a SET's value in words ("4 hours", "every Tuesday"); None for any other kind
    of expression, or a value that this cannot say."""
    if not value:
        return None
    if kind == "DURATION":
        return _duration(value)
    if kind == "SET":
        return _recurrence(value)
    return None
