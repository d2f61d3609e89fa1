"""A wire date line ("PARIS, March 13, 2020 (AFP) - ") is where and when the copy was filed, not what
happened: the event's title leaves it out whatever else the title leaves out, whether the date line
holds the sentence's only date, another date of the sentence is the event's, or it holds none
(title13). The date taken out first had left "PARIS(AFP) - The president ...", which no rule read
as a date line. The source's quote stays the sentence as written."""
from __future__ import annotations

import pytest

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
    assert not {"paris", "afp", "london", "reuters", "washington", "ap", "riverton"} & set(event["id"].split("-"))


def test_a_date_line_the_article_is_dated_by(extract_events):
    """The user's case: no metadata, the date line the article's only date."""
    (event,) = extract_events(f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}.\n\nHe spoke on television for twenty minutes.\n")
    assert (str(event["date"]), event["title"]) == ("2020-03-13", PRESIDENT)
    assert event["sources"][0]["quote"] == f"PARIS, March 13, 2020 (AFP) - {PRESIDENT}."
