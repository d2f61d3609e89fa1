"""How the annotators of TimeBank and of AQUAINT mark the same kinds of expression.

    python bench/dates_habits.py

The value F1 of the date engine is measured against two corpora annotated by
different people.  Where they mark one kind of expression in different ways,
no single rule set agrees with both, and the held-out half (AQUAINT) scores
below TimeBank for reasons that are not errors of the engine.  This prints,
for a few frequent kinds, the type and the shape of the value each corpus
gives (dates: 1998-03-22 -> dddd-dd-dd), from the development documents only
(the held-out ids of bench/te3_split.txt are skipped before anything is read).
"""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import aquaint_dev_ids, held_out_ids, shared_dir  # noqa: E402

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
KINDS = {
    "weekday and part of day ('Friday night')": rf"^(?:early |late )?{_DAY} (?:morning|afternoon|evening|night)$",
    "'last week', 'this week', 'next week'": r"^(?:late |early )?(?:last|this|next) week$",
    "'tonight', 'last night'": r"^(?:tonight|last night)$",
    "'recent/past years, months, weeks'": r"^(?:the )?(?:recent|past) (?:years|months|weeks|days)$",
}


def shape(value: str) -> str:
    """1998-03-22 -> dddd-dd-dd; 1998-W12 -> dddd-Wdd; PXY stays PXY."""
    return re.sub(r"\d", "d", value)


def habits(docs, kinds=KINDS) -> dict:
    """{kind: {corpus: Counter((type, value shape))}} over the given documents."""
    aquaint = aquaint_dev_ids()
    out = {kind: {"TimeBank": collections.Counter(), "AQUAINT": collections.Counter()} for kind in kinds}
    for d in docs:
        corpus = "AQUAINT" if d["doc"] in aquaint else "TimeBank"
        for t in d["timexes"]:
            for kind, pattern in kinds.items():
                if re.match(pattern, t["text"].strip().lower()):
                    out[kind][corpus][(t["type"], shape(t["value"]))] += 1
    return out


def main() -> int:
    held = held_out_ids()
    path = shared_dir() / "data" / "te3-tbaq.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    dev = [d for d in docs if d["doc"] not in held]
    for kind, corpora in habits(dev).items():
        print(kind)
        for corpus, counts in corpora.items():
            marks = ", ".join(f"{kind_} {form} x{n}" for (kind_, form), n in counts.most_common()) or "-"
            print(f"  {corpus:9} {marks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
