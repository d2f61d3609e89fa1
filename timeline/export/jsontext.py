"""JSON text as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, several times faster.

With an indent, the standard library gives up its C encoder for a Python generator per value;
for 10,000 events (events.json and the TimelineJS file) that was a second of every build. This
writes the same characters by joining strings, with the C encoder for every string and number.
"""

from __future__ import annotations

import json

_encode_string = json.encoder.encode_basestring  # the C version when available, as json.dumps uses
_INDENT = "  "


class Written(str):
    """A value's JSON text already written at the level where it stands, which dumps puts in as it is
    (an export's event written once and kept from one `mkdocs serve` rebuild to the next)."""


def dumps(value: object, level: int = 0) -> str:
    """The text json.dumps(value, ensure_ascii=False, indent=2) gives (dict, list, tuple, str, int, float, bool, None);
    with `level`, as that text writes the value when it stands `level` levels deep."""
    parts: list[str] = []
    _write(value, level, parts)
    return "".join(parts)


def _write(value: object, level: int, parts: list[str]) -> None:
    if type(value) is Written:
        parts.append(value)
    elif isinstance(value, str):
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
        _items(value.items(), level, parts, "{}", _write_member)
    elif isinstance(value, (list, tuple)):
        _items(value, level, parts, "[]", _write)
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _items(items, level: int, parts: list[str], brackets: str, write_item) -> None:
    """A dict's members or a list's values, one a line, indented one level deeper than the brackets."""
    inner = "\n" + _INDENT * (level + 1)
    parts.append(brackets[0])
    count = 0
    for item in items:
        parts.append("," + inner if count else inner)
        write_item(item, level + 1, parts)
        count += 1
    parts.append("\n" + _INDENT * level + brackets[1] if count else brackets[1])


def _write_member(member: tuple[object, object], level: int, parts: list[str]) -> None:
    key, value = member
    parts.append(_encode_string(_key(key)))
    parts.append(": ")
    _write(value, level, parts)


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    return json.dumps(key)  # numbers, booleans and None as keys: as json.dumps writes them
