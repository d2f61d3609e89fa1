"""Printing to standard output and error. A full disk or a failing device there is the machine's
problem, not a bug: it ends as one message naming the stream and the OS's reason, exit status 1."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import TracebackType

import click

from timeline.errors import TimelineError

STREAMS = {False: "standard output", True: "standard error"}


class OutputError(TimelineError):
    """Standard output or error could not be written (a full disk, a device error)."""

    def __init__(self, stream: str, error: OSError, hint: str = ""):
        hint = f"; {hint}" if hint else ""
        super().__init__(
            f"cannot write to {stream}: {error.strerror or error}. What it printed is cut short (the files it "
            f"writes never are: each is whole or untouched); make room where the output goes, or send it "
            f"elsewhere, and run the command again{hint}")


@contextlib.contextmanager
def printing(err: bool = False, hint: str = "") -> Iterator[None]:
    """Writes to one stream inside: an OSError there becomes OutputError. A closed pipe
    (`timeline export | head`) passes as it is: click ends quietly, as a pipe's writer should."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(STREAMS[err], error, hint) from None


def echo(message: str = "", *, err: bool = False, nl: bool = True, hint: str = "") -> None:
    """click.echo (it flushes, so a full disk is found here, not after the command has ended)."""
    with printing(err, hint):
        click.echo(message, err=err, nl=nl)


def from_clicks_output(error: BaseException) -> OutputError | None:
    """The OutputError for an OSError that click raised while printing its own text (--help, --version,
    a usage message), which does not pass through `echo` above; None for any other error."""
    if not isinstance(error, OSError) or isinstance(error, BrokenPipeError):
        return None
    frame = _last_frame(error.__traceback__)
    if frame is None or frame.f_code.co_name != "echo" or frame.f_globals.get("__name__") != "click.utils":
        return None
    return OutputError(STREAMS[bool(frame.f_locals.get("err"))], error)


def _last_frame(traceback: TracebackType | None):
    frame = None
    while traceback is not None:
        frame, traceback = traceback.tb_frame, traceback.tb_next
    return frame
