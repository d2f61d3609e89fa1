"""Extraction: articles per second of `timeline extract` on synthetic news, alone and with --jobs,
and on real news (the Guardian's swine-flu story) in one process.

The synthetic corpus is made of real sentences with varied dates (bench/synth.py), 1,200 articles
by default, written once into bench/out/extract-corpus/. It tells the same sentences again of other
days far more often than real news does, and the cues remember their match per written sentence, so
its figure flatters: the Guardian story's 76 articles (TIMELINE_SHARED/data/t17-h1n1-guardian,
"not available" without it) are timed beside it, and each corpus's repetition is counted
(bench/extract_repetition.py). Each run is a child process (`python -m timeline extract ...`),
timed whole (start-up included, as a user pays it), its peak memory read with wait4; runs of all
settings are interleaved and the median of each kept. Writes bench/out/extract.json.

    python bench/bench_extract.py [--articles 1200] [--jobs 2] [--repeat 3] [--story-repeat 5] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from benchlib import (BENCH, OUT, REPO, log, median, python, run_child, shared_dir, this_checkout,  # noqa: E402
                      write_json, write_story_seeds)

STORY = "t17-h1n1-guardian"  # the real news timed beside the synthetic corpus


def write_corpus(folder: Path, count: int, seed: int = 7) -> dict:
    """count articles as .txt files in folder (rewritten only when the count or seed changed)."""
    stamp = folder / ".corpus"
    wanted = f"{count} {seed}\n"
    if not (stamp.exists() and stamp.read_text() == wanted):
        if folder.exists():
            shutil.rmtree(folder)
        synth.write_articles(folder, synth.articles(count, seed=seed))
        stamp.write_text(wanted)
    return _size(folder)


def _size(folder: Path) -> dict:
    texts = sorted(folder.glob("*.txt"))
    return {"articles": len(texts), "bytes": sum(p.stat().st_size for p in texts)}


def write_story(folder: Path) -> dict:
    """The Guardian story's articles as a user's .txt files in folder; or, without the shared data,
    {"available": False} and why."""
    try:
        data = shared_dir() / "data" / STORY
    except SystemExit as missing:  # shared_dir says what to set
        return {"available": False, "reason": f"not available: {missing}"}
    if not (data / "articles.jsonl").is_file():
        return {"available": False, "reason": f"not available: no {data / 'articles.jsonl'}"}
    if folder.exists():
        shutil.rmtree(folder)
    write_story_seeds(data, folder)
    return {"available": True, "story": STORY, **_size(folder)}


def one_article(corpus: Path, folder: Path) -> Path:
    """folder holding only the shortest article of corpus (its name the first of the shortest)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shortest = min(sorted(corpus.glob("*.txt")), key=lambda p: p.stat().st_size)
    shutil.copy(shortest, folder / shortest.name)
    return folder


def repetition(corpus: Path) -> dict:
    """How often the cues are asked about the same written sentence in this corpus (a child process
    of bench/extract_repetition.py, so that this checkout's code is counted)."""
    done = subprocess.run([python(), str(BENCH / "extract_repetition.py"), str(corpus)], cwd=REPO,
                          env=this_checkout(), capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"extract_repetition.py {corpus} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


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


def measure(count: int, jobs_list: list[int], repeat: int, work: Path, story_repeat: int | None = None) -> dict:
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
    story = write_story(work / "extract-story")

    # Interleaved (one process, --jobs 2, the story, one process, ...), so that a machine that slows
    # down for a while slows all; the median of each is kept. The story is small (2 s a run): it
    # runs more often, in the first rounds and alone after them.
    settings = [("single", corpus, None, repeat), *((f"jobs{jobs}", corpus, jobs, repeat) for jobs in jobs_list)]
    if story["available"]:
        settings.append(("story", work / "extract-story", None, story_repeat or repeat))
        # Start-up (importing, loading the rules) is a third of the story's run and a tenth of the
        # synthetic one's: timed apart, on the story's shortest article alone.
        settings.append(("startup", one_article(work / "extract-story", work / "extract-startup"), None, story_repeat or repeat))
    # One run first, untimed, on one article: the rule caches (timeline/dates/rule_cache.py) and the
    # modules' bytecode (benchlib.this_checkout) are written once after a change, as a user's first
    # run writes them; the timed runs then pay what every later run pays.
    warm_out = work / "extract-out-warm-up"
    if warm_out.exists():
        shutil.rmtree(warm_out)
    warm = run_child(command(help_text, one_article(corpus, work / "extract-warm-up"), warm_out, None), cwd=work,
                     env=this_checkout())
    if warm.returncode != 0:
        raise RuntimeError(f"extract warm-up exited {warm.returncode}:\n{warm.stderr[-2000:]}")
    timed: dict[str, list] = {name: [] for name, *_ in settings}
    for index in range(max(runs for *_, runs in settings)):
        for name, folder, jobs, runs in settings:
            if index >= runs:
                continue
            out = work / f"extract-out-{name}"
            if out.exists():  # every run a first run: a re-run merges with what it finds
                shutil.rmtree(out) if out.is_dir() else out.unlink()
            run = run_child(command(help_text, folder, out, jobs), cwd=work, env=this_checkout())
            if run.returncode != 0:
                raise RuntimeError(f"extract {name} exited {run.returncode}:\n{run.stderr[-2000:]}")
            timed[name].append(run)
            log(f"extract {name}: run {index + 1}/{runs}: {run.seconds:.2f}s, {run.peak_mb:.0f} MB")

    def summary(name: str, folder: Path, jobs: int | None, size: dict) -> dict:
        runs = timed[name]
        seconds = median([r.seconds for r in runs])
        cpu = median([r.cpu_seconds for r in runs])
        argv = command(help_text, folder, work / f"extract-out-{name}", jobs)
        return {
            "jobs": jobs or 1,
            "argv": [Path(a).name if a == python() else a for a in argv],
            "seconds": round(seconds, 3),
            "runs_s": [round(r.seconds, 3) for r in runs],
            "articles_per_s": round(size["articles"] / seconds, 1),
            "kb_per_s": round(size["bytes"] / 1024 / seconds, 1),
            "peak_mb": max(r.peak_mb for r in runs),  # the largest process (wait4); workers each have their own
            "cpu_s": round(cpu, 3),
            "cpu_ms_per_article": round(1000 * cpu / size["articles"], 2),
            "events_written": _count_events(work / f"extract-out-{name}"),
        }

    result["single"] = summary("single", corpus, None, info)
    result["parallel"] = [summary(f"jobs{jobs}", corpus, jobs, info) for jobs in jobs_list]
    log("extract: counting the cues' asks per written sentence")
    result["repetition"] = repetition(corpus)
    if story["available"]:
        story["single"] = summary("story", work / "extract-story", None, story)
        story["repetition"] = repetition(work / "extract-story")
        story["startup"] = {"articles": 1, **_size(work / "extract-startup"),
                            "seconds": round(median([r.seconds for r in timed["startup"]]), 3),
                            "cpu_s": round(median([r.cpu_seconds for r in timed["startup"]]), 3)}
    result["story"] = story
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=int(os.environ.get("BENCH_EXTRACT_ARTICLES", "1200")))
    parser.add_argument("--jobs", default="2", help="comma-separated --jobs values to run besides one process")
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_EXTRACT_REPEAT", "3")),
                        help="runs per setting, interleaved (each a few seconds on 1,200 articles)")
    parser.add_argument("--story-repeat", type=int, default=int(os.environ.get("BENCH_EXTRACT_STORY_REPEAT", "5")),
                        help="runs of the Guardian story (76 articles, about 2 s each)")
    parser.add_argument("--quick", action="store_true", help="50 articles, one run of each")
    parser.add_argument("--work", type=Path, default=OUT)
    parser.add_argument("--out", type=Path, default=OUT / "extract.json")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat, args.story_repeat = 50, 1, 1
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    result = measure(args.articles, jobs, args.repeat, args.work, args.story_repeat)
    write_json(args.out, result)
    return result


if __name__ == "__main__":
    print(json.dumps(main(), indent=2))
