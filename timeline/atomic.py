"""Files written whole or not at all: each to a temporary file beside it, then renamed over it."""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from timeline.errors import TimelineError, display_path


class WriteError(TimelineError):
    """A file could not be written (a full disk, a folder without permission); the message says which
    files, if any, were written before it."""


class ChangedMeanwhile(TimelineError):
    """A file to be replaced no longer holds what the run read from it: a person saved it meanwhile."""


def write_all(texts: dict[Path, str], read: Mapping[Path, str | None] | None = None) -> None:
    """Write every file atomically: all temporary files first, then each replaces its old file.

    A failure, or the process killed, leaves each file old or new, never cut short; a temporary file
    (.NAME.XXXX.tmp) left by a kill is removed by the next `timeline extract` into that folder.
    Ctrl-C while they replace the old ones waits until all have: the files are all old or all new.

    `read` gives the text each file held when it was read (None: it was not there). A file that
    holds anything else now was saved by someone while the run worked (an editor, in the seconds a
    large project takes), and renaming over it would lose that edit: ChangedMeanwhile, nothing written."""
    staged: list[tuple[str, Path]] = []
    replaced: list[Path] = []
    old = any(os.path.lexists(path) for path in texts)
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
        with _interrupt_deferred():
            _refuse_changed_meanwhile(read or {})
            for temporary, path in staged:
                writing = path
                os.replace(temporary, path)
                replaced.append(path)
            staged = []
    except OSError as error:
        raise WriteError(write_message("cannot_write", file=display_path(writing), reason=error.strerror,
                                       outcome=_outcome(replaced, old))) from None
    finally:
        for temporary, _ in staged:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _refuse_changed_meanwhile(read: Mapping[Path, str | None]) -> None:
    changed = [path for path, text in read.items() if _text_now(path) != text]
    if changed:
        names = ", ".join(display_path(p) for p in changed)
        raise ChangedMeanwhile(write_message("changed_meanwhile", files=names))


def _text_now(path: Path) -> object:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError:
        return _UNREADABLE  # equal to no text read: refused, and said as changed


_UNREADABLE = object()


@contextlib.contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """Hold Ctrl-C (and a polite kill) until the block is done, then act on it as ever. By the
    handlers, not a signal mask: a mask holds the signal from this thread only, and the kernel gives
    it to another (tqdm's monitor thread), whose flag the main thread then raises mid-block.
    Python runs its handlers in the main thread alone, and only it may set them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = {}
    for number in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(number) is not None:  # None: set outside Python, which could not be put back
            held[number] = signal.signal(number, lambda received, frame: caught.append(received))
    try:
        yield
    finally:
        for number, handler in held.items():
            signal.signal(number, handler)
        if caught:
            signal.raise_signal(caught[0])


def _outcome(replaced: list[Path], old: bool) -> str:
    """What a failed write_all leaves: a rename can fail after others have been made (rarely: a
    folder where the file should be, a device error), and then those files are new. Of files that
    were none of them there (`timeline init`, a new export), "the old files" named files never made."""
    if not replaced:
        return write_message("old_intact" if old else "nothing_written")
    names = ", ".join(display_path(p) for p in replaced)
    return write_message("some_written_one" if len(replaced) == 1 else "some_written", files=names)


def write_message(kind: str, **fields: object) -> str:
    """The message of kind `kind` (a key of data/write_messages.yaml's `messages`), its fields filled in."""
    return _write_messages()[kind].format(**fields)


@lru_cache(maxsize=1)
def _write_messages() -> dict[str, str]:
    text = resources.files("timeline").joinpath("data/write_messages.yaml").read_text("utf-8")
    return yaml.safe_load(text)["write_messages"]["messages"]


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
        raise WriteError(write_message("cannot_write", file=display_path(path), reason=error.strerror,
                                       outcome=write_message("written_into"))) from None
