"""Benchmark of the date engine against dateparser's text search.

    python bench/bench_dates.py [--baseline-every N] [--errors N]

Scores timeline.dates on TempEval-3 TBAQ (../shared/data/te3-tbaq.jsonl) with
the TE3 scorer (../shared/tools/te3_score.py), separately on the development
part (TimeBank and half of AQUAINT) and the held-out part (the other half of AQUAINT, listed in bench/te3_split.txt),
and runs dateparser.search.search_dates over a fixed subset of the same texts
for the speed ratio and a baseline score.  Prints a table, writes
bench/out/dates.json (bench/run.py folds it into bench/results.json).
Set TIMELINE_SHARED to use another ../shared folder.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.dates import tag  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from benchlib import shared_dir  # noqa: E402,F401  (the dates_* scripts import it from here)




def load_scorer():
    path = shared_dir() / "tools" / "te3_score.py"
    spec = importlib.util.spec_from_file_location("te3_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ids(name: str) -> set[str]:
    lines = (ROOT / "bench" / name).read_text(encoding="utf-8").splitlines()
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


# A second development set, apart from TBAQ: twelve Guardian articles annotated by hand before any
# tagger ran on them (bench/guardian_timex.md). Scored as its own row, never mixed into TBAQ's.
GUARDIAN_SET = ROOT / "bench" / "guardian_timex.jsonl"
GUARDIAN_ROW = "Guardian, hand-annotated"


def guardian_set() -> list[dict]:
    """The documents of bench/guardian_timex.jsonl (doc, dct, text, timexes), [] when it is absent."""
    if not GUARDIAN_SET.exists():
        return []
    return [json.loads(x) for x in GUARDIAN_SET.read_text(encoding="utf-8").splitlines() if x.strip()]


def held_out_ids() -> set[str]:
    return _ids("te3_split.txt")


def aquaint_dev_ids() -> set[str]:
    """The AQUAINT documents of the development part (the rest of it is TimeBank)."""
    return _ids("te3_aquaint_dev.txt")


def run_ours(docs, repeat=3, use_dct=True):
    """Output and CPU seconds (the least of `repeat` runs: the machine is shared)."""
    from timeline.dates.api import forget_texts

    best = None
    for _ in range(repeat):
        forget_texts()  # each run recognises every text afresh, as the first did
        out, seconds = {}, 0.0
        for d in docs:
            ref = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") and use_dct else None
            t0 = time.process_time()
            tagging = tag(d["text"], ref)
            seconds += time.process_time() - t0
            out[d["doc"]] = {"doc": d["doc"], "timexes": [t.as_dict() for t in tagging.timexes]}
        best = seconds if best is None else min(best, seconds)
    return out, best


def run_dateparser(docs):
    from dateparser.search import search_dates

    out, seconds = {}, 0.0
    for d in docs:
        text = d["text"]
        settings = {}
        if d.get("dct"):
            settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(d["dct"][:10])
        t0 = time.process_time()
        found = search_dates(text, languages=["en"], settings=settings) or []
        seconds += time.process_time() - t0
        timexes, pos = [], 0
        for surface, when in found:
            start = text.find(surface, pos)
            if start < 0:
                continue
            pos = start + len(surface)
            timexes.append({"start": start, "end": pos, "text": surface, "type": "DATE",
                            "value": when.date().isoformat()})
        out[d["doc"]] = {"doc": d["doc"], "timexes": timexes}
    return out, seconds


def inference(docs, date_key="dct") -> dict:
    """How often the date inferred from the text alone is the document's date."""
    from timeline.dates import infer_reference

    counts = {"docs": len(docs), "none": 0, "exact": 0, "within_3_days": 0, "off": 0}
    for d in docs:
        ref, _ = infer_reference(d["text"])
        if ref is None:
            counts["none"] += 1
            continue
        days = abs((ref - dt.date.fromisoformat(d[date_key][:10])).days)
        counts["exact" if days == 0 else "within_3_days" if days <= 3 else "off"] += 1
    return counts


_STARTUP = ("import time; t = time.perf_counter(); import datetime; from timeline.dates import tag; "
            "tag('on Jan. 7, 2019', datetime.date(2019, 1, 10)); print(time.perf_counter() - t)")


def startup_seconds(runs=5) -> float:
    """Import, load the rules and tag one line in a fresh process (median of `runs`)."""
    import statistics
    import subprocess

    times = [float(subprocess.run([sys.executable, "-c", _STARTUP], cwd=ROOT, check=True,
                                  capture_output=True, text=True).stdout)
             for _ in range(runs)]
    return round(statistics.median(times), 3)


# Inputs for the growth check: real news, then the hostile kinds that make a
# backtracking pattern blow up (long runs of one character, of near-misses,
# and text that is all expressions).
GROWTH_INPUTS = {
    "hostile: 'x' runs": "x" * 1000,
    "hostile: digit runs": "1" * 1000,
    "hostile: spaces": " " * 1000,
    "hostile: '1,'": "1,",
    "hostile: 'We may March '": "We may March ",
    "dense: 'Jan. '": "Jan. ",
    "dense: 'more than '": "more than ",
    "dense: '2 p.m. '": "2 p.m. ",
    "dense: 'the last the past '": "the last the past ",
    "dense: 'Tuesday '": "Tuesday ",
}


def _tag_seconds(text: str, repeat: int) -> float:
    """The least CPU time of at least `repeat` runs; a quick input runs until
    half a second has been spent (up to 20 runs), as a few milliseconds
    measured three times swing by half on a shared machine."""
    best, spent, run = None, 0.0, 0
    while run < repeat or (spent < 0.5 and run < 20):
        fresh = f"{run}\n{text}"  # a new string each run: the engine keeps a few per-text memos
        t0 = time.process_time()
        tag(fresh, dt.date(2019, 1, 10))
        seconds = time.process_time() - t0
        best = seconds if best is None else min(best, seconds)
        spent += seconds
        run += 1
    return best


def growth(docs, small_kb=100, factor=10, repeat=3) -> dict:
    """CPU seconds to tag `small_kb` KB and `factor` times that, for news and hostile input.

    Linear time means the ratio stays near `factor`; a pattern that backtracks
    catastrophically shows as a ratio of 100 or more (or never ends)."""
    news = "\n\n".join(d["text"] for d in docs)
    units = {"news: TBAQ texts, repeated": news, **GROWTH_INPUTS}
    tag(news, dt.date(2019, 1, 10))  # rules compile on first use: not part of the growth
    out = {}
    for name, unit in units.items():
        size = small_kb * 1024
        small = (unit * (size // len(unit) + 1))[:size]
        big = (unit * (factor * size // len(unit) + 1))[:factor * size]
        t_small, t_big = _tag_seconds(small, repeat), _tag_seconds(big, repeat)
        out[name] = {"small_kb": small_kb, "big_kb": factor * small_kb, "small_s": round(t_small, 4),
                     "big_s": round(t_big, 4), "ratio": round(t_big / t_small, 2) if t_small else None}
    return out


def kb(docs) -> float:
    return sum(len(d["text"].encode("utf-8")) for d in docs) / 1024


def figures(scorer, gold_docs, system, seconds=None, size_kb=None):
    gold = {d["doc"]: d for d in gold_docs}
    res, _ = scorer.score(gold, system)
    row = {k: round(100 * res[k], 1) for k in ("strict_F1", "relaxed_F1", "type_F1", "value_F1")}
    row.update(n_docs=len(gold_docs), n_gold=res["n_gold"], n_sys=res["n_sys"])
    if seconds is not None:
        row["ms_per_kb"] = round(1000 * seconds / size_kb, 3)
    return row


def value_f1_interval(scorer, gold_docs, system, rounds=1000, seed=13) -> tuple[float, float]:
    """A 95% interval for value F1 by resampling documents (a bootstrap):
    how much the figure would move on another sample of news like this one.
    Value F1 is 2 x value matches / (system spans + gold spans), summed over
    the documents drawn; the seed keeps the interval the same run to run."""
    import random

    counts = []
    for d in gold_docs:
        res, _ = scorer.score({d["doc"]: d}, {d["doc"]: system.get(d["doc"], {"timexes": []})})
        counts.append((res["value_matches"], res["n_sys"] + res["n_gold"]))
    rng = random.Random(seed)
    figures = []
    for _ in range(rounds):
        drawn = [counts[rng.randrange(len(counts))] for _ in counts]
        spans = sum(n for _, n in drawn)
        figures.append(200 * sum(v for v, _ in drawn) / spans if spans else 0.0)
    figures.sort()
    return round(figures[int(0.025 * rounds)], 1), round(figures[int(0.975 * rounds) - 1], 1)


def value_f1_lead_interval(scorer, gold_docs, ours, theirs, rounds=1000, seed=13) -> tuple[float, float]:
    """A 95% interval for ours minus a peer's value F1, the same documents drawn for both (a paired
    bootstrap): whether a lead on a few dozen documents is more than the luck of which were drawn."""
    import random

    def counts(system, d):
        res, _ = scorer.score({d["doc"]: d}, {d["doc"]: system.get(d["doc"], {"timexes": []})})
        return res["value_matches"], res["n_sys"] + res["n_gold"]

    pairs = [(counts(ours, d), counts(theirs, d)) for d in gold_docs]
    rng = random.Random(seed)
    leads = []
    for _ in range(rounds):
        drawn = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        f1 = []
        for side in (0, 1):
            spans = sum(p[side][1] for p in drawn)
            f1.append(200 * sum(p[side][0] for p in drawn) / spans if spans else 0.0)
        leads.append(f1[0] - f1[1])
    leads.sort()
    return round(leads[int(0.025 * rounds)], 1), round(leads[int(0.975 * rounds) - 1], 1)


def print_errors(scorer, gold_docs, system, n, grep=""):
    """Errors on the given documents, each with its context (development only)."""
    gold = {d["doc"]: d for d in gold_docs}
    shown = 0
    for doc_id, g in gold.items():
        sys_t = system.get(doc_id, {}).get("timexes", [])
        pairs = scorer.align(g["timexes"], sys_t)
        rows = []
        for gi, si in pairs:
            G, S = g["timexes"][gi], sys_t[si]
            if G["value"] != S["value"] or (G["start"], G["end"]) != (S["start"], S["end"]):
                rows.append((G["start"], f"VALUE/SPAN gold {G['text']!r} {G['type']} {G['value']}"
                             f" | ours {S['text']!r} {S['type']} {S['value']}"))
        matched_g, matched_s = {gi for gi, _ in pairs}, {si for _, si in pairs}
        rows += [(G["start"], f"MISS {G['text']!r} {G['type']} {G['value']}")
                 for i, G in enumerate(g["timexes"]) if i not in matched_g]
        rows += [(S["start"], f"FALSE {S['text']!r} {S['type']} {S['value']}")
                 for i, S in enumerate(sys_t) if i not in matched_s]
        for at, row in sorted(rows):
            if grep.lower() not in row.lower():
                continue
            context = g["text"][max(0, at - 100):at + 60].replace("\n", " ")
            print(f"{doc_id} dct={g['dct']} {row}\n    ...{context}...")
            shown += 1
            if shown >= n:
                return


def heideltime_tagged(docs: list[dict], wanted: bool = True) -> tuple[dict, dict | None]:
    """HeidelTime's tags of `docs` when it can run here (bench/peer_heideltime.py) and is `wanted`,
    with what the results file says of it: ({"available": ..., "reason": ...}, tags by doc or None)."""
    if not wanted:
        return {"available": False, "reason": "--no-heideltime"}, None
    import peer_heideltime

    ok, why = peer_heideltime.available()
    theirs = peer_heideltime.tag_documents(docs, log=lambda m: print(m, file=sys.stderr)) if ok else None
    return {"available": ok, "reason": why}, theirs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline-every", type=int, default=4,
                    help="run dateparser on every N-th document (default 4; 1 = all)")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-heideltime", action="store_true",
                    help="leave out HeidelTime (bench/peer_heideltime.py), the peer issue 3 names")
    ap.add_argument("--errors", type=int, default=0,
                    help="list N errors, with context, on the development part only")
    ap.add_argument("--grep", default="", help="only errors whose line contains this")
    ap.add_argument("--growth-kb", type=int, default=100,
                    help="size of the small input of the growth check, in KB (the large one is 10 times it)")
    args = ap.parse_args(argv)

    corpus = shared_dir() / "data" / "te3-tbaq.jsonl"
    docs = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    scorer = load_scorer()
    held = held_out_ids()
    dev = [d for d in docs if d["doc"] not in held]
    test = [d for d in docs if d["doc"] in held]

    tag("warm up the rules", None)
    ours, seconds = run_ours(docs)
    rows = {}
    ours_dev, s_dev = run_ours(dev)
    ours_test, s_test = run_ours(test)
    rows["ours: dev (TimeBank + AQUAINT even)"] = figures(scorer, dev, ours_dev, s_dev, kb(dev))
    # The two corpora of the development part apart: the held-out half is
    # AQUAINT, whose annotators had other habits than TimeBank's.
    aquaint = aquaint_dev_ids()
    for name, part in (("TimeBank", [d for d in dev if d["doc"] not in aquaint]),
                       ("AQUAINT even", [d for d in dev if d["doc"] in aquaint])):
        rows[f"ours: dev, {name} alone"] = figures(scorer, part, {d["doc"]: ours_dev[d["doc"]] for d in part})
    rows["ours: held-out (AQUAINT odd)"] = figures(scorer, test, ours_test, s_test, kb(test))
    rows["ours: all"] = figures(scorer, docs, ours, seconds, kb(docs))
    guardian_docs = guardian_set()
    if guardian_docs:
        ours_guardian, s_guardian = run_ours(guardian_docs)
        rows[f"ours: {GUARDIAN_ROW}"] = figures(scorer, guardian_docs, ours_guardian, s_guardian, kb(guardian_docs))
    for name, part, system in (("ours: dev (TimeBank + AQUAINT even)", dev, ours_dev),
                               ("ours: held-out (AQUAINT odd)", test, ours_test), ("ours: all", docs, ours)):
        rows[name]["value_F1_95"] = value_f1_interval(scorer, part, system)
    no_dct, _ = run_ours(docs, repeat=1, use_dct=False)
    rows["ours: all, no DCT given (inferred/none)"] = figures(scorer, docs, no_dct)
    inferred = {"TBAQ dev": inference(dev), "TBAQ held-out": inference(test)}
    guardian = shared_dir() / "data" / "t17-h1n1-guardian" / "articles.jsonl"
    if guardian.exists():  # dated articles, many with a date line
        articles = [json.loads(x) for x in guardian.read_text(encoding="utf-8").splitlines() if x.strip()]
        inferred["Timeline17 h1n1 Guardian"] = inference(articles, "time")
    grew = growth(docs, small_kb=args.growth_kb)
    import dates_calibration  # imports this module: only once it has loaded
    trust = dates_calibration.measure()
    if args.errors:
        print_errors(scorer, dev, ours_dev, args.errors, args.grep)
    if not args.no_baseline:
        subset = docs[::args.baseline_every]
        base, s_base = run_dateparser(subset)
        ours_sub, s_sub = run_ours(subset)
        rows[f"dateparser search_dates: subset 1/{args.baseline_every}"] = figures(
            scorer, subset, base, s_base, kb(subset))
        rows["ours: same subset"] = figures(scorer, subset, ours_sub, s_sub, kb(subset))
        ratio = round(s_base / s_sub, 1) if s_sub else None
    else:
        ratio = None
    heideltime, theirs = heideltime_tagged(docs + guardian_docs, wanted=not args.no_heideltime)
    if theirs is not None:
        for name, part in (("dev (TimeBank + AQUAINT even)", dev),
                           ("dev, TimeBank alone", [d for d in dev if d["doc"] not in aquaint]),
                           ("dev, AQUAINT even alone", [d for d in dev if d["doc"] in aquaint]),
                           ("held-out (AQUAINT odd)", test), ("all", docs), (GUARDIAN_ROW, guardian_docs)):
            if not part:
                continue
            rows[f"HeidelTime: {name}"] = figures(scorer, part, {d["doc"]: theirs[d["doc"]] for d in part})
        for name, part, system in (("dev (TimeBank + AQUAINT even)", dev, ours_dev),
                                   ("held-out (AQUAINT odd)", test, ours_test), ("all", docs, ours)):
            rows[f"HeidelTime: {name}"]["our_lead_95"] = value_f1_lead_interval(scorer, part, system, theirs)

    head = f"{'system':44} {'strict':>7} {'relaxed':>7} {'type':>7} {'value':>7} {'ms/KB':>8}"
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        ms = f"{r['ms_per_kb']:8.3f}" if "ms_per_kb" in r else f"{'-':>8}"
        print(f"{name:44} {r['strict_F1']:7.1f} {r['relaxed_F1']:7.1f} {r['type_F1']:7.1f} "
              f"{r['value_F1']:7.1f} {ms}")
    for name, r in rows.items():
        if "value_F1_95" in r:
            low, high = r["value_F1_95"]
            print(f"value F1, 95% interval over documents (bootstrap): {name.split(': ', 1)[1]} {low}-{high}")
    for name, r in rows.items():
        if "our_lead_95" in r:
            low, high = r["our_lead_95"]
            print(f"value F1 lead over HeidelTime, 95% interval (paired bootstrap): {name.split(': ', 1)[1]} {low:+} to {high:+}")
    if not heideltime["available"]:
        print(f"HeidelTime not run: {heideltime['reason']}")
    if ratio:
        print(f"speed: ours is {ratio}x faster than dateparser search_dates on the same texts")
    startup = startup_seconds()
    print(f"start-up: {startup} s to import, load the rules and tag one line in a new process")
    worst = max(g["ratio"] for g in grew.values() if g["ratio"])
    print(f"growth: 10x the input costs at most {worst}x the time "
          f"({args.growth_kb} KB vs {10 * args.growth_kb} KB, least CPU of 3 runs or more each):")
    for name, g in grew.items():
        print(f"  {name:34} {g['small_s']:8.3f} s -> {g['big_s']:8.3f} s  {g['ratio']}x")
    for part, c in inferred.items():
        print(f"reference inferred from the text alone, {part}: {c['docs']} docs, none {c['none']}, "
              f"exact {c['exact']}, within 3 days {c['within_3_days']}, off {c['off']}")
    for name, parts in trust.items():
        for part, r in parts.items():
            print(f"confidence, {name}, {part}: {dates_calibration.summary(r)}")
    result = {"corpus": str(corpus.name), "split": "bench/te3_split.txt (held-out: the odd half of AQUAINT)",
              "rows": rows, "speedup_vs_dateparser": ratio, "heideltime": heideltime,
              "startup_seconds": startup, "reference_inference": inferred, "confidence": trust,
              "growth": {"factor": 10, "worst_ratio": worst, "inputs": grew},
              "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "dates.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
