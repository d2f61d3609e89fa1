"""Rules (date.yaml, time.yaml, ...): load, check, compile.

A rule's pattern is a regular expression in which {list} or {list:alias}
stands for a word list and a space for any run of white space.  The scout
(scout.py) finds the places where some rule may start; only there, and only
the rules that fit, are tried.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path


from timeline.gcpause import collector_paused

from . import data_cache, rule_cache
from .compiled import CodeBook
from .errors import RuleError
from .lexicon import WordList, load_lexicon
from .scout import Scout, anchored_at_start, forget_parts, prefixes, prefixes_in
from .templates import Template

RULES_DIR = Path(__file__).parent / "rules"
RULE_FILES = ("date.yaml", "time.yaml", "duration.yaml", "set.yaml", "vague.yaml")
TYPES = ("DATE", "TIME", "DURATION", "SET")
TIMEX_MODS = ("", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN",
              "EQUAL_OR_LESS", "EQUAL_OR_MORE", "START", "MID", "END", "APPROX")
_KEYS = {"name", "pattern", "value", "mod", "freq", "quant", "type", "examples", "before", "not_before",
         "after", "not_after", "not_around", "confidence", "order", "calibrated_as"}
# How a rule's match writes a numeric date: day first ("12 April", "25/12/2018"),
# month first ("April 12", "12/28/2018"), or either ("5/3/2018"), which the
# other dates of the text settle (order.py).
ORDERS = ("day_first", "month_first", "either")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)(?::([A-Za-z_]\w*))?\}")
_RAW_GROUP = re.compile(r"\(\?P<([A-Za-z_]\w*)>")
# Not inside a word, nor a number or an amount of money.
_START = r"(?<![\w$€£])(?<![0-9][.,])"
_END = r"(?!\w)"
CONTEXT = 60  # characters of context the before/after checks see
AROUND = "\x00"  # where the match stands in a not_around check's window (written \x00 in its regex)
MEMO = 512  # values remembered per rule (see Rule.values); 140 rules: at most ~70,000
_NONE = ("", None)  # a memo entry: the words make no value


@dataclass
class Example:
    text: str
    find: str | None
    value: str | None
    none: bool
    reference: dt.date | None
    freq: str | None = None  # the TIMEX3 freq and quant a SET's example expects ("2X", "EVERY")
    quant: str | None = None


@dataclass
class Rule:
    name: str
    family: str
    type: str
    source: str
    pattern: str  # the full regular expression, compiled on first use (see regex)
    # What a match must start with (scout.py); or, when the scout's index was read from the rule
    # cache, how to find them there (worked out only when asked: a run never needs them).
    _prefixes: set[str] | Callable[[], set[str]] = field(repr=False, compare=False)
    captures: dict[str, WordList | None]  # group -> its word list (None: raw text)
    value: Template
    mod: Template | None
    confidence: float
    # A SET's TIMEX3 freq ("twice a week": 2X) and quant ("every week": EVERY, "each year": EACH)
    freq: Template | None = None
    quant: Template | None = None
    before: re.Pattern | None = None
    not_before: re.Pattern | None = None
    after: re.Pattern | None = None
    not_after: re.Pattern | None = None
    # searched in the words before the match, AROUND (a NUL character) and the words after: a check
    # that needs both sides ("Augusta Friday, a lawyer," is a name; "Bush Friday signed" a day)
    not_around: re.Pattern | None = None
    examples: list[Example] = field(default_factory=list)
    order: str | None = None  # one of ORDERS
    # Another rule whose value is made the same way ("22 April" as "April 22"): its measured
    # agreement is this rule's too (calibration.py), the corpus having few of this one's dates.
    calibrated_as: str | None = None
    _regex: re.Pattern | None = field(default=None, repr=False, compare=False)
    _book: CodeBook | None = field(default=None, repr=False, compare=False)  # its code, kept (rule_cache.py)
    _values: dict = field(default_factory=dict, repr=False, compare=False)
    # The context regexes anchored at their window's start (scout.anchored_at_start), when an earlier
    # run worked them out (rule_cache.py): parsing them again was a tenth of loading the rules.
    _anchored: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _checks: tuple = field(default=(), init=False, repr=False, compare=False)  # see context_ok

    @property
    def prefixes(self) -> set[str]:
        """What a match must start with (scout.py)."""
        if callable(self._prefixes):
            self._prefixes = self._prefixes()
        return self._prefixes

    @property
    def regex(self) -> re.Pattern:
        """The compiled pattern.  Compiling every rule up front is a good part
        of the start-up time, and a text uses only some of the rules."""
        if self._regex is None and self._book is not None:
            self._regex = self._book.regex(self.pattern, re.IGNORECASE)
        if self._regex is None:
            try:
                self._regex = re.compile(self.pattern, re.IGNORECASE)
            except re.error as exc:  # what the parser lets through, e.g. a look-behind's width
                raise RuleError(f"{self.family}.yaml: rule {self.name!r}: bad pattern "
                                f"{self.source!r}: {exc}") from None
        return self._regex

    def __post_init__(self):
        self._checks = _context_checks(self)

    def contexts(self) -> list[re.Pattern]:
        """The regexes of its before/after checks."""
        return [rx for rx in (self.before, self.not_before, self.after, self.not_after, self.not_around) if rx is not None]

    def context_ok(self, text: str, start: int, end: int) -> bool:
        """Whether the words around the match allow it: every check of
        _context_checks, the cheap ones first."""
        for after, test, wanted in self._checks:
            if after is None:  # not_around: both sides, the match itself one NUL between them
                window = text[max(0, start - CONTEXT):start] + AROUND + text[end:end + CONTEXT]
            else:
                window = text[end:end + CONTEXT] if after else text[max(0, start - CONTEXT):start]
            if (test(window) is not None) is not wanted:
                return False
        return True

    def values(self, m: re.Match) -> tuple[str, str | None] | None:
        """(value, mod, freq, quant) for a match; None when its words make no value
        ("13:75 p.m.").  Remembered by the words captured: they alone make
        the value, and news repeats them ("last week", "Monday"): three
        matches in four need no word look-up nor template."""
        key = m.groups()
        got = self._values.get(key)
        if got is None:
            got = self._render(m)
            if len(self._values) >= MEMO:  # a bound for long-running processes
                self._values.clear()
            self._values[key] = got
        return None if got is _NONE else got

    def _render(self, m: re.Match) -> tuple[str, str | None, str | None, str | None]:
        words = self.words(m)
        try:
            value = self.value.render(words)
            mod = self.mod.render(words) if self.mod else ""
            freq = self.freq.render(words) if self.freq else ""
            quant = self.quant.render(words) if self.quant else ""
        except (ValueError, KeyError, IndexError):
            return _NONE  # e.g. "13:75 p.m.": the words do not make a time
        return value, mod or None, freq or None, quant or None

    def words(self, m: re.Match) -> dict[str, str]:
        """The normalised value of every group that took part in the match."""
        out = {}
        for name, wl in self.captures.items():
            got = m.group(name)
            if got is not None:
                out[name] = wl.value(got) if wl is not None else got
        return out


def _context_checks(rule: Rule) -> tuple:
    """(after: bool, test, wanted) for each context regex of the rule, in
    the order context_ok runs them.  A regex anchored at its window's start
    ('^...', as most `after` ones are) is tried at one place, with match;
    one anchored at the end ('...$', as the `before` ones are) is tried at
    every place of its window, ten times the work.  All must pass, so the
    order changes no answer: the one-place checks go first, and a match they
    turn down costs no window-long search (a year never followed by 'BC'
    is turned down by year_bc_range_start's `after` alone)."""
    checks = []
    for key, after, wanted in (("before", False, True), ("not_before", False, False),
                               ("after", True, True), ("not_after", True, False), ("not_around", None, False)):
        rx = getattr(rule, key)
        if rx is not None:
            at_start = rx.pattern in rule._anchored if rule._anchored is not None else anchored_at_start(rx)
            checks.append((not at_start, after, rx.match if at_start else rx.search, wanted))
    checks.sort(key=lambda c: c[0])  # stable: the written order among equals
    return tuple(c[1:] for c in checks)


@dataclass
class RuleSet:
    rules: list[Rule]
    scout: Scout
    lexicon: dict[str, WordList]


def _spaces(literal: str) -> str:
    """A space matches a run of white space; " ?" an optional one ("11am")."""
    return literal.replace(" ?", r"\s*").replace(" ", r"\s+")


def _expand(pattern: str, lexicon: dict[str, WordList], where: str):
    """Replace placeholders; return (regex, captures: group -> word list, the regex with each
    word list's group left empty)."""
    captures: dict[str, WordList | None] = {}
    named, empty, pos = [], [], 0
    for m in _PLACEHOLDER.finditer(pattern):
        list_name, alias = m.group(1), m.group(2) or m.group(1)
        if list_name not in lexicon:
            raise RuleError(f"{where}: pattern uses unknown word list {{{list_name}}}")
        if alias in captures:
            raise RuleError(f"{where}: {{{list_name}}} is used twice; "
                            f"name the second one, e.g. {{{list_name}:{list_name}2}}")
        captures[alias] = lexicon[list_name]
        lit = _spaces(pattern[pos:m.start()])
        named.append(lit)
        named.append(f"(?P<{alias}>{lexicon[list_name].regex})")
        empty.extend((lit, f"(?P<{alias}>)"))
        pos = m.end()
    tail = _spaces(pattern[pos:])
    named.append(tail)
    empty.append(tail)
    for raw in _RAW_GROUP.findall(pattern):
        if raw in captures:
            raise RuleError(f"{where}: group name {raw!r} is also a word list placeholder")
        captures[raw] = None
    if "(?P=" in pattern:
        raise RuleError(f"{where}: back-references are not allowed")
    return "".join(named), captures, "".join(empty)


def _context(spec, where: str, key: str, book: CodeBook | None = None, lexicon: dict[str, WordList] | None = None):
    if spec is None:
        return None
    spec = _PLACEHOLDER.sub(lambda m: lexicon[m.group(1)].regex if lexicon and m.group(1) in _CONTEXT_LISTS
                            else _date_line_marks(m.group(1), where, key), spec)
    if book is not None and (kept := book.regex(spec, re.IGNORECASE)) is not None:
        return kept
    try:
        return re.compile(spec, re.IGNORECASE)
    except re.error as exc:
        raise RuleError(f"{where}: bad {key} regex {spec!r}: {exc}") from None


# The word lists of lexicon.yaml a context may name ({given_name}), as a pattern does.
_CONTEXT_LISTS = ("given_name",)


def _date_line_marks(name: str, where: str, key: str) -> str:
    """{agency}, {release_wire} in a context: the marks a wire date line carries, from the list the
    outlet reader uses (timeline/data/agencies.yaml), so that the two never disagree again."""
    from timeline.articles.agency import date_line_marks  # the data file sits with the article readers

    if name not in date_line_marks():
        raise RuleError(f"{where}: {key} uses unknown list {{{name}}}; a context knows "
                        f"{', '.join('{%s}' % known for known in date_line_marks())}")
    return date_line_marks()[name]


def _date(value, where):
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise RuleError(f"{where}: bad reference date {value!r}") from None


def _beginnings(empty: str, captures: dict, source: str, where: str) -> set[str]:
    """What a match of the rule must start with (scout.py), checked: a pattern that does not parse,
    or may match without a first word, is refused here."""
    try:  # parse only: the scout needs the tree; compiling waits for the first use
        lists = {alias: wl.regex for alias, wl in captures.items() if wl is not None}
        starts = prefixes(_START + "(?:" + empty + ")" + _END, re.IGNORECASE, lists)
    except re.error as exc:
        raise RuleError(f"{where}: bad pattern {source!r}: {exc}") from None
    except RuleError as exc:
        raise RuleError(f"{where}: {exc}") from None
    if "" in starts:
        raise RuleError(f"{where}: its pattern may match without a first word")
    return starts


def _rule(spec, family, default_type, reference, lexicon, where, starts: set[str] | Callable[[], set[str]] | None = None,
          book: CodeBook | None = None, anchored: frozenset[str] | None = None) -> Rule:
    """The rule `spec` describes, checked; `starts`, its beginnings, `book`, the code of its regexes,
    and `anchored`, its context regexes anchored at their start, when an earlier run worked them
    out (rule_cache.py)."""
    if not isinstance(spec, dict) or "name" not in spec:
        raise RuleError(f"{where}: every rule needs a name")
    name = spec["name"]
    where = f"{where}: rule {name!r}"
    unknown = set(spec) - _KEYS
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}; known: {sorted(_KEYS)}")
    for key in ("pattern", "value"):
        if not isinstance(spec.get(key), str) or not spec[key]:
            raise RuleError(f"{where}: needs a non-empty {key!r}")
    rtype = spec.get("type", default_type)
    if rtype not in TYPES:
        raise RuleError(f"{where}: type {rtype!r} is not one of {TYPES}")
    named, captures, empty = _expand(spec["pattern"], lexicon, where)
    pattern = _START + "(?:" + named + ")" + _END
    if starts is None:
        starts = _beginnings(empty, captures, spec["pattern"], where)
    order = spec.get("order")
    if order is not None and order not in ORDERS:
        raise RuleError(f"{where}: order {order!r} is not one of {ORDERS}")
    groups = set(captures)
    value = Template(spec["value"], groups, where)
    mod = Template(spec["mod"], groups, where) if spec.get("mod") else None
    freq = Template(spec["freq"], groups, where) if spec.get("freq") else None
    quant = Template(spec["quant"], groups, where) if spec.get("quant") else None
    examples = []
    for ex in spec.get("examples") or []:
        if not isinstance(ex, dict) or "text" not in ex or not ({"find", "none"} & set(ex)):
            raise RuleError(f"{where}: an example needs 'text' and 'find' (with 'value') or 'none'")
        examples.append(Example(ex["text"], ex.get("find"), ex.get("value"), bool(ex.get("none")),
                                _date(ex.get("reference", reference), where), ex.get("freq"), ex.get("quant")))
    return Rule(name=name, family=family, type=rtype, source=spec["pattern"], pattern=pattern,
                _prefixes=starts,
                captures=captures, value=value, mod=mod, freq=freq, quant=quant,
                confidence=float(spec.get("confidence", 0.9)),
                before=_context(spec.get("before"), where, "before", book),
                not_before=_context(spec.get("not_before"), where, "not_before", book, lexicon),
                after=_context(spec.get("after"), where, "after", book),
                not_after=_context(spec.get("not_after"), where, "not_after", book, lexicon),
                not_around=_context(spec.get("not_around"), where, "not_around", book, lexicon),
                examples=examples, order=order, calibrated_as=spec.get("calibrated_as"), _book=book,
                _anchored=anchored)


def load_rules(directory: Path = RULES_DIR, files=RULE_FILES, cache: Path | None = None) -> RuleSet:
    """The rules of `files` in `directory`, checked. With a `cache` folder, what an earlier run with
    the same files worked out (the scout's table of beginnings, the anchored context checks, the
    scout's regex, the code of every regex)
    is taken from there, and kept there when it is not (rule_cache.py): the rules are the same
    either way."""
    # Loading makes a few million short-lived objects (parse trees, beginnings) and no cycle worth
    # finding: the collector, run every 700 of them, was a tenth of the time.
    with collector_paused():
        hashed = rule_cache.key(directory, files) if cache is not None else None
        kept = _kept(rule_cache.read(hashed, cache))
        rules = _load_rules(directory, files, kept)
        if kept is not None and kept.names != [rule.name for rule in rules.rules]:
            kept = None  # an entry of other rules, whatever its name says: work it all out afresh
            rules = _load_rules(directory, files, None)
        if kept is None and hashed is not None:
            rule_cache.write(hashed, cache, lambda: _entry(rules))
        return rules


@dataclass
class _Kept:
    """What a cache entry gives loading."""

    names: list[str]  # the rules' names, in their order
    index: dict[str, frozenset[int]]  # the scout's by_prefix: a beginning -> the rules (by place) with it
    anchored: frozenset[str]  # the context regexes anchored at their start
    scout: str  # the scout's regex
    book: CodeBook | None  # the code of the rules' regexes


def _kept(entry: tuple[dict, bytes] | None) -> _Kept | None:
    """A cache entry's parts, if it holds them as written."""
    if entry is None:
        return None
    header, body = entry
    names, pattern = header.get("rules"), header.get("scout")
    if not isinstance(names, list) or not set(map(type, names)) <= {str} or not isinstance(pattern, str):
        return None
    index = Scout.read_index(header.get("beginnings"), len(names))
    anchored = header.get("anchored")
    if index is None or not isinstance(anchored, list) or not set(map(type, anchored)) <= {str}:
        return None
    return _Kept(names, index, frozenset(anchored), pattern, CodeBook.read(header.get("compiled"), body))


def _entry(rules: RuleSet) -> tuple[dict, bytes]:
    """What a cache entry keeps of `rules`: everything _kept gives back."""
    regexes = [(rules.scout.pattern, 0)]
    for rule in rules.rules:
        regexes.append((rule.pattern, re.IGNORECASE))
        regexes.extend((rx.pattern, re.IGNORECASE) for rx in rule.contexts())  # as _context compiles them
    book = CodeBook.made_of(regexes)
    listing, body = book.written() if book is not None else (None, b"")
    # The beginnings as the scout indexes them, not rule by rule: a rule's own are asked for only by
    # the tests, and building the index from them was the largest part of a run's start (0.07 s).
    anchored = sorted({rx.pattern for rule in rules.rules for rx in rule.contexts() if anchored_at_start(rx)})
    return {"rules": [rule.name for rule in rules.rules], "beginnings": rules.scout.written_index(), "anchored": anchored,
            "scout": rules.scout.pattern, "compiled": listing}, body


def _load_rules(directory: Path, files, kept: _Kept | None) -> RuleSet:
    book = kept.book if kept is not None else None
    lexicon = load_lexicon(directory / "lexicon.yaml")
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for fname in files:
        data = data_cache.load(directory / fname)
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise RuleError(f"{fname}: expected 'family', 'type' and a list of 'rules'")
        family = data.get("family", Path(fname).stem)
        reference = _date(data.get("reference"), fname)
        for spec in data["rules"]:
            name = spec.get("name") if isinstance(spec, dict) else None
            place = len(rules)
            known = (kept is not None and place < len(kept.names) and kept.names[place] == name
                     and partial(prefixes_in, kept.index, place))  # else worked out (and the entry dropped)
            rule = _rule(spec, family, data.get("type", "DATE"), reference, lexicon, fname, known or None, book,
                         kept.anchored if kept is not None else None)
            if rule.name in seen:
                raise RuleError(f"{fname}: duplicate rule name {rule.name!r} "
                                f"(first defined in {seen[rule.name]})")
            seen[rule.name] = fname
            rules.append(rule)
    forget_parts()
    by_name = {rule.name: rule for rule in rules}
    for rule in rules:
        other = by_name.get(rule.calibrated_as) if rule.calibrated_as else rule
        if other is None:
            raise RuleError(f"{seen[rule.name]}: rule {rule.name!r}: calibrated_as names no rule: {rule.calibrated_as!r}")
        if other.value.source != rule.value.source or other.calibrated_as:
            raise RuleError(f"{seen[rule.name]}: rule {rule.name!r}: calibrated_as {other.name!r} needs the same "
                            f"value ({rule.value.source!r} against {other.value.source!r}) and a rule measured itself")
    if kept is not None and kept.names == [rule.name for rule in rules]:
        return RuleSet(rules, Scout(rules, kept.scout, book, kept.index), lexicon)
    return RuleSet(rules, Scout(rules, None, book), lexicon)


@lru_cache(maxsize=1)
def default_rules() -> RuleSet:
    """The rules timeline ships, loaded once a process, with what the last run worked out of them
    (rule_cache.py)."""
    return load_rules(cache=rule_cache.folder())
