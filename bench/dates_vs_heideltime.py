"""Where HeidelTime and we disagree on TBAQ's development part, expression by expression.

    python bench/dates_vs_heideltime.py            # counts, then every gold expression only HeidelTime values right
    python bench/dates_vs_heideltime.py --ours     # ... only we value right
    python bench/dates_vs_heideltime.py --neither  # ... neither values right
    python bench/dates_vs_heideltime.py --grep week

A reading aid for the rules: an expression HeidelTime gets right and we do not is worth a look
before any other, because a second rule set written by other people found its value. Only the
development documents are read (the held-out ids of bench/te3_split.txt are dropped first).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import peer_heideltime  # noqa: E402
from bench_dates import held_out_ids, load_scorer, shared_dir  # noqa: E402
from timeline.dates import tag  # noqa: E402


def right_values(scorer, gold: list[dict], system: list[dict]) -> dict[int, dict]:
    """Gold index -> the system expression aligned with it, for those whose value is the gold's."""
    return {g: system[s] for g, s in scorer.align(gold, system) if system[s]["value"] == gold[g]["value"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ours", action="store_true", help="list what only we value right instead")
    ap.add_argument("--neither", action="store_true", help="list what neither values right instead")
    ap.add_argument("--grep", default="", help="only expressions whose line contains this")
    args = ap.parse_args(argv)
    peer_heideltime.require()
    held = held_out_ids()
    path = shared_dir() / "data" / "te3-tbaq.jsonl"
    docs = [d for d in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))
            if d["doc"] not in held]
    scorer = load_scorer()
    theirs = peer_heideltime.tag_documents(docs, log=lambda m: print(m, file=sys.stderr))
    counts = collections.Counter()
    for d in docs:
        ours = [dict(t.as_dict(), rule=t.rule) for t in tag(d["text"], dt.date.fromisoformat(d["dct"][:10])).timexes]
        heidel = theirs[d["doc"]]["timexes"]
        gold = d["timexes"]
        we, they = right_values(scorer, gold, ours), right_values(scorer, gold, heidel)
        aligned_ours = dict(scorer.align(gold, ours))
        aligned_theirs = dict(scorer.align(gold, heidel))
        for i, g in enumerate(gold):
            key = ("ours" if i in we else "") + ("+" if i in we and i in they else "") + ("heideltime" if i in they else "")
            counts[key or "neither"] += 1
            if not key and i in aligned_ours and i in aligned_theirs and \
                    ours[aligned_ours[i]]["value"] == heidel[aligned_theirs[i]]["value"]:
                counts["neither, the two agreeing"] += 1
            if args.neither:
                listed = i not in we and i not in they
            else:
                listed = (i in we and i not in they) if args.ours else (i in they and i not in we)
            if not listed:
                continue
            o = ours[aligned_ours[i]] if i in aligned_ours else None
            h = heidel[aligned_theirs[i]] if i in aligned_theirs else None
            line = (f"{d['doc']} dct={d['dct'][:10]} gold {g['text']!r} {g['value']} | ours "
                    + (f"{o['text']!r} {o['value']} [{o['rule']}]" if o else "-")
                    + " | heideltime " + (f"{h['text']!r} {h['value']}" if h else "-"))
            context = d["text"][max(0, g["start"] - 90):g["end"] + 60].replace("\n", " ")
            if args.grep.lower() in (line + context).lower():
                print(f"{line}\n      ...{context}...")
    total = sum(n for key, n in counts.items() if key != "neither, the two agreeing")
    print(f"{total} gold expressions on the development part, valued right by:")
    for key in ("ours+heideltime", "ours", "heideltime", "neither"):
        print(f"  {key:16} {counts[key]:5}  ({100 * counts[key] / total:.1f}%)")
    print(f"of the {counts['neither']} neither values right, the two give the same value in "
          f"{counts['neither, the two agreeing']}: two rule sets written apart, against the gold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
