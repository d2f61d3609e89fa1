"""Every pattern in timeline/extract/data/*.yaml matches its examples and not its counter-examples."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from timeline.extract import rules

FILES = sorted(p.name.removesuffix(".yaml") for p in resources.files("timeline.extract").joinpath("data").iterdir()
               if p.name.endswith(".yaml"))
PATTERN_LISTS = [(name, key) for name in FILES for key, value in rules.data(name).items()
                 if isinstance(value, list) and value and isinstance(value[0], dict)]
WORD_LISTS = [(name, key) for name in FILES for key, value in rules.data(name).items()
              if isinstance(value, list) and value and not isinstance(value[0], dict)]


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_patterns_match_their_examples_and_not_their_counter_examples(name, key):
    for pattern in rules.patterns(name, key):
        assert pattern.examples or key == "not_dates", f"{name}.yaml {pattern.name}: no examples"
        for example in pattern.examples:
            assert pattern.regex.search(example), f"{name}.yaml {pattern.name} misses {example!r}"
        for counter in pattern.counter:
            assert not pattern.regex.search(counter), f"{name}.yaml {pattern.name} matches {counter!r}"


@pytest.mark.parametrize(("name", "key"), WORD_LISTS)
def test_word_lists_are_text(name, key):
    assert rules.words(name, key)


def test_a_bare_on_in_a_word_list_is_refused(monkeypatch):
    monkeypatch.setattr(rules, "data", lambda name: {"k": ["in", True]})
    with pytest.raises(rules.RuleError, match="quote it"):
        rules.words("x", "k")


@pytest.mark.parametrize("data, message", [
    ({"k": [{"name": "broken", "pattern": "(unclosed"}]}, r"k\[0\] \(broken\): bad regular expression"),
    ({"k": [{"name": "parted", "pattern": "a {nope} b"}]}, r"k\[0\] \(parted\): no part 'nope' under parts:"),
    ({"parts": {"one": "{two}", "two": "b"}, "k": [{"name": "early", "pattern": "{one}"}]}, r"parts \(one\): no part 'two'"),
    ({"parts": {"nouns": ["accord", 7]}, "k": [{"name": "listed", "pattern": "{nouns}"}]}, r"parts: nouns: 7 is not a word"),
])
def test_a_bad_regular_expression_names_its_entry(monkeypatch, data, message):
    rules.patterns.cache_clear()
    monkeypatch.setattr(rules, "data", lambda name: data)
    try:
        with pytest.raises(rules.RuleError, match=message):
            rules.patterns("x", "k")
    finally:
        rules.patterns.cache_clear()


def test_a_word_list_part_matches_any_of_its_words_whole(monkeypatch):
    rules.patterns.cache_clear()
    monkeypatch.setattr(rules, "data", lambda name: {"parts": {"nouns": ["talks", "peace accord"]},
                                                     "k": [{"name": "listed", "pattern": "the {nouns}\\b"}]})
    try:
        regex = rules.patterns("x", "k")[0].regex
        assert [bool(regex.search(t)) for t in ("the peace  accord", "the talks", "the accordion", "the stalks")] == [True, True, False, False]
    finally:
        rules.patterns.cache_clear()


def _texts_to_try() -> list[str]:
    """Every example and counter-example of every pattern, and every line of the demo articles."""
    texts = [t for name, key in PATTERN_LISTS for p in rules.patterns(name, key) for t in (*p.examples, *p.counter)]
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    for path in sorted(seeds.iterdir()):
        texts += [line for line in path.read_text("utf-8").splitlines() if line.strip()]
    return texts


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_what_a_pattern_needs_is_in_every_match(name, key):
    for pattern in rules.patterns(name, key):
        if pattern.needs is None:
            continue
        for text in _texts_to_try():
            if pattern.regex.search(text):
                assert pattern.needs.search(text), f"{name}.yaml {pattern.name}: matches {text!r} without what it needs"
            assert pattern.sub("", text, count=1) == pattern.regex.sub("", text, count=1)
            assert bool(pattern.search(text)) == bool(pattern.regex.search(text))


def test_a_remembered_search_finds_what_a_search_finds_and_keeps_few_texts(monkeypatch):
    # Copies of a story ask a pattern of one written sentence again and again (rules.remembered).
    monkeypatch.setattr(rules, "REMEMBERED", 3)
    pattern = next(p for p in rules.patterns("events", "unreal_dates") if p.examples)
    texts = [*pattern.examples, *pattern.counter, "A plain sentence."] * 2
    for text in texts:
        found, again = pattern.search_remembered(text), pattern.search_remembered(text)
        assert (found and found.group(0)) == (pattern.search(text) and pattern.search(text).group(0)) and again is found
        assert 1 <= len(pattern.seen) <= 3
