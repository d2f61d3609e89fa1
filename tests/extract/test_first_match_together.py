"""A list of patterns that first_match searches as one regex (rules.together_source, kept by the
pattern cache) names the pattern that the list searched one by one names, for every text."""

from __future__ import annotations

import pytest

from timeline.extract import pattern_cache, rules

from .test_rules import PATTERN_LISTS, _texts_to_try


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """The code a first run keeps, the lists as one among it."""
    return pattern_cache.kept(rules._every_source, tmp_path_factory.mktemp("cache"))


def _texts() -> list[str]:
    """Every example, counter-example and line of the demo articles, stripped as the debris' lines
    are, and each of their words (the titles ask of a word)."""
    texts = _texts_to_try()
    return sorted({*texts, *(t.strip() for t in texts), *(w for t in texts for w in t.split()), ""})


def _together(name: str, key: str, book, monkeypatch) -> rules.Patterns:
    """The list as `patterns` gives it, with the cache's code of this test's folder."""
    monkeypatch.setattr(pattern_cache, "book", lambda sources: book)
    return rules.Patterns(rules.patterns(name, key))


def test_one_regex_names_the_first_pattern_that_matches(book, monkeypatch):
    texts = _texts()
    compared = []
    for name, key in PATTERN_LISTS:
        together = _together(name, key, book, monkeypatch)
        if together.one_regex() is None:
            continue  # searched one pattern after another, as before
        compared.append((name, key))
        one_by_one = tuple(together)  # a plain tuple: first_match tries its patterns in turn
        for text in texts:
            fast, slow = rules.first_match(together, text), rules.first_match(one_by_one, text)
            assert (fast and fast.name) == (slow and slow.name), f"{name}.yaml {key} on {text!r}"
    # The lists that made it worth it: every line of an article is asked about.
    assert {("debris", "lines"), ("debris", "trailers")} <= set(compared)


@pytest.mark.parametrize("sources", [
    [("^a", False), ("b", False)],  # not anchored: search finds b anywhere
    [("^a", False), ("^b|c", False)],  # an alternative not anchored
    [("^a", False), ("^b", True)],  # a needs: the pattern is skipped without it
    [("^(a)\\1", False), ("^b", False)],  # a group by number: the numbers change
    [("^(?P<x>a)", False), ("^(?P<x>b)", False)],  # a name twice
    [("(?m)^a", False), ("^b", False)],  # '^' after every newline
    [("^a", False)],  # one alone: nothing to gain
])
def test_what_one_regex_would_not_find_alike_is_searched_in_turn(sources):
    assert rules.together_source(sources) is None


def test_without_the_cache_the_list_is_searched_in_turn(monkeypatch):
    monkeypatch.setattr(pattern_cache, "book", lambda sources: None)
    lines = rules.Patterns(rules.patterns("debris", "lines"))
    assert lines.one_regex() is None
    assert rules.first_match(lines, "Skip to main content").name == "skip-link"
