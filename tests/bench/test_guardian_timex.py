"""bench/guardian_timex.jsonl, the hand-annotated Guardian TIMEX3 set: its offsets hold, its fields are
TIMEX3's, and it is what bench/guardian_timex_make.py writes from the story's articles."""

import json
import re
from pathlib import Path

import pytest

import bench_dates
import guardian_timex_make

SET = Path(bench_dates.GUARDIAN_SET)
TYPES = {"DATE", "TIME", "DURATION", "SET"}
# the values the file uses: a calendar value, a duration, a reference
VALUE = re.compile(r"(?:[0-9]{4}(?:-(?:[0-9]{2}(?:-[0-9]{2}(?:T(?:[0-9]{2}:[0-9]{2}|MO|AF|EV|NI))?)?|W[0-9]{2}|SU|FA|WI|SP))?"
                   r"|P(?:[0-9.]+|X)[YMWD]|PT(?:[0-9.]+|X)[HMS]|PRESENT_REF|PAST_REF|FUTURE_REF)")


def documents():
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_expression_is_its_text_at_its_offsets():
    docs = documents()
    assert len(docs) == 12
    seen = 0
    for d in docs:
        assert set(d) == {"doc", "dct", "text", "timexes"}
        assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", d["dct"])
        spans = [(t["start"], t["end"]) for t in d["timexes"]]
        assert spans == sorted(spans), d["doc"]
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), d["doc"]  # no overlap
        for t in d["timexes"]:
            assert d["text"][t["start"]:t["end"]] == t["text"], (d["doc"], t)
            assert t["text"] == t["text"].strip() and t["text"]
            assert t["type"] in TYPES, (d["doc"], t)
            assert VALUE.fullmatch(t["value"]), (d["doc"], t)
            seen += 1
    assert seen == 70


def test_the_scorer_reads_it_and_gives_the_gold_full_marks():
    docs = {d["doc"]: d for d in documents()}
    result, _ = bench_dates.load_scorer().score(docs, docs)
    assert result["n_gold"] == 70
    assert result["value_F1"] == 1.0 and result["strict_F1"] == 1.0


def test_the_file_is_what_the_script_writes_from_the_articles():
    try:
        arts = guardian_timex_make.load_articles()
    except (OSError, SystemExit):
        pytest.skip("the shared Guardian story is not here (TIMELINE_SHARED)")
    assert guardian_timex_make.pick(arts) == guardian_timex_make.IDS
    assert guardian_timex_make.render(guardian_timex_make.build(arts)) == SET.read_text(encoding="utf-8")
    for d in documents():
        article = arts[d["doc"].removeprefix("guardian-")]
        assert (d["text"], d["dct"]) == (article["text"], article["time"])
