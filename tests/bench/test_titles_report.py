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


@pytest.mark.parametrize("title", EXAMPLES["ending_on_a_function_word"])
def test_a_title_ending_on_a_function_word_is_seen_to(title):
    assert titles_report.ends_on_function_word(title)


@pytest.mark.parametrize("title", EXAMPLES["ending_well"])
def test_a_title_ending_on_a_name_that_spells_one_is_not(title):
    assert not titles_report.ends_on_function_word(title)


@pytest.mark.parametrize("title", EXAMPLES["said_without_verb"])
def test_a_title_cut_before_what_was_said_has_a_verb_is_seen_to_be(title):
    assert titles_report.said_without_verb(title)


@pytest.mark.parametrize("title", EXAMPLES["said_with_verb"])
def test_a_title_whose_reported_clause_has_its_verb_or_that_reports_nothing_is_not(title):
    assert not titles_report.said_without_verb(title)


def test_the_lists_hold_single_lower_case_words():
    for key in ("function_words", "auxiliaries", "clitic_hosts", "past_forms", "present_forms", "reporting_verbs",
                "reporting_that_verbs"):
        words = titles_report.WORDS[key].split()
        assert words and all(w == w.lower() for w in words), key
