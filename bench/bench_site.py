"""Site build at scale: `mkdocs build` with the timeline plugin against plain MkDocs on the same pages.

For each size, a site with synthetic events (bench/synth.py) is built with the plugin; its peer is
a site without the plugin whose docs folder already holds every file the plugin generates (captured
by running the plugin's own on_files), with the same theme, extensions and other plugins. From
1,000 events a third build has the plugin write its files in MkDocs' own process
(`write_in_background: false`), to show what the forked writer saves. Builds run as child
processes, interleaved (plugin, plain, plugin, plain...) so that drift on a shared machine hits all;
the median of each is kept; CPU seconds include the forked writer's. Writes bench/out/site.json.

    python bench/bench_site.py [--sizes 100,1000,10000] [--repeat 5] [--out bench/out/site.json]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

import yaml
import yaml_env_tag

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from benchlib import OUT, REPO, log, median, python, run_child, write_json  # noqa: E402

DEFAULT_SIZES = (100, 1000, 10_000)
PLUGIN = "timeline"


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without building its Python objects (!!python/name): only to look. `!ENV` is
    read as MkDocs reads it, since the peers are written from what is read: the offline plugin's
    `enabled: !ENV [TIMELINE_OFFLINE, false]` read as nothing turned it on in the peer."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_AnyTagLoader.add_constructor("!ENV", yaml_env_tag.construct_env_tag)


def _plugin_name(entry: object) -> str:
    return entry if isinstance(entry, str) else next(iter(entry)) if isinstance(entry, dict) else ""


def write_site(root: Path, events: int, *, seed: int = 1, config: Path | None = None) -> Path:
    """A site with `events` synthetic events under root/plugin; returns its mkdocs.yml."""
    site = root / "plugin"
    if site.exists():
        shutil.rmtree(site)
    config = config or REPO / "mkdocs.yml"
    site.mkdir(parents=True)
    shutil.copy(config, site / "mkdocs.yml")
    shutil.copytree(REPO / "docs", site / "docs")
    settings = _plugin_settings(config)
    articles = synth.articles(max(50, min(2000, events // 5)), seed=seed)
    synth.write_articles(site / settings.get("articles", "seeds"), articles)
    synth.write_events(site / settings.get("events", "events"), synth.events(events, articles, seed=seed + 1))
    return site / "mkdocs.yml"


def _plugin_settings(config: Path) -> dict:
    data = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    for entry in data.get("plugins", []) or []:
        if _plugin_name(entry) == PLUGIN and isinstance(entry, dict):
            return entry[PLUGIN] or {}
    return {}


def write_plain_peer(plugin_config: Path, root: Path) -> Path:
    """The same site without the plugin: its generated files written into docs beforehand."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    plain = root / "plain"
    if plain.exists():
        shutil.rmtree(plain)
    config = load_config(str(plugin_config), site_dir=str(root / "capture-site"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(get_files(config), config=config)
    shutil.copytree(Path(config.docs_dir), plain / "docs")
    generated = 0
    for file in files:
        if file.generated_by and PLUGIN in file.generated_by:
            target = plain / "docs" / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
            generated += 1
    config.plugins.on_shutdown()
    if not generated:
        raise RuntimeError("the plugin generated no files: nothing to compare against")
    # Same configuration, inherited, with every plugin but this one.
    raw = yaml.load(plugin_config.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    others = [entry for entry in raw.get("plugins", []) or [] if _plugin_name(entry) != PLUGIN]
    peer = {"INHERIT": os.path.relpath(plugin_config, plain), "plugins": others}
    # What the plugin adds to the configuration (its stylesheet) the peer gets written in.
    for key in ("extra_css", "extra_javascript"):
        added = [str(item) for item in config[key]]
        if added:
            peer[key] = added
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(peer, sort_keys=False), encoding="utf-8")
    return plain / "mkdocs.yml"


def write_one_process_variant(plugin_config: Path) -> Path:
    """The plugin site again, with the plugin writing its files in MkDocs' own process (no forked writer)."""
    raw = yaml.load(plugin_config.read_text(encoding="utf-8"), Loader=_AnyTagLoader) or {}
    plugins = []
    for entry in raw.get("plugins", []) or []:
        if _plugin_name(entry) == PLUGIN:
            settings = dict(entry[PLUGIN] or {}) if isinstance(entry, dict) else {}
            entry = {PLUGIN: {**settings, "write_in_background": False}}
        plugins.append(entry)
    variant = plugin_config.with_name("mkdocs.one-process.yml")  # beside it: the same docs, events and articles
    variant.write_text(yaml.safe_dump({"INHERIT": plugin_config.name, "plugins": plugins}, sort_keys=False),
                       encoding="utf-8")
    return variant


def _build(config: Path):
    run = run_child([python(), "-m", "mkdocs", "build", "-q", "-f", str(config)], cwd=config.parent)
    if run.returncode != 0:
        raise RuntimeError(f"mkdocs build of {config} failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run


def _size_of(folder: Path, pattern: str) -> int:
    return sum(p.stat().st_size for p in folder.rglob(pattern) if p.is_file())


def measure(size: int, repeat: int, work: Path, seed: int = 1, warm: bool = True) -> dict:
    root = work / f"site-{size}"
    log(f"site: writing {size} events")
    plugin_config = write_site(root, size, seed=seed)
    plain_config = write_plain_peer(plugin_config, root)
    # From 1,000 events `mkdocs build` has a forked process write the plugin's files; the plugin
    # writing them all in MkDocs' process is measured too, in the same interleaved runs.
    one_process_config = write_one_process_variant(plugin_config) if size >= 1000 else None
    if warm:  # compiled bytecode and a warm page cache for what follows
        _build(plugin_config)
        _build(plain_config)
    plugin_runs, plain_runs, one_process_runs = [], [], []
    for index in range(repeat):
        plugin_runs.append(_build(plugin_config))
        plain_runs.append(_build(plain_config))
        if one_process_config is not None:
            one_process_runs.append(_build(one_process_config))
        log(f"site {size}: run {index + 1}/{repeat}: plugin {plugin_runs[-1].seconds:.2f}s "
            f"(cpu {plugin_runs[-1].cpu_seconds:.2f}s), plain {plain_runs[-1].seconds:.2f}s (cpu {plain_runs[-1].cpu_seconds:.2f}s)"
            + (f", plugin in one process {one_process_runs[-1].seconds:.2f}s (cpu {one_process_runs[-1].cpu_seconds:.2f}s)"
               if one_process_runs else ""))
    plugin_s = median([r.seconds for r in plugin_runs])
    plain_s = median([r.seconds for r in plain_runs])
    plugin_cpu = median([r.cpu_seconds for r in plugin_runs])
    plain_cpu = median([r.cpu_seconds for r in plain_runs])
    one_process = {}
    if one_process_runs:
        one_s = median([r.seconds for r in one_process_runs])
        one_cpu = median([r.cpu_seconds for r in one_process_runs])
        one_process = {
            "one_process_s": round(one_s, 3),
            "one_process_cpu_s": round(one_cpu, 3),
            "one_process_overhead": round(one_s / plain_s - 1, 4),
            "one_process_cpu_overhead": round(one_cpu / plain_cpu - 1, 4),
            "one_process_runs_s": [round(r.seconds, 3) for r in one_process_runs],
        }
    return {
        "events": size,
        "repeat": repeat,
        "plugin_s": round(plugin_s, 3),
        "plain_s": round(plain_s, 3),
        "overhead": round(plugin_s / plain_s - 1, 4),
        "plugin_cpu_s": round(plugin_cpu, 3),
        "plain_cpu_s": round(plain_cpu, 3),
        "cpu_overhead": round(plugin_cpu / plain_cpu - 1, 4),
        "plugin_runs_s": [round(r.seconds, 3) for r in plugin_runs],
        "plain_runs_s": [round(r.seconds, 3) for r in plain_runs],
        **one_process,
        "plugin_peak_mb": max(r.peak_mb for r in plugin_runs),
        "plain_peak_mb": max(r.peak_mb for r in plain_runs),
        "generated_pages": sorted(str(p.relative_to(root / "plain" / "docs")) for p in (root / "plain" / "docs").rglob("*")
                                  if p.is_file() and not (root / "plugin" / "docs" / p.relative_to(root / "plain" / "docs")).exists()),
        "generated_markdown_bytes": _size_of(root / "plain" / "docs", "*.md") - _size_of(root / "plugin" / "docs", "*.md"),
        "event_files": len(list((root / "plugin").glob("events/*.yaml"))),
        "event_yaml_bytes": _size_of(root / "plugin" / "events", "*.yaml"),
        "html_bytes": _size_of(root / "plugin" / "site", "*.html"),
    }


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SITE_SIZES", ",".join(map(str, DEFAULT_SIZES))))
    parser.add_argument("--repeat", type=int, default=int(os.environ.get("BENCH_REPEAT", "3")))
    parser.add_argument("--repeat-large", type=int, default=int(os.environ.get("BENCH_REPEAT_LARGE", "2")),
                        help="repeats at 10,000 events and more, where one build takes a minute")
    parser.add_argument("--work", type=Path, default=OUT)
    parser.add_argument("--out", type=Path, default=OUT / "site.json")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = {"sizes": [
        measure(size, args.repeat_large if size >= 10_000 else args.repeat, args.work, warm=index == 0)
        for index, size in enumerate(sizes)
    ]}
    rows = results["sizes"]
    results["growth"] = [
        {"from": a["events"], "to": b["events"], "events_ratio": round(b["events"] / a["events"], 2),
         "time_ratio": round(b["plugin_s"] / a["plugin_s"], 3),
         "plain_time_ratio": round(b["plain_s"] / a["plain_s"], 3),
         "cpu_time_ratio": round(b["plugin_cpu_s"] / a["plugin_cpu_s"], 3)}
        for a, b in zip(rows, rows[1:])
    ]
    write_json(args.out, results)
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
