"""events.ics: an iCalendar file (RFC 5545) with one all-day (or timed) event per timeline event."""

from __future__ import annotations

import datetime as dt

from timeline.export import (ExportContext, cited_versions, event_url, full_citation, last_day, per_event, shown, site_scope,
                             uncertain_line, updated)
from timeline.event_dates import event_label
from timeline.model import Event
from timeline.period import clock_time


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545, 3.1), never splitting a character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line  # most lines: no per-character work
    parts, start, limit = [], 0, 75
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: step back to the character's start
            cut -= 1
        parts.append(data[start:cut].decode("utf-8"))
        start, limit = cut, 74  # a continuation line starts with a space, which counts
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def _day(day: dt.date) -> str:
    # not strftime: its %Y writes the year 79 as "79" on glibc, where iCalendar wants "0079"
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _vevent(event: Event, context: ExportContext) -> list[str]:
    when = updated(event)
    stamp = f"{_day(when)}T{when:%H%M%S}Z"
    # RFC 5545 3.8.4.7: globally unique, so scoped to the site when its address is known
    lines = ["BEGIN:VEVENT", "UID:" + _escape(f"{event.id}@{site_scope(context) or 'timeline'}"), f"DTSTAMP:{stamp}"]
    start = clock_time(event.date) if event.end is None else None
    if start is not None and start.tzinfo is not None:  # "9 a.m. EST": the same moment in every calendar
        start = start.astimezone(dt.timezone.utc)
        lines.append(f"DTSTART:{_day(start)}T{start:%H%M%S}Z")
    elif start is not None:  # floating: the article gave no zone
        lines.append(f"DTSTART:{_day(start)}T{start:%H%M%S}")
    else:  # a part of the day ("TNI", the night) has no clock time: an all-day event
        end = last_day(event) + dt.timedelta(days=1)  # DTEND of an all-day event is exclusive
        lines += [f"DTSTART;VALUE=DATE:{_day(event.date.first)}", f"DTEND;VALUE=DATE:{_day(end)}"]
    lines.append(f"SUMMARY:{_escape(event.title)}")
    description = [event.summary] if event.summary else []
    if event.date.precision not in ("day", "time"):
        description.append(f"Date: {event_label(event)} (known to the {event.date.precision})")
    elif start is not None:  # as the article gave it: the calendar shows it in the reader's zone, "24:00" as 00:00
        description.append(f"Date: {event_label(event)}")
    uncertain = uncertain_line(event, context)
    if uncertain:  # as the timeline page says beside the date: a calendar showed it as sure as any
        description.append(uncertain)
    description += [f"Source: {full_citation(c)}" for c in cited_versions(event, context)]
    if description:
        lines.append(f"DESCRIPTION:{_escape(chr(10).join(description))}")
    if event.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(t) for t in event.tags))
    url = event_url(event, context)
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def _in_calendar(event: Event) -> bool:
    """iCalendar's dates have four digits, of our era: an event before Christ has no DTSTART."""
    return isinstance(event.date.first, dt.date)


NAMED_LEFT_OUT = 10  # a history of Rome has dozens (29 in tests/fixtures/articles/rome): each named, a page of log


def left_out(events) -> list[str]:
    """Why each event that the calendar leaves out is left out, naming it and where it is written:
    the first NAMED_LEFT_OUT, then how many more."""
    out = [e for e in shown(events) if not _in_calendar(e)]
    notes = [f"{e.path}:{e.line}: {e.title!r} ({event_label(e)}) is left out of the iCalendar export: "
             "iCalendar has no year before 1" for e in out[:NAMED_LEFT_OUT]]
    if len(out) > NAMED_LEFT_OUT:
        notes.append(f"{len(out) - NAMED_LEFT_OUT} more events before Christ are left out of the iCalendar export too")
    return notes


def write(events, context: ExportContext = ExportContext()) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline//timeline export//EN", "CALSCALE:GREGORIAN",
             f"X-WR-CALNAME:{_escape(context.title)}"]
    vevents = [per_event("ics", e, context, lambda e=e: _written(_vevent(e, context)))
               for e in shown(events) if _in_calendar(e)]
    return _written(lines) + "".join(vevents) + _written(["END:VCALENDAR"])


def _written(lines: list[str]) -> str:
    return "".join(_fold(line) + "\r\n" for line in lines)
