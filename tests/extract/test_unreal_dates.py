"""A date in words that say nothing happened on it (a condition, what would follow one, a habit, a
question, "another 9/11") is no date of its sentence: an event there would put on the timeline what
may never happen. Another date of the sentence dates it; with none, the sentence is no event and
`timeline extract` says it skipped it and why. A plan stays an event. The rules are data
(unreal_dates in timeline/extract/data/events.yaml)."""

import pytest


@pytest.mark.parametrize("sentence, date", [
    # the warning is dated; the rain it warns of is not
    ("On Monday the mayor warned that the river could burst its banks if heavy rain fell on Thursday.", "2024-03-04"),
    # the finer date is the condition's: the coarser one still dates the warning
    ("Last week the mayor warned that the river could burst its banks if heavy rain fell on Thursday.", "2024-W09"),
    ("The central bank said on Tuesday it would cut rates if inflation eased in the spring.", "2024-03-05"),
    ("The bridge will be closed if the wind rises, the council said on Tuesday.", "2024-03-05"),
    # plans are events, a condition or not
    ("The vaccine will be ready by September.", "2024-09"),
    ("Ministers will meet on Thursday to agree the budget.", "2024-03-07"),
    ("If approved, the new bridge will open in June.", "2024-06"),
    # a habit in one clause does not reach the next
    ("Schools usually close in July, but this year they closed on Monday.", "2024-03-04"),
    # a habit is of any year: a date that states its year is none
    ("The crisis is usually dated from 2008, when Lehman Brothers collapsed.", "2008"),
    # the warning is dated; what it warns of is not, and the risk has its verb
    ("On Monday the mayor warned of the risk of floods this spring.", "2024-03-04"),
    ("The risk of flooding rose sharply on Tuesday, the agency said.", "2024-03-05"),
    # who said what may come is dated; a thing set for the day is a plan
    ("The river could burst its banks, the mayor warned on Monday.", "2024-03-04"),
    ("The vote on Tuesday could topple the council.", "2024-03-05"),
    # a security named by when it falls due: the redemption is dated (TempEval-3, wsj_0541)
    ("The company plans to redeem on Tuesday its 6.5% debentures due March 1, 2031.", "2024-03-12"),
    # one fiscal year's end is a date: only the calendar told in the present is none
    ("Net income for the fiscal year ended June 30, 2023 was $12 million.", "2022-07"),
    # what took effect or was done "as of" a day is an event; only a balance held on it is none
    ("As of March 1, the new rules took effect.", "2024-03-01"),
    ("As of Monday, 12 people had died in the floods.", "2024-03-04"),
])
def test_a_date_outside_the_condition_dates_the_sentence(extract_march_6, sentence, date):
    assert str(extract_march_6(sentence)["date"]) == date


@pytest.mark.parametrize("sentence, when, why", [
    ("If the storm makes landfall on Thursday, coastal towns will be evacuated.", "Thursday", "is in a condition"),
    ("Unless a buyer is found by March 31, the plant will close.", "March 31", "is in a condition"),
    ("If the merger is approved, the combined company would start trading in January.", "January",
     "is in what would follow a condition"),
    ("Did the council know about the cracks last year?", "last year", "is in a question"),
    ("The vomiting bug commonly seen in care homes during the winter spreads fast.", "the winter", "is in a habit"),
    ("Officials fear a repeat of 2011.", "2011", "names a kind of event"),
    # The Guardian swine-flu story: the risk joined the vaccine's supplies "this winter" as one event.
    ("Doing nothing would put the town at risk of a second flood this winter.", "this winter", "is in what a risk"),
    # The Guardian story: "a second wave of infections in the autumn could be more severe" was an
    # event in autumn 2008.
    ("Officials said a second flood in the spring could be worse.", "the spring", "is in what may or could come"),
    ("The river could burst its banks again over the summer.", "the summer", "is in what may or could come"),
    # A researcher's notes: a date queried in brackets is a guess to check.
    ("Ask the press office when the pool closes (31 May 2024?).", "31 May 2024", "has a question mark in brackets"),
    # TempEval-3 (wsj_0073): "bonds due 1993" made an event of 1993 at 0.99.
    ("Each right entitles the holder to buy 13.5% bonds due 2029 and warrants.", "2029", "names a security by when it falls due"),
    # helper-walk7: a company's fiscal calendar was an event on the June 30 ahead (at 0.93)
    ("Northwind's fiscal year ends on June 30.", "June 30", "says when the fiscal year ends or begins"),
    # helper-biz2: an earnings release's balance sheet was an event on the day of account (at 0.93)
    ("As of September 30, 2023, the company had cash and cash equivalents of $2.3 billion.", "September 30, 2023",
     "is a balance held on a day of account"),
])
def test_a_sentence_dated_only_by_what_did_not_happen_is_skipped_and_said(skipped_march_6, sentence, when, why):
    assert f"note: seeds/a.txt: skipped {sentence!r}: {when!r} {why}" in skipped_march_6(sentence)


def test_every_rule_says_why_it_skips():
    from timeline.extract import rules

    assert all(entry.get("why") for entry in rules.data("events")["unreal_dates"])


def test_an_article_without_a_date_does_not_ask_for_one_for_a_condition(seed, extract):
    sentence = "If the storm makes landfall on Thursday, coastal towns will be evacuated."
    seed(f"Storm warning\n\n{sentence}\n")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "needs a date" not in result.output
    assert f"skipped {sentence!r}: 'Thursday' is in a condition" in result.output


# helper-biz2: a forward-looking statement was an event like any that happened, nothing marking it.
# It stays an event, its date as precise as its words, tagged 'expected' with why in its reason; a
# plan set for a day and what happened are not tagged.
@pytest.mark.parametrize("sentence, date, expected", [
    ("The company expects to complete the sale in the first half of 2024, subject to approval.", "2024-H1", "expects"),
    ("The transaction is expected to close in the first half of calendar 2024.", "2024-H1", "is expected"),
    ("Owner notification letters are expected to be mailed 05/01/2024.", "2024-05-01", "are expected"),
    ("The group aims to return to profit by 2025.", "2025", "aims to"),
    ("Ministers will meet on Thursday to agree the budget.", "2024-03-07", None),
    ("The deal closed as expected on Monday.", "2024-03-04", None),
])
def test_a_forward_looking_statement_is_an_event_tagged_expected(extract_march_6, sentence, date, expected):
    event = extract_march_6(sentence)
    assert str(event["date"]) == date
    assert ("expected" in event.get("tags", [])) is (expected is not None)
    if expected:
        assert f"expected: a forecast ({expected!r})" in event["reason"]
