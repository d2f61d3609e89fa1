"""YAML front matter (--- ... ---) at the start of a text, and its date."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from .errors import DateEngineError

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
DATE_KEYS = ("published", "date")


class FrontMatterError(DateEngineError):
    """A mistake in the front matter; `line` is its line in the file (0 when unknown)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


class _Loader(yaml.SafeLoader):
    """safe_load, except that a timestamp no calendar has (2019-13-45, 2019-02-30) stays text for
    front_matter_date to name; PyYAML raised a bare ValueError on it."""


def _timestamp_or_text(loader, node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def split_front_matter(text: str) -> tuple[dict | None, int]:
    """(front matter as a mapping or None, offset where the body starts)."""
    m = _FRONT.match(text)
    if not m:
        return None, 0
    try:
        data = yaml.load(m.group(1) or "", Loader=_Loader) or {}
    except yaml.YAMLError as exc:
        context, problem = getattr(exc, "context", None) or "", getattr(exc, "problem", None) or ""
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if "scanning" in context and getattr(exc, "context_mark", None) is not None:
            mark = exc.context_mark  # where the key or the quote starts, not where YAML gave up
        if "simple key" in context and "expected ':'" in problem:
            problem = "no ':' after the key on this line"
        else:
            problem = " ".join(filter(None, (context, problem))) or str(exc)
        # the front matter starts on the file's second line, after its '---'
        raise FrontMatterError(f"front matter is not valid YAML ({problem})", mark.line + 2 if mark else 0) from None
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", 2)
    return data, m.end()


def front_matter_date(data: dict | None) -> dt.date | None:
    """The date under `published:` or `date:`, if any."""
    if not data:
        return None
    for key in DATE_KEYS:
        if key in data and data[key] not in (None, ""):
            value = data[key]
            if isinstance(value, dt.datetime):
                return value.date()
            if isinstance(value, dt.date):
                return value
            try:
                return dt.datetime.fromisoformat(str(value).strip()).date()
            except ValueError:
                raise FrontMatterError(
                    f"front matter {key}: {value!r} is not a date (expected YYYY-MM-DD)") from None
    return None


def blank(text: str, end: int) -> str:
    """`text` with its first `end` characters turned to spaces, newlines kept,
    so that offsets into the result are offsets into the original."""
    return re.sub(r"[^\r\n]", " ", text[:end]) + text[end:]
