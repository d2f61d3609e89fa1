"""Ours against HeidelTime on real news with no annotation: every place the two disagree.

    python bench/dates_second_opinion.py                 # every disagreement, then counts by kind
    python bench/dates_second_opinion.py --grep week     # only those whose line contains 'week'
    python bench/dates_second_opinion.py --kind value    # value | ours-only | heideltime-only

With no gold to score against, HeidelTime is a second opinion: where the two agree we learn
nothing, where they disagree one of them (or both) is wrong, and reading the sentence says which.
The corpus is the 76 Guardian swine-flu articles of 2009 (t17-h1n1-guardian), one sentence a line,
each read with its publication date as the document date. Expressions are aligned when their spans
overlap; an overlap with the same value is agreement, even when the extents differ.
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
from bench_dates import shared_dir  # noqa: E402
from timeline.dates import tag  # noqa: E402

CORPUS = "t17-h1n1-guardian/articles.jsonl"


def load_docs() -> list[dict]:
    path = shared_dir() / "data" / CORPUS
    return [{"doc": a["id"], "dct": a["time"][:10], "text": a["text"]}
            for a in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))]


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def disagreements(ours: list[dict], theirs: list[dict]):
    """(kind, our timex or None, their timex or None), kind 'value', 'ours-only' or 'heideltime-only'."""
    matched = set()
    for o in ours:
        partners = [i for i, h in enumerate(theirs) if overlaps(o, h)]
        matched.update(partners)
        if not partners:
            yield "ours-only", o, None
        elif all(theirs[i]["value"] != o["value"] for i in partners):
            yield "value", o, theirs[partners[0]]
    for i, h in enumerate(theirs):
        if i not in matched:
            yield "heideltime-only", None, h


def sentence(text: str, t: dict, width: int = 160) -> str:
    """The line the expression is on, cut to `width` characters either side of it (headline and
    standfirst run together into long lines in this corpus)."""
    start = max(text.rfind("\n", 0, t["start"]) + 1, t["start"] - width)
    end = text.find("\n", t["end"])
    end = min(end if end >= 0 else len(text), t["end"] + width)
    return text[start:end].strip()


def show(t: dict | None) -> str:
    if t is None:
        return "-"
    rule = f"  [{t['rule']}]" if t.get("rule") else ""
    return f"{t['text']!r} {t['type']} {t['value']}{rule}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--grep", default="", help="only disagreements whose sentence or expressions contain this")
    ap.add_argument("--kind", choices=("value", "ours-only", "heideltime-only"), help="only this kind")
    ap.add_argument("--jobs", type=int, default=2, help="HeidelTime processes at once")
    args = ap.parse_args(argv)
    peer_heideltime.require()
    docs = load_docs()
    theirs = peer_heideltime.tag_documents(docs, args.jobs, log=lambda m: print(m, file=sys.stderr))
    counts = collections.Counter()
    for d in docs:
        ours = [dict(t.as_dict(), rule=t.rule) for t in tag(d["text"], dt.date.fromisoformat(d["dct"])).timexes]
        for kind, o, h in disagreements(ours, theirs[d["doc"]]["timexes"]):
            counts[kind] += 1
            line = sentence(d["text"], o or h)
            if args.kind and kind != args.kind:
                continue
            if args.grep.lower() not in f"{line} {show(o)} {show(h)}".lower():
                continue
            print(f"{kind:16} doc {d['doc']} ({d['dct']})\n  ours:       {show(o)}\n  heideltime: {show(h)}\n  | {line}\n")
    total = sum(counts.values())
    print(f"{total} disagreements in {len(docs)} articles: "
          + ", ".join(f"{kind} {counts[kind]}" for kind in ("value", "ours-only", "heideltime-only")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
