"""The verb test of bench/titles_report.py on the examples its word lists give (titles_words.yaml)."""

import pytest

import titles_report

EXAMPLES = titles_report.WORDS["examples"]


@pytest.mark.parametrize("title", EXAMPLES["with_verb"])
def test_a_title_with_a_verb_is_seen_to_have_one(title):
    assert titles_report.has_verb(title)


@pytest.mark.parametrize("title", EXAMPLES["without_verb"])
def test_a_title_without_a_verb_is_seen_to_lack_one(title):
    assert not titles_report.has_verb(title)


def test_the_lists_hold_single_lower_case_words():
    for key in ("function_words", "auxiliaries", "clitic_hosts", "past_forms", "present_forms"):
        words = titles_report.WORDS[key].split()
        assert words and all(w == w.lower() for w in words), key
