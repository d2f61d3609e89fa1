"""The tool's own errors: every user mistake ends as one of these, never as a traceback."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class TimelineError(Exception):
    """A problem the user can fix; the message says what and where."""

    exit_code = 1
    heading = "problems in the event files"  # what the MkDocs plugin says before the message


class Bug(Exception):
    """An error nobody foresaw, with what the tool was doing: reported in one paragraph, not a traceback.

    Not a TimelineError: the user cannot fix it, and the message must not send them looking for a
    mistake in their files. The original error is the cause (`raise Bug(...) from error`), so that the
    traceback, when asked for, shows where it happened.
    """

    exit_code = 70  # EX_SOFTWARE of sysexits.h: the tool's fault (1: the user's files; 2: the command line)

    def __init__(self, doing: str, error: BaseException, outcome: str = ""):
        super().__init__(f"{doing}: {type(error).__name__}: {error}")
        self.doing, self.error, self.outcome = doing, error, outcome  # outcome: "nothing was written"

    def report(self, how_to_trace: str) -> str:
        """What failed and where, that it is a bug to report, and how to see the traceback."""
        what = f"{type(self.error).__name__}: {self.error}"
        if len(what) > MAX_ERROR_CHARS:  # a KeyError of a whole document would fill the screen
            what = what[:MAX_ERROR_CHARS - 1] + "…"
        outcome = f"; {self.outcome}" if self.outcome else ""
        return (f"unexpected error while {self.doing} ({what}){outcome}. This is a bug in timeline, not a mistake in your "
                f"files: please report it, with the command you ran and, if you can, the files it read. {how_to_trace}")


MAX_ERROR_CHARS = 300
DEBUG_VARIABLE = "TIMELINE_DEBUG"  # set (not to 0): a bug shows its traceback, as `timeline --debug` does


def debugging(environ: dict[str, str] | None = None) -> bool:
    value = (os.environ if environ is None else environ).get(DEBUG_VARIABLE, "")
    return value.strip().lower() not in ("", "0", "false", "no")


@contextlib.contextmanager
def doing(what: str, outcome: str = "") -> Iterator[None]:
    """Name what the code inside does ("writing the iCalendar export to out.ics") and what a failure
    there leaves ("nothing was written"), so that an error nobody foresaw says them; the user's own
    mistakes (TimelineError) and an inner `doing` pass as they are."""
    try:
        yield
    except (TimelineError, Bug):
        raise
    except Exception as error:
        raise Bug(what, error, outcome) from error


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

    def __init__(self, problems: list[Problem], notes: tuple[str, ...] = ()):
        # notes: lines said after the problems, which are none themselves (what was left unchecked)
        self.problems = sorted(problems)
        super().__init__("\n".join([*(str(p) for p in self.problems), *notes]))


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
