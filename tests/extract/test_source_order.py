"""Which order a followed draft's sources take (refresh._order_of_its_reason): the one the tool's new
reason comes from first, the others in their articles' order, only when the order as read is the
tool's (merge4). The walk through `timeline extract`: test_story_dates's merged breach."""
from __future__ import annotations

from timeline.extract.refresh import _order_of_its_reason


def _source(file: str, start: int, words: str) -> dict:
    return {"file": file, "quote": f"Sentence at {start}.", "span": [start, start + 20], "date_text": words}


GAVE_WAY = _source("seeds/a.txt", 300, "about 4:40 a.m.")
FAILED = _source("seeds/a.txt", 50, "Saturday")
SIRENS = _source("seeds/a.txt", 500, "5 a.m.")
REASON = "'about 4:40 a.m.' counted from the date the article gives before it"
NOW = {"sources": [dict(FAILED, published="2026-03-07"), GAVE_WAY, SIRENS]}


def test_the_source_the_new_reason_comes_from_goes_first_and_the_others_in_their_articles_order():
    assert _order_of_its_reason([GAVE_WAY, FAILED, SIRENS], REASON, NOW) == [1, 0, 2]
    assert _order_of_its_reason([GAVE_WAY, FAILED], REASON, NOW) == [1, 0]


def test_an_order_a_person_gave_is_kept():
    # the others not in their articles' order
    assert _order_of_its_reason([GAVE_WAY, SIRENS, FAILED], REASON, NOW) is None
    # the first not the one the tool's reason quoted
    assert _order_of_its_reason([SIRENS, FAILED, GAVE_WAY], REASON, NOW) is None
    # a reason a person wrote
    assert _order_of_its_reason([GAVE_WAY, FAILED], "Checked with the sheriff's log", NOW) is None
    # a span a person typed otherwise
    assert _order_of_its_reason([GAVE_WAY, dict(FAILED, span="50-70")], REASON, NOW) is None


def test_nothing_to_move():
    assert _order_of_its_reason([FAILED, GAVE_WAY], "'Saturday' counted from the article's date", NOW) is None
    # the sentence the new reason comes from is no longer one of its sources (a person took it out)
    assert _order_of_its_reason([GAVE_WAY, SIRENS], REASON, NOW) is None
    assert _order_of_its_reason([GAVE_WAY], REASON, NOW) is None
