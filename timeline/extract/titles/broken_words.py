"""Words a PDF's line broke with a hyphen ("refer-" over "ence"), written whole again, and where an
offset of the text falls once they are; a compound the break fell in keeps its hyphen. The rules are
in data/events.yaml (broken_word_kept_before, broken_word_compound_letters)."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA


def joined_broken_words(text: str, article: str = "") -> str:
    """The text with each word a PDF's line broke with a hyphen ("refer-" over "ence") written whole
    again ("reference"); data/events.yaml's broken_word_kept_before. A compound the break fell in
    keeps its hyphen ("well-" over "known": "well-known", not "wellknown"), told by the words of the
    `article` the text is in (_compound); with no article, every such word is joined."""
    if "-\n" not in text and "- \n" not in text:
        return text
    return _BROKEN_WORD.sub(lambda m: _mended(m, article), text)


def _mended(match: re.Match, article: str) -> str:
    """A broken word's hyphen, break and second part as joined_broken_words writes them."""
    if match["next"].lower() in _kept_before():
        return match[0]
    return "-" + match["next"] if _compound(match, article) else match["next"]


def _compound(match: re.Match, article: str) -> bool:
    """Whether the word broken at `match` is a compound that keeps its hyphen: not when the article
    has it joined elsewhere ("government"); when it has it hyphenated elsewhere ("well-known"), or
    has both parts as words of their own, each of title_broken_compound_letters or more ("well",
    "known"), where a part that is no word ("govern-" over "ment") tells a word broken, not a compound."""
    if not article:
        return False
    head = re.search(r"[^\W\d_]+$", match.string[: match.start()])
    if head is None:
        return False
    first, second = head[0].lower(), match["next"].lower()
    words, compounds = _vocabulary(article)
    if first + second in words:
        return False
    if f"{first}-{second}" in compounds:
        return True
    least = int(rules.data(_DATA)["broken_word_compound_letters"])
    return min(len(first), len(second)) >= least and first in words and second in words


@lru_cache(maxsize=8)  # the article's events ask it for each title and summary
def _vocabulary(article: str) -> tuple[frozenset[str], frozenset[str]]:
    """The article's words and its hyphenated words, lower-cased, without the words broken at a
    line's end (which would tell of themselves)."""
    whole = re.sub(r"[^\W\d_]+-[ \t]*\n[ \t]*[^\W\d_]+", " ", article)
    compounds = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", whole))
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", whole)), compounds


def _joined_offset(text: str, offset: int, article: str = "") -> int:
    """Where an offset of the text falls once joined_broken_words has joined its broken words."""
    gone = 0
    for match in _BROKEN_WORD.finditer(text, 0, offset):
        if match["next"].lower() not in _kept_before() and match.end("break") <= offset:
            gone += match.end("break") - match.start() - (1 if _compound(match, article) else 0)
    return offset - gone


_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-(?P<break>[ \t]*\n[ \t]*)(?P<next>(?-i:[a-z]+))")


def _kept_before() -> frozenset[str]:
    return rules.words(_DATA, "broken_word_kept_before")
