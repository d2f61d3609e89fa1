"""How many event dates a person judged are right now: the date audits (Guardian, TempEval), re-run.

    python bench/date_audit.py [--audit FILE ...] [--out bench/date_audit.json] [--list]

bench/guardian_date_audit.yaml, _2.yaml, _3.yaml and _4.yaml (four samples, every 4th event by id
from positions 0, 2, 3 and 1, the third and fourth each judged before any rule was tuned on it) hold a person's verdicts on events `timeline extract` made of the
Guardian swine-flu story: for each, its article, its quote, the value the words give (`right`, in
TIMEX3 form) and a verdict. bench/tempeval_date_audit.yaml, _2.yaml and _3.yaml (every 15th event by
id from positions 0, 7 and 11, the second judged before the cues written from the first's misses, the
third before those written from the second's) judge the same
way the events extracted from the TempEval-3 TBAQ development documents, a second corpus no rule was
fitted on; _4.yaml (every 15th from position 14) was judged before the cues written from the third's
misses, _5.yaml (every 15th from position 9) before those written from the fourth's, _6.yaml (every
15th from position 1) before those written from the fifth's, _7.yaml (every 15th from position 2)
before those of audit11, _8.yaml (every 15th from position 3) before those of audit12, _9.yaml (every
15th from position 4) before any confidence or model output was looked at (audit13), _10.yaml (every
15th from position 6) before any confidence was looked at and before audit14's cue, _11.yaml (every
15th from position 13) before any confidence was looked at, after audit15's cues were written from the
others, _12.yaml (every 15th from position 12 and every 30th from position 10) before any confidence
was looked at, the test of the model fitted on the fifteen, _13.yaml (drawn by bench/date_audit_draw.py with
seed 'audit17': 50 events whose sentences no earlier sample judged, ranked by a hash of the seed,
article and quote) before any confidence was looked at, _14.yaml (drawn the same way with seed
'audit18', leaving out the seventeen before it) before any confidence was looked at and before
audit18's changes, _15.yaml (seed 'audit19', leaving out the eighteen before it) before any
confidence was looked at and before audit19's changes, _16.yaml (seed 'conf2', leaving out the
nineteen before it) before any confidence was looked at. --audit takes any number of such files
(default: all twenty); each is scored apart, then all
together. A file's `story` says which corpus it judged; this script extracts each corpus once again as
the sample was made (the Guardian articles written as `timeline.extract.evaluate` writes them, the
TBAQ documents as bench/stories_mixed.py writes them, both given their publication dates), finds
each audited event by its article and quote, and sorts what it gets now:

- right: the judged-right value (and end); too_precise: a narrower period inside it; coarser: a
  wider period holding it; wrong: anything else; gone: no event quotes the sentence now.
  A value unchanged since the audit keeps the person's verdict (a value such as PRESENT_REF has
  no days to compare).
- not_an_event: how many the person judged no event still make one.
- confidence: the tool's mean confidence for dates now right against those now wrong or too
  precise, and how many of each fall below the review page's threshold (marked uncertain).

With --list, also lists each date now wrong or too precise, surest first, with its quote.
Prints the figures of each file and the total, and writes them to bench/date_audit.json (the total
at the top, each file's under `samples`). Nothing fails on a figure.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import BENCH, shared_dir, write_json  # noqa: E402

AUDIT = BENCH / "guardian_date_audit.yaml"
AUDITS = (AUDIT, *(BENCH / f"guardian_date_audit_{n}.yaml" for n in (2, 3, 4)),
          BENCH / "tempeval_date_audit.yaml", *(BENCH / f"tempeval_date_audit_{n}.yaml" for n in (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)))
STORY = shared_dir() / "data" / "t17-h1n1-guardian"
GUARDIAN, TBAQ = "t17-h1n1-guardian", "te3-tbaq-dev"  # the corpora an audit file's `story` can name
VERDICTS = ("right", "coarser", "wrong", "too_precise", "not_an_event")
DATED = ("right", "coarser", "wrong", "too_precise")  # verdicts that come with the right value


def load_audit(path: Path) -> list[dict]:
    """The audited items, checked: each names its article, quote, the tool's value then and a
    known verdict; a dated verdict gives the right value. Each item gets its file's `story` (the
    Guardian's when the file names none). Raises ValueError naming the item."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    story = document.get("story") or GUARDIAN
    if story not in (GUARDIAN, TBAQ):
        raise ValueError(f"{path}: story {story!r} is not one this script can extract ({GUARDIAN}, {TBAQ})")
    items = [{**item, "story": story} for item in document.get("audited") or []]
    for number, item in enumerate(items, 1):
        missing = [key for key in ("article", "quote", "tool", "verdict", "why") if not item.get(key)]
        if item.get("verdict") in DATED and not item.get("right"):
            missing.append("right")
        if missing:
            raise ValueError(f"{path}: audited item {number} has no {', '.join(missing)}")
        if item["verdict"] not in VERDICTS:
            raise ValueError(f"{path}: audited item {number}: verdict {item['verdict']!r} is not one of {', '.join(VERDICTS)}")
    return items


def extract_story(story: Path) -> list:
    """The Guardian story's events, extracted as a user would from its articles given their dates."""
    from timeline.extract.evaluate import write_articles

    return _extract(lambda articles: write_articles(story, articles))


def extract_tbaq() -> list:
    """The TBAQ development documents' events, extracted together as one folder of a user's files
    (the held-out documents are skipped unread), as bench/tempeval_date_audit.yaml was sampled."""
    from stories_mixed import write_tbaq

    return _extract(write_tbaq)


def _extract(write) -> list:
    from timeline.extract.pipeline import extract
    from timeline.loader import load_events

    with tempfile.TemporaryDirectory(prefix="date-audit-") as scratch:
        articles, out = Path(scratch) / "articles", Path(scratch) / "events"
        articles.mkdir()
        write(articles)
        extract([articles], out)
        return load_events([out])


def find(events: list, article: str, quote: str, said: str | None):
    """The event citing this sentence of this article; of several, the one read from `said`. A quote
    the debris rules have since trimmed (a video player's caption run into it) is the same sentence:
    failing the exact quote, one that holds the event's whole quote (of 40 characters or more); so
    is one the splitter has since mended (cut after "Messrs." before): a quote that holds the whole
    audited one."""
    cited = [(event, source) for event in events for source in event.sources
             if source.file and Path(source.file).name == article]
    found = [(event, source) for event, source in cited if source.quote == quote]
    found = found or [(event, source) for event, source in cited if len(source.quote) >= 40 and source.quote in quote]
    found = found or [(event, source) for event, source in cited if len(quote) >= 40 and quote in source.quote]
    if not found:
        return None
    return next((event for event, source in found if source.date_text == said), found[0][0])


def _days(value: str | None, end: str | None):
    from timeline.dates import value_interval

    first = value_interval(value) if value else None
    last = value_interval(end) if end else first
    return (first[0], last[1]) if first and last else None


def classify(item: dict, value: str, end: str | None) -> str:
    """The verdict the event's date earns now against the judged-right value."""
    right, right_end = item["right"], item.get("right_end")
    if value == right and end == right_end:
        return "right"
    if value == item["tool"] and end == item.get("tool_end"):
        return item["verdict"]  # unchanged since the person judged it
    ours, theirs = _days(value, end), _days(right, right_end)
    if ours is None or theirs is None:
        return "wrong"
    if theirs[0] <= ours[0] and ours[1] <= theirs[1]:
        return "too_precise" if ours != theirs else "right"
    if ours[0] <= theirs[0] and theirs[1] <= ours[1]:
        return "coarser"
    return "wrong"


def _confidence(values: list[float], threshold: float) -> dict:
    return {"events": len(values), "mean": round(statistics.fmean(values), 3) if values else None,
            "below_threshold": sum(1 for v in values if v < threshold)}


def measure(items: list[dict], events: dict[str, list]) -> dict:
    """The items' verdicts now, each item looked up in the events of its story."""
    from timeline.render import SiteOptions

    threshold = SiteOptions.min_confidence
    now: Counter = Counter()
    still_events = 0
    confidence: dict[str, list[float]] = {"right": [], "wrong_or_too_precise": [], "not_an_event": []}
    rows = []
    for item in items:
        event = find(events[item["story"]], item["article"], item["quote"], item.get("said"))
        value = event.date.value if event else None
        end = event.end.value if event and event.end else None
        if item["verdict"] == "not_an_event":
            outcome = "still_an_event" if event else "gone"
            still_events += bool(event)
            if event and event.confidence is not None:
                confidence["not_an_event"].append(event.confidence)
        else:
            outcome = classify(item, value, end) if event else "gone"
            now[outcome] += 1
            group = "right" if outcome == "right" else "wrong_or_too_precise" if outcome in ("wrong", "too_precise") else None
            if group and event.confidence is not None:
                confidence[group].append(event.confidence)
        rows.append({"article": item["article"], "said": item.get("said"), "judged": item["verdict"],
                     "confidence": event.confidence if event else None,
                     "right": item.get("right"), "was": item["tool"], "was_end": item.get("tool_end"), "now": value,
                     "now_end": end, "outcome": outcome})
    judged = Counter(item["verdict"] for item in items)
    return {
        "audited": len(items),
        "judged_then": {v: judged[v] for v in VERDICTS},
        "dated_now": {v: now[v] for v in ("right", "coarser", "wrong", "too_precise", "gone")},
        "not_an_event_still_events": still_events,
        "confidence_threshold": threshold,
        "confidence": {k: _confidence(v, threshold) for k, v in confidence.items()},
        "changed": [row for row in rows if (row["now"], row["now_end"]) != (row["was"], row["was_end"])],
        "missed": [{**row, "quote": item["quote"]} for row, item in zip(rows, items) if row["outcome"] in ("wrong", "too_precise")],
    }


def report(name: str, result: dict) -> None:
    dated, conf = result["dated_now"], result["confidence"]
    print(f"{name}: {sum(dated.values())} audited dates: " + ", ".join(f"{n} {k}" for k, n in dated.items())
          + f"; {result['not_an_event_still_events']} of {result['judged_then']['not_an_event']} non-events still events")
    for group, figures in conf.items():
        print(f"  confidence, {group}: {figures['events']} events, mean {figures['mean']}, "
              f"{figures['below_threshold']} below {result['confidence_threshold']}")


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--audit", type=Path, nargs="+", default=list(AUDITS))
    parser.add_argument("--story", type=Path, default=STORY)
    parser.add_argument("--out", type=Path, default=BENCH / "date_audit.json")
    parser.add_argument("--list", action="store_true",
                        help="also list every date now wrong or too precise, with its confidence, the right value and its quote")
    args = parser.parse_args(argv)
    try:
        audits = {path: load_audit(path) for path in args.audit}
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise SystemExit(f"date_audit: {error}")
    stories = {item["story"] for items in audits.values() for item in items}
    events = {}
    if GUARDIAN in stories:
        if not (args.story / "articles.jsonl").exists():
            raise SystemExit(f"date_audit: {args.story}/articles.jsonl is not here; set TIMELINE_SHARED to the shared folder")
        events[GUARDIAN] = extract_story(args.story)
    if TBAQ in stories:
        from stories_mixed import TBAQ as TBAQ_DATA

        if not TBAQ_DATA.exists():
            raise SystemExit(f"date_audit: {TBAQ_DATA} is not here; set TIMELINE_SHARED to the shared folder")
        events[TBAQ] = extract_tbaq()
    # each sample's dates still missed are in the total's list, once
    samples = {path.name: {key: figure for key, figure in measure(items, events).items() if key != "missed"}
               for path, items in audits.items()}
    result = {**measure([item for items in audits.values() for item in items], events), "samples": samples}
    write_json(args.out, result)
    for name, sample in samples.items():
        report(name, sample)
    if len(samples) > 1:
        report("all", result)
    for row in result["changed"]:
        was, now = (f"{v}/{e}" if e else str(v) for v, e in ((row["was"], row["was_end"]), (row["now"], row["now_end"])))
        print(f"  changed: {row['article']} {row['said']!r}: {was} -> {now} ({row['outcome']}; judged {row['judged']})")
    if args.list:
        list_missed(result)
    return result


def list_missed(result: dict) -> None:
    """Each date now wrong or too precise, those the site shows as sure (at or above the threshold) first."""
    threshold = result["confidence_threshold"]
    rows = sorted(result["missed"], key=lambda row: -(row["confidence"] or 0))
    print(f"wrong or too precise: {len(rows)}, {sum(1 for r in rows if (r['confidence'] or 0) >= threshold)} at or above {threshold}")
    for row in rows:
        print(f"  {row['confidence']} {row['outcome']}: {row['article']} {row['said']!r} -> {row['now']}"
              f"{'/' + row['now_end'] if row['now_end'] else ''} (right {row['right']}): {row['quote']}")


if __name__ == "__main__":
    main()
