"""What the review page says of an item, in a reader's words (timeline/data/review.yaml)."""

import re
from importlib import resources

import pytest

from timeline.site.review import words


@pytest.mark.parametrize("example", words()["examples"], ids=lambda e: e["says"])
def test_wordings_from_the_data_file(example):
    assert words()[example["key"]].format(**example.get("fields", {})) == example["says"]


def test_the_cue_note_mark_is_how_every_cues_note_opens():
    # the review line drops it, as the line says the date is uncertain already
    text = resources.files("timeline").joinpath("extract/data/attachment.yaml").read_text("utf-8")
    notes = re.findall(r'^\s*note: "(.*)"$', text, re.MULTILINE)
    assert notes and all(note.startswith(words()["cue_note_opens"]) for note in notes)
