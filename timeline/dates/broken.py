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

# A hyphen at a line's end and the line break after it: searched first, the word before it sought
# only there (searching for the words themselves took half as long as tagging a text).
_GAP = re.compile(r"-[ \t]*\n[ \t]*")
# A word's second part, at the next line's start.
_TAIL = re.compile(r"[^\W\d_]+(?![\w-])")


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
    words = None
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for gap in _GAP.finditer(text):
        start = gap.start()
        if not (start and text[start - 1].isalpha()):
            continue
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        tail = _TAIL.match(text, gap.end())
        before = text[start - 1] if start else " "
        # not the last part of a compound ("day-to-" over "day": "to" is no word's start)
        if tail is None or start < last or before.isalnum() or before in "-_":
            continue
        words = words or _words()
        whole = text[start:gap.start()] + tail[0]
        if whole not in words and whole.lower() not in words:
            continue
        pieces.append(text[last:start])
        # the word whole, then its line break as it was, then a space where the hyphen was
        pieces.append(whole + gap[0][1:] + " ")
        spans.append((start, tail.end()))
        last = tail.end()
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
