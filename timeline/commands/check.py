from __future__ import annotations

from pathlib import Path

import click

from timeline.loader import load_events


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate event files (default: the events/ folder).

    Prints every problem as path:line: message and exits with status 1, or a one-line summary.
    """
    targets = list(paths) or [Path("events")]
    events = load_events(targets)
    files = len({e.path for e in events})
    click.echo(f"{len(events)} events in {files} file{'s' if files != 1 else ''}: all good")
