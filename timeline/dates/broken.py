"""Date words a line's end broke with a hyphen ("14 Novem-" over "ber 2008", as text converted from
a PDF keeps them), read whole, the offsets given still the text's own.

The engine reads a copy of the text of the same length, each such word written whole where it
began and its hyphen and line break after it ("November\\n " for "Novem-\\nber"), so that every
other character keeps its place; an expression that ends inside a word so written ends where the
word's second part ends in the text, and its text is the text's own words ("14 Novem-\\nber 2008").
Which words: those of the word lists rules/broken_words.yaml names.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import data_cache
from .errors import RuleError
from .model import Timex

BROKEN_WORDS = Path(__file__).parent / "rules" / "broken_words.yaml"

# A word's first part, its hyphen at a line's end and its second part at the next line's start; not
# the last part of a compound ("day-to-" over "day": "to" is no word's start).
_BROKEN = re.compile(r"(?<![\w-])(?P<head>[^\W\d_]+)-(?P<gap>[ \t]*\n[ \t]*)(?P<tail>[^\W\d_]+)(?![\w-])")


@dataclass(frozen=True)
class Mended:
    """A text with its broken date words written whole (`text`, as long as the text given) and where
    each was: (start, end) of its first part to its second's end, in both texts alike."""

    text: str
    words: tuple[tuple[int, int], ...]

    def offset(self, at: int, *, end: bool) -> int:
        """`at`, an offset into the mended text, in the text given: inside a mended word, its start
        (`end` False) or its end (`end` True)."""
        for start, stop in self.words:
            if start < at < stop:
                return stop if end else start
        return at

    def given(self, timex: Timex, text: str) -> Timex:
        """The expression `timex` of the mended text, as found in `text`, the text given."""
        start, end = self.offset(timex.start, end=False), self.offset(timex.end, end=True)
        if (start, end) == (timex.start, timex.end):
            return dataclasses.replace(timex, text=text[start:end]) if timex.text != text[start:end] else timex
        return dataclasses.replace(timex, start=start, end=end, text=text[start:end])


def mended(text: str) -> Mended | None:
    """The text with its date words a line's end broke written whole, or None when it has none."""
    if "\n" not in text or "-" not in text:
        return None
    words = _words()
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for match in _BROKEN.finditer(text):
        whole = match["head"] + match["tail"]
        if whole not in words and whole.lower() not in words:
            continue
        pieces.append(text[last:match.start()])
        # the word whole, then its line break as it was, then a space where the hyphen was
        pieces.append(whole + match["gap"] + " ")
        spans.append(match.span())
        last = match.end()
    if not spans:
        return None
    pieces.append(text[last:])
    return Mended("".join(pieces), tuple(spans))


def mended_text(text: str) -> str:
    """The text as the engine reads it: its broken date words whole (mended), else as it is."""
    found = mended(text)
    return text if found is None else found.text


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The words a line's end may break and the engine read whole: each form of one word of letters
    of the word lists broken_words.yaml names, as the list keeps it (a list of exact case, "November";
    else in lower case, "afternoon")."""
    from .rules import default_rules

    names = (data_cache.load(BROKEN_WORDS) or {}).get("word_lists")
    if not isinstance(names, list) or not all(isinstance(x, str) for x in names):
        raise RuleError(f"{BROKEN_WORDS.name}: 'word_lists' must be a list of word list names, not {names!r}")
    lexicon = default_rules().lexicon
    unknown = [name for name in names if name not in lexicon]
    if unknown:
        raise RuleError(f"{BROKEN_WORDS.name}: 'word_lists' names no word list of lexicon.yaml: {', '.join(unknown)}")
    return frozenset(form for name in names for form in lexicon[name].table if form.isalpha())
