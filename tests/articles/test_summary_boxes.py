"""A live blog's summary box written as paragraphs before text extraction (timeline/articles/boxes.py):
every example of timeline/extract/data/debris.yaml: summary_box."""

import pytest

from timeline.articles.boxes import summary_boxes_as_paragraphs
from timeline.extract import rules


@pytest.mark.parametrize("example", rules.data("debris")["summary_box"]["examples"], ids=lambda e: e["page"][:40])
def test_a_summary_box_is_written_as_paragraphs_in_place(example):
    assert summary_boxes_as_paragraphs(example["page"]) == example["text"]
