"""`dates.may_give_a_time`: the quick test the site's loader runs before tagging a source's date words
in full (a plain day a person left where the words give a time is theirs). It must never say no where
tagging gives a time, or a person's edit would go untold; and it should say no to most words."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import dates

TIMED = ["last night", "late last night", "Thursday night", "Monday at 9:30 a.m. EST", "11pm on 27 April", "tonight",
         "this morning", "Earlier this evening", "at dawn", "overnight", "at noon", "in the small hours of Sunday",
         "at 14.00 BST", "2pm yesterday", "the afternoon of April 24, 2009"]
DAYS = ["Thursday", "April 24", "Last week", "1918", "Nearly a century ago", "the following day", "Sunday April 26",
        "early 2002", "January 2009", "next week", "Eight days ago"]


@pytest.mark.parametrize("words", TIMED + DAYS)
def test_it_says_yes_wherever_tagging_gives_a_time(words):
    timed = any(t.type in ("DATE", "TIME") and "T" in t.value[10:] for t in dates.tag(words, dt.date(2001, 1, 10)).timexes)
    assert timed == (words in TIMED)  # the lists are what they say
    assert dates.may_give_a_time(words) or not timed


@pytest.mark.parametrize("words", DAYS)
def test_words_that_give_a_day_alone_are_not_read_further(words):
    assert not dates.may_give_a_time(words)
