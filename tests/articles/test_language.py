"""An article not in English is named in a note (timeline/data/languages.yaml): timeline reads English
only, and a French article's events came out dated to their year alone ("Le 3 mars 2020" as 2020, at
0.99) without a word saying why the rest of it made none."""

from __future__ import annotations

import pytest

from timeline.articles.language import language_note, language_notes, language_of, languages, reading

FRENCH = ("---\ntitle: \"Coronavirus : le gouvernement ferme les écoles\"\npublished: 2020-03-13\n---\n"
          "Le président de la République a annoncé jeudi soir la fermeture de toutes les écoles à partir "
          "du lundi 16 mars 2020.\n\n« C'est la plus grave crise sanitaire », a-t-il déclaré.\n\n"
          "Le 3 mars 2020, le ministre de la Santé avait déjà fermé 120 établissements dans l'Oise et "
          "le Morbihan.\n")
ENGLISH = ("---\ntitle: France closes schools\npublished: 2020-03-10\n---\n"
           "« Le 3 mars, nous avons fermé les écoles », a déclaré le ministre on Tuesday, adding that the decision "
           "had been taken without hesitation.\n\nThe minister closed the schools of the Oise on 3 March 2020, "
           "the ministry said.\n")


@pytest.mark.parametrize("example", languages()["examples"], ids=lambda e: e["text"][:40])
def test_each_example_reads_as_its_language(example):
    assert language_of(example["text"]) == example["language"]
    assert reading(example["text"]) == (example["language"], tuple(example.get("tied", ())))


def test_every_word_of_the_data_is_a_word():
    """YAML reads a bare `on` as true: English's "on" was never counted."""
    for name, entry in languages()["languages"].items():
        assert all(isinstance(w, str) for w in entry["words"]), name


def test_the_date_engines_words_tell_a_language():
    """Its months, weekdays and relative words alone, from the date engine's own data."""
    from timeline.articles.language import _date_words

    words = _date_words()
    assert {"mardi", "mars", "hier", "demain", "avant-hier"} <= set(words["French"])
    assert {"dienstag", "märz", "gestern", "vorgestern", "heute", "morgen"} <= set(words["German"])
    assert {"martes", "marzo", "ayer", "hoy", "mañana", "anteayer", "antier"} <= set(words["Spanish"])
    assert {"march", "tuesday", "april"} <= set(words["English"]) and "tue" not in words["English"]


def test_a_short_item_reads_as_its_language_where_a_count_of_short_words_did_not():
    """Four short sentences hold few short words: 5 German ones, where 8 were needed, and "am Montag"
    found nothing; the same words in a long English story are too few a share of it to tell."""
    short = ("In Koblenz mussten am Montag 2.000 Menschen ihre Wohnungen verlassen. Die Mosel trat bereits am "
             "8. März über die Ufer.")
    assert language_of(short) == "German"
    long_english = short + " " + "The water board said the dikes were holding, and the army was ready. " * 3
    assert language_of(long_english) == "English"


def test_a_tie_is_said_with_what_to_do():
    data = languages()
    tie = next(e for e in data["examples"] if e.get("tied"))
    name, tied = reading(tie["text"])
    note, = language_note(name, "seeds/a.txt", tied)
    assert note.startswith("seeds/a.txt: reads as French and Spanish alike, and is read as English")
    assert "language: French" in note


def test_every_language_but_english_has_an_example_date_for_its_note():
    data = languages()
    for name, entry in data["languages"].items():
        if name != data["english"]:
            note, = language_notes(" ".join(entry["words"]), "seeds/a.txt")
            assert note.startswith(f"seeds/a.txt: reads as {name}, not English") and entry["example"] in note


def test_a_german_articles_nouns_are_told_from_its_names():
    """German writes every noun with a capital: those written after an article ("der erste Fall", "die
    bayerische Staatsregierung") at least as often as not, joined to one ("Schulen und Kitas"), and the
    data's months and weekdays are nouns; a name written once after one ("Das sagte Söder") is not."""
    from timeline.articles.language import nouns_in

    text = ("BERLIN, 3. März (dpa) - Die bayerische Staatsregierung hat beschlossen, alle Schulen und Kitas "
            "ab Montag zu schließen, sagte der Minister. Der erste Fall in Deutschland wurde in Starnberg "
            "bestätigt, sagte Markus Söder. Das sagte Söder im Landtag. Söder kam spät.")
    nouns = nouns_in(text, "German")
    assert {"märz", "staatsregierung", "schulen", "kitas", "montag", "minister", "fall", "landtag", "die"} <= nouns
    assert not {"deutschland", "starnberg", "markus", "söder", "berlin"} & nouns
    # a capitalised word after a number is a noun ("2.000 Menschen", "11,2 Meter"), not a date's day
    flood = "In Koblenz mussten 2.000 Menschen gehen. Der Rhein stieg in Köln auf 11,2 Meter, sagte Reker. Am Eck stand es zwei Ellen hoch."
    assert {"menschen", "meter", "ellen"} <= nouns_in(flood, "German")
    assert not {"koblenz", "köln", "reker"} & nouns_in(flood, "German")
    # a language that writes its nouns in lower case, and English, have none
    assert nouns_in("Le président a parlé à la France.", "French") == nouns_in(text, None) == frozenset()
