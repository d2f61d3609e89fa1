"""Text lower-cased so that a pattern written in lower case finds in it, without IGNORECASE, what it
finds with IGNORECASE in the text: the date engine's scout and cue words, and the extractor's
pre-checks (timeline/extract/needs.py), search so, as `re` compares characters faster than it folds
each one."""

from __future__ import annotations

import re

# Characters that IGNORECASE matches to an ASCII letter but that str.lower()
# leaves alone (the regex module's extra case equivalences, _EXTRA_CASES in
# re._casefix): folded so that the lower-cased text matches as IGNORECASE would.
_FOLD = str.maketrans({"\u0131": "i", "\u017f": "s"})


def lower_same_offsets(text: str) -> str | None:
    """`text` in lower case, with every character where it was; None when
    lower-casing changes the length ("\u0130" becomes two characters)."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if "\u0131" in low or "\u017f" in low:
        low = low.translate(_FOLD)
    return low


# The text last lower-cased by `folded`, and its lower case: (text, lower case or None).
_LAST: tuple[str | None, str | None] = (None, None)


def folded(text: str) -> str | None:
    """lower_same_offsets(text), kept for the same text asked again at once: the extractor's patterns
    and their pre-checks are tried one after another on one sentence, and each lower-cased it again."""
    global _LAST
    last = _LAST  # one tuple, read once: another thread may set it meanwhile
    if last[0] is text:
        return last[1]
    low = lower_same_offsets(text)
    _LAST = (text, low)
    return low


# A run of three letters or more: in text all ASCII, [A-Za-z] is every letter, and re checks it
# without asking each character's Unicode category ([^\W\d_]: 2% of extracting a story).
_LETTER_RUNS = re.compile(r"[^\W\d_]{3,}")
_ASCII_LETTER_RUNS = re.compile(r"[A-Za-z]{3,}")


def letter_runs(text: str) -> list[str]:
    """The runs of three letters or more of `text` (its words, for likeness and topics)."""
    return (_ASCII_LETTER_RUNS if text.isascii() else _LETTER_RUNS).findall(text)
