"""JSON text as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, several times faster.

With an indent, the standard library gives up its C encoder for a Python generator per value;
for 10,000 events (events.json and the TimelineJS file) that was a second of every build. This
writes the same characters by joining strings, with the C encoder for every string and number.
"""

from __future__ import annotations

import json

_encode_string = json.encoder.encode_basestring  # the C version when available, as json.dumps uses
_encode_float = float.__repr__
_INDENT = "  "


def dumps(value: object) -> str:
    """The text json.dumps(value, ensure_ascii=False, indent=2) gives (dict, list, tuple, str, int, float, bool, None)."""
    parts: list[str] = []
    _write(value, 0, parts)
    return "".join(parts)


def _write(value: object, level: int, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(_encode_string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(json.dumps(value))  # NaN and Infinity are spelled as json.dumps spells them
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = "\n" + _INDENT * (level + 1)
        parts.append("{")
        first = True
        for key, item in value.items():
            parts.append(inner if first else "," + inner)
            first = False
            parts.append(_encode_string(_key(key)))
            parts.append(": ")
            _write(item, level + 1, parts)
        parts.append("\n" + _INDENT * level + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = "\n" + _INDENT * (level + 1)
        parts.append("[")
        first = True
        for item in value:
            parts.append(inner if first else "," + inner)
            first = False
            _write(item, level + 1, parts)
        parts.append("\n" + _INDENT * level + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    return json.dumps(key)  # numbers, booleans and None as keys: as json.dumps writes them
