"""The two demo articles (tests/dates/fixtures, copies of seeds/)."""
import datetime as dt
from pathlib import Path

import pytest

from timeline.dates import infer_reference, tag

FIXTURES = Path(__file__).parent / "fixtures"
DCT = dt.date(2019, 1, 10)


def read(name):
    return (FIXTURES / name).read_text(encoding="utf-8")


def by_text(tagging):
    out = {}
    for t in tagging.timexes:
        out.setdefault(t.text, []).append(t)
    return out


def test_article_000_infers_thursday_10_january():
    ref, reason = infer_reference(read("article_000.txt"))
    assert ref == DCT
    assert "Jan. 7, 2019" in reason and "Thursday" in reason


def test_article_000_without_a_date():
    tagging = tag(read("article_000.txt"))
    assert tagging.reference_source == "inferred"
    got = by_text(tagging)
    assert got["Jan. 7, 2019"][0].value == "2019-01-07"
    assert got["Thursday"][0].value == "2019-01-10"
    assert got["four hours"][0].value == "PT4H"
    assert got["four hours"][0].type == "DURATION"
    assert got["June"][0].value == "2018-06"
    assert got["New Year"][0].value == "2019-01-01"
    assert got["this week"][0].value == "2019-W02"
    assert got["two days"][0].value == "P2D"


def test_article_003_alone_has_no_reference():
    tagging = tag(read("article_003.txt"))
    assert tagging.reference_source == "none"
    assert tagging.reference is None
    for t in tagging.timexes:
        assert not t.value[:1].isdigit() or t.type == "DURATION", t


@pytest.mark.parametrize("name", ["article_000.txt", "article_003.txt"])
def test_weekdays_land_on_the_visit(name):
    days = {"Monday": "2019-01-07", "Tuesday": "2019-01-08", "Wednesday": "2019-01-09",
            "Thursday": "2019-01-10"}
    tagging = tag(read(name), DCT)
    seen = 0
    for t in tagging.timexes:
        for day, value in days.items():
            if day in t.text:
                assert t.value.startswith(value), (t.text, t.value, t.reason)
                seen += 1
    assert seen >= 1


def test_article_003_expressions():
    got = by_text(tag(read("article_003.txt"), DCT))
    assert got["2 p.m. Wednesday"][0].value == "2019-01-09T14:00"
    assert got["2 p.m. Wednesday"][0].type == "TIME"
    assert got["Monday"][0].value == "2019-01-07"
    assert got["Tuesday"][0].value == "2019-01-08"
    assert got["Thursday"][0].value == "2019-01-10"
    assert got["more than three centuries"][0].type == "DURATION"
    assert got["more than three centuries"][0].mod == "MORE_THAN"
    assert got["November"][0].value == "2018-11"
    assert got["past year"][0].value == "2018"
    assert got["a year ago"][0].value == "2018"
    assert got["New Year"][0].value == "2019-01-01"
    assert got["soon"][0].value == "FUTURE_REF"


@pytest.mark.parametrize("name", ["article_000.txt", "article_003.txt"])
def test_no_false_alarms(name):
    texts = {t.text.lower() for t in tag(read(name), DCT).timexes}
    for word in ("second", "a second", "may", "we", "march"):
        assert word not in texts


def test_extents_leave_out_prepositions():
    got = by_text(tag("As the train pulled into the station on Tuesday, talks began.", DCT))
    assert "Tuesday" in got and "on Tuesday" not in got


def test_deadlines_and_plans_do_not_date_a_story():
    ref, reason = infer_reference("The notes are due March 15, 2007, the company said Friday.")
    assert ref is None and "no reference" in reason
    ref, _ = infer_reference("It expects net income in the year ending June 30, 1990, to fall.")
    assert ref is None


def test_a_later_year_rules_out_an_earlier_full_date():
    ref, reason = infer_reference("He arrived on July 4, 1946. In 1998 he said Friday he would retire.")
    assert ref is None and "1998" in reason


def test_a_date_line_dates_the_story():
    text = ("Swine flu could affect a third of the world. Tuesday 12 May 2009 16.36 BST. "
            "Ministers will meet on Monday, officials said.")
    ref, reason = infer_reference(text)
    assert ref == dt.date(2009, 5, 12) and "weekday" in reason


def test_a_lone_full_date_without_weekdays_is_not_enough():
    ref, reason = infer_reference("The company, founded on July 4, 1946, makes bicycles.")
    assert ref is None and "weekday" in reason


def test_a_full_date_past_the_lead_is_background_not_the_story_date():
    """An arrest "Thursday", and bombings "on Aug. 7, 1998" further down: the
    story is not from the week after the bombings (it is from a year later)."""
    lead = ("The FBI arrested a man in connection with the embassy bombings. "
            "He was arrested at the airport on Thursday morning, a spokesman said. "
            "He was about to be deported. His lawyer did not comment. ")
    background = "The bombings killed 224 people on Aug. 7, 1998."
    ref, reason = infer_reference(lead + background)
    assert ref is None and "lead" in reason and "Aug. 7, 1998" in reason
    # the same date in the lead dates the story
    ref, reason = infer_reference(background + " " + lead)
    assert ref == dt.date(1998, 8, 13) and "Thursday" in reason


def test_a_print_line_dates_the_story_only_without_a_date_line():
    """The Guardian's print line ("on 00.38 BST on Saturday 2 May 2009") is a day
    after the story went online ("Friday 1 May 2009 21.14 BST")."""
    web = "Friday 1 May 2009 21.14 BST People cross a normally busy street. "
    printed = "A version appeared on p7 of the Guardian on 00.38 BST on Saturday 2 May 2009 ."
    ref, reason = infer_reference(web + printed)
    assert ref == dt.date(2009, 5, 1) and "21.14 BST" in reason
    ref, reason = infer_reference("People cross a normally busy street. " + printed)
    assert ref == dt.date(2009, 5, 2)


def test_a_date_line_with_its_clock_is_no_plan():
    """"it would have been" right after the date line does not make it a forecast."""
    ref, _ = infer_reference("Friday 8 May 2009 21.08 BST For many , it would have been the week from hell .")
    assert ref == dt.date(2009, 5, 8)
