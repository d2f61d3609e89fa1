"""Where `timeline extract`'s CPU goes, by stage: importing, the start-up a first article pays, and
then, on a folder of articles, reading, debris, sentence split, date tagging, names, the attachment
cues, the rest of the candidates, merging, titles and writing.

One process: imports the command's modules (timed), extracts the shortest article of the folder
(the rules' first loading and the first use of what every article needs), then the folder, each
stage's CPU summed by wrapping the functions that do it (time.process_time around each call; the
wrappers add a few microseconds a call). Stages nest (the cues are part of the candidates, the
titles of the story's events): the rows say which. No output is compared; the events are written to
a temporary folder. Run it on a quiet machine, or read its shares, not its seconds.

    python bench/extract_stages.py [FOLDER]   (default: the Guardian story, TIMELINE_SHARED)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# (module, function, stage): each wrapped wherever timeline's modules hold it
STAGES = [
    ("timeline.articles._read", "read_article", "reading the file"),
    ("timeline.extract.debris", "find_debris", "debris (page furniture)"),
    ("timeline.extract.sentences", "split", "sentence split"),
    ("timeline.extract.analyse", "_tagged", "date tagging"),
    ("timeline.extract.story", "names_of", "names"),
    ("timeline.extract.analyse", "analyse", "analysis, in all (the rows above and the dateline)"),
    ("timeline.extract.attachment", "doubt", "attachment cues"),
    ("timeline.extract.events", "candidates", "candidates, in all (the cues included)"),
    ("timeline.extract.events", "merge", "merge"),
    ("timeline.extract.titles", "title", "titles"),
    ("timeline.extract.store", "render", "writing YAML"),
    ("timeline.extract.pipeline", "_story_events", "the story's events, in all (merge and titles included)"),
    ("timeline.extract.pipeline", "extract", "the pipeline, in all"),
]


def _wrap(spent: dict[str, float], module: str, name: str, stage: str) -> None:
    original = getattr(sys.modules[module], name)

    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - start

    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__name__", "").startswith("timeline"):
            for key, value in list(vars(loaded).items()):
                if value is original:
                    setattr(loaded, key, timed)


def _extract(cli, folder: Path) -> None:
    with tempfile.TemporaryDirectory() as out, contextlib.redirect_stdout(io.StringIO()), \
            contextlib.redirect_stderr(io.StringIO()):
        try:
            cli.main(["extract", "--out", str(Path(out) / "events"), str(folder)])
        except SystemExit:
            pass


def measure(folder: Path) -> dict:
    started = time.process_time()
    import timeline.cli as cli
    import timeline.extract.pipeline  # noqa: F401 - the command's modules, imported when it runs
    from timeline.extract import analyse, attachment, debris, events, sentences, store, story, titles  # noqa: F401
    imported = time.process_time()
    texts = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory() as first:
        shortest = min(texts, key=lambda p: p.stat().st_size)
        shutil.copy(shortest, Path(first) / shortest.name)
        _extract(cli, Path(first))
    warmed = time.process_time()
    spent: dict[str, float] = {}
    for module, name, stage in STAGES:
        _wrap(spent, module, name, stage)
    _extract(cli, folder)
    done = time.process_time()
    return {"articles": len(texts), "importing_s": round(imported - started, 3),
            "first_article_s": round(warmed - imported, 3), "folder_s": round(done - warmed, 3),
            "stages_s": {stage: round(spent.get(stage, 0.0), 3) for _, _, stage in STAGES}}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    args = parser.parse_args(argv)
    folder = args.folder
    if folder is None:
        from benchlib import shared_dir, write_story_seeds

        folder = Path(tempfile.mkdtemp(prefix="extract-stages-"))
        write_story_seeds(shared_dir() / "data" / "t17-h1n1-guardian", folder)
    return measure(folder)


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
