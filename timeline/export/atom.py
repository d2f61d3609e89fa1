"""feed.xml: an Atom feed (RFC 4287) of the events, newest first; its times come from the data."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from timeline.loader import slugify
from timeline.period import range_label
from timeline.export import ExportContext, event_url, feed_updated, shown, updated

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(when) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def write(events, context: ExportContext = ExportContext()) -> str:
    events = shown(events)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = context.title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = (context.site_url.rstrip("/") + "/" if context.site_url
                                                 else "urn:timeline:" + _slug(context.title))
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(feed_updated(events))
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = context.title
    if context.site_url:
        ET.SubElement(feed, f"{{{ATOM}}}link", href=context.site_url.rstrip("/") + "/")
    ordered = sorted(events, key=lambda e: (e.date.sort_key, e.id), reverse=True)
    for event in ordered:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:timeline:event:{event.id}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{range_label(event.date, event.end)}: {event.title}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(updated(event))
        url = event_url(event, context)
        if url:
            ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        for tag in event.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=tag)
        text = event.summary or event.title
        ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = text
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _slug(text: str) -> str:
    return slugify(text) or "timeline"
