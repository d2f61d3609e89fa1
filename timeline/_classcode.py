"""The code of the methods `dataclasses` writes for each dataclass, kept for the next run.

For every dataclass, Python 3.11's `dataclasses` writes the text of `__init__`, `__repr__`, `__eq__`,
`__hash__` (and for a frozen one `__setattr__`, `__delattr__`) and compiles each with `exec`: about
400 compiles for timeline's 75 dataclasses, 40-60 ms of CPU of every `timeline` run's start-up
(bench/README.md, "The story's run, a sixth stop"), the largest single part of importing the
extractor. The same class always gives the same text, and compiling the same text gives the same
code: so the code of each text is kept in the user's cache folder (as the date rules' are:
timeline/dates/rule_cache.py), looked up by the text itself, and run instead of compiling it again.
A text the file lacks (a new or changed class, another library's) is compiled as before and added
when the process ends. Nothing but where the code comes from changes: the same `exec` runs it, in the
same namespaces.

`install` makes `dataclasses`' `exec` (a name it looks up among its module's globals before the
builtins) this lookup; it does nothing without a cache folder (TIMELINE_CACHE_DIR set empty), on a
Python whose `dataclasses` compiles its texts with a `__future__` flag (then a text compiled here
would differ), or when the kept file cannot be read.
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from pathlib import Path

CACHE_VARIABLE = "TIMELINE_CACHE_DIR"  # as timeline.dates.rule_cache names it (a test checks they agree)
# The most texts the file keeps: past it, only the texts of the last run that added one stay.
KEEP = 4096

_codes: dict[str, object] = {}
_compiled: dict[str, object] = {}  # compiled in this process: written out at its end
_used: set[str] = set()
_where: list[Path] = []


def folder(environ=os.environ) -> Path | None:
    """The cache folder (timeline.dates.rule_cache.folder, which importing here would import the
    date engine and its dataclasses before this could serve them)."""
    given = environ.get(CACHE_VARIABLE)
    if given is not None:
        return Path(given).expanduser() if given.strip() else None
    base = environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "timeline"


def path(where: Path) -> Path:
    """The file in folder `where`: one for each Python, as code objects are its own."""
    tag = sys.implementation.cache_tag or "python"
    version = "-".join(map(str, sys.version_info[:3]))
    return where / f"dataclass-code-{tag}-{version}-{sys.version_info.releaselevel}.bin"


def install(where: Path | None = None) -> bool:
    """Serve `dataclasses`' compiles from the kept file in `where` (the cache folder when not given);
    whether it does."""
    where = folder() if where is None else where
    if where is None or "annotations" in vars(dataclasses) or getattr(dataclasses, "exec", None) is _exec:
        return False  # no folder; texts compiled with a __future__ flag; or already served
    try:
        loaded = marshal.loads(path(where).read_bytes())
    except FileNotFoundError:
        loaded = {}
    except (OSError, EOFError, ValueError, TypeError):
        return False  # unreadable or written by another Python: compiled as before
    if not isinstance(loaded, dict):
        return False
    _codes.clear()
    _codes.update(loaded)
    _where[:] = [where]
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    atexit.register(save)
    return True


def uninstall() -> None:
    """`dataclasses` compiles its texts itself again."""
    if getattr(dataclasses, "exec", None) is _exec:
        del dataclasses.exec  # type: ignore[attr-defined]


def _exec(source, globals=None, locals=None, /):
    """exec, with the code of a text `dataclasses` wrote taken from the kept file when it holds it."""
    if type(source) is str:
        code = _codes.get(source)
        if code is None:
            # as exec compiles a text given from dataclasses.py: its file name, and no __future__
            # flag of this module (dataclasses.py has none: install checks)
            code = _codes[source] = _compiled[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _used.add(source)
        source = code
    return builtins.exec(source, globals, locals)


def save() -> None:
    """Write the kept file again when this process compiled a text it lacked (at exit): whole to a
    temporary file renamed into place, so a run reading it meanwhile never reads half of it."""
    if not _compiled or not _where:
        return
    import tempfile  # only when writing: importing it costs every run a few milliseconds

    kept = _codes if len(_codes) <= KEEP else {text: _codes[text] for text in _used}
    with contextlib.suppress(OSError, ValueError):
        where = _where[0]
        where.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=where, prefix=".dataclass-code-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(kept))
            os.replace(temporary, path(where))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    _compiled.clear()
