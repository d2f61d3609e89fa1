"""The code the extractor's patterns (data/*.yaml) compile to, kept for the next run as the date
engine keeps its rules' (timeline/dates/rule_cache.py, compiled.py): compiling them was 0.13-0.2 s
of CPU of every `timeline extract` (bench/README.md, "The story's run after the start-up work").

The entry is named by a hash of the data files, the code that writes their patterns out and the
Python, and is looked up by each pattern's exact text and flags: a pattern it does not hold (a data
file changed under a running process, a test's own patterns) is compiled as usual, so the entry
changes no result. Without a cache folder (TIMELINE_CACHE_DIR set empty) nothing is kept or built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path

from timeline.dates import rule_cache
from timeline.dates.compiled import CodeBook
from timeline.extract import literals, tails
from timeline.extract.needs import for_lower_case

FLAGS = re.IGNORECASE  # as rules.patterns compiles every pattern
# the code that writes the patterns out, tells which read the same in lower case, and keeps them
_CODE = ("rules.py", "needs.py", "pattern_cache.py", "literals.py", "tails.py")


def _inputs() -> list[Path]:
    data = Path(str(resources.files("timeline.extract").joinpath("data")))
    code = Path(__file__).parent
    compiled = Path(rule_cache.__file__).with_name("compiled.py")
    return [*sorted(data.glob("*.yaml")), *(code / name for name in _CODE), compiled]


@cache
def book(sources: Callable[[], Iterable[str]]) -> CodeBook | None:
    """`kept` in the user's cache folder, once a process."""
    return _kept_with_gates(sources)[0]


def gate(sources: Callable[[], Iterable[str]], source: str) -> tuple[str, ...] | None | bool:
    """The gate (literals.gate) of `source` compiled with FLAGS, as the entry keeps it; False when
    the entry holds none for it (then work it out: literals.gate)."""
    gates = _kept_with_gates(sources)[1]
    found = gates.get(source, False)
    return tuple(found) if isinstance(found, list) else found


def backwards(sources: Callable[[], Iterable[str]], source: str) -> str | None | bool:
    """The backwards gate (tails.backwards) of `source` compiled with FLAGS, as the entry keeps it;
    False when the entry holds none for it (then work it out)."""
    return _kept_with_gates(sources)[2].get(source, False)


@cache
def _kept_with_gates(sources: Callable[[], Iterable[str]]) -> tuple[CodeBook | None, dict, dict]:
    return _kept(sources, rule_cache.folder())


def kept(sources: Callable[[], Iterable[str]], where: Path | None) -> CodeBook | None:
    """The kept code of every pattern `sources()` writes out: read from the folder `where`, else
    compiled now and kept there (what compiling them as they are needed costs, once); None without
    a folder, or where this Python cannot keep code (compiled.py)."""
    return _kept(sources, where)[0]


def _kept(sources: Callable[[], Iterable[str]], where: Path | None) -> tuple[CodeBook | None, dict, dict]:
    """`kept`, and each pattern's gate (literals.gate) and backwards gate (tails.backwards) by its
    text, kept in the same entry (parsing them all costs a tenth of a second), the regexes of the
    gates of many strings and the backwards gates with the patterns."""
    hashed = rule_cache.key_of(_inputs()) if where is not None else None
    if hashed is None:
        return None, {}, {}
    entry = rule_cache.read(hashed, where)
    if entry is not None:
        header, body = entry
        kept = CodeBook.read(header.get("compiled"), body)
        gates, backward = header.get("gates"), header.get("backwards")
        if kept is not None and isinstance(gates, dict) and isinstance(backward, dict):
            return kept, gates, backward
    listed = list(sources())
    gates, backward = _gates(listed), _backwards(listed)
    tries = [(literals.trie(tuple(g)), 0) for g in gates.values() if g is not None and len(g) > literals.MAX_GATE]
    reversed_gates = [(b, FLAGS) for b in backward.values() if b is not None]
    made = CodeBook.made_of([*_regexes(listed), *tries, *reversed_gates])
    if made is None:
        return None, {}, {}
    rule_cache.write(hashed, where, lambda: _entry(made, gates, backward))
    return made, gates, backward


def _gates(sources: Iterable[str]) -> dict[str, list[str] | None]:
    """Each pattern's gate, by its text (a pattern that will not parse is `rules.patterns`' to report)."""
    gates: dict[str, list[str] | None] = {}
    for source in sources:
        try:
            found = literals.gate(source, FLAGS)
        except Exception:  # noqa: BLE001 - re's parser refuses it: compiling it will say why
            continue
        gates[source] = None if found is None else list(found)
    return gates


def _backwards(sources: Iterable[str]) -> dict[str, str | None]:
    """Each pattern's backwards gate, by its text."""
    found: dict[str, str | None] = {}
    for source in sources:
        try:
            found[source] = tails.backwards(source, FLAGS)
        except Exception:  # noqa: BLE001 - re's parser refuses it: compiling it will say why
            continue
    return found


def _regexes(sources: Iterable[str]) -> Iterable[tuple[str, int]]:
    """Each pattern with the flags it is compiled with: IGNORECASE, and without for text lower-cased
    when it reads the same so (rules.Pattern.for_lower_case)."""
    for source in sources:
        yield source, FLAGS
        lowered = for_lower_case(source)
        if lowered is not None:
            yield lowered, 0


def _entry(made: CodeBook, gates: dict, backward: dict) -> tuple[dict, bytes]:
    listing, body = made.written()
    return {"compiled": listing, "gates": gates, "backwards": backward}, body
