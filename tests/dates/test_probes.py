"""News sentences with the TIMEX3 a careful TimeML annotator gives, kept as regression tests:
every timex of each sentence, with its extent, type and value, no more. A third item, a reason,
marks a case the engine still gets wrong (an expected failure that fails once it passes).

- probe_days.yaml: days, weeks and their tense;
- probe_left.yaml: misses the earlier probes left (reported speech, "through" in the past,
  clock times before their day);
- probe_ranges.yaml: ranges, time zones, British dates, wire datelines and sports;
- probe_news.yaml: business, legal, political and health news;
- probe_world.yaml: British and international news style (Guardian swine-flu stories of 2009 too);
- probe_spans.yaml: durations, sets, vague references and false alarms (counts, models, scores);
- probe_anaphora.yaml: dates read against a date told before them ("the following day", "that night");
- probe_holidays.yaml: holidays, named days and periods (Easter and its days, Thanksgiving, Lunar New Year, Eid, Diwali, the Jewish holidays;
  holidays whose day depends on the country the text names: Independence Day, Canadian Thanksgiving);
- probe_history.yaml: historical and encyclopedic dates (BC years, centuries, life spans, named eras);
- probe_clock.yaml: times of day, clocks and time zones (zones, dawn and dusk, "overnight", clock spans, "the 10.30 train");
- probe_documents.yaml: documents that are not news (press releases, legal text, health and budget reports, abstracts, minutes, letters);
- probe_guard.yaml: ordinary news built to tempt the rules added on 2026-12-05 into a wrong date (founding years, holiday names, counts, clocks);
- probe_schedules.yaml: schedules in sports, politics, culture and business (fixtures and results, polls, openings, earnings), where tense and calendar decide the day;
- probe_wire.yaml: wire and broadcast copy of 1998-2000 (AP datelines, stories told a day or a weekend later,
  deadlines, "late Friday", "earlier this week", "the previous day", transcripts' "tonight" and "this evening").
- probe_life.yaml: genres the others cover little: obituaries, weather and climate, science and medicine press,
  culture and entertainment, sports seasons, technology products (ages, editions and version numbers are no times).
- probe_guardian.yaml: British news of 2009 (swine flu), from where HeidelTime and we disagree on unannotated
  Guardian articles (bench/dates_second_opinion.py): seasons told ahead, "soon" after the fact, school years and ages.

probe_months.yaml, in its own format, is run by test_probe_months.py.
"""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from timeline.dates import tag

FIXTURES = Path(__file__).parent / "fixtures"
SUITES = ("probe_days", "probe_left", "probe_ranges", "probe_news", "probe_world", "probe_spans", "probe_anaphora",
          "probe_holidays", "probe_history", "probe_clock", "probe_documents", "probe_guard", "probe_schedules",
          "probe_wire", "probe_life", "probe_guardian")


def _cases():
    for suite in SUITES:
        with open(FIXTURES / f"{suite}.yaml", encoding="utf-8") as f:
            groups = yaml.safe_load(f)
        for group in groups:
            dct = group["dct"]
            for text, expected, *known in group["cases"]:
                marks = [pytest.mark.xfail(reason=known[0], strict=True)] if known else []
                yield pytest.param(text, dct, [tuple(str(x) for x in e) for e in expected],
                                   id=f"{suite}:{dct}:{text[:50]}", marks=marks)


@pytest.mark.parametrize("text,dct,expected", list(_cases()))
def test_probe(text, dct, expected):
    if isinstance(dct, str):
        dct = dt.date.fromisoformat(dct)
    got = [(t.text, t.type, t.value) for t in tag(text, dct, infer=False).timexes]
    assert got == expected


def test_a_wire_date_line_dates_the_story():
    tagging = tag("WASHINGTON, Jan. 9, 2019 (AP) — The Senate will vote Thursday on the bill.", None)
    assert tagging.reference == dt.date(2019, 1, 9)
    assert [(t.text, t.value) for t in tagging.timexes] == [("Jan. 9, 2019", "2019-01-09"),
                                                            ("Thursday", "2019-01-10")]
    # a full date in the lead with no date line and a plan after it dates nothing
    assert tag("The Senate will vote on Jan. 9, 2019 on the bill.", None).reference is None


def test_later_than_no_given_day_in_the_past_is_no_day():
    # counted from the reference, 'two days later' told in the past would be after it
    (t,) = tag("Two days later, the company said it would appeal.", dt.date(2019, 1, 10)).timexes
    assert t.value == "XXXX-XX-XX" and t.confidence < 0.5 and "not given" in t.reason
    (t,) = tag("The next evening he spoke again.", dt.date(2019, 1, 10)).timexes
    assert t.value == "XXXX-XX-XXTEV"
    # in the future tense the reference is a fine start
    (t,) = tag("Two days later, the company will appeal.", dt.date(2019, 1, 10)).timexes
    assert t.value == "2019-01-12"


def test_a_reported_weekday_is_read_against_the_reporting_day():
    _, t = tag("The ministry said Monday the vote would be held Wednesday.", dt.date(2019, 1, 10)).timexes
    assert t.value == "2019-01-09" and t.read_against == "last_date" and "2019-01-07" in t.reason
