"""The Atom feed, written as text, has exactly the bytes xml.etree gives for the same indented tree (its
summaries' Markdown rendered as the site renders it, read back as XHTML)."""

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export import ExportContext, event_url, feed_updated, shown, updated
from timeline.export.atom import ATOM, XHTML, _slug, _stamp, write
from timeline.export.timelinejs import summary_html
from timeline.loader import load_events
from timeline.period import range_label


def etree_feed(events, context: ExportContext) -> str:
    """The feed as the writer made it before it wrote text: the reference for its bytes."""
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
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=context.site_url.rstrip("/") + "/feed.xml")
    summaries = []
    for event in sorted(events, key=lambda e: (e.date.sort_key, e.id), reverse=True):
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = (f"{context.site_url.rstrip('/')}/#{event.id}" if context.site_url
                                                     else f"urn:timeline:event:{event.id}")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{range_label(event.date, event.end)}: {event.title}"
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(updated(event))
        url = event_url(event, context)
        if url:
            ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        for tag in event.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=tag)
        if url:
            # ElementTree writes one default namespace: the XHTML div is written on its own, with its
            # own, and put in its place (a marker no generated text can hold: no capitals).
            ET.SubElement(entry, f"{{{ATOM}}}summary", type="xhtml").text = f"XHTML{len(summaries)}"
            summaries.append(xhtml_div(event.summary or event.title, url))
        else:
            ET.SubElement(entry, f"{{{ATOM}}}content", type="xhtml").text = f"XHTML{len(summaries)}"
            summaries.append(xhtml_div(event.summary or event.title, None))
    ET.indent(feed)
    written = ET.tostring(feed, encoding="unicode")
    for n in reversed(range(len(summaries))):  # XHTML10 before XHTML1
        written = written.replace(f">XHTML{n}<", f">{summaries[n]}<", 1)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + written + "\n"


def xhtml_div(text: str, url: str | None) -> str:
    """The summary's div: its Markdown as the site renders it (summary_html), parsed and written by
    ElementTree, then the link to the event's page."""
    div = ET.fromstring(f'<div xmlns="{XHTML}">{summary_html(text)}</div>')
    if not "".join(div.itertext()).strip() and not len(div):
        ET.SubElement(div, f"{{{XHTML}}}p").text = text  # a summary Markdown shows nothing of: as typed
    if url:
        ET.SubElement(ET.SubElement(div, f"{{{XHTML}}}p"), f"{{{XHTML}}}a", href=url).text = url
    ET.register_namespace("", XHTML)  # (default_namespace= refuses the unqualified href)
    try:
        return ET.tostring(div, encoding="unicode")
    finally:
        ET.register_namespace("html", XHTML)  # as ElementTree has it
        ET.register_namespace("", ATOM)


# Text a person can write in a title, a summary, a tag or a site's name and URL: markup, quotes,
# entities, tabs and line breaks, non-ASCII.
hostile = st.lists(st.sampled_from(list('ab <>&"\'\t\r\n;=/é—') + ["&amp;", "]]>", "<!--"]), max_size=20).map("".join)


def yaml_string(text: str) -> str:
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'


@settings(max_examples=60, deadline=None)
@given(titles=st.lists(hostile.filter(str.strip), min_size=0, max_size=3), summary=hostile, tag=hostile,
       site_title=hostile, site_url=st.sampled_from([None, "https://x.org/tl", 'https://x.org/"<&>\t']))
def test_the_same_bytes_as_xml_etree(tmp_path_factory, titles, summary, tag, site_title, site_url):
    folder = tmp_path_factory.mktemp("events")
    items = [f"- date: 2019-01-0{i + 1}\n  title: {yaml_string(t)}\n  summary: {yaml_string(summary)}\n"
             f"  tags: [{yaml_string(tag)}, plain]\n" for i, t in enumerate(titles)]
    (folder / "e.yaml").write_text("".join(items) or "[]\n", encoding="utf-8")
    events = load_events([folder])
    context = ExportContext(title=site_title, site_url=site_url, event_path=lambda e: f"timeline/#{e.id}")
    assert write(events, context) == etree_feed(events, context)


def test_the_demo_feed_is_the_same_as_xml_etree():
    events = load_events([__import__("pathlib").Path(__file__).resolve().parents[2] / "events"])
    for context in (ExportContext(title="Demo"), ExportContext(title="Demo", site_url="https://example.org/demo/",
                                                               event_path=lambda e: f"timeline/#{e.id}")):
        assert write(events, context) == etree_feed(events, context)
