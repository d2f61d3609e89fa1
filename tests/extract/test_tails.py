"""The backwards gates worked out from the patterns (timeline/extract/tails.py) never turn a match
away: every text a pattern matches in, written backwards, holds a match of its gate, and a search
with the gate finds what one without it finds (search, sub, first_match)."""

from __future__ import annotations

import re

import pytest

from timeline.extract import pattern_cache, rules, tails

from .test_literals import _guardian_texts, _with_marks
from .test_needs import _cased_alike
from .test_rules import PATTERN_LISTS, _texts_to_try


@pytest.mark.parametrize(("pattern", "text", "found"), [
    # the word before the mark, backwards: a fixed string first, tried where the mark is
    (r"^(?:[^.;])*?\bis\b[^.;]{0,200}?\b[a-z]{3,}ed\s+(?:on\s+)?@DATE@", "It is what was issued on @DATE@", True),
    (r"^(?:[^.;])*?\bis\b[^.;]{0,200}?\b[a-z]{3,}ed\s+(?:on\s+)?@DATE@", "It is what was seen on @DATE@", False),
    # a look-behind is a look-ahead backwards, a look-ahead of fixed width a look-behind
    (r"^.*?(?<!\bthe\s)\bset(?=\s)\s+@DATE@", "It was set @DATE@", True),
    (r"^.*?(?<!\bthe\s)\bset(?=\s)\s+@DATE@", "The set @DATE@", False),
    # a word boundary is one either way
    (r"^[^.;]*?\b(?:issued|set)\s+@DATE@", "It was set @DATE@", True),
    (r"^[^.;]*?\b(?:issued|set)\s+@DATE@", "It was at sunset @DATE@", False),
])
def test_a_backwards_gate_reads_the_steps_before_the_mark(pattern, text, found):
    gate = tails.backwards(pattern, re.IGNORECASE)
    assert gate is not None and gate.startswith("@ETAD@")
    assert (re.search(gate, text[::-1], re.IGNORECASE) is not None) is found
    assert found or re.search(pattern, text, re.IGNORECASE) is None


@pytest.mark.parametrize("pattern", [
    r"@DATE@\s+(?:attack|vote)",  # nothing before the mark: every sentence asked holds it
    r"\bsaid\s+(?:on\s+)?@DATE@",  # no scan left out: it fails fast as it is
    r"^.*?(a)\s+\1@DATE@",  # a back-reference
    r"^.*?(?:said|@DATE@)",  # not every match holds a mark
])
def test_no_gate_where_it_would_not_hold_or_not_pay(pattern):
    assert tails.backwards(pattern, re.IGNORECASE) is None


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [v for t in _texts_to_try() for v in _cased_alike(t)] + _with_marks(_texts_to_try())


def _without_backwards(pattern: rules.Pattern) -> rules.Pattern:
    plain = rules.Pattern(pattern.name, pattern.regex, pattern.examples, pattern.counter, pattern.needs)
    plain.lowered["backwards"] = None
    return plain


def _same(name: str, key: str, texts: list[str]) -> int:
    """Check that no text a backwards gate turns away is one its pattern matches; how many it did."""
    turned_away = 0
    for pattern in rules.patterns(name, key):
        source = tails.backwards(pattern.regex.pattern, pattern.regex.flags)
        assert pattern_cache.backwards(rules._every_source, pattern.regex.pattern) in (False, source)
        if source is None:
            continue
        without = _without_backwards(pattern)
        for text in texts:
            if pattern.admits_backwards(text):
                continue
            turned_away += 1
            assert pattern.regex.search(text) is None, f"{name}.yaml {pattern.name} turned away {text!r}, which it matches"
            assert without.sub("", text) == text and pattern.sub("", text) == text
            assert rules.first_match((without,), text) is None and rules.first_match((pattern,), text) is None
    return turned_away


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_a_backwards_gate_turns_away_no_text_its_pattern_matches(name, key, texts):
    _same(name, key, texts)
    for pattern in rules.patterns(name, key):
        for example in pattern.examples:
            assert pattern.admits_backwards(example), f"{name}.yaml {pattern.name} turned its example away: {example!r}"


def test_the_costly_cues_have_gates_and_the_guardian_story_reads_the_same():
    named = {p.name: p for p in rules.patterns("attachment", "cues")}
    for name in ("dated-clause-of-a-thing-told-now", "participle-of-a-thing-after-the-verb"):
        assert tails.backwards(named[name].regex.pattern, named[name].regex.flags) is not None
    story = _guardian_texts()
    if not story:
        pytest.skip("the Guardian story (TIMELINE_SHARED/data/t17-h1n1-guardian) is not here")
    marked = _with_marks(story)
    turned_away = sum(_same(name, key, marked) for name, key in PATTERN_LISTS)
    assert turned_away > len(marked)  # the gates do work: not a test of nothing
