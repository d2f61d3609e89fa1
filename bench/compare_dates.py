"""Time two copies of timeline.dates in one process, turn about, as a ratio.

    python bench/compare_dates.py OLD_ROOT [NEW_ROOT] [--rounds N]

profile_dates.py times one copy a run; on a shared machine two runs a minute
apart differ by a tenth.  This loads both copies (each under its own
sys.modules) and alternates them round by round, keeping each one's least
CPU time: the full run of profile_dates (each text tagged with its date and
without), --ref-only (each text tagged once) and recognise alone.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from profile_dates import ROOT, load_docs, run  # noqa: E402


def _load(root: str):
    for name in [n for n in sys.modules if n == "timeline" or n.startswith("timeline.")]:
        del sys.modules[name]
    sys.path.insert(0, root)
    try:
        from timeline.dates import tag
        from timeline.dates.recognize import recognise
        from timeline.dates.rules import default_rules
    finally:
        sys.path.remove(root)
    return tag, recognise, default_rules()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new", nargs="?", default=str(ROOT))
    ap.add_argument("--rounds", type=int, default=6)
    args = ap.parse_args()
    docs = load_docs()
    copies = {root: _load(root) for root in (args.old, args.new)}
    kb = sum(len(t.encode("utf-8")) for t, _ in docs) / 1024
    best: dict[str, list[float]] = {root: [float("inf")] * 3 for root in copies}
    for tag, _, _ in copies.values():
        run(tag, docs)  # compile the rules before timing
    for _ in range(args.rounds):
        for root, (tag, recognise, rules) in copies.items():
            spent = []
            for job in (lambda: run(tag, docs), lambda: run(tag, docs, False),
                        lambda: [recognise(text, rules) for text, _ in docs]):
                t0 = time.process_time()
                job()
                spent.append(time.process_time() - t0)
            best[root] = [min(a, b) for a, b in zip(best[root], spent)]
    for root, (full, ref_only, found) in best.items():
        print(f"{root}: {1000 * full / (2 * kb):.3f} ms/KB with dates and without, "
              f"{1000 * ref_only / kb:.3f} ms/KB with dates only, recognise {1000 * found:.0f} ms")
    old, new = best[args.old], best[args.new]
    print("new/old: " + ", ".join(f"{what} {n / o:.2f}" for what, n, o in
                                  zip(("with and without", "dates only", "recognise"), new, old)))


if __name__ == "__main__":
    main()
