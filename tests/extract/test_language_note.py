"""`timeline extract` names an article not in English (timeline/data/languages.yaml), and keeps the
words of every article exactly, accents and guillemets with them."""

from __future__ import annotations

from pathlib import Path

from tests.articles.test_language import ENGLISH, FRENCH


def test_extract_names_the_article_in_another_language_and_keeps_its_words_exactly(seed, extract, read_events):
    seed(FRENCH, "fr.md")
    seed(ENGLISH, "en.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    notes = [line for line in result.output.splitlines() if line.startswith("note:")]
    assert len(notes) == 1, result.output  # the English article quoting French is not named
    assert notes[0].startswith("note: seeds/fr.md: reads as French, not English:")
    assert '"3 mars 2020"' in notes[0]
    quotes = [s["quote"] for e in read_events(Path("events")) for s in e["sources"]]
    assert any(q.startswith("« Le 3 mars, nous avons fermé les écoles », a déclaré") for q in quotes), quotes
    assert any(q.startswith("Le 3 mars 2020, le ministre de la Santé avait déjà fermé 120 établissements")
               for q in quotes), quotes
