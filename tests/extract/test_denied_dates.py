"""A date the sentence denies ("at 11:10 p.m. on Tuesday, not 11:40 p.m.") is no date of its event.
Taken for it, a police correction of the fire's start was filed, silently, under the very time it
corrected. The pattern is data (background_before: denied, in timeline/extract/data/events.yaml)."""

import pytest


@pytest.mark.parametrize("sentence, date", [
    ("Police said on Friday the fire had started at 11:10 p.m. on Tuesday, not 11:40 p.m. as the fire service first said.",
     "2026-03-03T23:10"),
    ("The port will reopen on Saturday rather than on Sunday, the harbour authority said.", "2026-03-07"),
    ("The vote was held on Thursday, not Wednesday.", "2026-03-05"),
    # Not denied: "not" belongs to the verb
    ("The shops did not open on Wednesday.", "2026-03-04"),
])
def test_a_denied_date_does_not_date_the_event(extract_sentence, sentence, date):
    assert str(extract_sentence(sentence, "2026-03-06", "Port fire")["date"]) == date
