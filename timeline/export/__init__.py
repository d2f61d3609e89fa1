"""Exports of the timeline to other tools' formats: plain functions from events to text.

Used by `timeline export` and by the MkDocs plugin, which publishes every format with the site.
Same events in, same bytes out: nothing here reads the clock; times come from the data.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from importlib import resources
from typing import Any, Callable

import yaml

from timeline.early_day import EarlyDay
from timeline.model import Event
from timeline.event_dates import event_label
from timeline.resolve import DateError, resolve_date
from timeline.extract import reasons
from timeline.site import date_sources
from timeline.site.versions import Citation, PageCopy, citations
from timeline.text import script_scheme


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # the time of what the data give no time to
# What the site's events.csv and wikitext.txt begin with, so that what opens them reads UTF-8: Excel
# reads a CSV file without it in the machine's legacy code page ("München" as "MÃ¼nchen"), and a
# browser shows a .txt file served as plain "text/plain" (as `mkdocs serve`, Python's http.server and
# a default nginx or Apache serve it) as Windows-1252: every "–" and "“" of the Guardian story's list
# read "â€“" and "â€œ". A browser takes the mark as the encoding and leaves it out of the text it
# shows, so a copy of the list does not carry it. `timeline export` leaves it out unless asked (--bom).
BYTE_ORDER_MARK = "\ufeff"


@dataclass(frozen=True)
class Format:
    name: str
    path: str  # where the site publishes it
    label: str
    write: Callable[..., str]
    published_prefix: str = ""  # what the site's file begins with, before the text `write` gives
    # What else the site's file carries for a browser that opens it (the feed's stylesheet).
    for_browsers: Callable[[str], str] | None = None
    # Why events that `write` leaves out are left out, one line each (iCalendar has no year before 1).
    left_out: Callable[[list[Event]], list[str]] = lambda events: []

    def published(self, events: list[Event], context: ExportContext) -> str:
        """The file as the site publishes it."""
        text = self.published_prefix + self.write(events, context)
        return self.for_browsers(text) if self.for_browsers else text


def formats() -> dict[str, Format]:
    from timeline.export import atom, csvfile, ical, jsonfile, timelinejs, wikitext

    found = [
        Format("json", "exports/events.json", "JSON", jsonfile.write),
        Format("timelinejs", "exports/timelinejs.json", "TimelineJS", timelinejs.write),
        Format("ics", "exports/events.ics", "iCalendar", ical.write,
               left_out=lambda events: ical.left_out(events) + script_urls_left_out(events, "iCalendar")),
        Format("csv", "exports/events.csv", "CSV", csvfile.write, published_prefix=BYTE_ORDER_MARK,
               left_out=lambda events: script_urls_left_out(events, "CSV")),
        Format("atom", "exports/feed.xml", "Atom feed", atom.write, for_browsers=atom.with_stylesheet),
        # .txt, not .wiki: a browser shows it, to be copied, where it would download a .wiki file
        Format("wikitext", "exports/wikitext.txt", "Wikitext", wikitext.write, published_prefix=BYTE_ORDER_MARK,
               left_out=lambda events: script_urls_left_out(events, "wikitext")),
    ]
    return {f.name: f for f in found}


@dataclass(frozen=True)
class ExportContext:
    """What the exports need besides events."""

    title: str = "Timeline"
    site_url: str | None = None  # absolute URL of the site, for links in the feed and the calendar
    # Without site_url, the site's root as seen from where the site publishes this copy of the feed
    # ("./" for feed.xml, "../" for exports/feed.xml): its links are then relative to the feed's own
    # address, which RFC 4287 (section 2, RFC 3986 5.1.3) makes their base. None: no links.
    feed_root: str | None = None
    event_path: Callable[[Event], str] | None = None  # the event's page and anchor, relative to the site
    # For the formats that mark an uncertain date as the site does (timeline.site.review.date_doubts):
    # the site's review_confidence (None: its default), and the dates articles give themselves now.
    min_confidence: float | None = None
    dated: Mapping[str, str] = field(default_factory=dict, compare=False)
    # The wikitext export's order of day and month: "dmy" (28 April 2009) or "mdy" (April 28, 2009).
    date_order: str = "dmy"
    # The wikitext export's access-date for a page whose source does not say when it was read
    # (YYYY-MM-DD, from `timeline export --access-date`): data, never the clock, so builds stay the same.
    access_date: str | None = None
    # Each saved copy of a page saved more than once (timeline.site.versions.page_copies), by file:
    # the exports name such a page once, at its latest version, with its earlier versions beside it.
    versions: Mapping[str, PageCopy] = field(default_factory=dict, compare=False)
    # Under `mkdocs serve`: what gives an event's part of an export as the last build wrote it, when
    # the event and what else that part depends on are the same (timeline.site.page_keys); see per_event.
    pieces: Callable[[str, Event, ExportContext, Callable[[], Any]], Any] | None = field(default=None, compare=False)


# What an event's part of an export depends on besides the event: the context's fields, but these.
# `event_path` by what it gives for the event; `dated` and `versions` are made of the site's articles,
# which the pieces' key holds whole; `pieces` is what keeps them.
NOT_IN_PIECE_KEY = frozenset({"event_path", "dated", "versions", "pieces"})


def uncertain_line(event: Event, context: ExportContext) -> str | None:
    """Why the event's date may be wrong, as the timeline page says it beside the date (review.yaml's
    `export_uncertain`), for the formats that carry a text of their own (the calendar's description,
    a TimelineJS slide); None when the site shows the date as sure."""
    from timeline.render import SiteOptions
    from timeline.site.review import date_doubts, words

    minimum = SiteOptions.min_confidence if context.min_confidence is None else context.min_confidence
    doubts = date_doubts(event, minimum, context.dated)
    return words()["export_uncertain"].format(reasons="; ".join(doubts)) if doubts else None


def per_event(name: str, event: Event, context: ExportContext, make: Callable[[], Any]) -> Any:
    """make(): the part `name` of an export that an event makes, written from the event and the context
    alone; under `mkdocs serve`, the last build's when those are the same (context.pieces)."""
    if context.pieces is None:
        return make()
    return context.pieces(name, event, context, make)


def context_key(context: ExportContext) -> tuple:
    """What, besides the event itself, its page (context.event_path) and the site's articles, an
    event's part of an export depends on."""
    return tuple(getattr(context, f.name) for f in fields(context) if f.name not in NOT_IN_PIECE_KEY)


def shown(events: list[Event]) -> list[Event]:
    """Rejected events are never published."""
    return [e for e in events if e.status != "rejected"]


def event_url(event: Event, context: ExportContext) -> str | None:
    if not context.site_url or context.event_path is None:
        return None
    return context.site_url.rstrip("/") + "/" + context.event_path(event)


def site_scope(context: ExportContext) -> str | None:
    """The site's address without its scheme and last slash ("someone.github.io/kim"), which makes an
    event's id unique beyond this timeline: calendars and feed readers that meet two timelines with
    the same event id ("2019-01-08-kim-arrives-in-beijing") would take them for one event."""
    if not context.site_url:
        return None
    return context.site_url.split("://", 1)[-1].rstrip("/") or None


def last_day(event: Event) -> dt.date | EarlyDay:
    return (event.end or event.date).last


def updated(event: Event) -> dt.datetime:
    """When an event last changed, as far as the data tell: its latest source's date, else its end;
    the fixed epoch for an event before Christ without a dated source (datetime has no year before 1)."""
    days = [last_day(event)]
    for source in event.sources:
        if source.published and (day := _last_day_of(source.published)) is not None:
            days.append(day)
    latest = max(days)
    if not isinstance(latest, dt.date):
        return EPOCH
    return dt.datetime.combine(latest, dt.time(0, 0), tzinfo=dt.timezone.utc)


@functools.lru_cache(maxsize=1 << 14)  # every export asks, for every event, about the same few dates
def _last_day_of(written: str) -> dt.date | None:
    try:
        return resolve_date(written).last
    except DateError:
        return None


def feed_updated(events: list[Event]) -> dt.datetime:
    """The whole export's time: its newest event's. A fixed epoch when there are no events."""
    if not events:
        return EPOCH
    return max(updated(e) for e in events)


def record(event: Event, context: ExportContext | None = None) -> dict:
    """One event in the documented events.json schema (docs/exports.md)."""
    end = event.end or event.date
    data = {
        "id": event.id,
        "date": event.date.value,
        "end_date": event.end.value if event.end else None,
        "start": event.date.first.isoformat(),
        "end": end.last.isoformat(),
        "precision": event.date.precision,
        "approximate": event.date.approximate,
        "part": event.date.part,
        "label": _label(event),
        "title": event.title,
        "summary": event.summary,
        "tags": list(event.tags),
        "sources": [_source_record(c, context) for c in cited_versions(event, context)],
        "status": event.status,
        # The tool's confidence was in its own reading, not in a date a person wrote over it.
        "confidence": None if event.date_by_hand else event.confidence,
    }
    url = event_url(event, context) if context else None
    if url:
        data["url"] = url
    return data


def _source_record(cited: Citation, context: ExportContext | None) -> dict:
    """A source in events.json; of a page saved more than once, its update time and either its earlier
    versions the event cites too (`versions`: each copy's file, update time and quote) or, of an
    earlier copy cited alone, the latest version's file (`superseded_by`). Other sources as before."""
    s = cited.source
    data = {k: v for k, v in (("file", s.file), ("url", s.url), ("title", s.title), ("outlet", s.outlet),
                              ("published", s.published), ("quote", s.quote)) if v is not None}
    if s.published and s.published_source == "inferred":
        # a date the tool inferred is no publication date the article gives: say so, and from what
        data["published_source"] = "inferred"
        if lender := reasons.lender(s.published_reason):
            data["published_borrowed_from"] = lender
    copies = context.versions if context else {}
    if s.file in copies:
        data["updated"] = copies[s.file].updated
    if cited.earlier:
        data["versions"] = [{"file": e.file, "updated": copies[e.file].updated, "quote": e.quote} for e in cited.earlier]
    if cited.superseded_by:
        data["superseded_by"] = cited.superseded_by
    return data


def cited_versions(event: Event, context: ExportContext | None) -> list[Citation]:
    """The event's sources as the site cites them: a page saved more than once named once, at the
    latest version the event cites, with the earlier versions it cites too (timeline.site.versions)."""
    if context is None or not context.versions:  # most timelines: every source its own citation
        return [Citation(s) for s in event.sources]
    return citations(event, context.versions)


def citation(source) -> str:
    """A source as a person cites it, from what is known of it: “Title”, Outlet, 2009-04-28, its URL
    (or its file when it has none: a url that runs a script is none, `address`). A date stays ISO, as
    everywhere in the exports."""
    parts = [f"“{source.title}”" if source.title else None, source.outlet, cited_date(source),
             address(source.url) or source.file]
    return ", ".join(part for part in parts if part) or export_message("no_address")


def address(url: str | None) -> str | None:
    """A source's url as the CSV, the calendar and the wikitext give it: None for one that runs a script where a
    program opens it (javascript:, vbscript:, data:), no article's address. The site links it nowhere
    either; events.json keeps it as written, as it keeps all text, for scripts (docs/exports.md)."""
    return None if url is None or script_scheme(url) else url


NAMED_SCRIPT_URLS = 10  # then how many more: a hostile file may hold hundreds
SHOWN_URL_UP_TO = 60  # characters of such a url in a note: a data: url may be a whole image


def script_urls_left_out(events: list[Event], format_label: str) -> list[str]:
    """What the run says of each source's url that `address` leaves out of the export `format_label`,
    naming the event's file and line: the first NAMED_SCRIPT_URLS, then how many more."""
    found = [(event, source) for event in shown(events) for source in event.sources
             if source.url and script_scheme(source.url)]
    notes = []
    for event, source in found[:NAMED_SCRIPT_URLS]:
        url = source.url if len(source.url) <= SHOWN_URL_UP_TO else source.url[:SHOWN_URL_UP_TO] + "…"
        notes.append(export_message("script_url", place=f"{event.path}:{event.line}", url=repr(url),
                                    format=format_label, scheme=script_scheme(source.url)))
    if len(found) > NAMED_SCRIPT_URLS:
        notes.append(export_message("script_url_more", count=len(found) - NAMED_SCRIPT_URLS, format=format_label))
    return notes


def export_message(kind: str, **fields) -> str:
    """The message of kind `kind` (a key of data/export_messages.yaml's `messages`), its fields filled in."""
    return _export_messages()[kind].format(**fields)


@functools.cache
def _export_messages() -> dict[str, str]:
    text = resources.files("timeline").joinpath("data/export_messages.yaml").read_text("utf-8")
    return yaml.safe_load(text)["export_messages"]["messages"]


def cited_date(source) -> str | None:
    """The article's date as a citation gives it: ISO, and after a date the tool inferred, from what
    ("2024-03-20 (date inferred from seeds/news.txt)"): no publication date the article gives."""
    note = date_sources.inferred_note(source.published_source, source.published_reason) if source.published else None
    return f"{source.published} ({note})" if note else source.published


def versions_note(cited: Citation) -> str:
    """What a citation of a page saved more than once says of its versions, as the site's citation
    does (an update time stays ISO): "updated 2026-03-08T09:05; an earlier version, seeds/old.html,
    said: “...”"; empty for any other source."""
    if cited.superseded_by:
        return f"an earlier version of the page; its latest: {cited.superseded_by}"
    if not cited.earlier:
        return ""
    parts = [f"updated {cited.updated}" if cited.updated else "updated"]
    if also := cited.also_in:
        parts.append(f"also in {'an earlier version' if len(also) == 1 else 'earlier versions'}: "
                     + ", ".join(e.file or "" for e in also))
    parts += [f"an earlier version, {e.file}, said: “{e.quote}”" for e in cited.said_otherwise]
    return "; ".join(parts)


def full_citation(cited: Citation) -> str:
    """`citation` of the cited source, with its versions_note in brackets when it has one."""
    note = versions_note(cited)
    return f"{citation(cited.source)} ({note})" if note else citation(cited.source)


def _label(event: Event) -> str:
    return event_label(event)
