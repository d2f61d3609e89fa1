"""Quote marks in titles: wire copy's ``...'' read as the curly marks they stand for, a title's
ends trimmed of punctuation and of marks that pair with none, and a quote a title cuts short left
out; the rules are in data/events.yaml (title_quote_marks, title_tail, title_no_end)."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _complete, _has_verb, _min_words


@lru_cache(maxsize=None)
def _wire_marks() -> dict[str, str]:
    return {str(wire): str(mark) for wire, mark in rules.data(_DATA)["title_quote_marks"]["marks"].items()}


_WIRE_MARK = re.compile("|".join(map(re.escape, sorted(_wire_marks(), key=len, reverse=True))))


def _curly_offset(sentence: str, offset: int) -> int:
    """Where an offset of the sentence falls once its wire marks are each one curly mark."""
    return offset - sum(len(m[0]) - len(_wire_marks()[m[0]]) for m in _WIRE_MARK.finditer(sentence, 0, offset))


def _before_cut_quote(text: str) -> str:
    """The title up to a quote it cuts short (one opened and not closed: too long to fit) that
    follows a colon, when the words before it are a title of their own: "They are now suspected of
    bringing swine flu to New York:" ` No one" -> "... to New York" (a colon with a space is a
    break already: title_breaks). Not a quote that is part of the clause ("warned passengers "not to
    travel to Mexico unless ..."), nor when the words before it only say who spoke ("The WHO said:
    "Limiting travel ..."): what was said, even cut, is then the news."""
    marks = [i for i, c in enumerate(text) if c in '"“”']
    if len(marks) % 2 == 0 or not text[:marks[-1]].rstrip().endswith(":"):
        return text
    head = text[:marks[-1]].rstrip(" ,;:-–—`'‘")
    if (len(head.split()) < _min_words() or not _complete(head) or head.count('"') % 2
            or head.split()[-1].lower() in rules.words(_DATA, "title_no_end")):
        return text  # no title of its own: "... warned it would be "premature"", "to evidence that "after years
    for pattern in rules.patterns(_DATA, "title_tail"):
        if len(pattern.sub("", head, count=1).split()) < _min_words():
            return text  # who spoke, and nothing else
    return head


def _opens_quote(head: str) -> bool:
    """Whether the text ends on a quote mark that opens a quote (an odd one: the first, third ...)."""
    return head[-1:] in '"“' and sum(head.count(mark) for mark in '"“”') % 2 == 1


_END_MARKS = " ,;:-–—'‘’"  # stripped from a title's ends; double quote marks only when unpaired
_QUOTES = '"“”'


def _trim_ends(text: str) -> str:
    """The text without punctuation at its ends, and without a double quote mark there that pairs
    with none inside ("It's happened before, in 1918," -> "It's happened before"); one that opens a
    quote the title closes stays ('"Joan avoids a cold" a Coronet Instructional Film', not 'Joan
    avoids a cold" a Coronet ...')."""
    while True:
        trimmed = re.sub(r"[.,;:]([\"”])$", r"\1", text.strip(_END_MARKS))  # '"justified."' -> '"justified"'
        unpaired = set(_unpaired_quotes(trimmed))
        if trimmed[:1] in _QUOTES and 0 in unpaired:
            trimmed = trimmed[1:]
        if trimmed[-1:] in _QUOTES and len(trimmed) - 1 in unpaired:
            trimmed = trimmed[:-1]
        if trimmed[:1] in _QUOTES and trimmed[-1:] in _QUOTES and len(trimmed) > 1 and sum(map(trimmed.count, _QUOTES)) == 2:
            trimmed = trimmed[1:-1]  # the title is one quote whole: its marks say nothing
        if trimmed == text:
            return text
        text = trimmed


def _unpaired_quotes(text: str) -> list[int]:
    """Where the text's double quote marks pair with none: a closing one whose quote opened before the
    text (the sentence goes on with a quote begun before it), an opening one the text cuts short. A
    straight mark opens after a space or the start, and closes otherwise."""
    opened: list[int] = []
    unpaired: list[int] = []
    for index, char in enumerate(text):
        if char not in _QUOTES:
            continue
        opens = char == "“" or (char == '"' and (index == 0 or text[index - 1] in " ([—–-") and text[index + 1:index + 2] not in ("", " "))
        if opens:
            opened.append(index)
        elif opened:
            opened.pop()
        else:
            unpaired.append(index)
    return sorted(unpaired + opened)


def _balance_quotes(text: str) -> str:
    """The text with its double quote marks paired: one unpaired is left out, and a quote opened and
    cut short before its verb with it ('... from the US "A swine flu' -> '... from the US'), when the
    words before it are enough for a title."""
    unpaired = _unpaired_quotes(text)
    if not unpaired:
        return text
    last = unpaired[-1]
    cut = text[last + 1:]
    head = text[:last].rstrip(_END_MARKS)
    if (text[last] != "”" and cut.strip()[:1].isupper() and not _has_verb(cut) and len(head.split()) >= _min_words()
            and head.split()[-1].lower() not in rules.words(_DATA, "title_no_end") and not _unpaired_quotes(head)):
        return head
    for index in reversed(unpaired):
        text = text[:index] + text[index + 1:]
    return " ".join(text.split())
