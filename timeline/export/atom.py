"""feed.xml: an Atom feed (RFC 4287) of the events, newest first; its times come from the data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from timeline.loader import slugify
from timeline.event_dates import event_label
from timeline.export import ExportContext, event_url, feed_updated, per_event, shown, updated
from timeline.export.timelinejs import summary_html
from timeline.text import markdown_text

ATOM = "http://www.w3.org/2005/Atom"
XHTML = "http://www.w3.org/1999/xhtml"
# How a browser shows the published feed (templates/feed.css), beside it at the root and in exports/.
STYLESHEET = "feed.css"


def _stamp(when) -> str:
    # not %Y: glibc writes the year 79 as "79", where RFC 3339 wants "0079"
    return f"{when.year:04d}-{when:%m-%dT%H:%M:%S}Z"


def write(events, context: ExportContext = ExportContext()) -> str:
    events = shown(events)
    site = context.site_url.rstrip("/") + "/" if context.site_url else None
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="{ATOM}">',
        "  " + _element("title", context.title),
        "  " + _element("id", site or "urn:timeline:" + _slug(context.title)),
        "  " + _element("updated", _stamp(feed_updated(events))),
        "  <author>",
        "    " + _element("name", context.title),
        "  </author>",
    ]
    if site:
        # The feed's own address (its copy at the root, the one every page announces): readers
        # subscribe to it, and validators ask for it.
        lines += ["  " + _element("link", None, href=site), "  " + _element("link", None, rel="self", href=site + "feed.xml")]
    elif context.feed_root and context.event_path is not None:
        # No site_url: the site's home and the feed at its root, relative to this copy of the feed (an
        # atom:id must be an absolute IRI, RFC 4287 4.2.6, so the ids stay urn:).
        lines += ["  " + _element("link", None, href=context.feed_root),
                  "  " + _element("link", None, rel="self", href=context.feed_root + "feed.xml")]
    ordered = sorted(events, key=lambda e: (e.date.sort_key, e.id), reverse=True)
    lines += [per_event("atom", event, context, lambda event=event: _entry(event, site, context)) for event in ordered]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _entry(event, site: str | None, context: ExportContext) -> str:
    """The event's entry, its lines joined as the feed joins them."""
    lines = [
        "  <entry>",
        # RFC 4287 4.2.6: universally unique, so the site's own when its address is known
        "    " + _element("id", f"{site}#{event.id}" if site else f"urn:timeline:event:{event.id}"),
        "    " + _element("title", f"{event_label(event)}: {event.title}"),
        "    " + _element("updated", _stamp(updated(event))),
    ]
    url, shown_url = _links(event, context)
    if url:
        lines.append("    " + _element("link", None, href=url))
    lines += ["    " + _element("category", None, term=tag) for tag in event.tags]
    if url:
        lines.append("    " + _summary_with_link(event.summary or event.title, url, shown_url))
    else:
        # RFC 4287 4.1.1: an entry with no link to its page (no site_url) must carry its content.
        lines.append(f'    <content type="xhtml"><div xmlns="{XHTML}">{_markup(event.summary or event.title)}</div></content>')
    lines.append("  </entry>")
    return "\n".join(lines)


def _links(event, context: ExportContext) -> tuple[str | None, str | None]:
    """The event's address on the site, and as its summary shows it: absolute given site_url; else
    relative to this copy of the feed (each reader resolves it against the address it fetched the
    feed from), shown as its path from the site's root, the same in both copies; None without either."""
    url = event_url(event, context)
    if url:
        return url, url
    if context.feed_root and context.event_path is not None:
        path = context.event_path(event)
        return context.feed_root + path, path
    return None, None


def with_stylesheet(feed: str) -> str:
    """The feed as the site publishes it: a browser that opens it shows a page with its events and how
    to subscribe, where it showed raw XML. Feed readers skip the processing instruction; the command
    line's feed goes without it, as no stylesheet is beside it."""
    declaration, rest = feed.split("\n", 1)
    return f'{declaration}\n<?xml-stylesheet type="text/css" href="{STYLESHEET}"?>\n{rest}'


# The feed is written as text, as xml.etree writes an indented tree (its escapes, "<x />" for an
# element without text): the same bytes at a quarter of the cost for a feed of thousands of events.
def _element(name: str, text: str | None, **attributes: str) -> str:
    written = "".join(f' {key}="{_attribute(value)}"' for key, value in attributes.items())
    return f"<{name}{written}>{_text(text)}</{name}>" if text else f"<{name}{written} />"


def _summary_with_link(text: str, url: str, shown_url: str) -> str:
    """The summary as XHTML (RFC 4287 3.1.1.3: one div in the XHTML namespace), its text then a link to
    the event's page. A browser that opens the feed (feed.css) makes a link of an XHTML <a href> only:
    an Atom <link> is data to it, whose address CSS can show but not make clickable. Feed readers show
    the same summary, with the link to the event's page under it."""
    return (f'<summary type="xhtml"><div xmlns="{XHTML}">{_markup(text)}'
            f'<p><a href="{_attribute(url)}">{_text(shown_url)}</a></p></div></summary>')


def _markup(text: str) -> str:
    """A summary's Markdown as the timeline page and TimelineJS show it (summary_html: "**long**" bold,
    links, lists; its raw HTML as text, no image, links that could run code pointing nowhere), where
    the feed showed it as typed, asterisks and all. XHTML, not escaped HTML (type="html"): the feed's
    summaries are XHTML already, for the link a browser opening the feed follows, and a reader gets
    elements to show rather than markup to parse. Checked well-formed, as an XHTML summary must be, or
    else the text as typed, escaped: a feed one summary broke would show none of its entries."""
    rendered = summary_html(text)
    if not rendered.strip():
        return f"<p>{_text(text)}</p>"  # white space, or Markdown that shows nothing ("[r]: https://..."): as typed
    if rendered == f"<p>{markdown_text(text)}</p>":
        return rendered  # most summaries: one paragraph of escaped text, well-formed as written
    try:
        ET.fromstring(f"<div>{rendered}</div>")
    except ET.ParseError:
        return f"<p>{_text(text)}</p>"
    return rendered


def _text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute(value: str) -> str:
    return (_text(value).replace('"', "&quot;").replace("\r", "&#13;").replace("\n", "&#10;")
            .replace("\t", "&#09;"))


def _slug(text: str) -> str:
    return slugify(text) or "timeline"
