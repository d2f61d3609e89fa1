"""`timeline extract` on pages in French, Spanish and German saved without metadata, dated by the stamp
they print under their headline in their words ("Publié le 13 mars 2020 à 10h32", "Actualizado:
13/03/2020 18:32", "Stand: 13.03.2020 18:32 Uhr"), as an English page by its "Published" line. On main
the stamp was taken for a link box and hidden: the article had no date ("no metadata and no full date
of its own"), and its sentences went to "undated"."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline.extract.debris import STAMP_IN_OTHER_WORDS, page_line

FRENCH = ("Coronavirus : l'Oise ferme ses écoles\nPublié le 13 mars 2020 à 10h32\n\n"
          "Le préfet de l'Oise a ordonné hier la fermeture de toutes les écoles du département, a indiqué la préfecture.\n\n"
          "Mardi dernier, le ministre de la Santé avait déjà fermé 120 établissements à Creil.\n")
SPANISH = ("Madrid cierra los colegios\nActualizado: 13/03/2020 18:32\n\n"
           "La Comunidad de Madrid cerró ayer todos los colegios y universidades durante dos semanas, según informó "
           "el Gobierno regional.\n\n"
           "El primer paciente murió hace tres días en el hospital de Torrejón, según dijo el consejero de Sanidad.\n")
GERMAN = ("Bayern schließt alle Schulen\nStand: 13.03.2020 18:32 Uhr\n\n"
          "Die bayerische Staatsregierung hat gestern beschlossen, alle Schulen und Kitas zu schließen, sagte der "
          "Ministerpräsident.\n\n"
          "Der erste Patient in Bayern starb vor drei Tagen im Klinikum München, teilte das Landesamt mit.\n")


def test_a_page_is_dated_by_its_stamp_in_its_words(seed, extract, read_events):
    seed(FRENCH, "fr.txt")
    seed(SPANISH, "es.txt")
    seed(GERMAN, "de.txt")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "needs a date" not in result.output and "no date for this article" not in result.output
    events = read_events(Path("events"))
    by_words = {e["sources"][0]["date_text"]: e for e in events}
    assert {w: str(e["date"]) for w, e in by_words.items()} == {
        "hier": "2020-03-12", "Mardi dernier": "2020-03-10", "ayer": "2020-03-12", "hace tres días": "2020-03-10",
        "gestern": "2020-03-12", "vor drei Tagen": "2020-03-10"}
    for event in events:
        (source,) = event["sources"]
        assert source["published"].isoformat() == "2020-03-13" and source["published_source"] == "inferred"
        assert source["published_confidence"] == 0.8
        prints = "the date the page prints for the story" if source["file"].endswith("fr.txt") else \
            "the date the page says the story was updated (it gives no other)"
        assert prints in " ".join(source["published_reason"].split()), source
        assert "inferred date, Friday 13 March 2020" in event["reason"]
    # the stamp is page furniture: no event of its own, never a quote
    assert not any("Publié" in s["quote"] or "Stand:" in s["quote"] or "Actualizado" in s["quote"]
                   for e in events for s in e["sources"])


@pytest.mark.parametrize("line,furniture", [
    ("Publié le 13 mars 2020 à 10h32", True),
    ("Publié le vendredi 13 mars 2020 | Mis à jour le 14/03/2020 à 08h00", True),
    ("Publicado el 13 de marzo de 2020 a las 10:32 h", True),
    ("Veröffentlicht am 13. März 2020, 10:32 Uhr", True),
    ("Stand: 13.03.2020 18:32 Uhr", True),
    ("Publié le 13 mars 2020, le rapport montre une hausse.", False),
    ("Le rapport publié le 3 mars 2020", False),
    ("Stand up for 2020", False),
])
def test_a_stamp_line_in_another_languages_words_is_page_furniture(line, furniture):
    assert (page_line(line) == STAMP_IN_OTHER_WORDS) is furniture
