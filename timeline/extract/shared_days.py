"""A researcher's notes and the articles they sum up: one story when they tell the same days.

Notes name few of a story's names ("Lowe quit as finance lead") and use few of its words, so
neither the names nor the topic link them to the articles (story.group). What they do share is
the days: "13 March 2024: Okafor says adult care protected" and "said on Wednesday that the
budget protected adult care", each day told with a word of its own ("consultation", "draft").
Notes join the story whose articles tell enough of their days so. Thresholds and examples are in
data/stories.yaml (`notes_*`, `link_examples`).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from timeline.extract import apart, rules
from timeline.folding import letter_runs

if TYPE_CHECKING:
    from timeline.extract.analyse import Analysis

_DATA = "stories"
_WORD = re.compile(r"[^\W\d_]{3,}")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


@dataclass(frozen=True)
class DaysTold:
    """The exact days an article tells, each with the words (stemmed) of the sentences that tell it,
    and in how many of its sentences each word is."""

    words: dict[dt.date, frozenset[str]]
    sentences_using: Counter


def is_notes(analysis: Analysis) -> bool:
    """Most of the article's lines are terse: a list of notes, not an article's sentences."""
    settings = rules.data(_DATA)
    sentences = analysis.sentences
    if len(sentences) < int(settings["notes_min_lines"]):
        return False
    most = int(settings["notes_terse_words"])
    # Asked of every article: it stops at a sentence's first words past `most`, and at the first
    # sentence past the share of long ones notes may have (an article's first few say it is none).
    allowed = (1 - float(settings["notes_terse_share"])) * len(sentences)
    long = 0
    for sentence in sentences:
        if next(islice(_WORD.finditer(sentence.text), most, None), None) is not None:
            long += 1
            if long > allowed:
                return False
    return True


def days_told(analysis: Analysis) -> DaysTold:
    """The days (a full date, or one the engine resolved to a day) that the article's sentences tell."""
    stop = rules.words(_DATA, "not_topic_words")
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    bags = [frozenset(apart.stem(w) for w in letter_runs(s.text.lower()) if w not in stop) for s in sentences]
    words: dict[dt.date, set[str]] = {}
    for mention in analysis.mentions:
        day = _day_of(mention)
        index = bisect_right(starts, mention.start) - 1
        if day is None or index < 0 or mention.start >= sentences[index].end:
            continue  # no day, or a date outside the sentences (a dateline's)
        words.setdefault(day, set()).update(bags[index])
    using = Counter(w for bag in bags for w in bag)
    return DaysTold({day: frozenset(found) for day, found in words.items()}, using)


def days_matched(notes: DaysTold, article: DaysTold) -> frozenset[dt.date]:
    """The notes' days that the article tells too, each with a word of the notes' line that the
    article uses in at most `notes_rare_sentences` sentences: the happening's own word, not the
    story's ("council", "budget"), which a town's other stories of those days use too."""
    rare = int(rules.data(_DATA)["notes_rare_sentences"])
    return frozenset(day for day, words in notes.words.items() if (theirs := article.words.get(day))
                     and any(article.sentences_using[w] <= rare for w in words & theirs))


def matches(analyses: list[Analysis]) -> dict[int, dict[int, frozenset[dt.date]]]:
    """For each notes article, the other articles that tell some of its days (days_matched), with
    those days. Only the articles that tell one of the notes' days are read (most collections hold
    no notes at all)."""
    notes = [i for i, a in enumerate(analyses) if is_notes(a)]
    found: dict[int, dict[int, frozenset[dt.date]]] = {i: {} for i in notes}
    if not notes:
        return found
    told = {i: days_told(analyses[i]) for i in notes}
    having: dict[dt.date, set[int]] = {}
    for i in notes:
        for day in told[i].words:
            having.setdefault(day, set()).add(i)
    for j, analysis in enumerate(analyses):
        readers = {i for m in analysis.mentions for i in having.get(_day_of(m), ()) if i != j}
        if not readers:
            continue
        theirs = told.get(j) or days_told(analysis)
        for i in sorted(readers):
            if days := days_matched(told[i], theirs):
                found[i][j] = days
    return found


def story_told(notes: int, matched: dict[int, frozenset[dt.date]], story_of: Callable[[int], int]) -> int | None:
    """The story (as `story_of` names it) whose articles together tell at least `notes_shared_days`
    of the notes' days, more than any other story does; None when none does, or two equally. A
    story's articles are many reports, each telling a day or two of the notes' (the Guardian's
    swine-flu story: five days of six notes, from five articles); notes on two stories at once
    are joined to neither."""
    own = story_of(notes)
    days: dict[int, set[dt.date]] = {}
    for j, told in matched.items():
        if story_of(j) != own:
            days.setdefault(story_of(j), set()).update(told)
    counts = sorted(((len(d), s) for s, d in days.items()), reverse=True)
    if not counts or counts[0][0] < int(rules.data(_DATA)["notes_shared_days"]):
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    return counts[0][1]


def _day_of(mention) -> dt.date | None:
    """The day a date mention resolved to, when it names one ("2024-03-13", not "2024-03" or "PRESENT_REF")."""
    if mention.type != "DATE" or not _DAY.match(mention.value):
        return None
    try:
        return dt.date.fromisoformat(mention.value)
    except ValueError:  # a day the calendar has not
        return None
