"""A pattern's pre-check (`needs:`) searched in lower-cased text finds what IGNORECASE finds."""

from __future__ import annotations

import re

import pytest

from timeline.extract import rules
from timeline.extract.needs import Needs, lower_case_only
from timeline.folding import lower_same_offsets

from .test_rules import PATTERN_LISTS, _texts_to_try


@pytest.mark.parametrize(("source", "lower"), [
    (r"\bcancel|called\s+off|scrapped", True),
    (r"\S+\s+(?P<verb>said)\b\W", True),  # escapes of classes and a group's name
    (r"(?-i:May)", False),  # an inline flag
    (r"\b[Ss]ince\b", False),  # a capital letter
    (r"\x41ugust", False),  # a character by its code
    (r"(a)\1", False),  # a reference back
    ("\u00b5g", False),  # beyond ASCII
])
def test_which_pre_checks_are_searched_in_lower_case(source, lower):
    assert lower_case_only(source) is lower
    assert (Needs(source).lower is not None) is lower


def _cased_alike(text: str) -> list[str]:
    """The text as written, in capitals, and with the characters IGNORECASE folds as str.lower()
    does not ("\u017f" long s, dotless "\u0131", the Kelvin sign) or into two ("\u0130")."""
    odd = text.replace("s", "\u017f").replace("i", "\u0131").replace("k", "\u212a")
    return [text, text.upper(), text.title(), odd, "\u0130 " + text]


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_a_pre_check_finds_what_ignorecase_finds(name, key):
    texts = [variant for text in _texts_to_try() for variant in _cased_alike(text)]
    for pattern in rules.patterns(name, key):
        if pattern.needs is None:
            continue
        for text in texts:
            for pos in (0, 3):
                fast, slow = pattern.needs.search(text, pos), pattern.needs.any_case.search(text, pos)
                assert (fast and fast.span()) == (slow and slow.span()), \
                    f"{name}.yaml {pattern.name}: needs {pattern.needs.any_case.pattern!r} in {text!r}"


def test_the_pre_checks_that_most_lists_use_are_searched_in_lower_case():
    # The data's pre-checks are written in lower case, but for the few that want a capital.
    checks = {p.needs for name, key in PATTERN_LISTS for p in rules.patterns(name, key) if p.needs is not None}
    assert sum(c.lower is not None for c in checks) >= 0.7 * len(checks)


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_a_pattern_searched_in_lower_case_finds_where_ignorecase_finds(name, key):
    # first_match asks only whether a pattern matches: one written in lower case is searched so.
    texts = [variant for text in _texts_to_try() for variant in _cased_alike(text)]
    for pattern in rules.patterns(name, key):
        quick = pattern.for_lower_case()
        if quick is None:
            continue
        assert not quick.flags & re.IGNORECASE
        for text in texts:
            low = lower_same_offsets(text)
            if low is None:
                continue  # first_match then searches the text as written
            fast, slow = quick.search(low), pattern.regex.search(text)
            assert (fast and fast.span()) == (slow and slow.span()), \
                f"{name}.yaml {pattern.name}: {pattern.regex.pattern!r} in {text!r}"


def test_first_match_is_the_same_searched_in_lower_case_or_not():
    lists = [rules.patterns(name, key) for name, key in PATTERN_LISTS]
    for text in [variant for text in _texts_to_try() for variant in _cased_alike(text)]:
        for pats in lists:
            slow = next((p for p in pats if (p.needs is None or p.needs.any_case.search(text))
                         and p.regex.search(text)), None)
            assert rules.first_match(pats, text) is slow, text


def test_a_pattern_with_a_capital_or_a_flag_is_searched_as_written():
    plain = rules.Pattern("plain", re.compile(r"\bcalled\s+off", re.IGNORECASE))
    assert plain.for_lower_case() is not None
    assert rules.Pattern("capital", re.compile(r"\b(?-i:May)\b", re.IGNORECASE)).for_lower_case() is None
    assert rules.Pattern("cased", re.compile(r"\bcalled\s+off")).for_lower_case() is None  # case counts
    assert rules.first_match((plain,), "The match was CALLED OFF.") is plain
    assert rules.first_match((plain,), "\u0130stanbul match CALLED OFF.") is plain  # lower case moves offsets


@pytest.mark.parametrize("text", [
    "Swine flu: the WHO raised its alert to phase 5 on 29 April 2009.",
    "don't re-open x2 ab_cd abc_def 2009abc Ab9cd",
    "Café société: naïve Zoë, Ελλάδα, İstanbul and \u017fome \u0131t",  # beyond ASCII: Unicode's letters
    "",
])
def test_letter_runs_are_the_runs_unicode_letters_make(text):
    from timeline.articles import language
    from timeline.folding import letter_runs

    for variant in (text, text.lower(), text.upper()):
        assert letter_runs(variant) == re.findall(r"[^\W\d_]{3,}", variant)
    low = text.lower()
    ascii_words = language._ASCII_WORD if low.isascii() else language._WORD
    assert ascii_words.findall(low) == re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", low)


@pytest.mark.parametrize(("name", "key"), PATTERN_LISTS)
def test_a_pattern_searched_through_lower_case_gives_the_match_ignorecase_gives(name, key):
    # Pattern.search finds where in the text lower-cased and matches there in the text as written:
    # the same span, groups and words (the cues' notes quote them) as regex.search.
    texts = [variant for text in _texts_to_try() for variant in _cased_alike(text)]
    for pattern in rules.patterns(name, key):
        if pattern.for_lower_case() is None:
            continue
        for text in texts:
            fast, slow = pattern.search(text), pattern.regex.search(text)
            if pattern.needs is not None and not pattern.needs.search(text):
                slow = None
            assert (fast and (fast.span(), fast.group(0), fast.groupdict())) == (
                slow and (slow.span(), slow.group(0), slow.groupdict())), f"{name}.yaml {pattern.name} in {text!r}"


def test_the_cues_written_with_date_marks_are_searched_through_lower_case():
    from timeline.extract import attachment

    cues = attachment._cues()
    assert sum(cue.pattern.for_lower_case() is not None for cue in cues) >= len(cues) // 2
    cue = next(c for c in cues if c.pattern.for_lower_case() is not None and "@DATE@" in c.pattern.regex.pattern)
    assert "@date@" in cue.pattern.for_lower_case().pattern
