"""A source reads the same on the site and in every export: the article's own metadata over the
copies earlier runs wrote into event files, and what a person typed over both."""

import csv
import html
import io
import json
import re

from click.testing import CliRunner

from tests.site.test_exports import assert_the_cli_exports_the_sites_bytes
from timeline.cli import cli

# A page pasted whole: the extractor of an earlier version took its skip link for the headline.
ARTICLE = "Skip to main content\n\nKim arrives\n\nKim's train pulled in on Tuesday.\n"
FRONT = "---\ntitle: The real headline\nurl: https://example.org/kim\noutlet: Daily News\npublished: 2019-01-12\n---\n"
COPY = {"file": "seeds/kim.txt", "title": "Skip to main content", "quote": "Kim's train pulled in on Tuesday.",
        "published": "2019-01-10", "published_source": "inferred", "published_reason": "inferred from its own words"}
# The article's date as a reader reads it, ISO kept for machines in <time datetime>.
SHOWN_DATE = '<time datetime="2019-01-12">Sat 12 Jan 2019</time>'


def _titles_in_exports(site) -> dict[str, str]:
    exports = site.out / "exports"
    data = json.loads((exports / "events.json").read_text("utf-8"))
    slide = json.loads((exports / "timelinejs.json").read_text("utf-8"))["events"][0]["text"]["text"]
    calendar = (exports / "events.ics").read_bytes().decode("utf-8").replace("\r\n ", "")  # unfolded
    return {
        "json": data["events"][0]["sources"][0]["title"],
        "timelinejs": html.unescape(re.search(r"<li>(?:<a [^>]*>)?([^<]*)", slide)[1]),
        "ics": re.search(r"Source: “([^”]*)”", calendar)[1].replace("\\,", ","),
        "csv": re.search(r"“([^”]*)”", _csv_row(site)["citations"])[1],
    }


def _csv_row(site) -> dict:
    return next(csv.DictReader(io.StringIO(site.file("exports/events.csv").lstrip("\ufeff"))))


def test_the_exports_name_and_date_a_source_as_the_site_does(make_site, no_engine):
    events = [{"date": "2019-01-08", "title": "Arrives", "sources": [COPY]}]
    site = make_site(events, articles={"kim.txt": FRONT + ARTICLE}).build()
    assert ">The real headline</a>, <em>Daily News</em>, " + SHOWN_DATE + " · <a class=\"tl-original\" href=\"https://example.org/kim\">original" in site.html("timeline/")
    assert set(_titles_in_exports(site).values()) == {"The real headline"}
    source = json.loads(site.file("exports/events.json"))["events"][0]["sources"][0]
    assert (source["url"], source["outlet"], source["published"]) == ("https://example.org/kim", "Daily News", "2019-01-12")
    # A spreadsheet's reader can cite it: title, outlet, date and address; `sources` stays as it was.
    row = _csv_row(site)
    assert row["sources"] == "https://example.org/kim"
    assert row["citations"] == "“The real headline”, Daily News, 2019-01-12, https://example.org/kim"
    slide = json.loads(site.file("exports/timelinejs.json"))["events"][0]["text"]["text"]
    assert slide == '<ol><li><a href="https://example.org/kim">The real headline</a>, Daily News, 2019-01-12</li></ol>'
    calendar = site.file("exports/events.ics").replace("\n ", "")  # unfolded (read with newline="": "\n")
    assert "\nDESCRIPTION:Source: “The real headline”\\, Daily News\\, 2019-01-12\\, https://example.org/kim\n" in calendar


def test_the_command_exports_the_sources_as_the_site_publishes_them(make_site, no_engine, monkeypatch):
    typed = {"file": "seeds/kim.txt", "title": "Kim's arrival, as the wire told it", "quote": COPY["quote"]}
    events = [{"date": "2019-01-08", "title": "Arrives", "sources": [COPY]},
              {"date": "2019-01-09", "title": "Typed", "sources": [typed]}]
    site = make_site(events, articles={"kim.txt": FRONT + ARTICLE}).build()
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    assert "Skip to main content" not in site.file("exports/events.json")


def test_a_title_a_person_typed_wins_over_the_articles_own(make_site, no_engine):
    typed = {**COPY, "title": "Kim's arrival, as the wire told it"}
    site = make_site([{"date": "2019-01-08", "title": "Arrives", "sources": [typed]}],
                     articles={"kim.txt": FRONT + ARTICLE}).build()
    assert ">Kim's arrival, as the wire told it</a>, <em>Daily News</em>, " + SHOWN_DATE + " · " in site.html("timeline/").replace("&#x27;", "'")
    assert set(_titles_in_exports(site).values()) == {"Kim's arrival, as the wire told it"}


def test_a_copy_of_the_headline_yields_to_a_title_given_since(make_site, no_engine):
    # Extracted before the article had a title: the extractor copied the headline its text shows.
    copied = {**COPY, "title": "Kim arrives"}
    site = make_site([{"date": "2019-01-08", "title": "Arrives", "sources": [copied]}],
                     articles={"kim.txt": FRONT + ARTICLE}).build()
    assert ">The real headline</a>, <em>Daily News</em>, " + SHOWN_DATE + " · " in site.html("timeline/")
    assert set(_titles_in_exports(site).values()) == {"The real headline"}


def test_a_sources_date_reads_as_a_date_on_every_page_with_iso_kept_for_machines(make_site, no_engine):
    # The event file keeps ISO (and so do the exports, above); a reader sees the site's date style.
    read = ("'Tuesday' counted from the article's date, Saturday 12 January 2019; it was over by "
            "2018-12-31, before 2019-01-12x")
    events = [{"date": "2019-01-08", "title": "Arrives", "sources": [COPY]},
              {"date": "2019-01-09", "title": "Read", "reason": read, "confidence": 0.9, "sources": [
                  {"url": "https://example.org/b", "title": "B", "published": "2019-01-12", "quote": "q"}]}]
    # ('published' that names no date, such as "the <b>next</b> day", is refused when the files load:
    # tests/robustness/test_event_yaml_mistakes.py)
    site = make_site(events, articles={"kim.txt": FRONT + ARTICLE}).build()
    timeline = site.html("timeline/")
    assert "<em>Daily News</em>, " + SHOWN_DATE + " · " in timeline
    assert ("article's date, <time datetime=\"2019-01-12\">Sat 12 Jan 2019</time>; it was over by <time "
            "datetime=\"2018-12-31\">Mon 31 Dec 2018</time>, before 2019-01-12x"
            in timeline.replace("&#x27;", "'")), "one date style in a line; an ISO day inside a longer word is left as it is"
    assert "<em>Daily News</em>: " + SHOWN_DATE + "; 1 event" in site.html("sources/")
    assert "<li>Published " + SHOWN_DATE + " — " in site.html("sources/kim/")


def test_an_ampersand_in_a_title_shows_once_escaped_in_the_sources_list_and_around_a_month(make_site, no_engine):
    # Both lines come from a macro, whose text finalize would escape a second time: "AT&amp;T".
    front = FRONT.replace("The real headline", "AT&T and <Kim>")
    events = [{"date": f"2019-0{m}-08", "title": f"Event {m}", "sources": [COPY]} for m in (1, 2)]
    site = make_site(events, articles={"kim.txt": front + ARTICLE},
                     plugin={"title": "Kim & Xi", "per_year_over": 1, "per_month_over": 1}).build()
    assert ">AT&amp;T and &lt;Kim&gt;</a>, <em>Daily News</em>: " in site.html("sources/")
    assert ">Kim &amp; Xi</a>&nbsp;· " in site.html("timeline/2019-01/")


def test_each_link_to_an_original_is_named_by_its_article(make_site, no_engine):
    # A screen reader's list of links: "original" ten times said nothing of where each leads. On its
    # source page the link's words are its address (.tl-url): print does not write it a second time.
    front = FRONT.replace("The real headline", 'Kim & "Xi" <meet>')
    site = make_site([{"date": "2019-01-08", "title": "Arrives", "sources": [COPY]}],
                     articles={"kim.txt": front + ARTICLE}).build()
    assert ('<a class="tl-original" href="https://example.org/kim">original<span class="tl-hidden"> of '
            '“Kim &amp; "Xi" &lt;meet&gt;”</span></a>') in site.html("timeline/")
    assert '<a class="tl-original tl-url" href="https://example.org/kim">https://example.org/kim</a>' in site.html("sources/kim/")


def test_a_wire_story_without_an_outlet_is_cited_as_its_date_lines_agency(make_site, no_engine, monkeypatch):
    """"CAIRO (AP) —": no metadata name the outlet, the date line does; an outlet typed in the event
    file, or given by the article's metadata, wins over it."""
    wire = "Egypt votes\n\nCAIRO (AP) — Egyptians voted on Tuesday.\n"
    source = {"file": "seeds/cairo.txt", "title": "Egypt votes", "quote": "Egyptians voted on Tuesday."}
    events = [{"date": "2019-01-08", "title": "Egypt votes", "sources": [source]},
              {"date": "2019-01-09", "title": "Typed", "sources": [{**source, "outlet": "The Cairo Post"}]}]
    site = make_site(events, articles={"cairo.txt": wire}).build()
    assert ">Egypt votes</a>, <em>Associated Press</em>" in site.html("timeline/")
    assert ">Egypt votes</a>, <em>The Cairo Post</em>" in site.html("timeline/")
    outlets = [e["sources"][0]["outlet"] for e in json.loads(site.file("exports/events.json"))["events"]]
    assert outlets == ["Associated Press", "The Cairo Post"]
    assert "|work=Associated Press |" in site.file("exports/wikitext.txt")
    monkeypatch.chdir(site.root)
    assert_the_cli_exports_the_sites_bytes(site)
    given = make_site(events[:1], articles={"cairo.txt": "---\noutlet: Al-Ahram\n---\n" + wire}).build()
    assert ">Egypt votes</a>, <em>Al-Ahram</em>" in given.html("timeline/")


# An article without a date of its own, its date taken from another article of its story by
# `timeline extract`: the event file's source says so in published_source and published_reason.
UNDATED = "---\ntitle: Review of the reservoir failure\nurl: https://example.org/review\noutlet: Northshire Council\n---\n"
BORROWED = {"file": "seeds/review.txt", "quote": "The Environment Agency issued a severe flood warning at 20:10 that evening.",
            "published": "2024-03-20", "published_source": "inferred", "published_confidence": 0.8,
            "published_reason": "no date of its own; taken from seeds/news.txt, the same story (shares the names "
                                "Millbrook, Mill), whose date is Wednesday 20 March 2024 (published 2024-03-20 "
                                "according to its front matter)"}
REVIEW = "Review of the reservoir failure\n\nThe Environment Agency issued a severe flood warning at 20:10 that evening.\n"
NEWS = "---\npublished: 2024-03-20\n---\nReservoir review & its terms\n\nThe council commissioned a review on 12 March 2024.\n"


def test_a_date_taken_from_another_article_is_cited_as_inferred_and_from_what_everywhere(make_site, no_engine):
    # helper-walk6: the council's review, undated, was cited "20 Mar 2024" as if published that day
    events = [{"date": "2024-03-07T20:10", "title": "Flood warning", "sources": [BORROWED]}]
    site = make_site(events, articles={"review.txt": UNDATED + REVIEW, "news.txt": NEWS}).build()
    shown = '<time datetime="2024-03-20">Wed 20 Mar 2024</time>'
    # the article it was taken from, by its headline, a link to its page
    assert (shown + ' <span class="tl-date-inferred">(date inferred from <a href="../sources/news/">Reservoir review '
            '&amp; its terms</a>)</span>') in site.html("timeline/")
    source = json.loads(site.file("exports/events.json"))["events"][0]["sources"][0]
    assert (source["published"], source["published_source"], source["published_borrowed_from"]) == (
        "2024-03-20", "inferred", "seeds/news.txt")
    cited = ("“Review of the reservoir failure”, Northshire Council, 2024-03-20 (date inferred from seeds/news.txt), "
             "https://example.org/review")
    assert _csv_row(site)["citations"] == cited
    calendar = site.file("exports/events.ics").replace("\n ", "")
    assert "Source: " + cited.replace(",", "\\,") + "\n" in calendar
    slide = json.loads(site.file("exports/timelinejs.json"))["events"][0]["text"]["text"]
    assert "Northshire Council, 2024-03-20 (date inferred from seeds/news.txt)</li>" in slide
    # a wiki's |date= is the day the article was published, which it does not give: left out, and said
    wiki = site.file("exports/wikitext.txt")
    assert "|date=" not in wiki
    assert "}}<!-- date left out: 2024-03-20 is no date the article gives (date inferred from seeds/news.txt) --></ref>" in wiki
    # the source page said so already, in the tool's words; the list of sources says it as citations do
    assert "taken from seeds/news.txt" in site.html("sources/review/")
    assert shown + " (date inferred from seeds/news.txt); 1 event" in site.html("sources/")


def test_an_inferred_date_is_cited_plainly_once_the_article_gives_its_own(make_site, no_engine):
    # a person gave the article its date after the run: the citation takes it, and no note is left
    events = [{"date": "2024-03-07T20:10", "title": "Flood warning", "sources": [BORROWED]}]
    site = make_site(events, articles={"review.txt": UNDATED.replace("---\n", "---\npublished: 2024-03-18\n", 1) + REVIEW}).build()
    assert "date inferred" not in site.html("timeline/") + site.html("sources/") + site.file("exports/events.csv")
    source = json.loads(site.file("exports/events.json"))["events"][0]["sources"][0]
    assert source["published"] == "2024-03-18" and "published_source" not in source
    assert "|date=2024-03-18" in site.file("exports/wikitext.txt")


def test_a_date_inferred_from_the_articles_own_words_says_so(make_site, no_engine):
    own = {**BORROWED, "published_reason": "inferred from its own words: Wed 20 Mar 2024 from 'yesterday'"}
    site = make_site([{"date": "2024-03-07T20:10", "title": "Flood warning", "sources": [own]}],
                     articles={"review.txt": UNDATED + REVIEW}).build()
    assert '<span class="tl-date-inferred">(date inferred from its own text)</span>' in site.html("timeline/")
    source = json.loads(site.file("exports/events.json"))["events"][0]["sources"][0]
    assert source["published_source"] == "inferred" and "published_borrowed_from" not in source


def test_a_date_taken_from_an_article_the_site_has_not_names_its_file(make_site, no_engine):
    site = make_site([{"date": "2024-03-07T20:10", "title": "Flood warning", "sources": [BORROWED]}],
                     articles={"review.txt": UNDATED + REVIEW}).build()
    assert '<span class="tl-date-inferred">(date inferred from seeds/news.txt)</span>' in site.html("timeline/")
