"""Stories in a mixed collection: does grouping chain unrelated news into one story?

Writes a user's text files from every collection on disk: the Guardian swine-flu story (as
bench/stories_report.py writes it), the TempEval-3 TBAQ development documents (front matter
`published:` their creation date; the held-out ids of bench/te3_split.txt are skipped unread) and the
two demo articles (unchanged). Analyses them as `timeline extract` does, groups them into stories
(timeline.extract.story.group) and scores the groups against where each article came from:

- `collection`: guardian, demo or tbaq (unrelated stories must never share a group);
- `source`: within TBAQ, a finer known source: the Elian Gonzalez documents (they name him); each
  Wall Street Journal document of TimeBank (wsj_*: company notices and market reports, mostly each its
  own story, a few pairs of one); else the document family and year (APW 1998, XIE 1998...), a bound
  on a story rather than a story (the 1998 embassy bombings are APW and XIE).

Purity: the share of articles whose group's most common label is their own; completeness: the share
whose label's largest group holds them; B-cubed precision and recall the same per article. Prints the
figures and the largest groups with what they hold; writes bench/out/stories_mixed.json.

    python bench/stories_mixed.py [--jobs 2] [--keep DIR] [--top 5]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import OUT, REPO, shared_dir, write_json, write_story_seeds  # noqa: E402

SHARED = shared_dir()
GUARDIAN = SHARED / "data" / "t17-h1n1-guardian"
TBAQ = SHARED / "data" / "te3-tbaq.jsonl"
DEMO = SHARED / "seeds"
HELD_OUT = REPO / "bench" / "te3_split.txt"


def held_out() -> set[str]:
    lines = HELD_OUT.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def write_collection(seeds: Path, only: set[str] | None = None) -> dict[str, tuple[str, str]]:
    """Every collection's articles (or `only` those named, as `tbaq/wsj_0150.txt`) as text files
    under seeds/; file name -> (collection, source)."""
    labels: dict[str, tuple[str, str]] = {}
    write_story_seeds(GUARDIAN, seeds / "guardian")
    for path in sorted((seeds / "guardian").glob("*.txt")):
        if only is not None and f"guardian/{path.name}" not in only:
            path.unlink()
            continue
        labels[f"guardian/{path.name}"] = ("guardian", "guardian")
    (seeds / "demo").mkdir(parents=True, exist_ok=True)
    for path in sorted(DEMO.glob("*.txt")):
        shutil.copyfile(path, seeds / "demo" / path.name)
        labels[f"demo/{path.name}"] = ("demo", "demo")
    wanted = None if only is None else {name.removeprefix("tbaq/") for name in only}
    for name, source in write_tbaq(seeds / "tbaq", wanted).items():
        labels[f"tbaq/{name}"] = ("tbaq", "tbaq/" + source)
    return labels


def write_tbaq(folder: Path, only: set[str] | None = None) -> dict[str, str]:
    """The TBAQ development documents (or `only` those named, as `wsj_0150.txt`) as a user's text files
    in folder, front matter `published:` their creation date; the held-out ids are skipped unread.
    File name -> finer source (see _source)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources: dict[str, str] = {}
    skip = held_out()
    for line in TBAQ.read_text(encoding="utf-8").splitlines():
        document = json.loads(line)
        if document["doc"] in skip:
            continue
        name = f"{document['doc']}.txt"
        if only is not None and name not in only:
            continue
        text = document["text"].strip()
        (folder / name).write_text(f"---\npublished: {document['dct']}\n---\n{text}\n", encoding="utf-8")
        sources[name] = _source(document["doc"], text, document["dct"])
    return sources


def _source(doc: str, text: str, dct: str) -> str:
    if "Elian" in text:
        return "elian"
    if doc.startswith("wsj_"):
        return doc
    family = re.match(r"[A-Za-z]+", doc).group(0).lower()
    return f"{family}-{dct[:4]}"


def scores(groups: list[list[str]], label: dict[str, str]) -> dict[str, float]:
    """Purity, completeness and B-cubed precision and recall of the groups against the labels."""
    total = sum(len(g) for g in groups)
    of_label = Counter(label[a] for g in groups for a in g)
    purity = sum(Counter(label[a] for a in g).most_common(1)[0][1] for g in groups) / total
    largest: Counter = Counter()
    for g in groups:
        for name, n in Counter(label[a] for a in g).items():
            largest[name] = max(largest[name], n)
    completeness = sum(largest.values()) / total
    precision = recall = 0.0
    for g in groups:
        counts = Counter(label[a] for a in g)
        for name, n in counts.items():
            precision += n * n / len(g)
            recall += n * n / of_label[name]
    return {"purity": round(purity, 3), "completeness": round(completeness, 3),
            "bcubed_precision": round(precision / total, 3), "bcubed_recall": round(recall / total, 3)}


def group_collection(project: Path, jobs: int) -> tuple[list[list[str]], list[str], float]:
    """The stories of the articles under project/seeds (file names, as extract groups them), their
    names, and the seconds grouping took."""
    from timeline.articles import find_articles
    from timeline.extract import borrowing, pipeline, story

    seeds = project / "seeds"
    files = find_articles([seeds])
    shown = [f.relative_to(seeds).as_posix() for f in files]
    notes: list[str] = []
    analyses = borrowing.borrow(pipeline._analyse_all(list(zip(files, shown)), jobs, None, notes), jobs, stories=[])
    started = time.perf_counter()
    indexes = story.group(analyses)
    seconds = time.perf_counter() - started
    names = [story.story_name(analyses, members) for members in indexes]
    return [[analyses[i].article.shown for i in members] for members in indexes], names, seconds


def measure(project: Path, jobs: int, only: set[str] | None = None) -> dict:
    labels = write_collection(project / "seeds", only)
    groups, names, seconds = group_collection(project, jobs)
    collection = {a: c for a, (c, _) in labels.items()}
    source = {a: s for a, (_, s) in labels.items()}
    order = sorted(range(len(groups)), key=lambda k: (-len(groups[k]), groups[k]))
    described = []
    for k in order:
        described.append({
            "name": names[k], "articles": len(groups[k]),
            "collections": dict(Counter(collection[a] for a in groups[k]).most_common()),
            "sources": dict(Counter(source[a] for a in groups[k]).most_common()),
        })
    guardian = max((sum(collection[a] == "guardian" for a in g) for g in groups), default=0)
    demo_together = any(all(f"demo/{p.name}" in g for p in DEMO.glob("*.txt")) for g in groups)
    return {
        "articles": len(labels), "groups": len(groups), "group_seconds": round(seconds, 3),
        "largest": described[0]["articles"] if described else 0,
        "guardian_articles": sum(c == "guardian" for c in collection.values()),
        "guardian_main_group": guardian, "demo_together": demo_together,
        "singletons": sum(len(g) == 1 for g in groups),
        "by_collection": scores(groups, collection), "by_source": scores(groups, source),
        "groups_largest_first": described,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="the project folder to use (kept); a temporary one by default")
    parser.add_argument("--top", type=int, default=5, help="how many of the largest groups to show")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stories-mixed-") as temporary:
        result = measure(args.keep or Path(temporary), args.jobs)
    print(f"{result['articles']} articles, {result['groups']} groups ({result['singletons']} of one article), "
          f"grouped in {result['group_seconds']} s")
    print(f"largest group {result['largest']}; Guardian's main group {result['guardian_main_group']} of "
          f"{result['guardian_articles']}; "
          f"demo articles together: {result['demo_together']}")
    for level in ("by_collection", "by_source"):
        print(f"{level}: " + ", ".join(f"{k} {v}" for k, v in result[level].items()))
    for described in result["groups_largest_first"][: args.top]:
        print(f"  {described['articles']:4d} {described['name']}: {described['collections']}")
        print(f"       {described['sources']}")
    write_json(OUT / "stories_mixed.json", result)
    print(f"wrote {OUT / 'stories_mixed.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
