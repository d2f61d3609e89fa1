"""A sentence that a PDF's page break cuts, read as one (data/debris.yaml's page_breaks): its examples
and counter-examples, as the extractor reads an article's text into sentences."""

import pytest

from timeline.extract import elision, rules
from timeline.extract.analyse import _page_breaks_marked
from timeline.extract.debris import find_debris, mask
from timeline.extract.refresh import find_quote, points_at
from timeline.extract.sentences import split

BREAKS = rules.data("debris")["page_breaks"]


def _sentences(text: str):
    debris, _ = find_debris(text)
    masked = mask(text, debris)
    return text, masked, _page_breaks_marked(tuple(split(masked, text)), masked, text)


@pytest.mark.parametrize("case", BREAKS["examples"], ids=lambda case: case["sentence"][:40])
def test_a_sentence_a_page_break_cuts_is_read_whole(case):
    text, _, sentences = _sentences(case["text"])
    (sentence,) = [s for s in sentences if " ".join(s.words.split()) == case["sentence"]]
    # its span runs over the furniture; its quote writes it as the elision mark, and is found there
    assert text[sentence.start:sentence.end] == sentence.text
    assert elision.mark() in sentence.quote and points_at(text, (sentence.start, sentence.end), sentence.quote)
    assert find_quote(text, sentence.quote) == (sentence.start, sentence.end)


@pytest.mark.parametrize("case", BREAKS["counter"], ids=lambda case: case["sentences"][-1][:40])
def test_a_page_break_between_sentences_or_after_a_heading_joins_nothing(case):
    _, _, sentences = _sentences(case["text"])
    assert [" ".join(s.words.split()) for s in sentences] == case["sentences"]
    assert not any(s.breaks for s in sentences)


def test_a_text_without_page_furniture_is_masked_as_it_was():
    # blank lines and a page number's look-alike in the prose: no break to join, every line end kept
    text = "Flood report\n\nThe river rose on\n\nMonday. Cases rose to 40\n\n12 people were moved.\n"
    debris, _ = find_debris(text)
    masked = mask(text, debris)
    assert masked.count("\n") == text.count("\n")
    assert all(not s.breaks and s.quote == s.text for s in split(masked, text))


def test_an_elided_quote_is_found_only_where_its_words_are():
    text = "The dam failed on\n\nPage 1 of 2\n\n9 January 2009. The river rose.\n"
    assert find_quote(text, "The dam failed on […] 9 January 2009.") == (0, text.index("2009.") + 5)
    assert find_quote(text, "The dam failed on […] 10 January 2009.") is None
    assert not points_at(text, (0, 10), "The dam […] failed")
    assert elision.holds("the dam failed on page 1 of 2 9 january 2009.", "the dam failed on […] 9 january 2009.")
    assert not elision.holds("9 january 2009. the dam failed on", "the dam failed on […] 9 january 2009.")
