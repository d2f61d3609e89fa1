"""The date engine on TempEval-3's test set (TE3-Platinum), which no rule was written against.

    python bench/te3_platinum.py FOLDER [--out bench/out/te3_platinum.json] [--no-heideltime]

FOLDER holds the 20 TimeML files of TE3-Platinum (AP_20130322.tml ... nyt_20130322_strange_computer.tml;
bench/README.md says where a copy is). Nothing is downloaded. Each file becomes a document of the
form ../shared/data/te3-tbaq.jsonl has (`doc`, `dct`, `text` = the TEXT element with its tags removed,
`timexes` with offsets into that text); our tagger reads each text with the document's date, as
bench/bench_dates.py does, and the TE3 scorer (../shared/tools/te3_score.py) scores it. HeidelTime
(bench/peer_heideltime.py) is scored beside us when it can run here.

The set is a clean test: only figures and counts are printed, never a document's text or errors,
and no rule is to be changed after reading them.
"""
from __future__ import annotations

import argparse
import collections
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_dates import (figures, heideltime_tagged, load_scorer, run_ours, value_f1_interval,  # noqa: E402
                         value_f1_lead_interval)

# Published value F1 on this test set, for the table (not measured here).
PUBLISHED = {
    "HeidelTime at TempEval-3 (UzZaman et al. 2013, Task A, value F1)": 77.6,
    "best later systems (about; as cited in issue 3)": 82.0,
}

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r"<DCT>\s*<TIMEX3 ([^>]*)>", re.DOTALL)
_DOCID = re.compile(r"<DOCID>\s*([^<\s]+)\s*</DOCID>")
_PIECE = re.compile(r"<[^>]*>|[^<]+")
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_TAG_NAME = re.compile(r"</?\s*([\w:]+)")


class TimeMLError(ValueError):
    """A TimeML file this converter cannot read; the message names the file, the line and what to do."""


def _line(source: str, at: int) -> int:
    return source.count("\n", 0, at) + 1


def convert(source: str, name: str) -> dict:
    """One TimeML document as {"doc", "dct", "text", "timexes"} (the te3-tbaq.jsonl form).

    `text` is the TEXT element's characters, tags removed and entities (&amp; ...) read; each timex
    has `start`/`end` offsets into it, `text`, `type`, `value` (and `tid`). `name` is the file's name,
    for the messages and as the id when the file has no DOCID."""
    body = _TEXT.search(source)
    if body is None:
        raise TimeMLError(f"{name}: no <TEXT> ... </TEXT> element: give the TimeML (.tml) files of the "
                          "corpus, not the .TE3input ones or plain text")
    dct = _DCT.search(source)
    if dct is None:
        raise TimeMLError(f"{name}: no <DCT><TIMEX3 ...> (the document's creation date): the scorer "
                          "resolves 'Friday' against it, so every document needs one")
    dct_value = dict(_ATTRIBUTE.findall(dct.group(1))).get("value", "")
    if not re.match(r"\d{4}-\d\d-\d\d", dct_value):
        raise TimeMLError(f"{name}, line {_line(source, dct.start())}: the DCT's value {dct_value!r} is not "
                          "a day (YYYY-MM-DD): fix the value attribute of the TIMEX3 inside <DCT>")
    docid = _DOCID.search(source)
    text, timexes, open_timex = [], [], None
    length = 0
    for piece in _PIECE.finditer(body.group(1)):
        chunk = piece.group(0)
        at = body.start(1) + piece.start()
        if not chunk.startswith("<"):
            if "<" in chunk or ">" in chunk:
                raise TimeMLError(f"{name}, line {_line(source, at)}: a stray '<' or '>' in the text")
            plain = html.unescape(chunk)
            text.append(plain)
            length += len(plain)
            continue
        tag = _TAG_NAME.match(chunk)
        if tag is None or tag.group(1) != "TIMEX3" or chunk.endswith("/>"):
            continue  # EVENT, SIGNAL and the like: their words stay, the tags go
        if chunk.startswith("</"):
            if open_timex is None:
                raise TimeMLError(f"{name}, line {_line(source, at)}: </TIMEX3> without its <TIMEX3 ...>: "
                                  "remove it or add the opening tag")
            open_timex["end"] = length
            open_timex["text"] = "".join(text)[open_timex["start"]:length]
            timexes.append(open_timex)
            open_timex = None
            continue
        if open_timex is not None:
            raise TimeMLError(f"{name}, line {_line(source, at)}: a TIMEX3 inside another: close the first "
                              "with </TIMEX3> before this one")
        attributes = {k: html.unescape(v) for k, v in _ATTRIBUTE.findall(chunk)}
        open_timex = {"start": length, "end": None, "text": "", "type": attributes.get("type", ""),
                      "value": attributes.get("value", ""), "tid": attributes.get("tid", "")}
    if open_timex is not None:
        raise TimeMLError(f"{name}: a <TIMEX3 ...> (tid {open_timex['tid'] or '?'}) is never closed: "
                          "add its </TIMEX3>")
    return {"doc": docid.group(1) if docid else Path(name).stem, "dct": dct_value[:10],
            "text": "".join(text), "timexes": timexes}


def load_folder(folder: Path) -> list[dict]:
    """Every *.tml of `folder`, converted, in file-name order."""
    if not folder.is_dir():
        raise TimeMLError(f"{folder}: no such folder: give the folder that holds the TE3-Platinum .tml files")
    paths = sorted(folder.glob("*.tml"))
    if not paths:
        raise TimeMLError(f"{folder}: no .tml files in it: give the folder that holds the TE3-Platinum "
                          "files (bench/README.md says where to find them)")
    docs = []
    for path in paths:
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise TimeMLError(f"{path}: not UTF-8 ({e.reason} at byte {e.start}): save it as UTF-8") from None
        docs.append(convert(source, str(path)))
    seen = collections.Counter(d["doc"] for d in docs)
    twice = sorted(doc for doc, n in seen.items() if n > 1)
    if twice:
        raise TimeMLError(f"{folder}: the DOCID {twice[0]} is in more than one file: keep one copy")
    return docs


def _shape(value: str) -> str:
    """A coarse class of a TIMEX3 value, to count errors by without showing any."""
    if value.endswith("_REF"):
        return "PRESENT/PAST/FUTURE_REF"
    if value.startswith("P"):
        return "duration"
    if "T" in value:
        return "time of day"
    if "W" in value:
        return "week"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return "month"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|WI|Q\d|H\d)", value):
        return "season/quarter/half"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if re.fullmatch(r"\d{1,3}", value):
        return "decade/century"
    return "other (X..., underspecified)"


def error_classes(scorer, docs: list[dict], system: dict) -> dict:
    """Counts only: gold expressions missed or valued wrong (by gold type and by the gold value's
    shape), and our spans that match no gold one (by our type)."""
    missed, wrong, wrong_shape, false = (collections.Counter() for _ in range(4))
    for d in docs:
        gold, ours = d["timexes"], [t for t in system[d["doc"]]["timexes"] if t["end"] > t["start"]]
        pairs = scorer.align(gold, ours)
        aligned = dict(pairs)
        for i, g in enumerate(gold):
            if i not in aligned:
                missed[g["type"]] += 1
            elif ours[aligned[i]]["value"] != g["value"]:
                wrong[g["type"]] += 1
                wrong_shape[_shape(g["value"])] += 1
        matched = {s for _, s in pairs}
        false.update(t["type"] for i, t in enumerate(ours) if i not in matched)
    return {"missed_by_gold_type": dict(sorted(missed.items())),
            "value_wrong_by_gold_type": dict(sorted(wrong.items())),
            "value_wrong_by_gold_value_shape": dict(sorted(wrong_shape.items())),
            "false_positives_by_our_type": dict(sorted(false.items()))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path, help="the folder holding the TE3-Platinum .tml files")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "te3_platinum.json",
                    help="where to write the figures (default bench/out/te3_platinum.json)")
    ap.add_argument("--no-heideltime", action="store_true", help="leave out HeidelTime (bench/peer_heideltime.py)")
    args = ap.parse_args(argv)
    try:
        docs = load_folder(args.folder)
    except TimeMLError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    scorer = load_scorer()
    ours, _ = run_ours(docs, repeat=1)
    rows = {"ours": figures(scorer, docs, ours)}
    rows["ours"]["value_F1_95"] = value_f1_interval(scorer, docs, ours)
    heideltime, theirs = heideltime_tagged(docs, wanted=not args.no_heideltime)
    if theirs is not None:
        rows["HeidelTime (run here)"] = figures(scorer, docs, theirs)
        rows["HeidelTime (run here)"]["our_lead_95"] = value_f1_lead_interval(scorer, docs, ours, theirs)
    by_type = scorer.score({d["doc"]: d for d in docs}, ours, by_type=True)[0]["by_gold_type"]
    errors = error_classes(scorer, docs, ours)

    n_gold = sum(len(d["timexes"]) for d in docs)
    print(f"TE3-Platinum: {len(docs)} documents, {n_gold} gold TIMEX3 (the DCT not counted)")
    head = f"{'system':34} {'strict':>7} {'relaxed':>7} {'type':>7} {'value':>7} {'gold':>5} {'found':>5}"
    print(head)
    print("-" * len(head))
    for name, r in rows.items():
        print(f"{name:34} {r['strict_F1']:7.1f} {r['relaxed_F1']:7.1f} {r['type_F1']:7.1f} "
              f"{r['value_F1']:7.1f} {r['n_gold']:5} {r['n_sys']:5}")
    for name, value in PUBLISHED.items():
        print(f"published: {name}: {value}")
    low, high = rows["ours"]["value_F1_95"]
    print(f"ours: value F1, 95% interval over documents (bootstrap): {low}-{high}")
    if "HeidelTime (run here)" in rows:
        low, high = rows["HeidelTime (run here)"]["our_lead_95"]
        print(f"value F1 lead over HeidelTime, 95% interval (paired bootstrap): {low:+} to {high:+}")
    else:
        print(f"HeidelTime not run: {heideltime['reason']}")
    for gold_type, r in by_type.items():
        print(f"ours, gold {gold_type}: {r['gold']} gold, found {100 * r['relaxed_recall']:.1f}%, "
              f"valued right {100 * r['value_correct_of_gold']:.1f}%")
    for name, counts in errors.items():
        print(f"errors, {name.replace('_', ' ')}: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "none"))
    result = {"corpus": "TE3-Platinum (TempEval-3 test set)", "folder": args.folder.name,
              "documents": sorted(d["doc"] for d in docs), "n_gold": n_gold, "rows": rows,
              "published_value_F1": PUBLISHED, "heideltime": heideltime, "by_gold_type": by_type,
              "error_classes": errors}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    partial = args.out.with_suffix(".part")
    partial.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    partial.replace(args.out)  # nothing half-written if stopped
    return 0


if __name__ == "__main__":
    sys.exit(main())
