"""Loading event files: CPU seconds of one `load_events` of a synthetic site, this checkout against another.

Each round runs a child process per checkout, alternating (this, other, this, other...) so that drift
on a shared machine hits both; a child loads the events `--loads` + 1 times with the cyclic collector
paused as the plugin does. Its first load is what a `mkdocs build` pays (it also sets up the date
engine, which the build would otherwise set up for the articles); the fastest of the others is
loading alone. The medians over rounds and their ratios are printed and written to bench/out/load.json.

    python bench/bench_load.py [--events 10000] [--rounds 5] [--against /path/to/other/checkout]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import OUT, REPO, git_commit, log, machine, median, python, versions, write_json  # noqa: E402

# What a child runs: prints {"seconds": [...], "events": n, "module": where timeline came from}.
_CHILD = """
import json, sys, time
from pathlib import Path
import timeline
from timeline.gcpause import collector_paused
from timeline.loader import load_events
folder, loads = Path(sys.argv[1]), int(sys.argv[2])
seconds = []
for _ in range(loads + 1):
    started = time.process_time()
    with collector_paused():
        events = load_events([folder])
    seconds.append(time.process_time() - started)
    del events
print(json.dumps({"first": seconds[0], "seconds": seconds[1:], "events": len(load_events([folder])), "module": timeline.__file__}))
"""


def events_folder(work: Path, events: int) -> Path:
    """The events folder of a synthetic site of that size, written once and reused."""
    folder = work / f"load-{events}" / "plugin" / "events"
    if not folder.is_dir():
        import bench_site

        log(f"writing a {events:,}-event site under {folder.parent}")
        bench_site.write_site(folder.parent.parent, events)
    return folder


def child(checkout: Path, folder: Path, loads: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([python(), "-c", _CHILD, str(folder), str(loads)], cwd=checkout, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--loads", type=int, default=3, help="loads per child; its fastest counts")
    parser.add_argument("--against", type=Path, help="another checkout to compare with (e.g. the main branch)")
    parser.add_argument("--work", type=Path, default=OUT)
    parser.add_argument("--out", type=Path, default=OUT / "load.json")
    args = parser.parse_args(argv)
    folder = events_folder(args.work, args.events)
    checkouts = {"this": REPO} | ({"other": args.against.resolve()} if args.against else {})
    fastest: dict[str, list[float]] = {name: [] for name in checkouts}
    first: dict[str, list[float]] = {name: [] for name in checkouts}
    counts = {}
    for round_ in range(args.rounds):
        for name, checkout in checkouts.items():
            result = child(checkout, folder, args.loads)
            if not result["module"].startswith(str(checkout)):
                raise SystemExit(f"{name}: timeline was imported from {result['module']}, not {checkout}")
            fastest[name].append(min(result["seconds"]))
            first[name].append(result["first"])
            counts[name] = result["events"]
            log(f"round {round_ + 1} {name}: {fastest[name][-1]:.3f} CPU s (first load {first[name][-1]:.3f})")
    report = {
        "events": args.events, "folder": str(folder), "commit": git_commit(),
        "checkouts": {name: str(path) for name, path in checkouts.items()},
        "cpu_seconds": {name: round(median(values), 3) for name, values in fastest.items()},
        "first_load_cpu_seconds": {name: round(median(values), 3) for name, values in first.items()},
        "rounds": fastest, "first_loads": first, "loaded": counts, "machine": machine(), "versions": versions(),
    }
    if args.against:
        report["ratio_this_to_other"] = round(report["cpu_seconds"]["this"] / report["cpu_seconds"]["other"], 3)
        firsts = report["first_load_cpu_seconds"]
        report["first_load_ratio_this_to_other"] = round(firsts["this"] / firsts["other"], 3)
        # Each round's two children ran back to back: their ratio shrugs off drift between rounds.
        report["round_ratios"] = [round(a / b, 3) for a, b in zip(fastest["this"], fastest["other"])]
    for name, seconds in report["cpu_seconds"].items():
        print(f"{name:6s} {checkouts[name]}: {seconds:.3f} CPU s per load of {counts[name]:,} events, "
              f"{report['first_load_cpu_seconds'][name]:.3f} for a process's first (medians of {args.rounds})")
    if args.against:
        print(f"ratio this/other: {report['ratio_this_to_other']:.3f}, first load {report['first_load_ratio_this_to_other']:.3f}; "
              f"per round {', '.join(map(str, report['round_ratios']))} (median {median(report['round_ratios']):.3f})")
    write_json(args.out, report)
    return report


if __name__ == "__main__":
    main()
