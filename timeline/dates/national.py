"""Holidays whose day depends on the country (rules/national.yaml).

A holiday_movable entry "N<name>" ("Independence Day", "Thanksgiving")
names a row of the table; the country the text names near it picks the
day, else the country the whole text names most, else the row's default.
The order of those looks, and why, is told in national.yaml; the words
(country names, qualifiers, clause breaks) are all there.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import RuleError
from . import data_cache
from .lexicon import trie_regex
from .tense import cues, sentence_bounds

NATIONAL = Path(__file__).parent / "rules" / "national.yaml"
NEAR = 80  # characters before the holiday, in its clause, where a country counts
DOCUMENT_LEAST = 2  # the times a text names a country for it to be the text's own
_DAY = re.compile(r"^(?:\d\d-\d\d|\d\d-[1-5]-[1-7]|E[+-]\d+|T[a-z_]+)$")
_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Holiday:
    default: str | None
    days: dict[str, str]  # country -> day spec


@dataclass(frozen=True)
class National:
    holidays: dict[str, Holiday]
    cue: re.Pattern  # any country word; the group named c_<code> says which
    qualifier_before: re.Pattern
    qualifier_after: re.Pattern
    clause_break: re.Pattern
    cue_not_after: re.Pattern


def _day_of_year(month_day: str) -> bool:
    try:
        dt.date(2000, int(month_day[:2]), int(month_day[3:]))  # a leap year: 29 February is a day
        return True
    except ValueError:
        return False


def _country(m: re.Match) -> str:
    return m.lastgroup[2:]


def _alternation(countries: dict[str, list[str]]) -> str:
    parts = []
    for code, forms in countries.items():
        forms = {f for form in forms for f in (form, form.upper())}  # "NEW DELHI": a dateline
        parts.append(f"(?P<c_{code}>{trie_regex(sorted(forms))})")
    return r"(?<![\w.])(?:" + "|".join(parts) + r")(?!\w)"


def load_national(path: Path = NATIONAL) -> National:
    """The table, checked: an unknown country or a day no form reads stops
    with the file and the entry named, as a bad rule does."""
    try:
        data = data_cache.load(path)
        countries = data["countries"]
        if not all(_CODE.match(c) and isinstance(f, list) and f for c, f in countries.items()):
            raise RuleError(f"{path.name}: countries: write <two capitals>: [words]")
        holidays = {}
        for name, row in data["holidays"].items():
            days = {str(c): str(d) for c, d in row["days"].items()}
            for c, d in days.items():
                if c not in countries:
                    raise RuleError(f"{path.name}: holiday {name!r}: country {c!r} has no words under countries")
                if not _DAY.match(d) or (len(d) == 5 and not _day_of_year(d)):
                    raise RuleError(f"{path.name}: holiday {name!r}: {c}: {d!r} is no day form")
            default = row.get("default")
            if default is not None and default not in days:
                raise RuleError(f"{path.name}: holiday {name!r}: default {default!r} has no day")
            holidays[name] = Holiday(default, days)
        alternation = _alternation(countries)
        return National(holidays=holidays, cue=re.compile(alternation),
                        qualifier_before=re.compile(data["qualifier_before"].replace("{country}", alternation)),
                        qualifier_after=re.compile(data["qualifier_after"].replace("{country}", alternation)),
                        clause_break=re.compile(data["clause_break"]),
                        cue_not_after=re.compile(data["cue_not_after"], re.IGNORECASE))
    except (KeyError, TypeError, AttributeError, re.error, yaml.YAMLError) as exc:
        raise RuleError(f"{path.name}: {exc!r}") from None


@lru_cache(maxsize=1)
def national() -> National:
    """Read on first use: most texts name no such holiday."""
    return load_national()


def holiday_days(name: str) -> Holiday:
    got = national().holidays.get(name)
    if got is None:
        raise RuleError(f"national.yaml: no holiday {name!r} (named in lexicon.yaml)")
    return got


def _near_country(text: str, start: int, end: int, days: dict[str, str]) -> str | None:
    """The country the phrase or the clause names (steps 1-3 of national.yaml)."""
    nat = national()
    sentence_start = sentence_bounds(text, start, end, cues())[0]
    lo = max(0, start - CONTEXT)
    q = nat.qualifier_before.search(text, lo, start)
    if q and _country(q) in days:
        return _country(q)
    inside = [c for c in map(_country, nat.cue.finditer(text, start, end)) if c in days]
    if inside:
        return inside[-1]
    q = nat.qualifier_after.match(text[end:end + CONTEXT])
    if q and _country(q) in days:
        return _country(q)
    lo = max(sentence_start, start - NEAR)
    for brk in nat.clause_break.finditer(text, lo, start):
        lo = brk.end()
    before = [_country(c) for c in nat.cue.finditer(text, lo, start)
              if _country(c) in days and not nat.cue_not_after.search(text[max(lo, c.start() - CONTEXT):c.start()])]
    return before[-1] if before else None


CONTEXT = 60  # characters read for a qualifier, as a rule's before/after


@lru_cache(maxsize=4)
def text_country(text: str) -> str | None:
    """The country the whole text names most: twice or more, and more often
    than all the others together; else None."""
    counts = Counter(map(_country, national().cue.finditer(text)))
    if not counts:
        return None
    (top, n), = counts.most_common(1)
    return top if n >= DOCUMENT_LEAST and 2 * n > sum(counts.values()) else None


def country_for(name: str, text: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(country, day spec) of holiday `name` named at text[start:end]; the
    spec is None when no country gives it a day."""
    row = holiday_days(name)
    country = _near_country(text, start, end, row.days) if text else None
    if country is None and text:
        document = text_country(text)
        country = document if document in row.days else None
    if country is None:
        country = row.default
    return country, row.days.get(country) if country else None


def day_in(year: int, spec: str, movable_in) -> dt.date:
    """The day of a spec in `year`: a fixed "MM-DD" here, the other forms by
    `movable_in` (anchor._movable_in's arguments)."""
    if re.match(r"^\d\d-\d\d$", spec):
        return dt.date(year, int(spec[:2]), int(spec[3:]))
    if spec.startswith("E"):
        return movable_in(year, None, None, None, None, spec[1:])
    if spec.startswith("T"):
        return movable_in(year, None, None, None, None, None, spec[1:])
    month, nth, weekday = spec.split("-")
    return movable_in(year, month, nth, weekday, None, None)
