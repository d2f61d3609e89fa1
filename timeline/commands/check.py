from __future__ import annotations

from pathlib import Path

import click

from timeline.commands._folder import require_default
from timeline.console import echo
from timeline.loader import event_files, load_events


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate event files (default: the events/ folder).

    Prints every problem as path:line: message and exits with status 1, or a one-line summary.
    """
    if not paths:
        require_default(Path("events"), "no such folder (read when no PATHS are given); "
                                        "give the folder or files of your events: timeline check PATH")
    targets = list(paths) or [Path("events")]
    events = load_events(targets)
    # every file read, those without events too (a story whose sentences all wait under 'undated:')
    files = len({p.resolve() for t in targets for p in (event_files(t) if t.is_dir() else [t])})
    echo(f"{len(events)} event{'s' if len(events) != 1 else ''} in {files} file{'s' if files != 1 else ''}: all good")
