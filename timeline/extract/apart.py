"""Two sentences that tell two happenings, however alike their words: what merging never joins.

A false merge hides an event, so these hold between every two sources of a merged event, not only
between the two sentences that brought their events together (events.merge): "pupils at the
Kirkgate school were ill" and "children at a second school were ill" stay apart even when a third
sentence ("many pupils were ill") is like both. Near-identical sentences still merge.

The words and patterns are data: `merge_figures`, `merge_negated`, `merge_another`,
`merge_possessive` and `merge_reaction` in timeline/extract/data/events.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import cache

from timeline.extract import rules

_DATA = "events"
WORD = re.compile(r"[a-z][a-z'-]+")
# What a sentence can say of a word that makes it another happening than one told without it.
_MARKS = ("merge_negated", "merge_another", "merge_possessive", "merge_reaction")


@cache  # a story's sentences use the same few thousand words over and over
def stem(word: str) -> str:
    word = word.removesuffix("'s")
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class Traits:
    """What of a sentence another sentence of the same happening would not contradict."""

    words: frozenset[str]  # its stems
    figures: frozenset[str]
    marks: tuple[frozenset[str], ...]  # in _MARKS's order


def traits(text: str, words: str, bag: Counter) -> Traits:
    """`text`: the sentence; `words`: the same without its dates and times (without_dates); `bag`: its stems."""
    return Traits(frozenset(bag), _figures(words), _marks(text))


def without_dates(masked: str, start: int, end: int, mentions: list, starts: list[int]) -> str:
    """A sentence's words (masked[start:end]) without its dates and times ("at 4pm on 29 April"),
    whose figures are not the ones it reports. `mentions`: the article's, sorted by where they start
    (`starts`)."""
    pieces, at = [], start
    for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]:
        if m.start > at:
            pieces.append(masked[at:m.start])
        at = max(at, min(m.end, end))
    pieces.append(masked[at:end])
    return " ".join(pieces)


def two_happenings(a: Traits, b: Traits) -> bool:
    return _figures_differ(a.figures, b.figures) or _marked_in_one(a, b)


def _figures(words: str) -> frozenset[str]:
    return frozenset(f.group(0).replace(",", "") for p in rules.patterns(_DATA, "merge_figures") for f in p.regex.finditer(words))


def _figures_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both sentences give figures and share none: two reports ("confirmed 236 cases", "confirmed
    109 cases"), which merged would hide one; a person can merge them by hand."""
    return bool(a and b and not a & b)


def _marks(text: str) -> tuple[frozenset[str], ...]:
    """The stems of the words a sentence says did not take place ("will not be meeting": "meet"), of
    those it says are another of their kind ("a second school": "school"), of those it names as
    the owner of another ("the president's son": "president"), and of those it tells a reaction to
    ("condemned the bomb explosions": "bomb"), in _MARKS's order."""
    dates = date_stems()  # "New Year's message" owns nothing: the words that name days mark none
    return tuple(frozenset(stem(m.group("what").lower()) for p in rules.patterns(_DATA, key) for m in p.regex.finditer(text)) - dates
                 for key in _MARKS)


@cache
def date_stems() -> frozenset[str]:
    """The stems of `generic_date_words`, stemmed as the text's words are ("evening" is "even" there,
    and slipped past the list)."""
    return frozenset(stem(w) for w in rules.words(_DATA, "generic_date_words"))


@cache
def unshared_stems() -> frozenset[str]:
    """The stems no two sentences share as wording: those that name days (date_stems), which every
    sentence of a day has, and the nouns that stand in for someone unnamed (`merge_stand_ins`: "the
    man" of one sentence need not be the man of another)."""
    return date_stems() | frozenset(stem(w) for w in rules.words(_DATA, "merge_stand_ins"))


def _marked_in_one(a: Traits, b: Traits) -> bool:
    """A word both sentences use is marked by one and not the other: one says the meeting took place,
    the other that it did not; one tells of a school, the other of a second one; one of the
    president, the other of the president's son; one of the bombs, the other of condemning them."""
    shared = a.words & b.words
    return any((x ^ y) & shared for x, y in zip(a.marks, b.marks))
