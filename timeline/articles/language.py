"""Which language an article is written in, told by its commonest short words (the words and the
message are data: timeline/data/languages.yaml). timeline reads English only; an article in another
language is named in a note rather than left to give a few events dated to their year alone."""

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
    data = languages()
    name = language_of(text)
    if name == data["english"]:
        return []
    return [data["message"].format(article=shown, language=name, example=data["languages"][name]["example"])]
