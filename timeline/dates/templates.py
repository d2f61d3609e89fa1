"""Value templates: "{year}-{month}-{day_of_month}", "{dur(number,unit)}".

A template refers to the normalised words a rule captured, and may call one
of the small, language-independent functions below.  English stays in the
YAML word lists; these only shape TIMEX3 strings.
"""
from __future__ import annotations

import re
from typing import Callable

from .errors import RuleError
from .values import gmt_day_shift

# Duration units: TIMEX3 designator, whether it sits after "T", and how many
# of a coarser designator make one (a decade is ten years).
_UNITS = {
    "year": ("Y", False, 1), "month": ("M", False, 1), "week": ("W", False, 1),
    "day": ("D", False, 1), "hour": ("H", True, 1), "minute": ("M", True, 1),
    "second": ("S", True, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
    "millennium": ("L", False, 1),
    "quarter": ("Q", False, 1), "fortnight": ("W", False, 2), "weekend": ("WE", False, 1),
}
# Vague durations of long units keep the unit: "decades" is PXDE.
_VAGUE_UNIT = {"decade": "DE", "century": "CE", "quarter": "Q", "millennium": "L"}


def _duration(number: str, unit: str, couple: str = "") -> str:
    number = number or couple
    if unit not in _UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    letter, timed, factor = _UNITS[unit]
    t = "T" if timed else ""
    if number == "X":
        return f"P{t}X{_VAGUE_UNIT.get(unit, letter)}"
    return f"P{t}{int(number) * factor}{letter}"


def _duration_decimal(number: str, unit: str) -> str:
    """"4.2 years" is P4.2Y: ISO 8601 lets the last component carry a decimal
    fraction (a decade is still ten years: "1.5 decades" is P15Y)."""
    if unit not in _UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    letter, timed, factor = _UNITS[unit]
    amount = round(float(number) * factor, 3)
    text = f"{amount:.3f}".rstrip("0").rstrip(".")
    return f"P{'T' if timed else ''}{text}{letter}"


def _duration_half(number: str, unit: str) -> str:
    """"2 1/2 years" is P2Y6M: the half expressed in the next finer unit.  A week and a half is
    P10DT12H, in days, as ISO 8601 writes weeks alone (it was P1WT84H)."""
    finer = {"year": (6, "M", False), "day": (12, "H", True), "hour": (30, "M", True),
             "month": (15, "D", False), "decade": (5, "Y", False)}
    if unit == "week":
        return f"P{int(number) * 7 + 3}DT12H"
    whole = _duration(number, unit)
    if unit not in finer:
        return whole
    n, letter, timed = finer[unit]
    if unit == "decade":
        return f"P{int(number) * 10 + 5}Y"
    if timed and "T" not in whole:
        return f"{whole}T{n}{letter}"
    return f"{whole}{n}{letter}"


# A unit and a half as a whole count of a finer unit, for counting back or on: "a year and a half
# ago" is 18 months ago, "two and a half decades ago" 25 years ago.  Only the units whose half is a
# whole count of the finer one whose precision the count keeps (a day and a half back is one day or
# another: not here).
_HALF_IN_FINER = {"year": (12, "month"), "decade": (10, "year"), "century": (100, "year"), "hour": (60, "minute")}


def _count_and_half(number: str, unit: str, *more: str) -> str:
    """"2" and "year" -> "30-month" (two and a half years); the first non-empty of `number` and of
    `unit` in `more`'s pairs stands when a rule captures them under other names in another order
    ("a year and a half": one, unit; "two and a half years": number, unit)."""
    numbers = [number, *more[0::2]]
    units = [unit, *more[1::2]]
    count = next((n for n in numbers if n), "")
    unit = next((u for u in units if u), "")
    if unit not in _HALF_IN_FINER or not count.isdigit():
        raise ValueError(f"no half of {unit!r} in a finer unit")
    factor, finer = _HALF_IN_FINER[unit]
    return f"{int(count) * factor + factor // 2}-{finer}"


def _clock12(hour: str, minute: str = "", half: str = "") -> str:
    """12-hour clock to HH:MM; `half` is am/pm or a part of the day."""
    if not hour:
        return ""  # a rule giving the hour in two forms ("three", "3"): the one not taken
    h = int(hour)
    if half in ("pm", "AF", "EV", "NI") and h < 12:
        h += 12
    if half in ("am", "MO") and h == 12:
        h = 0
    if not 0 <= h <= 23:
        raise ValueError(f"hour {hour!r}")
    return f"{h:02d}:{int(minute or 0):02d}"


def _clock12_span_start(hour: str, minute: str, end_hour: str, half: str) -> str:
    """The start of "between 2 and 4 p.m.": in the end's half of the day,
    unless it comes after the end on the dial ("between 11 and 1 p.m." starts
    in the morning); a span back across midnight is refused."""
    if int(hour) % 12 > int(end_hour) % 12:
        if half != "pm":
            raise ValueError(f"{hour} to {end_hour} {half} crosses midnight")
        half = "am"
    return _clock12(hour, minute, half)


def _local_day(hour: str, minute: str, half: str, gmt_hour: str, gmt_minute: str) -> str:
    """The signed days from GMT's date to that of a local 12-hour clock read beside a GMT
    one ("7:08 a.m. (2308 GMT Sunday)": +1, Monday), for an UNDEF-shift form."""
    local = _clock12(hour, minute, half)
    shift = gmt_day_shift(int(local[:2]) * 60 + int(local[3:]), int(gmt_hour) * 60 + int(gmt_minute))
    return f"{-shift:+d}"


def _year_range(year: str, end: str) -> str:
    """"1998-99": the first year, when the two digits end a later year of the
    same or the next century, or one digit a later year of the same decade
    ("1995-7"); otherwise not a range ("2019-01" is a month)."""
    start = int(year)
    if len(end) == 1:  # "1995-7": a later year of the same decade
        last = start // 10 * 10 + int(end)
        if last <= start:
            raise ValueError(f"{year}-{end} is not a range of years")
        return year
    last = start // 100 * 100 + int(end)
    if last <= start:
        last += 100
    if not 0 < last - start <= 10 or len(end) != 2:
        raise ValueError(f"{year}-{end} is not a range of years")
    return year


def _year_range_long(year: str, end: str) -> str:
    """"1509-47" where the words around say it is a reign or a life: the first year, when the two
    digits end a later year of the same or the next century, less than a hundred years on."""
    start = int(year)
    last = start // 100 * 100 + int(end)
    if last <= start:
        last += 100
    if not 0 < last - start < 100 or len(end) != 2:
        raise ValueError(f"{year}-{end} is not a range of years")
    return year


def _later_year(first: str, last: str) -> None:
    """Refuse a span of years whose end does not come after its start: "1990-2010"
    is a range, "2010-1990" or "1990-1990" a code or a count."""
    if not int(first) < int(last):
        raise ValueError(f"{first}-{last} is not a range of years")


def _year_span_start(first: str, last: str) -> str:
    """"1990-2010": the first year, when the second comes after it."""
    _later_year(first, last)
    return first


def _year_span_end(first: str, last: str) -> str:
    """"1990-2010": the second year, when it comes after the first."""
    _later_year(first, last)
    return last


def _span_start_year(year: str, month: str, end_month: str) -> str:
    """The year of a span's first month, given the year said at its end: the
    year before when the span crosses New Year ("December-January 2019")."""
    return "%04d" % (int(year) - (int(month) > int(end_month)))


FUNCTIONS: dict[str, Callable[..., str]] = {
    "pad2": lambda x: "%02d" % int(x),
    # TIMEX3 years have four digits ("AD 79" is 0079); nothing for a group of
    # another alternative that did not take part
    "pad4": lambda x: "%04d" % int(x) if x else "",
    "pad3": lambda x: "%03d" % int(x),  # a decade before Christ: "the 40s BC" is BC004
    "decade": lambda digits: digits[:3],
    "dur": _duration,
    "dur_half": _duration_half,
    "count_and_half": _count_and_half,
    "dur_decimal": _duration_decimal,
    "year_range": _year_range,
    "year_range_long": _year_range_long,
    "year_span_start": _year_span_start,
    "year_span_end": _year_span_end,
    "span_start_year": _span_start_year,
    "t12": _clock12,
    "local_day": _local_day,
    "t12_start": _clock12_span_start,
    "opt_t": lambda x: f"T{x}" if x else "",
    "opt_y": lambda x: f"y{x}" if x else "",
}

_FIELD = re.compile(r"\{(\w+)(?:\(([^(){}]*)\))?(?:\|([^{}]*))?\}")


class Template:
    """A compiled value template."""

    def __init__(self, source: str, groups: set[str], where: str):
        self.source = source
        self.parts: list = []
        pos = 0
        for m in _FIELD.finditer(source):
            self.parts.append(source[pos:m.start()])
            name, args, default = m.group(1), m.group(2), m.group(3)
            if args is not None:
                if name not in FUNCTIONS:
                    raise RuleError(f"{where}: unknown template function {name!r}; "
                                    f"known: {sorted(FUNCTIONS)}")
                arglist = [a.strip() for a in args.split(",")]
                self.parts.append(("call", name, arglist))
            else:
                if name not in groups:
                    raise RuleError(f"{where}: template {source!r} uses {{{name}}}, "
                                    f"which the pattern does not capture (it captures {sorted(groups)})")
                self.parts.append(("field", name, default or ""))
            pos = m.end()
        self.parts.append(source[pos:])
        if "{" in "".join(p for p in self.parts if isinstance(p, str)):
            raise RuleError(f"{where}: malformed template {source!r}")
        self.groups = groups

    def render(self, values: dict[str, str]) -> str:
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
            elif part[0] == "field":
                out.append(values.get(part[1]) or part[2])
            else:
                args = [values.get(a, "") if a in self.groups else a for a in part[2]]
                out.append(FUNCTIONS[part[1]](*args))
        return "".join(out)
