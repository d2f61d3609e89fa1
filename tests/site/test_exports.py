"""The exports: our events.json schema, TimelineJS, iCalendar, CSV, Atom and wikitext, from the CLI and the site."""

import codecs
import html
import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import ExportContext, atom, csvfile, formats
from timeline.loader import load_events

EVENTS_YAML = """\
- date: June 2018
  title: Summit in Singapore
  tags: [diplomacy, usa]
  sources:
    - {url: 'https://example.org/a', title: Article A, published: 2018-06-13}
- date: 2019-01-07
  end: 2019-01-10
  title: Visit to Beijing
  summary: Four days, **by train**.
  confidence: 0.62
- date: 2019-01-09T14:00
  title: "=HYPERLINK(\\"http://evil\\") departs"
- date: 2018
  approximate: true
  title: Around 2018
- date: 2019-01-09
  title: Withdrawn
  status: rejected
"""


def load(write):
    return load_events([write("events/e.yaml", EVENTS_YAML)])


def test_events_json_follows_the_documented_schema(write):
    data = json.loads(formats()["json"].write(load(write), ExportContext(title="T")))
    assert data["version"] == 1 and data["title"] == "T"
    assert [e["title"] for e in data["events"]] == [
        "Around 2018", "Summit in Singapore", "Visit to Beijing", '=HYPERLINK("http://evil") departs']
    summit, visit = data["events"][1], data["events"][2]
    assert summit == {
        "id": "2018-06-summit-in-singapore", "date": "2018-06", "end_date": None, "start": "2018-06-01",
        "end": "2018-06-30", "precision": "month", "approximate": False, "part": None, "label": "June 2018",
        "title": "Summit in Singapore", "summary": "", "tags": ["diplomacy", "usa"],
        "sources": [{"url": "https://example.org/a", "title": "Article A", "published": "2018-06-13"}],
        "status": "draft", "confidence": None,
    }
    assert (visit["date"], visit["end_date"], visit["start"], visit["end"], visit["label"]) == (
        "2019-01-07", "2019-01-10", "2019-01-07", "2019-01-10", "7–10 Jan 2019")
    assert data["events"][0]["approximate"] is True and data["events"][0]["label"] == "c. 2018"


def test_a_date_a_person_changed_exports_no_confidence_of_the_tools(write):
    # The tool's 0.55 was in its reading, the 5th (its id keeps it), not in the 12th an editor wrote.
    events = load_events([write("events/e.yaml", """\
- {id: 2019-01-05-sit-in, date: 2019-01-12, title: Sit-in, confidence: 0.55, reason: "'Saturday' resolved"}
- {id: 2019-01-06-march, date: 2019-01-06, title: March, confidence: 0.55, reason: "'Sunday' resolved"}
""")])
    data = json.loads(formats()["json"].write(events, ExportContext()))
    assert [(e["id"], e["confidence"]) for e in data["events"]] == [("2019-01-06-march", 0.55), ("2019-01-05-sit-in", None)]


def test_every_key_of_events_json_is_documented(write):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    data = json.loads(formats()["json"].write(load(write), ExportContext(site_url="https://x.org/", event_path=lambda e: e.id)))
    for key in [*data, *data["events"][0]]:
        assert f"| `{key}` |" in doc, key


def test_timelinejs_slides_keep_precision_and_escape_html(write):
    data = json.loads(formats()["timelinejs"].write(load(write)))
    slides = {s["unique_id"]: s for s in data["events"]}
    summit = slides["2018-06-summit-in-singapore"]
    assert summit["start_date"] == {"year": 2018, "month": 6, "display_date": "June 2018"}
    assert summit["end_date"] == {"year": 2018, "month": 6}
    assert summit["text"]["text"] == '<ol><li><a href="https://example.org/a">Article A</a>, 2018-06-13</li></ol>'
    assert summit["group"] == "diplomacy"
    visit = slides["2019-01-07-visit-to-beijing"]
    assert visit["end_date"] == {"year": 2019, "month": 1, "day": 10}
    timed = next(s for s in data["events"] if "T14" in s["unique_id"] or "t14" in s["unique_id"])
    assert timed["start_date"]["hour"] == 14 and "end_date" not in timed
    assert timed["text"]["headline"] == "=HYPERLINK(&quot;http://evil&quot;) departs"


def test_icalendar_has_all_day_events_with_exclusive_ends_and_folded_lines(write):
    text = formats()["ics"].write(load(write), ExportContext(title="T, with; specials"))
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    lines = text.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "X-WR-CALNAME:T\\, with\\; specials" in unfolded
    visit = unfolded.split("UID:2019-01-07-visit-to-beijing@timeline", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTSTART;VALUE=DATE:20190107" in visit and "DTEND;VALUE=DATE:20190111" in visit
    assert "DESCRIPTION:Four days\\, **by train**." in visit
    summit = unfolded.split("UID:2018-06-summit-in-singapore@timeline", 1)[1].split("END:VEVENT", 1)[0]
    assert "DTEND;VALUE=DATE:20180701" in summit and "DTSTAMP:20180630T000000Z" in summit
    assert "DTSTART:20190109T140000" in unfolded
    assert unfolded.count("BEGIN:VEVENT") == 4, "rejected events are not exported"


UNSURE_YAML = """\
- date: 2009-04-23
  title: The outbreak was declared
  confidence: 0.6
  reason: "'<b>23 April</b>' counted from the article's date, Friday 22 May 2009"
- date: 2009-04-24
  title: Checked by hand
  confidence: 0.6
  status: reviewed
- date: 2009-04-25
  title: Sure
  confidence: 0.93
"""


def test_the_calendar_and_timelinejs_say_why_a_date_is_uncertain_as_the_timeline_page_does(write):
    # The walk of stop 33: the site marked "The outbreak was declared" (0.6) uncertain, with why; its
    # calendar and TimelineJS showed it as sure as any other date.
    events = load_events([write("events/e.yaml", UNSURE_YAML)])
    why = ("Date uncertain: date confidence 0.6 is below 0.7: '<b>23 April</b>' counted from the article's date, "
           "Friday 22 May 2009")
    calendar = formats()["ics"].write(events, ExportContext()).replace("\r\n ", "")
    declared, checked, sure = calendar.split("BEGIN:VEVENT")[1:]
    assert "DESCRIPTION:Date uncertain: date confidence 0.6 is below 0.7: '<b>23 April</b>' counted" in declared
    assert "Date uncertain" not in checked + sure  # a person checked it; a sure date
    slides = json.loads(formats()["timelinejs"].write(events, ExportContext()))["events"]
    assert slides[0]["text"]["text"] == f"<p>{html.escape(why)}</p>"  # escaped: TimelineJS reads HTML
    assert all("uncertain" not in slide["text"]["text"] for slide in slides[1:])
    # under a site's own threshold, as its pages mark it
    assert "Date uncertain" not in formats()["ics"].write(events, ExportContext(min_confidence=0.5))


def test_two_sites_never_share_an_event_id_in_their_calendars_and_feeds(write):
    """Two timelines of one story hold events of the same id; a calendar importing both files, or a
    reader following both feeds, took the second for the first ('...@timeline', 'urn:timeline:event:...')."""
    events = load(write)
    ids = {}
    for site in ("https://someone.github.io/kim", "https://someone.github.io/korea/"):
        context = ExportContext(site_url=site, event_path=lambda e: f"timeline/#{e.id}")
        calendar = formats()["ics"].write(events, context).replace("\r\n ", "")
        feed = ET.fromstring(formats()["atom"].write(events, context).encode("utf-8"))
        ids[site] = ([line for line in calendar.split("\r\n") if line.startswith("UID:")]
                     + [e.text for e in feed.iter("{http://www.w3.org/2005/Atom}id")][1:])
        assert len(ids[site]) == 8 and len(set(ids[site])) == 8
    assert set(ids["https://someone.github.io/kim"]).isdisjoint(ids["https://someone.github.io/korea/"])
    assert "UID:2018-06-summit-in-singapore@someone.github.io/kim" in ids["https://someone.github.io/kim"]
    assert "https://someone.github.io/korea/#2018-06-summit-in-singapore" in ids["https://someone.github.io/korea/"]


def test_csv_rows_cannot_start_formulas(write):
    rows = list(csv.DictReader(io.StringIO(formats()["csv"].write(load(write)))))
    assert len(rows) == 4
    assert rows[3]["title"] == "'=HYPERLINK(\"http://evil\") departs"
    assert rows[1]["tags"] == "diplomacy; usa" and rows[1]["sources"] == "https://example.org/a"
    # how sure each date is, as events.json says it: a sheet can sort by it
    assert [(r["approximate"], r["status"], r["confidence"]) for r in rows] == [
        ("true", "draft", ""), ("false", "draft", ""), ("false", "draft", "0.62"), ("false", "draft", "")]


def test_the_sites_csv_says_it_is_utf8_so_that_excel_shows_accents_and_emoji(write, tmp_path, monkeypatch):
    """Excel reads a CSV file as UTF-8 only when it begins with the byte order mark; without it,
    'ümlaut 🚂' came out as 'Ã¼mlaut ðŸš‚'. The site's file has it; the command line's output, which
    scripts read, has it only with --bom (a contract: to Python's csv the mark is part of 'id')."""
    path = write("events/odd.yaml", '- {date: 2019-01-08, title: "ümlaut 🚂, \\"quoted\\"; <b>&"}\n')
    csv_format = formats()["csv"]
    published = csv_format.published(load_events([path]), ExportContext()).encode("utf-8")
    assert published.startswith(codecs.BOM_UTF8) and published.count(codecs.BOM_UTF8) == 1
    rows = list(csv.DictReader(io.StringIO(published.decode("utf-8-sig"), newline="")))
    assert [row["title"] for row in rows] == ['ümlaut 🚂, "quoted"; <b>&']
    assert list(rows[0])[0] == "id"

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["export", "--format", "csv"])
    assert plain.exit_code == 0 and not plain.stdout_bytes.startswith(codecs.BOM_UTF8)
    assert next(csv.reader(io.StringIO(plain.stdout_bytes.decode("utf-8"))))[0] == "id"
    marked = runner.invoke(cli, ["export", "--format", "csv", "--bom", "--out", "for-excel.csv"])
    assert marked.exit_code == 0, marked.output
    assert (tmp_path / "for-excel.csv").read_bytes() == published
    wrong = runner.invoke(cli, ["export", "--format", "json", "--bom"])
    assert wrong.exit_code == 2 and "--bom is for --format csv or wikitext" in wrong.output


def test_the_sites_wikitext_says_it_is_utf8_so_that_a_browser_shows_its_dashes(write, tmp_path, monkeypatch):
    """A .txt file served as "text/plain" without a charset (mkdocs serve, Python's http.server, a
    default nginx) was shown as Windows-1252: each line's "–" read "â€“". The byte order mark tells
    the browser (test_site_in_browser.py shows it); the command line's output has it only with --bom."""
    path = write("events/odd.yaml", '- {date: 2019-01-08, title: "Ümlaut – “quoted”"}\n')
    published = formats()["wikitext"].published(load_events([path]), ExportContext()).encode("utf-8")
    assert published.startswith(codecs.BOM_UTF8) and published.count(codecs.BOM_UTF8) == 1
    assert "* '''8 January''' – Ümlaut – “quoted”." in published.decode("utf-8-sig")

    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["export", "--format", "wikitext"])
    assert plain.exit_code == 0 and plain.stdout_bytes == published[len(codecs.BOM_UTF8):]
    marked = runner.invoke(cli, ["export", "--format", "wikitext", "--bom", "--out", "list.txt"])
    assert marked.exit_code == 0, marked.output
    assert (tmp_path / "list.txt").read_bytes() == published


def test_atom_feed_takes_its_times_from_the_data(write):
    text = formats()["atom"].write(load(write), ExportContext(title="T", site_url="https://x.org/tl", event_path=lambda e: f"timeline/#{e.id}"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(text.encode("utf-8"))
    assert feed.find("a:updated", ns).text == "2019-01-10T00:00:00Z"
    entries = feed.findall("a:entry", ns)
    assert [e.find("a:id", ns).text for e in entries][0] == "https://x.org/tl/#2019-01-09t14-00-hyperlink-http-evil-departs"
    summit = next(e for e in entries if e.find("a:id", ns).text.endswith("summit-in-singapore"))
    assert summit.find("a:updated", ns).text == "2018-06-30T00:00:00Z"
    assert summit.find("a:link", ns).get("href") == "https://x.org/tl/timeline/#2018-06-summit-in-singapore"
    assert [c.get("term") for c in summit.findall("a:category", ns)] == ["diplomacy", "usa"]


def atom_problems(text: str) -> list[str]:
    """What RFC 4287 requires of a feed and its entries (and a validator's 'self' link), broken."""
    ns = {"a": "http://www.w3.org/2005/Atom"}
    feed = ET.fromstring(text.encode("utf-8"))
    problems = [f"feed without {name}" for name in ("id", "title", "updated", "author") if feed.find(f"a:{name}", ns) is None]
    if not any(link.get("rel") == "self" for link in feed.findall("a:link", ns)):
        problems.append("feed without a rel=self link")
    for entry in feed.findall("a:entry", ns):
        links = [link for link in entry.findall("a:link", ns) if link.get("rel", "alternate") == "alternate"]
        if entry.find("a:content", ns) is None and not links:
            problems.append(f"entry {entry.find('a:id', ns).text} has neither content nor an alternate link")
        for construct in [entry.find(f"a:{name}", ns) for name in ("title", "summary", "content")]:
            if construct is not None and (problem := text_construct_problem(construct)):
                problems.append(f"entry {entry.find('a:id', ns).text}: {problem}")
    return problems


def text_construct_problem(element) -> str | None:
    """RFC 4287 3.1.1: type is text (the default), html or xhtml; a text or html one holds no child
    element, an xhtml one exactly one XHTML div, with nothing but white space around it."""
    kind, name = element.get("type", "text"), element.tag.split("}")[1]
    if kind not in ("text", "html", "xhtml"):
        return f"{name} of type {kind!r}"
    if kind != "xhtml":
        return f"{name} of type {kind} holds elements" if len(element) else None
    if len(element) != 1 or element[0].tag != "{http://www.w3.org/1999/xhtml}div":
        return f"xhtml {name} is not one XHTML div"
    if (element.text or "").strip() or (element[0].tail or "").strip():
        return f"xhtml {name} has text outside its div"
    return None


def test_the_atom_feed_is_valid_with_or_without_the_sites_address(write):
    """Without site_url no entry could link to its page and carried only a summary, which RFC 4287
    4.1.1 forbids; with it, the feed did not name its own address, which validators ask for."""
    events = load(write)
    linked = ExportContext(title="T", site_url="https://x.org/tl", event_path=lambda e: f"timeline/#{e.id}")
    assert atom_problems(formats()["atom"].write(events, linked)) == []
    feed = ET.fromstring(formats()["atom"].write(events, linked).encode("utf-8"))
    assert [link.get("href") for link in feed.findall("{http://www.w3.org/2005/Atom}link")] == [
        "https://x.org/tl/", "https://x.org/tl/feed.xml"]
    unlinked = formats()["atom"].write(events, ExportContext(title="T"))
    assert atom_problems(unlinked) == ["feed without a rel=self link"]  # no address to give: only a SHOULD
    # its content is the summary's Markdown as the site renders it, as XHTML (it was the text as typed)
    assert ('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Four days, <strong>by train</strong>.</p>'
            '</div></content>') in unlinked
    # With an address, the summary is XHTML: its text, then a link (<a href>) to the event's page,
    # which a browser opening the feed can follow (tests/browser/test_phone_reading.py clicks it).
    xhtml = "{http://www.w3.org/1999/xhtml}"
    for entry in feed.findall("{http://www.w3.org/2005/Atom}entry"):
        summary = entry.find("{http://www.w3.org/2005/Atom}summary")
        page = entry.find("{http://www.w3.org/2005/Atom}link").get("href")
        assert summary.get("type") == "xhtml" and [a.get("href") for a in summary.iter(xhtml + "a")] == [page]
        assert summary.find(f"{xhtml}div/{xhtml}p").text
    # the summary's Markdown rendered as the timeline page renders it (it was "**by train**" as typed)
    assert any("".join(p.itertext()) == "Four days, by train." and p.find(xhtml + "strong").text == "by train"
               for p in feed.iter(xhtml + "p"))


def test_without_site_url_the_sites_feed_links_each_event_relative_to_its_own_address(make_site):
    """A site built without site_url published a feed whose entries linked nowhere. RFC 4287 (section
    2) resolves a relative reference against xml:base, else the feed document's own address (RFC 3986
    5.1.3), as feed readers do (Universal Feed Parser, Newsboat): each copy links relative to itself."""
    site = make_site([{"date": "2019-01-08", "title": "A <b>", "summary": "Said."}, {"date": "2019-01-09", "title": "B"}],
                     plugin={"per_year_over": 1}).build()
    a = "{http://www.w3.org/2005/Atom}"
    for copy, root in (("feed.xml", "./"), ("exports/feed.xml", "../")):
        text = site.file(copy)
        assert atom_problems(text.split("\n", 1)[0] + "\n" + text.split("\n", 2)[2]) == [], copy
        feed = ET.fromstring(text.encode())
        assert [(link.get("rel"), link.get("href")) for link in feed.findall(a + "link")] == [
            (None, root), ("self", root + "feed.xml")]
        assert feed.findtext(a + "id") == "urn:timeline:timeline"  # an atom:id is never relative
        for entry in feed.iter(a + "entry"):
            href = entry.find(a + "link").get("href")
            assert href.startswith(root) and entry.findtext(a + "id").startswith("urn:timeline:event:")
            # it leads, from where this copy lies, to the page that holds the event
            page, anchor = href.split("#")
            target = (site.out / copy).parent / page / "index.html"
            assert target.resolve().is_file() and f'id="{anchor}"' in target.read_text("utf-8"), (copy, href)
            links = [p for p in entry.iter("{http://www.w3.org/1999/xhtml}a")]
            assert [(p.get("href"), p.text) for p in links] == [(href, href.removeprefix(root))]
    assert "A &lt;b&gt;" in site.file("feed.xml")
    assert site.file("feed.xml").count('href="./timeline/2019-01/#2019-01-08-a-b"') == 2


def test_the_cli_exports_every_format_to_stdout_or_a_file(write, tmp_path, monkeypatch):
    load(write)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    for name in ("json", "timelinejs", "ics", "csv", "atom", "wikitext"):
        result = runner.invoke(cli, ["export", "--format", name])
        assert result.exit_code == 0, result.output
        assert result.stdout_bytes.decode("utf-8") == formats()[name].write(load_events([tmp_path / "events"]), ExportContext(
            event_path=lambda e: f"timeline/#{e.id}"))
    result = runner.invoke(cli, ["export", "-f", "ics", "--out", "cal.ics", "events"])
    assert result.exit_code == 0
    assert (tmp_path / "cal.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert result.stderr == "wrote cal.ics (ics)\n"
    # a folder that is not there is made, and said: a typo in the path made folders without a word
    result = runner.invoke(cli, ["export", "-f", "ics", "--out", "new/exports/cal.ics", "events"])
    assert result.exit_code == 0 and (tmp_path / "new/exports/cal.ics").is_file()
    assert result.stderr == "wrote new/exports/cal.ics (ics; made the folder new/exports)\n"
    bad = runner.invoke(cli, ["export", "--format", "pdf"])
    assert bad.exit_code == 2 and "'pdf' is not one of" in bad.output


def test_the_cli_reports_broken_event_files_with_file_and_line(write, tmp_path, monkeypatch):
    write("events/bad.yaml", "- date: 2019-01-08\n  titel: x\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export"])
    assert result.exit_code == 1
    assert "bad.yaml:2: unknown key 'titel'" in result.output


def test_the_site_publishes_every_export(make_site):
    site = make_site([{"date": "2019-01-08", "title": "A", "tags": ["visit"]}],
                     config={"site_url": "https://example.org/tl/"}).build()
    for name in ("events.json", "timelinejs.json", "events.ics", "events.csv", "feed.xml", "wikitext.txt"):
        assert (site.out / "exports" / name).is_file(), name
    assert site.file("feed.xml") == site.file("exports/feed.xml"), "the feed readers find from every page"
    for page, href in (("index.html", "feed.xml"), ("timeline/index.html", "../feed.xml"),
                       ("tags/visit/index.html", "../../feed.xml")):
        head = site.file(page).split("</head>", 1)[0]
        assert f'<link rel="alternate" type="application/atom+xml" title="Timeline (Atom feed)" href="{href}">' in head
    assert json.loads(site.file("exports/events.json"))["events"][0]["url"] == "https://example.org/tl/timeline/#2019-01-08-a"
    assert '<a href="../exports/events.json">JSON</a>' in site.html("timeline/")
    off = make_site([{"date": "2019-01-08", "title": "A"}], plugin={"exports": False}).build()
    assert not (off.out / "exports").exists() and not (off.out / "feed.xml").exists()
    assert "application/atom+xml" not in off.file("index.html")


FORMAT_FILES = {"json": "events.json", "timelinejs": "timelinejs.json", "ics": "events.ics", "csv": "events.csv",
                "atom": "feed.xml", "wikitext": "wikitext.txt"}
THREE_YEARS = [{"date": f"{year}-01-08", "title": f"Event {year}"} for year in (2017, 2018, 2019)]


def assert_the_cli_exports_the_sites_bytes(site, *label):
    """`timeline export --format F`, run in the site's folder, writes what the built site published as F."""
    for name, file in FORMAT_FILES.items():
        fmt = formats()[name]
        as_published = ["--bom"] if fmt.published_prefix else []  # events.csv and wikitext.txt
        result = CliRunner().invoke(cli, ["export", "--format", name, *as_published])
        assert result.exit_code == 0, result.output
        # The feed's stylesheet is the site's alone: no feed.css lies beside the command line's file.
        written = fmt.for_browsers(result.stdout_bytes.decode()).encode() if fmt.for_browsers else result.stdout_bytes
        published = (site.out / "exports" / file).read_bytes()
        if name == "atom" and b"<link " not in written and b"<entry>" in written:
            # No site_url: the site's feed links relative to its own address, which the command's
            # file, written anywhere, has not; each entry says the same otherwise.
            assert feed_entries(written) == feed_entries(published), (*label, name)
            assert b'<link href="../timeline/' in published
            continue
        assert written == published, (*label, name)


def feed_entries(feed: bytes) -> list[tuple]:
    """Each entry's id, title, time, tags and text, wherever the text is (content's div, or a summary's
    div without its last paragraph, the link to the event's page)."""
    a, x = "{http://www.w3.org/2005/Atom}", "{http://www.w3.org/1999/xhtml}"

    def text(entry) -> str:
        content = entry.find(f"{a}content/{x}div")
        if content is not None:
            return "".join(content.itertext())
        return "".join(t for child in entry.find(f"{a}summary/{x}div")[:-1] for t in child.itertext())

    return [(e.findtext(a + "id"), e.findtext(a + "title"), e.findtext(a + "updated"),
             [c.get("term") for c in e.iter(a + "category")], text(e))
            for e in ET.fromstring(feed).iter(a + "entry")]


def test_the_cli_gives_the_exports_the_title_the_site_gives_them(make_site, monkeypatch):
    # MkDocs' own tags in mkdocs.yml are no obstacle: !ENV is read as MkDocs reads it, others ignored.
    monkeypatch.setenv("TIMELINE_TITLE", "Kim in Beijing")
    site = make_site([{"date": "2019-01-08", "title": "A"}, {"date": "2019-01-10", "title": "B"}])
    (site.root / "mkdocs.yml").write_text("""\
site_name: Test timeline
site_author: !ENV [NOBODY_SET_THIS, someone]
theme: {name: material, font: false}
plugins:
  - search
  - timeline:
      title: !ENV [TIMELINE_TITLE, Timeline]
markdown_extensions:
  - attr_list
  - toc: {permalink: true}
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
""", "utf-8")
    site.build()
    assert "<title>Kim in Beijing</title>" in site.file("feed.xml")
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    given = CliRunner().invoke(cli, ["export", "--format", "atom", "--title", "Mine"])
    assert "<title>Mine</title>" in given.output and "Kim in Beijing" not in given.output


def test_without_a_plugin_title_the_cli_title_is_the_sites_default_not_its_name(make_site, monkeypatch):
    site = make_site([{"date": "2019-01-08", "title": "A"}], config={"site_name": "My site"}).build()
    monkeypatch.chdir(site.root)
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    published = (site.out / "feed.xml").read_bytes()
    title = "{http://www.w3.org/2005/Atom}title"
    assert ET.fromstring(result.stdout_bytes).findtext(title) == ET.fromstring(published).findtext(title) == "Timeline"
    assert feed_entries(result.stdout_bytes) == feed_entries(published)  # (links: the site's alone, no site_url)


def test_a_broken_mkdocs_yml_is_named_unless_a_title_is_given(write, tmp_path, monkeypatch):
    load(write)
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", "site_name: x\nplugins:\n  - timeline:\n      title: [unclosed\n")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("mkdocs.yml:5: YAML syntax: ")
    assert "fix it, or give --title" in result.output
    assert CliRunner().invoke(cli, ["export", "--format", "atom", "--title", "T"]).exit_code == 0
    write("mkdocs.yml", "site_name: x\nplugins:\n  - timeline:\n      title: 3\n")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1
    assert result.output.startswith("mkdocs.yml:4: the timeline plugin's option 'title': ")  # the line that sets it


def test_an_american_topics_site_publishes_month_first_wikitext_and_the_cli_follows_it(make_site, monkeypatch):
    """wikitext_date_order: mdy writes "January 8", as {{Use mdy dates}} articles do; the command
    follows the site's choice, --date-order overrides it, and is refused for a format without it."""
    site = make_site(THREE_YEARS, plugin={"wikitext_date_order": "mdy"}).build()
    assert "* '''January 8''' – Event 2019." in site.file("exports/wikitext.txt")
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    runner = CliRunner()
    day_first = runner.invoke(cli, ["export", "--format", "wikitext", "--wikitext-date-order", "dmy"])
    assert day_first.exit_code == 0 and "* '''8 January''' – Event 2019." in day_first.stdout
    wrong = runner.invoke(cli, ["export", "--format", "csv", "--wikitext-date-order", "mdy"])
    assert wrong.exit_code == 2 and "--wikitext-date-order is for --format wikitext" in wrong.output


def test_the_options_first_name_date_order_still_works_but_is_not_shown(make_site, monkeypatch):
    """Scripts call `timeline export --date-order dmy`; `timeline tag --date-order` is day-first or
    month-first (how a numeric date is read), so export's documented name is --wikitext-date-order."""
    site = make_site(THREE_YEARS, plugin={"wikitext_date_order": "mdy"}).build()
    monkeypatch.chdir(site.root)
    runner = CliRunner()
    old = runner.invoke(cli, ["export", "--format", "wikitext", "--date-order", "dmy"])
    new = runner.invoke(cli, ["export", "--format", "wikitext", "--wikitext-date-order", "dmy"])
    assert old.exit_code == 0 and old.stdout == new.stdout and "* '''8 January''' – Event 2019." in old.stdout
    both = runner.invoke(cli, ["export", "--format", "wikitext", "--date-order", "mdy", "--wikitext-date-order", "mdy"])
    assert both.exit_code == 0 and "* '''January 8''' – Event 2019." in both.stdout
    wrong = runner.invoke(cli, ["export", "--format", "csv", "--date-order", "mdy"])
    assert wrong.exit_code == 2 and "--date-order is for --format wikitext" in wrong.output
    helped = runner.invoke(cli, ["export", "--help"]).output
    assert "--wikitext-date-order" in helped and "--date-order" not in helped.replace("--wikitext-date-order", "")


@pytest.mark.parametrize("args, said", [
    (["--date-order", "day-first"], "--date-order day-first names how a numeric date such as 07/04/2020 is read "
     "(timeline tag --date-order; for timeline extract, the timeline plugin's date_order in mkdocs.yml), not how an "
     "export writes one: for the dates of wikitext give --wikitext-date-order dmy ('28 April 2009') or mdy ('April 28, 2009')"),
    (["--date-order", "month-first"], "--date-order month-first names how a numeric date"),
    (["--date-order", "ymd"], "Invalid value for '--date-order': 'ymd' is not one of 'dmy', 'mdy': give --wikitext-date-order dmy or mdy"),
    (["--date-order", "dmy", "--wikitext-date-order", "mdy"], "--date-order dmy and --wikitext-date-order mdy say two "
     "things: give --wikitext-date-order alone (--date-order is its old name)"),
])
def test_a_reading_order_given_to_export_is_refused_with_what_was_meant(args, said, write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    result = CliRunner().invoke(cli, ["export", "--format", "wikitext", *args])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert said in " ".join(result.output.split())


def test_the_cli_links_the_events_where_the_site_puts_them(make_site, monkeypatch):
    """site_url, use_directory_urls and per_year_over come from mkdocs.yml too, so the command's
    exports link each event where the site publishes it: the same bytes as the site's."""
    site = make_site(THREE_YEARS, plugin={"per_year_over": 2},
                     config={"site_url": "https://example.org/kim", "use_directory_urls": False}).build()
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    ics = CliRunner().invoke(cli, ["export", "--format", "ics"]).output
    assert "https://example.org/kim/" in ics and ".html#" in ics  # one page a year, no directory URLs
    given = CliRunner().invoke(cli, ["export", "--format", "ics", "--site-url", "https://mine.example"]).output
    assert "https://mine.example/" in given and "example.org" not in given


def test_the_cli_links_the_events_as_the_offline_copy_does_when_it_is_enabled(make_site, monkeypatch):
    """`make offline` enables Material's offline plugin (enabled: !ENV TIMELINE_OFFLINE), which turns
    directory URLs off: with the variable set the command's exports are the copy's bytes; without, the site's."""
    site = make_site(THREE_YEARS, plugin={"per_year_over": 2}, config={"site_url": "https://example.org/kim"})
    text = (site.root / "mkdocs.yml").read_text("utf-8")
    assert "\n- search\n" in text
    offline_plugin = "\n- search\n- offline:\n    enabled: !ENV [TIMELINE_OFFLINE, false]\n"
    (site.root / "mkdocs.yml").write_text(text.replace("\n- search\n", offline_plugin), "utf-8")
    monkeypatch.chdir(site.root)
    for offline, page in (("true", "2019.html#"), ("", "2019/#")):
        monkeypatch.setenv("TIMELINE_OFFLINE", offline) if offline else monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
        site.build()
        assert_the_cli_exports_the_sites_bytes(site, offline)
        assert f"https://example.org/kim/timeline/{page}" in (site.out / "exports" / "events.ics").read_text("utf-8")


def test_the_cli_links_the_events_on_their_month_pages_as_the_site_does(make_site, monkeypatch):
    """per_month_over comes from mkdocs.yml as well: an event of a year split by month is linked on
    its month's page, by the command as by the site."""
    events = [{"date": f"2019-0{month}-08", "title": f"Event {month}"} for month in (1, 2, 3)]
    site = make_site(events, plugin={"per_year_over": 2, "per_month_over": 2},
                     config={"site_url": "https://example.org/kim", "use_directory_urls": False}).build()
    monkeypatch.chdir(site.root)
    result = CliRunner().invoke(cli, ["export", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (site.out / "exports" / "events.json").read_bytes()
    assert "https://example.org/kim/timeline/2019-02.html#2019-02-08-event-2" in result.output


def test_the_cli_follows_inherit_as_mkdocs_does(make_site, monkeypatch):
    """A mkdocs.yml that INHERITs a shared base: the plugin's options and the site's address come from
    the base, the child's keys win, and the exports are still the site's own bytes."""
    site = make_site(THREE_YEARS, plugin={"per_year_over": 2, "title": "From the base"},
                     config={"site_url": "https://example.org/base"})
    whole = yaml.safe_load((site.root / "mkdocs.yml").read_text("utf-8"))
    (site.root / "base.yml").write_text(yaml.safe_dump(whole), "utf-8")
    (site.root / "mkdocs.yml").write_text(
        "INHERIT: base.yml\nsite_url: https://example.org/kim\nuse_directory_urls: false\n", "utf-8")
    site.build()
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    atom = CliRunner().invoke(cli, ["export", "--format", "atom"]).output
    assert "<title>From the base</title>" in atom and "https://example.org/kim/" in atom and "/base" not in atom
    (site.root / "mkdocs.yml").write_text("INHERIT: shared/missing.yml\n", "utf-8")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("mkdocs.yml: INHERIT names shared/missing.yml, which is not a file beside it")
    (site.root / "base.yml").write_text("INHERIT: mkdocs.yml\n", "utf-8")
    (site.root / "mkdocs.yml").write_text("INHERIT: base.yml\n", "utf-8")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1 and "INHERIT goes round in a circle" in result.output


def test_a_broken_mkdocs_yml_with_a_title_given_is_noted_and_the_default_layout_used(write, tmp_path, monkeypatch):
    load(write)
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", "site_name: x\nuse_directory_urls: maybe\n")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1 and "use_directory_urls must be true or false" in result.output
    result = CliRunner().invoke(cli, ["export", "--format", "atom", "--title", "T"])
    assert result.exit_code == 0 and "note: mkdocs.yml: use_directory_urls" in result.stderr
    assert result.stdout.startswith("<?xml")


def test_a_key_without_its_colon_in_mkdocs_yml_is_named_on_its_own_line(write, tmp_path, monkeypatch):
    """The same words and line as for an event file: where the key starts, not where YAML gave up."""
    load(write)
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", "site_name: x\nsite_url https://example.org\nplugins:\n  - timeline\n")
    result = CliRunner().invoke(cli, ["export", "--format", "atom"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("mkdocs.yml:2: YAML syntax: no ':' after the key on this line"), result.output


def test_a_part_of_the_day_exports_as_its_day_in_every_format(write):
    # 'on Thursday night' is 2009-04-23TNI: the site build crashed in the TimelineJS export.
    events = load_events([write("events/e.yaml", "- {date: 2009-04-23TNI, title: Calderon speaks}\n")])
    for name, export in formats().items():
        assert export.write(events, ExportContext(title="T")), name
    slide = json.loads(formats()["timelinejs"].write(events))["events"][0]
    assert slide["start_date"] == {"year": 2009, "month": 4, "day": 23, "display_date": slide["start_date"]["display_date"]}
    assert "DTSTART;VALUE=DATE:20090423\r\nDTEND;VALUE=DATE:20090424\r\n" in formats()["ics"].write(events)


def test_midnight_at_the_end_of_a_day_exports_as_the_next_day_s_start(write):
    # "I woke up at midnight" is 2026-03-04T24:00 (ISO 8601's end of the day): the iCalendar
    # export, and with it the whole site build, stopped on "hour must be in 0..23".
    events = load_events([write("events/e.yaml", "- {date: 2026-03-04T24:00, title: Sky turns orange}\n")])
    for name, export in formats().items():
        assert export.write(events, ExportContext(title="T")), name
    assert "DTSTART:20260305T000000\r\n" in formats()["ics"].write(events)
    slide = json.loads(formats()["timelinejs"].write(events))["events"][0]
    assert {k: slide["start_date"][k] for k in ("year", "month", "day", "hour", "minute")} == {
        "year": 2026, "month": 3, "day": 5, "hour": 0, "minute": 0}


def test_a_time_with_its_zone_is_placed_in_utc_in_the_calendar(write):
    # "9 a.m. EST": written floating, a London calendar showed it at 09:00, five hours early.
    events = load_events([write("events/e.yaml", "- {date: 2026-03-04T09:00-05:00, title: Crew moved ashore}\n"
                                                 "- {date: 2026-03-04T14:32Z, title: Fire contained}\n")])
    text = formats()["ics"].write(events)
    assert "DTSTART:20260304T140000Z\r\n" in text and "DTSTART:20260304T143200Z\r\n" in text


def test_an_export_that_fails_unexpectedly_stops_the_build_with_one_paragraph(make_site, monkeypatch, caplog):
    import pytest
    from mkdocs.exceptions import Abort

    def fail(*args, **kwargs):
        raise KeyError("no such field")

    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    monkeypatch.setattr("timeline.export.ical.write", fail)
    site = make_site([{"date": "2019-01-08", "title": "A"}])
    with pytest.raises(Abort):  # what `mkdocs build` turns into its message and exit status 1
        site.build()
    assert ("timeline: unexpected error while writing the iCalendar export of the site (docs/exports/events.ics) "
            "(KeyError: 'no such field'); the site was not built. This is a bug in timeline") in caplog.text
    assert "run the build again with TIMELINE_DEBUG=1" in caplog.text and "Traceback" not in caplog.text
    assert not (site.out / "exports" / "events.ics").exists()

    monkeypatch.setenv("TIMELINE_DEBUG", "1")
    with pytest.raises(KeyError):  # the original error, whose traceback MkDocs prints
        site.build()


def test_every_export_names_a_page_saved_twice_once_with_its_versions(make_site, no_engine, saved_twice, monkeypatch):
    # As the site cites it: the later copy once, the earlier copy and what it said beside it; an
    # earlier copy cited alone names the latest. The CLI writes the same bytes as the site.
    events, articles = saved_twice
    site = make_site(events, articles=articles).build()
    later = "About 2,300 <residents> were evacuated before dawn."  # each copy's headline, its one line
    earlier = "About 1,200 <residents> were evacuated before dawn."
    both, alone = json.loads(site.file("exports/events.json"))["events"]
    assert both["sources"] == [{"file": "seeds/v2.txt", "url": "https://X.example/story/", "title": later, "quote": later,
                                "updated": "2026-03-08T09:05",
                                "versions": [{"file": "seeds/v1.txt", "updated": "2026-03-07T11:20", "quote": earlier}]}]
    assert alone["sources"] == [{"file": "seeds/v1.txt", "url": "https://x.example/story", "title": earlier,
                                 "quote": earlier, "updated": "2026-03-07T11:20", "superseded_by": "seeds/v2.txt"}]
    note = f"updated 2026-03-08T09:05; an earlier version, seeds/v1.txt, said: “{earlier}”"
    rows = list(csv.DictReader(io.StringIO(site.file("exports/events.csv").lstrip("\ufeff"))))
    assert list(rows[0]) == list(csvfile.COLUMNS)  # no new column: the citations cell tells the versions
    assert rows[0]["sources"] == "https://X.example/story/"
    assert rows[0]["citations"] == f"“{later}”, https://X.example/story/ ({note})"
    assert rows[1]["citations"] == f"“{earlier}”, https://x.example/story (an earlier version of the page; its latest: seeds/v2.txt)"
    slides = json.loads(site.file("exports/timelinejs.json"))["events"]
    assert slides[0]["text"]["text"] == (f'<ol><li><a href="https://X.example/story/">{html.escape(later, quote=False)}</a>, '
                                         f'{html.escape(note, quote=False)}</li></ol>')
    calendar = site.file("exports/events.ics").replace("\n ", "")  # unfolded
    assert calendar.count("Source: ") == 2
    assert "https://X.example/story/ (updated 2026-03-08T09:05\\; an earlier version\\, seeds/v1.txt\\, said: " in calendar
    wiki = site.file("exports/wikitext.txt")  # one {{cite}} per page, the later copy's; the earlier in a comment
    assert wiki.count("{{cite") == 1 and "|url=https://X.example/story/" in wiki and "|url=https://x.example/story " not in wiki
    assert "<!-- updated 2026-03-08T09:05; an earlier version, seeds/v1.txt, said: “About 1,200 &lt;residents&gt;" in wiki
    assert "<!-- an earlier version of the page; its latest: seeds/v2.txt -->" in wiki
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
