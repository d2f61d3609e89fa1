"""Word lists and patterns of the extractor, loaded from YAML under timeline/extract/data/.

Every pattern is compiled and checked when loaded: a bad regular expression or a duplicate name is
a RuleError naming the file and the entry, and each entry's examples can be run by the tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TypeVar

from timeline.errors import TimelineError
from timeline.dates import data_cache
from timeline.extract import literals, pattern_cache, tails
from timeline.extract.needs import Needs, for_lower_case
from timeline.extract.needs import needs as needs_of
from timeline.folding import folded


# A pattern names a piece of regular expression kept under its file's `parts:` as {name}: a noun phrase
# several patterns need is written once (a part may name parts written above it).
_PART = re.compile(r"\{(?P<name>[a-z][a-z_]*)\}")

# How many texts a pattern remembers what it found in (remembered): the sentences of a story come
# back within a few thousand, and more would only hold memory.
REMEMBERED = 4096

Found = TypeVar("Found")

# How the data's patterns write the date a rule is about ("at risk of a second wave @DATE@"): one mark
# for every data file, so that a rule reads the same wherever it is kept.
DATE_MARK = "@DATE@"


class RuleError(TimelineError):
    """A data file of the extractor is broken: this is a bug in timeline, not in the user's input."""


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()
    # A cheap pattern that every match of `regex` contains (the entry's `needs:`): text without it
    # is not searched with `regex` at all. Only for speed; it never changes a result.
    needs: Needs | None = None
    # What search_remembered found lately, by text: no part of what the pattern is.
    seen: dict[str, re.Match | None] = field(default_factory=dict, compare=False, repr=False)
    # The regex without IGNORECASE, for text lower-cased (search, first_match), once asked; no part of it either.
    lowered: dict[str, re.Pattern | None] = field(default_factory=dict, compare=False, repr=False)

    def search_remembered(self, text: str) -> re.Match | None:
        """search(text), remembered (see `remembered`): for a pattern asked of one written sentence
        again and again, its date written as a mark whatever its words."""
        return remembered(self.seen, text, self.search)

    def search(self, text: str) -> re.Match | None:
        """regex.search, skipped when the text lacks what every match needs. A pattern written in
        lower case finds where its match starts in the text lower-cased, without IGNORECASE (two to
        four times as fast), and is matched there in the text: the same match, its words as written."""
        low = folded(text)
        if low is not None and not self.admits(low):
            return None
        if self.needs is not None and not self.needs.search(text):
            return None
        if not self.admits_backwards(text):
            return None
        quick = self.for_lower_case()
        if quick is not None and low is not None:
            found = quick.search(low)
            return None if found is None else self.regex.match(text, found.start())
        return self.regex.search(text)

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        """regex.sub, skipped when the text lacks what every match needs."""
        low = folded(text)
        if low is not None and not self.admits(low):
            return text
        if self.needs is not None and not self.needs.search(text):
            return text
        if not self.admits_backwards(text):
            return text
        return self.regex.sub(replacement, text, count=count)

    def admits(self, low: str) -> bool:
        """Whether the text, lower-cased (folding.folded), holds one of the strings every match holds
        (literals.gate: worked out from the pattern itself); True when the pattern has no such gate."""
        gate = self.lowered.get("gate", False)
        if gate is False:
            gate = self.lowered["gate"] = _gate(self.regex)
        if gate is None:
            return True
        if type(gate) is tuple:
            for string in gate:
                if string in low:
                    return True
            return False
        return gate.search(low) is not None

    def admits_backwards(self, text: str) -> bool:
        """Whether the text, written backwards, holds a match of the pattern's steps before its date's
        mark, written backwards (tails.backwards: worked out from the pattern itself, beginning with
        the mark, a fixed string the regex engine skips to); True when the pattern has no such gate."""
        gate = self.lowered.get("backwards", False)
        if gate is False:
            gate = self.lowered["backwards"] = _backwards(self.regex)
        return gate is None or gate.search(text[::-1]) is not None

    def for_lower_case(self) -> re.Pattern | None:
        """The regex compiled without IGNORECASE (its date marks in lower case), which finds in the
        text lower-cased where the regex finds its match in the text (needs.py says when it does);
        None for a pattern that reads otherwise in lower case (a capital, an inline flag, a letter
        beyond ASCII)."""
        if "regex" not in self.lowered:
            source = for_lower_case(self.regex.pattern)
            exact = self.regex.flags & ~re.UNICODE == pattern_cache.FLAGS and source is not None
            self.lowered["regex"] = _compiled(source, 0) if exact else None
        return self.lowered["regex"]


def remembered(seen: dict[str, Found], text: str, find: Callable[[str], Found]) -> Found:
    """find(text), kept in `seen` for the next time the same text is asked about; `seen` is emptied
    at once when it holds REMEMBERED texts, to stay small. Copies of a story tell its sentences again
    of other days, so a pattern is asked about the same written sentence many times: on the bench
    corpus the sentences that the dates' cues and checks read were 3 to 7 times fewer than the times
    they were read. Only for what depends on the text alone."""
    if text not in seen:
        if len(seen) >= REMEMBERED:
            seen.clear()
        seen[text] = find(text)
    return seen[text]


@lru_cache(maxsize=None)
def data(name: str) -> dict:
    """The parsed data file timeline/extract/data/NAME.yaml."""
    # libyaml's loader, as the date engine reads its rules (the pure-Python one took 0.6 s of every
    # extraction, and of each --jobs worker's start, for these files), or what it gave last run.
    loaded = data_cache.shipped(f"extract/data/{name}.yaml")
    if not isinstance(loaded, dict):
        raise RuleError(f"timeline/extract/data/{name}.yaml: expected a mapping")
    return loaded


@lru_cache(maxsize=None)
def patterns(name: str, key: str) -> tuple[Pattern, ...]:
    """The named patterns under `key` of a data file, compiled case-insensitively."""
    entries = data(name).get(key) or []
    built: list[Pattern] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        where = f"timeline/extract/data/{name}.yaml: {key}[{index}]"
        if isinstance(entry, str):
            entry = {"name": f"{key}-{index}", "pattern": entry}
        if not isinstance(entry, dict) or "pattern" not in entry:
            raise RuleError(f"{where}: an entry needs 'pattern'")
        entry_name = str(entry.get("name", f"{key}-{index}"))
        if entry_name in seen:
            raise RuleError(f"{where}: the name {entry_name!r} is used twice")
        seen.add(entry_name)
        try:
            regex = _compiled(_with_parts(name, str(entry["pattern"]), where, entry_name))
            needs = needs_of(entry["needs"], _compiled) if entry.get("needs") else None
        except re.error as error:
            raise RuleError(f"{where} ({entry_name}): bad regular expression: {error}") from None
        examples, counter = tuple(entry.get("examples", ())), tuple(entry.get("counter", ()))
        built.append(Pattern(entry_name, regex, examples, counter, needs))
    return tuple(built)


def _compiled(source: str, flags: int = pattern_cache.FLAGS) -> re.Pattern:
    """The pattern compiled case-insensitively (or with `flags`): from the code an earlier run kept
    (pattern_cache.py), else by re.compile, which says what is wrong with a bad one."""
    kept = pattern_cache.book(_every_source)
    regex = kept.regex(source, flags) if kept is not None else None
    return regex if regex is not None else re.compile(source, flags)


def _gate(regex: re.Pattern) -> tuple[str, ...] | re.Pattern | None:
    """The pattern's gate (literals.gate), from the entry an earlier run kept when it has it: its
    strings, or when they are many the regex of them all (literals.trie)."""
    flags = regex.flags & ~re.UNICODE
    strings = pattern_cache.gate(_every_source, regex.pattern) if flags == pattern_cache.FLAGS else False
    if strings is False:
        strings = literals.gate(regex.pattern, flags)
    if strings is None or len(strings) <= literals.MAX_GATE:
        return strings
    return _compiled(literals.trie(strings), 0)


def _backwards(regex: re.Pattern) -> re.Pattern | None:
    """The pattern's backwards gate (tails.backwards), from the entry an earlier run kept when it has it."""
    flags = regex.flags & ~re.UNICODE
    source = pattern_cache.backwards(_every_source, regex.pattern) if flags == pattern_cache.FLAGS else False
    if source is False:
        source = tails.backwards(regex.pattern, flags)
    return None if source is None else _compiled(source, flags & ~re.VERBOSE)


def warm_up() -> None:
    """Compile every data file's patterns now (they are cached), before worker processes are forked:
    each worker compiled them again, a fifth of a second of its time in each step."""
    for name, key in _pattern_lists():
        patterns(name, key)


def _pattern_lists() -> list[tuple[str, str]]:
    """(file, key) of every list of patterns in the data files."""
    found = []
    for file in sorted(resources.files("timeline.extract").joinpath("data").iterdir(), key=lambda f: f.name):
        if file.name.endswith(".yaml"):
            name = file.name.removesuffix(".yaml")
            for key, entries in data(name).items():
                if isinstance(entries, list) and entries and all(isinstance(e, dict) and "pattern" in e for e in entries):
                    found.append((name, key))
    return found


def _every_source() -> list[str]:
    """Every pattern of the data files as `patterns` writes it out before compiling it, and every
    pre-check (for pattern_cache.py; one it cannot write out is left to `patterns` to report)."""
    try:
        lists = _pattern_lists()
    except RuleError:
        return []  # a broken data file: `data` says so where it is read, not here for every file
    sources = []
    for name, key in lists:
        for entry in data(name)[key]:
            if entry.get("needs"):
                sources.append(str(entry["needs"]))  # its pre-check, as written
            try:
                sources.append(_with_parts(name, str(entry["pattern"]), "", ""))
            except RuleError:
                continue
    return sources


def _parts(name: str) -> dict[str, str]:
    """The file's `parts:`, each with the parts it names written out. A part given as a list is a
    word list: any one of its words or phrases, whole (a noun list reads better as data than as one
    long alternation)."""
    written: dict[str, str] = {}
    for part, pattern in (data(name).get("parts") or {}).items():
        if isinstance(pattern, list):
            pattern = _any_of(pattern, f"timeline/extract/data/{name}.yaml: parts: {part}")
        written[part] = _with_parts(name, str(pattern), f"timeline/extract/data/{name}.yaml: parts", part, written)
    return written


def _any_of(phrases: list, where: str) -> str:
    """A word list as a pattern: any one phrase, longest first, spaces as any run of spaces."""
    for phrase in phrases:
        if not isinstance(phrase, str) or not phrase.strip():
            raise RuleError(f"{where}: {phrase!r} is not a word; quote it")
    alternatives = sorted({r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases}, key=lambda a: (-len(a), a))
    return r"\b(?:" + "|".join(alternatives) + r")"


def _with_parts(name: str, pattern: str, where: str, entry_name: str, parts: dict[str, str] | None = None) -> str:
    """The pattern with each {part} it names written out; a name no part has is a RuleError."""
    known = _parts(name) if parts is None else parts

    def part(found: re.Match) -> str:
        if found["name"] not in known:
            raise RuleError(f"{where} ({entry_name}): no part {found['name']!r} under parts: (a part may name only parts above it)")
        return f"(?:{known[found['name']]})"
    return _PART.sub(part, pattern)


@lru_cache(maxsize=None)
def words(name: str, key: str) -> frozenset[str]:
    """A word list under `key` of a data file, lower-cased (built once: titles and merging ask for
    the same lists tens of thousands of times a run)."""
    found = data(name).get(key) or []
    for word in found:
        if not isinstance(word, str):  # YAML reads a bare on/off/yes/no as true/false: quote it
            raise RuleError(f"timeline/extract/data/{name}.yaml: {key}: {word!r} is not text; quote it")
    return frozenset(w.lower() for w in found)


def first_match(pats: tuple[Pattern, ...], text: str) -> Pattern | None:
    # The entries of one list often need the same words (cancelled_day, period_of_account): each
    # such pre-check is run once per text, not once per entry.
    needed: dict[Needs, bool] = {}
    low = folded(text)  # None when lower-casing moves the offsets ("\u0130"): searched as written
    for pattern in pats:
        if low is not None and not pattern.admits(low):
            continue
        if pattern.needs is not None:
            if pattern.needs not in needed:
                needed[pattern.needs] = pattern.needs.search(text) is not None
            if not needed[pattern.needs]:
                continue
        if not pattern.admits_backwards(text):
            continue
        # Only whether it matches is asked here: a pattern written in lower case is searched in the
        # text lower-cased without IGNORECASE, which finds the same (needs.py) two to four times as
        # fast (title_verb, 150 words, asked of every cut of a title).
        quick = pattern.for_lower_case()
        if quick is not None and low is not None:
            if quick.search(low):
                return pattern
            continue
        if pattern.regex.search(text):
            return pattern
    return None
