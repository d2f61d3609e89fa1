"""Cyclic garbage collection paused while a bulk of objects is made.

Loading 10,000 events and rendering 2,000 pages makes millions of small objects that hold no
reference cycles; the collector, triggered every 700 allocations, scans the ever larger heap for
cycles that are not there (a tenth to a quarter of the plugin's time, measured at 10,000 events).
Reference counting still frees everything as usual; cycles made meanwhile wait for the next
collection after the pause.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def set_survivors_aside() -> None:
    """What exists now is not scanned by the collector again, until bring_survivors_back().

    After the plugin's work, its events, caches and the date engine's rules stay alive to the end of
    a build, and every full collection of MkDocs' own work would scan them again (0.7 s of a
    10,000-event build, measured: bench/profile_site.py and gc callbacks). gc.freeze() moves them out
    of the collector's sight; reference counting still frees them. It is also what Python's
    documentation advises before a fork, so that a child does not copy pages merely to mark objects.
    For a one-off build only: under `mkdocs serve` each rebuild's garbage cycles would stay for good.
    """
    gc.freeze()


def bring_survivors_back() -> None:
    gc.unfreeze()
