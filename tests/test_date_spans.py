"""A date written as a span in `date:` keeps both its ends.

An editor writes "Jan 7–10, 2019" as people do; it was read as 7 January alone ("March-May 2019" as
May), and the end was lost without a word."""

import pytest

from timeline.errors import ProblemsError
from timeline.loader import load_events
from timeline.period import range_label
from timeline.resolve import _typed_dates


@pytest.mark.parametrize(
    "written, first, last",
    [
        ("Jan 7–10, 2019", "2019-01-07", "2019-01-10"),
        ("Jan. 7-10, 2019.", "2019-01-07", "2019-01-10"),
        ("7–10 January 2019", "2019-01-07", "2019-01-10"),
        ("from Jan 7 to Jan 10, 2019", "2019-01-07", "2019-01-10"),
        ("2019-01-07 to 2019-01-10", "2019-01-07", "2019-01-10"),
        ("'Dec 28, 2018 – Jan 3, 2019'", "2018-12-28", "2019-01-03"),
        ("March-May 2019", "2019-03", "2019-05"),
        ("between 1990 and 1995", "1990", "1995"),
        ("2019-01-07T14:00 to 2019-01-07T16:00", "2019-01-07T14:00", "2019-01-07T16:00"),
        # a season, its end's century left out: it was read as its first year alone
        ("2018-19", "2018", "2019"),
        ("2018–19", "2018", "2019"),
        ("2018/19", "2018", "2019"),
        ("1999-00", "1999", "2000"),
        ("1990-95", "1990", "1995"),
    ],
)
def test_a_span_in_date_gives_the_event_its_end(write, written, first, last):
    (event,) = load_events([write("e.yaml", f"- date: {written}\n  title: A\n")])
    assert (event.date.value, event.end.value) == (first, last)


def test_a_span_of_days_reads_as_one_on_the_site(write):
    (event,) = load_events([write("e.yaml", "- date: Jan 7–10, 2019\n  title: A\n")])
    assert range_label(event.date, event.end) == "7–10 Jan 2019"


@pytest.mark.parametrize("written, value", [("Jan. 7, 2019", "2019-01-07"), ("2019-01", "2019-01"),
                                            ("mid-2018", "2018"), ("2019-01-07 14:00", "2019-01-07T14:00"),
                                            # A part of the day in the site's words (labels.yaml's times_of_day)
                                            # after the day, or TIMEX3's as `timeline extract` writes it: "night"
                                            # was dropped without a word.
                                            ("2009-04-25 night", "2009-04-25TNI"),
                                            ("Sat 25 Apr 2009, evening", "2009-04-25TEV"),
                                            ("April 25, 2009 morning", "2009-04-25TMO"),
                                            ("2009-04-25 Afternoon", "2009-04-25TAF"),
                                            ("2009-04-25TNI", "2009-04-25TNI"),
                                            ("Bonfire Night 2020", "2020-11-05")])  # a name, no part of the day
def test_a_single_date_has_no_end(write, written, value):
    (event,) = load_events([write("e.yaml", f"- date: {written}\n  title: A\n")])
    assert (event.date.value, event.end) == (value, None)


def problems(path) -> list[str]:
    with pytest.raises(ProblemsError) as caught:
        load_events([path])
    return [str(p) for p in caught.value.problems]


def test_a_span_and_an_end_together_are_refused_at_the_end(write):
    path = write("e.yaml", "- date: Jan 7–10, 2019\n  end: Jan 12, 2019\n  title: A\n")
    assert problems(path) == [f"{path}:2: the date 'Jan 7–10, 2019' is already a span, to Thu 10 Jan 2019; "
                              "remove 'end:', or write one date in 'date:'"]


def test_a_span_that_ends_before_it_begins_says_so(write):
    (message,) = problems(write("e.yaml", "- date: Jan 10-7, 2019\n  title: A\n"))
    assert message.endswith("e.yaml:1: the span 'Jan 10-7, 2019' ends (Mon 7 Jan 2019) before it begins "
                            "(Thu 10 Jan 2019); swap them")


@pytest.mark.parametrize("written", ["2019-01-07Tlate", "2019-01-07T14:00 onwards"])
def test_words_after_a_days_T_are_no_time(write, written):
    # They were taken as a time of that day: the site said "Mon 7 Jan 2019" and `check` all was well.
    (message,) = problems(write("e.yaml", f"- date: {written}\n  title: A\n"))
    assert f"cannot read the date '{written}'" in message


@pytest.mark.parametrize("written, said", [
    # A span's end the engine cannot read was dropped: 'Jan 31-32, 2019' became 31 January, silently.
    ("Jan 31-32, 2019", "cannot read the date 'Jan 31-32, 2019' whole: '32' is left over"),
    # Neither an ISO month nor a run of years: it was read as 2018.
    ("2018-13", "cannot read the date '2018-13': neither a month (write 2018-12 for December 2018) nor a "
                "run of years ending after 2018 (write 2018-19 for 2018 to 2019)"),
    # A part of the day before its day was dropped: read as the plain day.
    ("Saturday night, 25 April 2009", "cannot read the date 'Saturday night, 25 April 2009' whole: 'night' is left "
                                      "over (read as Sat 25 Apr 2009); write the day and then the part of the day, "
                                      "such as '2009-04-25 night', or TIMEX3's '2009-04-25TNI'"),
    ("April 2009 evening", "'April 2009 evening': a part of the day is of one day, and April 2009 is not one; "
                           "write a day and then the part, such as '2009-04-25 evening'"),
])
def test_a_date_read_in_part_is_refused_with_what_was_left(write, written, said):
    (message,) = problems(write("e.yaml", f"- date: {written}\n  title: A\n"))
    assert f"e.yaml:1: {said}" in message


def test_an_iso_month_is_no_run_of_years(write):
    (event,) = load_events([write("e.yaml", "- date: 2018-12\n  title: A\n")])
    assert (event.date.value, event.end) == ("2018-12", None)



@pytest.mark.parametrize("example", _typed_dates()["span_examples"], ids=lambda e: e["typed"])
def test_a_span_of_site_labels_typed_with_hyphens_or_words_reads(write, example):
    # typed_dates.yaml's span_examples: two weeks (or days) as the site writes each, joined by a hyphen
    # or a word, their own days joined by hyphens; an event file as a person writes it, and its page's label
    (event,) = load_events([write("e.yaml", f"- date: {example['typed']}\n  title: A\n")])
    assert (event.date.value, event.end.value) == (str(example["first"]), str(example["last"]))
    (again,) = load_events([write("f.yaml", f"- date: {range_label(event.date, event.end)}\n  title: A\n")])
    assert (again.date.value, again.end.value) == (event.date.value, event.end.value)  # the site's label reads back


def test_two_weeks_typed_with_hyphens_the_wrong_way_round_say_so(write):
    with pytest.raises(ProblemsError, match="ends \\(Week of 20–26 Apr 2009\\) before it begins"):
        load_events([write("e.yaml", "- date: Week of 27 Apr-3 May 2009 - Week of 20-26 Apr 2009\n  title: A\n")])


def test_a_span_whose_end_is_no_week_names_the_week_to_write(write):
    # days typed as a week that are not one (Tuesday to Monday): the refusal a week alone gets, not
    # the words left over of the whole span
    with pytest.raises(ProblemsError, match="'Week of 28 Apr-4 May 2009' is no week: .* write 'Week of 27 Apr – 3 May 2009'"):
        load_events([write("e.yaml", "- date: Week of 20-26 Apr 2009 - Week of 28 Apr-4 May 2009\n  title: A\n")])
    # the site's own span, whose end holds its joiner, still reads at the joiner after
    (event,) = load_events([write("f.yaml", "- date: Week of 27 Apr – 3 May 2009 – Week of 4–10 May 2009\n  title: A\n")])
    assert (event.date.value, event.end.value) == ("2009-W18", "2009-W19")
