"""The article's date inferred from its own text (probe_reference.yaml): bylines and stamps,
wire date lines, texts whose only full dates are history or plans.

Each case is read as `timeline tag FILE` reads a file: YAML front matter with a date gives the
reference (`metadata`); otherwise `tag(text, None)` infers one or none. A case with a `reason`
is a known failure (strict xfail: it fails once it passes).
"""
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from timeline.dates import tag
from timeline.dates.frontmatter import blank, front_matter_date, split_front_matter

FIXTURES = Path(__file__).parent / "fixtures"
CASES = yaml.safe_load((FIXTURES / "probe_reference.yaml").read_text(encoding="utf-8"))

_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()
# "Tue 8 Jan 2019", "Tuesday, January 8, 2019", "Tuesday 12 May 2009": a weekday and its full date
_WRITTEN_DAY = re.compile(
    r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (?:(\d{1,2}) ([A-Z][a-z]{2})[a-z]*\.?|([A-Z][a-z]{2})[a-z]*\.? (\d{1,2})(?:st|nd|rd|th)?),? (\d{4})\b")


def _text(case) -> str:
    if "file" in case:
        return (FIXTURES / case["file"]).read_text(encoding="utf-8")
    return case["text"]


def _tag(text: str):
    """As `timeline tag` reads a file (timeline/commands/tag.py): front matter first."""
    meta, body = split_front_matter(text)
    if body:
        text = blank(text, body)
    day = front_matter_date(meta)
    tagging = tag(text, day) if day else tag(text, None)
    return tagging, ("metadata" if day else tagging.reference_source)


def _params():
    for case in CASES:
        marks = [pytest.mark.xfail(reason=case["reason"], strict=True)] if case.get("reason") else []
        yield pytest.param(case, id=case["name"], marks=marks)


def test_names_are_unique_and_cases_enough():
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names))
    assert 80 <= len(CASES) <= 150
    assert sum(bool(c.get("reason")) for c in CASES) <= 10


@pytest.mark.parametrize("case", [c for c in CASES if "text" in c], ids=lambda c: c["name"])
def test_written_weekdays_match_the_calendar(case):
    """The suite's own facts: every weekday written with its full date is that date's."""
    for m in _WRITTEN_DAY.finditer(case["text"]):
        wd, d1, mon1, mon2, d2, year = m.groups()
        month = _MONTHS.index(next(x for x in _MONTHS if x.startswith(mon1 or mon2))) + 1
        day = dt.date(int(year), month, int(d1 or d2))
        assert _WEEKDAYS[day.weekday()].startswith(wd), (m.group(0), day.strftime("%A"))


@pytest.mark.parametrize("case", list(_params()))
def test_reference(case):
    tagging, source = _tag(_text(case))
    expected = case["reference"]
    expected = dt.date.fromisoformat(str(expected)) if expected is not None else None
    assert (tagging.reference, source) == (expected, case["source"]), tagging.reference_reason
    if case.get("relative"):
        surface, value = case["relative"]
        got = [t.value for t in tagging.timexes if t.text == surface]
        assert got and got[0] == str(value), [(t.text, t.value) for t in tagging.timexes]


@pytest.mark.parametrize("text, evidence", [
    ("WASHINGTON, Jan. 8 (Reuters) - The Senate met on Monday, a day after talks on Jan. 6, 2019.",
     "'Jan. 6, 2019'"),
    ("PARIS (AFP) Dec 4 - Unions said on Wednesday that workers would strike.\n(c) 2019 AFP", "copyright"),
    ("LONDON, March 4 (Reuters) - Example Plc said on Monday that its profit rose in 2018.", "'Monday'"),
])
def test_dateline_without_year_reason_names_its_evidence(text, evidence):
    """The reason of a date inferred from a date line without a year says so, and what gave the year."""
    tagging = tag(text, None)
    assert tagging.reference_source == "inferred"
    assert "date line" in tagging.reference_reason and evidence in tagging.reference_reason, tagging.reference_reason


def test_dateline_without_year_and_no_year_in_text_says_why():
    tagging = tag("WASHINGTON, Jan. 8 (Reuters) - The Senate failed on Tuesday to pass the bill.", None)
    assert tagging.reference is None and "date line 'Jan. 8' gives no year" in tagging.reference_reason


@pytest.mark.parametrize("name", ["stamp_before", "update_before", "alone_after", "stamp_after",
                                  "dateline_not_before", "history_near", "not_reported_before",
                                  "copyright_before", "background_year_before", "narrative_year_preposition"])
def test_inference_cues_stay_linear(name):
    """The cues infer.py reads from tense.yaml (test_linear_patterns checks the tense cues it knows)."""
    from .test_linear_patterns import nested_repeats
    from timeline.dates.tense import cue_data

    assert not nested_repeats(cue_data()[name], re.IGNORECASE)
