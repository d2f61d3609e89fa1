"""Draw a new date-audit sample from the TempEval-3 development documents: events no earlier sample judged.

    python bench/date_audit_draw.py [--seed audit17] [--size 50] [--out SHEET.yaml]

The first samples took every 15th event sorted by id; the ids have moved since (an event's id comes
from its title and date, which the rules change), so by the sixteenth every position met sentences
judged before and no single one gave 45 events. This draws by the sentence instead, so that a
drawing does not depend on ids nor on which events sit beside each other:

1. extract the development documents as bench/date_audit.py does (`extract_tbaq`: the held-out ids
   of bench/te3_split.txt are skipped unread);
2. leave out every event one of whose sources' sentences an earlier sample judged (its article and
   quote, matched as `date_audit.find` matches: the same quote, or one holding the other when that
   one has 40 characters or more, so a sentence the debris rules or the splitter have since mended
   still counts as judged);
3. rank the rest by the SHA-256 of the seed, the article's file name and the first source's quote,
   and take them in that order, one event a sentence, until `size`.

The same seed, documents, extraction and judged files give the same sample; a new seed gives a new
one, and the samples drawn with earlier seeds are left out by step 2 once they are in
`date_audit.AUDITS`. The seventeenth (bench/tempeval_date_audit_13.yaml) is drawn again at commit
fd32fca by `--seed audit17 --judged` the sixteen files before it; the eighteenth (_14.yaml, before its
judging) at ba46b9d, and after audit18's cues too, by `--seed audit18 --judged` the seventeen before it;
the nineteenth (_15.yaml) at 8164424 by `--seed audit19 --judged` the eighteen before it; the twentieth
(_16.yaml) at 22f3370 by `--seed conf2` (the nineteen before it, the default).
The sheet written to --out holds what a person judges from (article, its date, the quote, the
words the date was read from, the tool's value) and no confidence: `confidence` is added after the
judging, from the events, in a commit of its own (`date_audit.find` finds each).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import date_audit  # noqa: E402
from benchlib import BENCH  # noqa: E402

SEED = "audit17"
SIZE = 50
SHORTEST_HELD = 40  # as date_audit.find: a quote held in another counts from this many characters


def same_sentence(quote: str, judged: str) -> bool:
    """Whether two quotes of the same article are one sentence, as date_audit.find tells it."""
    return (quote == judged or (len(quote) >= SHORTEST_HELD and quote in judged)
            or (len(judged) >= SHORTEST_HELD and judged in quote))


def judged_sentences(audits) -> dict[str, list[str]]:
    """Article file name -> the quotes the audit files judged (any story: a Guardian file name never
    names a TempEval document)."""
    judged: dict[str, list[str]] = {}
    for path in audits:
        for item in date_audit.load_audit(Path(path)):
            judged.setdefault(item["article"], []).append(item["quote"])
    return judged


def was_judged(event, judged: dict[str, list[str]]) -> bool:
    return any(source.file and source.quote is not None
               and any(same_sentence(source.quote, quote) for quote in judged.get(Path(source.file).name, ()))
               for source in event.sources)


def rank(seed: str, article: str, quote: str) -> str:
    return hashlib.sha256(f"{seed}\n{article}\n{quote}".encode("utf-8")).hexdigest()


def draw(events, judged: dict[str, list[str]], seed: str = SEED, size: int = SIZE) -> list:
    """`size` events none of whose sentences is judged, one a sentence, in the order the seed ranks
    their first source's article and quote (ties, which SHA-256 makes unlikely, by id)."""
    fresh = [event for event in events
             if event.sources and event.sources[0].file and event.sources[0].quote and not was_judged(event, judged)]
    fresh.sort(key=lambda event: (rank(seed, Path(event.sources[0].file).name, event.sources[0].quote), event.id))
    drawn, seen = [], set()
    for event in fresh:
        sentence = (Path(event.sources[0].file).name, event.sources[0].quote)
        if sentence in seen:
            continue
        seen.add(sentence)
        drawn.append(event)
        if len(drawn) == size:
            break
    return drawn


def sheet_item(event) -> dict:
    """What a person judges the event from: no confidence."""
    source = event.sources[0]
    item = {"article": Path(source.file).name, "quote": source.quote, "said": source.date_text,
            "published": source.published, "tool": event.date.value}
    if event.end:
        item["tool_end"] = event.end.value
    if "background" in event.tags:
        item["background"] = True
    item.update({"verdict": "", "right": "", "why": ""})
    return item


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--out", type=Path, default=BENCH / "out" / "date_audit_sheet.yaml")
    parser.add_argument("--judged", type=Path, nargs="+", default=list(date_audit.AUDITS),
                        help="the audit files whose sentences are left out (default: every sample date_audit.py scores)")
    args = parser.parse_args(argv)
    if args.size < 1:
        parser.error("--size must be 1 or more")
    from stories_mixed import TBAQ as TBAQ_DATA, held_out

    if not TBAQ_DATA.exists():
        raise SystemExit(f"date_audit_draw: {TBAQ_DATA} is not here; set TIMELINE_SHARED to the shared folder")
    try:
        judged = judged_sentences(args.judged)
    except (OSError, ValueError, yaml.YAMLError) as error:
        raise SystemExit(f"date_audit_draw: {error}")
    events = date_audit.extract_tbaq()
    drawn = draw(events, judged, args.seed, args.size)
    skip = {f"{doc}.txt" for doc in held_out()}
    if any(Path(event.sources[0].file).name in skip for event in drawn):  # write_tbaq skips them: never expected
        raise SystemExit("date_audit_draw: a held-out document was drawn; nothing written")
    left_out = sum(1 for event in events if was_judged(event, judged))
    items = [sheet_item(event) for event in drawn]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(yaml.safe_dump({"version": 1, "story": date_audit.TBAQ,
                                        "sample": f"seed {args.seed!r}: {len(items)} of {len(events)} events, "
                                                  f"{left_out} left out as judged before",
                                        "audited": items}, sort_keys=False, allow_unicode=True, width=1000),
                        encoding="utf-8")
    print(f"date_audit_draw: {len(events)} events, {left_out} citing a sentence judged before; "
          f"drew {len(items)} with seed {args.seed!r} into {args.out}")
    return items


if __name__ == "__main__":
    main()
