"""Run every benchmark, print one table and write bench/results.json.

    python bench/run.py                 # full run (make bench): bench/results.json
    python bench/run.py --quick         # tiny sizes, one repeat: bench/out/results-quick.json
    python bench/run.py --only site,serve

Benchmarks measure; nothing here fails because a target is missed (the table says so). The build
overhead is judged on wall seconds, what a user waits for (medians of interleaved runs); CPU
seconds (user + system, the plugin's forked writer included) are shown beside them, and so is the
plugin writing its files in MkDocs' own process. Sizes can
be set by flags or environment variables (BENCH_SITE_SIZES, BENCH_REPEAT, BENCH_SERVE_EVENTS,
BENCH_REPEAT_LARGE, BENCH_SERVE_EDITS, BENCH_EXTRACT_ARTICLES, BENCH_EXTRACT_REPEAT,
BENCH_EXTRACT_STORY_REPEAT); TIMELINE_SHARED points at the shared data folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import BENCH, OUT, REPO, git_commit, log, machine, python, shared_dir, versions, write_json  # noqa: E402

BENCHMARKS = ("dates", "audit", "extract", "site", "serve")

TARGETS = {
    "dates_speed": "≥ 20× faster than dateparser",
    "dates_value": "value F1 ≥ 85 on TBAQ",
    "dates_relaxed": "relaxed span F1 ≥ 93 on TBAQ",
    "dates_peer": "value F1 ahead of HeidelTime on the same texts",
    "dates_growth": "10× input ≤ about 10× time (≤ 15×: a shared machine is noisy)",
    "dates_confidence": "confidence no worse calibrated than its priors on held-out dates",
    "extract_per_core": "≥ 100 articles/s per core",
    "site_overhead": "≤ 25% over plain MkDocs at 10,000 events",
    "site_growth": "10× events ≤ about 10× time",
    "site_memory": "< 1 GB at 10,000 events",
    "serve": "< 2 s from save to served page",
}


def run_dates(quick: bool) -> dict:
    """bench/bench_dates.py belongs to the date engine; run it as it is and fold in its JSON."""
    script = BENCH / "bench_dates.py"
    out = OUT / "dates.json"
    if not script.exists():
        return {"available": False, "reason": "bench/bench_dates.py is not on this branch yet"}
    if out.exists():
        out.unlink()
    env = {**os.environ, "TIMELINE_SHARED": str(shared_dir())}
    # HeidelTime costs minutes on its first run (a Java start a document): --quick only checks that the rest runs.
    argv = [python(), str(script)] + (["--baseline-every", "16", "--growth-kb", "10", "--no-heideltime"] if quick else [])
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0 or not out.exists():
        return {"available": False, "reason": f"bench_dates.py exited {done.returncode}: {done.stderr.strip()[-800:]}"}
    data = json.loads(out.read_text(encoding="utf-8"))
    return {"available": True, "seconds": round(time.perf_counter() - started, 1), **data}


def run_audit(quick: bool) -> dict:
    """bench/date_audit.py: a person's verdicts on Guardian and TempEval event dates, against a fresh extraction."""
    import date_audit

    return date_audit.main(["--out", str(OUT / "date_audit.json")] if quick else [])


def run_extract(quick: bool) -> dict:
    import bench_extract

    return bench_extract.main(["--quick"] if quick else [])


def run_site(quick: bool) -> dict:
    import bench_site

    return bench_site.main(["--sizes", "20,200", "--repeat", "1"] if quick else [])


def run_serve(quick: bool) -> dict:
    import bench_serve

    return bench_serve.main(["--events", "100", "--edits", "2"] if quick else [])


RUNNERS = {"dates": run_dates, "audit": run_audit, "extract": run_extract, "site": run_site, "serve": run_serve}


# --- the table --------------------------------------------------------------------------------


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else "yes" if ok else "NO"


def rows_for(results: dict) -> list[dict]:
    rows: list[dict] = []

    def row(benchmark, figure, peer="", ratio="", target="", met=None):
        rows.append({"benchmark": benchmark, "figure": figure, "peer": peer, "ratio": ratio, "target": target, "met": _met(met)})

    # A benchmark left out (--only) has no row; one chosen but not run says why.
    dates = results.get("dates")
    if dates is None:
        pass
    elif dates.get("error"):
        row("dates", f"error: {dates['error'][:60]}", target=TARGETS["dates_speed"])
    elif not dates.get("available"):
        row("dates: ms per KB of news", "not available", "dateparser", "", TARGETS["dates_speed"], None)
    else:
        named = dates.get("rows", {})
        ours = next((r for n, r in named.items() if n.startswith("ours: same subset")), named.get("ours: all", {}))
        theirs = next((r for n, r in named.items() if n.startswith("dateparser")), {})
        ratio = dates.get("speedup_vs_dateparser")
        if ratio is None and ours.get("ms_per_kb") and theirs.get("ms_per_kb"):
            ratio = theirs["ms_per_kb"] / ours["ms_per_kb"]
        subset = next((n.split(": ", 1)[1] for n in named if n.startswith("dateparser")), "")
        row(f"dates: ms per KB of news ({subset or 'TBAQ'})", f"{ours.get('ms_per_kb', float('nan')):.3g} ms/KB",
            f"dateparser {theirs['ms_per_kb']:.3g} ms/KB" if theirs else "dateparser not run",
            f"{ratio:.1f}× faster" if ratio else "", TARGETS["dates_speed"], ratio >= 20 if ratio else None)
        if theirs:
            row("dates: value F1 (same subset)", f"{ours['value_F1']:.1f}", f"dateparser {theirs['value_F1']:.1f}",
                f"{ours['value_F1'] - theirs['value_F1']:+.1f} points", "far higher than dateparser",
                ours["value_F1"] >= theirs["value_F1"] + 10)
        for name, figures in named.items():
            if (name in ("ours: all", "ours: dev (TimeBank + AQUAINT even)") or name.startswith("ours: held-out")
                    or name.startswith("ours: dev, ") or name.startswith("ours: Guardian")):
                whole = name == "ours: all"
                interval = figures.get("value_F1_95")
                spread = f" (95%: {interval[0]:.1f}–{interval[1]:.1f})" if interval else ""
                row(f"dates: {name.split(': ', 1)[1]}", f"value F1 {figures['value_F1']:.1f}{spread}",
                    f"strict span F1 {figures['strict_F1']:.1f}", "", TARGETS["dates_value"] if whole else "",
                    figures["value_F1"] >= 85 if whole else None)
                if whole:
                    row("dates: all, relaxed span", f"relaxed span F1 {figures['relaxed_F1']:.1f}", "", "",
                        TARGETS["dates_relaxed"], figures["relaxed_F1"] >= 93)
        for part in ("dev (TimeBank + AQUAINT even)", "dev, TimeBank alone", "dev, AQUAINT even alone",
                     "held-out (AQUAINT odd)", "all", "Guardian, hand-annotated"):
            ours_part, theirs_part = named.get(f"ours: {part}"), named.get(f"HeidelTime: {part}")
            if ours_part and theirs_part:
                ahead = ours_part["value_F1"] - theirs_part["value_F1"]
                lead = theirs_part.get("our_lead_95")
                spread = f" (95%: {lead[0]:+.1f} to {lead[1]:+.1f})" if lead else ""
                row(f"dates: {part}, against HeidelTime", f"value F1 {ours_part['value_F1']:.1f}",
                    f"HeidelTime {theirs_part['value_F1']:.1f}", f"{ahead:+.1f} points{spread}", TARGETS["dates_peer"],
                    ahead > 0)
        if not dates.get("heideltime", {}).get("available", True):
            row("dates: against HeidelTime", "not run", dates["heideltime"].get("reason", ""), "",
                TARGETS["dates_peer"], None)
        grew = dates.get("growth")
        if grew:
            worst = max(grew["inputs"].items(), key=lambda kv: kv[1]["ratio"] or 0)
            sizes = f"{worst[1]['small_kb']} KB → {worst[1]['big_kb']:,} KB"
            row(f"dates: growth, {sizes}", f"{worst[1]['ratio']:.2f}× time at worst", f"on {worst[0]}",
                f"{len(grew['inputs'])} inputs", TARGETS["dates_growth"], worst[1]["ratio"] <= 15)
        trust = dates.get("confidence")
        if trust:
            ours, peer = trust["calibrated"]["held-out"], trust["priors only"]["held-out"]
            row("dates: confidence, held-out (ECE)", f"ECE {ours['ece']:.3f}", f"priors only {peer['ece']:.3f}",
                f"Brier {ours['brier']:.3f} vs {peer['brier']:.3f}", TARGETS["dates_confidence"],
                ours["ece"] <= peer["ece"])

    audit = results.get("audit", {})
    if audit.get("error"):
        row("dates: date audit", f"error: {audit['error'][:60]}")
    elif audit:
        # the total over every judged sample, then the TempEval one apart: the cues were fitted on the Guardian
        tempeval = audit.get("samples", {}).get("tempeval_date_audit.yaml")
        for label, figures in (("all samples", audit), ("TempEval", tempeval)):
            if not figures:
                continue
            now, trust = figures["dated_now"], figures["confidence"]
            right, wrong = trust["right"], trust["wrong_or_too_precise"]
            row(f"dates: date audit, {label}, {sum(now.values())} judged dates", f"{now['right']} right",
                f"{now['wrong']} wrong, {now['too_precise']} too precise, {now['coarser']} coarser, {now['gone']} gone",
                f"{figures['not_an_event_still_events']} of {figures['judged_then']['not_an_event']} non-events kept", "", None)
            row(f"dates: date audit, {label}, confidence", f"right {right['mean']}, wrong {wrong['mean']}",
                f"{wrong['below_threshold']} of {wrong['events']} wrong below {figures['confidence_threshold']}",
                f"{right['below_threshold']} of {right['events']} right below", "", None)

    extract = results.get("extract")
    if extract is None:
        pass
    elif extract.get("error"):
        row("extract", f"error: {extract['error'][:60]}", target=TARGETS["extract_per_core"])
    elif not extract.get("available"):
        row("extract: articles/s", "not available", "", "", TARGETS["extract_per_core"], None)
    else:
        single = extract["single"]
        cores = extract["cores"]

        def per_cpu(figures: dict) -> str:
            return f" ({extract['articles'] / figures['cpu_s']:.0f}/CPU-s)" if figures.get("cpu_s") else ""

        # The target is read on real news (the Guardian story): the synthetic corpus repeats its
        # sentences, which the cues remember, so its figures show scale and --jobs, not the target.
        synthetic = "(synthetic: scale and --jobs; target read on real news)"
        row(f"extract: {extract['articles']:,} synthetic articles, 1 process", f"{single['articles_per_s']:.1f} articles/s" + per_cpu(single),
            f"{single['events_written']:,} events written", "", synthetic, None)
        for jobs in extract.get("parallel", []):
            per_core = jobs["articles_per_s"] / min(jobs["jobs"], cores)
            row(f"extract: --jobs {jobs['jobs']} ({cores} cores)", f"{jobs['articles_per_s']:.1f} articles/s" + per_cpu(jobs),
                f"1 process {single['articles_per_s']:.1f}/s", f"{jobs['articles_per_s'] / single['articles_per_s']:.2f}× ({per_core:.1f}/core)",
                synthetic, None)
        story = extract.get("story", {})
        if not story.get("available"):
            row("extract: real news, 1 process", "not available", story.get("reason", "not measured"), "",
                TARGETS["extract_per_core"], None)
        else:
            real = story["single"]

            def speed(figures: dict) -> str:
                return (f"{figures['articles_per_s']:.1f} articles/s, {figures['kb_per_s']:.0f} KB/s, "
                        f"{figures['cpu_ms_per_article']:.1f} ms CPU/article")

            row(f"extract: real news, {story['story']} ({story['articles']} articles), 1 process", speed(real),
                f"synthetic {speed(single)}", f"{real['articles_per_s'] / single['articles_per_s']:.2f}× the synthetic articles/s",
                TARGETS["extract_per_core"], real["articles_per_s"] >= 100)
            asked = [(name, figures["repetition"]) for name, figures in (("synthetic", extract), (story["story"], story))
                     if figures.get("repetition")]
            if asked:
                said = [f"{name} {r['asks_per_distinct']:.2f} ({r['cue_asks']:,} of {r['distinct_sentences']:,})" for name, r in asked]
                row("extract: cue asks per distinct written sentence", said[0], ", ".join(said[1:]), "",
                    "(a measure: 1.00 repeats nothing)", None)
        row("extract: peak memory (largest process)", f"{single['peak_mb']:.0f} MB (1 process)",
            " ".join(f"--jobs {j['jobs']}: {j['peak_mb']:.0f} MB" for j in extract.get("parallel", [])), "", "", None)

    site = results.get("site", {})
    if site.get("error"):
        row("site build", f"error: {site['error'][:60]}", target=TARGETS["site_overhead"])
    else:
        sizes = site.get("sizes", [])
        largest = max((s["events"] for s in sizes), default=None)
        for size in sizes:
            last = size["events"] == largest
            row(f"site build: {size['events']:,} events", f"plugin {size['plugin_s']:.2f} s",
                f"plain mkdocs {size['plain_s']:.2f} s", f"{size['overhead']:+.0%} overhead" + (
                    f" (cpu {size['cpu_overhead']:+.0%})" if "cpu_overhead" in size else ""),
                TARGETS["site_overhead"] if last else "", size["overhead"] <= 0.25 if last else None)
            if "one_process_s" in size:
                row(f"  … plugin in one process", f"{size['one_process_s']:.2f} s", "write_in_background: false",
                    f"{size['one_process_overhead']:+.0%} overhead (cpu {size['one_process_cpu_overhead']:+.0%})", "", None)
        for step in site.get("growth", []):
            row(f"site growth: {step['from']:,} → {step['to']:,} events", f"{step['time_ratio']:.2f}× time" + (
                f" (cpu {step['cpu_time_ratio']:.2f}×)" if "cpu_time_ratio" in step else ""),
                f"plain {step['plain_time_ratio']:.2f}×", f"{step['events_ratio']:.0f}× events", TARGETS["site_growth"],
                step["time_ratio"] <= step["events_ratio"] * 1.05)
        for size in sizes:
            if size["events"] == largest:
                row(f"site peak memory: {size['events']:,} events", f"{size['plugin_peak_mb']:.0f} MB",
                    f"plain {size['plain_peak_mb']:.0f} MB", f"{size['plugin_peak_mb'] / size['plain_peak_mb']:.2f}×",
                    TARGETS["site_memory"], size["plugin_peak_mb"] < 1024)

    serve = results.get("serve", {})
    if serve.get("error"):
        row("live preview", f"error: {serve['error'][:60]}", target=TARGETS["serve"])
    elif serve:
        cpu = f", server cpu {serve['rebuild_cpu_s']:.2f} s/edit" if "rebuild_cpu_s" in serve else ""
        command = f" ({serve['command']})" if "command" in serve else ""
        row(f"live preview: {serve['events']:,} events{command}", f"{serve['median_s']:.2f} s median",
            f"max {serve['max_s']:.2f} s of {serve['edits']} edits{cpu}", "", TARGETS["serve"], serve["median_s"] < 2)
        full = serve.get("full_rebuild")
        if full:
            row(f"live preview: {full['events']:,} events ({full['command']})", f"{full['median_s']:.2f} s median",
                f"max {full['max_s']:.2f} s of {full['edits']} edits", "", "(for reference)", None)
    return rows


def table(rows: list[dict]) -> str:
    headers = ["benchmark", "figure", "peer", "ratio", "target", "met"]
    widths = [max(len(h), *(len(str(r[h])) for r in rows)) if rows else len(h) for h in headers]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(str(r[h]).ljust(w) for h, w in zip(headers, widths)) for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes and one repeat: checks that everything runs")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    parser.add_argument("--out", type=Path, help="where to write the results (default bench/results.json, quick: bench/out/results-quick.json)")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    out = args.out or (OUT / "results-quick.json" if args.quick else BENCH / "results.json")
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    results: dict = {}
    for name in BENCHMARKS:
        if name not in chosen:
            continue
        log(f"{name}: start")
        begun = time.perf_counter()
        try:
            results[name] = RUNNERS[name](args.quick)
        except Exception as error:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            results[name] = {"error": f"{type(error).__name__}: {error}"}
        log(f"{name}: done in {time.perf_counter() - begun:.0f}s")
    rows = rows_for(results)
    report = {
        "command": " ".join(["python", "bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "quick": args.quick,
        "finished": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "commit": git_commit(),
        "machine": machine(),
        "versions": versions(),
        "targets": TARGETS,
        "table": rows,
        "results": results,
    }
    write_json(out, report)
    print(table(rows))
    print(f"\nwritten to {os.path.relpath(out, REPO)} in {report['seconds']:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
