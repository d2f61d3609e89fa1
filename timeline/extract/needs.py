"""A pattern's pre-check (an entry's `needs:` in timeline/extract/data/*.yaml), searched fast.

A `needs:` is most often an alternation of words ("cancel|called\\s+off|scrapped|..."). Searched
with IGNORECASE, Python's `re` folds the case of every character it compares and cannot skip ahead
to a possible first letter, so it tries every alternative at every position: on the Guardian story
the pre-checks took longer than the patterns they guard. Written in lower case, the same words are
searched without IGNORECASE in the text lower-cased, two to three times as fast, and find the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from timeline.folding import folded

# What can make a pattern read differently without IGNORECASE in lower-cased text: a letter beyond
# ASCII (IGNORECASE matches "µ" to the Greek "Μ", whose lower case is another), a capital letter
# it names, an inline flag ("(?-i:May)" wants the capital), and an escape that writes a character
# by its code (\x41 is "A") or refers back to a group. Escapes of classes (\S, \W, \B, \D) hold
# both cases alike, and "(?P<name>" is a group's name.
_CASE_TOKEN = re.compile(r"\\.|\(\?P|\(\?[aiLmsux-]|[A-Z]")
_CODE_ESCAPES = set("xuUN0123456789")


def lower_case_only(source: str) -> bool:
    """Whether `source` finds in lower-cased text exactly what it finds with IGNORECASE in the text."""
    if not source.isascii():
        return False
    for token in _CASE_TOKEN.findall(source):
        if token.startswith("\\"):
            if token[1] in _CODE_ESCAPES:
                return False
        elif token != "(?P":
            return False
    return True


# A mark the data's patterns write a date as ("@DATE@", "@OTHER@": rules.DATE_MARK, attachment.py):
# a word of capitals that, with IGNORECASE, finds its lower case as well.
_MARK = re.compile(r"@[A-Z]+@")


def for_lower_case(source: str) -> str | None:
    """`source` as written to find, without IGNORECASE, in text lower-cased, what it finds with
    IGNORECASE in the text (its marks lower-cased); None when it cannot (lower_case_only)."""
    lowered = _MARK.sub(lambda mark: mark.group(0).lower(), source)
    return lowered if lower_case_only(lowered) else None


class Needs:
    """What every match of a pattern contains; `search` as re.Pattern.search (with IGNORECASE)."""

    def __init__(self, source: str, compile: Callable[[str, int], re.Pattern] = re.compile):
        # `compile` as re.compile: the extractor's rules build it from the code a run kept (pattern_cache.py)
        self.any_case = compile(source, re.IGNORECASE)
        self.lower = compile(source, 0) if lower_case_only(source) else None

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        """The first match in text[pos:], as IGNORECASE would find it: its offsets are the text's,
        its words lower-cased when searched so."""
        if self.lower is not None:
            low = folded(text)
            if low is not None:
                return self.lower.search(low, pos)
        return self.any_case.search(text, pos)


@cache
def needs(source: str, compile: Callable[[str, int], re.Pattern] = re.compile) -> Needs:
    """The pre-check of `source`, one for every entry that writes the same (rules.first_match runs
    each once per text)."""
    return Needs(source, compile)
