"""How repetitive a corpus is to the extractor: how often its cues are asked about the same written
sentence (the sentence with its dates written as marks, whatever their words).

The cues (`attachment.doubt`) remember their match per written sentence (stop 28), as the
date-marked checks do, so a corpus that tells the same sentences again of other days, as the
synthetic one does, is extracted faster than real news of the same size: this is the figure that
says how much. Runs `timeline extract` once in this process (one job), counting the asks; no time is
measured. bench/bench_extract.py runs it as a child on each corpus it times.

    python bench/extract_repetition.py FOLDER
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path


def figures(asked: Counter) -> dict:
    """Asks, distinct sentences asked about, and their ratio (1.0: no sentence asked about twice)."""
    asks, distinct = sum(asked.values()), len(asked)
    return {"cue_asks": asks, "distinct_sentences": distinct,
            "asks_per_distinct": round(asks / distinct, 2) if distinct else None}


def measure(folder: Path) -> dict:
    """The cues' asks over the articles of `folder` and the distinct written sentences they were about."""
    from timeline.extract import attachment, pipeline

    asked: Counter = Counter()
    doubt = attachment.doubt

    def counted(written_sentence: str, *rest):
        asked[written_sentence] += 1
        return doubt(written_sentence, *rest)

    out = Path(tempfile.mkdtemp(prefix="repetition-")) / "events"
    try:
        attachment.doubt = counted
        pipeline.extract([folder], out, jobs=1)
    finally:
        attachment.doubt = doubt
        shutil.rmtree(out.parent)
    return figures(asked)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of articles, as `timeline extract` reads them")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder}: not a folder; give the folder of articles `timeline extract` would read")
    return measure(args.folder)


if __name__ == "__main__":
    print(json.dumps(main()))
