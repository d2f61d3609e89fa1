"""Probe sentences for months and longer, durations, sets and vague references
(tests/dates/fixtures/probe_months.yaml): the TIMEX3 a careful TimeML
annotator would give, kept as regression tests."""
import datetime as dt
from pathlib import Path

import pytest
import yaml

from timeline.dates import tag

FIXTURE = Path(__file__).parent / "fixtures" / "probe_months.yaml"
CASES = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def _dct(case) -> dt.date:
    d = case["dct"]
    return d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d))


def check(case) -> list[str]:
    """What is wrong with the engine's answer for one case (empty: right)."""
    text = case["text"]
    got = tag(text, _dct(case), infer=False).timexes
    problems = []
    for want in case.get("expect") or []:
        extent, typ, value = str(want[0]), want[1], str(want[2])
        mod = want[3] if len(want) > 3 else None
        start = text.find(extent)
        assert start >= 0, f"{extent!r} is not in {text!r}"
        same = [t for t in got if t.start == start and t.end == start + len(extent)]
        if not same:
            near = [(t.text, t.value) for t in got if t.start < start + len(extent) and start < t.end]
            problems.append(f"{extent!r}: missed (overlapping: {near})")
            continue
        t = same[0]
        if (t.type, t.value) != (typ, value):
            problems.append(f"{extent!r}: {t.type} {t.value}, want {typ} {value} ({t.rule})")
        elif mod is not None and t.mod != mod:
            problems.append(f"{extent!r}: mod {t.mod}, want {mod} ({t.rule})")
    for word in case.get("none") or []:
        word = str(word)
        start = text.find(word)
        assert start >= 0, f"{word!r} is not in {text!r}"
        bad = [(t.text, t.value, t.rule) for t in got if t.start < start + len(word) and start < t.end]
        if bad:
            problems.append(f"{word!r}: false alarm {bad}")
    return problems


@pytest.mark.parametrize("case", [
    pytest.param(c, marks=pytest.mark.xfail(reason=c["wrong"], strict=True)) if c.get("wrong") else c
    for c in CASES], ids=[f"{i:03d}:{c['text'][:40]}" for i, c in enumerate(CASES)])
def test_probe(case):
    problems = check(case)
    assert not problems, f"{case['text']!r} (DCT {case['dct']}): " + "; ".join(problems)
