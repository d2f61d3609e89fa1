"""No regular expression of the engine nests one unbounded repeat inside another.

"(a+)+b", "(\\s+\\w+)*x": on a long near-miss such a pattern tries every way
of splitting the run between the two repeats, and time grows exponentially.
This looks at the shape of every pattern the engine compiles (rules with their
word lists expanded, context checks, the scout, the tense cues), so the check
holds for any input, unlike a timing.  It does not see overlapping
alternatives ("(ab|a)*"); bench/bench_dates.py measures how time grows on
news and on hostile input.
"""
import re
from re import _constants as C
from re import _parser as sre_parse

import pytest

from timeline.dates.rules import default_rules
from timeline.dates.tense import cues

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.BRANCH:
        return list(av[1])
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    if op is C.ATOMIC_GROUP:
        return [av]
    return []


def _has_unbounded(seq) -> bool:
    for op, av in seq:
        if op in _REPEATS and av[1] == C.MAXREPEAT:
            return True
        if op is not C.ATOMIC_GROUP and any(_has_unbounded(c) for c in _children(op, av)):
            return True
    return False


def nested_repeats(pattern: str, flags: int = 0) -> bool:
    def walk(seq) -> bool:
        for op, av in seq:
            if op in _REPEATS and av[1] == C.MAXREPEAT and _has_unbounded(av[2]):
                return True
            if any(walk(c) for c in _children(op, av)):
                return True
        return False

    return walk(sre_parse.parse(pattern, flags))


@pytest.mark.parametrize("pattern, nested", [
    (r"(a+)+b", True), (r"(?:\s+\w+)*x", True), (r"a{1,5}(b+)*", True), (r"(?=(a+)+)", True),
    (r"(?>a+)+", False), (r"\d+(?:,\d{3})*", False), (r"(?:ab|a)*c", False), (r"a+b+", False),
])
def test_the_check_knows_a_nested_repeat(pattern, nested):
    assert nested_repeats(pattern) is nested


def engine_patterns():
    rules = default_rules()
    for rule in rules.rules:
        yield f"rule {rule.name}", rule.pattern, re.IGNORECASE
        for key in ("before", "not_before", "after", "not_after"):
            if getattr(rule, key) is not None:
                yield f"rule {rule.name} {key}", getattr(rule, key).pattern, getattr(rule, key).flags
    yield "scout", rules.scout.regex.pattern, rules.scout.regex.flags
    tense = cues()
    for name in tense.__dataclass_fields__:
        value = getattr(tense, name)
        if isinstance(value, re.Pattern):
            yield f"tense {name}", value.pattern, value.flags


def test_no_engine_pattern_nests_unbounded_repeats():
    patterns = list(engine_patterns())
    assert len(patterns) > 150  # every rule was seen
    offenders = [name for name, pattern, flags in patterns if nested_repeats(pattern, flags)]
    assert offenders == []
