"""Files written whole or not at all: each to a temporary file beside it, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from timeline.errors import TimelineError, display_path


class WriteError(TimelineError):
    """A file could not be written (a full disk, a folder without permission); the old files are intact."""


def write_all(texts: dict[Path, str]) -> None:
    """Write every file atomically: all temporary files first, then each replaces its old file.

    A failure, or the process killed, leaves each file old or new, never cut short; a temporary file
    (.NAME.XXXX.tmp) left by a kill is removed by the next `timeline extract` into that folder."""
    staged: list[tuple[str, Path]] = []
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
        staged = []
    except OSError as error:
        raise WriteError(f"cannot write {display_path(writing)}: {error.strerror}; the old files are intact") from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
