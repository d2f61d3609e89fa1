"""Profile and time timeline.dates.tag over the TE3 corpus and the Guardian articles.

    python bench/profile_dates.py [--root DIR] [--repeat N] [--ref-only] [--profile] [--top N]

Prints CPU ms/KB (the least of --repeat runs: the machine is shared); with
--profile, the cProfile top entries by own time.  --root puts DIR first on
sys.path, to time a copy of the package from before a change in the same sitting.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_docs() -> list[tuple[str, dt.date | None]]:
    shared = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
    docs = []
    for name, date_key in (("te3-tbaq.jsonl", "dct"), ("t17-h1n1-guardian/articles.jsonl", "time")):
        with open(shared / "data" / name, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                ref = dt.date.fromisoformat(d[date_key][:10]) if d.get(date_key) else None
                docs.append((d["text"], ref))
    return docs


def run(tag, docs, infer=True) -> None:
    for text, ref in docs:
        tag(text, ref)
        if infer:
            tag(text, None)  # inference too


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(ROOT))
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--ref-only", action="store_true", help="tag with the date only, as the site does")
    args = ap.parse_args()
    sys.path.insert(0, args.root)
    from timeline.dates import tag

    docs = load_docs()
    infer = not args.ref_only
    size_kb = (1 + infer) * sum(len(t.encode("utf-8")) for t, _ in docs) / 1024
    run(tag, docs, infer)  # load and compile the rules before timing
    best = None
    for _ in range(args.repeat):
        t0 = time.process_time()
        run(tag, docs, infer)
        spent = time.process_time() - t0
        best = spent if best is None else min(best, spent)
    how = "with their dates" if args.ref_only else "with their dates and without"
    print(f"{len(docs)} docs, {size_kb:.0f} KB tagged {how}: "
          f"{1000 * best / size_kb:.3f} ms/KB (CPU, best of {args.repeat})")
    if args.profile:
        prof = cProfile.Profile()
        prof.runcall(run, tag, docs, infer)
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
