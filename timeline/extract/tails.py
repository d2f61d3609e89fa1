"""A second gate worked out from a pattern: the steps just before the date's mark, read backwards.

Some attachment cues read a sentence from its start ("^(?:(?!was|were ...)[^.;:!?])*?{verb_of_now}
...{0,200}? ... issued @DATE@"): the regex engine tries every verb of now it meets against every way
on to the date, and fails slowly on the sentences they do not match, which are nearly all. No string
gate can turn those sentences away (literals.py): each word such a cue needs is short ("is", "are")
or the mark itself. But every match holds a match of the cue's last steps before the mark ("issued
@DATE@": a word ending in "ed", then the mark), and those steps, written backwards, begin with the
mark: searched in the text written backwards, the regex engine skips to the mark (a fixed string)
and tries them there only, a few microseconds a sentence.

The steps are worked out by parsing the pattern (re's parser) and writing part of it out again,
backwards, never by hand:

- any run of a pattern's steps that follow each other matches within every text the pattern matches
  (what it matched there; a look-around sees the same text around it), and a step may be loosened:
  a group of alternatives to the tails of its alternatives, a repeat taken at least once to its
  body's tail, a condition on a group to either of its branches, an atomic group to a plain one, a
  look-ahead of no fixed width or an anchor at a line's start or end left out;
- the run kept ends with the first mark every match holds (within a group: every alternative's) and
  begins at the last step before it that needs more than a character (its own tail then, and what
  is asserted just before it), with the single characters, spaces and short optional steps between
  ("\\s+", "(?:on\\s+|in\\s+)?");
- written backwards, a sequence's steps are in the other order, a look-behind is a look-ahead of its
  body backwards and a look-ahead of fixed width a look-behind; a word boundary stays one, "^" (the
  text's start) is the end of the text backwards, "\\Z" its start;
- a pattern gets such a gate only when the run leaves out a step that scans (an unbounded or long
  repeat, "[^.;]*?", "{0,200}?") and holds more than the mark: others fail fast already, and the
  gate's own search would cost more than it saves. One with a back-reference, or a flag that cannot
  be written back, gets none.

tests/extract/test_tails.py checks that no text the gate turns away is one the pattern matches.
"""

from __future__ import annotations

import re

try:  # the parser behind re.compile; its public alias sre_parse is deprecated
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore
    import sre_parse as P  # type: ignore

# A repeat of more than this many times, or unbounded, scans: leaving it out is what the gate is for.
SCAN = 20
# How the data's patterns write dates (rules.DATE_MARK and the cues' @OTHER@).
MARKS = ("@DATE@", "@OTHER@")
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_CHAR = {C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN}
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
# Anchors written backwards: a word boundary is one either way; the text's start is its end.
_BACKWARDS = {C.AT_BOUNDARY: r"\b", C.AT_NON_BOUNDARY: r"\B", C.AT_BEGINNING_STRING: r"\Z", C.AT_END_STRING: r"\A"}
_FLAGS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.ASCII: "a"}


class Unwritable(Exception):
    """A parsed pattern holds what cannot be written back (a back-reference, a flag)."""


def backwards(pattern: str, flags: int = 0) -> str | None:
    """The regex (to compile with the pattern's flags, VERBOSE aside) that finds, in any text the
    pattern matches in written backwards (text[::-1]), a match: the pattern's steps up to the
    first date mark every match holds, backwards; None when there is none worth searching."""
    tree = P.parse(pattern, flags)
    if tree.state.flags & re.VERBOSE:
        return None
    multiline = bool(tree.state.flags & re.MULTILINE)
    try:
        found = _head(list(tree))
        if found is None or not found[1]:
            return None
        return _written_backwards(found[0], multiline)
    except Unwritable:
        return None


def _mark_at(items: list, index: int) -> int:
    """How many steps from `index` spell a date's mark (0 when none does)."""
    for mark in MARKS:
        spelled = items[index:index + len(mark)]
        if len(spelled) == len(mark) and all(op is C.LITERAL and av == ord(c) for (op, av), c in zip(spelled, mark)):
            return len(mark)
    return 0


def _head(items: list) -> tuple[list, bool] | None:
    """The steps of the sequence up to the first mark every match of it holds, from the last step
    before it that needs more than a character; and whether steps that scan were left out before
    them. None when no step surely holds a mark, or nothing but the mark is kept."""
    for index, (op, av) in enumerate(items):
        length = _mark_at(items, index)
        if length:
            start, before = _back(items, index)
            if not [item for item in before if item[0] not in _ZERO_WIDTH]:
                return None  # the mark alone: every sentence asked holds it
            return before + items[index:index + length], _scans(items[:start])
        inner = _inner_head(op, av)
        if inner is not None:
            return inner[0], inner[1] or _scans(items[:index])
    return None


def _inner_head(op, av) -> tuple[list, bool] | None:
    """The head of a step every match of which holds a mark: a group's, every alternative's."""
    if op is C.SUBPATTERN:
        found = _head(list(av[-1]))
        return None if found is None else ([(C.SUBPATTERN, (None, av[1], av[2], found[0]))], found[1])
    if op is _ATOMIC:
        return _head(list(av))
    if op is C.BRANCH:
        heads = [_head(list(alternative)) for alternative in av[1]]
        if any(head is None for head in heads):
            return None
        return [(C.BRANCH, (None, [head[0] for head in heads]))], any(head[1] for head in heads)
    if op in _REPEATS and av[0] >= 1:
        return _head(list(av[2]))
    return None


def _back(items: list, end: int) -> tuple[int, list]:
    """Where the steps kept before `end` begin, and those steps: back over zero-width, single
    characters and short optional steps to the first that needs more, whose own tail is kept."""
    index = end
    while index > 0:
        op, av = items[index - 1]
        if _simple(op, av) or (op in _REPEATS and av[0] == 0 and not _scanning(av)):
            index -= 1
            continue
        if op in _REPEATS and av[0] == 0:
            break  # a scan that may match nothing: the steps kept begin after it
        tail = _tail_of_step(op, av)
        if tail is None:
            break
        first = index - 1
        while first > 0 and items[first - 1][0] in _ZERO_WIDTH:
            first -= 1  # what is asserted just before that step ("\\b", "(?<!\\bthe\\s)") holds too
        return first, list(items[first:index - 1]) + tail + list(items[index:end])
    return index, list(items[index:end])


def _tail_of_step(op, av) -> list | None:
    """A step loosened to its own last steps: a group's, each alternative's, a repeat's body's."""
    if op is C.SUBPATTERN:
        return [(C.SUBPATTERN, (None, av[1], av[2], _tail(list(av[-1]))))]
    if op is _ATOMIC:
        return _tail(list(av))
    if op is C.BRANCH:
        return [(C.BRANCH, (None, [_tail(list(alternative)) for alternative in av[1]]))]
    if op is C.GROUPREF_EXISTS:
        _, yes, no = av
        return [(C.BRANCH, (None, [_tail(list(yes)), _tail(list(no)) if no is not None else []]))]
    if op in _REPEATS and av[0] >= 1:
        return _tail(list(av[2]))
    return None


def _tail(items: list) -> list:
    return _back(items, len(items))[1]


def _simple(op, av) -> bool:
    """A step kept as it is, going on back past it: zero-width, one character, or a repeat of one."""
    if op in _ZERO_WIDTH or op in _CHAR:
        return True
    return op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] in _CHAR


def _scanning(av) -> bool:
    return av[1] is C.MAXREPEAT or av[1] > SCAN


def _scans(items) -> bool:
    """Whether any of the steps (or a step within them, a look-around's too) repeats long."""
    for op, av in items:
        if op in _REPEATS:
            if _scanning(av) or _scans(av[2]):
                return True
        elif op is C.SUBPATTERN:
            if _scans(av[-1]):
                return True
        elif op is _ATOMIC:
            if _scans(av):
                return True
        elif op is C.BRANCH:
            if any(_scans(alternative) for alternative in av[1]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _scans(av[1]):
                return True
        elif op is C.GROUPREF_EXISTS:
            if _scans(av[1]) or (av[2] is not None and _scans(av[2])):
                return True
    return False


def _written_backwards(items, multiline: bool) -> str:
    """A sequence written backwards: its steps in the other order, each written backwards."""
    return "".join(_step_backwards(op, av, multiline) for op, av in reversed(list(items)))


def _step_backwards(op, av, multiline: bool) -> str:
    if op in _CHAR:
        return _char_step(op, av)
    if op is C.AT:
        if av is C.AT_BEGINNING and not multiline:
            return r"\Z"
        return _BACKWARDS.get(av, "")  # a line's start or end (or "$", before a last newline): left out
    if op is C.BRANCH:
        return "(?:" + "|".join(_written_backwards(alternative, multiline) for alternative in av[1]) + ")"
    if op is C.SUBPATTERN:
        _, add, delete, sub = av
        inner = multiline or bool(add & re.MULTILINE)
        return _flagged(add, delete, _written_backwards(sub, inner)) if add or delete else \
            "(?:" + _written_backwards(sub, multiline) + ")"
    if op is _ATOMIC:
        return "(?:" + _written_backwards(av, multiline) + ")"
    if op in _REPEATS:
        lo, hi, sub = av
        if hi is C.MAXREPEAT:
            count = "*" if lo == 0 else "+" if lo == 1 else "{%d,}" % lo
        elif (lo, hi) == (0, 1):
            count = "?"
        else:
            count = "{%d}" % lo if lo == hi else "{%d,%d}" % (lo, hi)
        return "(?:" + _written_backwards(sub, multiline) + ")" + count
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        body = _written_backwards(sub, multiline)
        if direction < 0:  # a look-behind: a look-ahead backwards
            return "(?" + ("=" if op is C.ASSERT else "!") + body + ")"
        low, high = sub.getwidth()
        if low != high:
            return ""  # a look-ahead of no fixed width: left out, which only loosens
        return "(?<" + ("=" if op is C.ASSERT else "!") + body + ")"
    if op is C.GROUPREF_EXISTS:
        _, yes, no = av  # either branch, whether the group matched or not: only looser
        no_branch = _written_backwards(no, multiline) if no is not None else ""
        return "(?:" + _written_backwards(yes, multiline) + "|" + no_branch + ")"
    raise Unwritable(str(op))


def _char_step(op, av) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return "[^" + _char(av) + "]"
    if op is C.ANY:
        return "."
    negate, parts = "", []
    for item, value in av:
        if item is C.NEGATE:
            negate = "^"
        elif item is C.LITERAL:
            parts.append(_char(value))
        elif item is C.RANGE:
            parts.append(_char(value[0]) + "-" + _char(value[1]))
        elif item is C.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            raise Unwritable(str(item))
    return "[" + negate + "".join(parts) + "]"


def _flagged(add: int, delete: int, source: str) -> str:
    if not add and not delete:
        return source
    return "(?" + _flag_letters(add) + ("-" + _flag_letters(delete) if delete else "") + ":" + source + ")"


def _flag_letters(flags: int) -> str:
    letters = ""
    for bit, letter in _FLAGS.items():
        if flags & bit:
            letters += letter
            flags &= ~bit
    if flags:
        raise Unwritable(f"flags {flags}")
    return letters


def _char(code: int) -> str:
    character = chr(code)
    return character if character.isascii() and character.isalnum() else re.escape(character)


