"""Relative words in another language's text ("hier", "ayer", "gestern", "mardi dernier", "la semaine
dernière", "hace tres días", a weekday alone), read in a text known to be in that language
(timeline/dates/rules/languages.yaml, `relative`): they were not read at all, and the article's note
said so. Each is the English rules' form of the same meaning, resolved by the same code (anchor.py),
and as sure as that English rule measured, but a weekday alone, whose tense is not read."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag
from timeline.dates.languages import dates_in, language, names

FRIDAY = dt.date(2020, 3, 13)


def _one(text: str, name: str, reference=FRIDAY):
    found = tag(text, reference, language=name).timexes
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text,name,english", [
    ("Le préfet a parlé hier.", "French", "The prefect spoke yesterday."),
    ("El prefecto habló ayer.", "Spanish", "The prefect spoke yesterday."),
    ("Der Präfekt sprach gestern.", "German", "The prefect spoke yesterday."),
    ("Il est mort il y a trois jours.", "French", "He died three days ago."),
    ("Murió hace tres días.", "Spanish", "He died three days ago."),
    ("Er starb vor drei Tagen.", "German", "He died three days ago."),
    ("La semaine dernière, il a plu.", "French", "Last week, it rained."),
    ("La semana pasada llovió.", "Spanish", "Last week, it rained."),
    ("Letzte Woche regnete es.", "German", "Last week, it rained."),
    ("L'année dernière, il a plu.", "French", "Last year, it rained."),
    ("El año pasado llovió.", "Spanish", "Last year, it rained."),
    ("Letztes Jahr regnete es.", "German", "Last year, it rained."),
    ("Mardi dernier, il a plu.", "French", "Last Tuesday, it rained."),
    ("El martes pasado llovió.", "Spanish", "Last Tuesday, it rained."),
    ("Am vergangenen Dienstag regnete es.", "German", "Last Tuesday, it rained."),
    ("Avant-hier, il a plu.", "French", "The day before yesterday, it rained."),
])
def test_a_relative_word_has_the_value_and_confidence_of_the_english_words_of_its_meaning(text, name, english):
    """"hier" is 2020-03-12 as "yesterday" is, "la semaine dernière" 2020-W10, "il y a trois jours"
    2020-03-10, each at the confidence TempEval-3 measured for the English rule of that form."""
    own = _one(text, name)
    (theirs,) = tag(english, FRIDAY).timexes
    assert (own.value, own.type, own.confidence, own.anchored, own.read_against, own.counts) == (
        theirs.value, theirs.type, theirs.confidence, True, "reference", theirs.counts)
    assert own.reason == f"'{own.text}', in {name}, counted from the reference date Fri 13 Mar 2020 [rule {name}]"


def test_the_values_are_timex3s():
    assert _one("Il a parlé hier.", "French").value == "2020-03-12"  # the day before the reference
    assert _one("La semaine dernière, il a plu.", "French").value == "2020-W10"  # the week before
    assert _one("Il est mort il y a trois jours.", "French").value == "2020-03-10"  # three days back
    assert _one("L'an dernier, il a plu.", "French").value == "2019"
    assert _one("Heute tagt der Rat.", "German").value == "2020-03-13"
    assert _one("Mañana se reúne el Consejo.", "Spanish").value == "2020-03-14"
    assert _one("Le conseil se réunira mardi prochain.", "French").value == "2020-03-17"


@pytest.mark.parametrize("text,name,day", [
    ("Grève générale mardi.", "French", "2020-03-10"),
    ("Huelga general el martes.", "Spanish", "2020-03-10"),
    ("Generalstreik am Dienstag.", "German", "2020-03-10"),
])
def test_a_weekday_alone_is_the_last_one_held_below_the_review_threshold_saying_its_tense_is_not_read(text, name, day):
    """As an English weekday with no tense is read (the last one on or before the reference), when
    no word of its clause tells its tense (a headline with no verb: test_language_tense.py and
    test_language_reported.py for those whose words do): a day ahead would be a week early, so it is held."""
    found = _one(text, name)
    assert found.value == day and found.tense == "none"
    assert found.confidence == 0.6 < 0.7
    assert f"timeline reads no tense in {name}" in found.reason and "the last such day on or before it" in found.reason


def test_a_weekday_alone_that_is_tomorrow_or_after_words_pointing_ahead_is_the_next_one_and_says_so():
    saturday = _one("Finale de la Coupe samedi.", "French")
    assert saturday.value == "2020-03-14" and "the day after it" in saturday.reason and saturday.confidence == 0.6
    monday = _one("Les écoles restent fermées jusqu'à lundi.", "French")
    assert (monday.value, monday.tense) == ("2020-03-16", "future") and "after words that point ahead" in monday.reason
    assert _one("Die Schulen bleiben bis Montag geschlossen.", "German").value == "2020-03-16"
    assert _one("Los colegios cierran hasta el lunes.", "Spanish").value == "2020-03-16"


def test_last_weekday_told_the_day_after_it_is_flagged_as_one_of_two_readings():
    """"jeudi dernier" told on a Friday: the writer would say "hier", and may mean the Thursday before."""
    found = _one("Jeudi dernier, il a plu.", "French")
    assert found.value == "2020-03-12" and found.confidence == 0.6
    assert "they may mean the one a week further" in found.reason


def test_a_weekday_every_week_a_feast_or_one_counted_from_another_day_is_not_a_weekday_alone():
    for text, name in [("Le marché a lieu chaque jeudi.", "French"), ("Le défilé du mardi gras.", "French"),
                       ("Le lundi suivant, il est parti.", "French"), ("Abren todos los jueves.", "Spanish"),
                       ("La procesión del Viernes Santo.", "Spanish"), ("Der Markt ist jeden Donnerstag.", "German")]:
        assert dates_in(text, name, FRIDAY) == [], text


def test_words_that_look_alike_are_not_read():
    assert dates_in("Esta mañana llovió, y por la mañana también.", "Spanish", FRIDAY) == []
    assert dates_in("Am Morgen kam der Bericht, heute morgen ein zweiter.", "German", FRIDAY)[0].text == "heute"
    assert dates_in("Il y a trois jours de grève prévus.", "French", FRIDAY) == []
    # "hier" of "avant-hier" and "demain" of "après-demain" are not read again
    assert [t.text for t in dates_in("Avant-hier et après-demain.", "French", FRIDAY)] == ["Avant-hier", "après-demain"]


def test_without_a_reference_a_relative_word_stays_unresolved_and_says_why():
    (found,) = tag("Le préfet a parlé hier.", None, language="French").timexes
    assert (found.value, found.confidence, found.read_against) == ("XXXX-XX-XX", 0.2, "none")
    assert found.reason == "'hier', in French, needs a reference date and there is none [rule French]"
    (week,) = tag("La semaine dernière, il a plu.", None, language="French").timexes
    assert week.value == "XXXX-WXX"


def test_read_against_an_inferred_reference_it_keeps_that_references_doubt():
    text = "PARIS, 13 mars 2020 (AFP) - Le préfet a fermé les écoles hier."
    inferred = tag(text, None, language="French")
    assert inferred.reference == FRIDAY and inferred.reference_trust < 1
    hier = {t.text: t for t in inferred.timexes}["hier"]
    given = {t.text: t for t in tag(text, FRIDAY, language="French").timexes}["hier"]
    assert hier.value == given.value == "2020-03-12"
    assert hier.confidence == round(given.confidence * inferred.reference_trust, 3) < given.confidence


def test_an_english_text_is_read_as_before():
    """The English rules read none of these words, and no language is named: nothing changes."""
    assert tag("Il a parlé hier, mardi dernier.", FRIDAY).timexes == []


@pytest.mark.parametrize("entry,message", [
    ({"form": "hier", "value": "UNDEF-REF-1-day"}, r"should give a form, a value, and `as`"),
    ({"form": "hier", "value": "UNDEF-REF-1-day", "as": "yesterday", "held": "weekday_alone"}, r"should give a form"),
    ({"form": "hier", "value": "UNDEF-REF-1-day", "held": "sure"}, r"held 'sure' is no key of confidence"),
    ({"form": "{weekday} dernier", "value": "UNDEF-wd<2", "as": "last_next_weekday"}, r"\{weekday\} in its form and value"),
    ({"form": "(hier", "value": "UNDEF-REF-1-day", "as": "yesterday"}, r"bad relative form '\(hier'"),
])
def test_a_wrong_relative_entry_is_refused_naming_the_file_and_language(refused_language, entry, message):
    refused_language({"relative": [entry]}, ".*" + message)


def test_an_as_naming_no_english_rule_is_refused_when_read():
    from timeline.dates import languages as module
    from timeline.dates.errors import RuleError

    with pytest.raises(RuleError, match=r"languages.yaml: relative: as 'no_such_rule' should name a rule"):
        module._english_rule("no_such_rule")


@pytest.mark.parametrize("name", names())
def test_each_relative_entry_names_an_english_rule_or_a_hand_set_figure(name):
    for relative in language(name).relative:
        if relative.as_rule is not None:
            from timeline.dates.languages import _english_rule

            assert _english_rule(relative.as_rule).name == relative.as_rule
