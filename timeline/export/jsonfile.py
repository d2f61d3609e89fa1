"""events.json: the timeline in our own documented schema (docs/exports.md)."""

from __future__ import annotations

from timeline.export import jsontext

from timeline.export import ExportContext, record, shown

SCHEMA_VERSION = 1


def write(events, context: ExportContext = ExportContext()) -> str:
    document = {
        "version": SCHEMA_VERSION,
        "title": context.title,
        "events": [record(e, context) for e in shown(events)],
    }
    return jsontext.dumps(document) + "\n"
