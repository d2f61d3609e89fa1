"""How an event's reason says its date was read, in a reader's words (timeline/extract/data/reasons.yaml),
and today's words for a reason an earlier version wrote; the data's examples run here."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline.extract import reasons, rules

EXAMPLES = rules.data("reasons")["reasons"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e["says"][:60])
def test_the_data_examples(example):
    if "was" in example:
        assert reasons.in_current_words(example["was"]) == example["says"]
    elif kind := next((k for k in ("skipped", "article_date", "chosen_because", "related", "kept") if k in example), None):
        # what a run says of a sentence it makes no event of; of an article's date; of a story's articles
        fields = {k: v for k, v in example.items() if k not in (kind, "says")}
        assert getattr(reasons, kind)(example[kind], **fields) == example["says"]
    else:
        fields = {k: v for k, v in example.items() if k not in ("said", "says", "kind")}
        if "kind" in example:
            fields["reference_source"] = example["kind"]
        assert reasons.said(example["said"], **fields) == example["says"]


def test_no_reason_in_todays_words_is_reworded():
    # the former phrases are the tool's own: none of today's templates holds one, so a reason written
    # now is never changed on its way to the site or to a comparison
    table, events = rules.data("reasons")["reasons"], rules.data("events")
    for template in (*table["said"].values(), events["background"]["reason"], events["forward_looking_reason"]):
        for was in table["formerly"]:
            assert was not in template
        for was in table["formerly_patterns"]:
            assert not re.search(was, template)


def test_what_is_not_text_is_returned_as_it_is():
    assert reasons.in_current_words(None) is None
    assert reasons.in_current_words(0.5) == 0.5


@pytest.mark.parametrize("reason, counted", [
    ("'March 8' counted from the article's inferred date, Wednesday 7 March 1962; date uncertain: ...", True),
    ("'Saturday' resolved against the article's inferred date, Wednesday 7 March 1962", True),  # an earlier version's
    ("'November' counted from the date the article gives before it (the article's inferred date is Wednesday 7 March 1962)", True),
    ("'Saturday' counted from the article's inferred date, Thursday 8 March 1962", False),  # another day
    ("'Saturday' counted from the article's date, Wednesday 7 March 1962", False),  # its metadata's
    ("the county's minutes give both days", False),  # a person's
    (None, False),
])
def test_a_reason_counted_from_an_inferred_date_is_known_by_its_words(reason, counted):
    assert reasons.counted_from_inferred(reason, dt.date(1962, 3, 7)) is counted


@pytest.mark.parametrize("reason, owes_nothing", [
    ("'19:40' counted from the date the article gives before it", True),
    ("'the next month' resolved against the date mentioned before it in the article", True),  # an earlier version's
    ("'1965' names its date outright; background: long before the story's first article (2009-04-25)", True),
    ("'20:10' counted from the date the article gives before it; expected: a forecast ('would'), not what happened", True),
    # counted from a date read against the article's: the chain reaches it
    ("'11:00' counted from the date the article gives before it (the article's inferred date is Wednesday 7 March 1962)", False),
    ("'Saturday' counted from the article's inferred date, Wednesday 7 March 1962", False),
    ("'March 7' is the article's date line, which gives its inferred date, Wednesday 7 March 1962", False),
    ("'19:40' counted from the date the article gives before it, checked by hand against the minutes", False),  # a person's
    (None, False),
])
def test_a_reason_that_owes_the_article_date_nothing_is_known_by_its_words(reason, owes_nothing):
    # the review page lists an inferred article date's doubt only for dates that hang on it (borrow3)
    assert reasons.owes_the_article_date_nothing(reason) is owes_nothing
