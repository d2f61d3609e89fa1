"""The plugin's pages and exports written by a forked process while MkDocs converts the first ones.

`mkdocs build` runs on one core. Once the plugin has read the events and the articles, the files it
generates depend on nothing MkDocs does, so a child process writes them, one by one in the order
MkDocs reads them, while MkDocs turns the first into HTML; a page is waited for only if MkDocs gets
to it first. The bytes are those the plugin would have written itself: the child runs the same
code on a copy of the same memory. Should the child fail (a site's template raising, say), the
parent writes whatever is missing itself, and meets the same error where it would have met it.

Only where there is fork (not Windows), in a process that runs one thread (never under `mkdocs
serve`, whose server threads a fork would copy mid-flight, nor beside another plugin's threads).
"""

from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from mkdocs.structure.files import File

from timeline.errors import Bug, TimelineError
from timeline.extract.parallel import can_fork


class Background:
    """Files written by a forked child, in a given order; `wait_for(path)` until one is there."""

    def __init__(self, plan: dict[str, Callable[[], str]], order: list[str],
                 failure: Callable[[TimelineError | Bug], Exception] = lambda error: error):
        self.plan, self.failure = plan, failure  # failure: what to raise for a user's mistake (or a bug) met here
        self.index = {path: i for i, path in enumerate(order)}
        self.folder = Path(tempfile.mkdtemp(prefix="timeline-site-"))
        self.written = 0  # how many files the child has reported written, in order
        self.failed = False
        readable, writable = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: write, report each file with one byte, and leave without cleaning up
            os.close(readable)
            os._exit(self._write_all(order, writable))
        os.close(writable)
        self.progress = readable
        atexit.register(self.close)  # a build stopped by Ctrl-C still reaps the child and removes the folder

    def _write_all(self, order: list[str], progress: int) -> int:
        try:
            for path in order:
                data = self.plan[path]().encode("utf-8")
                part = self.file_for(path).with_suffix(".part")
                part.write_bytes(data)
                os.replace(part, self.file_for(path))  # whole or not at all
                os.write(progress, b".")
            return 0
        except BaseException:  # noqa: BLE001 — the parent writes what is missing, and meets the error itself
            return 1

    def file_for(self, path: str) -> Path:
        return self.folder / str(self.index[path])

    def wait_for(self, path: str) -> None:
        """Return once the file for `path` exists, written by the child or, if it failed, here."""
        wanted = self.index[path] + 1
        while self.written < wanted and not self.failed:
            got = os.read(self.progress, 65536)
            if not got:  # the child has ended without reporting this file
                self.failed = True
            self.written += len(got)
        if self.written < wanted and not self.file_for(path).exists():
            try:
                data = self.plan[path]().encode("utf-8")
            except (TimelineError, Bug) as error:
                raise self.failure(error) from None
            self.file_for(path).write_bytes(data)

    def close(self) -> None:
        """Reap the child (it has finished, or is told to) and remove its folder."""
        atexit.unregister(self.close)
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            os.close(self.progress)
            self.pid = 0
        shutil.rmtree(self.folder, ignore_errors=True)


def _waiting(inherited: property) -> property:
    """File's property `inherited`, read only once the Background has written the file; set as File sets it."""

    def get(self):
        self.background.wait_for(self.src_uri)
        return inherited.fget(self)

    return property(get, inherited.fset, doc=inherited.__doc__)


class BackgroundFile(File):
    """A generated file whose content the Background writes; reading it first waits for it."""

    background: Background

    @classmethod
    def of(cls, config, path: str, background: Background) -> BackgroundFile:
        file = cls.generated(config, path, abs_src_path=str(background.file_for(path)))
        file.background = background
        return file

    content_bytes = _waiting(File.content_bytes)
    content_string = _waiting(File.content_string)

    def copy_file(self, dirty: bool = False) -> None:
        if self._content is None:
            self.background.wait_for(self.src_uri)
        super().copy_file(dirty)


def reading_order(paths) -> list[str]:
    """MkDocs reads the Markdown pages in the order the plugin adds them (sorted), then copies the rest."""
    ordered = sorted(paths)
    return [p for p in ordered if p.endswith(".md")] + [p for p in ordered if not p.endswith(".md")]


def usable() -> bool:
    """Fork exists, and this process runs one thread: a fork copies another thread's held locks but
    not the thread, and a child that met one (say, a lazy import) would wait for ever, and MkDocs with it.
    """
    return can_fork() and threading.active_count() == 1
