"""YAML front matter (--- ... ---) at the start of a text, and its date."""
from __future__ import annotations

import datetime as dt
import re

import yaml

from .errors import DateEngineError

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)
DATE_KEYS = ("published", "date")


def split_front_matter(text: str) -> tuple[dict | None, int]:
    """(front matter as a mapping or None, offset where the body starts)."""
    m = _FRONT.match(text)
    if not m:
        return None, 0
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        raise DateEngineError(f"front matter is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise DateEngineError("front matter must be a mapping of keys to values")
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
                raise DateEngineError(
                    f"front matter {key}: {value!r} is not a date (expected YYYY-MM-DD)") from None
    return None


def blank(text: str, end: int) -> str:
    """`text` with its first `end` characters turned to spaces, newlines kept,
    so that offsets into the result are offsets into the original."""
    return re.sub(r"[^\r\n]", " ", text[:end]) + text[end:]
