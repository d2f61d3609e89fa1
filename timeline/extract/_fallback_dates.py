"""THROWAWAY STAND-IN for timeline.dates, used only until the date engine is merged into main.

It knows just enough English date forms to run the demo articles and is deliberately small; do not
extend it. `timeline.extract.dating` picks the real engine as soon as `timeline.dates` exists;
then this file is deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"]
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"sept": 9}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)"
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))"

_RULES = [  # (type, kind, pattern); the first rule that matches at a place wins, longest first
    ("DATE", "mdy", rf"\b{_MONTH} (?P<day>\d{{1,2}}),? (?P<year>\d{{4}})\b"),
    ("DATE", "dmy", rf"\b(?P<day>\d{{1,2}}) {_MONTH} (?P<year>\d{{4}})\b"),
    ("DATE", "my", rf"\b{_MONTH} (?P<year>\d{{4}})\b"),
    ("TIME", "clock-weekday", rf"\b(?P<hour>\d{{1,2}})(?::(?P<minute>\d{{2}}))? ?(?P<ampm>[ap])\.m\. {_WEEKDAY}"),
    ("DATE", "weekday", rf"\b{_WEEKDAY}\b"),
    ("DATE", "new-year", r"\bNew Year(?:'s)?(?= (?:speech|message|address|day))"),
    ("DATE", "year-ago", r"\b(?:a|one) year ago\b"),
    ("DATE", "last-year", r"\b(?:past|last) year\b"),
    ("DATE", "this-week", r"\bthis week\b"),
    ("DATE", "today", r"\btoday\b"),
    ("DATE", "yesterday", r"\byesterday\b"),
    ("DATE", "month", r"\b(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b"),
    ("DATE", "year", r"\b(?:in|since|of|by) (?P<year>(?:19|20)\d{2})\b"),
    ("DURATION", "duration", rf"\b(?:more than |over |about |nearly )?{_NUMBER} {_UNIT}\b"),
]
_COMPILED = [(t, k, re.compile(p, re.IGNORECASE if k not in ("month", "weekday") else 0)) for t, k, p in _RULES]


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    confidence: float = 0.5
    reason: str = ""
    anchored: bool = False


@dataclass(frozen=True)
class Tagging:
    reference: dt.date | None
    reference_source: str
    reference_reason: str
    timexes: list


def infer_reference(text: str) -> tuple[dt.date | None, str]:
    explicit = [(m, d) for m, d in _explicit_days(text)]
    if not explicit:
        return None, "no full date in the text"
    match, latest = max(explicit, key=lambda x: x[1])
    reason = f"the latest full date in the text, '{match.group(0)}'"
    best = latest
    for w in re.finditer(rf"\b{_WEEKDAY}\b", text):
        if w.start() < match.end():
            continue
        wanted = _WEEKDAYS.index(w.group("weekday").lower())
        candidate = latest + dt.timedelta(days=(wanted - latest.weekday()) % 7)
        if candidate > best:
            best = candidate
            reason = f"'{w.group(0)}' after the full date '{match.group(0)}'"
    return best, f"{best:%A %-d %B %Y}: {reason}"


def tag(text: str, reference: dt.date | None = None, *, infer: bool = True) -> Tagging:
    source, reason = ("given", "given") if reference else ("none", "no reference date")
    if reference is None and infer:
        reference, reason = infer_reference(text)
        source = "inferred" if reference else "none"
    timexes = []
    taken: list[tuple[int, int]] = []
    for type_, kind, regex in _COMPILED:
        for m in regex.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value, anchored = _value(kind, m, reference)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            why = f"{m.group(0)!r} resolved against {reference:%A %-d %B %Y}" if anchored and reference else f"{m.group(0)!r} is explicit"
            timexes.append(Timex(m.start(), m.end(), m.group(0), type_, value, None,
                                 0.6 if anchored else 0.9, why, anchored))
    timexes.sort(key=lambda t: t.start)
    return Tagging(reference, source, reason, timexes)


def _explicit_days(text: str):
    for type_, kind, regex in _COMPILED[:2]:
        for m in regex.finditer(text):
            day = _day(m)
            if day:
                yield m, day


def _month_number(word: str) -> int:
    return _MONTH_ABBR[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else word.lower()[:3]]


def _day(m: re.Match) -> dt.date | None:
    try:
        return dt.date(int(m.group("year")), _month_number(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


def _value(kind: str, m: re.Match, ref: dt.date | None) -> tuple[str | None, bool]:
    if kind in ("mdy", "dmy"):
        day = _day(m)
        return (day.isoformat() if day else None), False
    if kind == "my":
        return f"{int(m.group('year')):04d}-{_month_number(m.group('month')):02d}", False
    if kind == "duration":
        return "PX", False
    if kind == "year":
        return m.group("year"), False
    if ref is None:
        return "XXXX-XX-XX", False
    if kind in ("weekday", "clock-weekday"):
        wanted = _WEEKDAYS.index(m.group("weekday").lower())
        day = ref - dt.timedelta(days=(ref.weekday() - wanted) % 7)
        if kind == "weekday":
            return day.isoformat(), True
        hour = int(m.group("hour")) % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        return f"{day.isoformat()}T{hour:02d}:{int(m.group('minute') or 0):02d}", True
    if kind == "month":
        month = _MONTHS.index(m.group("month").lower()) + 1
        year = ref.year if month <= ref.month else ref.year - 1
        return f"{year:04d}-{month:02d}", True
    if kind == "new-year":
        return f"{ref.year:04d}-01-01", True
    if kind in ("year-ago", "last-year"):
        return f"{ref.year - 1:04d}", True
    if kind == "this-week":
        year, week, _ = ref.isocalendar()
        return f"{year:04d}-W{week:02d}", True
    if kind == "today":
        return ref.isoformat(), True
    if kind == "yesterday":
        return (ref - dt.timedelta(days=1)).isoformat(), True
    return None, False
