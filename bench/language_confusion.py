"""Which language short texts read as (timeline/articles/language.py): a confusion count.

Texts, each with the language it is written in:
- the short news items of bench/language_articles/ (French, German, Spanish, English; the language
  is the file name's prefix: fr-, de-, es-, en-), whole, each sentence alone and each two sentences
  running;
- the date engine's examples in each language (timeline/dates/rules/languages.yaml, `examples`:
  one sentence or a piece of one each);
- the Guardian swine-flu story (English, $TIMELINE_SHARED/data/t17-h1n1-guardian): each of its
  articles whole, and its first 30 sentences alone and two running.

Prints, for each language written, how many texts read as each language, and the texts read as
another (with --wrong). Reading a text as another language than English is what costs: its dates
are then read in that language's words only, English's held unsure.

    PYTHONPATH=. python bench/language_confusion.py [--wrong]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import shared_dir  # noqa: E402

HERE = Path(__file__).resolve().parent
PREFIX = {"fr": "French", "de": "German", "es": "Spanish", "en": "English"}
# a sentence ends at . ! ? before a space and a capital (not "3. März", "Dr. May": good enough here)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«\"])")


def _body(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        return text[end + 4:] if end >= 0 else text
    return text


def _pieces(text: str, most: int | None = None) -> list[tuple[str, str]]:
    """(kind, text): the text whole, each sentence alone, each two sentences running."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]
    if most is not None:
        sentences = sentences[:most]
    out = [("whole", text)]
    out += [("sentence", s) for s in sentences]
    out += [("two sentences", f"{a} {b}") for a, b in zip(sentences, sentences[1:])]
    return out


def texts() -> list[tuple[str, str, str, str]]:
    """(language written, where, kind, text)."""
    import yaml

    from timeline.dates import languages as dates_languages

    out = []
    for path in sorted((HERE / "language_articles").iterdir()):
        name = PREFIX[path.name.split("-", 1)[0]]
        out += [(name, path.name, kind, t) for kind, t in _pieces(_body(path.read_text("utf-8")))]
    data = yaml.safe_load(Path(dates_languages.__file__).with_name("rules").joinpath("languages.yaml").read_text("utf-8"))
    for name, entry in data["languages"].items():
        out += [(name, "dates/rules/languages.yaml", "example", e["text"]) for e in entry.get("examples", ())]
    story = shared_dir() / "data" / "t17-h1n1-guardian" / "articles.jsonl"
    for line in story.read_text("utf-8").splitlines():
        article = json.loads(line)
        out += [("English", f"guardian {article['id']}", kind, t) for kind, t in _pieces(article["text"], 30)]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wrong", action="store_true", help="print each text read as another language")
    args = parser.parse_args()
    from timeline.articles.language import language_of

    counts: dict[str, Counter] = {}
    by_kind: Counter = Counter()
    wrong = []
    for written, where, kind, text in texts():
        read = language_of(text)
        counts.setdefault(written, Counter())[read] += 1
        by_kind[(kind, read == written)] += 1
        if read != written:
            wrong.append((written, read, where, kind, text))
    names = sorted({n for c in counts.values() for n in c} | set(counts))
    print("written \\ read as".ljust(20) + "".join(n.rjust(10) for n in names) + "     right")
    for written in sorted(counts):
        c = counts[written]
        print(written.ljust(20) + "".join(str(c[n]).rjust(10) for n in names)
              + f"{c[written]:>6} of {sum(c.values())}")
    for kind in ("whole", "two sentences", "sentence", "example"):
        right, total = by_kind[(kind, True)], by_kind[(kind, True)] + by_kind[(kind, False)]
        print(f"{kind}: {right} of {total} right")
    if args.wrong:
        for written, read, where, kind, text in wrong:
            print(f"\n{written} read as {read} ({where}, {kind}): {text[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
