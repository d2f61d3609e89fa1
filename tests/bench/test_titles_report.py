"""The verb test of bench/titles_report.py on the examples its word lists give (titles_words.yaml)."""

import pytest

import titles_report

EXAMPLES = titles_report.WORDS["examples"]

# Each list of examples in titles_words.yaml, the check it exercises and what that check must answer.
CHECKS = [
    ("with_verb", titles_report.has_verb, True),
    ("without_verb", titles_report.has_verb, False),
    ("ending_on_a_function_word", titles_report.ends_on_function_word, True),
    ("ending_well", titles_report.ends_on_function_word, False),  # ends on a name that spells a function word
    ("said_without_verb", titles_report.said_without_verb, True),  # cut before what was said has a verb
    ("said_with_verb", titles_report.said_without_verb, False),  # the reported clause has its verb, or none
]


@pytest.mark.parametrize(
    ("check", "title", "expected"),
    [pytest.param(check, title, expected, id=f"{key}-{title}")
     for key, check, expected in CHECKS for title in EXAMPLES[key]],
)
def test_each_example_title_is_judged_as_its_list_says(check, title, expected):
    assert bool(check(title)) is expected


def test_the_lists_hold_single_lower_case_words():
    for key in ("function_words", "auxiliaries", "clitic_hosts", "past_forms", "present_forms", "reporting_verbs",
                "reporting_that_verbs", "base_verbs"):
        words = titles_report.WORDS[key].split()
        assert words and all(w == w.lower() for w in words), key


@pytest.mark.parametrize(("verb", "expected"), [("expect", "expects"), ("go", "goes"), ("carry", "carries"),
                                                ("stay", "stays"), ("watch", "watches"), ("push", "pushes")])
def test_a_verbs_third_person_is_made_from_its_base_form(verb, expected):
    assert titles_report.third_person(verb) == expected
