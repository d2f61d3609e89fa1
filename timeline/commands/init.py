"""`timeline init`: a new timeline project, ready for `timeline extract` and `mkdocs serve`."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.console import echo

from timeline.project import new_project


@click.command()
@click.argument("folder", default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--title", default="My timeline", show_default=True,
              help='The site\'s name and the timeline\'s heading, e.g. "Timeline of the Harbour Bridge collapse".')
def init(folder: Path, title: str) -> None:
    """Start a new timeline project in FOLDER (default: this folder).

    Writes mkdocs.yml, docs/index.md, docs/exports.md, the empty folders seeds/ (your articles) and
    events/ (the event files), a .gitignore, and a GitHub Actions workflow that publishes the site
    with its requirements.txt. Never overwrites a file.
    """
    made = new_project(folder, title)
    for line in made.report():
        echo(line)
