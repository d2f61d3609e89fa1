"""What every match of a pattern holds, worked out from the pattern itself: a gate before the regex.

Most of the extractor's patterns are tried on sentences they do not match: the attachment cues on
every dated sentence, the title rules on every cut of a title, the debris' rules on every line. A
pattern whose every match holds one of a few fixed strings ("said", "told", "according to") cannot
match a text holding none of them, and `in` finds that out many times faster than the regex engine
finds there is no match. The strings are derived by parsing the pattern (re's own parser, as the date
engine's scout does), never written by hand, so they cannot drift from the pattern:

- a run of characters the pattern must match one after the other ("said", "[ \\t]" expanded, a `?`
  taken both ways, zero-width assertions and look-arounds in between) gives the strings it can be;
- a group of alternatives holds one of its alternatives' strings; a repeat at least once, its body's;
- of all the runs a pattern must match, the one a text is least likely to hold is kept: words rather
  than a date's mark, then the longest shortest string.

A pattern anchored at the text's start ("^...", the debris' line rules) gets no gate: it fails at the
first characters anyway, sooner than a gate could be checked. A gate of a few strings is checked
string by string; one of many (a pattern needing one of 90 nouns) by one regex of them all, a trie.

Only ASCII characters count, compared in the text as `timeline.folding.lower_same_offsets` lower-
cases it: every character IGNORECASE matches to an ASCII character is that character there (tests/
extract/test_literals.py checks every code point), so a string found with any case flags is found
there. Anything else (a class of many characters, a back-reference, a repeat that may be skipped)
ends a run; a pattern with no run worth checking gets no gate and is searched as before.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile; its public alias sre_parse is deprecated
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore
    import sre_parse as P  # type: ignore

from timeline.dates.lexicon import trie_regex
from timeline.dates.scout import starts_anchored

# How many strings a run may have (a run of alternatives multiplies them): beyond it the run so far
# is closed and a new one begins.
MAX_STRINGS = 64
# A character class of at most this many characters is taken character by character ("[ \\t]").
MAX_CLASS = 4
# A gate is kept only when its shortest string has this many characters: "a" or "," is in nearly
# every sentence, and checking for it costs more than it saves.
MIN_LENGTH = 3
# What the data's patterns write a date as ("@DATE@", "@OTHER@": rules.DATE_MARK) holds it.
MARK = "@"
# The most strings a gate checks one by one (with `in`); a gate of more, up to MAX_TRIE, is checked
# by one regex of them (`trie`), which follows one path of its letters at each place of the text.
MAX_GATE = 8
MAX_TRIE = 256
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}


class _Node:
    """What is known of a piece of a pattern: `exact`, every string it can match (when few and all
    ASCII), or None; `holds`, strings one of which every match of it holds, or None."""

    __slots__ = ("exact", "holds")

    def __init__(self, exact: frozenset[str] | None, holds: frozenset[str] | None):
        self.exact = exact
        self.holds = holds


_UNKNOWN = _Node(None, None)
_EMPTY = _Node(frozenset({""}), None)


def gate(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The strings (sorted) of which a text lower-cased (lower_same_offsets) must hold one for
    `pattern` to match in it, when checking them is worth it; else None."""
    tree = P.parse(pattern, flags)
    if starts_anchored(list(tree)) and not tree.state.flags & C.SRE_FLAG_MULTILINE:
        return None
    holds = _holds(_sequence(list(tree)))
    if not _useful(holds):
        return None
    # a text holding "remains" holds "remain": only the strings holding no other of the set are checked
    least = sorted(s for s in holds if not any(other != s and other in s for other in holds))
    return tuple(least) if len(least) <= MAX_TRIE else None


def trie(strings: tuple[str, ...]) -> str:
    """The regex a gate of more than MAX_GATE strings is checked with: any of them, as a trie."""
    return trie_regex(strings, re.escape)


def _useful(strings: frozenset[str] | None) -> bool:
    return strings is not None and min(map(len, strings)) >= MIN_LENGTH


def _holds(node: _Node) -> frozenset[str] | None:
    """The node's best strings, one of which every match holds: its own exact strings or `holds`."""
    return _better(node.exact if node.exact is not None and "" not in node.exact else None, node.holds)


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets, the one a text is least likely to hold: words rather than a date's mark, whose
    sentences hold it all (the cues are asked of sentences with @DATE@ written in), then the set
    whose shortest string is the longest (but for the shortest any gate allows), then the fewer."""
    if one is None or "" in one:
        return other
    if other is None or "" in other:
        return one
    return max(one, other, key=_rarity)


def _rarity(strings: frozenset[str]) -> tuple:
    shortest = min(map(len, strings))
    return (shortest >= MIN_LENGTH, not any(MARK in s for s in strings), shortest, -len(strings), sorted(strings))


def _sequence(items: list) -> _Node:
    run: frozenset[str] | None = frozenset({""})  # the exact strings of the run so far
    closed = False  # whether a run was closed: the sequence's own strings are then unknown
    best: frozenset[str] | None = None
    for op, av in items:
        node = _element(op, av)
        best = _better(best, node.holds)
        if node.exact is not None and run is not None and len(run) * len(node.exact) <= MAX_STRINGS:
            run = frozenset(a + b for a in run for b in node.exact)
            continue
        best = _better(best, run)
        closed = True
        run = node.exact if node.exact is not None else frozenset({""})
    best = _better(best, run)
    return _Node(None if closed else run, best)


def _element(op, av) -> _Node:
    if op is C.LITERAL:
        return _Node(frozenset({chr(av).lower()}), None) if av < 128 else _UNKNOWN
    if op in _ZERO_WIDTH:
        return _EMPTY  # matches no character: a run goes on past it
    if op is C.IN:
        return _class(av)
    if op is C.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op is C.BRANCH:
        return _branch(av[1])
    if op in _REPEATS:
        return _repeat(*av)
    return _UNKNOWN  # any character, a category, a back-reference, a condition


def _class(items) -> _Node:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL and av < 128:
            chars.add(chr(av).lower())
        elif op is C.RANGE and av[1] < 128 and av[1] - av[0] < MAX_CLASS:
            chars.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN  # negated, a category, a character beyond ASCII or a wide range
    return _Node(frozenset(chars), None) if len(chars) <= MAX_CLASS else _UNKNOWN


def _branch(alternatives) -> _Node:
    nodes = [_sequence(list(alt)) for alt in alternatives]
    exact: set[str] | None = set()
    holds: set[str] | None = set()
    for node in nodes:
        if exact is not None and node.exact is not None and len(exact) + len(node.exact) <= MAX_STRINGS:
            exact |= node.exact
        else:
            exact = None
        own = _holds(node)
        holds = None if holds is None or own is None else holds | own
    return _Node(None if exact is None else frozenset(exact), None if holds is None else frozenset(holds))


def _repeat(lo: int, hi, body) -> _Node:
    node = _sequence(list(body))
    if lo == 0:
        if hi == 1 and node.exact is not None:
            return _Node(node.exact | {""}, None)  # taken or not
        return _UNKNOWN
    exact = None
    if lo == hi and node.exact is not None and len(node.exact) ** lo <= MAX_STRINGS:
        strings = frozenset({""})
        for _ in range(lo):
            strings = frozenset(a + b for a in strings for b in node.exact)
        exact = strings
    return _Node(exact, _holds(node))
