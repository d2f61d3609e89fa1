"""A researcher's "history of a town" page: encyclopaedic prose, dated by eras, centuries, decades,
circa years and ranges of years (tests/fixtures/articles/history/)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.event_dates import event_label
from timeline.loader import load_events

HISTORY = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "history"


@pytest.fixture
def history(tmp_path, monkeypatch, extract, read_events):
    shutil.copytree(HISTORY, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    return {e["summary"]: e for e in read_events(tmp_path / "events")}


def test_circa_years_are_approximate_and_plain_years_are_not(history):
    """The engine marks "c. 1450" and "circa 1200" APPROX; the events said 1450 and 1200 as if sure."""
    assert history["The town received its market charter c. 1450."]["approximate"] is True
    assert history["A stone bridge over the Velda was completed circa 1200."]["approximate"] is True
    assert "approximate" not in history["The town hall was requisitioned as a hospital in 1916."]


def test_a_run_of_years_written_as_one_expression_ends_where_it_says(history):
    """'1914–18' is one expression, which the engine values as 1914: the event ended in 1914."""
    war = history["During the war of 1914–18, four hundred men of Veldmoor served in the army."]
    assert (war["date"], war["end"]) == (1914, 1918)
    assert war["title"] == "Four hundred men of Veldmoor served in the army"
    strike = history["The great mill strike lasted from 1889 to 1891."]
    assert (strike["date"], strike["end"]) == (1889, 1891)


def test_a_run_of_years_whose_end_keeps_one_digit_ends_where_it_says(extract_sentence):
    """'1995-7', as British papers write it: the engine reads it as a run of years; the event ended in 1995."""
    scare = extract_sentence("During the BSE scare of 1995-7, grown men with medical degrees predicted doom.",
                             "2009-04-29", "Scares")
    assert (scare["date"], scare["end"]) == (1995, 1997)


def test_a_history_is_its_own_story_so_none_of_its_events_is_background(history):
    """25 of its 27 events were tagged background, being over long before the articles were written:
    on a history page that tag says nothing (data/events.yaml, background.history_share)."""
    assert not [summary for summary, event in history.items() if "background" in (event.get("tags") or [])]
    assert not [summary for summary, event in history.items() if "background:" in event.get("reason", "")]


def test_the_part_of_a_century_or_decade_the_text_names_is_kept(history):
    """'the late 19th century' was written as the 19th century, 'the mid-1990s' as the 1990s: the
    engine's mod (END, MID, START) was dropped and the site said "19th century"."""
    mills = history["Textile mills dominated the town in the late 19th century."]
    assert (mills["date"], mills["part"]) == ("18", "late")
    assert history["The last textile mill closed in the mid-1990s."]["part"] == "mid"
    assert history["He returned to Veldmoor in the early 1790s and built the Brenner House."]["part"] == "early"
    assert "part" not in history["In the 1800s Veldmoor grew from a market town into a mill town."]


def test_a_range_of_centuries_with_one_noun_is_two_centuries_not_a_day_of_the_month(history):
    """'From the 5th to the 7th century' was dated 5 April 2023: 'the 5th' read as a day of the
    month before the article's, the worst kind of wrong date."""
    abandoned = history["From the 5th to the 7th century the town was abandoned."]
    assert (abandoned["date"], abandoned["end"]) == ("04", "06")
    assert abandoned["title"] == "The town was abandoned"


def test_a_circa_run_of_years_is_approximate_and_leaves_no_stray_mark_in_the_title(history):
    """'c. 1100–1150' gave 1100 to 1150 as if sure, titled 'The abbey flourished c. under Abbot Ralph'."""
    abbey = history["The abbey flourished c. 1100–1150 under Abbot Ralph."]
    assert (abbey["date"], abbey["end"], abbey["approximate"]) == (1100, 1150, True)
    assert abbey["title"] == "The abbey flourished under Abbot Ralph"


def test_a_span_that_bounds_one_moment_is_approximate_not_a_decade_long_event(history, tmp_path):
    """'built sometime between 1710 and 1720' was an event lasting ten years, titled '... was built
    sometime'. It keeps the range, marked approximate, and the site writes 'c. 1710–1720'."""
    spire = history["The spire of St Anne's was built sometime between 1710 and 1720."]
    assert (spire["date"], spire["end"], spire["approximate"]) == (1710, 1720, True)
    assert spire["title"] == "The spire of St Anne's was built"
    assert "bounds when it happened" in spire["reason"]
    bell = history["The great bell was cast some time between 1750 and 1760."]
    assert (bell["date"], bell["end"], bell["approximate"]) == (1750, 1760, True)
    assert bell["title"] == "The great bell was cast"
    porch = history["Between 1730 and 1740 the west porch was added."]
    assert (porch["date"], porch["end"], porch["approximate"]) == (1730, 1740, True)
    labels = {event.title: event_label(event) for event in load_events([tmp_path / "events"])}
    assert labels["The spire of St Anne's was built"] == "c. 1710–1720"


def test_a_span_a_state_lasted_stays_a_span(history):
    """A market held in the churchyard for thirty years, a town closed for three months: no bound."""
    market = history["Between 1760 and 1790 the market was held in the churchyard."]
    assert (market["date"], market["end"]) == (1760, 1790)
    assert "approximate" not in market
    assert "approximate" not in history["The town centre was closed between March and May 2020 during the pandemic."]


def test_a_reign_or_a_life_written_as_a_long_run_of_years_ends_where_it_says(history):
    """'reigned 1509–47' and 'Wyatt (1503–42)' ended in their first year: the engine took a run of
    years with its century left out only up to ten years long ('2019-47' may be a code)."""
    henry = history["Henry VIII reigned 1509–47 and granted the abbey's lands to the town."]
    assert (henry["date"], henry["end"]) == (1509, 1547)
    assert henry["title"] == "Henry VIII reigned and granted the abbey's lands to the town"
    wyatt = history["The poet Thomas Wyatt (1503–42) visited the abbey."]
    assert (wyatt["date"], wyatt["end"]) == (1503, 1542)
    assert wyatt["title"] == "The poet Thomas Wyatt visited the abbey"


def test_a_span_told_by_its_beginning_and_its_end_is_one_event_from_one_to_the_other(history):
    """'The great strike began in 1850 and ended in 1855' was dated 1850 alone and titled '... began
    and ended in 1855'. It is one event from 1850 to 1855, titled by what began and ended."""
    strike = history["The great strike began in 1850 and ended in 1855."]
    assert (strike["date"], strike["end"]) == (1850, 1855)
    assert strike["title"] == "The great strike"
    assert strike["sources"][0]["date_text"] == "began in 1850 and ended in 1855"


def test_dates_before_christ_are_events_written_as_a_person_writes_them(history):
    """Each was skipped with 'add it by hand'; the file now says them as the README's Event files do."""
    dates = {summary: (str(e["date"]), e.get("approximate", False)) for summary, e in history.items() if "BC" in summary}
    assert dates == {
        "Bronze tools found near the ford date from the 12th century BC.": ("12th century BC", False),
        "Celtic farmers built a hill fort above the ford around 300 BC.": ("300 BC", True),
        "Roman legions camped at the ford on 9 June 52 BC.": ("9 June 52 BC", False),
        "The Roman general Marcus Aquila founded a fort on the hill in 44 BC.": ("44 BC", False),
        "The fort's garrison mutinied in March 43 BC.": ("March 43 BC", False),
    }
