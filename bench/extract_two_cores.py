"""Extraction on two idle cores, worked out from CPU times: for a machine too busy to time --jobs.

Runs `timeline extract` over the bench corpus (bench/bench_extract.py writes it) in this process,
one article or story at a time, timing the CPU each item of each parallel step takes (fork_map).
Each step on two processes lasts as long as list scheduling its items in fork_map's order makes it
(this process first doing its `meanwhile` work, as fork_map has it); the rest is serial. What it
leaves out, forking and pickling, and starting Python, only lowers a real run's figure: compare
branches with it, not with bench_extract.py.

    python bench/extract_two_cores.py [--corpus bench/out/extract-corpus]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import OUT  # noqa: E402


def _timed_fork_map(steps: list[dict]):
    """A stand-in for parallel.fork_map that works in this process and notes each step's CPU and
    its two-process makespan in `steps`."""

    def fork_map(function, items, jobs, shared=None, cost=None, meanwhile=None, progress=None):
        began = time.process_time()
        busy = [0.0, 0.0]  # this process, the worker
        if meanwhile is not None:
            meanwhile()
            busy[0] = time.process_time() - began
        spent, results = [], []
        for item in items:
            start = time.process_time()
            results.append(function(shared, item))
            spent.append(time.process_time() - start)
        order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else range(len(items))
        for index in order:
            free_first = 0 if busy[0] <= busy[1] else 1
            busy[free_first] += spent[index]
        steps.append({"step": function.__name__, "cpu_s": time.process_time() - began, "two_processes_s": max(busy)})
        return results

    return fork_map


def measure(corpus: Path) -> dict:
    from timeline.extract import parallel, pipeline, story

    steps: list[dict] = []
    stand_in = _timed_fork_map(steps)
    modules = (parallel, pipeline, story)
    kept = [module.fork_map for module in modules]
    out = Path(tempfile.mkdtemp(prefix="two-cores-")) / "events"
    try:
        for module in modules:
            module.fork_map = stand_in
        began = time.process_time()
        # As with --jobs 2, but each step in this process: the steps that only --jobs takes (the
        # date rules loaded before the first fork, the articles read meanwhile) are counted too.
        pipeline.extract([corpus], out, jobs=2)
        total = time.process_time() - began
    finally:
        for module, original in zip(modules, kept):
            module.fork_map = original
        shutil.rmtree(out.parent)
    articles = len(list(corpus.glob("*.txt")))
    serial = total - sum(s["cpu_s"] for s in steps)
    two = serial + sum(s["two_processes_s"] for s in steps)
    return {"articles": articles, "one_process_cpu_s": round(total, 2), "serial_s": round(serial, 2),
            "two_processes_s": round(two, 2), "per_core_articles_per_s": round(articles / two / 2, 1),
            "steps": [{k: round(v, 2) if isinstance(v, float) else v for k, v in s.items()} for s in steps]}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=OUT / "extract-corpus")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        raise SystemExit(f"{args.corpus}: no corpus there; run bench/bench_extract.py once to write it")
    return measure(args.corpus)


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
