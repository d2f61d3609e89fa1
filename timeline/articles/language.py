"""Which language an article is written in, told by its commonest short words (the words and the
message are data: timeline/data/languages.yaml). An article in another language is named in a note
saying what of it timeline does not read; its dates written out in its words are read
(timeline/dates/languages.py), and its titles leave out the little words that lead to them."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from timeline.dates import data_cache

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # the same in lower-cased ASCII, without Unicode's categories


@cache
def languages() -> dict:
    return data_cache.shipped("data/languages.yaml")


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each listed word, and the languages whose lists hold it."""
    found: dict[str, list[str]] = {}
    for name, entry in languages()["languages"].items():
        for word in entry["words"]:
            found.setdefault(word, []).append(name)
    return {word: tuple(names) for word, names in found.items()}


def language_of(text: str) -> str:
    """The language `text` reads as: English unless another's words clearly outnumber English ones."""
    data = languages()
    english = data["english"]
    of_word = _languages_of_word()
    counts = dict.fromkeys(data["languages"], 0)
    # Each distinct word looked up once, counted as often as it is written (a word at a time, a
    # story's language took 2% of its extraction).
    low = text.lower()
    for word, times in Counter((_ASCII_WORD if low.isascii() else _WORD).findall(low)).items():
        for name in of_word.get(word, ()):
            counts[name] += times
    best = max((name for name in counts if name != english), key=lambda name: counts[name])
    if counts[best] >= data["least_words"] and counts[best] >= data["times_english"] * counts[english]:
        return best
    return english


def language_notes(text: str, shown: str) -> list[str]:
    """A note naming the article `shown` when its `text` is not in English; none when it is."""
    return language_note(language_of(text), shown)


def language_note(name: str, shown: str) -> list[str]:
    """A note naming the article `shown`, written in language `name`, when that is not English."""
    data = languages()
    if name == data["english"]:
        return []
    entry = data["languages"][name]
    return [data["message"].format(article=shown, language=name, example=entry["example"], relative=entry["relative"])]


@cache
def date_lead(name: str | None) -> re.Pattern | None:
    """The little words of language `name` that lead to a date ("en février 2020", "am 27. Januar"),
    any number of them, at the end of the text before it (data: `date_lead`); None for English, whose
    are the extractor's own (extract/data/events.yaml, title_date_lead)."""
    entry = languages()["languages"].get(name) if name else None
    words = (entry or {}).get("date_lead")
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w'’])(?:{alternatives})\s+)+$", re.IGNORECASE)
