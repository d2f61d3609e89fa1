"""Misses left by the earlier probes (fixtures/probe_left.yaml): reported
speech, 'through' in the past, clock times before their day, and more;
every timex of each sentence, with its extent, type and value."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from timeline.dates import tag

FIXTURE = Path(__file__).parent / "fixtures" / "probe_left.yaml"


def _cases():
    with open(FIXTURE, encoding="utf-8") as f:
        groups = yaml.safe_load(f)
    for group in groups:
        dct = group["dct"]
        for text, expected, *known in group["cases"]:
            marks = [pytest.mark.xfail(reason=known[0], strict=True)] if known else []
            yield pytest.param(text, dct, [tuple(str(x) for x in e) for e in expected],
                               id=f"{dct}:{text[:50]}", marks=marks)


@pytest.mark.parametrize("text,dct,expected", list(_cases()))
def test_probe_left(text, dct, expected):
    if isinstance(dct, str):
        dct = dt.date.fromisoformat(dct)
    got = [(t.text, t.type, t.value) for t in tag(text, dct, infer=False).timexes]
    assert got == expected


def test_a_reported_weekday_is_read_against_the_reporting_day():
    _, t = tag("The ministry said Monday the vote would be held Wednesday.", dt.date(2019, 1, 10)).timexes
    assert t.value == "2019-01-09" and t.read_against == "last_date" and "2019-01-07" in t.reason
