"""Which language an article is written in, told by its commonest short words (the words and the
message are data: timeline/data/languages.yaml). timeline reads English only; an article in another
language is named in a note rather than left to give a few events dated to their year alone."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def languages() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/languages.yaml").read_text("utf-8"))


@cache
def _words() -> dict[str, frozenset[str]]:
    return {name: frozenset(entry["words"]) for name, entry in languages()["languages"].items()}


def language_of(text: str) -> str:
    """The language `text` reads as: English unless another's words clearly outnumber English ones."""
    data = languages()
    english = data["english"]
    counts = dict.fromkeys(_words(), 0)
    for word in _WORD.findall(text.lower()):
        for name, words in _words().items():
            if word in words:
                counts[name] += 1
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
