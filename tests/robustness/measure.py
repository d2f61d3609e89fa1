"""Time every hostile input of the catalogues once and name the slowest (a measurement, not a test).

    .venv/bin/python tests/robustness/measure.py [--big]

YAML inputs go through load_with_lines (bombs, deep files, big files) or timeline check's loader;
articles through the extraction pipeline; --big adds a 20 MB article. Times are wall-clock seconds
on this machine, with the date rules already loaded.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from test_event_yaml_mistakes import MISTAKES  # noqa: E402
from test_hostile_articles import ARTICLES  # noqa: E402
from test_hostile_yaml import ALIAS_BOMBS, BIG, DEEP, OBJECT_TAGS  # noqa: E402

from timeline.errors import TimelineError  # noqa: E402
from timeline.loader import load_events  # noqa: E402
from timeline.yamlfile import Limits, YamlSyntaxError, load_with_lines  # noqa: E402


def time_yaml(text: str) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        load_with_lines(text, Limits())
        outcome = "loaded"
    except YamlSyntaxError as error:
        outcome = f"refused at line {error.line}"
    return time.perf_counter() - start, outcome


def time_events_file(folder: Path, text: str) -> tuple[float, str]:
    path = folder / "e.yaml"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    try:
        load_events([path])
        outcome = "loaded"
    except TimelineError as error:
        outcome = f"{len(str(error).splitlines())} problem(s)"
    return time.perf_counter() - start, outcome


def time_article(folder: Path, name: str, data: bytes) -> tuple[float, str]:
    from timeline.extract.pipeline import extract

    root = folder / "article"
    shutil.rmtree(root, ignore_errors=True)
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / name).write_bytes(data)
    start = time.perf_counter()
    try:
        outcome = f"{len(extract([root / 'seeds'], root / 'events').report.added)} events"
    except TimelineError as error:
        outcome = f"refused: {str(error)[:60]}"
    return time.perf_counter() - start, outcome


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        time_article(folder, "warm.txt", b"On Jan. 8, 2019, Kim arrived.\n")  # load the rules once
        for name, text, _ in MISTAKES:
            rows.append(("event YAML mistake", name, *time_events_file(folder, text)))
        for name, text, _ in OBJECT_TAGS:
            rows.append(("object tag", name, *time_yaml(text.format(s="PWNED"))))
        for name, text, _ in ALIAS_BOMBS:
            rows.append(("alias bomb", name, *time_yaml(text)))
        for name, text, _ in DEEP:
            rows.append(("deep nesting", name, *time_yaml(text)))
        for name, text in BIG:
            rows.append(("large YAML", name, *time_events_file(folder, text)))
        for name, file, data, _, _ in ARTICLES:
            rows.append(("article", name, *time_article(folder, file, data)))
        if "--big" in sys.argv:
            demo = (HERE.parents[1] / "seeds" / "000_207661d1272d65b9.txt").read_bytes()
            data = (demo + b"\n\n") * (20_000_000 // (len(demo) + 2) + 1)
            rows.append(("article", f"a 20 MB article ({len(data):,} bytes)", *time_article(folder, "big.txt", data)))
    rows.sort(key=lambda row: -row[2])
    print(f"{len(rows)} hostile inputs timed; the ten slowest:")
    for kind, name, seconds, outcome in rows[:10]:
        print(f"  {seconds:8.2f} s  {kind:<20} {name:<45} {outcome}")
    kind, name, seconds, outcome = rows[0]
    print(f"slowest: {kind} '{name}': {seconds:.2f} s ({outcome})")


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    main()
