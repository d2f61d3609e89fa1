"""Dates written out in another language's words, read in a text known to be in that language
(timeline/dates/rules/languages.yaml, timeline/dates/languages.py): a French article's "le 3 mars 2020"
was the year 2020 at 0.99, read by the English rules from its digits alone."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import data_cache, tag
from timeline.dates.languages import dates_in, language, names, read

EXAMPLES = [(name, example) for name in names() for example in language(name).examples]


@pytest.mark.parametrize("name,example", EXAMPLES, ids=lambda e: e if isinstance(e, str) else e["text"][:40])
def test_each_example_finds_its_dates_with_their_values(name, example):
    found = [(t.text, t.value) for t in dates_in(example["text"], name, example["reference"])]
    if example.get("none"):
        assert found == []
    else:
        assert found == [tuple(pair) for pair in example["find"]]


@pytest.mark.parametrize("name", names())
def test_dateparser_reads_each_month_word_as_the_month_the_data_gives_it(name):
    lang = language(name)
    for word, month in lang.months.items():
        reading = read(lang.code, f"3 {word} 2020")
        assert reading is not None and reading[0] == dt.date(2020, month, 3), (word, reading)


@pytest.mark.parametrize("name", names())
def test_each_weekday_word_is_the_weekday_the_data_gives_it(name):
    """Checked against dateparser, which reads a weekday alone as that day of some week: the first
    word of each weekday it must know; another ("Sonnabend") only if it knows it."""
    lang = language(name)
    firsts = {words[0].lower() for words in data_cache.shipped("dates/rules/languages.yaml")["languages"][name]["weekdays"]}
    for word, weekday in lang.weekdays.items():
        reading = read(lang.code, word)
        if reading is None:
            assert word not in firsts, word
        else:
            assert reading[0].weekday() == weekday, (word, reading)


def test_only_the_language_named_reads_its_words():
    text = "Le 3 mars 2020, le ministre a fermé les écoles."
    assert [t.value for t in tag(text, dt.date(2020, 3, 13)).timexes] == ["2020"]
    assert [t.value for t in tag(text, dt.date(2020, 3, 13), language="German").timexes] == ["2020"]
    assert [(t.text, t.value) for t in tag(text, dt.date(2020, 3, 13), language="French").timexes] == [
        ("Le 3 mars 2020", "2020-03-03")]


def test_a_weekday_that_is_not_the_dates_own_leaves_it_unsure():
    (wrong,) = dates_in("Am Mittwoch, 3. März 2020, tagte der Rat.", "German", dt.date(2020, 3, 13))
    (right,) = dates_in("Am Dienstag, 3. März 2020, tagte der Rat.", "German", dt.date(2020, 3, 13))
    assert wrong.confidence < 0.7 <= right.confidence
    assert "Mittwoch is not the weekday of Tue 3 Mar 2020" in wrong.reason


def test_a_day_without_its_year_takes_the_year_its_weekday_falls_in_else_the_nearest():
    reference = dt.date(2020, 3, 13)
    (monday,) = dates_in("Les écoles ferment lundi 16 mars.", "French", reference)
    assert (monday.value, monday.confidence, monday.read_against) == ("2020-03-16", 0.95, "reference")
    (near,) = dates_in("Le cas a été confirmé le 24 janvier.", "French", reference)
    assert near.value == "2020-01-24" and 0.7 <= near.confidence < 0.95 and "49 days away" in near.reason
    (far,) = dates_in("Le festival aura lieu le 14 juillet.", "French", reference)
    assert far.value == "2020-07-14" and far.confidence < 0.7
    (unknown,) = dates_in("Le festival aura lieu le 14 juillet.", "French", None)
    assert unknown.value == "XXXX-07-14" and unknown.read_against == "none"


def test_the_english_rules_dates_in_such_a_text_are_held_below_the_review_threshold():
    text = "En 2019, le ministre a parlé. Le 3 mars 2020, il a fermé les écoles."
    found = tag(text, dt.date(2020, 3, 13), language="French").timexes
    assert [(t.text, t.value) for t in found] == [("2019", "2019"), ("Le 3 mars 2020", "2020-03-03")]
    year = found[0]
    assert year.confidence < 0.7 and "reads as French" in year.reason and year.reason.endswith(f"[rule {year.rule}]")


def test_a_day_without_its_year_read_against_an_inferred_reference_is_held_as_that_reference():
    """As the English rules' dates read against an inferred date: times what its evidence leaves."""
    text = "Published 13 March 2020. Le premier cas avait été confirmé le 24 janvier à Bordeaux."
    given = {t.text: t for t in tag(text, dt.date(2020, 3, 13), language="French").timexes}["le 24 janvier"]
    inferred = tag(text, None, language="French")
    assert inferred.reference == dt.date(2020, 3, 13) and inferred.reference_trust < 1
    again = {t.text: t for t in inferred.timexes}["le 24 janvier"]
    assert again.value == given.value == "2020-01-24"
    assert again.confidence == round(given.confidence * inferred.reference_trust, 3) < given.confidence
    # with nothing to infer a date from, no year
    alone = tag("Le premier cas avait été confirmé le 24 janvier à Bordeaux.", None, language="French")
    assert [(t.text, t.value) for t in alone.timexes] == [("le 24 janvier", "XXXX-01-24")]


def test_a_form_without_a_month_is_refused_naming_the_file_and_language(refused_language):
    refused_language({"forms": ["{day} {year}"]}, r"form '\{day\} \{year\}' should hold \{month\}")


def test_a_numeric_date_left_open_is_read_in_the_order_the_language_writes_dates():
    """"03/04/2020" in a French text is 3 April; it was 4 March, "as US news writes it", at 0.5."""
    text = "Le 03/04/2020, le ministre a parlé."
    (english,) = tag(text, dt.date(2020, 5, 1)).timexes
    assert english.value == "2020-03-04" and "as US news writes it" in english.reason
    for name in names():
        (read_so,) = tag(text, dt.date(2020, 5, 1), language=name).timexes
        assert read_so.value == "2020-04-03", name
        assert read_so.reason == f"'03/04/2020' names its date outright; read day first, as {name} writes dates [rule {read_so.rule}]"
        assert read_so.confidence < 0.7  # the words around it are not read
    # the text's own habit, where it shows one, still settles it
    mixed = tag("Le 03/04/2020 et le 12/25/2020.", dt.date(2020, 5, 1), language="French").timexes
    assert [t.value for t in mixed] == ["2020-03-04", "2020-12-25"]


@pytest.mark.parametrize("text,name,day", [
    ("PARIS, 13 mars 2020 (AFP) - Le président a annoncé la fermeture des écoles.", "French", "2020-03-13"),
    ("MADRID, 3 de marzo (EFE) - El Gobierno cerró los colegios. El primer caso se confirmó el 31 de enero "
     "de 2020 en La Gomera.", "Spanish", "2020-03-03"),
    ("BERLIN, 3. März (dpa) - Die Regierung schloss die Schulen. Der erste Fall wurde am 27. Januar 2020 "
     "bestätigt.", "German", "2020-03-03"),
    ("Le gouvernement ferme les écoles\n13 mars 2020\n\nLe président a annoncé la fermeture des écoles.",
     "French", "2020-03-13"),  # a date alone on one of its first lines
    ("PARIS, 13 mars (AFP) - Le président a annoncé la fermeture des écoles. (c) 2020 AFP", "French", "2020-03-13"),
])
def test_a_date_line_in_the_languages_words_dates_the_text_as_an_english_one(text, name, day):
    """Read as English the text gives no reference ("13 mars 2020" is a year to the English rules)."""
    assert tag(text, None).reference is None
    found = tag(text, None, language=name)
    assert str(found.reference) == day and found.reference_source == "inferred"
    assert found.reference_kind in ("weekday_dateline", "dateline_dates", "stamp", "dateline_copyright")
    assert found.reference_trust >= 0.8


def test_a_weekday_that_is_not_the_dates_own_dates_no_text():
    """"mardi 13 mars 2020" (a Friday): one of the two is wrong, which cannot be told."""
    assert tag("PARIS, mardi 13 mars 2020 (AFP) - Le président a fermé les écoles.", None, language="French").reference is None


def test_a_kind_read_as_no_english_rule_is_refused_naming_the_file(monkeypatch):
    from timeline.dates import languages as module
    from timeline.dates.errors import RuleError
    from timeline.dates.rules import default_rules

    data = dict(module._data(), read_as={"date_line": "no_such_rule", "date_line_no_year": "dateline_day_month",
                                         "day": "day_month_year", "month": "month_year"})
    monkeypatch.setattr(module, "_data", lambda: data)
    with pytest.raises(RuleError, match=r"languages.yaml: read_as: date_line should name a rule of date.yaml, not 'no_such_rule'"):
        module.evidence("PARIS, 13 mars 2020 (AFP) - Le président.", "French", [], default_rules())
