"""events.csv: one row per event, for spreadsheets."""

from __future__ import annotations

import csv
import io
import re

from timeline.export import ExportContext, address, cited_versions, full_citation, per_event, record, shown

# A contract: columns are only ever added, at the end. `sources` is each source's URL or file (for
# scripts); `citations` is each source as a person cites it, one a line (for a spreadsheet's reader).
# `approximate`, `status` and `confidence` are events.json's, so that a sheet can be sorted by how
# sure each date is (the review page's questions, in a spreadsheet).
COLUMNS = ("id", "date", "end_date", "start", "end", "precision", "label", "title", "summary", "tags", "sources", "url",
           "citations", "approximate", "status", "confidence")
# Formula injection (OWASP's "CSV Injection"): a spreadsheet runs a cell that begins with '=', '+', '-'
# or '@' (or with a tab or a line break before one) as a formula; a "'" before it makes the cell text.
# The cell's start is not the only place a cell can begin. Excel opens a .csv split at the list
# separator of the machine's locale, ';' in most of Europe, and like Python's csv it takes a '"' as a
# quote only at a field's first character: past a row's first field the quotes of this comma file are
# text, so each ';' of a cell, and each line break in one, begins a new cell (or row) there. Wrapping
# every cell in quotes (OWASP's other advice) does not help then; a "'" at each such place does, in
# either reading. Also after a tab, a separator LibreOffice's import may be set to. The "'" goes
# before any quotes and apostrophes that come first ('"=1"', "'=1"), so that one "'" taken off at
# each such place gives the text back (docs/exports.md).
_CELL_START = re.compile(r"'*\"*[=+\-@\t\r\n]")  # at the cell's own start: OWASP's list of characters
_FIRST = frozenset("'\"=+-@\t\r\n")  # what such a start begins with: most cells are not looked at again
_WITHIN_CELL = re.compile(r"[;\t\r\n](?='*\"*[=+\-@])")  # a separator a reading may split at, then a formula
# The site's events.csv begins with a byte order mark (BYTE_ORDER_MARK, in timeline.export), which
# Excel needs to read it as UTF-8. The command line leaves it out unless asked (--bom): scripts read
# that output, and to Python's csv (without encoding="utf-8-sig") the mark is part of the first column's name.


def write(events, context: ExportContext = ExportContext()) -> str:
    return _line(COLUMNS) + "".join(per_event("csv", e, context, lambda e=e: _row(e, context)) for e in shown(events))


def _row(event, context: ExportContext) -> str:
    """The event's line (or lines: a cell may hold several)."""
    row = record(event, context)
    row["tags"] = "; ".join(row["tags"])
    row["sources"] = "; ".join(address(s.get("url")) or s.get("file") or "" for s in row["sources"])
    row["citations"] = "\n".join(full_citation(c) for c in cited_versions(event, context))
    row["approximate"] = "true" if row["approximate"] else "false"
    return _line([_cell(row.get(c)) for c in COLUMNS])


def _line(cells) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def _cell(value) -> str:
    """Text a spreadsheet shows as text, read at ',' or at ';': a "'" where a formula could begin."""
    text = "" if value is None else str(value)
    if ";" in text or not text.isprintable():  # a tab or a line break is not printable; most cells have neither
        text = _WITHIN_CELL.sub(r"\g<0>'", text)
    return "'" + text if text[:1] in _FIRST and _CELL_START.match(text) else text
