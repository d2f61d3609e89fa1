"""Sentences left out, said so that they do not drown what else a run says: the Guardian story's
first run printed some twenty "skipped ..." notes, and every later run a line per article. The first
few in full, then one line with the count; later runs one line; --verbose says every one."""

from __future__ import annotations

from timeline.extract.pipeline import SKIPPED_IN_FULL

SENTENCE = "The summit in {place}, scheduled for Tuesday, was cancelled."
PLACES = ["Rome", "Paris", "Oslo", "Lima", "Cairo", "Quito"]


def test_a_first_run_says_a_few_skipped_sentences_in_full_and_counts_the_rest(seed, extract):
    for number, place in enumerate(PLACES):
        seed(f"---\npublished: 2024-03-06\n---\nNews of the day\n\nThe minister resigned on Monday.\n\n"
             f"{SENTENCE.format(place=place)}\n", f"a{number}.txt")
    first = extract("seeds", "--out", "events")
    assert first.exit_code == 0, first.output
    in_full = [line for line in first.output.splitlines() if line.startswith("note: seeds/a") and ": skipped '" in line]
    assert len(in_full) == SKIPPED_IN_FULL < len(PLACES)
    held = len(PLACES) - SKIPPED_IN_FULL
    assert (f"note: {held} more sentences skipped, each for a reason as above (timeline extract --verbose says which "
            "and why)") in first.output
    again = extract("seeds", "--out", "events")
    assert ": skipped '" not in again.output
    assert (f"note: {len(PLACES)} sentences of {len(PLACES)} articles skipped, as on earlier runs (timeline extract "
            "--verbose says which and why)") in again.output
    every = extract("seeds", "--out", "events", "--verbose").output
    assert all(f"skipped {SENTENCE.format(place=place)!r}" in every for place in PLACES)


def test_verbose_says_every_skipped_sentence_on_the_first_run_too(seed, extract):
    for number, place in enumerate(PLACES):
        seed(f"---\npublished: 2024-03-06\n---\n{SENTENCE.format(place=place)}\n", f"a{number}.txt")
    every = extract("seeds", "--out", "events", "--verbose").output
    assert all(f"skipped {SENTENCE.format(place=place)!r}" in every for place in PLACES)
