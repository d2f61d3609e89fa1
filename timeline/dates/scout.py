"""The scout: one fast regex that finds where some rule may start.

Trying ~100 rules at every word is slow, and so is one big alternation of the
rules (the regex engine tries every branch at every word).  Instead the scout
is built from what the rules' patterns must start with: their possible first
word and the first characters of the second (digits stand for any digit).
The regex is a trie of the first words only, so the engine follows a single
path at each position and the regex compiles fast; it takes the start of the
next word along, and a dictionary of the two-word beginnings says which rules
to try there.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

try:  # the parser behind re.compile; its public alias sre_parse is deprecated
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore
    import sre_parse as P  # type: ignore

from .errors import RuleError
from .lexicon import trie_regex
from timeline.folding import lower_same_offsets  # here for tense.py too

DIGIT = "\x00"  # stands for [0-9] in a prefix
SEP = " "  # stands for a run of white space
MAX_WORDS = 2
MAX_LEN = 24
LAST_WORD_CHARS = 4  # of the second word: enough to tell 'the company' from 'the coming'
MAX_STATES = 60000
MAX_COUNTED = 4  # a character repeated at most this often is followed past (see _counted)
_DIGITS = set("0123456789")


class _TooMany(Exception):
    pass


def _class_chars(items) -> set[str] | None:
    """The characters of a small character class, None if it is large or negated."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av).lower())
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > 12:
                return None
            chars.update(chr(c).lower() for c in range(lo, hi + 1))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            chars.update(_DIGITS)
        else:
            return None
    return chars


def _is_space(op, av) -> bool:
    if op is C.IN:
        return len(av) == 1 and av[0] == (C.CATEGORY, C.CATEGORY_SPACE)
    return op is C.CATEGORY and av is C.CATEGORY_SPACE


# A state: (prefix, words ended, finished)
def _apply(seq, states):
    for op, av in seq:
        open_states = [s for s in states if not s[2]]
        if not open_states:
            return states
        done = [s for s in states if s[2]]
        states = done + _element(op, av, open_states)
        if len(states) > MAX_STATES:
            raise _TooMany
    return states


def _append(states, chars):
    out = []
    for prefix, words, _ in states:
        for ch in chars:
            if ch in _DIGITS:
                ch = DIGIT
            new = prefix + ch
            done = len(new) >= MAX_LEN or (
                words + 1 == MAX_WORDS and words and len(new) - new.rfind(SEP) > LAST_WORD_CHARS)
            out.append((new, words, done))
    return out


def _separator(states):
    out = []
    for prefix, words, _ in states:
        if words + 1 >= MAX_WORDS:
            out.append((prefix, words + 1, True))
        else:
            out.append((prefix + SEP, words + 1, False))
    return out


def _finish(states):
    return [(p, w, True) for p, w, _ in states]


def _element(op, av, states):
    if op is C.LITERAL:
        return _append(states, [chr(av).lower()])
    if _is_space(op, av):
        return _separator(states)
    if op is C.IN:
        chars = _class_chars(av)
        if chars is None:
            return _finish(states)
        if chars <= _DIGITS:
            return _append(states, [DIGIT])
        return _append(states, sorted(chars))
    if op is C.SUBPATTERN:
        part = _PARTS.get(av[0])
        if part is None:
            return _apply(av[-1], states)
        key = (part, MAX_WORDS, tuple(states))
        if key not in _PART_STATES:
            _PART_STATES[key] = _apply(_parsed(part), states)
        return list(_PART_STATES[key])
    if op is C.BRANCH:
        out = []
        for alt in av[1]:
            out.extend(_apply(alt, states))
        return list(dict.fromkeys(out))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        if len(sub) == 1 and _is_space(*sub[0]):
            if lo == 0:  # optional white space: with and without
                return list(dict.fromkeys(states + _separator(states)))
            return _separator(states)
        if 2 <= hi <= MAX_COUNTED and len(sub) == 1 and sub[0][0] in (C.LITERAL, C.IN):
            return _counted(sub, lo, hi, states)
        once = _apply(sub, states)
        if hi != 1:
            once = _finish(once)
        if lo == 0:
            return list(dict.fromkeys(states + once))
        return once
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return states
    return _finish(states)


def _counted(sub, lo: int, hi: int, states):
    """A character repeated lo to hi times ("[0-9]{1,3}"): each count, and the
    pattern goes on after it.  Stopping after the first, as for other
    repeats, would make "[0-9]{1,3} {unit}" start with any digit: the rules
    for durations were tried at every number ("50 people")."""
    out = states if lo == 0 else []
    reps = states
    for count in range(1, hi + 1):
        reps = _apply(sub, reps)
        if count >= lo:
            out = out + reps
    return list(dict.fromkeys(out))


def prefixes(pattern: str, flags: int = 0, parts: dict[str, str] | None = None) -> set[str]:
    """What a match of `pattern` must start with: its first words, lower case.

    `parts` (group name -> regex) stand in the named groups that `pattern` leaves empty, as if
    written there: a rule's word lists ({month}, {weekday}) are most of its regex, the same few
    in rule after rule, often where the rule starts. Each is parsed once, and what it makes of
    the beginnings that reach it is remembered (following the same word lists again and again
    was a quarter of loading the rules); the prefixes are the same
    (tests/dates/test_rule_loading.py)."""
    global MAX_WORDS, _PARTS
    if parts and _VERBOSE.search(pattern):  # a part would be read differently there: parse it whole
        return prefixes(_filled(pattern, parts), flags)
    tree = P.parse(pattern, flags)
    saved = MAX_WORDS
    try:
        if parts:
            groups = tree.state.groupdict
            _PARTS = {groups[name]: (regex, flags) for name, regex in parts.items()}
        for words in (saved, 1):
            MAX_WORDS = words
            try:
                states = _apply(list(tree), [("", 0, False)])
                return {p.rstrip(SEP) for p, _, _ in states}
            except _TooMany:
                continue
    finally:
        MAX_WORDS = saved
        _PARTS = {}
    raise RuleError(f"pattern {pattern[:60]!r}... has too many possible beginnings")


_PARTS: dict = {}  # group number -> (regex, flags) of its part, while prefixes() works
_PART_STATES: dict = {}  # ((regex, flags), MAX_WORDS, states in) -> states out
_VERBOSE = re.compile(r"\(\?[a-zA-Z]*x")


@lru_cache(maxsize=256)
def _parsed(part: tuple[str, int]) -> list:
    """A part's parse tree, shared by every pattern that uses it (prefixes only reads it)."""
    regex, flags = part
    return list(P.parse(regex, flags))


def forget_parts() -> None:
    """Drop what prefixes() remembers of the parts, once a rule set is loaded (a few MB)."""
    _PART_STATES.clear()
    _parsed.cache_clear()


def _filled(pattern: str, parts: dict[str, str]) -> str:
    for name, regex in parts.items():
        pattern = pattern.replace(f"(?P<{name}>)", f"(?P<{name}>{regex})")
    return pattern


def anchored_at_start(regex: re.Pattern) -> bool:
    """Whether every match of `regex` starts where the searched string
    starts ('^...', '^a|^b'): then search finds what match finds, at the
    one place search would try first."""
    if not regex.pattern.startswith(_MAY_ANCHOR) and not regex.flags & re.VERBOSE:
        return False  # most `before` checks ('...$'): no need to parse them
    tree = P.parse(regex.pattern, regex.flags)
    if tree.state.flags & re.MULTILINE:  # '^' after every newline too
        return False
    return starts_anchored(list(tree))


# What a pattern anchored at its start begins with: ^, \A, or a group holding them ("(?:^a|^b)").
_MAY_ANCHOR = ("^", "\\A", "(")


def starts_anchored(seq) -> bool:
    """Whether every match of the parsed pattern `seq` (re's parser's items) begins at the string's
    start: '^' or '\\A' first, or a group (atomic too) or every alternative beginning so; a group
    that turns MULTILINE on is not ('^' after every newline too)."""
    if not seq:
        return False
    op, av = seq[0]
    if op is C.AT:
        return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
    if op is C.SUBPATTERN:
        _, add_flags, _, sub = av
        return not add_flags & re.MULTILINE and starts_anchored(list(sub))
    if op is getattr(C, "ATOMIC_GROUP", None):
        return starts_anchored(list(av))
    if op is C.BRANCH:
        return all(starts_anchored(list(alt)) for alt in av[1])
    return False


def _atom(ch: str) -> str:
    if ch == DIGIT:
        return "[0-9]"
    if ch == SEP:
        return r"\s+"
    return re.escape(ch)


_NORMAL = re.compile(r"[0-9]|\s+")


def normal_key(matched: str) -> str:
    """The scout's match written as a prefix: lower case, digits and spaces folded."""
    return _NORMAL.sub(lambda m: DIGIT if m.group(0).isdigit() else SEP, matched.lower())


def prefixes_in(index: dict, place: int) -> set[str]:
    """The beginnings of the rule at `place` in a Scout's by_prefix."""
    return {p for p, rules in index.items() if place in rules}


class Scout:
    """Finds where rules may start and says which rules to try there."""

    def __init__(self, rules, pattern: str | None = None, book=None, index: dict[str, frozenset[int]] | None = None):
        """`pattern`: the regex a Scout of the same rules built, `book` its code and `index` its
        by_prefix (rule_cache.py), else built here."""
        self.rules = list(rules)
        if index is None:
            by_prefix: dict[str, set[int]] = defaultdict(set)
            for i, rule in enumerate(rules):
                for p in rule.prefixes:
                    by_prefix[p].add(i)
            index = dict(by_prefix)
        self.by_prefix = index
        # The regex knows the first words and the first character of the
        # next, then takes one more character along: a trie of every
        # two-word beginning is large and slow to compile; rules_for does the
        # rest with dictionary look-ups.
        if pattern is None:
            heads = {p[:p.index(SEP) + 2] if SEP in p else p for p in index}
            pattern = (r"(?<![\w$€£])(?<![0-9][.,])" + trie_regex(heads, _atom)
                       + r"\S{0,%d}" % (LAST_WORD_CHARS - 1))
        self.pattern = pattern
        # The prefixes are in lower case: searched in the lower-cased text,
        # the regex needs no IGNORECASE, which makes the search twice as fast
        # (the engine compares characters instead of folding each one).
        self.lower_regex = (book is not None and book.regex(pattern, 0)) or re.compile(pattern)
        self._regex: re.Pattern | None = None
        self._cache: dict[str, tuple] = {}  # normal_key -> matchers_for
        self.seen: dict[str, tuple] = {}  # the text matched -> matchers_for (read by recognise)

    def written_index(self) -> dict:
        """by_prefix as JSON holds it, in a fixed order, and small: its ~47,000 beginnings share
        ~500 sets of rules, each written once (read back by read_index)."""
        keys = sorted(self.by_prefix)
        sets = sorted({tuple(sorted(rules)) for rules in self.by_prefix.values()})
        where = {rules: n for n, rules in enumerate(sets)}
        return {"prefixes": keys, "rules": [list(rules) for rules in sets],
                "of": [where[tuple(sorted(self.by_prefix[p]))] for p in keys]}

    @staticmethod
    def read_index(written, rule_count: int) -> dict[str, frozenset[int]] | None:
        """The by_prefix that written_index wrote, for rule_count rules; None when `written` is not
        of that shape."""
        if not isinstance(written, dict):
            return None
        keys, sets, of = written.get("prefixes"), written.get("rules"), written.get("of")
        if not (isinstance(keys, list) and isinstance(sets, list) and isinstance(of, list) and len(keys) == len(of)):
            return None
        if not (set(map(type, keys)) <= {str} and set(map(type, of)) <= {int} and set(map(type, sets)) <= {list}):
            return None
        if of and not 0 <= min(of) <= max(of) < len(sets):
            return None
        if not all(set(map(type, rules)) <= {int} and all(0 <= i < rule_count for i in rules) for rules in sets):
            return None
        table = [frozenset(rules) for rules in sets]
        return dict(zip(keys, [table[n] for n in of]))

    @property
    def regex(self) -> re.Pattern:
        """The scout for text as it is (compiled on first use: lower_regex
        serves nearly every text)."""
        if self._regex is None:
            self._regex = re.compile(self.pattern, re.IGNORECASE)
        return self._regex

    def searcher(self, text: str):
        """(haystack, search): where and how to look for the places rules may
        start in `text`; the haystack's offsets are those of `text`."""
        low = lower_same_offsets(text)
        if low is None:
            return text, self.regex.search
        return low, self.lower_regex.search

    def rules_for(self, matched: str) -> list:
        """The rules, in their order, with a beginning that the scout's match starts with."""
        return [rule for rule, _ in self.matchers_for(matched)]

    def matchers_for(self, matched: str) -> tuple:
        """(rule, its compiled pattern's match method) for each of rules_for:
        most tries fail, and a bound method spares them all but the call."""
        got = self.seen.get(matched)
        if got is not None:
            return got
        if len(self.seen) > 50000:  # a bound for long-running processes
            self.seen.clear()
        key = normal_key(matched)
        got = self._cache.get(key)
        if got is None:
            found: set[int] = set()
            for n in range(1, len(key) + 1):
                found |= self.by_prefix.get(key[:n], set())
            got = tuple((self.rules[i], self.rules[i].regex.match) for i in sorted(found))
            self._cache[key] = got
        self.seen[matched] = got
        return got
