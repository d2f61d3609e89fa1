"""Development aid: value and span errors of the date engine on the DEVELOPMENT
part of TBAQ only (held-out documents, bench/te3_split.txt, are never shown).

    python bench/dates_errors.py [--grep WORD] [--kind VALUE|MISS|FALSE]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bench_dates import held_out_ids, load_scorer, shared_dir  # noqa: E402
from timeline.dates import tag  # noqa: E402
from timeline.dates.tense import tense_at  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grep", default="")
    ap.add_argument("--kind", default="VALUE")
    args = ap.parse_args()
    held = held_out_ids()
    docs = [json.loads(x) for x in (shared_dir() / "data" / "te3-tbaq.jsonl").open(encoding="utf-8")]
    scorer = load_scorer()
    for d in docs:
        if d["doc"] in held:
            continue
        text = d["text"]
        tagging = tag(text, dt.date.fromisoformat(d["dct"][:10]))
        sys_t = [t.as_dict() | {"reason": t.reason} for t in tagging.timexes]
        pairs = scorer.align(d["timexes"], sys_t)
        matched_g = {g for g, _ in pairs}
        matched_s = {s for _, s in pairs}
        rows = []
        if args.kind == "VALUE":
            for g, s in pairs:
                G, S = d["timexes"][g], sys_t[s]
                if G["value"] != S["value"]:
                    rows.append((G["start"], f"{G['text']!r} gold={G['value']} ours={S['text']!r} "
                                 f"{S['value']} [{tense_at(text, S['start'], S['end'])}]"))
        elif args.kind == "MISS":
            rows = [(G["start"], f"{G['text']!r} {G['type']} {G['value']}")
                    for i, G in enumerate(d["timexes"]) if i not in matched_g]
        else:
            rows = [(S["start"], f"{S['text']!r} {S['type']} {S['value']}")
                    for i, S in enumerate(sys_t) if i not in matched_s]
        for at, row in rows:
            if args.grep.lower() not in row.lower():
                continue
            ctx = text[max(0, at - 120):at + 80].replace("\n", " ")
            print(f"{d['doc']} dct={d['dct']} {row}\n    ...{ctx}...")
    return 0


if __name__ == "__main__":
    sys.exit(main())
