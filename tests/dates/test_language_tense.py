"""A weekday alone in French, Spanish or German read in the tense its clause tells ("se rendra mardi",
"viajará el martes", "wird am Dienstag reisen": the next one; "a annoncé mardi", "viajó el martes",
"hat am Dienstag erklärt": the last one), by the cues of timeline/dates/rules/languages.yaml
(`tense`), at the confidence the English engine gives a weekday with its tense read; and "le
lendemain", "al día siguiente", "am nächsten Tag", "zwei Tage später" counted from the last date the
text told, as English "the following day" is. A future sentence's weekday landed a week early, at
0.6, and "le lendemain" was not read."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.dates import tag
from timeline.dates.languages import dates_in, language, tense_cue
from tests.init_project import event_entries, extracted_project

FRIDAY = dt.date(2020, 3, 13)


def _weekday(text: str, name: str):
    (found,) = [t for t in tag(text, FRIDAY, language=name).timexes if t.rule == name]
    return found


def _english(text: str):
    (found,) = tag(text, FRIDAY).timexes
    return found


@pytest.mark.parametrize("text,name,cue", [
    ("Le ministre se rendra à Berlin mardi.", "French", "rendra"),
    ("Mardi, les ministres seront à Bruxelles.", "French", "seront"),
    ("Le président va annoncer mardi sa décision.", "French", "va annoncer"),
    ("Le Sénat doit se prononcer mardi.", "French", "doit se prononcer"),
    ("El presidente viajará el martes a Bruselas.", "Spanish", "viajará"),
    ("El Gobierno va a aprobar el martes el decreto.", "Spanish", "va a aprobar"),
    ("Der Minister wird am Dienstag nach Paris reisen.", "German", "wird"),
    ("Die Abstimmung soll am Dienstag stattfinden.", "German", "soll"),
])
def test_a_weekday_told_in_the_future_is_the_next_one_as_sure_as_an_english_one(text, name, cue):
    found = _weekday(text, name)
    english = _english("The minister will travel to Berlin on Tuesday.")
    assert (found.value, found.tense, found.confidence) == ("2020-03-17", "future", english.confidence) == (
        "2020-03-17", "future", 0.745)
    assert found.reason == (f"'{found.text}', in {name}, counted from the reference date Fri 13 Mar 2020, "
                            f"looking ahead (future tense): '{cue}' tells its tense [rule {name}]")


@pytest.mark.parametrize("text,name,cue", [
    ("Le ministre a annoncé mardi sa démission.", "French", "a annoncé"),
    ("Mardi, les députés se sont réunis à Paris.", "French", "se sont réunis"),
    ("Le député est mort mardi.", "French", "est mort"),
    ("Le ministre aurait démissionné mardi.", "French", "aurait démissionné"),
    ("El presidente viajó el martes a Bruselas.", "Spanish", "viajó"),
    ("El martes, los ministros se reunieron en Madrid.", "Spanish", "reunieron"),
    ("El Gobierno ha aprobado el martes el decreto.", "Spanish", "ha aprobado"),
    ("Der Minister hat am Dienstag seinen Rücktritt erklärt.", "German", "hat … erklärt"),
    ("Das sagte der Minister am Dienstag in Berlin.", "German", "sagte"),
    ("Der Abgeordnete ist am Dienstag gestorben.", "German", "ist … gestorben"),
])
def test_a_weekday_told_in_the_past_is_the_last_one_as_sure_as_an_english_one(text, name, cue):
    found = _weekday(text, name)
    english = _english("The minister spoke on Tuesday.")
    assert (found.value, found.tense, found.confidence) == ("2020-03-10", "past", english.confidence) == (
        "2020-03-10", "past", 0.92)
    assert found.reason.endswith(f", looking back (past tense): '{cue}' tells its tense [rule {name}]")


WEEKDAYS = {"English": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "French": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            "Spanish": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
            "German": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]}
SAID = {"English": ("The minister spoke on {}.", "The minister will speak on {}."),
        "French": ("Le ministre a parlé {}.", "Le ministre parlera {}."),
        "Spanish": ("El ministro habló el {}.", "El ministro hablará el {}."),
        "German": ("Der Minister hat am {} gesprochen.", "Der Minister wird am {} sprechen.")}


@pytest.mark.parametrize("name", ["French", "Spanish", "German"])
@pytest.mark.parametrize("day", range(7))
@pytest.mark.parametrize("tense", [0, 1], ids=["past", "future"])
def test_each_weekday_in_each_tense_has_the_english_day_and_confidence(name, day, tense):
    """Told on a Friday, every weekday of either tense, the reference's own and the next day too: the
    day and confidence the English engine gives the English sentence of the same tense."""
    english = _english(SAID["English"][tense].format(WEEKDAYS["English"][day]))
    found = _weekday(SAID[name][tense].format(WEEKDAYS[name][day]), name)
    assert (found.value, found.confidence, found.tense) == (english.value, english.confidence, english.tense)


def test_the_past_looks_back_from_the_day_after_the_reference_too():
    """"Le match a eu lieu samedi" told on a Friday: the Saturday gone, not tomorrow."""
    assert _weekday("Le match a eu lieu samedi.", "French").value == "2020-03-07"
    assert _weekday("Le match a lieu samedi.", "French").value == "2020-03-14"  # a present ahead: tomorrow


@pytest.mark.parametrize("text,name", [
    ("Grève générale mardi.", "French"),  # no verb tells anything
    ("Le président, qui a été élu en 2017, se rend mardi à Berlin.", "French"),  # both
    ("Huelga general el martes.", "Spanish"),
    ("Generalstreik am Dienstag.", "German"),
    ("Le sommet a une importance particulière mardi.", "French"),  # "a une" is no passé composé
])
def test_with_no_cue_or_cues_of_both_tenses_a_weekday_stays_held_as_before(text, name):
    (found,) = [t for t in tag(text, FRIDAY, language=name).timexes if t.text in ("mardi", "el martes", "Dienstag")]
    assert (found.value, found.tense, found.confidence) == ("2020-03-10", "none", 0.6)
    assert f"timeline reads no tense in {name}" in found.reason


def test_a_past_cue_against_words_pointing_ahead_is_no_cue():
    found = _weekday("Le gouvernement a fermé les écoles jusqu'à lundi.", "French")
    assert (found.value, found.confidence) == ("2020-03-16", 0.6) and "after words that point ahead" in found.reason
    ahead = _weekday("Les écoles resteront fermées jusqu'à lundi.", "French")
    assert (ahead.value, ahead.confidence) == ("2020-03-16", 0.745)


def test_a_cue_in_another_clause_is_not_read():
    found = {t.text: t for t in tag("Le ministre a démissionné hier ; grève générale mardi.", FRIDAY,
                                    language="French").timexes}
    assert found["mardi"].tense == "none"
    assert tense_cue("Il a parlé. Mardi.", 12, 17, language("French")) is None


def test_words_that_end_as_a_future_are_not_cues():
    french = language("French")
    for text in ("La caméra filme le front mardi.", "Le portrait est extra mardi.", "Un opéra mardi."):
        assert tense_cue(text, text.index("mardi"), text.index("mardi") + 5, french) is None, text
    spanish = language("Spanish")
    text = "La galería y la secretaría de la cancillería, el martes."
    assert tense_cue(text, text.index("el martes"), text.index("el martes") + 9, spanish) is None


@pytest.mark.parametrize("text,name,words,english_text", [
    ("Le conseil s'est réuni le 3 mars. Le lendemain, le ministre a démissionné.", "French", "Le lendemain",
     "He arrived on March 3. The following day, he left."),
    ("El Consejo se reunió el 3 de marzo. Al día siguiente dimitió el ministro.", "Spanish", "día siguiente",
     "He arrived on March 3. The following day, he left."),
    ("Der Rat tagte am 3. März. Am nächsten Tag trat der Minister zurück.", "German", "nächsten Tag",
     "He arrived on March 3. The following day, he left."),
    ("Le vote a eu lieu le 3 mars ; la veille, le ministre avait parlé.", "French", "la veille",
     "He arrived on March 3; the day before, he called."),
    ("Le conseil s'est réuni le 3 mars, et deux jours plus tard le ministre est parti.", "French",
     "deux jours plus tard", "He arrived on March 3 and left two days later."),
    ("Der Rat tagte am 3. März, zwei Tage später trat der Minister zurück.", "German", "zwei Tage später",
     "He arrived on March 3 and left two days later."),
])
def test_the_day_after_the_date_told_last_is_read_as_the_english_words_of_its_meaning(text, name, words, english_text):
    found = {t.text: t for t in tag(text, FRIDAY, language=name).timexes}[words]
    english = [t for t in tag(english_text, FRIDAY).timexes if t.read_against == "last_date"][0]
    assert (found.value, found.confidence, found.read_against) == (english.value, english.confidence, "last_date")
    assert found.reason == f"'{words}', in {name}, counted from the date mentioned last (2020-03-03) [rule {name}]"


def test_the_day_after_counts_from_a_date_the_english_rules_read_too():
    """"03/03/2020", a numeric date, read day first in a French text: "le lendemain" is the 4th."""
    found = {t.text: t.value for t in tag("Le 03/03/2020, le conseil s'est réuni. Le lendemain, il a voté.", FRIDAY,
                                           language="French").timexes}
    assert found == {"03/03/2020": "2020-03-03", "Le lendemain": "2020-03-04"}


def test_the_day_after_with_no_date_told_or_after_an_event_is_no_day():
    """A wrong day is worse than none: not the day after the reference."""
    assert dates_in("Le lendemain, le ministre a démissionné.", "French", FRIDAY) == []
    assert dates_in("Al día siguiente dimitió el ministro.", "Spanish", FRIDAY) == []
    assert dates_in("Le 3 mars. Le lendemain de l'élection, la veille du scrutin.", "French", FRIDAY)[1:] == []


def test_an_english_text_is_read_as_before():
    assert tag("Le ministre se rendra à Berlin mardi. Le lendemain, il a parlé.", FRIDAY).timexes == []


@pytest.mark.parametrize("entry,message", [
    ({"tense": {"past": ["(a"]}}, r"bad past tense cue '\(a'"),
    ({"tense": {"later": ["a"]}}, r"tense should give `past` and `future`"),
])
def test_a_wrong_tense_entry_is_refused_naming_the_file_and_language(refused_language, entry, message):
    refused_language(entry, message)


# Short articles as a user meets them: `timeline tag --language`, and `timeline extract` in a project.
FRENCH = ("---\ntitle: \"Le ministre à Berlin\"\ndate: 2020-03-13\n---\n"
          "Le ministre des Affaires étrangères se rendra à Berlin mardi pour rencontrer son homologue allemand.\n\n"
          "Il a annoncé jeudi la fermeture de l'ambassade, a indiqué le Quai d'Orsay.\n\n"
          "Le 3 mars, le conseil de sécurité s'est réuni à New York. Le lendemain, la France a voté la résolution.\n")
SPANISH = ("---\ntitle: \"El presidente viaja a Bruselas\"\ndate: 2020-03-13\n---\n"
           "El presidente del Gobierno viajará el martes a Bruselas para la cumbre europea.\n\n"
           "El Consejo de Ministros aprobó el jueves el estado de alarma, según dijo la portavoz.\n\n"
           "El 3 de marzo se confirmó el primer caso en Madrid. Al día siguiente se cerraron los colegios.\n")
GERMAN = ("---\ntitle: \"Minister reist nach Paris\"\ndate: 2020-03-13\n---\n"
          "Der Außenminister wird am Dienstag nach Paris reisen, um seinen Amtskollegen zu treffen.\n\n"
          "Das Kabinett hat am Donnerstag ein Hilfspaket beschlossen, sagte die Sprecherin.\n\n"
          "Am 3. März tagte der Krisenstab in Berlin. Zwei Tage später wurden die Schulen geschlossen.\n")
WANTED = {
    "French": [("mardi", "2020-03-17"), ("jeudi", "2020-03-12"), ("Le 3 mars", "2020-03-03"), ("Le lendemain", "2020-03-04")],
    "Spanish": [("el martes", "2020-03-17"), ("el jueves", "2020-03-12"), ("El 3 de marzo", "2020-03-03"),
                ("día siguiente", "2020-03-04")],
    "German": [("Dienstag", "2020-03-17"), ("Donnerstag", "2020-03-12"), ("3. März", "2020-03-03"),
               ("Zwei Tage später", "2020-03-05")],
}
ARTICLES = {"French": FRENCH, "Spanish": SPANISH, "German": GERMAN}


@pytest.mark.parametrize("name", ARTICLES)
def test_timeline_tag_reads_the_tense_and_the_day_after(tmp_path, name):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLES[name].split("---\n", 2)[2], encoding="utf-8")
    result = CliRunner().invoke(cli, ["tag", str(f), "--dct", "2020-03-13", "--language", name, "--explain"])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == WANTED[name]
    assert [t["confidence"] for t in doc["timexes"]][:2] == [0.745, 0.92]


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    root, _ = extracted_project(tmp_path_factory, "tense", "Diplomatie",
                                {f"{name.lower()}.md": text for name, text in ARTICLES.items()})
    found: dict[str, dict] = {}
    for entry in event_entries(root, "events"):
        for source in entry["sources"]:
            found.setdefault(source["file"], {})[source.get("date_text")] = entry
    return found


@pytest.mark.parametrize("name", ARTICLES)
def test_timeline_extract_dates_each_event_by_its_tense_and_the_day_told_before(extracted, name):
    events = extracted[f"seeds/{name.lower()}.md"]
    for words, day in WANTED[name]:
        assert str(events[words]["date"]) == day, (words, events[words])
    # told with its tense, the weekday ahead is as sure as an English one; with none it was 0.6
    ahead = events[WANTED[name][0][0]]
    assert ahead["confidence"] == 0.74, ahead  # 0.745, as an event file writes it
    assert "looking ahead (future tense)" in ahead["reason"] and "tells its tense" in ahead["reason"]
