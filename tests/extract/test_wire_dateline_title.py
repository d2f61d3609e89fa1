"""A wire date line ("PARIS, March 13, 2020 (AFP) - ") is where and when the copy was filed, not what
happened: the event's title leaves it out whatever else the title leaves out, whether the date line
holds the sentence's only date, another date of the sentence is the event's, or it holds none
(title13). The date taken out first had left "PARIS(AFP) - The president ...", which no rule read
as a date line. The summary leaves it out too (exports show it as the event's text, and its day may
not be the event's); the source's quote stays the sentence as written, and the site, seeing the
summary is the quote's, still shows the sentence once, in its citation."""
from __future__ import annotations

import dataclasses

import pytest

from timeline.extract.titles import summary

PRESIDENT = "The president announced the closure of all schools"


@pytest.mark.parametrize("sentence, title", [
    # the date line's date is the sentence's only one
    (f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}.", PRESIDENT),
    (f"RIVERTON, Ohio, Oct. 5, 2021 (Reuters) - {PRESIDENT}.", PRESIDENT),
    # a yearless date line, the event the body's date
    (f"LONDON, March 20 (Reuters) - {PRESIDENT} on Tuesday.", PRESIDENT),
    # no date in the date line
    (f"WASHINGTON (AP) — {PRESIDENT} on Thursday.", PRESIDENT),
    # another language's date line
    ("PARIS, 13 mars 2020 (AFP) - Le président a annoncé la fermeture de toutes les écoles.",
     "Le président a annoncé la fermeture de toutes les écoles"),
])
def test_the_title_leaves_the_date_line_out_and_the_quote_keeps_it(extract_events, sentence, title):
    events = extract_events(f"---\npublished: 2021-10-05\n---\n{sentence}\n\nHe spoke on television for twenty minutes.\n")
    (event,) = [e for e in events if e["sources"][0]["quote"] == sentence]
    assert event["title"] == title
    assert event["summary"] == sentence[sentence.index(title):]
    assert not {"paris", "afp", "london", "reuters", "washington", "ap", "riverton"} & set(event["id"].split("-"))


def test_a_date_line_the_article_is_dated_by(extract_events):
    """The user's case: no metadata, the date line the article's only date."""
    (event,) = extract_events(f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}.\n\nHe spoke on television for twenty minutes.\n")
    assert (str(event["date"]), event["title"]) == ("2020-03-13", PRESIDENT)
    assert event["sources"][0]["quote"] == f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}."
    assert event["summary"] == f"{PRESIDENT}."


def test_the_site_shows_the_sentence_once(extract_checked):
    """The summary without its date line is still the quote's: the event page and the wiki export
    leave it out beside the citation, as for any summary the run wrote."""
    from timeline.render import summary_is_quote
    (event,) = extract_checked({"paris.txt": f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}.\n\nHe spoke on television for twenty minutes.\n"})
    assert event.summary == f"{PRESIDENT}." and summary_is_quote(event)
    edited = dataclasses.replace(event, summary="The president shut the schools.")
    assert not summary_is_quote(edited)


def test_a_sentence_that_is_only_a_date_line_and_a_few_words_keeps_it():
    """What is left after the date line too short for a summary: the sentence as written."""
    assert summary("WASHINGTON (AP) — Rain.") == "WASHINGTON (AP) — Rain."
    assert summary(f"PARIS, March 13, 2020 (AFP) -  {PRESIDENT}.") == f"{PRESIDENT}."


@pytest.mark.parametrize("written", [
    "About 1,200 residents were evacuated.",  # as this run writes it
    "LONDON, March 2 (Reuters) - About 1,200 residents were evacuated.",  # as runs before wrote it
])
def test_a_later_version_of_a_wire_page_gives_a_draft_its_summary(written):
    """A draft whose summary is still the tool's words for the earlier sentence follows the later one,
    written as the run writes a summary now; a person's words are left alone."""
    from timeline.extract.versions import Correction
    correction = Correction("seeds/v1.txt", "LONDON, March 2 (Reuters) - About 1,200 residents were evacuated.",
                            "seeds/v2.txt", "LONDON, March 2 (Reuters) - About 2,300 residents were evacuated.", (), ())
    assert correction.new_text("summary", written) == "About 2,300 residents were evacuated."
    assert correction.new_text("summary", "Residents left.") is None


@pytest.mark.parametrize("sentence, title", [
    # two parties' headline: a two-letter abbreviation is no place (it gave "China talks collapsed")
    ("US - China talks collapsed on Monday.", "US - China talks collapsed"),
    ("EU - UK trade talks resumed in Brussels on Monday.", "EU - UK trade talks resumed in Brussels"),
    ("U.S. - China talks collapsed on Monday.", "U.S. - China talks collapsed"),
    # capitals, then words with no comma before them, then a dash: no place and date
    ("UK talks collapsed - the EU said on Monday it would walk away.", "UK talks collapsed - the EU said it would walk away"),
    # a place alone, and a place with a day, still are
    ("ROME - The Pope spoke to the crowd on Monday.", "The Pope spoke to the crowd"),
    ("LONDON, Monday - Shares in the bank fell sharply at the open.", "Shares in the bank fell sharply at the open"),
])
def test_a_headline_of_two_parties_is_no_date_line(extract_events, sentence, title):
    events = extract_events(f"---\npublished: 2021-10-05\n---\n{sentence}\n\nHe spoke on television for twenty minutes.\n")
    (event,) = [e for e in events if e["sources"][0]["quote"] == sentence]
    assert event["title"] == title
    assert event["summary"] == sentence[sentence.index(title.split()[0]):]
