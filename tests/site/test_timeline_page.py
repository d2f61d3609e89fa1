"""The timeline page(s): order, headings, anchors, dates at their precision, citations, the chart."""

import re

EVENTS = [
    {"date": "2019-01-08", "title": "Arrives by train", "summary": "The train *pulls in*.", "tags": ["visit", "china"],
     "sources": [{"file": "seeds/a.txt", "url": "https://example.org/news/a?x=1", "quote": "It pulled in on Tuesday."}]},
    {"date": "2018", "title": "A year-only event", "approximate": True},
    {"date": "2019", "title": "Known only to 2019"},
    {"date": "June 2018", "title": "Singapore summit", "tags": ["diplomacy"]},
    {"date": "2019-01-07", "end": "2019-01-10", "title": "The whole visit", "tags": ["visit"]},
    {"date": "2018-06-12", "title": "Summit day"},
    {"date": "2019-01-09", "title": "Rejected one", "status": "rejected"},
]


def event_ids(html):
    return re.findall(r'<h[2-4] class="tl-event" id="([^"]+)"', html)


def test_events_are_grouped_by_year_and_month_in_date_order(make_site):
    html = make_site(EVENTS, articles={"a.txt": "Headline A\n\nIt pulled in on Tuesday."}).build().html("timeline/")
    headings = re.findall(r'<h([23]) id="([^"]+)"', html)
    # Events known only to the year head it, under "2018, month unknown" beside its months.
    assert headings == [("2", "in-2018"), ("3", "in-2018-month-unknown"), ("3", "in-2018-06"),
                        ("2", "in-2019"), ("3", "in-2019-month-unknown"), ("3", "in-2019-01")]
    assert '<h3 id="in-2018-month-unknown">2018, month unknown<' in html
    assert re.search(r'<h4 class="tl-event" id="2018-a-year-only-event">', html)
    titles = re.findall(r'<h[2-4] class="tl-event"[^>]*><time[^>]*>[^<]*</time>(?: <span class="tl-unsure">[^<]*</span>)? · ([^<]+?)<a', html)
    # Year-only events open their year; a month sorts before its days; a range sorts by its start.
    assert titles == ["A year-only event", "Singapore summit", "Summit day", "Known only to 2019",
                      "The whole visit", "Arrives by train"]
    assert "Rejected one" not in html


def test_events_of_the_same_day_keep_the_order_of_their_file(make_site):
    # The editor walk: the events of a day came in the order of their titles, whatever order the
    # editor put them in; now in the file's, which a person can change by moving an event.
    events = [{"date": "2025-04-05", "title": "Ribbon cut"}, {"date": "2025-04-04", "title": "Eve"},
              {"date": "2025-04-05", "title": "Doors open"}, {"date": "2025-04-05", "title": "Crowds visit"}]
    site = make_site(events).build()
    html = site.html("timeline/")
    assert event_ids(html) == ["2025-04-04-eve", "2025-04-05-ribbon-cut", "2025-04-05-doors-open",
                               "2025-04-05-crowds-visit"]
    (site.root / "events" / "events.yaml").write_text(
        "- {date: 2025-04-05, title: Doors open}\n- {date: 2025-04-05, title: Ribbon cut}\n", encoding="utf-8")
    assert event_ids(site.build().html("timeline/")) == ["2025-04-05-doors-open", "2025-04-05-ribbon-cut"]


def test_dates_read_at_their_precision_and_are_marked_up_for_machines(make_site):
    html = make_site(EVENTS).build().html("timeline/")
    assert '<time datetime="2019-01-08">Tue 8 Jan 2019</time>' in html
    assert '<time datetime="2018-06">June 2018</time>' in html
    assert '<time datetime="2018">c. 2018</time>' in html
    assert '<time datetime="2019-01-07" data-end="2019-01-10">7–10 Jan 2019</time>' in html


def test_each_event_has_a_permalink_and_cites_its_sources(make_site):
    site = make_site(EVENTS, articles={"a.txt": "Headline A\n\nIt pulled in on Tuesday."}).build()
    html = site.html("timeline/")
    assert 'id="2019-01-08-arrives-by-train"' in html
    assert '<a class="headerlink" href="#2019-01-08-arrives-by-train"' in html
    citation = html.split('id="2019-01-08-arrives-by-train"', 1)[1].split("</ol>", 1)[0]
    assert '<a href="../sources/a/#p2">Headline A</a>' in citation
    assert 'href="https://example.org/news/a?x=1"' in citation
    assert "“It pulled in on Tuesday.”" in citation
    assert "<em>pulls in</em>" in html, "summaries are Markdown"


def test_a_source_known_only_by_its_address_links_its_title_there(make_site):
    events = [{"date": "2009-04-24", "title": "WHO meets", "sources": [
        {"url": "https://example.org/who?a=1&b=2", "title": "WHO <statement>", "outlet": "WHO"},
        {"url": "https://example.org/bare"}]}]
    html = make_site(events).build().html("timeline/")
    citation = html.split('id="2009-04-24-who-meets"', 1)[1].split("</ol>", 1)[0]
    assert '<a href="https://example.org/who?a=1&amp;b=2">WHO &lt;statement&gt;</a>, <em>WHO</em>' in citation
    # Its words are its address: print, which writes the address after a link off the site, does not repeat it.
    assert '<a class="tl-url" href="https://example.org/bare">https://example.org/bare</a>' in citation
    assert "original" not in citation, "the title is the link: no second one"


def test_the_chart_links_each_bar_to_a_heading_that_exists(make_site):
    html = make_site(EVENTS).build().html("timeline/")
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert "<script" not in svg
    targets = re.findall(r'<a href="#([^"]+)"', svg)
    assert set(targets) == {"in-2018-month-unknown", "in-2018-06", "in-2019-month-unknown", "in-2019-01"}  # whole-year events stand under their own heading
    for target in targets:
        assert f'id="{target}"' in html
    assert re.search(r"<title>January 2019: 2 events</title>", svg)


def test_the_bar_of_a_story_s_background_years_links_to_the_first_and_the_caption_says_what_it_holds(make_site):
    events = [{"date": "1918", "title": "Spanish flu"}, {"date": "1957", "title": "Asian flu"}] + [
        {"date": f"2009-{month:02d}-{day:02d}", "title": f"Story {month} {day}"} for month in (4, 5, 6) for day in range(1, 8)]
    html = make_site(events).build().html("timeline/")
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert '<a href="#in-1918" aria-label="1918–1957, before 2009: 2 events">' in svg
    assert set(re.findall(r'<a href="#([^"]+)"', svg)) == {"in-1918", "in-2009-04", "in-2009-05", "in-2009-06"}
    assert "the outlined bar at the left: 1918–1957, before 2009: 2 events;" in html
    assert "known only to the year" not in html.split("<figcaption>", 1)[1].split("</figcaption>", 1)[0]
    assert 'id="in-1918"' in html


def test_a_large_timeline_splits_into_one_page_per_year(make_site):
    site = make_site(EVENTS, plugin={"per_year_over": 3}, articles={"a.txt": "Headline A\n"}).build()
    overview = site.html("timeline/")
    assert "tl-event" not in overview
    assert '<a href="2018/">2018</a>: 3 events' in overview
    # Each year's months under it, each to its heading: April 2009 of the Guardian story was two
    # clicks and a long scroll away, under its year's 334 events.
    assert '<a href="2019/#in-2019-01">January 2019</a>: 2 events' in overview
    assert re.search(r'<a href="2019/#in-2019-01" aria-label="January 2019: 2 events">', overview)
    year = site.html("timeline/2019/")
    assert re.findall(r'<h([12]) id="([^"]+)"', year) == [("1", "in-2019"), ("2", "in-2019-month-unknown"), ("2", "in-2019-01")]
    assert '<a href="2019/#in-2019-month-unknown">2019, month unknown</a>: 1 event' in overview
    assert event_ids(year) == ["2019-known-only-to-2019", "2019-01-07-the-whole-visit", "2019-01-08-arrives-by-train"]
    assert '<a href="../2018/">← 2018</a>' in year
    assert re.search(r'<a href="#in-2019-01" aria-label="January 2019: 2 events">', year), "each year charts its months"
    tag = site.html("tags/visit/")
    assert 'href="../../timeline/2019/#2019-01-08-arrives-by-train"' in tag


def test_directory_urls_off_still_gives_working_chart_links(make_site):
    site = make_site(EVENTS, plugin={"per_year_over": 3}, config={"use_directory_urls": False}).build()
    overview = site.file("timeline.html")
    assert 'href="timeline/2019.html#in-2019-01"' in overview
    assert (site.out / "timeline" / "2019.html").is_file()


def test_no_events_still_builds(make_site):
    html = make_site([]).build().html("timeline/")
    assert "No events yet" in html


def event_block(html: str, anchor: str) -> str:
    """The event's heading and what follows it, up to the next event's."""
    return html.split(f'id="{anchor}"', 1)[1].split('class="tl-event"', 1)[0]


def test_a_summary_that_is_its_quote_is_shown_once_in_the_citation(make_site):
    # The journalist's walk: every extracted event showed its sentence twice in a row, as the
    # summary and again as the quote, on 402 events of the Guardian story.
    said = "Officials confirmed\nthe first case on Tuesday."
    events = [{"id": "as-quoted", "date": "2019-01-08", "title": "First case", "summary": " ".join(said.split()),
               "sources": [{"file": "seeds/a.txt", "quote": said}]},
              {"id": "own-words", "date": "2019-01-09", "title": "Second case", "summary": "An editor's *own* words.",
               "sources": [{"file": "seeds/a.txt", "quote": said}]}]
    html = make_site(events, articles={"a.txt": f"Headline A\n\n{said}"}).build().html("timeline/")
    quoted = event_block(html, "as-quoted")
    assert quoted.count("Officials confirmed") == 1 and "“Officials confirmed" in quoted
    own = event_block(html, "own-words")
    assert "<p>An editor's <em>own</em> words.</p>" in own and "“Officials confirmed" in own


def test_under_a_sure_date_the_page_says_how_it_was_read(make_site):
    # The journalist's walk: how sure a date is, and where it came from, was in the event file only;
    # the page said so only of uncertain dates.
    events = [{"id": "read", "date": "2019-01-07", "title": "Read", "confidence": 0.96,
               "reason": "'yesterday' resolved against the article's published date, <b>Tuesday</b> 8 January 2019"},
              {"id": "checked", "date": "2019-01-08", "title": "Checked", "status": "reviewed", "confidence": 0.4,
               "reason": "weekday guessed"},
              {"id": "unsure", "date": "2019-01-09", "title": "Unsure", "confidence": 0.4, "reason": "weekday guessed"},
              {"id": "typed", "date": "2019-01-10", "title": "Typed by hand"},
              # The tool wrote Saturday the 5th (its id keeps that date); an editor moved it to the 12th.
              {"id": "2019-01-05-sit-in", "date": "2019-01-12", "title": "Sit-in", "confidence": 0.55,
               "reason": "'Saturday' resolved against the article's published date, 8 January 2019"}]
    html = make_site(events).build().html("timeline/")
    # The legend above the events says where that line is: "after the sources of another, how it was read"
    # left the reader to guess another what.
    assert "After a sure date's sources, a line says how it was read and its confidence: 0.9 means" in html
    # the reasons are an earlier version's words: the page says them in today's
    assert ('<p class="tl-date-how">How the date was read: &#x27;yesterday&#x27; counted from the article&#x27;s '
            "date, &lt;b&gt;Tuesday&lt;/b&gt; 8 January 2019 (confidence 0.96).</p>") in event_block(html, "read")
    assert '<p class="tl-date-how">Date checked by an editor.</p>' in event_block(html, "checked")
    unsure = event_block(html, "unsure")
    assert "tl-unsure-why" in unsure and "tl-date-how" not in unsure
    assert "tl-date-how" not in event_block(html, "typed")
    moved = event_block(html, "2019-01-05-sit-in")
    assert "tl-unsure" not in moved and "confidence 0.55" not in moved
    assert ('<p class="tl-date-how">Date set by an editor; the tool had read it otherwise: &#x27;Saturday&#x27; '
            "counted from the article&#x27;s date, 8 January 2019.</p>") in moved
