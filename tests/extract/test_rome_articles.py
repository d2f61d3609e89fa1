"""A historian's first hour: five encyclopedic articles on the fall of the Roman Republic and its
later memory (tests/fixtures/articles/rome/: two plain texts, a Markdown page with its date, a wiki
page saved as HTML, a 2024 news story), written for this test. Each date below was judged right
against its sentence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.extract.conftest import load_events, run

ROME = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "rome"

RIGHT = [  # (date as the event file writes it, end or None, the start of its title)
    ("133 BC", None, "Tiberius Gracchus was elected tribune of the plebs"),  # "usually dated from": no habit
    ("107 BC", None, "Gaius Marius was elected consul for the first time"),
    ("104 BC", "100 BC", "Gaius Marius was consul again every year"),  # "He": the sentence before names him
    ("100 BC", None, "The legions were open to landless volunteers"),
    ("1st century BC", None, "The violence grew out of these quarrels"),
    ("91 BC", None, "Rome's Italian allies rose"),
    ("88 BC", None, "Lucius Cornelius Sulla marched on Rome"),
    ("60 BC", None, "Julius Caesar, Gnaeus Pompeius Magnus and Marcus Licinius Crassus formed"),
    ("53 BC", None, "Crassus was killed by the Parthians at Carrhae"),  # "from 60 to 53 BC, when ...": 60-53 BC
    ("58 BC", "50 BC", "Caesar conquered Gaul"),
    ("10 January 49 BC", None, "Caesar crossed the Rubicon"),
    ("March 49 BC", None, "Pompey sailed from Brundisium to Greece"),  # "In March" after "49 BC"
    ("40s BC", None, "The 40s BC were a decade of almost unbroken civil war"),
    ("9 August 48 BC", None, "Caesar defeated him at Pharsalus"),
    ("28 September 48 BC", None, "Pompey fled to Egypt and was murdered there"),
    ("February 44 BC", None, "Caesar was named dictator for life"),
    ("15 March 44 BC", None, "Caesar was stabbed to death"),
    ("November 43 BC", None, "Octavian, Mark Antony and Marcus Aemilius Lepidus formed the Second Triumvirate"),
    ("7 December 43 BC", None, "Cicero was killed"),
    ("2 September 31 BC", None, "Octavian's fleet defeated Antony and Cleopatra off Actium"),
    ("27 BC", None, "Many historians take 27 BC as the end of the Republic"),
    ("16 January 27 BC", None, "The Senate gave him the name Augustus"),
    ("0014-08-19", None, "Augustus ruled until his death at Nola"),
    ("0014-09", None, "His stepson Tiberius succeeded him"),
    ("13", None, "Dante placed Brutus and Cassius in the lowest circle of Hell"),
    ("1599-09-21", None, "A Swiss traveller saw it"),
    ("1776", None, "The authors of the Declaration of Independence wrote under Roman pen names"),
    ("1778-05", None, "George Washington had the play performed"),
    ("179", None, "The French revolutionaries also borrowed the Republic's names and gestures"),
    ("1937-09-23", None, "A great exhibition opened in Rome"),
    ("2019", None, "A museum opened"),
    ("30 BC", None, "A fire destroyed the house"),
    ("40s BC", None, "Coins found in the rubble date the house"),
    ("2023", None, "Engineers surveying the car park"),  # "last year", told on 17 October 2024
    ("2024-10-15", None, "Archaeologists in Rome said they had uncovered"),  # "on Tuesday"
    ("2025-SP", None, "The finds will go on show"),  # "next spring"
    ("2027", None, "The metro station, first due to open in 2025, is now expected in 2027"),
]


@pytest.fixture(scope="module")
def rome(tmp_path_factory):
    """What `timeline extract` says of the five articles, their events (as plain YAML data) and the
    folder it wrote them to: extracted once for every test here."""
    folder = tmp_path_factory.mktemp("rome")
    shutil.copytree(ROME, folder / "seeds")
    result = run(str(folder / "seeds"), "--out", str(folder / "events"), "--no-progress")
    assert result.exit_code == 0, result.output
    return result.output, load_events(folder / "events"), folder / "events"


@pytest.mark.parametrize("date, end, title", RIGHT, ids=[f"{d} {t[:30]}" for d, _, t in RIGHT])
def test_the_dates_judged_right_stay_right(rome, date, end, title):
    _, events, _ = rome
    found = [e for e in events if e["title"].startswith(title)]
    assert len(found) == 1, sorted(e["title"] for e in events)
    (event,) = found
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)


def test_no_event_counts_from_a_date_before_christ_and_a_wikis_references_are_no_events(rome):
    """'The following year' after '7 December 43 BC' was 2023 at 0.94, 'that spring' after '15 March
    44 BC' spring 2022 (from the "In March" told before, read as the article's year); the wiki page's
    reference list gave five events ("Retrieved 12 May 2021", "Beard, Mary (2015)") and its footnote
    marks ended titles ("A Swiss traveller saw it.[2]")."""
    output, events, folder = rome
    assert not [e["title"] for e in events if e["title"].startswith("Brutus")]  # both wait for a person, below
    assert not [e["title"] for e in events if "Retrieved" in e["title"] or "(2015)" in e["title"]
                or e["title"].startswith("Richard")]
    assert not [e["title"] for e in events if "[" in e["title"]]
    undated = (folder / "caesar-pompey-senate-2022-03.yaml").read_text("utf-8").split("\nundated:\n", 1)[1]
    assert "Brutus and Cassius were defeated at Philippi" in undated and "counts from 7 December 43 BC" in undated
    assert 'need you: date each under "undated:"' in output


def test_a_month_counted_from_a_date_of_an_undated_article_keeps_the_engines_confidence(rome):
    """'the next month' after '19 August AD 14' in an article without a date was given confidence 0
    ("whose inferred date is unknown"): it counts from the text's own date, not the article's."""
    _, events, _ = rome
    (tiberius,) = [e for e in events if e["title"].startswith("His stepson Tiberius")]
    assert tiberius["confidence"] > 0.5
    assert tiberius["reason"] == "'the next month' counted from the date the article gives before it"
