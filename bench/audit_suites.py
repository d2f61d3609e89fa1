"""Our own probe expectations against HeidelTime: every place the two disagree.

    python bench/audit_suites.py                        # every disagreement, then counts by suite and kind
    python bench/audit_suites.py --suite probe_days     # one suite (repeatable)
    python bench/audit_suites.py --grep week            # only sentences containing 'week'
    python bench/audit_suites.py --kind value           # value | ours-only | heideltime-only

The probe suites (tests/dates/fixtures/probe_*.yaml) hold the TIMEX3 we expect a careful annotator
to give; we wrote both them and the rules, so a wrong expectation tunes the engine to a wrong
answer. HeidelTime is an independent second opinion on the EXPECTATIONS (not on the engine's
output): where the two disagree, reading the sentence says which is right.

A HeidelTime run costs a Java start, so the sentences of a suite that share a document date are
joined into one document, a blank line between them, and HeidelTime's expressions are mapped back
to their sentence by offset. Caveat: in such a document HeidelTime may read a sentence against a
date told in the sentence before it (anaphoric "the next day"), which a lone sentence would not.

Expressions are aligned when their spans overlap; an overlap with the same value is agreement,
even when the extents differ. probe_months.yaml lists only some expressions of a sentence (and
strings no expression may touch), so there a HeidelTime expression counts only where it overlaps
an expected one or one of the `none` strings.
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "dates" / "fixtures"
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "dates"))

import peer_heideltime  # noqa: E402
from dates_second_opinion import disagreements as every_disagreement, overlaps  # noqa: E402
from test_probes import SUITES  # noqa: E402

SEPARATOR = "\n\n"


def _spans(text: str, expected: list) -> list[dict]:
    """Our expectations with their offsets, each extent searched after the one before it."""
    out, cursor = [], 0
    for extent, typ, value, *_ in expected:
        extent = str(extent)
        start = text.find(extent, cursor)
        if start < 0:
            start = text.find(extent)
        if start < 0:
            raise ValueError(f"{extent!r} is not in {text!r}")
        cursor = start + len(extent)
        out.append({"start": start, "end": cursor, "text": extent, "type": typ, "value": str(value)})
    return out


def load_cases(suites) -> list[dict]:
    """One dict a sentence: suite, dct, text, ours (expected timexes), exhaustive, none (spans)."""
    cases = []
    for suite in suites:
        groups = yaml.safe_load((FIXTURES / f"{suite}.yaml").read_text(encoding="utf-8"))
        if suite == "probe_months":
            for c in groups:
                text = c["text"]
                nones = [{"start": text.find(str(w)), "end": text.find(str(w)) + len(str(w))} for w in c.get("none") or []]
                cases.append({"suite": suite, "dct": str(c["dct"]), "text": text, "exhaustive": False,
                              "ours": _spans(text, c.get("expect") or []), "none": nones,
                              "xfail": c.get("wrong")})
            continue
        for group in groups:
            for text, expected, *known in group["cases"]:
                cases.append({"suite": suite, "dct": str(group["dct"]), "text": text, "exhaustive": True,
                              "ours": _spans(text, expected), "none": [], "xfail": known[0] if known else None})
    return cases


def heideltime(cases: list[dict], jobs: int) -> None:
    """Sets case["theirs"]: HeidelTime's timexes with offsets into the case's sentence."""
    groups = collections.defaultdict(list)
    for c in cases:
        groups[(c["suite"], c["dct"])].append(c)
    docs = []
    for (suite, dct), members in groups.items():
        offset = 0
        for c in members:
            c["offset"] = offset
            offset += len(c["text"]) + len(SEPARATOR)
        docs.append({"doc": f"{suite}:{dct}", "dct": dct, "text": SEPARATOR.join(c["text"] for c in members)})
    tagged = peer_heideltime.tag_documents(docs, jobs=jobs, log=lambda m: print(m, file=sys.stderr))
    for (suite, dct), members in groups.items():
        timexes = tagged[f"{suite}:{dct}"]["timexes"]
        for c in members:
            lo, hi = c["offset"], c["offset"] + len(c["text"])
            c["theirs"] = [dict(t, start=t["start"] - lo, end=t["end"] - lo) for t in timexes
                           if lo <= t["start"] and t["end"] <= hi]


def disagreements(case: dict):
    """(kind, ours or None, theirs or None), kind 'value', 'ours-only' or 'heideltime-only'; where a
    suite lists only some of a sentence's expressions, HeidelTime's others count only over an
    expected one or a string said to be none."""
    for kind, o, h in every_disagreement(case["ours"], case["theirs"]):
        if kind != "heideltime-only" or case["exhaustive"] or any(overlaps(h, n) for n in case["none"]):
            yield kind, o, h


def show(t: dict | None) -> str:
    return "-" if t is None else f"{t['text']!r} {t['type']} {t['value']}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", action="append", help="only this suite (repeatable)")
    parser.add_argument("--grep", help="only sentences containing this string (case-insensitive)")
    parser.add_argument("--kind", choices=("value", "ours-only", "heideltime-only"))
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    peer_heideltime.require()
    suites = args.suite or [*SUITES, "probe_months"]
    cases = load_cases(suites)
    heideltime(cases, args.jobs)  # on every case of the suites, so the cached documents stay the same
    if args.grep:
        cases = [c for c in cases if args.grep.lower() in c["text"].lower()]
    counts = collections.Counter()
    for c in cases:
        for kind, o, h in disagreements(c):
            if args.kind and kind != args.kind:
                continue
            counts[c["suite"], kind] += 1
            xfail = " [xfail]" if c["xfail"] else ""
            print(f"{c['suite']} {c['dct']} {kind}{xfail}: ours {show(o)} | heideltime {show(h)}\n    {c['text']}")
    print("\ndisagreements by suite and kind (sentences compared)")
    sentences = collections.Counter(c["suite"] for c in cases)
    kinds = ("value", "ours-only", "heideltime-only")
    print(f"  {'suite':18} {'sentences':>9} " + " ".join(f"{k:>15}" for k in kinds) + f" {'total':>6}")
    for suite in suites:
        row = [counts[suite, k] for k in kinds]
        print(f"  {suite:18} {sentences[suite]:>9} " + " ".join(f"{n:>15}" for n in row) + f" {sum(row):>6}")
    row = [sum(counts[s, k] for s in suites) for k in kinds]
    print(f"  {'all':18} {sum(sentences.values()):>9} " + " ".join(f"{n:>15}" for n in row) + f" {sum(row):>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
