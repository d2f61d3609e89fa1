"""Profile one plugin build of a synthetic site in this process, to see where the plugin's time goes.

    python bench/profile_site.py [--events 10000] [--top 25] [--pyinstrument]

Writes the site under bench/out/profile-<N>/ (kept between runs) and profiles one whole build, the
first of this process as `mkdocs build` pays it (with --warm: a second one, caches warm, as `mkdocs
serve` rebuilds), with the plugin writing its files itself unless --background. With
--pyinstrument, prints pyinstrument's call tree; else the top functions by cumulative time (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_site import write_site  # noqa: E402
from benchlib import OUT  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--pyinstrument", action="store_true")
    parser.add_argument("--rewrite", action="store_true", help="write the synthetic site again")
    parser.add_argument("--warm", action="store_true", help="profile a second build in the same process")
    parser.add_argument("--background", action="store_true",
                        help="let a forked child write the generated files, as `mkdocs build` does on a large site "
                             "(the profile then shows only the parent's share)")
    args = parser.parse_args(argv)
    if not args.background:
        import timeline.plugin

        timeline.plugin._BACKGROUND_FROM_EVENTS = float("inf")  # every cost in this process, where the profiler sees it

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = OUT / f"profile-{args.events}"
    config_path = root / "plugin" / "mkdocs.yml"
    if args.rewrite or not config_path.exists():
        write_site(root, args.events)

    def once():
        config = load_config(str(config_path))
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
        config.plugins.on_shutdown()

    if args.warm:
        started = time.perf_counter()
        once()
        print(f"first build (cold caches): {time.perf_counter() - started:.2f}s", file=sys.stderr)
    if args.pyinstrument:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
        once()
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    once()
    profile.disable()
    print(f"profiled build: {time.perf_counter() - started:.2f}s", file=sys.stderr)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
