"""A sentence that gives both ends of a span ("from March 9 to March 11") makes one event from the
first day with the second as its `end:`; it was dated by one end alone, most often the last, which
put the event on a day it did not begin."""

import pytest

from timeline.loader import load_events as load_checked


@pytest.fixture
def extracted(extract_sentence):
    return lambda sentence: extract_sentence(sentence, "2024-03-12", "Wreck search ends")


@pytest.mark.parametrize("sentence, date, end, title, date_text", [
    ("Divers searched the wreck from March 9 to March 11, the coastguard said.",
     "2024-03-09", "2024-03-11", "Divers searched the wreck", "March 9 to March 11"),
    ("Talks were held between March 1 and March 3 in Geneva.",
     "2024-03-01", "2024-03-03", "Talks were held in Geneva", "between March 1 and March 3"),
    ("The fair runs March 20 – March 24 in the old town.",
     "2024-03-20", "2024-03-24", "The fair runs in the old town", "March 20 – March 24"),
    # an end after "through" or "until" is the span's, not a background "until" (TempEval-3 wsj_0713
    # was dated today alone: "will also buy all shares ... from today through Nov. 17")
    ("The bank will buy all shares at the same price from today through March 17.",
     "2024-03-12", "2024-03-17", "The bank will buy all shares at the same price", "today through March 17"),
    ("The museum is closed from March 9 until March 20.",
     "2024-03-09", "2024-03-20", "The museum is closed", "March 9 until March 20"),
    # Two days in a row joined by "and": one spell over both (span_next_day)
    ("The board met on Monday and Tuesday to debate the budget.",
     "2024-03-11", "2024-03-12", "The board met to debate the budget", "Monday and Tuesday"),
    ("On Monday and Tuesday the roads were closed.", "2024-03-11", "2024-03-12", "The roads were closed", "Monday and Tuesday"),
    # A first day that borrows the month and year of the second (date.yaml: first_day_before_month_year)
    ("Talks were held between 3 and 5 April 2021 in Geneva.",
     "2021-04-03", "2021-04-05", "Talks were held in Geneva", "between 3 and 5 April 2021"),
    ("The fair ran 3-5 January 2021 in the old town.",
     "2021-01-03", "2021-01-05", "The fair ran in the old town", "3-5 January 2021"),
    ("The strike closed schools between April 3 and 5, 2021.",
     "2021-04-03", "2021-04-05", "The strike closed schools", "between April 3 and 5, 2021"),
    ("The board met on the 3rd and 4th of June 2021 to debate the budget.",
     "2021-06-03", "2021-06-04", "The board met to debate the budget", "the 3rd and 4th of June 2021"),
    # A day that ends a period of account: the months of the period (period_of_account; TempEval-3 wsj_0928
    # was on Sept. 29 alone), from `days` before it
    ("For the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
     "2023-07", "2023-09", "Delta posted net income of $133.1 million", "For the quarter ended Sept. 30"),
    ("Sun reported sales of $538.5 million for its fiscal first quarter ended Sept. 29.",
     "2023-07", "2023-09", "Sun reported sales of $538.5 million", "for its fiscal first quarter ended Sept. 29"),
    ("Provigo posted net income of C$6.5 million for the six months ended Aug. 12.",
     "2023-02", "2023-08", "Provigo posted net income of C$6.5 million", "for the six months ended Aug. 12"),
    # a calendar quarter or half is shorter than its `days` in a year not leap: not from December
    ("Acme posted a loss of $2 million for the quarter ended March 31, 2023.",
     "2023-01", "2023-03", "Acme posted a loss of $2 million", "for the quarter ended March 31, 2023"),
    ("Acme posted a profit of $5 million for the six months ended June 30, 2023.",
     "2023-01", "2023-06", "Acme posted a profit of $5 million", "for the six months ended June 30, 2023"),
    ("Rally had revenue of $52.9 million in the fiscal year ended Jan. 31.",
     "2023-02", "2024-01", "Rally had revenue of $52.9 million", "in the fiscal year ended Jan. 31"),
    # helper-walk7: a 10-Q's three months were dated their last day at 0.93
    ("During the three months ended December 31, 2025, we recorded restructuring charges of $184 million.",
     "2025-10", "2025-12", "We recorded restructuring charges of $184 million", "During the three months ended December 31, 2025"),
])
def test_a_span_in_a_sentence_gives_the_event_its_first_day_and_its_end(extracted, sentence, date, end, title, date_text):
    event = extracted(sentence)
    assert (str(event["date"]), str(event["end"])) == (date, end)
    assert event["title"] == title
    assert event["sources"][0]["date_text"] == date_text


def test_the_events_file_with_a_span_passes_check_and_shows_both_ends(extracted, tmp_path):
    extracted("Divers searched the wreck from March 9 to March 11, the coastguard said.")
    (event,) = load_checked([tmp_path / "events"])
    assert (event.date.value, event.end.value) == ("2024-03-09", "2024-03-11")


@pytest.mark.parametrize("sentence", [
    "The inquiry met on March 9 to hear the families on March 11.",
    "The fund grew from 2019 to March 11.",                   # ends of another precision
    "The vote was postponed from March 9 to March 11.",       # a date moved: two dates, no span
    "The board met on March 3 and March 11.",                 # two days not in a row
    "Votes were cast on 3 and 25 April 2021.",
    "Six months after the war ended on March 9, the town was rebuilt.",  # no period of account
])
def test_two_dates_that_are_no_span_keep_one_date(extracted, sentence):
    assert "end" not in extracted(sentence)


def test_a_clause_that_dates_the_span_s_end_is_the_event_at_its_end(extracted):
    """The title tells the "when" clause, which happened at the end: "Crassus was killed" was dated
    60–53 BC, the years of the alliance."""
    event = extracted("The strike lasted from March 2 to March 9, when the owners gave in to the miners.")
    assert (str(event["date"]), event.get("end"), event["title"]) == ("2024-03-09", None, "The owners gave in to the miners")
    assert "ends a span" not in event["reason"]  # no doubt left that another date begins it


# helper-walk7: a fiscal period is valued by the date engine as the calendar's of its number, as
# TimeML does; a 10-Q's "second quarter of fiscal 2026" (October to December 2025 for a fiscal year
# that ends in June) was 2026-Q2 at 0.93. Where the article says when its fiscal year ends, the
# period moves to its calendar months; else it stays, held under the review threshold.
FISCAL_YEAR_ENDS = "Northwind's fiscal year ends on June 30. "


@pytest.mark.parametrize("sentence, date, end, confidence_below", [
    (FISCAL_YEAR_ENDS + "Revenue for the second quarter of fiscal 2026 decreased 5%.", "2025-Q4", None, False),
    (FISCAL_YEAR_ENDS + "Charges fell in the fourth quarter of fiscal 2023.", "2023-Q2", None, False),
    (FISCAL_YEAR_ENDS + "Sales rose 4% in the first half of fiscal 2023.", "2022-H2", None, False),
    (FISCAL_YEAR_ENDS + "Revenue rose 4% in fiscal 2023.", "2022-07", "2023-06", False),
    ("Its fiscal year ends on Dec. 31. Revenue rose 4% in fiscal 2023.", "2023", None, False),
    ("Revenue for the second quarter of fiscal 2023 decreased 5%.", "2023-Q2", None, True),
    # a fiscal year named without its number, whose end the article does not give (TempEval-3 wsj_1006)
    ("Provigo had sales of C$7.38 billion in the latest fiscal year.", "2023", None, True),
])
def test_a_fiscal_period_is_dated_by_the_calendar_months_the_article_gives_it(extracted, sentence, date, end,
                                                                              confidence_below):
    event = extracted(sentence)
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)
    assert "is a fiscal period" in event["reason"]
    assert (event["confidence"] < 0.7) is confidence_below


# helper-fiscal: a fiscal quarter named without its year is valued by the engine as the calendar's of
# its number; TempEval-3 wsj_1011's "earnings soared ... in the fiscal first quarter" was 1989-Q1
# (January to March) though the text says "For the quarter ended Sept. 30". Where the text gives the
# quarter's end, the quarter and "the quarter" told of it take the three months up to it.
def _report(*paragraphs: str) -> str:
    return "---\npublished: 1989-10-26\n---\nDelta earnings soar\n\n" + "\n\n".join(paragraphs) + "\n"


# helper-fiscal2: a quarter named by its number alone, with no word that calls it fiscal, is the fiscal
# one where the text says when its year ended: Ralston's "fourth-quarter earnings" in its report on the
# "year ended Sept. 30" (TempEval-3 wsj_0189, judged in bench/tempeval_date_audit_13.yaml) was
# 1989-Q4 at 0.92, October to December, though the year's fourth quarter ended with it in September.
@pytest.mark.parametrize("article, date_text, date, end, sure", [
    (_report("Ralston Purina reported a 47% decline in fourth-quarter earnings.",
             "For the year ended Sept. 30, Ralston earned $422.5 million."),
     "fourth-quarter", "1989-Q3", None, True),
    # the same quarter a year before, compared with (wsj_0189's "a year earlier" was 1988-Q4)
    (_report("Ralston Purina reported a 47% decline in fourth-quarter earnings.",
             "The company earned $45.2 million, compared with $84.9 million a year earlier.",
             "For the year ended Sept. 30, Ralston earned $422.5 million."),
     "a year earlier", "1988-Q3", None, True),
    (_report("Acme's fourth-quarter profit rose 5%.", "For the fiscal year ended June 30, Acme earned $10 million."),
     "fourth-quarter", "1989-Q2", None, True),
    # a year ended Aug. 31: June to August (wsj_0674's Innopac)
    (_report("Innopac reported a fourth-quarter loss of C$2.6 million.",
             "The results made net income for the year ended Aug. 31 C$2.7 million."),
     "fourth-quarter", "1989-06", "1989-08", True),
    # "that quarter" after a quarter named by its number whose end the text gives, a year before
    # (TempEval-3 wsj_0709: 1989-Q2 at 0.86; the engine reads the quarter beside the year-ago one
    # as a year before)
    (_report("The operator changed from a fiscal year to a calendar year in December.",
             "In the comparable year-ago quarter, the second quarter ended Oct. 31, it had a loss of $12.5 million. "
             "Results for that quarter included a $30 million write-down."),
     "that quarter", "1988-08", "1988-10", True),
    # a year ended with the calendar's leaves its fourth quarter as it is, and so does the end of
    # another year than the quarter's (a comparison's: the year ended Dec. 31, 1988)
    (_report("Acme's fourth-quarter profit rose 5%.", "For the year ended Dec. 31, Acme earned $10 million."),
     "fourth-quarter", "1989-Q4", None, False),
])
def test_a_quarter_of_its_number_is_the_fiscal_one_whose_end_the_text_gives(extract_events, article, date_text,
                                                                            date, end, sure):
    (event,) = [e for e in extract_events(article) if e["sources"][0]["date_text"] == date_text]
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)
    assert ("the text says when it ended" in event["reason"]) is sure
    assert event["confidence"] >= 0.7 or "in a comparison" in event["reason"]  # a figure compared with is held apart


# helper-fiscal2: another quarter of a fiscal year that does not end in December, named by its number
# alone ("third-quarter profit" beside "the year ended Sept. 30"), is other months than the calendar's
# of its number, and the text does not say which fiscal year's: below the review threshold with why.
@pytest.mark.parametrize("article, date_text, date, unsure", [
    (_report("Acme's third-quarter profit rose 5%.", "For the year ended Sept. 30, Acme earned $10 million."),
     "third-quarter", "1989-Q3", True),
    (_report("Acme's profit rose 5% in the second half.", "Acme's fiscal year ends in June."),
     "the second half", "1988-H2", True),
    # a calendar year, a year of its number named, or no year's end said: as the engine reads it
    (_report("Acme's third-quarter profit rose 5%.", "For the year ended Dec. 31, 1988, Acme earned $10 million."),
     "third-quarter", "1989-Q3", False),
    (_report("Acme's profit rose 5% in the third quarter of 1989.", "For the year ended Sept. 30, Acme earned $10 million."),
     "the third quarter of 1989", "1989-Q3", False),
    (_report("Acme's third-quarter profit rose 5%.", "Acme earned $10 million."),
     "third-quarter", "1989-Q3", False),
])
def test_a_quarter_of_a_fiscal_year_whose_year_the_text_does_not_say_is_unsure(extract_events, article, date_text,
                                                                               date, unsure):
    (event,) = [e for e in extract_events(article) if e["sources"][0]["date_text"] == date_text]
    assert str(event["date"]) == date and "end" not in event
    assert ("the text does not say which fiscal year's it is" in event["reason"]) is unsure
    assert (event["confidence"] < 0.7) is unsure


@pytest.mark.parametrize("article, date_text, date, end, sure", [
    (_report("Delta's earnings soared 33% in the fiscal first quarter.",
             "For the quarter ended Sept. 30, Delta posted net income of $133.1 million."),
     "the fiscal first quarter", "1989-Q3", None, True),
    (_report("Delta's earnings soared 33% in the fiscal first quarter.",
             "For the quarter ended Sept. 30, Delta posted net income of $133.1 million.",
             "Passenger traffic jumped 14% in the quarter."),
     "the quarter", "1989-Q3", None, True),
    # said of the quarter's own number, the day need not end the first quarter named
    (_report("Delta's revenue rose in the third quarter.", "Its profit fell in the fiscal first quarter.",
             "Analysts expected the fiscal first quarter ended Oct. 31 to be weak."),
     "the fiscal first quarter", "1989-08", "1989-10", True),
    # the end of another quarter ("its fourth quarter ended June 30") says nothing of which year's
    (_report("Delta's earnings soared 33% in the fiscal first quarter.",
             "Delta posted a loss for its fourth quarter ended June 30."),
     "the fiscal first quarter", "1989-Q1", None, False),
    # a quarter of a named fiscal year may be a year-ago comparison's: not dated by the text's quarter
    (_report("Delta's earnings soared 33% from the first quarter of fiscal 1989.",
             "For the quarter ended Sept. 30, Delta posted net income of $133.1 million."),
     "the first quarter of fiscal 1989", "1989-Q1", None, False),
    # the same quarter a year before, valued by its number as the reported one is: the months a year
    # before that one's (TempEval-3 wsj_0928 "In the 1988 period" was 1988-Q1, wsj_0263 "A year
    # earlier" 1988-Q4)
    (_report("Sun earned $5.2 million in the fiscal first quarter.",
             "Sun reported sales of $538.5 million for the quarter ended Sept. 29. In the 1988 period, the company earned $20.6 million."),
     "the 1988 period", "1988-Q3", None, True),
    (_report("UniFirst's net rose 21% to $3 million for the fourth quarter ended Aug. 26.",
             "A year earlier UniFirst earned $2.4 million."),
     "A year earlier", "1988-06", "1988-08", True),
])
def test_a_fiscal_quarter_whose_end_the_text_gives_is_the_three_months_up_to_it(extract_events, article, date_text,
                                                                                 date, end, sure):
    (event,) = [e for e in extract_events(article) if e["sources"][0]["date_text"] == date_text]
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)
    assert ("the text says when it ended" in event["reason"]) is sure
    assert (event["confidence"] >= 0.7) is sure


# helper-fiscal: the year of account a report is about, named without its number ("For the year",
# "the full year", "the fiscal year"), is valued by the engine as the calendar's year, as TimeML's
# annotators do (TempEval-3 wsj_0189, Ralston's year ended Sept. 30: gold 1989); a reader's year is
# the fiscal one, October 1988 to September 1989. Where the text says when its fiscal year ends, the
# event takes those twelve months.
def _ralston(*paragraphs: str) -> str:
    return _report("Ralston Purina reported a 47% decline in fourth-quarter earnings.", *paragraphs)


@pytest.mark.parametrize("article, date_text, date, end, moved", [
    (_ralston("For the year ended Sept. 30, Ralston earned $422.5 million.", "Sales for the full year were $6.6 billion."),
     "the full year", "1988-10", "1989-09", True),
    (_ralston("For the year ended Sept. 30, Ralston earned $422.5 million.", "For the year, pet food volume was flat."),
     "the year", "1988-10", "1989-09", True),
    # a fourth quarter's end is its fiscal year's (TempEval-3 wsj_0136; the engine reads "for the
    # fiscal year" as the year in focus, 1989, as the gold does)
    (_report("Oshkosh Truck estimated earnings for its fourth quarter ended Sept. 30 fell 50%.",
             "The drop will result in lower earnings for the fiscal year."),
     "the fiscal year", "1988-10", "1989-09", True),
    # the end of the year the text looks ahead to: its current fiscal year (TempEval-3 wsj_0135)
    (_report("Elco expects net income in the year ending June 30, 1990, to fall.",
             "Elco also expects to post higher sales in the current fiscal year."),
     "the current fiscal year", "1989-07", "1990-06", True),
    # the month alone: the fiscal year of the engine's year that ends then
    (_report("Acme's fiscal year ends in June.", "Sales for the full year rose 4%."),
     "the full year", "1988-07", "1989-06", True),
    # a year of account that is the calendar's, a year's end that is an earlier year's (a
    # comparison's), and a text that does not say when its year ends
    (_report("Acme's fiscal year ends on Dec. 31.", "Sales for the full year rose 4%."),
     "the full year", "1989", None, False),
    (_report("Acme lost $2 million in the year ended Dec. 31, 1988.", "Acme expects a profit for the full year."),
     "the full year", "1989", None, False),
    (_report("Acme's earnings rose in the third quarter.", "Sales for the full year rose 4%."),
     "the full year", "1989", None, False),
    # "the latest period": the engine follows TempEval's gold, the quarter reported on (1989-Q4);
    # the reader's, the three months just ended (TempEval-3 wsj_0189)
    (_ralston("Sales in the latest period were $1.76 billion."), "the latest period", "1989-Q3", None, False),
    # "this year" is the calendar's as often as not: left as the engine reads it
    (_ralston("For the year ended Sept. 30, Ralston earned $422.5 million.", "Floods hit the plant this year."),
     "this year", "1989", None, False),
    # helper-fiscal2: but this year's results are the year of account's (TempEval-3 wsj_0189, 1989 at 0.93)
    (_ralston("For the year ended Sept. 30, Ralston earned $422.5 million.",
              "This year's results included a gain of $70.2 million on the disposal of seafood operations."),
     "This year", "1988-10", "1989-09", True),
    (_report("Acme's fiscal year ends in June.", "This year's sales rose 4%."), "This year", "1988-07", "1989-06", True),
    (_ralston("For the year ended Sept. 30, Ralston earned $422.5 million.", "This year's floods hit the plant."),
     "This year", "1989", None, False),
    (_report("Acme's earnings rose in the third quarter.", "This year's results included a gain."), "This year", "1989", None, False),
])
def test_the_year_a_report_is_about_is_its_fiscal_year(extract_events, article, date_text, date, end, moved):
    (event,) = [e for e in extract_events(article) if e["sources"][0]["date_text"] == date_text]
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)
    assert ("is the year of account the text reports on" in event["reason"]) is moved


# helper-fiscal2: a comparison the date engine counted from the day a period of account ended kept a
# day ("For the year ended June 30 ... a year earlier": 30 June 2017, told 10 January 2019), since
# TIMEX3 has no form for twelve months to June 30; the figure compared with is that period's a year
# before. A period a calendar quarter, half or year holds keeps the engine's value (the nine months
# ended Sept. 30: 2017, coarser than its months but not wrong).
def _earnings(period: str) -> str:
    return (f"---\npublished: 2019-01-10\n---\nAcme results\n\nAcme said net income for the {period} rose 5% to $10 million.\n\n"
            "Sales fell to $3 million from $4 million a year earlier.\n")


@pytest.mark.parametrize("period, date, end, moved", [
    ("year ended June 30", "2016-07", "2017-06", True),
    ("nine months ended March 31", "2016-07", "2017-03", True),
    ("quarter ended Sept. 30", "2017-Q3", None, False),
    ("six months ended June 30", "2017-H1", None, False),
    ("nine months ended Sept. 30", "2017", None, False),
])
def test_a_comparison_with_a_period_of_account_takes_its_months_a_year_before(extract_events, period, date, end, moved):
    (event,) = [e for e in extract_events(_earnings(period)) if e["sources"][0]["date_text"] == "a year earlier"]
    assert (str(event["date"]), str(event["end"]) if "end" in event else None) == (date, end)
    assert ("the figure compared with is that period's a year before" in event["reason"]) is moved
