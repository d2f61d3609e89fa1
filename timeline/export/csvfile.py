"""events.csv: one row per event, for spreadsheets."""

from __future__ import annotations

import csv
import io

from timeline.export import ExportContext, record, shown

COLUMNS = ("id", "date", "end_date", "start", "end", "precision", "label", "title", "summary", "tags", "sources", "url")
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def write(events, context: ExportContext = ExportContext()) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for event in shown(events):
        row = record(event, context)
        row["tags"] = "; ".join(row["tags"])
        row["sources"] = "; ".join(s.get("url") or s.get("file") or "" for s in row["sources"])
        writer.writerow([_cell(row.get(c)) for c in COLUMNS])
    return out.getvalue()


def _cell(value) -> str:
    """Text a spreadsheet shows as text: a leading '=', '+', '-' or '@' would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
