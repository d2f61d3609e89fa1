"""Dates the engine places against the tense it read, for checking by hand.

    python bench/dates_against_tense.py [--corpus tbaq|guardian]

A month or a day named without its year near the article's date may be put
on the other side of the reference from its verb's tense ("raised its offer
on Nov. 20", told on 2 November, is the 20th ahead, though "raised" is
past; "extended to Nov. 20 its offer" is no longer one: a delay to a day
looks ahead, tense.points_ahead).  The month policy (AGAINST_TENSE_MONTHS_DAYS in timeline/dates/anchor.py)
allows it within a month.  This lists every such date, with its context, so
a person can count how often the policy is right: on TBAQ's development
documents (held-out ids are skipped before anything is read) or on the
Guardian story of ../shared/data/t17-h1n1-guardian.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import held_out_ids, shared_dir  # noqa: E402
from timeline.dates import tag, value_interval  # noqa: E402


def against_tense(text: str, reference: dt.date):
    """The timexes whose dates lie on the other side of the reference from their tense."""
    for t in tag(text, reference, infer=False).timexes:
        span = value_interval(t.value) if t.anchored else None
        if span is None:
            continue
        if (t.tense == "past" and span[0] > reference) or (t.tense == "future" and span[1] < reference):
            yield t


def documents(corpus: str):
    if corpus == "tbaq":
        held = held_out_ids()
        path = shared_dir() / "data" / "te3-tbaq.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line) if line.strip() else None
            if d and d["doc"] not in held:
                yield d["doc"], d["text"], dt.date.fromisoformat(d["dct"][:10])
    else:
        path = shared_dir() / "data" / "t17-h1n1-guardian" / "articles.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            d = json.loads(line) if line.strip() else None
            if d:
                yield str(d["id"]), d["text"], dt.date.fromisoformat(d["time"][:10])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", choices=("tbaq", "guardian"), default="tbaq")
    args = ap.parse_args(argv)
    n = 0
    for name, text, reference in documents(args.corpus):
        for t in against_tense(text, reference):
            n += 1
            context = text[max(0, t.start - 100):t.end + 50].replace("\n", " ")
            print(f"{name} told {reference} {t.text!r} -> {t.value} (tense {t.tense})\n    ...{context}...")
    print(f"{n} dates against their tense")
    return 0


if __name__ == "__main__":
    sys.exit(main())
