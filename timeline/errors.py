"""The tool's own errors: every user mistake ends as one of these, never as a traceback."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path


class TimelineError(Exception):
    """A problem the user can fix; the message says what and where."""

    exit_code = 1
    heading = "problems in the event files"  # what the MkDocs plugin says before the message


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, at one line (1-based; 0 when the file as a whole is wrong)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class ProblemsError(TimelineError):
    """Several problems found together, so that one run shows all of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def display_path(path: Path | str, resolved: Path | None = None) -> str:
    """A path as the user would type it: relative to the working folder when inside it.

    `resolved`: the path already resolved, when the caller has it (resolving costs a system call
    per folder of the path, and a site build shows thousands of paths).
    """
    path = Path(path)
    try:
        return str((resolved or path.resolve()).relative_to(_resolved_folder(os.getcwd())))
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=8)
def _resolved_folder(folder: str) -> Path:
    return Path(folder).resolve()
