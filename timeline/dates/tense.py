"""The tense of the sentence around an expression: "past", "future" or None.

A heuristic, not a parser: the cue word nearest to the expression within its
sentence decides.  Cue words live in rules/tense.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import RuleError
from .lexicon import YAML_LOADER, trie_regex

WINDOW = 250  # characters looked at on either side
FAR_REPORTING = 1000


@dataclass(frozen=True)
class TenseCues:
    cue: re.Pattern  # group "future" or "past"
    not_past: frozenset
    sentence_end: re.Pattern
    passive_before: re.Pattern
    reporting: frozenset
    reporting_reach: int
    ahead_before: re.Pattern
    past_plan_before: re.Pattern
    back_before: re.Pattern


@lru_cache(maxsize=1)
def cues(path: Path = Path(__file__).parent / "rules" / "tense.yaml") -> TenseCues:
    with open(path, encoding="utf-8") as f:
        data = yaml.load(f, Loader=YAML_LOADER)
    try:
        future = trie_regex({w.lower() for w in data["future"]})
        past_words = {w.lower() for w in data["past"] + data["reporting"]
                      if w.lower() not in ("says", "say", "according")}
        past = trie_regex(past_words)
        pattern = (rf"(?<![\w'])(?:(?P<future>{future})|(?P<past>{past}))(?!\w)"
                   rf"|(?P<suffix>{data['past_suffix']})")
        return TenseCues(re.compile(pattern, re.IGNORECASE),
                         frozenset(w.lower() for w in data.get("not_past", [])),
                         re.compile(data["sentence_end"]),
                         re.compile(data["passive_before"], re.IGNORECASE),
                         frozenset(w.lower() for w in data["reporting"]),
                         int(data["reporting_reach"]),
                         re.compile(data["ahead_before"], re.IGNORECASE),
                         re.compile(data["past_plan_before"], re.IGNORECASE),
                         re.compile(data["back_before"], re.IGNORECASE))
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"{path.name}: {exc!r}") from None


def sentence_bounds(text: str, start: int, end: int, c: TenseCues) -> tuple[int, int]:
    lo = max(0, start - WINDOW)
    left = lo
    for m in c.sentence_end.finditer(text, lo, start):
        left = m.end()
    m = c.sentence_end.search(text, end, min(len(text), end + WINDOW))
    right = m.start() + 1 if m else min(len(text), end + WINDOW)
    return left, right


def points_ahead(text: str, start: int) -> bool:
    """A word just before the expression that looks forward ("through January")."""
    return bool(cues().ahead_before.search(text, max(0, start - 40), start))


def points_back(text: str, start: int) -> bool:
    """A word just before the expression that looks back ("since November")."""
    return bool(cues().back_before.search(text, max(0, start - 40), start))


def tense_at(text: str, start: int, end: int) -> str | None:
    c = cues()
    left, right = sentence_bounds(text, start, end, c)
    best, best_distance = None, None
    for m in c.cue.finditer(text, left, right):
        if start <= m.start() < end:
            continue  # the expression's own words
        kind = "future" if m.group("future") else "past"
        if kind == "future" and c.past_plan_before.search(text, max(0, m.start() - 12), m.start()):
            kind = "past"
        if kind == "past" and (m.group(0).lower() in c.not_past
                               or c.passive_before.search(text, max(0, m.start() - 12), m.start())):
            continue  # "will be held", "is expected": a participle, no past tense
        distance = start - m.end() if m.end() <= start else m.start() - end
        if m.group(0).lower() in c.reporting and distance > c.reporting_reach:
            distance += FAR_REPORTING  # the reported clause has its own tense; this is a last resort
        # Cues before the expression govern it more often than cues after.
        if m.start() >= end:
            distance = distance * 2 + 10
        if best_distance is None or distance < best_distance:
            best, best_distance = kind, distance
    return best
