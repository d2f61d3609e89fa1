"""Duplicates across articles on the Guardian swine-flu story (T17 h1n1): what merging missed and joined.

Writes the story as a user's .txt files (`benchlib.write_story_seeds`), runs `timeline extract seeds
--out events` there (the timeline imported from this checkout: run with PYTHONPATH set to it), and
lists, for a person to read:

- missed: pairs of events left apart whose dates meet (the same period, or one inside the other)
  and whose sentences look alike: the engine's own IDF-weighted overlap (words weighed by how rare
  they are in the story's sentences, as `timeline.extract.events.merge` weighs them, the words that
  name days not shared, figures aside) or rapidfuzz's
  token_set_ratio, highest first;
- joined: events with several sources, by how little their least alike two sentences share,
  lowest first (merging is transitive: A like B and B like C joins A and C);
- judged: of the pairs a person judged one happening or two (bench/guardian_merge_judged.yaml:
  events from different articles whose dates meet, each sentence named by its article and a few of
  its words), how many are one event now: the judged-same ones merged, and the judged-different
  ones merged (false merges, each listed); and so for each half apart: of each verdict's pairs in
  file order the first, third ... (written-from: rules may be written from them) and the second,
  fourth ... (held-aside: read by nobody while writing rules, a fair test of them).

It prints the counts and the top of each list, and writes every pair to bench/out/merge_report.json.
Whether a pair is one happening is for the reader to say: the figures only order the lists.

    PYTHONPATH=. python bench/merge_report.py [--story DIR] [--keep DIR] [--top 40] [--judged FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from itertools import combinations
from pathlib import Path

import yaml
from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import BENCH, OUT, shared_dir, this_checkout, write_json, write_story_seeds  # noqa: E402

from timeline.extract import events as ev  # noqa: E402
from timeline.extract.analyse import analyse  # noqa: E402
from timeline.period import parse_value  # noqa: E402

STORY = shared_dir() / "data" / "t17-h1n1-guardian"
# A pair is listed as possibly missed at either figure: low enough to show what merging leaves apart.
MIN_OVERLAP = 0.15
MIN_TOKEN_SET = 60
JUDGED = BENCH / "guardian_merge_judged.yaml"
VERDICTS = ("same", "different")
HALVES = ("written-from", "held-aside")


def extract(work: Path, story: Path) -> int:
    for old in (work / "events").glob("*.yaml") if (work / "events").exists() else ():
        old.unlink()  # a kept folder starts afresh: a re-run keeps the old events
    articles = write_story_seeds(story, work / "seeds")
    done = subprocess.run([sys.executable, "-m", "timeline", "extract", "seeds", "--out", "events", "--no-progress"],
                          cwd=work, env=this_checkout(), capture_output=True, text=True)
    if done.returncode:
        print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
        raise SystemExit(1)
    return articles


def span(event: dict) -> tuple | None:
    """The first and last instant of an event's date (and end), or None for a date no period gives."""
    start = parse_value(str(event["date"]))
    if start is None:
        return None
    end = parse_value(str(event["end"])) if event.get("end") else None
    return start.first, (end or start).last


def meet(a: tuple | None, b: tuple | None) -> str | None:
    """'same' when two spans are one period, 'inside' when one holds the other, else None."""
    if a is None or b is None:
        return None
    if a == b:
        return "same"
    if (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1]):
        return "inside"
    return None


class Likeness:
    """The engine's weighted overlap of two sentences, with its weights from one story's sentences."""

    def __init__(self, corpus: list[str]):
        self.weights = ev._idf([ev._bag(s) for s in corpus])

    def overlap(self, x: str, y: str) -> float:
        a, b = ev._bag(x), ev._bag(y)
        return ev._overlap(a, b, self.weights, ev._weight(a, self.weights), ev._weight(b, self.weights))


def quotes(event: dict) -> list[tuple[str, str]]:
    return [(s.get("file", s.get("url", "")), " ".join(str(s.get("quote", "")).split())) for s in event.get("sources") or []]


def best(likeness: Likeness, left: list, right: list) -> dict:
    """The most alike sentences of two events."""
    found = None
    for (fa, qa), (fb, qb) in ((x, y) for x in left for y in right):
        figures = {"overlap": round(likeness.overlap(qa, qb), 3), "token_set": round(fuzz.token_set_ratio(qa, qb), 1)}
        if found is None or (figures["overlap"], figures["token_set"]) > (found["overlap"], found["token_set"]):
            found = {**figures, "a": [fa, qa], "b": [fb, qb]}
    return found or {"overlap": 0.0, "token_set": 0.0}


def report(work: Path) -> dict:
    missed, joined = [], []
    events_count = 0
    for path in sorted((work / "events").glob("*.yaml")):
        events = (yaml.safe_load(path.read_text("utf-8")) or {}).get("events") or []
        events_count += len(events)
        files = sorted({s["file"] for e in events for s in e.get("sources") or [] if s.get("file")})
        corpus = [s.text for f in files for s in analyse(work / f, f).sentences]
        likeness = Likeness(corpus)
        spans = [span(e) for e in events]
        for i, j in combinations(range(len(events)), 2):
            how = meet(spans[i], spans[j])
            if how is None:
                continue
            figures = best(likeness, quotes(events[i]), quotes(events[j]))
            if figures["overlap"] >= MIN_OVERLAP or figures["token_set"] >= MIN_TOKEN_SET:
                missed.append({"file": path.name, "dates": [str(events[i]["date"]), str(events[j]["date"])], "meet": how,
                               "ids": [events[i].get("id"), events[j].get("id")], **figures})
        for event in events:
            sources = quotes(event)
            if len(sources) < 2:
                continue
            worst = min((best(likeness, [x], [y]) for x, y in combinations(sources, 2)),
                        key=lambda f: (f["overlap"], f["token_set"]))
            joined.append({"file": path.name, "date": str(event["date"]), "id": event.get("id"),
                           "sources": len(sources), "least_alike": worst, "quotes": sources})
    missed.sort(key=lambda p: (-max(p["overlap"], p["token_set"] / 100), p["ids"]))
    joined.sort(key=lambda g: (g["least_alike"]["overlap"], g["least_alike"]["token_set"], g["id"] or ""))
    return {"events": events_count, "events_with_several_sources": len(joined), "missed": missed, "joined": joined}


def load_judged(path: Path) -> list[dict]:
    """The judged pairs, checked: each names both sentences (article and words) and a known verdict.
    Raises ValueError naming the pair."""
    pairs = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("pairs") or []
    for number, pair in enumerate(pairs, 1):
        missing = [key for key in ("a", "b", "verdict", "why") if not pair.get(key)]
        missing += [f"{side}.{key}" for side in ("a", "b") for key in ("file", "words") if not (pair.get(side) or {}).get(key)]
        if missing:
            raise ValueError(f"{path}: pair {number} has no {', '.join(missing)}")
        if pair["verdict"] not in VERDICTS:
            raise ValueError(f"{path}: pair {number}: verdict {pair['verdict']!r} is not one of {', '.join(VERDICTS)}")
    return pairs


def event_of(events: list[tuple[str, dict]], sentence: dict) -> str:
    """The id of the event one of whose sources is the judged sentence (its article, its words);
    ValueError when none or several quote it."""
    words = " ".join(sentence["words"].split())
    found = {event.get("id") or f"{name}:{n}" for n, (name, event) in enumerate(events)
             for file, quote in quotes(event) if file.endswith("/" + sentence["file"]) and words in quote}
    if len(found) != 1:
        raise ValueError(f"{len(found) or 'no'} events quote {sentence['file']}: {words!r}")
    return found.pop()


def judged(work: Path, path: Path) -> dict:
    """How many judged pairs are one event now, by verdict; the judged-different ones merged, and
    the pairs whose sentences no single event quotes now (gone)."""
    events = [(p.name, e) for p in sorted((work / "events").glob("*.yaml"))
              for e in (yaml.safe_load(p.read_text("utf-8")) or {}).get("events") or []]
    counts = {verdict: {"pairs": 0, "merged": 0} for verdict in VERDICTS}
    halves = {half: {verdict: {"pairs": 0, "merged": 0} for verdict in VERDICTS} for half in HALVES}
    false_merges, gone, same_merged = [], [], []
    pairs = load_judged(path)
    for pair, half in zip(pairs, _halves(pairs)):
        try:
            one = event_of(events, pair["a"]) == event_of(events, pair["b"])
        except ValueError as error:
            gone.append(f"{pair['a']['file']} / {pair['b']['file']}: {error}")
            continue
        for tally in (counts[pair["verdict"]], halves[half][pair["verdict"]]):
            tally["pairs"] += 1
            tally["merged"] += one
        if one:
            (false_merges if pair["verdict"] == "different" else same_merged).append(pair)
    return {**counts, "halves": halves, "false_merges": false_merges, "same_merged": same_merged, "gone": gone}


def _halves(pairs: list[dict]) -> list[str]:
    """The half each pair is in: of each verdict's pairs in file order, the first, third,
    fifth ... are the half rules may be written from, the second, fourth ... the half held aside to
    test them on (a rule tuned on a pair no longer tests fairly on it)."""
    seen = {verdict: 0 for verdict in VERDICTS}
    halves = []
    for pair in pairs:
        halves.append(HALVES[seen[pair["verdict"]] % 2])
        seen[pair["verdict"]] += 1
    return halves


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", type=Path, default=STORY, help="a T17-style folder with articles.jsonl")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) rather than a temporary one")
    parser.add_argument("--top", type=int, default=40, help="how many of each list to print")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="a person's verdicts on pairs of events (same or different)")
    parser.add_argument("--json", type=Path, default=OUT / "merge_report.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="merge-") as temporary:
        work = args.keep or Path(temporary)
        articles = extract(work, args.story)
        found = report(work)
        found["judged"] = judged(work, args.judged)
    found["articles"] = articles
    write_json(args.json, found)
    print(f"articles: {articles}")
    print(f"events: {found['events']}, of which with several sources: {found['events_with_several_sources']}")
    print(f"pairs left apart whose dates meet and that look alike (overlap >= {MIN_OVERLAP} or token_set >= "
          f"{MIN_TOKEN_SET}): {len(found['missed'])}")
    print(f"\nleft apart, most alike first (top {args.top}):")
    for n, pair in enumerate(found["missed"][: args.top], 1):
        print(f"{n:3}. {pair['dates'][0]} / {pair['dates'][1]} ({pair['meet']}) overlap {pair['overlap']} "
              f"token_set {pair['token_set']}\n     A {pair['a'][0]}: {pair['a'][1]}\n     B {pair['b'][0]}: {pair['b'][1]}")
    print(f"\njoined, least alike first (top {args.top}):")
    for n, group in enumerate(found["joined"][: args.top], 1):
        worst = group["least_alike"]
        print(f"{n:3}. {group['date']} {group['id']}: {group['sources']} sources, least alike overlap "
              f"{worst['overlap']} token_set {worst['token_set']}")
        for file, quote in group["quotes"]:
            print(f"     {file}: {quote}")
    verdicts = found["judged"]
    print(f"\njudged pairs ({args.judged.name}): same and merged {verdicts['same']['merged']} of {verdicts['same']['pairs']}; "
          f"different and merged (false merges) {verdicts['different']['merged']} of {verdicts['different']['pairs']}")
    for half, tally in verdicts["halves"].items():
        print(f"     {half}: same and merged {tally['same']['merged']} of {tally['same']['pairs']}; "
              f"different and merged {tally['different']['merged']} of {tally['different']['pairs']}")
    for pair in verdicts["same_merged"]:
        print(f"     merged: {pair['a']['file']} {pair['a']['words']!r} / {pair['b']['file']} {pair['b']['words']!r}")
    for pair in verdicts["false_merges"]:
        print(f"     false merge: {pair['a']['file']} {pair['a']['words']!r} / {pair['b']['file']} {pair['b']['words']!r}")
    for note in verdicts["gone"]:
        print(f"     not scored: {note}")
    print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
