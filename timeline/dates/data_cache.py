"""The data files timeline ships (its YAML under timeline/data, timeline/dates/rules and
timeline/extract/data), as YAML reads them, kept parsed for the next run as the rules' work is kept
(rule_cache.py): reading them was about 0.08 s of the CPU of every `timeline extract` run, a fifth
of its start-up (bench/README.md), for files that change only with timeline itself.

One entry holds every file, named by a hash of all of them, of this code and of the Python
(rule_cache.key_of), so a changed file is never read from an old entry. Each file is kept as the
bytes `marshal` writes of what YAML gave, its days (a rule example's `reference: 2009-04-26`) written
as a tagged pair marshal can hold and given back as days: `load` returns what yaml.load returns, a
fresh copy each time. A file YAML cannot read, or that holds what marshal cannot write, is not kept:
`load` reads it with YAML, which says what is wrong as before. Any other file (a test's rules in a
temporary folder) is read with YAML. Without a cache folder (TIMELINE_CACHE_DIR set empty), every
file is read with YAML.
"""
from __future__ import annotations

import datetime as dt
import marshal
from functools import cache
from pathlib import Path

import yaml

from . import rule_cache

_ROOT = Path(__file__).resolve().parent.parent  # the timeline package
_FOLDERS = ("data", "dates/rules", "extract/data")
_DAY = "\0day"  # the tag of a day written as a pair: no YAML safe-load gives a tuple of it
_TIME = "\0time"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # as lexicon.py reads the rules


def load(path: Path) -> object:
    """yaml.load of the file at `path` with libyaml's safe loader, from the kept entry when it holds
    the file."""
    kept = _entry().get(_name(Path(path)))
    if kept is None:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=YAML_LOADER)
    written, days = kept
    data = marshal.loads(written)
    return _days_back(data) if days else data


def shipped(name: str) -> object:
    """`load` of the package's file `name` ("data/labels.yaml", "extract/data/events.yaml")."""
    return load(_ROOT / name)


def _name(path: Path) -> str | None:
    try:
        return path.resolve().relative_to(_ROOT).as_posix()
    except (OSError, ValueError):
        return None


def _files() -> list[Path]:
    return sorted(path for folder in _FOLDERS for path in (_ROOT / folder).glob("*.yaml"))


@cache
def _entry() -> dict[str, tuple[bytes, bool]]:
    """Each kept file's marshal bytes, and whether it holds days to give back, by its name in the
    package; empty without a cache folder. Read once a process; written when not there."""
    where = rule_cache.folder()
    files = _files()
    hashed = rule_cache.key_of([*files, Path(__file__)]) if where is not None else None
    if hashed is None:
        return {}
    found = rule_cache.read(hashed, where)
    if found is not None:
        kept = _parts(*found)
        if kept is not None:
            return kept
    header, body = _written(files)
    rule_cache.write(hashed, where, lambda: (header, body))
    return _parts(header, body) or {}


def _written(files: list[Path]) -> tuple[dict, bytes]:
    """The entry of `files`: a header naming each kept file's place in the body, and the body."""
    listing: dict[str, list] = {}
    chunks: list[bytes] = []
    at = 0
    for path in files:
        try:
            with open(path, encoding="utf-8") as handle:
                data = yaml.load(handle, Loader=YAML_LOADER)
            days = [False]
            written = marshal.dumps(_days_written(data, days))
        except (OSError, UnicodeError, yaml.YAMLError, ValueError, RecursionError):
            continue  # read with YAML when asked, which says what is wrong
        listing[path.relative_to(_ROOT).as_posix()] = [at, len(written), days[0]]
        chunks.append(written)
        at += len(written)
    return {"data_files": listing}, b"".join(chunks)


def _parts(header: dict, body: bytes) -> dict[str, tuple[bytes, bool]] | None:
    listing = header.get("data_files")
    if not isinstance(listing, dict):
        return None
    parts = {}
    for name, place in listing.items():
        if not (isinstance(place, list) and len(place) == 3 and isinstance(place[0], int) and isinstance(place[1], int)
                and 0 <= place[0] and place[0] + place[1] <= len(body)):
            return None
        parts[name] = (body[place[0]:place[0] + place[1]], bool(place[2]))
    return parts


def _days_written(value: object, days: list[bool]) -> object:
    """`value` with each day and time as a tagged pair (days[0] set when there is one); marshal
    raises ValueError on anything else it cannot write."""
    if isinstance(value, dict):
        return {_days_written(k, days): _days_written(v, days) for k, v in value.items()}
    if isinstance(value, list):
        return [_days_written(v, days) for v in value]
    if isinstance(value, dt.datetime):  # before date: a datetime is a date
        days[0] = True
        return (_TIME, value.isoformat())
    if isinstance(value, dt.date):
        days[0] = True
        return (_DAY, value.isoformat())
    if isinstance(value, tuple):
        raise ValueError("a tuple: kept only as a tagged day")
    return value


def _days_back(value: object) -> object:
    """The days and times of `_days_written` given back, in place where they stand in lists and mappings."""
    if isinstance(value, dict):
        for key in list(value):
            value[key] = _days_back(value[key])
        if any(isinstance(key, tuple) for key in value):
            return {_days_back(key): item for key, item in value.items()}
        return value
    if isinstance(value, list):
        value[:] = [_days_back(v) for v in value]
        return value
    if isinstance(value, tuple) and len(value) == 2:
        return dt.datetime.fromisoformat(value[1]) if value[0] == _TIME else dt.date.fromisoformat(value[1])
    return value
