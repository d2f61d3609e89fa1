"""Changing an existing event file by insertion only, so that a person's comments and layout stay.

A re-run changes an existing file in four ways only: new events, new sources of existing events,
new 'needs a date' entries, and a few fields the tool wrote and keeps up to date (a source's span
that followed its sentence, a background tag, an event's confidence and reason). Each is a block of
lines inserted into the file's text at the right place, or the lines of that one key replaced; every
other byte stays as the person left it. The result is checked by reading it back; whenever the
file's shape is unusual (flow-style lists, a bare list of events...) or the check fails, the caller
writes the whole file instead.
"""

from __future__ import annotations

import re

import yaml

from timeline.extract import yamlout
from timeline.yamlfile import LineDict, LineList, YamlSyntaxError, load_with_lines

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class CannotPatch(Exception):
    """The file's shape does not allow a safe insertion; write it whole."""


DELETE = object()  # the value of an edit that removes its key


def patch(text: str, document: dict, new_events: list[dict], new_sources: list[tuple[int, list[dict]]],
          new_undated: list[dict], edits: list[tuple[str, int, int | None, str, object]] = (),
          reorders: list[tuple[dict, list[int]]] = ()) -> str:
    """`text` with the new items inserted; `document` is what it must read as afterwards.

    new_events: events in their final order relative to the existing ones are found by identity in
    document["events"]; new_sources: (index of the existing event in the original file, sources);
    edits: ("events" or "undated", index of the existing entry there, index of its source or None for
    the entry itself, key, new value or DELETE); reorders: (event of document["events"], the indices
    of its sources as read in their new order), their lines moved once the rest is done.
    """
    try:
        tree, _ = load_with_lines(text)
    except YamlSyntaxError:
        raise CannotPatch from None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if isinstance(tree, LineList) and tree:  # a bare list of events, as a person may write a file
        if new_undated:
            raise CannotPatch  # an undated: list needs the mapping form: the file is written whole
        expected: object = _expected_list(document)
        events, block_end, containers = tree, len(lines), {"events": tree}
    elif isinstance(tree, LineDict) and isinstance(tree.get("events"), LineList) and tree["events"]:
        expected = _expected(document, tree)
        events, block_end, containers = tree["events"], _block_end(tree, "events", lines), tree
    else:
        raise CannotPatch
    inserts: list[tuple[int, int, list[str]]] = []  # (line index to insert before, order, lines)
    item_indent = _indent(lines, events.item_lines[0])

    final = document["events"]
    new_ids = {id(e) for e in new_events}
    old_index = 0
    for position, event in enumerate(final):
        if id(event) not in new_ids:
            old_index += 1
            continue
        if old_index < len(events):  # before the next existing event, and the comments above it
            at = _above_comments(lines, events.item_lines[old_index] - 1, item_indent)
        else:
            at = _after_content(lines, block_end)
        inserts.append((at, position, _item_lines(event, "event", item_indent)))

    for index, sources in new_sources:
        event = events[index]
        if not isinstance(event, LineDict) or not isinstance(event.get("sources"), LineList) or not event["sources"]:
            raise CannotPatch
        source_list: LineList = event["sources"]
        indent = _indent(lines, source_list.item_lines[0])
        end = _event_end(events, index, event, "sources", lines, block_end)
        at = _after_content(lines, end)
        for n, source in enumerate(sources):
            # before any new event inserted at the same line (those are processed first, see below)
            inserts.append((at, -10**6 + n, _item_lines(source, "source", indent)))

    if new_undated:
        if isinstance(tree.get("undated"), LineList) and tree["undated"]:
            undated: LineList = tree["undated"]
            indent = _indent(lines, undated.item_lines[0])
            at = _after_content(lines, _block_end(tree, "undated", lines))
            for n, entry in enumerate(new_undated):
                inserts.append((at, 2 * 10**6 + n, _item_lines(entry, "undated", indent)))
        elif "undated" in tree:
            raise CannotPatch
        else:
            block = ["undated:\n"] + [line for entry in new_undated for line in _item_lines(entry, "undated", item_indent)]
            inserts.append((_after_content(lines, len(lines)), 3 * 10**6, block))

    replaced = [_edit(lines, containers.get(container), index, source, key, value, "event" if container == "events" else container)
                for container, index, source, key, value in edits]
    if any(start < at < end for start, end, _ in replaced for at, _, _ in inserts):
        raise CannotPatch
    # From the bottom up, so that line numbers above stay true; at one line, the block inserted last
    # ends up first, and a key's lines are replaced before anything is inserted above them.
    steps = [(at, at, order, block) for at, order, block in inserts]
    steps += [(start, end, 10**7, block) for start, end, block in replaced]
    for start, end, _, block in sorted(steps, key=lambda s: (s[0], s[2]), reverse=True):
        lines[start:end] = block
    patched = "".join(lines)
    for event, order in reorders:
        position = next(n for n, e in enumerate(final) if e is event)
        patched = _sources_reordered(patched, position, order)
    try:
        if yaml.load(patched, Loader=_LOADER) != expected:  # noqa: S506 - a safe loader
            raise CannotPatch
    except yaml.YAMLError:
        raise CannotPatch from None
    return patched


def _sources_reordered(text: str, position: int, order: list[int]) -> str:
    """`text` with the first sources of its event number `position` in the order `order` (their
    indices), each source's lines (and the comments above it) moved as they are."""
    try:
        tree, _ = load_with_lines(text)
    except YamlSyntaxError:
        raise CannotPatch from None
    lines = text.splitlines(keepends=True)
    if isinstance(tree, LineList):
        events, block_end = tree, len(lines)
    elif isinstance(tree, LineDict) and isinstance(tree.get("events"), LineList):
        events, block_end = tree["events"], _block_end(tree, "events", lines)
    else:
        raise CannotPatch
    event = events[position] if position < len(events) else None
    sources = event.get("sources") if isinstance(event, LineDict) else None
    if not isinstance(sources, LineList) or len(sources) < len(order) or sorted(order) != list(range(len(order))):
        raise CannotPatch
    indent = _indent(lines, sources.item_lines[0])
    starts = [_above_comments(lines, line - 1, indent) for line in sources.item_lines]
    if len(sources) > len(order):
        end = starts[len(order)]
    else:
        end = _after_content(lines, _event_end(events, position, event, "sources", lines, block_end))
    bounds = [*starts[:len(order)], end]
    blocks = [lines[bounds[k]:bounds[k + 1]] for k in range(len(order))]
    lines[bounds[0]:end] = [line for index in order for line in blocks[index]]
    return "".join(lines)


def _expected(document: dict, tree: LineDict) -> dict:
    if "version" not in tree:
        document = {k: v for k, v in document.items() if k != "version"}
    if not document.get("undated") and "undated" not in tree:
        document = {k: v for k, v in document.items() if k != "undated"}
    return document


def _expected_list(document: dict) -> list:
    """What a bare list of events must read as: the events, when the document holds nothing else."""
    if set(document) - {"events", "version", "undated"} or document.get("undated"):
        raise CannotPatch
    return document["events"]


def _item_lines(item: dict, kind: str, indent: int) -> list[str]:
    return [line + "\n" for line in yamlout.item(item, kind, indent)]


def _indent(lines: list[str], line_number: int) -> int:
    line = lines[line_number - 1]
    stripped = line.lstrip(" ")
    if not stripped.startswith("-"):
        raise CannotPatch
    return len(line) - len(stripped)


def _is_filler(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _above_comments(lines: list[str], index: int, indent: int | None = None) -> int:
    """Index of the first of the comment lines right above line `index` (they belong to it); with
    `indent`, the column of the item at `index`, only those no further in: a comment indented as the
    keys of the item above is that item's last line (`    # no source yet` under its title), which an
    event inserted before the next item left on the inserted event."""
    while index > 0 and lines[index - 1].strip() and lines[index - 1].lstrip().startswith("#"):
        if indent is not None and len(lines[index - 1]) - len(lines[index - 1].lstrip(" ")) > indent:
            break
        index -= 1
    return index


def _after_content(lines: list[str], end: int) -> int:
    """Index right after the last line with content before `end` (trailing comments and blanks stay after)."""
    while end > 0 and _is_filler(lines[end - 1]):
        end -= 1
    return end


def _block_end(tree: LineDict, key: str, lines: list[str]) -> int:
    """Index of the line where the value of top-level `key` ends (the next top-level key, or the end)."""
    start = tree.key_lines[key]
    later = [line for k, line in tree.key_lines.items() if line > start]
    return min(later) - 1 if later else len(lines)


def _event_end(events: LineList, index: int, event: LineDict, key: str, lines: list[str], block_end: int) -> int:
    """Index of the line where `key` of the event ends: its next key, the next event, or the block's end."""
    start = event.key_lines[key]
    later = [line for k, line in event.key_lines.items() if line > start]
    if later:
        return min(later) - 1
    items = events.item_lines
    if index + 1 < len(items):
        return _above_comments(lines, items[index + 1] - 1)
    return block_end


def _edit(lines: list[str], entries: object, index: int, source: int | None, key: str, value: object,
          kind: str) -> tuple[int, int, list[str]]:
    """(first line index, end index, new lines) that set or remove one key of an existing entry or of
    one of its sources, written as the writer writes it; the key's own lines only."""
    if not isinstance(entries, LineList) or index >= len(entries):
        raise CannotPatch
    mapping = entries[index]
    if source is not None:
        sources = mapping.get("sources") if isinstance(mapping, LineDict) else None
        mapping = sources[source] if isinstance(sources, LineList) and source < len(sources) else None
        kind = "source"
    if not isinstance(mapping, LineDict) or not mapping.key_lines:
        raise CannotPatch
    keys = sorted(mapping.key_lines.items(), key=lambda item: item[1])
    first_key, first_line = keys[0]
    column = _key_column(lines, first_line, first_key)
    if key in mapping.key_lines:
        start = mapping.key_lines[key] - 1
        if _key_column(lines, start + 1, key) != column:
            raise CannotPatch
        end = _value_end(lines, start, column)
        prefix = lines[start][:column] if key == first_key else None
        if value is DELETE:
            if key == first_key:
                raise CannotPatch  # the item's dash is on its line
            return start, end, []
        return start, end, [line + "\n" for line in yamlout.field(key, value, kind, column, prefix)]
    if value is DELETE:
        return 0, 0, []
    order = yamlout.ordered({**{k: None for k, _ in keys}, key: None}, kind)
    after = [k for k in order[order.index(key) + 1:] if k in mapping.key_lines]
    if after:
        if after[0] == first_key:
            raise CannotPatch
        at = _above_comments(lines, mapping.key_lines[after[0]] - 1)
    else:
        last_key, last_line = keys[-1]
        at = _value_end(lines, last_line - 1, column)
    return at, at, [line + "\n" for line in yamlout.field(key, value, kind, column)]


_ITEM_START = re.compile(r"\s*(?:-\s+)*")


def _key_column(lines: list[str], line_number: int, key: str) -> int:
    """The column a mapping's key starts at on its line (after the dashes of the items it opens)."""
    line = lines[line_number - 1]
    column = _ITEM_START.match(line).end()
    if not line[column:].startswith((key + ":", f"'{key}':", f'"{key}":')):
        raise CannotPatch
    return column


def _value_end(lines: list[str], start: int, column: int) -> int:
    """Index right after the last line of the value of the key on line index `start`: the lines
    indented deeper than its key (or its list's dashes at the key's column), without the blank and
    comment lines that end them."""
    bare = lines[start].rstrip().endswith(":")
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if not _is_filler(line):
            indent = len(line) - len(line.lstrip(" "))
            if indent < column or (indent == column and not (bare and line.lstrip().startswith("-"))):
                break
        end += 1
    return _after_content(lines, end) if end > start + 1 else end
