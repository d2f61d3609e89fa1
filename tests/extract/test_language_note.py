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


SPANISH = ("---\ntitle: \"El Gobierno decreta el estado de alarma\"\npublished: 2020-03-14\n---\n"
           "El Consejo de Ministros aprobó el 13 de marzo de 2020 el cierre de todos los colegios de la "
           "Comunidad de Madrid durante dos semanas.\n\nEl primer caso se confirmó el 31 de enero en La Gomera, "
           "según dijo el ministro de Sanidad.\n")
GERMAN = ("---\ntitle: \"Bayern schließt alle Schulen\"\npublished: 2020-03-13\n---\n"
          "Der erste Fall in Deutschland wurde am 27. Januar 2020 in Starnberg bestätigt, sagte der Minister.\n\n"
          "Die bayerische Staatsregierung hat im März 2020 beschlossen, alle Schulen und Kitas zu schließen.\n")


def test_an_article_in_another_language_gives_its_dates_at_their_day_and_its_years_alone_as_unsure(seed, extract, read_events):
    """"Le 3 mars 2020" was the year 2020 at 0.99; now the day, and a year the English rules read
    among words they do not is below the review threshold (0.7)."""
    seed(FRENCH + "\nLe ministre de la Santé a fermé 30 écoles dans l'Oise en 2019, selon le rapport publié par "
                  "le gouvernement.\n\nLe 03/04/2020, le préfet de l'Oise a rouvert deux écoles de Creil.\n", "fr.md")
    seed(SPANISH, "es.md")
    seed(GERMAN, "de.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = {s["date_text"]: e for e in read_events(Path("events")) for s in e["sources"]}
    assert str(events["lundi 16 mars 2020"]["date"]) == "2020-03-16"
    assert str(events["Le 3 mars 2020"]["date"]) == "2020-03-03"
    assert str(events["el 13 de marzo de 2020"]["date"]) == "2020-03-13"
    assert str(events["el 31 de enero"]["date"]) == "2020-01-31"
    assert "in Spanish, gives no year" in events["el 31 de enero"]["reason"]
    assert str(events["27. Januar 2020"]["date"]) == "2020-01-27"
    assert str(events["März 2020"]["date"]) == "2020-03"
    assert all(e["confidence"] >= 0.7 for key, e in events.items() if key not in ("2019", "03/04/2020"))
    numeric = events["03/04/2020"]
    assert str(numeric["date"]) == "2020-04-03" and "read day first, as French writes dates" in numeric["reason"]
    year = events["2019"]
    assert str(year["date"]) == "2019" and year["confidence"] < 0.7 and "reads as French" in year["reason"]


def test_a_german_articles_sentence_keeps_its_date_whole(seed, extract, read_events):
    """"am 27. Januar 2020": the event's quote was "Der erste Fall in Deutschland wurde am 27.", syntok
    ending the sentence at the day's full stop."""
    seed(GERMAN, "de.md")
    assert extract("seeds", "--out", "events").exit_code == 0
    quotes = [s["quote"] for e in read_events(Path("events")) for s in e["sources"]]
    assert "Der erste Fall in Deutschland wurde am 27. Januar 2020 in Starnberg bestätigt, sagte der Minister." in quotes


def test_a_title_leaves_out_the_little_words_of_its_language_that_led_to_the_date(seed, extract, read_events):
    """"En février 2020, les hôpitaux se sont préparés" was titled "En les hôpitaux se sont préparés" once
    its date was read: "en" leads to the date as "in" does (data/languages.yaml, date_lead)."""
    seed(FRENCH + "\nEn février 2020, les hôpitaux de Paris se sont préparés à recevoir les malades.\n", "fr.md")
    seed(GERMAN, "de.md")
    assert extract("seeds", "--out", "events").exit_code == 0
    titles = {s["date_text"]: e["title"] for e in read_events(Path("events")) for s in e["sources"]}
    assert titles["février 2020"] == "Les hôpitaux de Paris se sont préparés à recevoir les malades"
    assert titles["27. Januar 2020"] == "Der erste Fall in Deutschland wurde in Starnberg bestätigt"
    assert titles["März 2020"] == "Die bayerische Staatsregierung hat beschlossen"


def test_a_german_storys_file_is_named_by_its_names_not_its_nouns(seed, extract):
    """It was "marz-deutschland-fall-2020-03.yaml": German capitalises every noun. And "Le" after a
    wire's date line names no French story."""
    seed(GERMAN.replace("Die bayerische", "Laut Markus Söder hat die bayerische"), "de.md")
    seed("---\ntitle: \"Le gouvernement ferme les écoles\"\npublished: 2020-03-13\n---\n"
         "PARIS, 13 mars 2020 (AFP) - Le président a annoncé la fermeture des écoles de l'Oise, a indiqué "
         "l'Élysée.\n\nLe premier cas avait été confirmé le 24 janvier à Bordeaux, selon le ministre.\n", "fr.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in Path("events").glob("*.yaml"))
    assert names == ["bordeaux-oise-elysee-2020-03.yaml", "deutschland-markus-starnberg-2020-03.yaml"], names
