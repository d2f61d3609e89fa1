"""A real site built from hostile events and articles: every page and export shows the text as text.

The same site is built twice, from hostile text and from harmless text in the same places; no page
of the hostile build may hold a tag or attribute name that the harmless build lacks, an event
handler, a script-capable URL, or a payload inside a script, a style or a comment.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from hostile_text import MARKDOWN_ATTRIBUTES, MARKDOWN_TAGS, MARKER, PAYLOADS, URLS, census
from mkdocs.commands.build import build
from mkdocs.config import load_config

REPO = Path(__file__).resolve().parents[2]
ODD_ARTICLE = "seeds/it's (odd) & ünïcödé #1.txt"


def events_for(payloads: list[str], urls: list[str]) -> list[dict]:
    events = []
    for index, text in enumerate(payloads):
        events.append({
            "date": f"2018-{index // 28 + 1:02d}-{index % 28 + 1:02d}",
            "title": text, "summary": text, "tags": [text], "note": text, "reason": text, "confidence": 0.1,
            "sources": [{
                "file": "seeds/hostile.txt" if index % 2 else ODD_ARTICLE, "url": urls[index % len(urls)],
                "title": text, "outlet": text, "quote": text, "published": "2018-12-31",
                "published_source": "inferred", "published_reason": text, "date_text": text,
            }],
        })
    return events


def make_site(root: Path, payloads: list[str], urls: list[str]) -> Path:
    for name in ("mkdocs.yml", "docs", "events", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    (root / "events" / "hostile.yaml").write_text(yaml.safe_dump(events_for(payloads, urls), allow_unicode=True), encoding="utf-8")
    article = "\n\n".join(f"On Tuesday, Jan. 8, 2019, {p}" for p in payloads)
    (root / "seeds" / "hostile.txt").write_text(article, encoding="utf-8")
    (root / ODD_ARTICLE).write_text(article, encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    return root / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    hostile = make_site(tmp_path_factory.mktemp("hostile"), [p for _, p in PAYLOADS], [u for _, u in URLS])
    harmless = make_site(
        tmp_path_factory.mktemp("harmless"),
        [f"Harmless text {i}" for i in range(len(PAYLOADS))], [f"https://ok.example/{i}" for i in range(len(URLS))],
    )
    return hostile, harmless


def pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.parts)


def test_no_page_holds_markup_from_the_data(sites):
    hostile, harmless = sites
    allowed_tags: set[str] = set()
    allowed_attributes: dict[str, set[str]] = {}
    for page in pages(harmless):
        seen = census(page.read_text(encoding="utf-8"))
        allowed_tags |= seen.tags
        for tag, names in seen.attributes.items():
            allowed_attributes.setdefault(tag, set()).update(names)
    found = []
    checked = 0
    for page in pages(hostile):
        seen = census(page.read_text(encoding="utf-8"))
        where = page.relative_to(hostile).as_posix()
        checked += 1
        found += [f"{where}: {danger}" for danger in seen.dangers]
        found += [f"{where}: new tag <{tag}>" for tag in sorted(seen.tags - allowed_tags - MARKDOWN_TAGS)]
        for tag, names in sorted(seen.attributes.items()):
            allowed = allowed_attributes.get(tag, set()) | MARKDOWN_ATTRIBUTES.get(tag, set())
            found += [f"{where}: new attribute <{tag} {name}>" for name in sorted(names - allowed)]
    assert checked >= 20
    assert found == []


@pytest.mark.hostile("hostile text: fields and articles")
@pytest.mark.parametrize("name, payload", PAYLOADS, ids=[p[0] for p in PAYLOADS])
def test_each_payload_shows_as_text_on_the_timeline(sites, name, payload):
    hostile, _ = sites
    seen = census((hostile / "timeline" / "index.html").read_text(encoding="utf-8"))
    text = "".join(seen.text)
    marker = MARKER.search(payload).group(0)
    assert marker in text, f"{marker} is shown"
    assert not seen.dangers


@pytest.mark.hostile("hostile text: URLs")
@pytest.mark.parametrize("name, url", URLS, ids=[u[0] for u in URLS])
def test_each_hostile_url_is_neutralised_everywhere(sites, name, url):
    hostile, _ = sites
    for page in pages(hostile):
        assert not census(page.read_text(encoding="utf-8")).dangers, page


def test_template_syntax_in_data_is_shown_never_evaluated(sites):
    hostile, _ = sites
    text = "".join(census((hostile / "timeline" / "index.html").read_text(encoding="utf-8")).text)
    assert "{{ 7*7 }} {{ config }} XSS11" in text
    assert "{% for x in range(3) %}XSS12{% endfor %}" in text
    assert "XSS12XSS12" not in text


def test_the_hostile_article_is_shown_as_text_on_its_source_page(sites):
    hostile, _ = sites
    source_pages = [p for p in pages(hostile) if "sources" in p.parts and p.parent.name != "sources"]
    texts = {p.parent.name: "".join(census(p.read_text(encoding="utf-8")).text) for p in source_pages}
    # "&lt;script&gt;" pasted into a .txt is a character reference, read as "<script>": shown as text.
    # (A written <script>...</script> is pasted markup, dropped with its contents when the article is read.)
    assert "hostile" in texts and '<script>alert("XSS15")</script>' in texts["hostile"]
    assert 'alert("XSS01")' not in texts["hostile"]
    odd = [slug for slug in texts if slug.startswith("it-s-odd")]
    assert odd, sorted(texts)
    assert all(part.isascii() for part in odd[0])


def test_exports_keep_the_text_and_add_no_markup_or_lines(sites):
    hostile, _ = sites
    exports = hostile / "exports"
    # Atom: well-formed XML, every title literal
    feed = ET.parse(exports / "feed.xml")
    titles = [e.text for e in feed.getroot().iter("{http://www.w3.org/2005/Atom}title")]
    assert any('<script>alert("XSS01")</script>' in (t or "") for t in titles)
    # TimelineJS renders 'text' as HTML: only its own <p>, <ol>, <li>, <a> with safe links, and the
    # formatting a summary's Markdown gives (never an image, nor a tag the text wrote itself)
    slides = json.loads((exports / "timelinejs.json").read_text(encoding="utf-8"))["events"]
    markdown_tags = {"strong", "em", "code", "pre", "ul", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br"}
    for slide in slides:
        for field in ("headline", "text"):
            seen = census(slide["text"][field])
            allowed = {"p", "ol", "li", "a"} | (markdown_tags if field == "text" else set())
            assert not seen.dangers and seen.tags <= allowed, (field, slide["text"][field])
    # iCalendar: after unfolding, every line is one of the properties the writer makes
    lines = (exports / "events.ics").read_bytes().decode("utf-8").replace("\r\n ", "").split("\r\n")
    assert lines[-1] == ""
    known = ("BEGIN:", "END:", "VERSION:", "PRODID:", "CALSCALE:", "X-WR-CALNAME:", "UID:", "DTSTAMP:", "DTSTART",
             "DTEND", "SUMMARY:", "DESCRIPTION:", "CATEGORIES:", "URL:")
    assert [line for line in lines[:-1] if not line.startswith(known) or "\r" in line or "\n" in line] == []
    assert sum(line == "BEGIN:VEVENT" for line in lines) == len(slides)
    # CSV: no cell starts a formula
    rows = list(csv.reader(io.StringIO((exports / "events.csv").read_text(encoding="utf-8-sig"))))
    assert [cell for row in rows[1:] for cell in row if cell.startswith(("=", "+", "-", "@"))] == []
    # wikitext: one bullet line per event under the writer's own headings, whatever the text held
    wiki = (exports / "wikitext.txt").read_text(encoding="utf-8").splitlines()
    own_lines = re.compile(r"==+ [\w ]+ ==+|\* '''[^'<]+'''.*")
    assert [line for line in wiki[1:] if line and not own_lines.fullmatch(line)] == []
    assert sum(line.startswith("* ") for line in wiki) == len(slides)
