"""rules.first_match from each pattern's plan, and a list anchored at the text's start as one regex:
the same pattern as trying the list's regexes one by one, first to last."""

from __future__ import annotations

import re

from timeline.extract import rules

from .test_rules import PATTERN_LISTS, _texts_to_try


def _one_by_one(pats: tuple[rules.Pattern, ...], text: str) -> rules.Pattern | None:
    return next((p for p in pats if p.regex.search(text)), None)


def _texts(pats: tuple[rules.Pattern, ...]) -> list[str]:
    own = [t for p in pats for t in (*p.examples, *p.counter)]
    return own + [line.strip() for t in own for line in t.splitlines()] + [t.upper() for t in own]


def test_the_lines_of_page_furniture_are_one_regex():
    lines = rules.patterns("debris", "lines")
    assert rules._plans(lines)[2] is not None
    assert rules._plans(rules.patterns("attachment", "cues"))[2] is None  # searched anywhere in a sentence


def test_every_list_as_one_regex_finds_the_first_pattern_that_matches():
    # (every list through its plans: test_needs.py, test_first_match_is_the_same_searched_in_lower_case_or_not)
    general = _texts_to_try()
    combined = [(name, key) for name, key in PATTERN_LISTS if rules._plans(rules.patterns(name, key))[2] is not None]
    assert len(combined) >= 5
    for name, key in combined:
        pats = rules.patterns(name, key)
        for text in _texts(pats) + general:
            assert rules.first_match(pats, text) is _one_by_one(pats, text), (name, key, text)


def test_a_list_not_all_anchored_or_referring_to_a_group_is_tried_pattern_by_pattern():
    def listed(*sources: str) -> tuple[rules.Pattern, ...]:
        return tuple(rules.Pattern(f"p{i}", re.compile(s, re.IGNORECASE)) for i, s in enumerate(sources))

    anchored = listed(r"^by (?P<name>\w+)$", r"^(watch|video)\b", r"^by \w+")
    assert rules._plans(anchored)[2] is not None
    assert rules.first_match(anchored, "By Anna") is anchored[0]
    assert rules.first_match(anchored, "by anna smith") is anchored[2]  # the first that matches, not the longest
    assert rules.first_match(anchored, "Video: the dam") is anchored[1]
    assert rules.first_match(anchored, "Read by Anna") is None
    for sources in [(r"^by \w+", r"said"), (r"^(a)\1", r"^b"), (r"^(?P<x>a)(?P=x)", r"^b"), (r"^a|b", r"^c"),
                    (r"^a",), (r"(?m)^a", r"^b")]:
        pats = listed(*sources)
        assert rules._plans(pats)[2] is None, sources
    unanchored = listed(r"^by \w+", r"said")
    assert rules.first_match(unanchored, "He said so") is unanchored[1]
    assert rules.first_match(listed(r"^(a)\1", r"^b"), "aa") is not None
