"""A researcher's notes beside the articles they summarise (tests/fixtures/articles/notes/: a
council's press release, a news page and a Markdown notes file of bullet lines, written for this
test). A terse line that restates an article's happening is one event with its sentence; a line of
another happening of the same day stays an event of its own. Each grouping below was judged.
tests/fixtures/articles/notes-terse/ holds notes written as people write them, beside the same
two articles: lines without full stops, almost no names (only Okafor), few of the articles' words;
they are of the articles' story by the days they tell (story.py, shared_days.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extract.conftest import load_events, run

BUDGET = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "notes"
TERSE_NOTES = BUDGET.parent / "notes-terse" / "03-notes.md"

JOINED = [  # (the note's words, the starts of the articles' sentences that tell its happening)
    ("Cllr Tom Lowe resigned as finance lead", ["Councillor Tom Lowe resigned"]),
    ("draft budget published, Northgate", ["The draft budget, published on 12 February"]),
    ("budget vote, 31 to 24", ["Councillors voted 31 to 24", "Kesterby Borough Council approved its budget"]),
    ("Mary Okafor says budget protects adult care", ["The council's leader, Mary Okafor"]),
    ("campaigners' letter before action", ["On 28 March 2024, the Save Kesterby Libraries group"]),
    # Other happenings of the same days: each its own event.
    ("another Kesterby councillor resigned", []),  # merge_another
    ("second draft budget published", []),  # merge_another's ordinal-opening: a note drops "a"
    ("finance committee not shown the draft", []),
    ("library campaigners met", []),
    ("Mary Okafor met school heads", []),  # shares only her name with her statement that day
    ("amendment to save Northgate library lost, 30 to 25", []),  # merge_figures
]
TERSE_JOINED = [  # the same, of the notes written as people write them
    ("Lowe quit as finance lead", ["Councillor Tom Lowe resigned"]),
    ("draft out, two branches to close", ["The draft budget, published on 12 February"]),
    # The sentence dates the closing ("the consultation, which closed on 4 March"); responding to a
    # consultation is taking part in it, no reaction to its closing (merge_reaction: responded).
    ("consultation closed", ["More than 3,000 residents responded to the consultation"]),
    ("vote 31 to 24", ["Councillors voted 31 to 24", "Kesterby Borough Council approved its budget"]),
    ("Okafor says adult care protected", ["The council's leader, Mary Okafor"]),
    ("letter before action from campaigners", ["On 28 March 2024, the Save Kesterby Libraries group"]),
]


def _extract(folder: Path, notes: Path) -> list[dict]:
    """The events `timeline extract` makes of the two articles and `notes`."""
    shutil.copytree(BUDGET, folder / "seeds", ignore=shutil.ignore_patterns("*notes*"))
    shutil.copy(notes, folder / "seeds" / notes.name)
    result = run(str(folder / "seeds"), "--out", str(folder / "events"), "--no-progress")
    assert result.exit_code == 0, result.output
    return load_events(folder / "events")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The events of the articles with each notes file, extracted once for every test here."""
    return {"notes": _extract(tmp_path_factory.mktemp("notes"), BUDGET / "03-notes.md"),
            "terse": _extract(tmp_path_factory.mktemp("terse"), TERSE_NOTES)}


ROWS = [("notes", *row) for row in JOINED] + [("terse", *row) for row in TERSE_JOINED]


@pytest.mark.parametrize("notes, note, sentences", ROWS, ids=[f"{k}: {n}" for k, n, _ in ROWS])
def test_a_note_is_one_event_with_the_sentences_it_restates_and_no_other(extracted, notes, note, sentences):
    (event,) = [e for e in extracted[notes] if any(note in s["quote"] and s["file"].endswith("notes.md")
                                                   for s in e["sources"])]
    quotes = sorted(s["quote"] for s in event["sources"])
    # The sentences it restates, each once, and no other.
    others = [q for q in quotes if note not in q]
    assert sorted(start for q in others for start in sentences if q.startswith(start)) == sorted(sentences), quotes
    assert len(others) == len(sentences), quotes
