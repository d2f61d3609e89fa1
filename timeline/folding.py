"""Text lower-cased so that a pattern written in lower case finds in it, without IGNORECASE, what it
finds with IGNORECASE in the text: the date engine's scout and cue words, and the extractor's
pre-checks (timeline/extract/needs.py), search so, as `re` compares characters faster than it folds
each one."""

from __future__ import annotations

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
