"""An event file's `part:` says which part of its period an event is in ("the late 19th century"),
only where the date's words name that part. "Earlier this year", told on 2 May 2009, is not "early
2009" (the engine gives both TimeML's mod START): it is the year, before that day (part_words in
timeline/extract/data/events.yaml). Seen on the Guardian story's 2009 page."""

import pytest


@pytest.fixture
def extracted(extract_sentence):
    return lambda sentence: extract_sentence(sentence, "2009-05-02", "Food supplies")


@pytest.mark.parametrize("sentence, date, part", [
    ("The NHS signed contracts earlier this year with Roche.", 2009, None),
    ("Deaths will rise later in the year, officials warned.", 2009, None),
    ("The plant opened in early 2009.", 2009, "early"),
    ("The mills closed in the late 19th century.", "18", "late"),
])
def test_a_part_only_where_the_words_name_it(extracted, sentence, date, part):
    event = extracted(sentence)
    assert (event["date"], event.get("part")) == (date, part)
