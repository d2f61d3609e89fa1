"""events.json: the timeline in our own documented schema (docs/exports.md)."""

from __future__ import annotations

from timeline.export import jsontext

from timeline.export import ExportContext, per_event, record, shown

SCHEMA_VERSION = 1


def write(events, context: ExportContext = ExportContext()) -> str:
    document = {
        "version": SCHEMA_VERSION,
        "title": context.title,
        "events": [per_event("json", e, context, lambda e=e: _event(e, context)) for e in shown(events)],
    }
    return jsontext.dumps(document) + "\n"


def _event(event, context: ExportContext) -> jsontext.Written:
    """The event's record as the document writes it: in the list of events, two levels deep."""
    return jsontext.Written(jsontext.dumps(record(event, context), level=2))
