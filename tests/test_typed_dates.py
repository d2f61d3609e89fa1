"""A date typed by hand in `date:` is read as the person meant it, or refused with file, line, the
words not understood and what to write.

Words the reading did not use were dropped without a word: "after 1918" was 1918, "midnight
2009-04-25" the plain day, "25 April 2009 or so" a sure day, "4.5.2009" 4 May."""

from importlib import resources

import pytest
import yaml

from tests.test_loader import problems_of
from timeline.extract import rules
from timeline.loader import load_events
from timeline.period import PRECISION_RANK, labels, parse_value, range_label
from tests.message_calls import calls, placeholders
from timeline.resolve import DateError, RelativeDateError, _typed_dates, refusal, resolve_date, year_written_whole
from timeline.yamlfile import yaml_quoted

# As a journalist or wiki editor types it -> (value, precision, as the site shows it)
READ = [
    ("Jan. 7, 2019", "2019-01-07", "day", "Mon 7 Jan 2019"),
    ("7 January 2019", "2019-01-07", "day", "Mon 7 Jan 2019"),
    ("January 7th, 2019", "2019-01-07", "day", "Mon 7 Jan 2019"),
    ("the 25th of April 2009", "2009-04-25", "day", "Sat 25 Apr 2009"),
    ("Monday, 7 January 2019", "2019-01-07", "day", "Mon 7 Jan 2019"),
    ("Sat 25 Apr 2009", "2009-04-25", "day", "Sat 25 Apr 2009"),  # copied from the site
    ("on 25 April 2009", "2009-04-25", "day", "Sat 25 Apr 2009"),
    ("25/04/2009", "2009-04-25", "day", "Sat 25 Apr 2009"),  # one reading: there is no month 25
    ("04/25/2009", "2009-04-25", "day", "Sat 25 Apr 2009"),
    ("25.4.2009", "2009-04-25", "day", "Sat 25 Apr 2009"),
    ("2009/04/25", "2009-04-25", "day", "Sat 25 Apr 2009"),
    ("Easter 2009", "2009-04-12", "day", "Sun 12 Apr 2009"),
    ("Bonfire Night 2020", "2020-11-05", "day", "Thu 5 Nov 2020"),  # a name, not a night
    ("2009-04-25 14:00", "2009-04-25T14:00", "time", "Sat 25 Apr 2009, 14:00"),
    # a zone typed keeps its offset, as the site's own label of it does (it was read without it)
    ("2009-04-25 2pm BST", "2009-04-25T14:00+01:00", "time", "Sat 25 Apr 2009, 14:00 UTC+01:00"),
    ("Sat 25 Apr 2009, 14:00 BST", "2009-04-25T14:00+01:00", "time", "Sat 25 Apr 2009, 14:00 UTC+01:00"),
    ("25 April 2009 at 9am EST", "2009-04-25T09:00-05:00", "time", "Sat 25 Apr 2009, 09:00 UTC-05:00"),
    ("25 April 2009 at 2pm", "2009-04-25T14:00", "time", "Sat 25 Apr 2009, 14:00"),
    ("2009-04-25 night", "2009-04-25TNI", "time", "Sat 25 Apr 2009, night"),
    ("2009-04-25 at night", "2009-04-25TNI", "time", "Sat 25 Apr 2009, night"),
    ("Sat 25 Apr 2009, evening", "2009-04-25TEV", "time", "Sat 25 Apr 2009, evening"),
    ("June 2018", "2018-06", "month", "June 2018"),
    ("early May 2009", "2009-05", "month", "early May 2009"),
    ("late April 2009", "2009-04", "month", "late April 2009"),
    ("mid-April 2009", "2009-04", "month", "mid-April 2009"),
    ("the end of April 2009", "2009-04", "month", "late April 2009"),
    ("April 2009?", "2009-04", "month", "c. April 2009"),
    ("spring 2009", "2009-SP", "season", "Spring 2009"),
    ("fall 2009", "2009-FA", "season", "Autumn 2009"),
    ("Q2 2009", "2009-Q2", "quarter", "Q2 2009"),
    ("the first half of 2009", "2009-H1", "half", "H1 2009"),
    ("2019-W02", "2019-W02", "week", "Week of 7–13 Jan 2019"),
    # the site's labels before it wrote a week's days, which event files copied from its pages hold
    ("Week 17 of 2009", "2009-W17", "week", "Week of 20–26 Apr 2009"),
    ("Weekend of week 17, 2009", "2009-W17-WE", "week", "Weekend of 25–26 Apr 2009"),
    # the site's labels with a hyphen for its en dash, as people type them (typed_dates.yaml's week_dashes)
    ("Week of 20-26 Apr 2009", "2009-W17", "week", "Week of 20–26 Apr 2009"),
    ("Weekend of 25-26 Apr 2009", "2009-W17-WE", "week", "Weekend of 25–26 Apr 2009"),
    ("Week of 27 Apr - 3 May 2009", "2009-W18", "week", "Week of 27 Apr – 3 May 2009"),
    ("week of 29 Dec 2008 - 4 Jan 2009", "2009-W01", "week", "Week of 29 Dec 2008 – 4 Jan 2009"),
    ("2009", "2009", "year", "2009"),
    ("in 2009", "2009", "year", "2009"),
    ("sometime in 2009", "2009", "year", "2009"),
    ("mid-2009", "2009", "year", "mid-2009"),
    ("c. 1918", "1918", "year", "c. 1918"),
    ("about 1918", "1918", "year", "c. 1918"),
    ("1918?", "1918", "year", "c. 1918"),
    ("AD 1918", "1918", "year", "1918"),
    ("the 1990s", "199", "decade", "1990s"),
    ("the mid-1990s", "199", "decade", "mid-1990s"),
    ("the 1800s", "18", "century", "19th century"),
    ("late 19th century", "18", "century", "late 19th century"),
    ("44 BC", "BC0044", "year", "44 BC"),
    # an unsure date as the site shows it, or marked as editors do ("c." was dropped before a decade)
    ("c. Sat 25 Apr 2009", "2009-04-25", "day", "c. Sat 25 Apr 2009"),
    ("c. late April 2009", "2009-04", "month", "c. late April 2009"),
    ("c. 1990s", "199", "decade", "c. 1990s"),
    ("about the 1990s", "199", "decade", "c. 1990s"),
]


@pytest.mark.parametrize("typed, value, precision, label", READ, ids=[row[0] for row in READ])
def test_a_typed_date_reads_as_meant(write, typed, value, precision, label):
    (event,) = load_events([write("e.yaml", f"- date: '{typed}'\n  title: A\n")])
    assert (event.date.value, event.date.precision, event.date.label) == (value, precision, label)


SPANS = [
    ("2009-04-25 to 2009-04-28", "25–28 Apr 2009"),
    ("25-28 April 2009", "25–28 Apr 2009"),
]


@pytest.mark.parametrize("typed, label", SPANS)
def test_a_typed_span_reads_as_both_ends(write, typed, label):
    (event,) = load_events([write("e.yaml", f"- date: '{typed}'\n  title: A\n")])
    assert range_label(event.date, event.end) == label


# As typed -> what the message says after "e.yaml:2: ": the words not understood, and what to write
REFUSED = [
    ("midnight 2009-04-25", "'midnight' is left over (read as Sat 25 Apr 2009); midnight begins one day and ends "
                            "another: write '2009-04-25T24:00'"),
    ("2009-04-25 midnight", "'midnight' is left over"),
    ("after 1918", "'after' is left over (read as 1918); a date bounded on one side is not an event's date"),
    ("by 1918", "'by' is left over (read as 1918)"),
    ("before 1918", "'before' is left over; a date bounded on one side"),
    ("since 1918", "'since' is left over"),
    ("until April 2009", "'until' is left over (read as April 2009)"),
    ("25 April 2009 or so", "'or', 'so' are left over (read as Sat 25 Apr 2009); for a date you are not sure of, "
                            "write 'c. 25 April 2009'"),
    ("25 April 2009 (approx)", "'approx' is left over"),
    ("April 2009, probably", "'probably' is left over (read as April 2009); for a date you are not sure of"),
    ("April 25 or 26, 2009", "'or', '26', '2009' are left over; an event has one date"),
    ("April 2009 or May 2009", "'or', 'May', '2009' are left over"),
    ("week 17 2009", "'week', '17' are left over; write a week as the site shows it, 'Week of 20–26 Apr 2009'"),
    ("the weekend of 25 April 2009", "'weekend' is left over; write a weekend as the site shows it, 'Weekend of"),
    # days that are no ISO week's (Tuesday to Monday), or no weekend's: not read as the week they overlap,
    # and the week that holds the first day named, from its Monday
    ("Week of 21–27 Apr 2009", "'Week of 21–27 Apr 2009' is no week: a week runs from Monday to Sunday, and Tuesday "
                               "21 April 2009 is in the week that begins on Monday 20 April 2009; write 'Week of "
                               "20–26 Apr 2009' (or '2009-W17')"),
    ("Week of 21-27 Apr 2009", "is in the week that begins on Monday 20 April 2009; write 'Week of 20–26 Apr 2009'"),
    ("Week of 20-25 Apr 2009", "'Week of 20-25 Apr 2009' is no week: a week runs from Monday to Sunday"),
    ("Weekend of 24–25 Apr 2009", "'Weekend of 24–25 Apr 2009' is no weekend: a weekend is a Saturday and the Sunday "
                                  "after it, and Friday 24 April 2009 is in the week that begins on Monday 20 April "
                                  "2009, whose weekend is 'Weekend of 25–26 Apr 2009'"),
    ("Weekend of 26-27 Apr 2009", "Sunday 26 April 2009 is in the week that begins on Monday 20 April 2009, whose "
                                  "weekend is 'Weekend of 25–26 Apr 2009'"),
    ("late Tue 8 Jan 2019", "'late' is left over (read as Tue 8 Jan 2019); a part (early, mid, late) is of a month"),
    ("Saturday night, 25 April 2009", "'night' is left over (read as Sat 25 Apr 2009); write the day and then the "
                                      "part of the day, such as '2009-04-25 night'"),
    ("Sun 25 Apr 2009", "names a weekday that is not its date's (2009-04-25 is Sat 25 Apr 2009)"),
    ("Sunday 7 January 2019", "names a weekday that is not its date's"),
    ("Sat April 2009", "names a weekday, and the site writes April 2009 without one; leave the weekday out"),
    ("Mon 15 Mar 44 BC", "names a weekday, and the site writes 15 Mar 44 BC without one"),
    # day and month each could be the other: both readings named, never one guessed
    ("04/05/2009", "'04/05/2009' can be 5 April or 4 May 2009: the order of day and month is open; write it as "
                   "2009-04-05 or 2009-05-04"),
    ("4.5.2009", "'4.5.2009' can be 5 April or 4 May 2009"),
    ("04-05-2009", "'04-05-2009' can be 5 April or 4 May 2009"),
    ("10/01/2019 08:00", "'10/01/2019 08:00' can be 1 October or 10 January 2019"),  # its hour let it pass as 1 October
    ("yesterday", "'yesterday' is relative: add an 'anchor' (the date it counts from), or write the full date"),
    ("next Tuesday", "'next Tuesday' is relative: add an 'anchor'"),
    ("last year", "'last year' is relative"),
    ("20090425", "cannot read the date '20090425'; write it like 'Jan. 7, 2019'"),
    # a letter typed for a digit (O for 0, l for 1): the digits after it were asked about as a day
    # and month of 2025 ('can be 4 September or 9 April 2025'), advice that was a wrong date
    ("2O09-04-25", "cannot read the date '2O09-04-25'; write it like"),
    ("l2/05/2009", "cannot read the date 'l2/05/2009'; write it like"),
    # a year in two digits was said to be a relative date, to be given an anchor
    ("25/04/09", "'25/04/09' gives its year in two digits: write it whole, 2009-04-25 (or 1909-04-25)"),
    ("04/25/09", "'04/25/09' gives its year in two digits: write it whole, 2009-04-25"),
    ("25.04.09", "'25.04.09' gives its year in two digits"),
    ("32/04/09", "'32/04/09' gives its year in two digits: write it whole, 2032-04-09 (or 1932-04-09)"),  # was 1932
    ("31/04/09", "'31/04/09' is not a real date: April 2009 has 30 days"),
    ("2009-04-31", "'2009-04-31' is not a real date: April 2009 has 30 days"),
]


# A zone name that stands for two (timeline/extract/data/zones.yaml `two_zones`) would be read without
# its offset, hours off for one of them: refused, naming both.
@pytest.mark.parametrize("name, offsets", rules.data("zones")["two_zones"].items())
def test_a_time_typed_with_a_zone_name_of_two_zones_is_refused_naming_both(write, name, offsets):
    (message,) = problems_of(write("e.yaml", f"- title: A\n  date: '2009-04-25 2pm {name}'\n"))
    assert "e.yaml:2: " in message and f"{name!r} names two zones, {' or '.join(offsets)}" in message
    assert f"such as '2009-04-25T14:00{offsets[0].split()[0]}'" in message


@pytest.mark.parametrize("typed, said", REFUSED, ids=[row[0] for row in REFUSED])
def test_a_typed_date_not_read_whole_is_refused_saying_what_to_write(write, typed, said):
    (message,) = problems_of(write("e.yaml", f"- title: A\n  date: '{typed}'\n"))
    assert "e.yaml:2: " in message and said in message


@pytest.mark.parametrize("entry", _typed_dates()["instead"], ids=lambda entry: entry["example"])
def test_each_advice_is_given_for_its_example(write, entry):
    # an entry whose words the engine comes to read would give its advice for nothing
    (message,) = problems_of(write("e.yaml", f"- date: '{entry['example']}'\n  title: A\n"))
    assert message.endswith(entry["write"])


def test_words_typed_around_a_date_are_quoted_so_yaml_keeps_them_words():
    data = yaml.safe_load(resources.files("timeline").joinpath("data/typed_dates.yaml").read_text("utf-8"))
    assert all(isinstance(word, str) for entry in [{"words": data["around"]}, *data["instead"]] for word in entry["words"])


# A value of each format the site writes a date in (labels.yaml `formats`), the zone named beside it
# where the site names one; parts and "c." as the site adds them. A person copies the label from the
# page into `date:`: "Week 2 of 2019" (as the site wrote a week before its days) and "Sat 25 Apr 2009,
# 24:00 (midnight)" were refused, and "Sat 25 Apr 2009, 09:05 UTC+01:00" read as 09:05 without its offset.
SHOWN = {
    "day": [("2009-04-25", None), ("1276-07-04", None), ("BC0044-03-15", None)],
    "time": [("2009-04-25T14:00", None), ("2009-04-25T24:00", None), ("1276-07-04T24:00", None)],
    "time_of_day": [("2009-04-25TNI", None), ("2009-04-25TMI", None), ("1276-07-04TMO", None)],
    "time_zone": [("2009-04-25T09:05+01:00", None), ("2009-04-25T09:05Z", None), ("2009-04-25T24:00-04:00", None)],
    "time_named_zone": [("2009-04-25T09:05+01:00", "BST"), ("2009-01-25T09:05Z", "GMT"),
                        ("2009-04-25T24:00+01:00", "BST")],
    "month": [("2009-04", None), ("0014-08", None), ("BC0044-03", None)],
    "year": [("2009", None), ("0079", None), ("BC0044", None)],
    "week": [("2019-W02", None), ("2009-W17", None), ("2009-W18", None), ("2009-W01", None)],
    "weekend": [("2009-W17-WE", None), ("2009-W05-WE", None), ("2022-W52-WE", None)],
    "season": [("2009-SP", None), ("2009-WI", None)],
    "quarter": [("2009-Q2", None)],
    "half": [("2009-H1", None)],
    "decade": [("199", None)],
    "century": [("18", None)],
    "century_before_christ": [("BC04", None)],
    "decade_before_christ": [("BC004", None)],
}
SHOWN_LABELS = [(shape, value, zone, approximate, part)
                for shape, values in SHOWN.items() for value, zone in values for approximate in (False, True)
                for part in (None, "early", "mid", "late")
                if part is None or PRECISION_RANK[parse_value(value).precision] <= PRECISION_RANK["month"]]


# The same for a span, by the shape labels.yaml `ranges` writes it in: where its ends share no month or
# year, each end is a label of its own ("Week 2 of 2019 – Week 4 of 2019" was refused; a week's own dash
# is no end's: "Week of 27 Apr – 3 May 2009 – Week of 4–10 May 2009").
SHOWN_SPANS = {
    "same_month": [("2009-04-25", "2009-04-28")],
    "same_year": [("2009-04-25", "2009-05-02")],
    "years": [("2009", "2011"), ("BC0027", "0014")],
    "same_year_months": [("2009-04", "2009-06")],
    "other": [("2009-12-30", "2010-01-02"), ("2019-W02", "2019-W04"), ("2009-W18", "2009-W19"), ("2009-04-25T14:00", "2009-04-26"),
              ("2009-04-25TNI", "2009-04-26T24:00"), ("2009-04-25T09:05+01:00", "2009-04-26T10:00+01:00"),
              ("2009-SP", "2009-SU"), ("199", "200")],
}


def test_every_format_the_site_writes_has_a_label_read_back_here():
    assert (set(SHOWN), set(SHOWN_SPANS)) == (set(labels()["formats"]), set(labels()["ranges"]))


@pytest.mark.parametrize("first, last", [pair for pairs in SHOWN_SPANS.values() for pair in pairs])
def test_every_span_the_site_writes_reads_back_as_both_ends(write, first, last):
    shown = range_label(parse_value(first), parse_value(last))
    (event,) = load_events([write("e.yaml", f"- date: {yaml_quoted(shown)}\n  title: A\n")])
    assert (event.date.value, event.end.value, range_label(event.date, event.end)) == (first, last, shown)


def test_every_label_the_site_writes_reads_back_as_its_date(write):
    shown = [range_label(parse_value(value, approximate, part), None, zone) for _, value, zone, approximate, part in SHOWN_LABELS]
    path = write("e.yaml", "".join(f"- date: {yaml_quoted(label)}\n  title: '{n}'\n" for n, label in enumerate(shown)))
    read = {int(event.title): event for event in load_events([path])}
    for n, (_, value, _, approximate, part) in enumerate(SHOWN_LABELS):
        event = read[n]
        assert (event.date.value, event.date.approximate, event.date.part, event.end) == (value, approximate, part, None), shown[n]
        assert range_label(event.date, None, SHOWN_LABELS[n][2]) == shown[n]


REFUSALS = _typed_dates()["refusals"]


@pytest.mark.parametrize("example", REFUSALS["examples"], ids=lambda e: e["refusal"])
def test_each_refusal_formats_its_example(example):
    fields = {key: value for key, value in example.items() if key not in ("refusal", "says")}
    assert placeholders(REFUSALS[example["refusal"]]) == set(fields)
    assert refusal(example["refusal"], **fields) == example["says"]


def test_every_refusal_has_an_example_and_is_said_by_the_code_with_its_placeholders():
    kinds = {kind for kind in REFUSALS if kind != "examples"}
    assert kinds == {example["refusal"] for example in REFUSALS["examples"]}
    said = calls({"refusal"}, owner="resolve")
    assert said and all(call.kinds and not call.passes_more for call in said), said
    assert {kind for call in said for kind in call.kinds} == kinds  # none left in the data unsaid
    for call in said:
        for kind in call.kinds:
            assert set(call.fields) == placeholders(REFUSALS[kind]), (call.where, kind)


def test_each_zone_name_of_two_zones_names_two_offsets():
    # the refusal names the first and the second (refusals' zone_of_two)
    assert all(len(offsets) == 2 for offsets in rules.data("zones")["two_zones"].values())


@pytest.mark.parametrize(("typed", "word", "meant"), _typed_dates()["misspelt_examples"])
def test_a_date_with_a_misspelt_month_weekday_or_season_is_refused_naming_the_name_meant(typed, word, meant):
    # The walk of stop 34 (a wiki editor): "12 Marhc 2003" was refused with how to write a date, and
    # the typo was the reader's to find.
    with pytest.raises(DateError) as refused:
        resolve_date(typed)
    if meant is None:
        assert "if you meant" not in str(refused.value)
        return
    fixed = typed.replace(word, meant, 1)
    assert str(refused.value) == refusal("unreadable_misspelt", text=typed, typed=word, meant=meant, fixed=fixed)
    try:
        resolve_date(fixed)  # what it says to write reads, or is refused for another reason than a typo
    except DateError as other:
        assert "if you meant" not in str(other)


@pytest.mark.parametrize(("typed", "whole", "other"), _typed_dates()["apostrophe_examples"])
def test_a_year_in_two_digits_after_an_apostrophe_is_refused_with_it_written_whole(typed, whole, other):
    # The walk of stop 34 (a wiki editor): "the early '90s" was refused as relative ("add an 'anchor'"),
    # which it is not: it names no century. What the refusal says to write reads.
    if whole is None:
        assert year_written_whole(typed) is None
        resolve_date(typed)
        return
    with pytest.raises(DateError) as refused:
        resolve_date(typed)
    assert str(refused.value) == refusal("apostrophe_year", text=typed, whole=whole, other=other)
    assert not isinstance(refused.value, RelativeDateError)
    assert resolve_date(whole).first.year // 10 == int(whole.split()[-1][:3])
    assert resolve_date(other).first.year // 10 == int(other.split()[-1][:3])


@pytest.mark.parametrize(("typed", "language", "value", "english"), [
    ("8. März 2026", "German", "2026-03-08", "8 March 2026"),
    ("9 mars 2026", "French", "2026-03-09", "9 March 2026"),
    ("mardi 10 mars 2026", "French", "2026-03-10", "10 March 2026"),
    ("10 de marzo de 2026", "Spanish", "2026-03-10", "10 March 2026"),
    ("März 2026", "German", "2026-03", "March 2026"),
])
def test_a_date_typed_in_another_language_is_refused_naming_it_and_what_to_write(typed, language, value, english):
    """The walk of a European researcher: "8. März 2026" was refused with '8', 'März' "left over", its
    language unnamed; what it says to write reads as that day."""
    with pytest.raises(DateError) as refused:
        resolve_date(typed)
    assert str(refused.value) == refusal("other_language", text=typed, language=language, value=value, english=english)
    assert resolve_date(value).label == resolve_date(english).label
    # a date only partly in another language's words is not one ("8 März, 2026 or so")
    with pytest.raises(DateError) as refused:
        resolve_date(f"{typed} or so")
    assert "written in" not in str(refused.value)
