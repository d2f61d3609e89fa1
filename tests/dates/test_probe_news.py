"""Business, legal, political and science/health news
(fixtures/probe_news.yaml): earnings periods, sentences and deadlines,
terms of office, centuries and decades, intervals of treatment; every timex
of each sentence, with its extent, type and value."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from timeline.dates import tag

FIXTURE = Path(__file__).parent / "fixtures" / "probe_news.yaml"


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
def test_probe_news(text, dct, expected):
    if isinstance(dct, str):
        dct = dt.date.fromisoformat(dct)
    got = [(t.text, t.type, t.value) for t in tag(text, dct, infer=False).timexes]
    assert got == expected
