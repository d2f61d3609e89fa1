"""The shortcuts taken for speed read every text as the plain way would."""
import re
import sys

import pytest

from timeline.dates.rules import default_rules
from timeline.dates.scout import lower_same_offsets

# Every character that lower-casing keeps one character long, and its image.
_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1)
                 if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) == 1)
_LOWER = lower_same_offsets(_CHARS)


def _scout_alphabet() -> set[str]:
    prefixes = default_rules().scout.by_prefix
    return {ch for p in prefixes for ch in p if ch not in "\x00 "}


def _where(pattern: str, text: str, flags=0) -> list[int]:
    return [m.start() for m in re.finditer(pattern, text, flags)]


def test_lower_casing_keeps_offsets_or_says_so():
    assert len(_LOWER) == len(_CHARS)
    assert lower_same_offsets("\u0130stanbul") is None  # two characters in lower case
    assert lower_same_offsets("On Jan. 7") == "on jan. 7"


@pytest.mark.parametrize("char", sorted(_scout_alphabet()))
def test_a_scout_letter_matches_as_ignorecase_would(char):
    """The scout searches the lower-cased text without IGNORECASE."""
    assert _where(re.escape(char), _CHARS, re.IGNORECASE) == _where(re.escape(char), _LOWER)


@pytest.mark.parametrize("klass", [r"[0-9]", r"\s", r"\S", r"[\w$€£]", r"[.,]"])
def test_a_scout_class_matches_as_before_lower_casing(klass):
    assert _where(klass, _CHARS, re.IGNORECASE) == _where(klass, _LOWER)


def test_the_scout_finds_the_same_places_in_any_case():
    scout = default_rules().scout
    text = "ON THURSDAY, Jan. 7, the ıstanbul office said ſeptember 2019 ended"
    haystack, search = scout.searcher(text)
    assert search == scout.lower_regex.search
    assert ([m.span() for m in scout.lower_regex.finditer(haystack)]
            == [m.span() for m in scout.regex.finditer(text)])
    assert scout.searcher("İstanbul, May 2019") == ("İstanbul, May 2019", scout.regex.search)
