"""Dump everything timeline.dates.tag returns over the TE3 corpus and the
Guardian articles, to check that a speed-up changes no output.

    python bench/dates_identity.py OUT.json [--root DIR]

--root puts DIR first on sys.path (e.g. a copy of the package before a change).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _docs():
    shared = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
    with open(shared / "data" / "te3-tbaq.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield "te3:" + d["doc"], d["text"], d.get("dct")
    with open(shared / "data" / "t17-h1n1-guardian" / "articles.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield "t17:" + d["id"], d["text"], d.get("time")
    yield from _odd_cases()


def _odd_cases():
    """Texts in odd case and odd letters, for the paths that lower-case text."""
    shared = Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared"))
    with open(shared / "data" / "te3-tbaq.jsonl", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f][:40]
    for d in docs:
        text, dct = d["text"], d.get("dct")
        yield "upper:" + d["doc"], text.upper(), dct
        yield "dotless:" + d["doc"], text.replace("i", "\u0131").replace("s", "\u017f"), dct
        yield "dotted:" + d["doc"], "\u0130" + text.replace("I", "\u0130"), dct


def _dump(tagging) -> dict:
    return {"reference": tagging.reference.isoformat() if tagging.reference else None,
            "source": tagging.reference_source, "reason": tagging.reference_reason,
            "timexes": [dict(t.as_dict(), confidence=t.confidence, reason=t.reason,
                             anchored=t.anchored, rule=t.rule) for t in tagging.timexes]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--root", default=str(ROOT))
    args = ap.parse_args()
    sys.path.insert(0, args.root)
    from timeline.dates import tag

    out = {}
    for key, text, date in _docs():
        ref = dt.date.fromisoformat(date[:10]) if date else None
        out[key + "@ref"] = _dump(tag(text, ref))
        out[key + "@none"] = _dump(tag(text, None))
        out[key + "@noinfer"] = _dump(tag(text, None, infer=False))
    Path(args.out).write_text(json.dumps(out, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(out)} taggings of {len(out) // 3} docs -> {args.out}")


if __name__ == "__main__":
    main()
