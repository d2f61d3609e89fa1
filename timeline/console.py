"""Printing to standard output and error. A full disk or a failing device there is the machine's
problem, not a bug: it ends as one message naming the stream and the OS's reason, exit status 1."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

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
