"""Word lists (lexicon.yaml): surface forms -> normalised values, as regex.

A word list becomes one regular-expression alternation, longest form first so
that the longest form wins, plus a lookup from a matched form to its value.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import yaml

# libyaml's parser when installed: several times faster than the pure-Python one.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

from . import data_cache
from .errors import RuleError

# Normalisers for `regex` lists: language independent, by name.
_ORDINAL_SUFFIX = re.compile(r"[^0-9]+$")


def _norm_day(text: str) -> str:
    return "%02d" % int(_ORDINAL_SUFFIX.sub("", text))


def _norm_int(text: str) -> str:
    return str(int(text.replace(",", "")))


NORMALISERS = {"day": _norm_day, "int": _norm_int, "identity": lambda t: t}

_SPACE = re.compile(r"\s+")


def _form_regex(form: str) -> str:
    """Escape a surface form; its spaces match any run of white space."""
    return r"\s+".join(re.escape(part) for part in form.split(" "))


def _atom(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    if ch == "'":  # typographic apostrophes too: "New Year’s"
        return "['’]"
    return re.escape(ch)


def trie_regex(words, atom=None) -> str:
    """One regex for a set of strings, as a trie: the engine follows one path
    instead of trying every alternative, and the longest string wins.

    Built from the strings sorted, each branch a run of them found by bisection, rather than from
    a tree of dictionaries: the scout's trie of ~15,000 beginnings took a tenth of loading the
    rules. The regex is the same, character for character (tests/dates/test_rule_loading.py)."""
    atom = atom or _atom
    ordered = sorted(set(words))
    atoms: dict[str, str] = {}

    def atom_of(ch: str) -> str:
        got = atoms.get(ch)
        if got is None:
            got = atoms[ch] = atom(ch)
        return got

    def build(lo: int, hi: int, depth: int) -> str:
        # ordered[lo:hi] share their first `depth` characters; one that ends there sorts first
        optional = len(ordered[lo]) == depth
        if optional:
            lo += 1
        if lo == hi:
            return ""
        if hi - lo == 1:  # a single string left: the rest of it, character by character
            body = "".join(map(atom_of, ordered[lo][depth:]))
        else:
            alts = []
            while lo < hi:
                word = ordered[lo]
                ch = word[depth]
                after = hi if ch == _LAST_CHAR else bisect_left(ordered, word[:depth] + chr(ord(ch) + 1), lo + 1, hi)
                alts.append(atom_of(ch) + build(lo, after, depth + 1))
                lo = after
            body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if optional else body

    return build(0, len(ordered), 0) if ordered else ""


_LAST_CHAR = chr(0x10FFFF)  # no character sorts after it: a run of it ends where the strings do


def squeeze(text: str) -> str:
    return _SPACE.sub(" ", text.strip()).replace("’", "'")


@dataclass
class WordList:
    name: str
    regex: str
    exact: bool = False
    table: dict[str, str] = field(default_factory=dict)  # form -> value
    normaliser: str = "identity"
    fallback: "WordList | None" = None  # a word list tried before the normaliser

    def value(self, text: str) -> str:
        key = squeeze(text)
        if not self.exact:
            key = key.lower()
        if key in self.table:
            return self.table[key]
        if self.fallback is not None:
            found = self.fallback.lookup(text)
            if found is not None:
                return found
        return NORMALISERS[self.normaliser](key)

    def lookup(self, text: str) -> str | None:
        key = squeeze(text)
        return self.table.get(key if self.exact else key.lower())


def _compose(values: dict[str, list[str]], spec: dict, where: str) -> None:
    """Add the forms "twenty-four", "twenty four" built from tens and units."""
    try:
        tens, units, joiners = spec["tens"], spec["units"], spec["joiners"]
        for t in tens:
            for u in units:
                forms = values.setdefault(str(int(t) + int(u)), [])
                for tf in values[t]:
                    for uf in values[u]:
                        for j in joiners:
                            forms.append(tf + j + uf)
        if spec.get("drop_units"):  # the units serve the composition only
            for u in units:
                values.pop(u, None)
    except (KeyError, ValueError, TypeError) as exc:
        raise RuleError(f"{where}: bad 'compose' section ({exc!r})") from None


def _build(name: str, spec: dict, where: str, lists: dict[str, WordList]) -> WordList:
    if not isinstance(spec, dict):
        raise RuleError(f"{where}: word list {name!r} must be a mapping")
    unknown = set(spec) - {"case", "values", "regex", "normalise", "also", "compose"}
    if unknown:
        raise RuleError(f"{where}: word list {name!r} has unknown keys {sorted(unknown)}")
    exact = spec.get("case") == "exact"
    parts: list[str] = []
    table: dict[str, str] = {}
    if "values" in spec:
        values = {str(k): [str(f) for f in (v or [])] for k, v in spec["values"].items()}
        if "compose" in spec:
            _compose(values, spec["compose"], f"{where}: {name}")
        forms = []
        for value, fs in values.items():
            for form in fs:
                key = squeeze(form) if exact else squeeze(form).lower()
                if key in table and table[key] != value:
                    raise RuleError(f"{where}: word list {name!r}: form {form!r} has two values "
                                    f"({table[key]!r} and {value!r})")
                table[key] = value
                forms.append(form)
        forms = {squeeze(f) if exact else squeeze(f).lower() for f in forms}
        if forms:
            parts.append(trie_regex(forms))
    if "regex" in spec:
        try:
            re.compile(spec["regex"])
        except re.error as exc:
            raise RuleError(f"{where}: word list {name!r}: bad regex: {exc}") from None
        parts.append(spec["regex"])
    fallback = None
    for other in spec.get("also", []):
        if other not in lists:
            raise RuleError(f"{where}: word list {name!r}: 'also' names unknown list {other!r}"
                            " (lists must be defined before they are used)")
        fallback = lists[other]
        parts.insert(0, lists[other].regex)
    if not parts:
        raise RuleError(f"{where}: word list {name!r} has neither 'values' nor 'regex'")
    normaliser = spec.get("normalise", "identity")
    if normaliser not in NORMALISERS:
        raise RuleError(f"{where}: word list {name!r}: unknown normaliser {normaliser!r}; "
                        f"known: {sorted(NORMALISERS)}")
    regex = "|".join(f"(?:{p})" for p in parts)
    if exact:
        regex = f"(?-i:{regex})"
    return WordList(name, regex, exact, table, normaliser, fallback)


def load_lexicon(path: Path) -> dict[str, WordList]:
    data = data_cache.load(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: expected a mapping of word lists")
    lists: dict[str, WordList] = {}
    # `also` may name a list defined later in the file: build those first.
    pending = dict(data)
    while pending:
        progressed = False
        for name, spec in list(pending.items()):
            deps = spec.get("also", []) if isinstance(spec, dict) else []
            if all(d in lists for d in deps) or any(d not in data for d in deps):
                lists[name] = _build(name, spec, path.name, lists)
                del pending[name]
                progressed = True
        if not progressed:
            raise RuleError(f"{path.name}: word lists {sorted(pending)} refer to each other in a loop")
    return lists
