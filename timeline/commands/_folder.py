"""What to say when a command run without paths finds no default folder: most often it was run
from another folder than the project's."""

from __future__ import annotations

from pathlib import Path

from timeline.errors import TimelineError, display_path


class NotInProject(TimelineError):
    """A default folder (seeds/, events/) is missing where the command runs."""


def require_default(folder: Path, message: str) -> None:
    """NotInProject with `message` (what the folder is for, how to name another) unless `folder`,
    the command's default, is here; away from any project (no mkdocs.yml here) it also says where
    to run the command instead."""
    if folder.is_dir():
        return
    if not Path("mkdocs.yml").is_file():
        message += (f"; or run it in your project's folder, the one with mkdocs.yml (this is {Path.cwd()}), "
                    "or start a project with `timeline init FOLDER`")
    raise NotInProject(f"{display_path(folder)}: {message}")
