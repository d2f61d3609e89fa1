"""The gates worked out from the patterns (timeline/extract/literals.py) never turn a match away:
every match holds one of its pattern's strings, and a gated search finds what an ungated one finds."""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import pytest

from timeline.extract import literals, pattern_cache, rules
from timeline.folding import folded, lower_same_offsets

from .test_needs import _cased_alike
from .test_rules import PATTERN_LISTS, _texts_to_try

# Every character that lower-casing keeps one character long, and its image (as test_speedups.py).
_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1)
                 if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) == 1)
_LOWER = lower_same_offsets(_CHARS)


def test_every_character_ignorecase_matches_to_an_ascii_one_is_that_one_lower_cased():
    # A gate's strings are ASCII, looked for in the text as lower_same_offsets writes it: any
    # character a pattern's ASCII character matches, with IGNORECASE or without, must be written so.
    for code in range(128):
        char = chr(code)
        found = [m.start() for m in re.finditer(re.escape(char), _CHARS, re.IGNORECASE)]
        assert found == [m.start() for m in re.finditer(re.escape(char.lower()), _LOWER)], repr(char)


@pytest.mark.parametrize(("pattern", "strings"), [
    (r"\bcancel|called\s+off|scrapped", ("called", "cancel", "scrapped")),
    (r"remains?\s+(?:in|on)", ("remain",)),  # "remains" holds "remain"
    (r"foo(?:bar)?baz", ("foobarbaz", "foobaz")),
    (r"x{2}yz", ("xxyz",)),
    (r"(?-i:May)\s+days", ("days",)),  # the longer string; with or without case: looked for in lower case
    (r"(?-i:May)\s+(?:Day)", ("may",)),  # of two as long, either is as good
    (r"\b[Ss]ince\b", ("since",)),
    (r"said(?=\s+@DATE@)", ("said",)),
    (r"@DATE@\s+(?:attack|vote)", ("attack", "vote")),  # words before a date's mark
    (r"(?m)^abc", ("abc",)),  # '^' after any newline: searched
    (r"^abc", None),  # anchored at the start: fails at once without a gate
    (r"(?:^a|^b)cde", None),
    (r"(?:is|are)\s+to", None),  # too short to be worth it
    (r"(a)\1said", ("said",)),
    (r"\w+ed", None),
    (r"ca\u00e9s", None),  # "é" is no ASCII: "ca" and "s" are too short
    (r"(?x) s a i d  \s+ it", ("said",)),  # verbose: the parser drops the spaces
])
def test_a_gate_is_worked_out_from_the_pattern(pattern, strings):
    assert literals.gate(pattern, re.IGNORECASE) == strings


def test_a_gate_of_many_strings_is_one_regex_of_them():
    words = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")
    pattern = rules.Pattern("many", re.compile(r"\b(?:" + "|".join(words) + r")\s+\d", re.IGNORECASE))
    assert literals.gate(pattern.regex.pattern, pattern.regex.flags) == words
    assert re.fullmatch(literals.trie(words), "foxtrot")
    assert pattern.admits("at hotel 9") and not pattern.admits("at the motel 9")
    assert pattern.search("At HOTEL 9").group(0) == "HOTEL 9" and pattern.search("the motel 9") is None


def _guardian_texts() -> list[str]:
    """The paragraphs of the Guardian's swine-flu story, when the shared data is here."""
    shared = os.environ.get("TIMELINE_SHARED") or str(Path(__file__).resolve().parents[3] / "shared")
    path = Path(shared) / "data" / "t17-h1n1-guardian" / "articles.jsonl"
    if not path.is_file():
        return []
    texts = []
    for line in path.read_text("utf-8").splitlines():
        article = json.loads(line)
        for field in ("title", "text"):
            texts += [p for p in str(article.get(field) or "").splitlines() if p.strip()]
    return texts


def _with_marks(texts: list[str]) -> list[str]:
    """Each text with its first number written as the cues' date marks, as they are asked."""
    return [re.sub(r"\d+", rules.DATE_MARK, text, count=1) for text in texts] + \
        [re.sub(r"\d+", "@OTHER@", text, count=1) for text in texts]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [v for t in _texts_to_try() for v in _cased_alike(t)] + _with_marks(_texts_to_try())


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_every_match_holds_one_of_its_gates_strings(name, key, texts):
    for pattern in rules.patterns(name, key):
        strings = literals.gate(pattern.regex.pattern, pattern.regex.flags)
        kept = pattern_cache.gate(rules._every_source, pattern.regex.pattern)
        assert kept is False or kept == strings  # the cache's entry holds what the pattern gives
        if strings is None:
            continue
        for text in texts:
            low = folded(text)
            for found in pattern.regex.finditer(text):
                assert low is None or any(s in low[found.start():found.end()] for s in strings), \
                    f"{name}.yaml {pattern.name}: {found.group(0)!r} holds none of {strings}"


def _ungated(pattern: rules.Pattern) -> rules.Pattern:
    """The same pattern without its gate: searched as before the gates."""
    plain = rules.Pattern(pattern.name, pattern.regex, pattern.examples, pattern.counter, pattern.needs)
    plain.lowered["gate"] = None
    return plain


def _same(name: str, key: str, texts: list[str], whole_list: bool = True) -> int:
    """Check that the list's patterns, gated, find in every text what they find without their gates;
    how many times a gate turned a text away. A gate that lets a text through leaves the search as
    it was, step by step: only the texts it turns away need the search without it. `whole_list`:
    and first_match of the list, gated and not, the same for every text."""
    pats = rules.patterns(name, key)
    plain = tuple(_ungated(p) for p in pats)
    turned_away = 0
    for text in texts:
        if whole_list:
            first, first_plain = rules.first_match(pats, text), rules.first_match(plain, text)
            assert (first and first.name) == (first_plain and first_plain.name), f"{name}.yaml {key}: {text!r}"
        low = folded(text)
        if low is None:
            continue  # no gate is asked: searched as before
        for pattern, without in zip(pats, plain):
            if pattern.admits(low):
                continue  # the same search as before, step by step
            turned_away += 1
            assert without.search(text) is None, f"{name}.yaml {pattern.name} turned away {text!r}, which it matches"
            assert without.sub("", text) == text
            assert rules.first_match((without,), text) is None
    return turned_away


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_a_gated_search_finds_what_the_pattern_finds(name, key, texts):
    _same(name, key, texts)


def test_the_gates_turn_texts_away_and_the_guardian_story_reads_the_same():
    story = _guardian_texts()
    if not story:
        pytest.skip("the Guardian story (TIMELINE_SHARED/data/t17-h1n1-guardian) is not here")
    texts = story + _with_marks(story)
    turned_away = sum(_same(name, key, texts, whole_list=False) for name, key in PATTERN_LISTS)
    assert turned_away > len(texts)  # the gates do work: not a test of nothing
