"""How long the lines that explain a date are on the Guardian swine-flu story's site (T17 h1n1).

Writes the story's articles as `seeds/*.txt` in a new project (`timeline init`), runs `timeline
extract seeds --out events` and `mkdocs build` there (the timeline imported from this checkout: run
with PYTHONPATH set to it), and prints, over the distinct lines of the built pages, the median, 90th
percentile and longest length in characters of

- "How the date was read: ..." (`tl-date-how`, under a sure date), and
- "Why the date is uncertain: ..." (`tl-unsure-why`, under a date marked uncertain),

with the longest of each kind (`--longest N`).

    PYTHONPATH=. python bench/date_lines_report.py [--story DIR] [--longest N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import shared_dir, this_checkout, write_story_seeds  # noqa: E402

STORY = shared_dir() / "data" / "t17-h1n1-guardian"
LINE = re.compile(r'<p class="(tl-date-how|tl-unsure-why)"[^>]*>(.*?)</p>', re.S)


def lines_of(site: Path) -> dict[str, set[str]]:
    """The distinct lines of each kind on the built pages, as a reader sees them (tags left out)."""
    found: dict[str, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        for kind, body in LINE.findall(page.read_text("utf-8")):
            found.setdefault(kind, set()).add(html.unescape(re.sub(r"<[^>]+>", "", body)).strip())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", type=Path, default=STORY)
    parser.add_argument("--longest", type=int, default=3, help="print the N longest lines of each kind")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) rather than a temporary one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="date-lines-") as temporary:
        work = args.keep or Path(temporary) / "project"
        env = {**this_checkout(), "NO_MKDOCS_2_WARNING": "1"}
        subprocess.run([sys.executable, "-m", "timeline", "init", str(work)], check=True, capture_output=True, env=env)
        write_story_seeds(args.story, work / "seeds")
        for argv in ([sys.executable, "-m", "timeline", "extract", "seeds", "--out", "events"],
                     [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"]):
            subprocess.run(argv, check=True, capture_output=True, cwd=work, env=env)
        for kind, lines in sorted(lines_of(work / "site").items()):
            lengths = sorted(len(line) for line in lines)
            p90 = statistics.quantiles(lengths, n=10)[8] if len(lengths) > 1 else lengths[0]
            print(f"{kind}: {len(lines)} distinct lines, median {statistics.median(lengths):g}, "
                  f"90th percentile {p90:.0f}, longest {lengths[-1]}")
            for line in sorted(lines, key=lambda text: (len(text), text))[-args.longest:] if args.longest else []:
                print(f"  {len(line)}  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
