"""How far the date engine's confidence can be trusted, and the table that calibrates it.

    python bench/dates_calibration.py           # reliability of the confidence, dev and held-out
    python bench/dates_calibration.py --write   # rewrite timeline/dates/rules/calibration.yaml

A date "agrees" with the annotators when their value allows it: the same value, one period inside
the other ("Friday night" 2000-01-07TNI and 2000-01-07; "last week" 1998-W43 and October 1998), or
a value they left open where ours fills it in (1989-WXX). A date that disagrees names another
day, week or year: the error a reader of the timeline cannot see. The corpus's own mistakes
(whole documents whose weekdays fall a week before their stated date) count against us too.

Only dates are measured (DATE and TIME with a place in the calendar, aligned with an annotated
expression): durations, sets and PRESENT_REF say no day. The table is counted on the development
part only (bench/te3_split.txt); the held-out part shows whether it carries over.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import held_out_ids, load_scorer, shared_dir  # noqa: E402
from timeline.dates import tag, value_interval, value_precision  # noqa: E402
from timeline.dates.calibration import TABLE, calibration_key  # noqa: E402
from timeline.dates.rules import default_rules  # noqa: E402

BINS = 10
REVIEW_BELOW = 0.7  # the site's default review_confidence: dates under it go to the review page


def agrees(ours: str, gold: str) -> bool:
    """Whether the annotators' value allows ours: equal, nested periods, or the part they fixed."""
    if ours == gold:
        return True
    a, b = value_interval(ours), value_interval(gold)
    if a and b:
        return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])
    if b is None and "X" in gold and gold[:1].isdigit():
        fixed = gold[:gold.index("X")].rstrip("-TW")
        return bool(fixed) and ours.startswith(fixed)
    return False


def dated_pairs(docs, scorer):
    """(our timex, the annotators' value) for each of our dates aligned with an annotated expression."""
    for d in docs:
        timexes = [t for t in tag(d["text"], dt.date.fromisoformat(d["dct"][:10])).timexes]
        pairs = scorer.align(d["timexes"], [t.as_dict() for t in timexes])
        for gi, si in pairs:
            t = timexes[si]
            if t.type in ("DATE", "TIME") and value_precision(t.value) is not None:
                yield t, d["timexes"][gi]["value"]


def reliability(pairs) -> dict:
    """Calibration of the confidence: per bin its mean and the share that agreed; ECE; Brier."""
    bins = [[0, 0.0, 0] for _ in range(BINS)]
    brier = 0.0
    for t, gold in pairs:
        ok = agrees(t.value, gold)
        b = bins[min(int(t.confidence * BINS), BINS - 1)]
        b[0] += 1
        b[1] += t.confidence
        b[2] += ok
        brier += (t.confidence - ok) ** 2
    n = sum(b[0] for b in bins)
    ece = sum(abs(b[1] - b[2]) for b in bins) / n if n else 0.0
    sure = [b for i, b in enumerate(bins) if i / BINS >= REVIEW_BELOW]
    n_sure = sum(b[0] for b in sure)
    return {
        "dates": n,
        "agreed": round(sum(b[2] for b in bins) / n, 3) if n else None,
        "mean_confidence": round(sum(b[1] for b in bins) / n, 3) if n else None,
        "ece": round(ece, 3),
        "brier": round(brier / n, 3) if n else None,
        f"at_or_above_{REVIEW_BELOW}": n_sure,
        f"disagreed_at_or_above_{REVIEW_BELOW}": round(1 - sum(b[2] for b in sure) / n_sure, 3) if n_sure else None,
        "bins": [{"from": i / BINS, "dates": b[0], "mean_confidence": round(b[1] / b[0], 3),
                  "agreed": round(b[2] / b[0], 3)} for i, b in enumerate(bins) if b[0]],
    }


def counts(pairs) -> dict[str, list[int]]:
    """Per calibration key: [dates the annotators allow, dates]."""
    agreed, seen = Counter(), Counter()
    measured_as = {rule.name: rule.calibrated_as or rule.name for rule in default_rules().rules}
    for t, gold in pairs:
        key = calibration_key(measured_as.get(t.rule, t.rule), t.tense)
        seen[key] += 1
        agreed[key] += agrees(t.value, gold)
    return {key: [agreed[key], seen[key]] for key in sorted(seen)}


# What a wire's copy ends with, which TempEval's wire stories were stripped of: its copyright line
# ("(c) 1998 Reuters") or an update stamp ("Updated 14:32 GMT 7 August 1998"). An article dated by
# its date line and one of these is the kind a journalist pastes. Only the agency and the clock are
# made up; the year and the day are the document's own. Each ending measures its kind alone: an
# update stamp of the story's own day would flatter the pages dated by their update (which comes
# later than the story).
WIRE_ENDINGS = {
    "dateline_copyright": "\n\n(c) {day:%Y} Reuters\n",
    "dateline_update": "\n\nUpdated 14:32 GMT {day.day} {day:%B %Y}\n",
}
# What a web page prints at its top, under the headline: its own date line, as a British paper
# (the Guardian's "Tuesday 12 May 2009 16.36 BST") and an American site ("Published 5:32 PM EST,
# Thu March 5, 2026") write it, each on half of the documents. The clock and zone are made up; the
# day is the document's own. What it measures: that the line beats the dates the story reports,
# its wire date line and any stamp further down, and that the dates read against it come out as
# against the document's own date.
PAGE_HEADINGS = {
    "page_dateline": ("{day:%A} {day.day} {day:%B %Y} 16.36 GMT\n\n",
                      "Published 5:32 PM EST, {day:%a %B} {day.day}, {day:%Y}\n\n"),
}


def _with_evidence(kind: str, text: str, day: dt.date, n: int) -> str:
    if kind in WIRE_ENDINGS:
        return text.rstrip() + WIRE_ENDINGS[kind].format(day=day)
    headings = PAGE_HEADINGS[kind]
    return headings[n % len(headings)].format(day=day) + text


def inferred_reference_counts(docs) -> dict[str, list[int]]:
    """Per kind of evidence an article date is inferred from (infer.py), over the documents each
    with the ending or heading that kind rests on (WIRE_ENDINGS, PAGE_HEADINGS): [dates read against
    the inferred date that come out as against the document's own, dates read against it]. Dates
    only (values with a place in the calendar)."""
    from timeline.dates.api import _mentions
    from timeline.dates.infer import inferred_date

    same, seen = Counter(), Counter()
    for kind in (*WIRE_ENDINGS, *PAGE_HEADINGS):
        for n, d in enumerate(docs):
            day = dt.date.fromisoformat(d["dct"][:10])
            text = _with_evidence(kind, d["text"], day, n)
            inferred = tag(text)
            if inferred.reference is None or inferred_date(text, _mentions(text)).kind != kind:
                continue
            given = {(t.start, t.end): t.value for t in tag(text, day).timexes}
            for t in inferred.timexes:
                if t.read_against == "reference" and value_precision(t.value) is not None:
                    seen[kind] += 1
                    same[kind] += given.get((t.start, t.end)) == t.value
    return {kind: [same[kind], seen[kind]] for kind in sorted(seen)}


def page_dateline_check() -> dict[str, int]:
    """The same on real pages, no line added: the Guardian swine-flu story (Timeline17), each
    article read without its date. Articles whose date is inferred from their own page date line,
    how many of those dates are the article's, and how many of the dates read against them come
    out as against the article's own date."""
    from timeline.dates.api import _mentions
    from timeline.dates.infer import inferred_date

    path = shared_dir() / "data" / "t17-h1n1-guardian" / "articles.jsonl"
    out = {"articles": 0, "own_date": 0, "same": 0, "dates": 0}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        day = dt.date.fromisoformat(a["time"][:10])
        if inferred_date(a["text"], _mentions(a["text"])).kind != "page_dateline":
            continue
        out["articles"] += 1
        inferred = tag(a["text"])
        out["own_date"] += inferred.reference == day
        given = {(t.start, t.end): t.value for t in tag(a["text"], day).timexes}
        for t in inferred.timexes:
            if t.read_against == "reference" and value_precision(t.value) is not None:
                out["dates"] += 1
                out["same"] += given.get((t.start, t.end)) == t.value
    return out


def table_text(table: dict[str, list[int]], n_docs: int, inferred: dict[str, list[int]] | None = None) -> str:
    lines = [
        "# How often each rule's dates agree with the annotators of TempEval-3 TBAQ (development part:",
        f"# TimeBank and the even half of AQUAINT, {n_docs} documents): [dates their value allows, dates].",
        "# Written by `python bench/dates_calibration.py --write`; timeline/dates/calibration.py reads it.",
        "# Rules whose value the tense chooses are counted per tense read: (past), (future), (none).",
        "agreed:",
    ]
    lines += [f"  {json.dumps(key)}: [{a}, {n}]" for key, (a, n) in table.items()]
    if inferred:
        lines += [
            "# Per kind of evidence an article date is inferred from (timeline/dates/infer.py), the same",
            "# documents each ended as a wire copy is (its copyright line, \"(c) YEAR Reuters\", or an update",
            "# stamp of its own day) or headed as a web page is (its date line, \"Tuesday 12 May 2009 16.36",
            "# GMT\"), and read without their date: [dates read against the inferred date that come out as",
            "# against the document's own date, dates read against it].",
            "# timeline/dates/rules/inference.yaml has the priors they are smoothed toward.",
            "inferred_reference:",
        ]
        lines += [f"  {json.dumps(key)}: [{a}, {n}]" for key, (a, n) in inferred.items()]
    return "\n".join(lines) + "\n"


def corpus():
    path = shared_dir() / "data" / "te3-tbaq.jsonl"
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    held = held_out_ids()
    return [d for d in docs if d["doc"] not in held], [d for d in docs if d["doc"] in held]


def measure() -> dict:
    """Reliability on both parts, with the table and, as the peer, with the priors alone."""
    from timeline.dates import calibration

    scorer = load_scorer()
    dev, held = corpus()
    out = {}
    for name, table in (("calibrated", calibration._counts), ("priors only", lambda: {})):
        saved, calibration._counts = calibration._counts, table
        try:
            out[name] = {"dev": reliability(dated_pairs(dev, scorer)), "held-out": reliability(dated_pairs(held, scorer))}
        finally:
            calibration._counts = saved
    return out


def summary(r: dict) -> str:
    return (f"{r['dates']} dates, {r['agreed']:.1%} agree, mean confidence {r['mean_confidence']:.2f}, "
            f"ECE {r['ece']:.3f}, Brier {r['brier']:.3f}; at or above {REVIEW_BELOW}: "
            f"{r[f'at_or_above_{REVIEW_BELOW}']} dates, {r[f'disagreed_at_or_above_{REVIEW_BELOW}']:.1%} disagree")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--write", action="store_true", help=f"rewrite {TABLE.relative_to(ROOT)} from the development part")
    args = ap.parse_args(argv)
    if args.write:
        dev, _ = corpus()
        TABLE.write_text(table_text(counts(dated_pairs(dev, load_scorer())), len(dev), inferred_reference_counts(dev)),
                         encoding="utf-8")
        print(f"wrote {TABLE.relative_to(ROOT)}")
        return 0
    dev, held = corpus()
    for part, docs in (("dev", dev), ("held-out", held)):
        for kind, (same, n) in inferred_reference_counts(docs).items():
            print(f"article date inferred from {kind}, {part}: {same} of {n} dates as against the document's own")
    real = page_dateline_check()
    print(f"article date inferred from page_dateline, Guardian swine-flu story (its own date lines): "
          f"{real['own_date']} of {real['articles']} articles their own date; "
          f"{real['same']} of {real['dates']} dates as against the article's own")
    for name, parts in measure().items():
        for part, r in parts.items():
            print(f"{name}, {part}: {summary(r)}")
            for b in r["bins"]:
                print(f"    confidence {b['from']:.1f}-{b['from'] + 1 / BINS:.1f}: {b['dates']:5d} dates, "
                      f"mean {b['mean_confidence']:.2f}, agreed {b['agreed']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
