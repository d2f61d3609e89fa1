"""A page's stamp in another language's words ("Publié le 13 mars 2020", "Actualizado el", "Stand:"),
read as the article's date as the English "Published", "Updated" are (infer.py; languages.yaml,
`stamps`). On main such a page had no date: its stamp was only "the latest full date" it reports."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag
from timeline.dates.languages import names, stamp_labels

HEAD = {"French": "Coronavirus : l'Oise ferme ses écoles\n", "Spanish": "Madrid cierra los colegios\n",
        "German": "Bayern schließt alle Schulen\n"}
BODY = {"French": "\nLe préfet a fermé les écoles hier, a indiqué la préfecture.\n",
        "Spanish": "\nLa Comunidad cerró ayer los colegios, según informó el Gobierno.\n",
        "German": "\nDie Regierung hat gestern die Schulen geschlossen, sagte der Minister.\n"}
FRIDAY = dt.date(2020, 3, 13)


@pytest.mark.parametrize("name,line,day,kind", [
    ("French", "Publié le 13 mars 2020 à 10h32", FRIDAY, "stamp"),
    ("French", "Publié le vendredi 13 mars 2020", FRIDAY, "stamp"),
    ("French", "Publié le 13/03/2020 à 10h32 | Mis à jour le 14/03/2020 à 08h00", FRIDAY, "stamp"),
    ("French", "Mis à jour le 14 mars 2020 à 08h00", dt.date(2020, 3, 14), "update_stamp"),
    ("Spanish", "Publicado el 13 de marzo de 2020 a las 10:32 h", FRIDAY, "stamp"),
    ("Spanish", "Actualizado el 14 de marzo de 2020 - 08:00", dt.date(2020, 3, 14), "update_stamp"),
    ("Spanish", "Actualizado: 14/03/2020 08:00", dt.date(2020, 3, 14), "update_stamp"),
    ("German", "Veröffentlicht am 13. März 2020, 10:32 Uhr", FRIDAY, "stamp"),
    ("German", "Aktualisiert am 14. März 2020", dt.date(2020, 3, 14), "update_stamp"),
    ("German", "Stand: 05.03.2020 08:00 Uhr", dt.date(2020, 3, 5), "update_stamp"),
])
def test_a_stamp_in_the_languages_words_dates_the_page_as_an_english_one(name, line, day, kind):
    text = HEAD[name] + line + "\n" + BODY[name]
    assert tag(text, None).reference is None  # read as English, nothing dates it
    found = tag(text, None, language=name)
    assert (found.reference, found.reference_source, found.reference_kind) == (day, "inferred", kind)
    english = tag("Schools close\n" + ("Published" if kind == "stamp" else "Updated") + ": 7 Jan 2019\n\n"
                  "The prefect closed the schools.\n", None)
    assert english.reference_kind == kind and found.reference_trust == english.reference_trust  # trusted alike
    assert "the date the page" in found.reference_reason
    # its relative words count from it
    relative = [t for t in found.timexes if t.text in ("hier", "ayer", "gestern")]
    assert [t.value for t in relative] == [(day - dt.timedelta(days=1)).isoformat()]


def test_an_update_dates_the_page_only_when_it_gives_no_other():
    text = HEAD["French"] + "PARIS, 12 mars 2020 (AFP) - Le préfet a fermé les écoles.\nMis à jour le 14 mars 2020\n"
    assert tag(text, None, language="French").reference == dt.date(2020, 3, 12)


def test_a_label_inside_a_sentence_or_under_the_prose_is_no_stamp():
    """"Le rapport publié le 3 mars 2020 montre" tells of a report; a stamp under the prose, after a
    line that ends no sentence, is another story's (a link box), as in English."""
    in_sentence = HEAD["French"] + "\nLe rapport publié le 3 mars 2020 montre que les écoles ont fermé.\n"
    assert tag(in_sentence, None, language="French").reference_kind != "stamp"
    link = (HEAD["French"] + "\nLe préfet a fermé les écoles, a indiqué la préfecture.\n\nÀ lire aussi\n"
            "Publié le 3 mars 2020\n")
    assert tag(link, None, language="French").reference_kind != "stamp"


def test_the_labels_are_read_only_in_their_language():
    text = HEAD["German"] + "Veröffentlicht am 13. März 2020\n" + BODY["German"]
    assert tag(text, None, language="French").reference is None
    assert stamp_labels("English") is None


@pytest.mark.parametrize("name", names())
def test_each_language_gives_its_stamps_words(name):
    labels = stamp_labels(name)
    assert labels is not None and labels.published is not None and labels.updated is not None


def test_a_wrong_clock_is_refused_naming_the_file_and_language(monkeypatch):
    from timeline.dates import languages as module
    from timeline.dates.errors import RuleError

    data = dict(module._data())
    data["languages"] = {"Test": {"stamps": {"published": ["publié"], "clock": "(à"}}}
    monkeypatch.setattr(module, "_data", lambda: data)
    module.stamp_labels.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"languages.yaml: Test: stamps: bad clock '\(à'"):
            module.stamp_labels("Test")
        data["languages"] = {"Test": {"stamps": {"updated": ["mis à jour"]}}}
        module.stamp_labels.cache_clear()
        with pytest.raises(RuleError, match=r"languages.yaml: Test: stamps should list the words of `published`"):
            module.stamp_labels("Test")
    finally:
        module.stamp_labels.cache_clear()
