"""Every gold expression of TBAQ's development part whose text matches a pattern, with our value
beside it: for reading how consistently the annotators value one phrase.

    python bench/dates_phrases.py "year (earlier|ago)|year-ago|year-earlier"

Only the development documents are read (the held-out ids of bench/te3_split.txt are skipped
before anything is looked at). One line an expression: OK or BAD (our value is not the gold's, or
we found nothing there), the document, its date, the gold text and value, ours, and the words
before it; last, the counts.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import held_out_ids, load_scorer, shared_dir  # noqa: E402
from timeline.dates import tag  # noqa: E402


def development_documents():
    held = held_out_ids()
    path = shared_dir() / "data" / "te3-tbaq.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            document = json.loads(line)
            if document["doc"] not in held:
                yield document


def matches(pattern: re.Pattern):
    """(right, line) for each gold expression whose text the pattern finds."""
    scorer = load_scorer()
    for d in development_documents():
        ours = [t.as_dict() for t in tag(d["text"], dt.date.fromisoformat(d["dct"][:10])).timexes]
        aligned = dict(scorer.align(d["timexes"], ours))
        for index, gold in enumerate(d["timexes"]):
            if not pattern.search(gold["text"]):
                continue
            value = ours[aligned[index]]["value"] if index in aligned else None
            before = d["text"][max(0, gold["start"] - 70):gold["start"]].replace("\n", " ")
            right = value == gold["value"]
            yield right, (f"{'OK ' if right else 'BAD'} {d['doc']} {d['dct'][:10]} {gold['text']!r} "
                          f"{gold['value']} | ours {value} | ...{before}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pattern", help="a regular expression, matched in any case")
    args = parser.parse_args()
    counts = collections.Counter()
    for right, line in matches(re.compile(args.pattern, re.IGNORECASE)):
        counts["right" if right else "wrong"] += 1
        print(line)
    print(f"{counts['right']} right, {counts['wrong']} wrong")


if __name__ == "__main__":
    main()
