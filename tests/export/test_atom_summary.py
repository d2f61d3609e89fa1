"""The Atom feed's summaries: each summary's Markdown rendered as the timeline page renders it, as
XHTML inside the entry's div (it was the text as typed, "**long**" with its asterisks); nothing a
person writes becomes an element of its own (a script, an image, raw HTML) nor a link that runs code,
and the feed stays well-formed XML whatever the summary holds."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from timeline.export import ExportContext
from timeline.export import atom
from timeline.export.atom import write
from timeline.loader import load_events

A = "{http://www.w3.org/2005/Atom}"
X = "{http://www.w3.org/1999/xhtml}"
LINKED = ExportContext(title="T", site_url="https://x.org/tl", event_path=lambda e: f"timeline/#{e.id}")
UNLINKED = ExportContext(title="T")

# What a person may type into a summary, to show or by mistake: markup, an image, links that run code,
# entities, CDATA and comment openers, quotes that would close an attribute, Markdown of each kind.
HOSTILE = [
    "<script>alert(1)</script> after",
    "![img](https://evil.example/x.png) and ![ref][r]\n\n[r]: https://evil.example/y.png",
    "[click](javascript:alert(1)) [data](data:text/html,<b>x</b>) [ok](https://a.example/?a=1&b=2 \"it's \\\"q\\\"\")",
    "<img src=x onerror=alert(1)> <a href=\"javascript:alert(1)\">a</a> <!-- c --> ]]> <![CDATA[x]]>",
    "&nbsp; &copy; &#0; &#x1; &amp; & < > \" '",
    "# Heading\n\n- one\n- **two**\n\n1. first\n\n> quoted\n\n    code <b>\n\n`x < y` and a  \nbreak",
    "<https://auto.example/> <me@example.org> http://bare.example/",
    "Title {: onclick=\"alert(1)\" } *open **nested* close**",
]


def _feed(tmp_path: Path, summary: str, context: ExportContext) -> ET.Element:
    folder = tmp_path / "events"
    folder.mkdir(exist_ok=True)
    (folder / "e.yaml").write_text(f"- date: 2019-01-09\n  title: T\n  summary: {_yaml(summary)}\n", encoding="utf-8")
    return ET.fromstring(write(load_events([folder]), context).encode("utf-8"))  # raises unless well-formed


def _yaml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _div(feed: ET.Element) -> ET.Element:
    entry = feed.find(f"{A}entry")
    construct = entry.find(f"{A}summary") if entry.find(f"{A}summary") is not None else entry.find(f"{A}content")
    assert construct.get("type") == "xhtml" and [child.tag for child in construct] == [f"{X}div"]
    return construct[0]


def test_a_summarys_markdown_is_rendered_as_the_timeline_page_renders_it(tmp_path):
    summary = "A **long** day, *really*: [the story](https://x.example/a)\n\n- one\n- two"
    for context in (LINKED, UNLINKED):
        div = _div(_feed(tmp_path, summary, context))
        assert [child.tag for child in div][:2] == [f"{X}p", f"{X}ul"]
        assert div.find(f"{X}p/{X}strong").text == "long" and div.find(f"{X}p/{X}em").text == "really"
        assert div.find(f"{X}p/{X}a").get("href") == "https://x.example/a"
        assert [li.text for li in div.iter(f"{X}li")] == ["one", "two"]
    # With the site's address, the link to the event's page comes last, after the summary's own.
    assert _div(_feed(tmp_path, summary, LINKED))[-1][0].get("href") == "https://x.org/tl/timeline/#2019-01-09-t"


@pytest.mark.parametrize("summary", HOSTILE)
@pytest.mark.parametrize("context", [LINKED, UNLINKED], ids=["linked", "unlinked"])
def test_a_hostile_summary_leaves_the_feed_well_formed_and_runs_nothing(tmp_path, summary, context):
    div = _div(_feed(tmp_path, summary, context))
    tags = {element.tag for element in div.iter()}
    allowed = {f"{X}{name}" for name in ("div", "p", "a", "strong", "em", "ul", "ol", "li", "h1", "blockquote",
                                         "pre", "code", "br")}
    assert tags <= allowed, tags - allowed  # no script, img, raw element of the user's
    for link in div.iter(f"{X}a"):
        assert set(link.attrib) <= {"href", "title"} and link.get("href").split(":", 1)[0] in ("#", "https", "http", "mailto") \
            or link.get("href").startswith(("#", "https://", "http://", "mailto:")), link.attrib
        assert not link.get("href").lower().startswith(("javascript", "data"))
    text = "".join(div.itertext())
    if "<script>" in summary:
        assert "<script>alert(1)</script>" in text  # shown as the person typed it


def test_a_rendering_that_is_not_well_formed_falls_back_to_the_text_as_typed(tmp_path, monkeypatch):
    # The safety net: a summary whose rendering an XML parser refuses is written escaped, so one
    # summary cannot break the whole feed (no summary found to do it: the rendering is made to).
    monkeypatch.setattr(atom, "summary_html", lambda text: "<p>unclosed <em>emphasis</p>")
    div = _div(_feed(tmp_path, "A *b* <c>", LINKED))
    assert [child.tag for child in div] == [f"{X}p", f"{X}p"] and div[0].text == "A *b* <c>"


def test_the_feed_is_the_same_bytes_each_time(tmp_path):
    folder = tmp_path / "events"
    folder.mkdir()
    (folder / "e.yaml").write_text("".join(f"- date: 2019-01-0{i + 1}\n  title: T{i}\n  summary: {_yaml(s)}\n"
                                           for i, s in enumerate(HOSTILE)), encoding="utf-8")
    assert write(load_events([folder]), LINKED) == write(load_events([folder]), LINKED)
