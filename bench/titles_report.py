"""Event titles on the Guardian swine-flu story (T17 h1n1): how many read as fragments.

Writes each article of the shared corpus as a .txt file with front matter (`published:`), its PTB
tokenisation roughly undone, into a temporary folder; runs `timeline extract seeds --out events`
there (the timeline imported from this checkout: run with PYTHONPATH set to it); and prints

- the number of events;
- titles of 4 words or fewer;
- titles ending on a function word (FUNCTION_WORDS below: a headline does not end on "into");
- titles with no verb, by a simple heuristic (`has_verb`): a word of VERB_WORDS (auxiliaries,
  modals, common irregular and reporting verbs), or a word after the first ending in "-ed" (5
  letters or more). It over-counts verbs ("confirmed cases" has none), so "no verb" is a lower
  bound of verbless titles; it misses some present-tense verbs ("The WHO raises"), so a few
  counted as verbless have one: read the sample;
- a sample of each kind, and with --all every title.

    PYTHONPATH=. python bench/titles_report.py [--corpus PATH] [--all] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

CORPUS = Path("/work/shared/data/t17-h1n1-guardian/articles.jsonl")

FUNCTION_WORDS = frozenset("""
a an the this that these those his her its their our my your some any no
of to in on at by for with from into onto over under about after before during since until
than as like through between among against without within upon via per
and or but nor so yet if because although though while whereas when where which who whom whose
is are was were be been being has have had do does did will would can could may might shall should must
not also very just still even more most less least such both either neither each every
""".split())

VERB_WORDS = frozenset("""
is are was were be been being am has have had do does did will would can could may might shall should must
'll 's 're 've
said says say told tells tell made makes make took takes take went goes go came comes come gave gives give
got gets get found finds find left leaves leave became becomes become began begins begin rose rises rise
fell falls fall kept keeps keep held holds hold met meets meet sent sends send spent spends spread spreads
set sets put puts cut cuts hit hits shut shuts led leads read reads thought thinks knew knows saw sees
won wins lost loses paid pays brought brings bought buys built builds ran runs stood stands sat sits
flew flies grew grows drew draws showed shows shown seen known given taken gone done
warns warn urges urge confirms confirm reports report calls call announces announce says
""".split())


def has_verb(title: str) -> bool:
    words = [w.strip(".,;:\"'“”‘’()").lower() for w in title.split()]
    if any(w in VERB_WORDS or w.endswith("n't") for w in words):
        return True
    return any(len(w) >= 5 and w.endswith("ed") for w in words[1:])


def untokenise(text: str) -> str:
    """PTB tokens back to plain text, roughly. The corpus's "cents" are all the page's bullets (a "•"
    read as "¢" and spelt out by the tokeniser: "UK cases pass 200 cents Eton advised to close"), and
    its "\\/" is PTB's escaped slash ("Photograph: Sang Tan\\/AP")."""
    text = text.replace("\\/", "/")
    text = re.sub(r"\bcents\b", "•", text)
    text = text.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    text = text.replace("``", '"').replace("''", '"')
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r" ([,.;:?!%)\]])", r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text


def write_seeds(corpus: Path, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for line in corpus.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        article = json.loads(line)
        body = "\n".join(untokenise(s.strip()) for s in article["text"].splitlines() if s.strip())
        name = f"{int(article['id']):05d}.txt" if str(article["id"]).isdigit() else f"{article['id']}.txt"
        (folder / name).write_text(f"---\npublished: {article['time'][:10]}\n---\n{body}\n", "utf-8")
        count += 1
    return count


def titles(events_dir: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(events_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for event in data.get("events") or []:
            found.append((str(event.get("title", "")), str(event.get("summary", ""))))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--all", action="store_true", help="print every title")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) rather than a temporary one")
    parser.add_argument("--sample", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="titles-") as temporary:
        work = args.keep or Path(temporary)
        for old in (work / "events").glob("*.yaml") if (work / "events").exists() else ():
            old.unlink()  # a kept folder starts afresh: a re-run would keep the old titles
        articles = write_seeds(args.corpus, work / "seeds")
        done = subprocess.run([sys.executable, "-m", "timeline", "extract", "seeds", "--out", "events",
                               "--no-progress"], cwd=work, capture_output=True, text=True)
        if done.returncode:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            return 1
        found = titles(work / "events")
    short = [t for t, _ in found if len(t.split()) <= 4]
    dangling = [t for t, _ in found if t.split() and t.split()[-1].lower().strip(".,;:\"'") in FUNCTION_WORDS]
    verbless = [t for t, _ in found if not has_verb(t)]
    print(f"articles: {articles}")
    print(f"events: {len(found)}")
    print(f"titles of <= 4 words: {len(short)}")
    print(f"titles ending on a function word: {len(dangling)}")
    print(f"titles with no verb (heuristic): {len(verbless)}")
    for label, items in (("<= 4 words", short), ("ending on a function word", dangling), ("no verb", verbless)):
        print(f"\nsample, {label}:")
        for t in sorted(items)[: args.sample]:
            print(f"  {t}")
    if args.all:
        print("\nall titles:")
        for t, summary in found:
            print(f"  {t}\n      <- {summary[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
