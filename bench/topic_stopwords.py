"""Words that tell no story's topic: those in at least 5% of the Wall Street Journal articles of
TempEval-3 TBAQ (a spread of unrelated business and political news), lower case in most of their
uses there (so names stay topics). Prints them; `not_topic_words` in
timeline/extract/data/stories.yaml is this list together with common function and news words.

    python bench/topic_stopwords.py [/work/shared/data/te3-tbaq.jsonl]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

WORD = re.compile(r"[^\W\d_]{3,}")


def generic_words(path: str, share: float = 0.05) -> list[str]:
    df: Counter = Counter()
    upper: Counter = Counter()
    lower: Counter = Counter()
    count = 0
    for line in open(path, encoding="utf-8"):
        document = json.loads(line)
        if not document["doc"].startswith("wsj"):
            continue
        count += 1
        df.update(set(WORD.findall(document["text"].lower())))
        for word in WORD.findall(document["text"]):
            (upper if word[0].isupper() else lower)[word.lower()] += 1
    return sorted(w for w, n in df.items() if n >= share * count and lower[w] >= upper[w])


if __name__ == "__main__":
    print(" ".join(generic_words(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/te3-tbaq.jsonl")))
