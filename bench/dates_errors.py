"""Errors of the date engine on the development part of TBAQ, grouped by kind.

    python bench/dates_errors.py [--kind MISS|FALSE|TYPE|VALUE|SPAN] [--grep S] [--part timebank|aquaint]
                                 [--counts] [--causes]

Only the development documents are read (the held-out ids of
bench/te3_split.txt are skipped before anything is looked at).  Kinds:
MISS (gold span we do not find), FALSE (our span not in the gold), TYPE
(aligned, wrong type), VALUE (aligned, wrong value), SPAN (aligned, right
value and type, other extent).  --causes counts them by the habits of the
gold they follow (CAUSES, matched in order on an error's line), TimeBank and
AQUAINT apart; "other" holds the rest, to be read one by one.  AQUAINT is the
even half of bench/te3_aquaint_dev.txt, as bench_dates.py scores it: TimeBank
holds APW and NYT documents too (APW19980213.1320, NYT19980206.0460), which a
prefix would take for AQUAINT's.  --part keeps one of the two.
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

from bench_dates import aquaint_dev_ids, held_out_ids, load_scorer, shared_dir  # noqa: E402
from timeline.dates import tag  # noqa: E402


def rows():
    held = held_out_ids()
    scorer = load_scorer()
    path = shared_dir() / "data" / "te3-tbaq.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if d["doc"] in held:
            continue
        ref = dt.date.fromisoformat(d["dct"][:10])
        sys_t = [dict(t.as_dict(), rule=t.rule) for t in tag(d["text"], ref).timexes]
        gold = d["timexes"]
        pairs = scorer.align(gold, sys_t)
        text = d["text"]

        def ctx(at):
            return text[max(0, at - 90):at + 60].replace("\n", " ")

        for gi, si in pairs:
            G, S = gold[gi], sys_t[si]
            if G["type"] != S["type"]:
                kind = "TYPE"
            elif G["value"] != S["value"]:
                kind = "VALUE"
            elif (G["start"], G["end"]) != (S["start"], S["end"]):
                kind = "SPAN"
            else:
                continue
            yield kind, d, (f"gold {G['text']!r} {G['type']} {G['value']} | ours {S['text']!r} "
                            f"{S['type']} {S['value']} [{S.get('rule')}]"), ctx(G["start"])
        mg, ms = {g for g, _ in pairs}, {s for _, s in pairs}
        for i, G in enumerate(gold):
            if i not in mg:
                yield "MISS", d, f"{G['text']!r} {G['type']} {G['value']}", ctx(G["start"])
        for i, S in enumerate(sys_t):
            if i not in ms:
                yield "FALSE", d, f"{S['text']!r} {S['type']} {S['value']} [{S.get('rule')}]", ctx(S["start"])


# (cause, pattern on "KIND rule-tagged line"): the gold's habits that timeline/dates/README.md names
CAUSES = (
    ("extent only (no cost to value F1)", r"^SPAN"),
    ("weekday with a part of the day: TIME or DATE", r"\[(?:weekday_part|small_hours_weekday|tonight)\]"),
    ("weeks: ISO week, WXX, month or P1W", r"^(?:VALUE|TYPE).*(?:(?:this|last|next|the) week|'the week'|week or so|weeks ago)"),
    ("a year ago, quarters: which granularity", r"^VALUE.*(?:year|Q).*\[(?:year_ago\w*|quarter_year_ago|latest_period|quarter_latest|"
     r"period_ended|the_quarter|relative_period)\]"),
    ("now, current, recent, future...: tagged or not", r"'(?:[Nn]ow|current|[Cc]urrently|recent|recently|future|the future|[Pp]reviously|"
     r"formerly|already|yet|soon|once|Earlier|then current|as soon as possible|from time to time|the time|this crucial moment)'"),
    ("rates and frequencies (SET)", r"\[(?:rate_a_unit|frequency_word)\]|'(?:daily|hourly|Quarterly)'"),
    ("recent years, the past few months: PAST_REF or a duration", r"recent (?:days|years|weeks|quarters)|past years|last few|past several|coming weeks"),
)


def cause(kind: str, what: str) -> str:
    line = f"{kind} {what}"
    return next((name for name, pattern in CAUSES if re.search(pattern, line)), "other")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--kind", default="")
    ap.add_argument("--grep", default="")
    ap.add_argument("--counts", action="store_true")
    ap.add_argument("--causes", action="store_true", help="count the errors by cause, TimeBank and AQUAINT apart")
    ap.add_argument("--part", choices=("timebank", "aquaint"), default="",
                    help="only the TimeBank documents, or only the even AQUAINT ones")
    args = ap.parse_args()
    aquaint = aquaint_dev_ids()
    counts, causes = collections.Counter(), collections.Counter()
    for kind, d, what, context in rows():
        part = "AQUAINT" if d["doc"] in aquaint else "TimeBank"
        if args.part and part.lower() != args.part:
            continue
        counts[kind] += 1
        causes[cause(kind, what), part] += 1
        if args.counts or args.causes or (args.kind and kind != args.kind.upper()):
            continue
        if args.grep.lower() not in (what + context).lower():
            continue
        print(f"{kind:5} {d['doc']} dct={d['dct'][:10]} {what}\n      ...{context}...")
    if args.causes:
        names = [name for name, _ in CAUSES] + ["other"]
        for name in sorted(names, key=lambda n: -(causes[n, "TimeBank"] + causes[n, "AQUAINT"])):
            tb, aq = causes[name, "TimeBank"], causes[name, "AQUAINT"]
            print(f"{name:58} TimeBank {tb:4}  AQUAINT {aq:4}  all {tb + aq:4}")
    print(dict(counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
