"""timelinejs.json: the format TimelineJS reads (https://timeline.knightlab.com/docs/json-format.html).

TimelineJS treats `text` fields as HTML, so every value is escaped here and only http(s) links
are written; a summary's Markdown (bold, italics, links) is rendered as the site renders it, its
raw HTML shown as text and its links that could run code neutralised.
"""

from __future__ import annotations

import functools
import html
import re

import markdown

from timeline.export import jsontext

from timeline.export import ExportContext, cited_date, cited_versions, per_event, shown, uncertain_line, versions_note
from timeline.model import Event
from timeline.event_dates import event_label
from timeline.period import Period, clock_time
from timeline.text import markdown_text, neutralise_links, safe_url


def _date(period: Period, last: bool = False) -> dict:
    day = period.last if last else period.first
    # TimelineJS has no zones: the clock as the article gave it, "T24:00" as the next day's 00:00.
    # A part of the day ("2009-04-23TNI", the night) has no clock time: the day alone.
    clock = clock_time(period)
    if clock is not None:
        day = clock.date()
    date: dict = {"year": day.year}
    if period.precision in ("month", "day", "time", "week", "quarter", "half", "season"):
        date["month"] = day.month
    if period.precision in ("day", "time", "week"):
        date["day"] = day.day
    if clock is not None:
        date.update(hour=clock.hour, minute=clock.minute)
    return date


def _text(event: Event, context: ExportContext) -> str:
    parts = [summary_html(event.summary)] if event.summary else []
    uncertain = uncertain_line(event, context)
    if uncertain:  # as the timeline page says beside the date: an embedded timeline showed it as sure as any
        parts.append(f"<p>{html.escape(uncertain)}</p>")
    cites = []
    for cited in cited_versions(event, context):
        source = cited.source
        name = html.escape(source.title or source.outlet or source.file or source.url or "source")
        url = safe_url(source.url)
        linked = f'<a href="{html.escape(url)}">{name}</a>' if url else name
        # After the name, what else a reader cites it by: its outlet (unless it is the name) and date.
        # and, of a page saved more than once, its versions: the earlier copy named in the text
        more = [source.outlet if source.title else None, cited_date(source), versions_note(cited)]
        cites.append(f"<li>{linked}{''.join(', ' + html.escape(part) for part in more if part)}</li>")
    if cites:
        parts.append("<ol>" + "".join(cites) + "</ol>")
    return "".join(parts)


# The site's build writes both TimelineJS and the Atom feed (timeline.export.atom) from the same
# summaries: each one's Markdown converted once (a str, immutable).
@functools.lru_cache(maxsize=1 << 14)
def summary_html(summary: str) -> str:
    """The summary's Markdown as HTML, as the timeline page shows it ("**long**" bold: it showed as
    typed, asterisks and all): its raw HTML as text (markdown_text), links that could run code
    pointing nowhere (neutralise_links); no Markdown extension, so no attribute can be written, and
    no image, which a page embedding the timeline would fetch from wherever the summary said."""
    if _PLAIN_SUMMARY.fullmatch(summary):
        return f"<p>{markdown_text(summary)}</p>"  # most summaries: what Markdown gives, without it
    converter = _summary_markdown()
    converter.reset()
    return neutralise_links(converter.convert(str(markdown_text(summary))))


# A summary Markdown would only wrap in a paragraph: one line, no character that marks anything up or
# opens a block ("1986. The" a numbered list, "- " an item, "# " a heading), no entity to read, and no
# control character (Markdown keeps \x02 and \x03 for its own placeholders and drops them).
_PLAIN_SUMMARY = re.compile(r"(?=\S)(?![\d.]+[.)]\s|[-+*>#=]|\d+\.$)[^\x00-\x1f\x7f-\x9f*_`\[\]!<>&\\#|~:=-]*")


@functools.cache
def _summary_markdown() -> markdown.Markdown:
    converter = markdown.Markdown()
    for name in ("image_link", "image_reference", "short_image_ref"):
        converter.inlinePatterns.deregister(name, strict=False)
    return converter


def _slide(event: Event, context: ExportContext) -> jsontext.Written:
    """The event's slide as the document writes it: in the list of events, two levels deep."""
    slide = {
        "unique_id": event.id,
        "start_date": {**_date(event.date), "display_date": event_label(event)},
        "text": {"headline": html.escape(event.title), "text": _text(event, context)},
    }
    if event.end or event.date.precision not in ("day", "time"):
        # A month or a year spans time: TimelineJS draws it as a bar from start to end.
        slide["end_date"] = _date(event.end or event.date, last=True)
    if event.tags:
        # TimelineJS writes a group's name into the page as HTML (TimeGroup: innerHTML), as its text
        slide["group"] = html.escape(event.tags[0])
    return jsontext.Written(jsontext.dumps(slide, level=2))


def write(events, context: ExportContext = ExportContext()) -> str:
    slides = [per_event("timelinejs", e, context, lambda e=e: _slide(e, context)) for e in shown(events)]
    document = {"title": {"text": {"headline": html.escape(context.title), "text": ""}}, "events": slides}
    return jsontext.dumps(document) + "\n"
