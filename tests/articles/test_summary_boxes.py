"""A live blog's summary box written as paragraphs before text extraction (timeline/articles/boxes.py):
every example of timeline/extract/data/debris.yaml: summary_box."""

from pathlib import Path

import pytest

from timeline.articles import read_article
from timeline.articles.boxes import summary_boxes_as_paragraphs
from timeline.extract import rules


@pytest.mark.parametrize("example", rules.data("debris")["summary_box"]["examples"], ids=lambda e: e["page"][:40])
def test_a_summary_box_is_written_as_paragraphs_in_place(example):
    assert summary_boxes_as_paragraphs(example["page"]) == example["text"]


WALK6 = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "walk6"


# A live blog's pinned summary in a <div> (not a <section>): text extraction moved it below the first
# entry, where only luck (its first line) let the summary rule find it. It stays where the page has it.
@pytest.mark.parametrize("name, summary, first_entry", [
    ("live-pinned.html", "Here is a summary of the story so far:", "10:45 a.m."),
    ("live-day6.html", "Summary: The Millbrook Dam failed", "11:15 a.m."),
])
def test_a_pinned_summary_in_a_div_stays_above_the_first_entry(name, summary, first_entry):
    article = read_article(WALK6 / name)
    body = article.text[article.body_start:]
    assert -1 < body.index(summary) < body.index(first_entry)
