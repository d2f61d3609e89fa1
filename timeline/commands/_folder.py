"""What to say when a command run without paths finds no default folder: most often it was run
from another folder than the project's."""

from __future__ import annotations

import os
from pathlib import Path

from timeline.errors import TimelineError, display_path


class NotInProject(TimelineError):
    """A default folder (seeds/, events/) is missing where the command runs."""


def require_default(folder: Path, message: str) -> None:
    """NotInProject with `message` (what the folder is for, how to name another) unless `folder`,
    the command's default, is here; away from any project (no mkdocs.yml here) it also says where
    to run the command instead: the project this folder is inside, or a new one."""
    if folder.is_dir():
        return
    if not Path("mkdocs.yml").is_file():
        here = Path.cwd()
        project = _project_around(here, folder)
        if project is not None:
            # Run from the project's seeds/ or events/ (where a person has just copied articles or
            # edited a file), the advice was to start a project: it is one folder up.
            message += (f"; this folder ({here}) is inside the project {project}: run it there "
                        f"(cd {os.path.relpath(project, here)})")
        else:
            message += (f"; or run it in your project's folder, the one with mkdocs.yml (this is {here}), "
                        "or start a project with `timeline init FOLDER`")
    raise NotInProject(f"{display_path(folder)}: {message}")


def _project_around(here: Path, folder: Path) -> Path | None:
    """The nearest folder above `here` with a mkdocs.yml and the default `folder`, if any."""
    for above in here.parents:
        if (above / "mkdocs.yml").is_file() and (above / folder).is_dir():
            return above
    return None
