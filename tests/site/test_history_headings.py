"""A history page's headings: a century or a decade under a heading that says it, not its first year."""

import re


def headings(html: str) -> list[tuple[str, str]]:
    return [(anchor, re.sub(r"<[^>]+>|¶|&para;", "", text).strip())
            for anchor, text in re.findall(r'<h2 id="(in-[^"]+)"[^>]*>(.*?)</h2>', html, re.S)]


def test_a_year_heading_holding_only_a_century_or_decade_says_that_period(make_site):
    """The 9th century sat under "800" and the 1990s under "1990": a reader of the headings (and of
    the table of contents) took them for events of those years. Anchors stay as they were."""
    events = [{"date": "0079", "title": "Fort rebuilt"}, {"date": "08", "title": "Church stood"},
              {"date": "18", "title": "Mills dominated"}, {"date": "1800", "title": "Town hall built"},
              {"date": "179", "title": "House built"}, {"date": "199", "title": "Mill closed"},
              {"date": "1847-10-12", "title": "Railway"}]
    html = make_site(events).build().html("timeline/")
    assert headings(html) == [("in-0079", "AD 79"), ("in-0800", "9th century"), ("in-1790", "1790s"),
                              ("in-1800", "1800"), ("in-1847", "1847"), ("in-1990", "1990s")]


def test_the_overview_of_a_split_timeline_lists_such_years_by_their_period(make_site):
    events = [{"date": "08", "title": "Church stood"}, {"date": "199", "title": "Mill closed"},
              {"date": "2003", "title": "Campus opened"}]
    site = make_site(events, plugin={"per_year_over": 1}).build()
    overview = site.html("timeline/")
    assert ">9th century</a>: 1 event" in overview and ">1990s</a>: 1 event" in overview
    assert headings(site.html("timeline/0800/")) == []  # its h1, not h2
    assert re.search(r"<h1 id=\"in-0800\"[^>]*>9th century", site.html("timeline/0800/"))


def test_the_chart_over_centuries_names_a_century_s_bar_as_its_heading_does(make_site):
    events = [{"date": "0079", "title": "Fort rebuilt"}, {"date": "08", "title": "Church stood"},
              {"date": "199", "title": "Mill closed"}, {"date": "2003", "title": "Campus opened"}]
    html = make_site(events).build().html("timeline/")
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert re.findall(r'aria-label="([^"]+)"', svg) == [
        "AD 79: 1 event", "9th century: 1 event", "1990s: 1 event", "2003: 1 event"]
    figure = re.search(r'<figure class="tl-chart">.*?</figure>', html, re.S).group(0)
    assert ">9th century<" in figure and ">800<" not in figure  # the year labels under the bars


def test_a_century_or_decade_claims_no_year_in_its_datetime(make_site):
    """'The 20th century' was <time datetime="1900">: valid HTML, but a machine read the year 1900.
    HTML has no decade or century; a span keeps ISO 8601's shortened year for machines instead."""
    events = [{"date": "19", "title": "Mills closed"}, {"date": "199", "title": "Mill sold"},
              {"date": "2003-05", "title": "Campus opened"}]
    html = make_site(events).build().html("timeline/")
    assert '<span class="tl-time" data-datetime="19">20th century</span>' in html
    assert '<span class="tl-time" data-datetime="199">1990s</span>' in html
    assert '<time datetime="2003-05">May 2003</time>' in html
    assert '<time datetime="1900"' not in html and '<time datetime="1990"' not in html
