"""What loading the rules works out, kept on disk for the next run: the rules' beginnings as the
scout's table by prefix, which context checks are anchored at their start, the scout's regex
(scout.py), and the code every regex of the rules compiles to (compiled.py): most of
what loading the rules, and compiling those a text needs, cost every `timeline tag` and `timeline
extract` run (0.84 s of CPU, 0.21 s with the entry: bench/README.md, "Where start-up goes").

An entry is named by a hash of everything it is worked out from (the rule files, the word lists, the
code that reads them, the Python whose regex parser it used, the machine's byte order), so a changed rule file is never read
with an old entry, and the same inputs always give the same bytes. It is written whole to a
temporary file and renamed into place: a run reading it at the same time, another run writing it,
or a run killed half-way, never leaves a part read. It is never needed: a missing, broken or stale
entry, or a folder that cannot be read or written, only means working it out again.

The folder is TIMELINE_CACHE_DIR, else $XDG_CACHE_HOME/timeline, else ~/.cache/timeline;
TIMELINE_CACHE_DIR set empty keeps none.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CACHE_VARIABLE = "TIMELINE_CACHE_DIR"
FORMAT = 1  # raised when what an entry holds changes shape
# entries kept in the folder: a few checkouts or versions side by side (four entries each: the rules',
# the extractor's patterns' (pattern_cache.py), the data files' (data_cache.py), the tense cues'
# (compiled.kept)), not every one ever
KEEP = 16
_CODE = ("rules.py", "scout.py", "lexicon.py", "compiled.py")  # the code that works the entries out


def folder(environ=os.environ) -> Path | None:
    """Where entries are kept; None when the user keeps none."""
    given = environ.get(CACHE_VARIABLE)
    if given is not None:
        return Path(given).expanduser() if given.strip() else None
    base = environ.get("XDG_CACHE_HOME") or str(Path("~/.cache").expanduser())
    return Path(base) / "timeline"


def key(directory: Path, files) -> str | None:
    """The hash of what an entry is worked out from; None when a file cannot be read (loading will
    then say what is wrong)."""
    code = Path(__file__).parent
    return key_of([directory / "lexicon.yaml", *(directory / name for name in files), *(code / name for name in _CODE)])


def key_of(paths) -> str | None:
    """The hash of the files an entry is worked out from, with the Python that works it out; None when
    a file cannot be read."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {sys.implementation.cache_tag} {sys.byteorder}".encode())
    try:
        for path in paths:
            data = path.read_bytes()
            digest.update(f"\n{path.name} {len(data)}\n".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def key_of_texts(texts) -> str:
    """The hash of the texts an entry is worked out from (regexes: compiled.kept), with the Python
    that works it out."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {sys.implementation.cache_tag} {sys.byteorder}".encode())
    for text in texts:
        data = text.encode("utf-8", "surrogatepass")
        digest.update(f"\n{len(data)}\n".encode())
        digest.update(data)
    return digest.hexdigest()


def _path(where: Path, hashed: str) -> Path:
    return where / f"rules-{hashed[:40]}.bin"


def read(hashed: str | None, where: Path | None) -> tuple[dict, bytes] | None:
    """The entry for `hashed` (its header, and the bytes after it), or None: none kept, unreadable,
    cut short, or another's."""
    if hashed is None or where is None:
        return None
    try:
        data = _path(where, hashed).read_bytes()
        end = data.index(b"\n")
        header = json.loads(data[:end])
    except (OSError, ValueError):
        return None
    body = data[end + 1:]
    if not isinstance(header, dict) or header.get("key") != hashed or header.get("body") != len(body):
        return None
    # Marked as used now: pruning keeps the entries last used, not the last written, so a version run
    # every day keeps its entries while other checkouts' come and go (an A/B of two trees, worktrees).
    with contextlib.suppress(OSError):
        os.utime(_path(where, hashed))
    return header, body


def write(hashed: str | None, where: Path | None, entry: Callable[[], tuple[dict, bytes]]) -> None:
    """Keep what `entry()` gives (a header, JSON's, and bytes) for `hashed`, if the folder lets us:
    `entry` is called only then, as working it out may take longer than the run saved."""
    if hashed is None or where is None:
        return
    temporary = None
    try:
        where.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=".rules-", suffix=".tmp", dir=where)
        with os.fdopen(descriptor, "wb") as handle:
            header, body = entry()
            header = {**header, "key": hashed, "body": len(body)}
            handle.write(json.dumps(header, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii"))
            handle.write(b"\n")
            handle.write(body)
        os.replace(temporary, _path(where, hashed))
        temporary = None
        _prune(where)
    except OSError:
        pass  # a read-only or full folder: the next run works it out again
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(where: Path) -> None:
    """Drop all but the KEEP entries last used (written or read: `read` marks them), and the temporary
    files of runs killed while writing (an hour old: a run writing now has its own)."""
    stale = time.time() - 3600
    for path in where.glob(".rules-*.tmp"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < stale:
                path.unlink()
    entries = []
    for path in where.glob("rules-*.bin"):
        with contextlib.suppress(OSError):
            entries.append((path.stat().st_mtime, path.name, path))
    for _, _, path in sorted(entries, reverse=True)[KEEP:]:
        with contextlib.suppress(OSError):
            path.unlink()
