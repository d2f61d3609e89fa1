"""A year with more events than per_month_over (by default per_year_over) has one page per month:
its year page becomes the overview of its months, and every link to an event lands on it."""

from __future__ import annotations

import json
import posixpath
import re
from urllib.parse import unquote, urlsplit

import pytest

EVENTS = [
    {"date": "2018-03-01", "title": "Before it all", "tags": ["visit"]},
    {"date": "2019", "title": "Known only to 2019", "tags": ["visit"]},
    {"date": "2019-01-07", "end": "2019-01-10", "title": "The whole visit", "tags": ["visit"]},
    {"date": "2019-01-08", "title": "Arrives by train", "tags": ["visit"],
     "sources": [{"file": "seeds/a.txt", "quote": "It pulled in on Tuesday."}]},
    {"date": "January 2019", "title": "A January of talks"},
    {"date": "2019-03-02", "title": "Talks resume", "confidence": 0.3, "reason": "a guess"},
    {"date": "2019-W12", "title": "A week of talks"},
    {"date": "2019-03-30", "title": "Talks end", "tags": ["visit"]},
    {"date": "2020-05-01", "title": "Afterwards"},
]
OPTIONS = {"per_year_over": 2, "per_month_over": 4}  # 2019 has 7 events: by month; 2018 and 2020 one each


def event_ids(html):
    return re.findall(r'<h[1-4] class="tl-event" id="([^"]+)"', html)


def test_a_year_over_the_limit_has_a_page_per_month_and_lists_them(make_site):
    site = make_site(EVENTS, plugin=OPTIONS, articles={"a.txt": "Headline A\n\nIt pulled in on Tuesday."}).build()
    year = site.html("timeline/2019/")
    # Only the event known to the year alone stays here; each month is a heading with its usual anchor.
    assert event_ids(year) == ["2019-known-only-to-2019"]
    assert re.findall(r'<h([12]) id="(in-[^"]+)"', year) == [
        ("1", "in-2019"), ("2", "in-2019-month-unknown"), ("2", "in-2019-01"), ("2", "in-2019-03")]
    assert re.search(r'<h3 class="tl-event" id="2019-known-only-to-2019">', year), "under its heading"
    assert '<a href="../2019-01/#in-2019-01">3 events in January 2019 →</a>' in year
    assert '<a href="../2019-03/#in-2019-03">3 events in March 2019 →</a>' in year
    assert re.search(r'<a href="../2019-01/#in-2019-01" aria-label="January 2019: 3 events">', year), "the chart too"
    january = site.html("timeline/2019-01/")
    assert re.findall(r'<h1 id="([^"]+)"', january) == ["in-2019-01"]
    assert event_ids(january) == ["2019-01-a-january-of-talks", "2019-01-07-the-whole-visit", "2019-01-08-arrives-by-train"]
    march = site.html("timeline/2019-03/")
    assert event_ids(march) == ["2019-03-02-talks-resume", "2019-w12-a-week-of-talks", "2019-03-30-talks-end"]
    # The way around, at the top and again at the bottom of a long month.
    assert march.count('<a href="../2019/">2019</a>&nbsp;· <a href="../2019-01/#in-2019-01">← January 2019</a>') == 2
    assert '<a href="../2019-03/#in-2019-03">March 2019 →</a>' in january
    # Each its own paragraph (print leaves them out): after January's last citation, the one at the
    # bottom was read as that citation's last line.
    assert january.count('<p class="tl-pager">') == 2 and march.count('<p class="tl-pager">') == 2
    overview = site.html("timeline/")
    assert '<a href="2019/">2019</a>: 7 events' in overview
    assert '<a href="2019-03/#in-2019-03">March 2019</a>: 3 events' in overview
    # A year under the limit stays one page.
    assert event_ids(site.html("timeline/2018/")) == ["2018-03-01-before-it-all"]
    assert not (site.out / "timeline" / "2018-03").exists()


def test_years_under_the_limit_keep_one_page_each(make_site):
    site = make_site(EVENTS, plugin={"per_year_over": 2, "per_month_over": 7}).build()
    assert len(event_ids(site.html("timeline/2019/"))) == 7
    assert not list((site.out / "timeline").glob("2019-*"))


def test_by_default_a_year_is_split_as_the_timeline_is(make_site):
    site = make_site(EVENTS, plugin={"per_year_over": 6}).build()  # 9 events in all, 7 in 2019
    assert (site.out / "timeline" / "2019-03" / "index.html").is_file()
    assert not (site.out / "timeline" / "2018-03").exists()


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_to_an_event_lands_on_it(make_site, directory_urls):
    """From the timeline, year and month pages, tags, review, sources, the chart, the feed and the exports."""
    site = make_site(EVENTS, plugin=OPTIONS, articles={"a.txt": "Headline A\n\nIt pulled in on Tuesday."},
                     config={"use_directory_urls": directory_urls, "site_url": "https://example.org/tl/"}).build()
    pages = {path.relative_to(site.out).as_posix(): path.read_text("utf-8") for path in site.out.rglob("*.html")}
    anchors = {page: set(re.findall(r'\sid="([^"]+)"', html)) for page, html in pages.items()}
    exported = json.loads(site.file("exports/events.json"))
    ids = {event["id"] for event in exported["events"]}
    assert len(ids) == len(EVENTS)

    def target(page: str, href: str) -> tuple[str, str]:
        parts = urlsplit(href)
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path))) if parts.path else page
        if parts.path.endswith("/") or path == ".":
            path = posixpath.join(path, "index.html") if path != "." else "index.html"
        return path, parts.fragment.split(":~:", 1)[0]

    checked: dict[str, int] = {}
    for page, html in pages.items():
        for href in re.findall(r'href="([^"]+)"', html):
            if "://" in href or href.startswith(("mailto:", "data:")):
                continue
            path, fragment = target(page, href.replace("&amp;", "&"))
            if fragment in ids or fragment.startswith(("in-", "on-")):
                assert fragment in anchors.get(path, ()), f"{page}: {href} does not land on #{fragment}"
                checked[fragment] = checked.get(fragment, 0) + 1
    assert ids <= checked.keys(), f"no link to {sorted(ids - checked.keys())}"
    # The exports and the feed give each event's address on the site.
    prefix = "https://example.org/tl/"
    for event in exported["events"]:
        path, fragment = target("index.html", event["url"].removeprefix(prefix))
        assert fragment == event["id"] and fragment in anchors[path], event["url"]
    feed = site.file("feed.xml")
    for url in re.findall(r'<link href="(https://example.org/tl/[^"]+#[^"]+)"', feed):
        path, fragment = target("index.html", url.removeprefix(prefix).replace("&amp;", "&"))
        assert fragment in anchors[path], url


def test_the_month_pages_are_the_same_bytes_each_build(make_site, tmp_path):
    first = make_site(EVENTS, plugin=OPTIONS, root=tmp_path / "one").build()
    second = make_site(EVENTS, plugin=OPTIONS, root=tmp_path / "two").build()
    for page in ("timeline/index.html", "timeline/2019/index.html", "timeline/2019-01/index.html",
                 "timeline/2019-03/index.html", "exports/events.json"):
        assert first.file(page) == second.file(page), page


def test_a_month_page_heads_each_day_and_lists_the_days_at_its_top(make_site):
    events = EVENTS + [{"date": "2019-03-30T14:00", "title": "A late statement"}]
    site = make_site(events, plugin=OPTIONS).build()
    march = site.html("timeline/2019-03/")
    # A day's heading, or a week's for an event known only to its week (never a day it does not name);
    # the events under it one level down. A time of day goes under its day. The date in <time datetime>,
    # as an event's is.
    assert re.findall(r'<h2 id="(on-[^"]+)"><time datetime="([^"]+)">([^<]+)</time><', march) == [
        ("on-2019-03-02", "2019-03-02", "Sat 2 Mar 2019"), ("on-2019-w12", "2019-W12", "Week of 18–24 Mar 2019"),
        ("on-2019-03-30", "2019-03-30", "Sat 30 Mar 2019")]
    assert re.findall(r'<h([23]) class="tl-event" id="([^"]+)"', march) == [
        ("3", "2019-03-02-talks-resume"), ("3", "2019-w12-a-week-of-talks"), ("3", "2019-03-30-talks-end"),
        ("3", "2019-03-30t14-00-a-late-statement")]
    index = re.search(r'<nav class="tl-days" aria-label="Days of March 2019">(.*?)</nav>', march, re.S).group(1)
    days = re.findall(r'<a class="tl-day( tl-day-week)?" href="#(on-[^"]+)">([^<]+)<span class="tl-hidden">:</span> '
                      r'<span class="tl-days-n">(\d+)<span class="tl-hidden"> (events?)</span>', index)
    assert days == [("", "on-2019-03-02", "Sat 2", "1", "event"), (" tl-day-week", "on-2019-w12", "Week of 18–24 Mar", "1", "event"),
                    ("", "on-2019-03-30", "Sat 30", "2", "events")]
    # An event known only to the month stays above the days, under a heading beside theirs.
    january = site.html("timeline/2019-01/")
    assert '<h2 id="in-2019-01-day-unknown">January 2019, day unknown<' in january
    assert re.findall(r'<h([23]) (?:class="tl-event" )?id="([^"]+)"', january) == [
        ("2", "in-2019-01-day-unknown"), ("3", "2019-01-a-january-of-talks"), ("2", "on-2019-01-07"), ("3", "2019-01-07-the-whole-visit"),
        ("2", "on-2019-01-08"), ("3", "2019-01-08-arrives-by-train")]


def test_a_month_of_one_day_has_no_index(make_site):
    site = make_site([{"date": "2019-01-08", "title": "One"}, {"date": "2019-01-08", "title": "Two"}],
                     plugin={"per_year_over": 0}).build()
    january = site.html("timeline/2019-01/")
    assert 'class="tl-days"' not in january and 'id="on-2019-01-08"' in january


# The chart template as sites copied it before months had pages: each bar links to its year's page
# at the bar's anchor.
OLD_CHART = """\
{% if chart %}
<figure class="tl-chart"><svg viewBox="0 0 {{ chart.width }} {{ chart.height }}">
{% for bar in chart.bars %}
{% if bar.count %}
<a href="{{ links.html(layout.year_page(bar.page_year), bar.anchor) }}" aria-label="{{ bar.label }}"><rect/></a>
{% endif %}
{% endfor %}
</svg></figure>
{% endif %}
"""


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_chart_template_of_before_month_pages_links_each_month_to_its_page(make_site, directory_urls):
    site = make_site(EVENTS, plugin=OPTIONS, templates={"chart.html.jinja": OLD_CHART},
                     config={"use_directory_urls": directory_urls}).build()
    page = "" if directory_urls else "index.html"
    year = site.html(f"timeline/2019/{page}") if directory_urls else site.file("timeline/2019.html")
    bars = dict((label, href) for href, label in re.findall(r'<a href="([^"]+)" aria-label="([^"]+)">', year))
    month = "../2019-{}/" if directory_urls else "2019-{}.html"
    assert bars == {"2019, the year as a whole: 1 event": "#in-2019-month-unknown",
                    "January 2019: 3 events": month.format("01") + "#in-2019-01",
                    "March 2019: 3 events": month.format("03") + "#in-2019-03"}
    # A month of a year on one page stays a section of it.
    assert '<a href="#in-2018-03" aria-label="March 2018: 1 event">' in (
        site.html("timeline/2018/") if directory_urls else site.file("timeline/2018.html"))
