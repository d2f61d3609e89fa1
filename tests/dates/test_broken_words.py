"""Date words a line's end broke with a hyphen (a PDF's "14 Novem-" over "ber 2008") are read whole,
the offsets and words of each expression the text's own (timeline/dates/broken.py; the words and
examples: timeline/dates/rules/broken_words.yaml)."""
import pytest

from timeline.dates import data_cache, tag
from timeline.dates.broken import BROKEN_WORDS, mended

EXAMPLES = data_cache.load(BROKEN_WORDS)["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_broken_words_example(example):
    got = tag(example["text"], example["reference"]).timexes
    for t in got:
        assert t.text == example["text"][t.start:t.end]  # the tag contract: offsets into the text given
    if example.get("none"):
        assert not got, got
        return
    found = {t.text: t for t in got}
    assert example["find"] in found, f"{example['find']!r} not found in {example['text']!r}; got {got}"
    assert found[example["find"]].value == example["value"], found[example["find"]].reason


def test_the_date_reads_as_it_does_written_whole():
    broken = tag("The operator reported seepage on 14 Novem-\nber 2008.", None, infer=False).timexes
    whole = tag("The operator reported seepage on 14 November 2008.", None, infer=False).timexes
    assert [(t.value, t.confidence, t.rule) for t in broken] == [(t.value, t.confidence, t.rule) for t in whole]
    assert "'14 November" in broken[0].reason  # the reason quotes the word whole


def test_only_date_words_are_mended_and_the_text_keeps_its_length():
    text = "The well-\nknown engineer saw Covid-\n19 cases in Novem-\nber, a day-to-\nday task, yester-\nday."
    found = mended(text)
    assert len(found.text) == len(text)
    assert found.text == ("The well-\nknown engineer saw Covid-\n19 cases in November\n , a day-to-\nday task, "
                          "yesterday\n .")
    assert [text[a:b] for a, b in found.words] == ["Novem-\nber", "yester-\nday"]
    assert mended("No broken words, 14 November 2008.") is None
    assert mended("A well-\nknown case") is None
