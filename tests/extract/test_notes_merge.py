"""A researcher's notes beside the articles they summarise (tests/fixtures/articles/notes/: a
council's press release, a news page and a Markdown notes file of bullet lines, written for this
test). A terse line that restates an article's happening is one event with its sentence; a line of
another happening of the same day stays an event of its own. Each grouping below was judged."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extract.conftest import load_events, run

BUDGET = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "notes"

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


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    """The events `timeline extract` makes of the three files, extracted once for every test here."""
    folder = tmp_path_factory.mktemp("budget")
    shutil.copytree(BUDGET, folder / "seeds")
    result = run(str(folder / "seeds"), "--out", str(folder / "events"), "--no-progress")
    assert result.exit_code == 0, result.output
    return load_events(folder / "events")


@pytest.mark.parametrize("note, sentences", JOINED, ids=[n for n, _ in JOINED])
def test_a_note_is_one_event_with_the_sentences_it_restates_and_no_other(budget, note, sentences):
    (event,) = [e for e in budget if any(note in s["quote"] and s["file"].endswith("notes.md") for s in e["sources"])]
    quotes = sorted(s["quote"] for s in event["sources"])
    assert [q for q in quotes if note not in q] == sorted(q for q in quotes for start in sentences if q.startswith(start)), quotes
