"""Event files as people like to read and edit them.

Block style, keys in a stable order, long text folded at WIDTH columns (`>-`), quotes only where
YAML needs them. The output is checked by reading it back: what is written loads as the data it
was written from, or the writer falls back to quoting that value.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import yaml

from timeline.yamlfile import yaml_quoted

WIDTH = 100
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
EVENT_KEYS = ("id", "date", "end", "anchor", "approximate", "part", "title", "summary", "tags", "status", "confidence",
              "reason", "review", "note", "sources")
SOURCE_KEYS = ("file", "title", "url", "outlet", "quote", "span", "clause", "date_text", "dated_by", "published",
               "published_source", "published_confidence", "published_reason")
FILE_KEYS = ("version", "anchor", "tags", "status", "sources", "events", "undated")
UNDATED_KEYS = ("title", "summary", "reason", "sources")

_ORDER = {"event": EVENT_KEYS, "source": SOURCE_KEYS, "file": FILE_KEYS, "undated": UNDATED_KEYS}
_CHILD = {("file", "events"): "event", ("file", "undated"): "undated", ("event", "sources"): "source",
          ("undated", "sources"): "source", ("file", "sources"): "source"}
_FLOW_LISTS = {"span", "clause", "dated_by", "tags"}
_ONE_LINE = {"id", "title", "file", "url", "date_text", "outlet"}  # short by nature: never folded


def dump(document: dict, header: list[str] | None = None) -> str:
    """The text of an event file: comment lines, then the document in block style."""
    lines = [f"# {line}" if line else "#" for line in header or []]
    lines.extend(_mapping(document, "file", 0))
    text = "\n".join(lines) + "\n"
    return text


def item(value: dict, kind: str, indent: int) -> list[str]:
    """The lines of one list item ("- key: ...") of the given kind, its dash at column `indent`."""
    return _item(value, kind, indent)


def field(key: str, value: object, kind: str, indent: int, first_prefix: str | None = None) -> list[str]:
    """The lines of one key of a mapping of the given kind, its key at column `indent` (the first line
    starting with `first_prefix` instead, for the first key of a list item)."""
    return _mapping({key: value}, kind, indent, first_prefix)


def ordered(mapping: dict, kind: str) -> list:
    """Keys of a mapping in the stable order of its kind; unknown keys after, as they came."""
    known = _ORDER.get(kind, ())
    return [k for k in known if k in mapping] + [k for k in mapping if k not in known]


def _mapping(mapping: dict, kind: str, indent: int, first_prefix: str | None = None) -> list[str]:
    lines: list[str] = []
    pad = " " * indent
    for index, key in enumerate(ordered(mapping, kind)):
        prefix = first_prefix if (first_prefix is not None and index == 0) else pad
        value = mapping[key]
        head = f"{prefix}{_key(key)}:"
        if isinstance(value, dict) and value:
            lines.append(head)
            lines.extend(_mapping(value, "other", indent + 2))
        elif isinstance(value, list) and value:
            if key in _FLOW_LISTS and all(_flow_ok(v) for v in value):
                lines.append(f"{head} [{', '.join(_inline(v, flow=True) for v in value)}]")
                continue
            lines.append(head)
            child = _CHILD.get((kind, key), "other")
            for item in value:
                lines.extend(_item(item, child, indent + 2))
        elif key in _ONE_LINE and not (isinstance(value, str) and "\n" in value):
            lines.append(f"{head} {_inline(value)}")
        else:
            lines.extend(_scalar_lines(head, value, indent))
    return lines


def _item(item: object, kind: str, indent: int) -> list[str]:
    pad = " " * indent
    if isinstance(item, dict) and item:
        return _mapping(item, kind, indent + 2, first_prefix=pad + "- ")
    if isinstance(item, list) and item:
        lines = [pad + "-"]
        for inner in item:
            lines.extend(_item(inner, "other", indent + 2))
        return lines
    return _scalar_lines(pad + "-", item, indent)


def _scalar_lines(head: str, value: object, indent: int) -> list[str]:
    single = f"{head} {_inline(value)}"
    if not isinstance(value, str) or len(single) <= WIDTH or "\n" in value:
        if isinstance(value, str) and "\n" in value:
            return _literal(head, value, indent)
        return [single]
    folded = _folded(head, value, indent)
    return folded if folded else [single]


def _folded(head: str, text: str, indent: int) -> list[str] | None:
    """Long one-line text as a `>-` block, wrapped at single spaces; None when folding would change it."""
    if text != text.strip() or "  " in text or "\t" in text or not text.isprintable():
        return None
    pad = " " * (indent + 2)
    room = max(WIDTH - len(pad), 40)
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    # Lines of printable ASCII at one indentation, none empty nor opening with a space, fold back
    # into the words joined by single spaces: the text itself. Read back only when other characters
    # might read otherwise (reading every folded value back took 0.15 s of the bench corpus's largest
    # file, the one rendered last while the other --jobs workers wait).
    if not _FOLDS_BACK.fullmatch(text) and _value_of(">-", lines) != text:
        return None
    return [f"{head} >-", *(pad + line for line in lines)]


_FOLDS_BACK = re.compile(r"[!-~]+(?: [!-~]+)*")  # printable ASCII words, single spaces between


def _literal(head: str, text: str, indent: int) -> list[str]:
    pad = " " * (indent + 2)
    if text.strip("\n") != text.rstrip("\n") or any(line != line.rstrip() for line in text.split("\n")) or text.startswith(" "):
        return [f"{head} {yaml_quoted(text)}"]
    chomp = "-" if not text.endswith("\n") else ""
    body = text[:-1] if text.endswith("\n") else text
    if _value_of(f"|{chomp}", body.split("\n")) != text:
        return [f"{head} {yaml_quoted(text)}"]
    return [f"{head} |{chomp}", *((pad + line) if line else "" for line in body.split("\n"))]


def _inline(value: object, flow: bool = False) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return value if _plain_ok(value, flow) else yaml_quoted(value)
    if isinstance(value, (list, dict)) and not value:
        return "[]" if isinstance(value, list) else "{}"
    raise TypeError(f"cannot write {type(value).__name__} to an event file")


_SAFE_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .,;()/'\"!?&%+=_-]*[A-Za-z0-9.)'\"!?%]|[A-Za-z]")
_YAML_WORDS = re.compile(r"(?i:y|n|yes|no|on|off|true|false|null|nan|inf)")


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or not text.isprintable():
        return False
    if flow and re.search(r"[,\[\]{}]", text):
        return False
    # Fast path: words and ordinary punctuation, no ': ' or ' #', not a YAML keyword.
    if _SAFE_PLAIN.fullmatch(text) and not _YAML_WORDS.fullmatch(text) and '"' not in text[:1]:
        return True
    loaded = _one_line_value_of(text)
    return loaded == text and type(loaded) is str


def _key(key: object) -> str:
    text = str(key)
    return text if _plain_ok(text, False) else yaml_quoted(text)


_SAFE_FLOW = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._/-]*")


def _flow_ok(value: object) -> bool:
    """Short words and whole numbers may stand in a [flow, list]; anything else goes in a block list."""
    if isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and bool(_SAFE_FLOW.fullmatch(value)) and value == value.strip() and _one_line_value_of(value) == value


@lru_cache(maxsize=4096)  # the same file names, outlets and reasons come back in source after source
def _one_line_value_of(text: str) -> object:
    """_value_of(text, []); callers only compare what it returns, never change it."""
    return _value_of(text, [])


def _value_of(head: str, block: list[str]) -> object:
    """What YAML reads for `k: HEAD` followed by the block lines: the check that writing is faithful."""
    text = f"k: {head}\n" + "".join(f"  {line}\n" if line else "\n" for line in block)
    try:
        loaded = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return None
    return loaded.get("k") if isinstance(loaded, dict) and len(loaded) == 1 else None
