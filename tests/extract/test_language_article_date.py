"""An article in French, Spanish or German with no date in its metadata, dated from its own words
as an English one is (timeline/dates/languages.py, evidence): its wire date line ("PARIS, 13 mars
2020 (AFP) -"), and for a date line without a year ("MADRID, 3 de marzo (EFE) -", "BERLIN, 3. März
(dpa) -") the full date it reports nearest before that day. Run as a user meets it: a `timeline
init` project, the articles pasted into seeds/, `timeline extract`, the event files read. On main
each got no article date ("no metadata and no full date of its own") and its yearless dates went
to "undated"."""
from __future__ import annotations

import pytest

from tests.init_project import event_entries, extracted_project

FRENCH = ("---\ntitle: \"Le gouvernement ferme les écoles\"\n---\n"
          "PARIS, 13 mars 2020 (AFP) - Le président a annoncé la fermeture de toutes les écoles à partir du "
          "lundi 16 mars 2020, a indiqué l'Élysée.\n\n"
          "Le premier cas avait été confirmé le 24 janvier à Bordeaux, et le ministre a fermé des écoles dans l'Oise.\n")
SPANISH = ("---\ntitle: \"El Gobierno cierra los colegios\"\n---\n"
           "MADRID, 3 de marzo (EFE) - El Consejo de Ministros aprobó el cierre de todos los colegios de la "
           "Comunidad de Madrid durante dos semanas, según dijo el ministro.\n\n"
           "El primer caso se confirmó el 31 de enero de 2020 en La Gomera, según dijo el ministro de Sanidad.\n")
GERMAN = ("---\ntitle: \"Bayern schließt alle Schulen\"\n---\n"
          "BERLIN, 3. März (dpa) - Die bayerische Staatsregierung hat beschlossen, alle Schulen und Kitas zu "
          "schließen, sagte der Minister.\n\n"
          "Der erste Fall in Deutschland wurde am 27. Januar 2020 in Starnberg bestätigt, sagte er.\n")
# No date line, no full date: nothing to infer from, and no day is guessed
UNDATED = ("---\ntitle: \"Les écoles restent fermées\"\n---\n"
           "Le ministre a annoncé que les écoles resteront fermées jusqu'au 4 mai, a indiqué le gouvernement.\n\n"
           "Les parents ont été informés par les directeurs des écoles et par les mairies de la région.\n")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Each article's events, by the words of their date."""
    root, output = extracted_project(tmp_path_factory, "languages", "Écoles", {
        "fr.md": FRENCH, "es.md": SPANISH, "de.md": GERMAN, "undated.md": UNDATED})
    found: dict[str, dict] = {}
    for entry in event_entries(root, "events", "undated"):
        for source in entry["sources"]:
            found.setdefault(source["file"], {})[source.get("date_text") or entry["summary"]] = entry
    return found, output


def source(event: dict) -> dict:
    (only,) = event["sources"]
    return only


def test_a_french_wire_date_line_dates_the_article(extracted):
    events, _ = extracted
    for event in events["seeds/fr.md"].values():
        cited = source(event)
        assert str(cited["published"]) == "2020-03-13" and cited["published_source"] == "inferred"
        assert cited["published_confidence"] == 0.8
        assert "'13 mars 2020', the date line a wire dates its copy with" in cited["published_reason"]
    # a day with no year is read round the inferred date, and says so
    first = events["seeds/fr.md"]["le 24 janvier"]
    assert str(first["date"]) == "2020-01-24" and first["status"] == "draft"
    assert "the article's inferred date is Friday 13 March 2020" in first["reason"]


@pytest.mark.parametrize("article, line, full", [("seeds/es.md", "3 de marzo", "'el 31 de enero de 2020'"),
                                                 ("seeds/de.md", "3. März", "'27. Januar 2020'")])
def test_a_date_line_without_a_year_takes_the_year_of_the_full_date_reported_before_it(extracted, article, line, full):
    events, output = extracted
    assert f"{article}: needs a date" not in output
    for event in events[article].values():
        cited = source(event)
        assert str(cited["published"]) == "2020-03-03" and cited["published_source"] == "inferred"
        assert cited["published_confidence"] == 0.8
        assert f"from the date line '{line}' and the year of {full}" in " ".join(cited["published_reason"].split())
    # the date line's own event: as sure as the article date it gives, its whole sentence quoted
    own = events[article][line]
    assert str(own["date"]) == "2020-03-03" and own["confidence"] == 0.8
    assert own["reason"] == f"'{line}' is the article's date line, which gives its inferred date, Tuesday 3 March 2020"
    assert source(own)["quote"].startswith(("MADRID, 3 de marzo (EFE) - El Consejo", "BERLIN, 3. März (dpa) - Die bayerische"))


def test_an_article_with_neither_date_line_nor_full_date_is_still_not_dated(extracted):
    events, output = extracted
    assert "seeds/undated.md: no date for this article" in output
    (entry,) = events["seeds/undated.md"].values()
    assert "date" not in entry and "published" not in source(entry)
