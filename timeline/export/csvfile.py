"""events.csv: one row per event, for spreadsheets."""

from __future__ import annotations

import csv
import io

from timeline.export import ExportContext, cited_versions, full_citation, per_event, record, shown

# A contract: columns are only ever added, at the end. `sources` is each source's URL or file (for
# scripts); `citations` is each source as a person cites it, one a line (for a spreadsheet's reader).
# `approximate`, `status` and `confidence` are events.json's, so that a sheet can be sorted by how
# sure each date is (the review page's questions, in a spreadsheet).
COLUMNS = ("id", "date", "end_date", "start", "end", "precision", "label", "title", "summary", "tags", "sources", "url",
           "citations", "approximate", "status", "confidence")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The site's events.csv begins with a byte order mark (BYTE_ORDER_MARK, in timeline.export), which
# Excel needs to read it as UTF-8. The command line leaves it out unless asked (--bom): scripts read
# that output, and to Python's csv (without encoding="utf-8-sig") the mark is part of the first column's name.


def write(events, context: ExportContext = ExportContext()) -> str:
    return _line(COLUMNS) + "".join(per_event("csv", e, context, lambda e=e: _row(e, context)) for e in shown(events))


def _row(event, context: ExportContext) -> str:
    """The event's line (or lines: a cell may hold several)."""
    row = record(event, context)
    row["tags"] = "; ".join(row["tags"])
    row["sources"] = "; ".join(s.get("url") or s.get("file") or "" for s in row["sources"])
    row["citations"] = "\n".join(full_citation(c) for c in cited_versions(event, context))
    row["approximate"] = "true" if row["approximate"] else "false"
    return _line([_cell(row.get(c)) for c in COLUMNS])


def _line(cells) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    return out.getvalue()


def _cell(value) -> str:
    """Text a spreadsheet shows as text: a leading '=', '+', '-' or '@' would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
