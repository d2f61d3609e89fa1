"""Files written whole or not at all: each to a temporary file beside it, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from timeline.errors import TimelineError, display_path


class WriteError(TimelineError):
    """A file could not be written (a full disk, a folder without permission); the message says which
    files, if any, were written before it."""


def write_all(texts: dict[Path, str]) -> None:
    """Write every file atomically: all temporary files first, then each replaces its old file.

    A failure, or the process killed, leaves each file old or new, never cut short; a temporary file
    (.NAME.XXXX.tmp) left by a kill is removed by the next `timeline extract` into that folder."""
    staged: list[tuple[str, Path]] = []
    replaced: list[Path] = []
    try:
        for path, text in texts.items():
            writing = path
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            if path.exists():
                os.chmod(temporary, path.stat().st_mode & 0o777)
            else:
                os.chmod(temporary, 0o644)
            staged.append((temporary, path))
        for temporary, path in staged:
            writing = path
            os.replace(temporary, path)
            replaced.append(path)
        staged = []
    except OSError as error:
        raise WriteError(f"cannot write {display_path(writing)}: {error.strerror}; {_outcome(replaced)}; "
                         f"{WHAT_TO_DO}") from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


WHAT_TO_DO = "check the free space and the folder's permissions, and run it again"


def _outcome(replaced: list[Path]) -> str:
    """What a failed write_all leaves: a rename can fail after others have been made (rarely: a
    folder where the file should be, a device error), and then those files are new."""
    if not replaced:
        return "the old files are intact"
    names = ", ".join(display_path(p) for p in replaced)
    return f"{names} {'was' if len(replaced) == 1 else 'were'} written, the other files are as they were"


def is_plain_target(path: Path) -> bool:
    """Whether `path` can be written by renaming a new file over it: missing, or a plain file. A device,
    a pipe or a link (`--out /dev/stdout`) is written into, as the shell's `>` does: renaming over it
    would put a plain file in its place."""
    return not os.path.lexists(path) or (path.is_file() and not path.is_symlink())


def write_in_place(path: Path, text: str) -> None:
    """Write into a file that is not plain (see is_plain_target); a failure may leave it cut short."""
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as error:
        raise WriteError(f"cannot write {display_path(path)}: {error.strerror}; it is not a plain file (a device, "
                         f"a pipe or a link), so it was written into and may be cut short; {WHAT_TO_DO}") from None
