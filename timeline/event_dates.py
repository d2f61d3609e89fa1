"""How an event's date reads wherever it is shown, on the site and in every export.

A clock time keeps its zone only as an offset ("2009-04-21T14:00+01:00"); the article said "BST",
which is what its readers know. The zone is named as its source's words name it, when that zone's
offset is the one the date keeps (a person who retyped the date's offset has the offset shown)."""

from __future__ import annotations

import re

from timeline.extract.zones import zone_named, zoned
from timeline.model import Event
from timeline.period import range_label

_OFFSET = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)$")


def written_zone(event: Event) -> str | None:
    """The zone of the event's clock time as its article wrote it ("BST"), or None."""
    value = event.date.value
    if event.date.precision != "time" or not _OFFSET.search(value):
        return None
    bare = _OFFSET.sub("", value)
    for source in event.sources:
        name = zone_named(source.date_text or "")
        if name and zoned(bare, source.date_text) == value:
            return name
    return None


def event_label(event: Event) -> str:
    """The event's date as people read it ("Tue 21 Apr 2009, 14:00 BST", "7–10 Jan 2019")."""
    return range_label(event.date, event.end, written_zone(event))
