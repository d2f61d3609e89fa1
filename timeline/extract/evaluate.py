"""Measure `timeline extract` against a journalists' timeline (the T17 format).

    python -m timeline.extract.evaluate DATA_DIR [--jobs N] [--keep DIR]

DATA_DIR holds `articles.jsonl` (one article a line: id, time = publication date, text with one
PTB-tokenised sentence a line) and `timelines.jsonl` (gold timelines: [[date, [sentences]], ...]).
The articles are written as .txt files with front matter (`published: TIME`), extracted as a user
would, and the events compared with the gold timeline:

- gold dates covered: gold dates on which at least one extracted event sits (day precision);
- gold entries found: gold entries for which an event on the gold date quotes a sentence sharing
  most of the entry's words (rapidfuzz token-set ratio at 50, 60 and 70);
- the precision of the events' dates, and how many sit on their article's own publication day.
- how many events are tagged background (they ended long before the story began).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz

# The corpus's "cents" are all the page's bullets: a "•" read as "¢" and spelt out by the tokeniser
# ("UK cases pass 200 cents Eton advised to close"); a scraped page has the bullet.
_PTB = [
    (r"\bcents\b", "•"), (r"-LRB-\s*", "("), (r"\s*-RRB-", ")"), (r"-LSB-\s*", "["), (r"\s*-RSB-", "]"),
    (r"``\s*", '"'), (r"\s*''", '"'), (r"\\/", "/"), (r" (n't|'s|'re|'ve|'m|'ll|'d)\b", r"\1"),
    (r" ([,.;:?!%])", r"\1"), (r"\$ (\d)", r"$\1"), (r"\( ", "("), (r" \)", ")"),
]


def detokenise(line: str) -> str:
    text = line.strip()
    for pattern, replacement in _PTB:
        text = re.sub(pattern, replacement, text)
    return text


def write_articles(data: Path, folder: Path, hide_every: int = 0) -> dict[str, str]:
    """Write the articles as a user's .txt files, front matter `published: TIME` and the tokenisation
    undone; every `hide_every`-th one without its date. Returns hidden file -> true date.

    Each of the corpus's sentence lines is a paragraph of its own (a blank line between): the
    Guardian's paragraphs are mostly a sentence or two, and lines joined by single line ends would
    make a whole article one paragraph for the rules that look within one (a narrative's year,
    an event's context). The benchmarks write their stories with this too (benchlib.write_story_seeds)."""
    hidden = {}
    with (data / "articles.jsonl").open(encoding="utf-8") as handle:
        for number, line in enumerate(line for line in handle if line.strip()):
            record = json.loads(line)
            body = "\n\n".join(detokenise(s) for s in record["text"].split("\n") if s.strip())
            name = f"{int(record['id']):05d}.txt" if str(record["id"]).isdigit() else f"{record['id']}.txt"
            if hide_every and number % hide_every == 0:
                (folder / name).write_text(f"{body}\n", encoding="utf-8")
                hidden[name] = record["time"]
            else:
                (folder / name).write_text(f"---\npublished: {record['time']}\n---\n{body}\n", encoding="utf-8")
    return hidden


def reference_effect(folder: Path, hidden: dict[str, str], outcome) -> dict:
    """How many dates of the articles whose date was hidden come out as with their true date.

    Each such article's expressions are resolved twice, against the date the extractor found for it
    and against its publication date; they are counted by how the date was found (its own words,
    or borrowed from a related article, or tied to its story's days: extract/ties.py) and by what
    the expression's value depends on. A borrowed
    date a day off moves every "today" and "yesterday" a day, but seldom "in March".
    """
    import datetime as dt

    from timeline.dates import value_precision
    from timeline.extract import dating
    from timeline.extract.analyse import analyse

    counts: dict[str, dict[str, list[int]]] = {}
    for note in outcome.articles:
        name = Path(note.file).name
        found = note.reference.date
        if name not in hidden or found is None:
            continue
        kind = ("tied" if note.reference.tied else "borrowed") if note.reference.borrowed_from else "own_words"
        masked = analyse(folder / name).masked
        true = dating.tag(masked, dt.date.fromisoformat(hidden[name][:10]), infer=False).mentions
        ours = dating.tag(masked, found, infer=False).mentions
        for a, b in zip(true, ours):
            if not a.anchored or a.read_against == "last_date" or a.value[:1] not in "0123456789":
                continue  # stated in full, or read against another date of the text
            depends = note.reference.depends_on(value_precision(a.value), a.counts, a.start)
            row = counts.setdefault(kind, {}).setdefault(depends, [0, 0])
            row[0] += a.value == b.value
            row[1] += 1
    return {kind: {depends: {"same": same, "dates": n} for depends, (same, n) in sorted(rows.items())}
            for kind, rows in sorted(counts.items())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="write the articles and events here instead of a temporary folder")
    parser.add_argument("--hide-dates", type=int, default=0, metavar="K",
                        help="leave out the publication date of every K-th article, to measure how well "
                             "an article's date is inferred from its own words or its story")
    args = parser.parse_args(argv)
    if args.keep is not None and any((args.keep / "events").glob("*.yaml")):
        # A run over them keeps their events, as it keeps a person's: the figures would be the older run's.
        parser.error(f"--keep {args.keep}: {args.keep / 'events'} already holds event files; give a new or empty folder")

    from timeline.extract import background
    from timeline.extract.pipeline import extract
    from timeline.loader import load_events

    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        articles, out = root / "articles", root / "events"
        articles.mkdir(parents=True, exist_ok=True)
        hidden = write_articles(args.data, articles, args.hide_dates)
        count = len(list(articles.glob("*.txt")))
        started = time.perf_counter()
        outcome = extract([articles], out, jobs=args.jobs)
        seconds = time.perf_counter() - started
        events = load_events([out])
        effect = reference_effect(articles, hidden, outcome) if hidden else None

    gold = []
    for line in (args.data / "timelines.jsonl").open(encoding="utf-8"):
        for date, sentences in json.loads(line):
            gold.extend((date, detokenise(s)) for s in sentences)
    gold_dates = sorted({d for d, _ in gold})
    days = Counter(e.date.first.isoformat() for e in events if e.date.precision in ("day", "time"))
    covered = [d for d in gold_dates if days[d]]
    # Gold entries are the journalists' own words, seldom an article's sentence: an entry counts as
    # found when an event on its date quotes a sentence that shares most of its words.
    found_on_day = {50: 0, 60: 0, 70: 0}
    by_day: dict[str, list[str]] = {}
    for event in events:
        if event.date.precision in ("day", "time"):
            by_day.setdefault(event.date.first.isoformat(), []).extend(s.quote or "" for s in event.sources)
    for date, sentence in gold:
        best = max((fuzz.token_set_ratio(sentence.lower(), q.lower()) for q in by_day.get(date, [])), default=0)
        for threshold in found_on_day:
            found_on_day[threshold] += best >= threshold
    precisions = Counter(e.date.precision for e in events)
    same_day = sum(1 for e in events if e.sources and e.sources[0].published and e.date.precision in ("day", "time")
                   and e.date.first.isoformat() == str(e.sources[0].published))
    multi = sum(1 for e in events if len(e.sources) > 1)
    flagged = sum(1 for line in outcome.changes.values() for _ in re.finditer(r"^    review:", line, re.MULTILINE))
    inferred = {"hidden": len(hidden), "own_words": 0, "borrowed": 0, "none": 0,
                 "exact_day": 0, "within_1_day": 0, "within_7_days": 0}
    for note in outcome.articles:
        name = Path(note.file).name
        if name not in hidden:
            continue
        reference = note.reference
        kind = "none" if reference.date is None else ("borrowed" if reference.borrowed_from else "own_words")
        inferred[kind] += 1
        if reference.date is not None:
            error = abs((reference.date - __import__("datetime").date.fromisoformat(hidden[name])).days)
            inferred["exact_day"] += error == 0
            inferred["within_1_day"] += error <= 1
            inferred["within_7_days"] += error <= 7
            inferred[f"{kind}_exact_day"] = inferred.get(f"{kind}_exact_day", 0) + (error == 0)
    report = {
        "articles": count,
        "events": len(events),
        "events_with_several_sources": multi,
        "events_tagged_background": sum(1 for e in events if background.tag() in e.tags),
        "events_flagged_for_review": flagged,
        "needs_a_date": len(outcome.report.undated),
        "event_precision": dict(sorted(precisions.items())),
        "events_on_their_articles_publication_day": same_day,
        "gold_dates": len(gold_dates),
        "gold_dates_covered": len(covered),
        "gold_sentences": len(gold),
        "gold_entries_found_on_their_date": {f"token_set_ratio>={k}": v for k, v in found_on_day.items()},
        "seconds": round(seconds, 1),
        **({"hidden_dates": inferred, "dates_against_an_inferred_article_date": effect} if hidden else {}),
        "date_engine": __import__("timeline.extract.dating", fromlist=["ENGINE"]).ENGINE,
    }
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
