"""Regular expressions rebuilt from the code an earlier run compiled them to (rule_cache.py).

re.compile parses a pattern and turns the tree into the code its matcher runs; that is nearly all its
time (the scout's regex of 80,000 characters, 0.14 s; the 380 rules', 0.5 s; a run compiles the
scout's and the rules its text needs). The code depends on the pattern, its flags and the Python
alone, so an entry named by their hash can keep it, and _sre.compile makes of it the very Pattern
re.compile makes (equal to it: same pattern, flags and code; the C side checks the code before taking
it). Both are CPython's internals, as re's parser in scout.py is: where they are not as here, or
refuse what they are given, the pattern is compiled as usual.
"""
from __future__ import annotations

import array
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from . import rule_cache

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: compile as usual
    _sre = None

_WORD = "I"  # the matcher's code words: 32 bits (_sre.CODESIZE), as an array stores them


def _usable() -> bool:
    return _sre is not None and getattr(_sre, "CODESIZE", None) == array.array(_WORD).itemsize == 4


class CodeBook:
    """Compiled code of many patterns: a listing (pattern, flags -> where its code is and how its
    groups are named) and the code words of all, one after the other."""

    def __init__(self, listing: dict[tuple[str, int], tuple], words: array.array):
        self._listing = listing
        self._words = words
        self._built: dict[tuple[str, int], re.Pattern] = {}

    @classmethod
    def made_of(cls, regexes) -> CodeBook | None:
        """The code of each (pattern, flags), compiled here; None where it cannot be kept."""
        if not _usable():
            return None
        listing, words = {}, array.array(_WORD)
        for pattern, flags in sorted(set(regexes)):
            try:
                tree = _parser.parse(pattern, flags)
                code = _compiler._code(tree, flags)
            except Exception:  # noqa: BLE001 - a bad pattern is loading's to report; not kept here
                continue
            indexgroup = [None] * tree.state.groups
            for name, index in tree.state.groupdict.items():
                indexgroup[index] = name
            listing[pattern, flags] = (flags | tree.state.flags, tree.state.groups - 1, dict(tree.state.groupdict),
                                       tuple(indexgroup), len(words), len(code))
            words.extend(code)
        return cls(listing, words)

    def regex(self, pattern: str, flags: int) -> re.Pattern | None:
        """The compiled `pattern`, from its kept code; None when the book has none for it."""
        built = self._built.get((pattern, flags))
        if built is not None:
            return built
        kept = self._listing.get((pattern, flags))
        if kept is None:
            return None
        full_flags, groups, groupindex, indexgroup, start, length = kept
        try:
            built = _sre.compile(pattern, full_flags, self._words[start:start + length].tolist(),
                                 groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - code the matcher refuses: compile it as usual
            return None
        self._built[pattern, flags] = built
        return built

    def written(self) -> tuple[list, bytes]:
        """The listing as JSON can hold it, in a fixed order, and the code words as bytes."""
        listing = [[pattern, flags, *kept[:2], kept[2], list(kept[3]), *kept[4:]]
                   for (pattern, flags), kept in sorted(self._listing.items())]
        return listing, self._words.tobytes()

    @classmethod
    def read(cls, listing, data: bytes) -> CodeBook | None:
        """The book `written` gave; None when it is not of that shape."""
        if not _usable() or not isinstance(listing, list) or len(data) % 4:
            return None
        words = array.array(_WORD)
        words.frombytes(data)
        table = {}
        try:
            for pattern, flags, full_flags, groups, groupindex, indexgroup, start, length in listing:
                if not (isinstance(pattern, str) and isinstance(groupindex, dict) and 0 <= start <= start + length <= len(words)):
                    return None
                table[pattern, int(flags)] = (int(full_flags), int(groups), groupindex, tuple(indexgroup), start, length)
        except (TypeError, ValueError):
            return None
        return cls(table, words)


def kept(regexes: Iterable[tuple[str, int]], where: Path | None) -> CodeBook | None:
    """The code of every (pattern, flags) of `regexes`: read from the entry in the folder `where`
    named by their text (and the Python, rule_cache.key_of_texts), else compiled now and kept there;
    None without a folder, or where this Python cannot keep code. A changed pattern names another
    entry: one never reads code that is not its own."""
    if where is None or not _usable():
        return None
    regexes = sorted(set(regexes))
    hashed = rule_cache.key_of_texts(f"{flags} {pattern}" for pattern, flags in regexes)
    entry = rule_cache.read(hashed, where)
    if entry is not None:
        book = CodeBook.read(entry[0].get("compiled"), entry[1])
        if book is not None:
            return book
    made = CodeBook.made_of(regexes)
    if made is not None:
        rule_cache.write(hashed, where, lambda: _entry(made))
    return made


def _entry(made: CodeBook) -> tuple[dict, bytes]:
    listing, body = made.written()
    return {"compiled": listing}, body


def compiler(book: CodeBook | None) -> Callable[[str, int], re.Pattern]:
    """re.compile, taking the pattern from `book` where it holds it."""
    def compile(pattern: str, flags: int = 0) -> re.Pattern:
        found = book.regex(pattern, flags) if book is not None else None
        return found if found is not None else re.compile(pattern, flags)
    return compile
