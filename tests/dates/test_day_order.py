"""A numeric date that could be day first or month first ("5/3/2018") is read
in the order the text writes its other dates (timeline/dates/order.py)."""
import datetime as dt

from timeline.dates import tag

TOLD = dt.date(2019, 1, 10)


def _slash(text):
    (t,) = [t for t in tag(text, TOLD).timexes if t.rule == "ambiguous_slash_date"]
    return t


def test_dates_written_day_first_elsewhere_make_it_day_first_and_surer():
    t = _slash("Signed on 5/3/2018; the appeal was heard on 12 April 2018.")
    assert t.value == "2018-03-05" and t.confidence >= 0.8
    # the reason names the date that shows the order, for a reader to check
    assert "read day first: the text writes 12 April 2018" in t.reason


def test_dates_written_month_first_elsewhere_make_it_month_first():
    t = _slash("Signed on 5/3/2018; the appeal was heard on April 12, 2018.")
    assert t.value == "2018-05-03" and t.confidence >= 0.8
    assert "read month first: the text writes April 12, 2018" in t.reason


def test_an_unambiguous_slash_date_settles_the_others():
    assert _slash("Filed 5/3/2018, heard 25/6/2018.").value == "2018-03-05"
    assert _slash("Filed 5/3/2018, heard 6/25/2018.").value == "2018-05-03"


def test_with_nothing_to_go_by_or_a_tie_it_stays_month_first_and_unsure():
    for text in ("The decision of 5/3/2018 was overturned.",
                 "Filed 5/3/2018, heard on 12 April 2018 and ruled on May 2, 2018."):
        t = _slash(text)
        assert t.value == "2018-05-03" and t.confidence == 0.5
        assert "do not tell which" in t.reason


def test_every_open_date_of_the_text_follows_the_same_order():
    got = [t.value for t in tag("From 1/2/2018 to 3/4/2018, and again on 30 June 2018.", TOLD).timexes]
    assert got == ["2018-02-01", "2018-04-03", "2018-06-30"]
