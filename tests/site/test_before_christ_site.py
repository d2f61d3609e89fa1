"""A history of Rome on the site and in its exports: years before Christ under their own headings."""

import csv
import io
import json
import re
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from timeline.cli import cli

ROME = yaml.safe_load((Path(__file__).parents[1] / "fixtures/events/rome.yaml").read_text(encoding="utf-8"))


def test_years_before_christ_have_headings_pages_and_bars_in_date_order(make_site):
    site = make_site(ROME, plugin={"per_year_over": 1}).build()  # strict: a broken link fails the build
    overview = site.html("timeline/")
    years = [(href, text) for href, text in re.findall(r'<a href="([^"]+)">([^<]+)</a>: \d+ events?', overview)
             if re.fullmatch(r"(?:bc)?\d{4}/", href)]  # the years' pages, not their months
    assert years == [("bc0753/", "753 BC"), ("bc0509/", "509 BC"), ("bc0499/", "5th century BC"), ("bc0044/", "44 BC"), ("bc0027/", "27 BC"),
                     ("0014/", "AD 14"), ("0079/", "AD 79")]
    caesar = site.html("timeline/bc0044/")
    assert re.search(r'<h1 id="in-bc0044"[^>]*>44 BC', caesar)
    # HTML's <time> has no year before 1: the ISO 8601 year stays in a data attribute, the page stays valid
    assert '<span class="tl-time" data-datetime="-0043-03-15">15 Mar 44 BC</span>' in caesar
    assert '<time datetime="-' not in caesar
    assert "Stabbed in the Theatre of Pompey &lt;b&gt;on the Ides&lt;/b&gt;." in caesar
    assert "tl-unsure-why" not in caesar  # "15 March 44 BC" names its year: nothing relative about it
    assert '<span class="tl-time" data-datetime="-0026" data-end="0014">27 BC–AD 14</span>' in site.html("timeline/bc0027/")
    assert '<span class="tl-time" data-datetime="-0498">mid-5th century BC</span>' in site.html("timeline/bc0499/")
    bars = re.findall(r'aria-label="([^"]+)"', re.search(r"<svg.*?</svg>", overview, re.S).group(0))
    assert bars == ["753 BC: 1 event", "509 BC: 1 event", "5th century BC: 1 event", "44 BC: 1 event", "27 BC: 2 events", "AD 14: 1 event",
                    "AD 79: 1 event"]


def test_the_exports_write_years_before_christ_as_each_format_can(make_site):
    site = make_site(ROME).build()
    records = json.loads(site.file("exports/events.json"))["events"]
    caesar = next(r for r in records if r["title"] == "Julius Caesar assassinated")
    assert (caesar["date"], caesar["start"], caesar["end"], caesar["label"]) == (
        "BC0044-03-15", "-0043-03-15", "-0043-03-15", "15 Mar 44 BC")
    rows = list(csv.DictReader(io.StringIO(site.file("exports/events.csv").lstrip("\ufeff"))))
    assert rows[0]["start"] == "'-0752-01-01"  # a leading '-' would start a spreadsheet formula
    slides = json.loads(site.file("exports/timelinejs.json"))["events"]
    slide = next(s for s in slides if s["text"]["headline"] == "Julius Caesar assassinated")
    assert slide["start_date"] == {"year": -43, "month": 3, "day": 15, "display_date": "15 Mar 44 BC"}
    ics = site.file("exports/events.ics")
    assert ics.count("BEGIN:VEVENT") == 2 and "Caesar" not in ics
    feed = site.file("exports/feed.xml")
    assert feed.count("<entry>") == 8 and "<updated>1970-01-01T00:00:00Z</updated>" in feed


def test_a_history_article_extracted_shows_its_events_before_christ_in_order_under_their_headings(make_site, tmp_path):
    """tests/fixtures/articles/history/01-origins.txt, from `timeline extract` to the site: its dates
    before Christ were skipped; now each is an event, under its year's heading, before AD 79."""
    root = tmp_path / "history"
    shutil.copytree(Path(__file__).parents[1] / "fixtures/articles/history", root / "seeds")
    result = CliRunner().invoke(cli, ["extract", str(root / "seeds"), "--out", str(root / "events")])
    assert result.exit_code == 0, result.output
    page = make_site(root=root).build().html("timeline/")
    headings = re.findall(r'<h2 id="in-(bc\d{4}|\d{4})"[^>]*>([^<]+)', page)
    assert [text for _, text in headings[:6]] == ["12th century BC", "300 BC", "52 BC", "44 BC", "43 BC", "AD 79"]
    times = re.findall(r'<span class="tl-time" data-datetime="(-[\d-]+)">([^<]+)</span>', page)
    assert times == [("-1198", "12th century BC"), ("-0299", "c. 300 BC"), ("-0051-06-09", "9 Jun 52 BC"), ("-0043", "44 BC"),
                     ("-0042-03", "March 43 BC")]
