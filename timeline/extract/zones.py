"""The zone a clock time names ("9 a.m. EST"), kept in the event's date as its offset from GMT.

The date engine writes TIMEX3 values, which keep no zone (TempEval's gold has none); on a timeline
"09:00" alone is read in the reader's own zone, hours off. The names are data (data/zones.yaml)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.extract import rules

_CLOCK = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$")


@lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, dict[str, dict]]:
    table = rules.data("zones")["zones"]
    alternatives = "|".join(re.escape(name) for name in sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])"), table


def zoned(value: str, expression: str) -> str:
    """`value` with the offset of the zone `expression` names, when it is a clock time without one
    and the zone is known; else `value` as it is."""
    clock = _CLOCK.match(value)
    if clock is None:
        return value
    pattern, table = _names()
    found = pattern.search(expression)
    if found is None:
        return value
    entry = table[found.group(0)]
    if "offset" in entry:
        return value + entry["offset"]
    day, hour, minute = dt.date.fromisoformat(clock[1]), int(clock[2]), int(clock[3])
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: most runs name no zone with rules (start-up)

    try:
        # "T24:00" (midnight, the day's end) is the next day's 00:00 for the zone's rules
        local = dt.datetime.combine(day + dt.timedelta(days=hour // 24), dt.time(hour % 24, minute), ZoneInfo(entry["zone"]))
    except ZoneInfoNotFoundError:  # a machine without the zone database: as written
        return value
    offset = local.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return value + "Z"
    sign = "+" if minutes > 0 else "-"
    return f"{value}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_named(expression: str) -> str | None:
    """The zone's name as `expression` writes it ("BST" in "2.30pm BST"), when it names a known one."""
    found = _names()[0].search(expression)
    return found.group(0) if found else None


def two_zones_named(expression: str) -> tuple[str, list[str]] | None:
    """(the name, the offsets it may mean) of a zone name in `expression` that stands for two zones
    ("IST": India or Ireland), which `zoned` leaves out; None when it names none."""
    table = rules.data("zones").get("two_zones") or {}
    for name, offsets in table.items():
        if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", expression):
            return name, offsets
    return None
