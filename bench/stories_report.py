"""Stories: which story files `timeline extract` writes for a T17-style collection, and what is in them.

Writes each article of DATA_DIR/articles.jsonl (PTB-tokenised, one sentence a line) as a .txt file
with front matter `published:` into a temporary project (seeds/), with the tokenisation undone
(as `timeline.extract.evaluate` undoes it), runs `timeline extract seeds/ --out events/` there, and prints each story file with its
article and event counts (and, with --names, the names each story's articles use most).

    python bench/stories_report.py [DATA_DIR] [--jobs N] [--keep DIR] [--names]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import shared_dir, write_story_seeds  # noqa: E402

DEFAULT = shared_dir() / "data" / "t17-h1n1-guardian"
def report(project: Path, names: bool) -> list[str]:
    lines = []
    files = sorted((project / "events").glob("*.yaml"))
    for path in files:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        events = document.get("events") or []
        undated = document.get("undated") or []
        articles = {s["file"] for e in events + undated for s in (e.get("sources") or [])}
        lines.append(f"{path.name:60s} articles {len(articles):3d}  events {len(events):4d}  undated {len(undated):3d}")
        if names:
            lines.append("    " + ", ".join(f"{w} {n}" for w, n in _names(project, articles)))
    lines.append(f"{len(files)} story files")
    return lines


def _names(project: Path, articles: set[str]) -> list[tuple[str, int]]:
    from timeline.extract.analyse import analyse

    counts: Counter = Counter()
    for name in sorted(articles):
        counts.update(analyse(project / name, name).name_uses)
    return counts.most_common(10)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="the project folder to use (kept); a temporary one by default")
    parser.add_argument("--names", action="store_true", help="the names each story's articles use most")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stories-") as temporary:
        project = args.keep or Path(temporary)
        count = write_story_seeds(args.data, project / "seeds")
        command = [sys.executable, "-m", "timeline", "extract", "seeds/", "--out", "events/", "--jobs", str(args.jobs),
                   "--no-progress"]
        done = subprocess.run(command, cwd=project, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            return done.returncode
        print(f"{count} articles in {args.data}")
        print("\n".join(report(project, args.names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
