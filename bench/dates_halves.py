"""Where the date engine's errors fall, TimeBank beside AQUAINT: counts per 100 gold timexes.

    python bench/dates_halves.py [--held-out]

Value F1 on the held-out half (the odd AQUAINT documents) has stayed near 77 while the
development half rose, which could mean the rules fit the development documents.  This
breaks the errors down the same way for each part, so that a class in which one part is
much worse shows: by gold TIMEX3 type, by error (span missed, spurious, value wrong, type
wrong) and by the form of the value (day, month, year, duration, *_REF, set, time of day,
a value with X in place of digits, "1998-XX-XX", ...).  The columns are the development
part's TimeBank and even AQUAINT documents; --held-out adds the held-out half as aggregate
counts only (no text, value or document of it is printed: bench/te3_split.txt), to be run
once at the start and once at the end of a piece of work, not while writing rules.

The last lines count the value errors whose two values name the same period in two
notations ("1998-XX-XX" and "1998", "19XX" and "19"): what TE3's exact string match
counts wrong though neither value is.  They are not a figure to raise; they say how much
of a gap is notation.
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

FORMS = (  # (form, pattern on the value), first match wins; SET by type
    ("*_REF", r"^(?:PAST|PRESENT|FUTURE)_REF$"),
    ("duration", r"^P"),
    ("time of day", r"^(?:\d{4}|XXXX)-[\dX]{2}-[\dX]{2}T"),
    ("day", r"^(?:\d{4}|XXXX)-\d\d-\d\d$"),
    ("month", r"^(?:\d{4}|XXXX)-\d\d$"),
    ("year", r"^(?:\d{4}|XXXX)$"),
    ("week or weekend", r"-W(?:\d\d|XX)"),
    ("quarter, half, season", r"-(?:Q\d|H\d|SP|SU|FA|WI)$"),
    ("decade, century", r"^(?:BC)?\d{2,3}$"),
    ("digits as X (1998-XX-XX, 19XX)", r"\dX|-XX"),
)


def form(timex: dict) -> str:
    if timex.get("type") == "SET":
        return "set"
    value = timex.get("value") or ""
    return next((name for name, pattern in FORMS if re.search(pattern, value)), "other")


def same_period(a: str, b: str) -> bool:
    """The two values name one period in two notations: digits left as X at the end
    ("1998-XX-XX", "1998-XX", "199X", "19XX") stand for the coarser value ("1998", "199", "19"),
    and an hour is the same with its minutes at 00 ("1989-11-06T17", "1989-11-06T17:00")."""
    def plain(v: str) -> str:
        v = re.sub(r"(?:-XX)+$", "", v)
        v = re.sub(r"(T\d\d):00$", r"\1", v)
        return re.sub(r"(?<=\d)X+$", "", v)
    return a != b and plain(a) == plain(b)


def count(docs, scorer) -> collections.Counter:
    c = collections.Counter()
    for d in docs:
        ref = dt.date.fromisoformat(d["dct"][:10])
        ours = [t.as_dict() for t in tag(d["text"], ref).timexes]
        ours = [t for t in ours if t["end"] > t["start"]]
        gold = d["timexes"]
        pairs = scorer.align(gold, ours)
        c["gold"] += len(gold)
        c["ours"] += len(ours)
        c["aligned"] += len(pairs)
        for g in gold:
            c["gold by type", g["type"]] += 1
            c["gold by form", form(g)] += 1
        for gi, si in pairs:
            g, s = gold[gi], ours[si]
            if g["value"] == s["value"]:
                c["value_ok"] += 1
                c["value right, by gold type", g["type"]] += 1
                continue
            c["errors", "type wrong" if g["type"] != s["type"] else "value wrong"] += 1
            c["value wrong, by gold form", form(g)] += 1
            c["value wrong, gold form -> ours", f"{form(g)} -> {form(s)}"] += 1
            c["same period, another notation"] += same_period(g["value"], s["value"])
        matched_g, matched_s = {gi for gi, _ in pairs}, {si for _, si in pairs}
        for i, g in enumerate(gold):
            if i not in matched_g:
                c["errors", "span missed"] += 1
                c["missed, by gold form", form(g)] += 1
        for i, s in enumerate(ours):
            if i not in matched_s:
                c["errors", "spurious"] += 1
                c["spurious, by our form", form(s)] += 1
    return c


def value_f1(c: collections.Counter, extra: int = 0) -> float:
    if not c["aligned"]:
        return 0.0
    p, r = c["aligned"] / c["ours"], c["aligned"] / c["gold"]
    return 100 * (c["value_ok"] + extra) / c["aligned"] * 2 * p * r / (p + r)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--held-out", action="store_true",
                    help="add the held-out half's aggregate counts (once at the start and once at the end)")
    args = ap.parse_args(argv)
    held, aquaint, scorer = held_out_ids(), aquaint_dev_ids(), load_scorer()
    lines = (shared_dir() / "data" / "te3-tbaq.jsonl").read_text(encoding="utf-8").splitlines()
    parts = {"TimeBank": [], "AQUAINT even": []}
    if args.held_out:
        parts["held-out"] = []
    for line in filter(str.strip, lines):
        d = json.loads(line)
        name = "held-out" if d["doc"] in held else "AQUAINT even" if d["doc"] in aquaint else "TimeBank"
        if name in parts:
            parts[name].append(d)
    counts = {name: count(docs, scorer) for name, docs in parts.items()}
    print(f"{'per 100 gold timexes':52}" + "".join(f"{name:>14}" for name in counts))
    print(f"{'gold timexes':52}" + "".join(f"{c['gold']:14}" for c in counts.values()))
    print(f"{'value F1':52}" + "".join(f"{value_f1(c):14.1f}" for c in counts.values()))
    sections = sorted({k[0] for c in counts.values() for k in c if isinstance(k, tuple)},
                      key=lambda s: (s != "errors", s))
    for section in sections:
        print(section)
        keys = sorted({k[1] for c in counts.values() for k in c if isinstance(k, tuple) and k[0] == section})
        for key in keys:
            print(f"  {key:50}" + "".join(f"{100 * c[section, key] / c['gold']:14.1f}" for c in counts.values()))
    print(f"{'value errors that are another notation':52}"
          + "".join(f"{c['same period, another notation']:14}" for c in counts.values()))
    print(f"{'value F1 were they counted right (not TE3)':52}"
          + "".join(f"{value_f1(c, c['same period, another notation']):14.1f}" for c in counts.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
