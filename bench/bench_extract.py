"""Extraction: articles per second of `timeline extract` on synthetic news, alone and with --jobs.

The corpus is made of real sentences with varied dates (bench/synth.py), 1,200 articles by default,
written once into bench/out/extract-corpus/. Each run is a child process (`python -m timeline
extract ...`), timed whole (start-up included, as a user pays it), its peak memory read with wait4.
Writes bench/out/extract.json.

    python bench/bench_extract.py [--articles 1200] [--jobs 2] [--repeat 3] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from benchlib import OUT, REPO, log, median, python, run_child, this_checkout, write_json  # noqa: E402


def write_corpus(folder: Path, count: int, seed: int = 7) -> dict:
    """count articles as .txt files in folder (rewritten only when the count or seed changed)."""
    stamp = folder / ".corpus"
    wanted = f"{count} {seed}\n"
    if not (stamp.exists() and stamp.read_text() == wanted):
        if folder.exists():
            shutil.rmtree(folder)
        synth.write_articles(folder, synth.articles(count, seed=seed))
        stamp.write_text(wanted)
    texts = sorted(folder.glob("*.txt"))
    return {"articles": len(texts), "bytes": sum(p.stat().st_size for p in texts)}


def extract_help() -> str | None:
    """The help of `timeline extract`, or None while the command does not exist."""
    done = subprocess.run([python(), "-m", "timeline", "extract", "--help"], cwd=REPO, env=this_checkout(),
                          capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else None


def command(help_text: str, corpus: Path, out: Path, jobs: int | None) -> list[str]:
    """The extract command line for this corpus, following the options the command declares."""
    argv = [python(), "-m", "timeline", "extract"]
    if "--out" in help_text:
        argv += ["--out", str(out)]
    elif "--output" in help_text:
        argv += ["--output", str(out)]
    elif " -o" in help_text:
        argv += ["-o", str(out)]
    if jobs is not None:
        argv += ["--jobs", str(jobs)]
    return argv + [str(corpus)]


def _count_events(out: Path) -> int:
    import yaml

    count = 0
    for path in sorted(out.rglob("*.yaml")) if out.is_dir() else []:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        events = document.get("events", []) if isinstance(document, dict) else document or []
        count += len(events)
    return count


def measure(count: int, jobs_list: list[int], repeat: int, work: Path) -> dict:
    help_text = extract_help()
    if help_text is None:
        return {"available": False, "reason": "`timeline extract` is not on this branch yet"}
    corpus = work / "extract-corpus"
    log(f"extract: corpus of {count} articles")
    info = write_corpus(corpus, count)
    result: dict = {"available": True, **info, "cores": len(os.sched_getaffinity(0)), "parallel": []}
    if "--jobs" not in help_text:
        jobs_list = []
        result["note"] = "`timeline extract` has no --jobs option"

    # Interleaved (one process, --jobs 2, one process, ...), so that a machine that slows down for a
    # while slows both; the median of each is kept.
    variants = [None, *jobs_list]
    timed: dict[int | None, list] = {jobs: [] for jobs in variants}
    for index in range(repeat):
        for jobs in variants:
            out = work / f"extract-out-{jobs or 1}"
            if out.exists():  # every run a first run: a re-run merges with what it finds
                shutil.rmtree(out) if out.is_dir() else out.unlink()
            run = run_child(command(help_text, corpus, out, jobs), cwd=work, env=this_checkout())
            if run.returncode != 0:
                raise RuntimeError(f"extract --jobs {jobs or 1} exited {run.returncode}:\n{run.stderr[-2000:]}")
            timed[jobs].append(run)
            log(f"extract jobs={jobs or 1}: run {index + 1}/{repeat}: {run.seconds:.2f}s, {run.peak_mb:.0f} MB")

    def summary(jobs: int | None) -> dict:
        runs = timed[jobs]
        seconds = median([r.seconds for r in runs])
        argv = command(help_text, corpus, work / f"extract-out-{jobs or 1}", jobs)
        return {
            "jobs": jobs or 1,
            "argv": [Path(a).name if a == python() else a for a in argv],
            "seconds": round(seconds, 3),
            "runs_s": [round(r.seconds, 3) for r in runs],
            "articles_per_s": round(info["articles"] / seconds, 1),
            "kb_per_s": round(info["bytes"] / 1024 / seconds, 1),
            "peak_mb": max(r.peak_mb for r in runs),  # the largest process (wait4); workers each have their own
            "cpu_s": round(median([r.cpu_seconds for r in runs]), 3),
            "events_written": _count_events(work / f"extract-out-{jobs or 1}"),
        }

    result["single"] = summary(None)
    result["parallel"] = [summary(jobs) for jobs in jobs_list]
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_EXTRACT_ARTICLES", "1200")))
    parser.add_argument("--jobs", default="2", help="comma-separated --jobs values to run besides one process")
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_EXTRACT_REPEAT", "3")),
                        help="runs per setting, interleaved (each a few seconds on 1,200 articles)")
    parser.add_argument("--quick", action="store_true", help="50 articles, one run")
    parser.add_argument("--work", type=Path, default=OUT)
    parser.add_argument("--out", type=Path, default=OUT / "extract.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = 50, 1
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    result = measure(args.articles, jobs, args.repeat, args.work)
    write_json(args.out, result)
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
