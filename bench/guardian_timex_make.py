"""Build bench/guardian_timex.jsonl from the hand annotations below (doc, span text, its occurrence in the
article counting from 0, type, value); offsets are found here and checked. See bench/guardian_timex.md.

    python3 bench/guardian_timex_make.py bench/guardian_timex.jsonl
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import shared_dir  # noqa: E402

STORY = "data/t17-h1n1-guardian/articles.jsonl"  # under the shared folder ($TIMELINE_SHARED, else ../shared)
SEED = 1208
IDS = ['1049','1135','599','727','969','471','89','63','1070','603','330','124']


def pick(arts: dict) -> list[str]:
    """The articles, by a fixed seed: the ids sorted, shuffled with random.Random(SEED).sample, then taken
    in that order when 150 to 800 words long, until 5,000 words or 12 articles."""
    order = random.Random(SEED).sample(sorted(arts), len(arts))
    chosen, words = [], 0
    for i in order:
        n = len(arts[i]["text"].split())
        if 150 <= n <= 800:
            chosen.append(i)
            words += n
        if words >= 5000 or len(chosen) == 12:
            return chosen
    return chosen

A = [
 ('1049','Monday 11 May 2009 13.41 BST',0,'TIME','2009-05-11T13:41'),
 ('1049','recently',0,'DATE','PAST_REF'),
 ('1049','Friday',0,'DATE','2009-05-08'),
 ('1049','seven days',0,'DURATION','P7D'),
 ('1049','now',0,'DATE','PRESENT_REF'),
 ('1049','the past',0,'DATE','PAST_REF'),
 ('1049','2003',0,'DATE','2003'),
 ('1049','today',0,'DATE','2009-05-11'),
 ('1135','Thursday 11 June 2009 16.17 BST',0,'TIME','2009-06-11T16:17'),
 ('1135','now',0,'DATE','PRESENT_REF'),
 ('1135','this morning',0,'TIME','2009-06-11TMO'),
 ('1135','yesterday',0,'DATE','2009-06-10'),
 ('1135','the past 10 days',0,'DURATION','P10D'),
 ('1135','now',1,'DATE','PRESENT_REF'),
 ('1135','winter',0,'DATE','2009-WI'),
 ('599','this week',0,'DATE','2009-W18'),
 ('599','2005',0,'DATE','2005'),
 ('599','this month',0,'DATE','2009-04'),
 ('599','now',0,'DATE','PRESENT_REF'),
 ('599','last year',0,'DATE','2008'),
 ('599','One hundred days',0,'DURATION','P100D'),
 ('599','three weeks',0,'DURATION','P3W'),
 ('599','1',0,'DATE','2009-04-01'),
 ('599','2 April',0,'DATE','2009-04-02'),
 ('599','the middle of last week',0,'DATE','2009-W17'),
 ('599','the following day',0,'DATE','2009-W17'),
 ('599','100 days',0,'DURATION','P100D'),
 ('599','Five years',0,'DURATION','P5Y'),
 ('599','250 years',0,'DURATION','P250Y'),
 ('727','yesterday',0,'DATE','2009-04-26'),
 ('727','around a day',0,'DURATION','P1D'),
 ('727','earlier this year',0,'DATE','2009'),
 ('727','up to half a year',0,'DURATION','P6M'),
 ('969','recently',0,'DATE','PAST_REF'),
 ('471','each day',0,'SET','P1D'),
 ('89','Saturday 25 April 2009 22.09 BST',0,'TIME','2009-04-25T22:09'),
 ('89','today',0,'DATE','2009-04-25'),
 ('89','2pm today',0,'TIME','2009-04-25T14:00'),
 ('89','present',0,'DATE','PRESENT_REF'),
 ('63','this summer',0,'DATE','2009-SU'),
 ('63','five years',0,'DURATION','P5Y'),
 ('63','29 June',0,'DATE','2009-06-29'),
 ('63','each year',0,'SET','P1Y'),
 ('63','the start of the year',0,'DATE','2009'),
 ('1070','today',0,'DATE','2009-05-07'),
 ('1070','today',1,'DATE','2009-05-07'),
 ('1070','the autumn',0,'DATE','2009-FA'),
 ('1070','today',2,'DATE','2009-05-07'),
 ('1070','later today',0,'DATE','2009-05-07'),
 ('1070','today',4,'DATE','2009-05-07'),
 ('1070','Monday',0,'DATE','2009-05-04'),
 ('1070','next week',0,'DATE','2009-W20'),
 ('1070','today',5,'DATE','2009-05-07'),
 ('603','4 June',0,'DATE','2009-06-04'),
 ('603','daily',0,'SET','P1D'),
 ('603','the past two decades',0,'DURATION','P20Y'),
 ('330','Tuesday 5 May 2009 14.37 BST',0,'TIME','2009-05-05T14:37'),
 ('330','today',0,'DATE','2009-05-05'),
 ('330','hours',0,'DURATION','PTXH'),
 ('330','now',0,'DATE','PRESENT_REF'),
 ('330','yesterday',0,'DATE','2009-05-04'),
 ('330','Sunday',0,'DATE','2009-05-10'),
 ('330','this week',0,'DATE','2009-W19'),
 ('330','six and a half days',0,'DURATION','P6.5D'),
 ('330','this week',1,'DATE','2009-W19'),
 ('330','next week',0,'DATE','2009-W20'),
 ('330','Thursday',0,'DATE','2009-05-07'),
 ('124','Tuesday 28 April 2009 18.17 BST',0,'TIME','2009-04-28T18:17'),
 ('124','yesterday',0,'DATE','2009-04-27'),
 ('124','the time being',0,'DATE','PRESENT_REF'),
]


def load_articles(path: Path | None = None) -> dict:
    """The story's articles by id."""
    arts = {}
    with open(path or shared_dir() / STORY, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                arts[d["id"]] = d
    return arts


def build(arts: dict) -> list[dict]:
    """The annotated documents, in IDS order, each expression found at its occurrence and checked."""
    assert pick(arts) == IDS, pick(arts)
    out = []
    for doc in IDS:
        text = arts[doc]["text"]
        tx = []
        for (d, span, nth, typ, val) in A:
            if d != doc:
                continue
            ms = list(re.finditer(r"(?<![\w-])" + re.escape(span) + r"(?![\w-])", text))
            m = ms[nth]
            tx.append({"start": m.start(), "end": m.end(), "text": span, "type": typ, "value": val})
        tx.sort(key=lambda t: t["start"])
        for k, t in enumerate(tx, 1):
            t["tid"] = f"t{k}"
        assert all(text[t["start"]:t["end"]] == t["text"] for t in tx)
        out.append({"doc": f"guardian-{doc}", "dct": arts[doc]["time"], "text": text, "timexes": tx})
    return out


def render(docs: list[dict]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str]) -> int:
    docs = build(load_articles())
    with open(argv[0], "w", encoding="utf-8") as f:
        f.write(render(docs))
    print(sum(len(d["timexes"]) for d in docs), "timexes in", len(docs), "documents,",
          sum(len(d["text"].split()) for d in docs), "words")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
