"""Tag pages (the filter), source pages (text with dates highlighted) and the review page."""

import re
import types

from timeline.dates import reason_words
from timeline.text import JOIN, path_text

ARTICLE = "Kim arrives\n\nKim's train pulled in on Tuesday.\n\nMore talks someday, officials said, maybe someday soon."

EVENTS = [
    {"date": "2019-01-08", "title": "Arrives", "tags": ["visit", "china"],
     "sources": [{"file": "seeds/kim.txt", "quote": "Kim's train pulled in on Tuesday.", "outlet": "Daily News",
                  "published": "2019-01-10", "published_source": "inferred",
                  "published_reason": "the latest date in the text"}]},
    {"date": "2019-01-09", "title": "Leaves", "tags": ["visit"], "confidence": 0.4, "reason": "weekday guessed",
     "sources": [{"file": "seeds/kim.txt", "published": "2019-01-11"}]},
    {"date": "2019-01-10", "title": "Talks", "tags": ["diplomacy"],
     "sources": [{"file": "seeds/kim.txt", "quote": "Kim's train pulled in on Tuesday."}]},
]


def code(path: str) -> str:
    """A file's path as the pages write it (kept whole on a phone: tests/site/test_paths_on_phones.py)."""
    return str(path_text(path))


def listed_titles(html):
    return re.findall(r'<li><time datetime="[^"]+">[^<]+</time>(?: <span class="tl-unsure">date uncertain</span>)? · '
                      r'<a class="tl-tagged" href="[^"]+">([^<]+)</a>', html)


def test_a_tag_page_lists_only_the_events_with_that_tag(make_site):
    site = make_site(EVENTS, articles={"kim.txt": ARTICLE}).build()
    assert listed_titles(site.html("tags/visit/")) == ["Arrives", "Leaves"]
    assert listed_titles(site.html("tags/diplomacy/")) == ["Talks"]
    index = site.html("tags/")
    assert '<a class="tl-tag" href="visit/">visit</a>: 2 events' in index
    timeline = site.html("timeline/")
    assert '<a class="tl-tag" href="../tags/china/">china</a>' in timeline, "every tag of an event links to its page"


def test_tags_that_slugify_alike_get_distinct_pages(make_site):
    # ("North Korea" and "north-korea", which did, are one tag now: see test_loader.)
    events = [{"date": "2019", "title": "A", "tags": ["C++", "c", "日本"]}]
    site = make_site(events).build()
    pages = sorted(p.parent.name for p in (site.out / "tags").glob("*/index.html"))
    assert len(pages) == 3 and "c" in pages and "c-2" in pages
    assert any(re.fullmatch(r"tag-[0-9a-f]{8}", p) for p in pages)


def test_a_source_page_highlights_each_recognised_date_with_its_value_and_reason(make_site, fake_engine):
    site = make_site(EVENTS, articles={"kim.txt": ARTICLE}).build()
    html = site.html("sources/kim/")
    assert '<h1 id="kim-arrives">Kim arrives' in html
    assert "Daily News" in html
    # A date typed in an event file (no published_source) outranks the one the extractor inferred.
    assert '<li>Published <time datetime="2019-01-11">Fri 11 Jan 2019</time> — written in the event file' in html
    # Each mark carries its value (read by screen readers, shown by the page's one control) and an id
    # the list of dates links to; the title keeps the value and reason for a mouse.
    mark = re.search(r'<mark class="tl-date" id="tl-date-1" data-value="Tue 8 Jan 2019" title="([^"]*)">'
                     r'<time datetime="2019-01-08">Tuesday</time></mark>', html)
    assert mark and mark.group(1) == "2019-01-08 — weekday before the reference &lt;b&gt;date&lt;/b&gt;"
    assert ('<mark class="tl-date tl-unresolved" id="tl-date-2" data-value="not resolved" '
            'title="XXXX-XX-XX — no anchor">someday</mark>') in html
    assert "3 date expressions recognised" in html
    dates = html.split('<details class="tl-dates" id="tl-dates">', 1)[1].split("</details>", 1)[0]
    assert "(3 dates)</summary>" in dates
    assert re.findall(r'<li><a href="#(tl-date-\d)">“(\w+)”</a> \(paragraph (\d)\): ([^<]*)</li>', dates) == [
        ("tl-date-1", "Tuesday", "2", "Tue 8 Jan 2019 — weekday before the reference &lt;b&gt;date&lt;/b&gt;"),
        ("tl-date-2", "someday", "3", "not resolved — no anchor"),
        ("tl-date-3", "someday", "3", "not resolved — no anchor"),
    ]
    # The list comes before the text: opening it shows the values in the text (a CSS sibling rule).
    assert html.index('class="tl-dates"') < html.index('class="tl-article"')
    events = html.split("Events drawn from this article", 1)[1].split("</h2>", 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="([^"]+)"', events) == [
        "../../timeline/#2019-01-08-arrives", "../../timeline/#2019-01-09-leaves", "../../timeline/#2019-01-10-talks"]


def test_durations_and_recurring_times_are_listed_in_words_with_their_raw_value(make_site, monkeypatch):
    # An engine that finds one duration, one set, one set whose value has no words (a clock time) and
    # a time no calendar places (it read "date PRESENT_REF"); its reasons name their rules, which a
    # reader is not shown.
    found = {"four hours": ("DURATION", "PT4H"), "every Tuesday": ("SET", "XXXX-WXX-2"),
             "every day at two": ("SET", "XXXX-XX-XXT14:00"), "now": ("DATE", "PRESENT_REF")}

    def tag(text, reference=None):
        timexes = [types.SimpleNamespace(start=m.start(), end=m.end(), type=found[m.group(0)][0],
                                         value=found[m.group(0)][1], confidence=0.9,
                                         reason="" if m.group(0) != "now" else "'now' speaks of the time of writing, not of one date [rule present_ref]")
                   for m in re.finditer("|".join(found), text)]
        return types.SimpleNamespace(reference=None, reference_source="none", reference_reason="", timexes=timexes)

    monkeypatch.setattr("timeline.site.dates._engine", lambda: types.SimpleNamespace(tag=tag, reason_words=reason_words))
    article = "Talks\n\nThey talked for four hours.\n\nThey meet every Tuesday, and every day at two, and now."
    html = make_site(EVENTS[:1], articles={"kim.txt": article}).build().html("sources/kim/")
    dates = html.split('<details class="tl-dates" id="tl-dates">', 1)[1].split("</details>", 1)[0]
    items = re.findall(r"<li><a [^>]*>“([^”]+)”</a> \(paragraph \d\): (.*?)</li>", dates)
    assert items == [
        ("four hours", '<data value="PT4H" title="PT4H">4 hours</data> (a length of time)'),
        ("every Tuesday", '<data value="XXXX-WXX-2" title="XXXX-WXX-2">every Tuesday</data> (recurring)'),
        ("every day at two", "set XXXX-XX-XXT14:00"),  # no words for it: the value as it is
        ("now", "the present — &#x27;now&#x27; speaks of the time of writing, not of one date"),
    ]
    # In the text, a duration's mark has no value read after it: its words are already the value.
    assert re.search(r'<mark class="tl-date" id="tl-date-1" title="PT4H">four hours</mark>', html)


def test_a_reason_that_already_says_inferred_is_not_prefixed_twice(make_site, no_engine):
    # `timeline extract` writes reasons like this one into the event files.
    events = [{"date": "2019-01-08", "title": "Arrives",
               "sources": [{"file": "seeds/kim.txt", "published": "2019-01-10", "published_source": "inferred",
                            "published_reason": "inferred from its own words: Thu 10 Jan 2019 from 'Tuesday'"}]}]
    html = make_site(events, articles={"kim.txt": ARTICLE}).build().html("sources/kim/")
    assert "— inferred from its own words: Thu 10 Jan 2019 from 'Tuesday'</li>" in html
    assert "inferred: inferred" not in html


def test_without_the_date_engine_the_source_page_shows_the_text_and_says_so(make_site, no_engine):
    html = make_site(EVENTS, articles={"kim.txt": ARTICLE}).build().html("sources/kim/")
    assert "Dates are not highlighted: the date engine" in html
    assert "<mark" not in html and "tl-dates" not in html, "no list of dates, nor a control to show them"
    assert "<p id=\"p2\" class=\"tl-quoted\">Kim&#x27;s train pulled in on Tuesday.</p>" in html


def test_the_review_page_lists_what_an_editor_should_check(make_site, fake_engine):
    articles = {"kim.txt": ARTICLE, "undated.txt": "No date here\n\nJust words."}
    site = make_site(EVENTS, articles=articles).build()
    html = site.html("review/")
    uncertain = html.split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "<li>date confidence 0.4 is below 0.7: weekday guessed</li>" in uncertain
    assert "<li>the date of seeds/kim.txt was inferred</li>" in uncertain
    unresolved = html.split('id="unresolved-expressions"', 1)[1].split("<h2", 1)[0]
    assert unresolved.count("“someday”</a> in") == 2 and "Tuesday" not in unresolved
    # each opens its article's page at its own mark, as the walk of stop 33 found "“today” in ..." four
    # times alike, each linking to the top of the page; the anchors are the source page's own
    anchors = re.findall(r'<li><a href="\.\./sources/(\w+)/#(tl-date-\d+)">“someday”</a> in', unresolved)
    assert len(set(anchors)) == 2, unresolved
    for name, anchor in anchors:
        assert re.search(f'<mark [^>]*id="{anchor}"[^>]*>someday</mark>', site.html(f"sources/{name}/"))
    disagree = html.split('id="sources-that-disagree"', 1)[1].split("<h2", 1)[0]
    # The extractor's inferred 2019-01-10 is no claim against the 2019-01-11 a person typed (it was
    # listed as a disagreement before); two typed dates that differ are (see the test further down).
    assert "the publication date of" not in disagree
    assert "the same quote of seeds/kim.txt" in disagree and "Tue 8 Jan 2019 / Thu 10 Jan 2019" in disagree
    # the article, one click away: the editor had to open an event, then its citation, to read the sentence
    assert '">Talks</a>) — the article: <a href="../sources/kim/">Kim arrives</a></li>' in disagree
    # an article the tool dated is listed as such, not as "without a date" (the walk of stop 34)
    inferred = html.split('id="articles-dated-by-the-tool"', 1)[1].split("<h2", 1)[0]
    assert '<a href="../sources/undated/">No date here</a>: published <time' in inferred
    assert '</time> — inferred by the tool: the latest date the article mentions' in inferred
    undated = html.split('id="articles-without-a-date"', 1)[1]
    assert "sources/kim/" not in inferred + undated and "sources/undated/" not in undated
    assert "<p>None.</p>" in undated


def test_the_review_page_lists_the_likeliest_wrong_dates_first_in_date_order_within(make_site, no_engine):
    # 75 items of the Guardian story in date order said nothing of where to start: the lowest
    # confidence first (the wrong dates judged by hand held less), the date order kept within each
    def event(day, title, confidence=None, cited=True):
        source = {"sources": [{"file": "seeds/kim.txt", "quote": "Kim's train pulled in on Tuesday."}]} if cited else {}
        held = {"confidence": confidence, "reason": "weekday guessed"} if confidence is not None else {}
        return {"date": day, "title": title, **held, **source}
    events = [event("2019-01-01", "Uncited", cited=False), event("2019-01-02", "Early, 0.6", 0.6),
              event("2019-01-03", "Sure", 0.9), event("2019-01-04", "Middle, 0.4", 0.4),
              event("2019-01-05", "Late, 0.6", 0.6), event("2019-01-06", "Latest, 0.4", 0.4)]
    html = make_site(events, articles={"kim.txt": ARTICLE}).build().html("review/")
    uncertain = html.split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "the lowest confidence first" in uncertain
    assert re.findall(r'· <a href="[^"]+">([^<]+)</a>', uncertain) == [
        "Middle, 0.4", "Latest, 0.4", "Early, 0.6", "Late, 0.6", "Uncited"]


def test_a_date_that_names_its_year_is_not_doubted_for_its_articles_unknown_date(make_site, fake_engine):
    # The researcher walk: "a pair of pigs donated by China in 2002", in a pasted article with no date,
    # was marked "date uncertain" with "the date of seeds/zoo.txt was none", as was "the Hong Kong flu
    # of 1968" for an inferred article date. A date whose words name its year does not hang on the
    # article's date; "yesterday" does, and is still listed.
    articles = {"zoo.txt": "Zoo\n\nThe pig was donated in 2002. It was moved yesterday."}
    undated = {"file": "seeds/zoo.txt", "published_source": "none",
               "published_reason": "no metadata and no full date of its own"}
    events = [
        {"date": "2002", "title": "Donated", "sources": [{**undated, "quote": "The pig was donated in 2002.",
                                                          "date_text": "2002"}]},
        {"date": "2009-05-05", "title": "Moved", "sources": [{**undated, "quote": "It was moved yesterday.",
                                                               "date_text": "yesterday"}]},
    ]
    # told also by an article whose date its metadata gives: the date stands on that one
    dated = {"file": "seeds/news.txt", "published": "2009-05-05", "published_source": "metadata",
             "quote": "The pig was moved today.", "date_text": "today"}
    events.append({"date": "2009-05-05", "title": "Pig moved", "sources": [
        {**undated, "quote": "It was moved yesterday.", "date_text": "yesterday"}, dated]})
    articles["news.txt"] = "Pig moved\n\nThe pig was moved today."
    html = make_site(events, articles=articles).build().html("review/")
    uncertain = html.split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "Donated" not in uncertain and "Pig moved" not in uncertain
    assert "Moved" in uncertain and "<li>the date of seeds/zoo.txt is unknown</li>" in uncertain
    assert "was none" not in html


def test_the_review_page_says_how_to_give_an_article_its_date(make_site, no_engine):
    # The researcher walk: "Nine new cases ...: neither the event files nor the article give it", and
    # nothing on the page said what to do about it.
    events = [{"date": "2009-05-04", "title": "Cases", "sources": [{"file": "seeds/cases.txt", "quote": "x"}]}]
    html = make_site(events, articles={"cases.txt": "Nine new cases\n\nNine new cases were confirmed today."}).build().html("review/")
    undated = html.split('id="articles-without-a-date"', 1)[1].replace(JOIN, "")  # (a phone's, after hyphens)
    assert "<code>published: YYYY-MM-DD</code>" in undated and "cases.meta.yaml" not in undated
    assert "<code>.meta.yaml</code>" in undated and "<code>timeline extract</code>" in undated
    dated = make_site(events, articles={"cases.txt": "---\npublished: 2009-05-04\n---\nNine new cases\n\nx\n"}).build()
    assert "published: YYYY-MM-DD" not in dated.html("review/"), "nothing to date: no advice"


def test_citations_open_the_source_page_at_the_quoted_paragraph(make_site, no_engine):
    site = make_site(EVENTS, articles={"kim.txt": ARTICLE}).build()
    timeline = site.html("timeline/")
    assert '<a href="../sources/kim/#p2">Kim arrives</a>' in timeline, "the quote is its paragraph: no text fragment"
    assert '<a href="../sources/kim/">Kim arrives</a>' in timeline, "a source without a quote opens the page's top"
    source = site.html("sources/kim/")
    assert '<p id="p2" class="tl-quoted">Kim&#x27;s train pulled in on Tuesday.</p>' in source
    assert ('<p class="tl-quoted-by">Quoted by: <a href="../../timeline/#2019-01-08-arrives">Arrives</a>; '
            '<a href="../../timeline/#2019-01-10-talks">Talks</a></p>') in source


def test_a_quote_missing_from_its_article_is_listed_for_review(make_site, no_engine):
    events = [{"date": "2019-01-08", "title": "Misquoted",
               "sources": [{"file": "seeds/kim.txt", "quote": "Words the article never says."}]}]
    html = make_site(events, articles={"kim.txt": ARTICLE}).build().html("review/")
    section = html.split('id="quotes-not-found-in-their-article"', 1)[1].split("<h2", 1)[0]
    assert "Misquoted</a>: “Words the article never says.” is not in seeds/kim.txt (" + code("events/events.yaml:1") + ")" in section


def test_a_quote_across_a_pdf_page_break_opens_its_first_paragraph_and_is_not_misquoted(make_site, no_engine):
    # `timeline extract` quotes a sentence a page break cuts with the page's furniture as "[…]": the
    # article's paragraphs hold its words on either side of it, not the quote whole.
    article = ("Dam report\n\nResidents were told at a meeting in the hall of Lower\nMillbrook on\n\n"
               "          Page 1 of 2\n\fDam report\n\n8 January 2009, the day before the rain began.\n")
    quote = "Residents were told at a meeting in the hall of Lower\nMillbrook on […] 8 January 2009, the day before the rain began."
    events = [{"date": "2009-01-08", "title": "Residents were told at a meeting",
               "sources": [{"file": "seeds/dam.txt", "quote": quote}]},
              {"date": "2009-01-09", "title": "Misquoted",
               "sources": [{"file": "seeds/dam.txt", "quote": "Residents were told […] 9 January 2009."}]}]
    site = make_site(events, articles={"dam.txt": article}).build()
    timeline = site.html("timeline/")
    assert '<a href="../sources/dam/#p2">' in timeline
    assert "Millbrook on […] 8 January 2009, the day before the rain began.”" in timeline
    section = site.html("review/").split('id="quotes-not-found-in-their-article"', 1)[1].split("<h2", 1)[0]
    assert "Misquoted</a>" in section and "Residents were told at a meeting</a>" not in section


def test_an_event_without_a_source_is_listed_for_review(make_site):
    html = make_site([{"date": "2019-01-08", "title": "Uncited", "status": "reviewed"}]).build().html("review/")
    assert "Uncited</a> (" + code("events/events.yaml:1") + ")<ul>\n<li>no source is cited</li>" in html


def test_an_articles_own_metadata_comes_first_and_disagreeing_events_are_reviewed(make_site, no_engine):
    front = ("---\ntitle: The real headline\noutlet: The Outlet\nurl: https://example.org/real\n"
             "published: 2019-01-12\n---\n" + ARTICLE)
    site = make_site(EVENTS, articles={"kim.txt": front, "empty.txt": "  \n"}).build()
    html = site.html("sources/kim/")
    assert '<h1 id="the-real-headline">The real headline' in html
    assert "<em>The Outlet</em>" in html and 'href="https://example.org/real"' in html
    assert "Published <time datetime=\"2019-01-12\">Sat 12 Jan 2019</time> — from the article's header" in html
    assert "title: The real headline" not in html.split('id="text"', 1)[1], "front matter is not article text"
    review = site.html("review/")
    # The article's own date against the one typed in an event file; the inferred 2019-01-10 is
    # the extractor's earlier guess, no claim (it was listed as a third date before).
    assert ('the publication date of seeds/kim.txt: <time datetime="2019-01-12">Sat 12 Jan 2019</time> / '
            '<time datetime="2019-01-11">Fri 11 Jan 2019</time> (') in review
    assert "could not be read" in site.html("sources/empty/") and "the file is empty" in site.html("sources/empty/")


def test_the_site_degrades_when_the_date_engine_cannot_be_imported(monkeypatch):
    import sys

    from timeline.site import dates

    monkeypatch.setitem(sys.modules, "timeline.dates", None)  # what an install without the engine looks like
    assert dates._engine() is None
    assert dates.recognise("On Tuesday.") == dates.ArticleDates(available=False)


def test_a_cited_article_that_is_missing_is_said_so(make_site, no_engine):
    events = [{"date": "2019", "title": "A", "sources": [{"file": "seeds/gone.txt"}]}]
    html = make_site(events).build().html("sources/gone/")
    assert "is missing" in html


def test_a_cited_file_outside_the_project_is_never_published(make_site, tmp_path, no_engine):
    from timeline.site.articles import collect_articles
    from timeline.model import Event, Source
    from timeline.period import parse_value

    secret = tmp_path / "secret.txt"
    secret.write_text("the secret", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    event = Event(id="e", date=parse_value("2019"), title="t", sources=(Source(file="../secret.txt"),))
    [article] = collect_articles(project / "seeds", project, [event])
    assert not article.exists and article.text == ""


def test_a_site_with_its_own_nav_is_not_told_the_generated_pages_are_missing_from_it(make_site, caplog):
    """Each tag, source and year page is linked from its index page; MkDocs listed every one of them
    as 'not included in the "nav" configuration' on each build and each save under `mkdocs serve`."""
    site = make_site(
        events=[{"date": "2019-01-08", "title": "A", "tags": ["north-korea"],
                 "sources": [{"file": "seeds/a.txt", "quote": "Kim met Xi on Tuesday."}]}],
        articles={"a.txt": "Kim met Xi on Tuesday.\n"},
        config={"nav": [{"Home": "index.md"}, {"Timeline": "timeline.md"}, {"Tags": "tags/index.md"}]},
    )
    with caplog.at_level("INFO", logger="mkdocs"):
        site.build()
    assert "not included in the" not in caplog.text
    assert "A" in site.html("tags/north-korea/")
    assert (site.out / "sources" / "a" / "index.html").exists()


def test_an_article_whose_first_line_is_a_paragraph_is_named_by_its_first_words(make_site, no_engine):
    # The Guardian swine-flu files begin with headline, standfirst and lead on one line: the whole
    # line named the article on its page, in the sources list and in every citation.
    lead = ("The British couple being treated for swine flu in an isolation ward in a Scottish hospital have "
            "been named, as fear of a pandemic increases and the death toll in Mexico continues to rise.")
    glued = "Swine flu: pandemic threat alert raised " + lead
    stamped = "Friday 1 May 2009 21.14 BST " + lead
    events = [{"date": "2009-04-28", "title": "Alert raised", "sources": [{"file": "seeds/flu.txt", "quote": "x"}]},
              {"date": "2009-04-29", "title": "Short", "sources": [{"file": "seeds/short.txt", "quote": "y"}]}]
    events.append({"date": "2009-04-30", "title": "Noted", "sources": [{"file": "seeds/notes.md", "quote": "z"}]})
    events += [{"date": "2009-05-01", "title": title, "sources": [{"file": f"seeds/{title}.txt", "quote": "w"}]}
               for title in ("glued", "stamped")]
    # a person's notes in Markdown: their heading's '#' and emphasis were cited as their name
    articles = {"flu.txt": lead + "\nMore text.\n", "short.txt": "Swine flu explained\nText.\n",
                "notes.md": "# My notes: **swine flu**\n\n- 30 April 2009: noted\n",
                # the headline run into the lead is the extractor's headline, as the event files cite it;
                # a date stamp run into it named the article "Friday 1 May 2009 21.14 BST The British couple…",
                # beside the citation's own "Fri 1 May 2009"
                "glued.txt": glued + "\n", "stamped.txt": stamped + "\n"}
    site = make_site(events, articles=articles).build()
    name = "The British couple being treated for swine flu in an isolation ward…"
    assert name in site.html("sources/flu/").split("</h1>")[0]
    assert name in site.html("sources/") and lead not in site.html("sources/")
    assert name in site.html("timeline/") and lead not in site.html("timeline/")
    assert "Swine flu: pandemic threat alert raised</a>" in site.html("sources/")
    assert name in site.html("sources/stamped/").split("</h1>")[0]
    assert "21.14 BST" not in site.html("sources/") and "21.14 BST" not in site.html("timeline/")
    assert "Swine flu explained" in site.html("sources/")
    assert "My notes: swine flu" in site.html("sources/") and "# My notes" not in site.html("sources/")


SOURCES_BY_DATE = {
    "b-later.md": "---\npublished: 2019-03-01\n---\nLater piece\n\nText.",
    "a-tie.md": "---\npublished: 2019-01-10\n---\nTie A\n\nText.",
    "c-tie.md": "---\npublished: 2019-01-10\n---\nTie C\n\nText.",
    "d-month.txt": "Month piece\n\nText.",  # dated by the event citing it: January 2019, a month
    "e-undated.txt": "Undated E\n\nText.",
    "0-undated.txt": "Undated 0\n\nText.",
}


def test_the_sources_page_lists_articles_oldest_first_and_the_undated_last(make_site, no_engine):
    events = [{"date": "2019-01", "title": "Month", "sources": [{"file": "seeds/d-month.txt", "published": "2019-01"}]}]
    html = make_site(events, articles=SOURCES_BY_DATE).build().html("sources/")
    listed = re.findall(r'<li><a href="([^"/]+)/">', html)
    # as the timeline orders events: January 2019 (a month) before its days, ties by file name;
    # then the articles of unknown date by file name
    assert listed == ["d-month", "a-tie", "c-tie", "b-later", "0-undated", "e-undated"], html


def test_the_sources_page_puts_its_articles_under_the_month_of_their_date(make_site, no_engine, tmp_path):
    # The researcher's walk: the Guardian story's 76 articles were one list, its months found only
    # by reading the date beside each.
    events = [{"date": "2019-01", "title": "Month", "sources": [{"file": "seeds/d-month.txt", "published": "2019-01"}]}]
    html = make_site(events, articles=SOURCES_BY_DATE).build().html("sources/")
    outline = re.findall(r'<h2 id="([^"]+)"|<li><a href="([^"/]+)/">', html)
    assert [heading or f"- {article}" for heading, article in outline] == [
        "from-2019-01", "- d-month", "- a-tie", "- c-tie", "from-2019-03", "- b-later",
        "from-unknown", "- 0-undated", "- e-undated"]
    assert re.findall(r"<h2 [^>]*>([^<]+)", html) == ["January 2019", "March 2019", "Date unknown"]
    one_month = {name: text for name, text in SOURCES_BY_DATE.items() if "tie" in name}
    assert "<h2" not in make_site(articles=one_month, root=tmp_path / "one-month").build().html("sources/")


def test_articles_order_by_the_date_shown_beside_them_whatever_form_it_is_written_in():
    from timeline.render import in_date_order
    from timeline.site.articles import Article

    articles = [Article(file=f, exists=True, published=[p] if p else []) for f, p in [
        ("z.txt", "Jan. 9, 2019"), ("y.txt", "2019-01-10"), ("x.txt", "sometime"), ("w.txt", None),
        ("v.txt", "2018"), ("u.txt", "2019-01-09"),
    ]]
    # "Jan. 9, 2019" and 2019-01-09 are one day, ties by name; a date that cannot be read is as none
    assert [a.file for a in in_date_order(articles)] == ["v.txt", "u.txt", "z.txt", "y.txt", "w.txt", "x.txt"]
    assert [a.file for a in in_date_order(list(reversed(articles)))] == [a.file for a in in_date_order(articles)]


def test_a_date_stamp_or_byline_above_the_headline_does_not_name_the_article(make_site, no_engine):
    # Found by a new user's walk: an article pasted with its date line on top was named "Tuesday 30 May 2023".
    events = [{"date": "2023-05-30", "title": "Report published", "sources": [{"file": "seeds/report.txt", "quote": "x"}]}]
    article = "Tuesday 30 May 2023\nInquiry report blames missed inspections\n\nThe report was published on Tuesday.\n"
    html = make_site(events, articles={"report.txt": article}).build().html("sources/")
    assert "Inquiry report blames missed inspections" in html
    assert "Tuesday 30 May 2023</a>" not in html


def test_a_pasted_page_s_skip_link_menu_and_breadcrumb_do_not_name_the_article(make_site, no_engine):
    # The researcher walk: a page pasted whole was listed as "Skip to main content".
    events = [{"date": "2009-04-26", "title": "Toll rises", "sources": [{"file": "seeds/page.txt", "quote": "x"}]}]
    article = ("Skip to main content\n\nNews\nSport\nComment\nCulture\n\nNews > World news > Swine flu\n\n"
               "Swine flu: fears of pandemic rise as Mexico death toll reaches 80\n\nThe toll rose today.\n")
    html = make_site(events, articles={"page.txt": article}).build().html("sources/")
    assert "Swine flu: fears of pandemic rise as Mexico death toll reaches 80</a>" in html
    assert "Skip to main content" not in html and ">News</a>" not in html


def test_a_reviewed_event_is_no_longer_marked_uncertain_but_for_an_approximate_date(make_site, fake_engine):
    # The editor walk: a date marked uncertain (low confidence, its article's date inferred), checked
    # and marked `status: reviewed`, kept its mark on the public page; only editing the fields the
    # tool wrote (confidence, published_source) took it away.
    source = {"file": "seeds/kim.txt", "quote": "Kim's train pulled in on Tuesday.", "published": "2019-01-10",
              "published_source": "inferred"}
    events = [{"id": "checked", "date": "Tuesday", "anchor": "2019-01-10", "title": "Checked", "status": "reviewed",
               "confidence": 0.4, "reason": "weekday guessed", "sources": [source]},
              {"id": "unchecked", "date": "Tuesday", "anchor": "2019-01-10", "title": "Unchecked",
               "confidence": 0.4, "reason": "weekday guessed", "sources": [source]},
              {"id": "roughly", "date": "c. 2018", "title": "Roughly", "status": "reviewed", "sources": [source]}]
    site = make_site(events, articles={"kim.txt": ARTICLE}).build()
    review = site.html("review/").split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "Unchecked</a>" in review and "Checked</a>" not in review.replace("Unchecked</a>", "")
    assert "Roughly</a>" in review and "<li>the date is approximate</li>" in review
    timeline = site.html("timeline/")
    headings = {anchor: heading for anchor, heading in re.findall(r'<h\d class="tl-event" id="([^"]+)">(.*?)</h\d>', timeline)}
    assert "date uncertain" not in headings["checked"]
    assert "date uncertain" in headings["unchecked"] and "date uncertain" in headings["roughly"]


# The wiki editor's walk: an article extracted without a date, then given its date in front matter
# (or lent another date by a new article): kept events still carry the extractor's earlier copies,
# which later runs never rewrite.
STALE = {"file": "seeds/kim.txt", "title": "Skip to main content", "quote": "Kim's train pulled in on Tuesday.",
         "published": "2019-01-10", "published_source": "inferred", "published_reason": "inferred from its own words"}
# The page as it was pasted: the skip link that an older version took for its headline is a line of it.
PASTED = "Skip to main content\n\n" + ARTICLE


def stale_events(*more):
    return [
        {"date": "2019-01-08", "title": "Arrives", "sources": [STALE]},
        {"date": "2019-01-08", "title": "Pulled in", "sources": [{**STALE, "published": "2019-01-09",
                                                                  "published_reason": "taken from seeds/b.txt"}]},
        {"date": "2019-01-08", "title": "Copied", "sources": [{**STALE, "published": "2019-01-11",
                                                               "published_source": "metadata"}]},
        *more,
    ]


def test_an_articles_own_date_and_title_outrank_what_event_files_copied_from_earlier_runs(make_site, no_engine):
    front = "---\ntitle: The real headline\npublished: 2019-01-12\n---\n" + PASTED
    site = make_site(stale_events(), articles={"kim.txt": front}).build()
    review = site.html("review/")
    disagree = review.split('id="sources-that-disagree"', 1)[1].split("<h2", 1)[0]
    assert "the publication date of" not in disagree, "three old copies were listed beside the given date"
    undated = review.split('id="articles-dated-by-the-tool"', 1)[1]
    assert "sources/kim/" not in undated
    source = site.html("sources/kim/")
    assert '<h1 id="the-real-headline">The real headline' in source
    assert "Published <time datetime=\"2019-01-12\">Sat 12 Jan 2019</time> — from the article's header" in source
    timeline = site.html("timeline/")
    citations = re.findall(r"<li><a [^>]*>[^<]*</a>, <time [^>]*>[^<]*</time> · " + code("seeds/kim.txt"), timeline)
    assert len(citations) == 3 and all('>The real headline</a>, <time datetime="2019-01-12">Sat 12 Jan 2019</time> · ' in c for c in citations)
    assert "Skip to main content" not in timeline


def test_a_date_a_person_typed_still_disagrees_with_the_articles_own(make_site, no_engine):
    typed = {"date": "2019-01-08", "title": "Typed", "sources": [{"file": "seeds/kim.txt", "published": "2019-01-13"}]}
    front = "---\npublished: 2019-01-12\n---\n" + PASTED
    site = make_site(stale_events(typed), articles={"kim.txt": front}).build()
    review = site.html("review/")
    assert ('the publication date of seeds/kim.txt: <time datetime="2019-01-12">Sat 12 Jan 2019</time> / '
            '<time datetime="2019-01-13">Sun 13 Jan 2019</time> (') in review
    # The typed date stays on its own citation; the others show the article's.
    timeline = site.html("timeline/")
    assert timeline.count(', <time datetime="2019-01-12">Sat 12 Jan 2019</time> · ' + code('seeds/kim.txt')) == 3
    assert timeline.count(', <time datetime="2019-01-13">Sun 13 Jan 2019</time> · ' + code('seeds/kim.txt')) == 1


def test_without_a_date_of_its_own_the_article_shows_the_inferred_date_most_events_were_read_against(make_site, no_engine):
    events = stale_events()[:2] + [{"date": "2019-01-08", "title": "Again", "sources": [STALE]}]
    site = make_site(events, articles={"kim.txt": PASTED}).build()
    source = site.html("sources/kim/")
    assert 'Published <time datetime="2019-01-10">Thu 10 Jan 2019</time> — inferred from its own words' in source
    review = site.html("review/")
    assert "the publication date of" not in review, "the extractor's guesses are not sources disagreeing"
    inferred = review.split('id="articles-dated-by-the-tool"', 1)[1].split("<h2", 1)[0]
    assert '<a href="../sources/kim/">Kim arrives</a>: published <time datetime="2019-01-10">Thu 10 Jan 2019</time> — inferred from its own words' in inferred
    assert "sources/kim/" not in review.split('id="articles-without-a-date"', 1)[1]
    # Each citation keeps the date its event was read against; the name is the headline the
    # article's text shows, not the debris an older run took for it.
    timeline = site.html("timeline/")
    assert timeline.count('Kim arrives</a>, <time datetime="2019-01-10">Thu 10 Jan 2019</time>') == 2
    assert timeline.count('Kim arrives</a>, <time datetime="2019-01-09">Wed 9 Jan 2019</time>') == 1
    assert "Skip to main content" not in timeline and '<h1 id="kim-arrives">Kim arrives' in source


def test_an_inferred_date_the_article_now_gives_itself_is_no_longer_doubted(make_site, no_engine):
    front = "---\npublished: 2019-01-10\n---\n" + PASTED
    review = make_site(stale_events(), articles={"kim.txt": front}).build().html("review/")
    uncertain = review.split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "Arrives" not in uncertain, "inferred as 2019-01-10, which the article now gives"
    # read against a front-matter date changed since
    assert ('<li>the date of seeds/kim.txt was <time datetime="2019-01-11">Fri 11 Jan 2019</time> in its metadata; the article now gives '
            '<time datetime="2019-01-10">Thu 10 Jan 2019</time></li>') in uncertain
    assert ('<li>the date of seeds/kim.txt was inferred as <time datetime="2019-01-09">Wed 9 Jan 2019</time>; the article now gives '
            '<time datetime="2019-01-10">Thu 10 Jan 2019</time></li>') in uncertain


def test_a_missing_articles_citations_keep_what_the_event_file_says(make_site, no_engine):
    events = [{"date": "2019", "title": "A", "sources": [{"file": "seeds/gone.txt", "title": "Its old name",
                                                          "published": "2019-01-10", "published_source": "inferred"}]}]
    site = make_site(events).build()
    # the date the tool inferred, said so (its published_reason does not say from what)
    assert ('Its old name</a>, <time datetime="2019-01-10">Thu 10 Jan 2019</time> <span class="tl-date-inferred">(date '
            'inferred)</span> · ' + code('seeds/gone.txt')) in site.html("timeline/")
    assert '<h1 id="its-old-name">Its old name' in site.html("sources/gone/")


def test_an_event_whose_sources_disagree_is_on_the_review_page(make_site, no_engine):
    # `timeline extract` writes `review:` when an event's sources give different dates; the review
    # page said "Sources that disagree: None." beside such an event.
    note = ("sources disagree on the date: seeds/a.txt says 2026-03-03T23:40 ('about 11:40 p.m. on Tuesday'), "
            "seeds/b.txt says 2026-03-03T23:10 ('11:10 p.m. on Tuesday')")
    events = [{"date": "2026-03-03T23:40", "title": "The blaze started", "review": note},
              {"date": "2026-03-04", "title": "Checked already", "status": "reviewed", "review": note}]
    html = make_site(events).build().html("review/")
    disagree = html.split('id="sources-that-disagree"', 1)[1].split("<h2", 1)[0]
    # its days as the site writes dates, not as TIMEX3 does ("2009-06-15TEV" on the Guardian story)
    assert ("seeds/b.txt says <time datetime=\"2026-03-03T23:10\">Tue 3 Mar 2026, 23:10</time> "
            "('11:10 p.m. on Tuesday')") in disagree
    assert "The blaze started" in disagree and "Checked already" not in disagree


def test_a_notes_days_are_written_as_the_site_writes_them_but_not_inside_a_quotation():
    from timeline.render import readable_days

    note = "a.txt says 2009-06-15TEV ('Earlier this evening'), b.txt says 2009-06-15TNI ('tonight'); 2009-06-15: x"
    # the part of the day is what they disagree on: "Mon 15 Jun 2009" twice hid it
    assert str(readable_days(note)) == (
        "a.txt says <time datetime=\"2009-06-15\">Mon 15 Jun 2009, evening</time> (&#x27;Earlier this evening&#x27;), "
        "b.txt says <time datetime=\"2009-06-15\">Mon 15 Jun 2009, night</time> (&#x27;tonight&#x27;); "
        "<time datetime=\"2009-06-15\">Mon 15 Jun 2009</time>: x")
    # the article's words quoted stay as it wrote them: "'Fri 1 May 2009 21.14 BST' names its date outright"
    # misquoted a Guardian page's date line on its source page
    reason = "'Friday 1 May 2009 21.14 BST' names its date outright, not relative to another date; the story's first article, Saturday 25 April 2009"
    assert str(readable_days(reason)) == (
        "&#x27;Friday 1 May 2009 21.14 BST&#x27; names its date outright, not relative to another date; the story&#x27;s first article, "
        "<time datetime=\"2009-04-25\">Sat 25 Apr 2009</time>")


def test_an_article_date_inferred_from_firm_evidence_does_not_mark_its_events_uncertain(make_site, no_engine):
    # The journalist's walk: wire copy dated by its date line and its copyright year ("KESTERBY,
    # England, March 4 (Reuters) -", "(c) 2026 Reuters") was right every time, yet each of its events
    # was marked "date uncertain" for it. `timeline extract` writes how firm the evidence measured.
    def event(title, file, firmness):
        return {"date": "2026-03-03", "title": title, "confidence": 0.88,
                "sources": [{"file": f"seeds/{file}", "published": "2026-03-04", "published_source": "inferred",
                             "published_confidence": firmness,
                             "published_reason": "inferred from its own words: Wed 4 Mar 2026 from the date line"}]}
    events = [event("Wire fire", "wire.txt", 0.95), event("Guessed fire", "guess.txt", 0.5)]
    articles = {"wire.txt": "Fire\n\nA fire on Tuesday.", "guess.txt": "Fire again\n\nA fire on Tuesday."}
    site = make_site(events, articles=articles).build()
    uncertain = site.html("review/").split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    assert "Wire fire" not in uncertain
    assert "Guessed fire" in uncertain and "<li>the date of seeds/guess.txt was inferred</li>" in uncertain


def test_a_page_saved_twice_is_one_source_with_its_versions(make_site, no_engine, saved_twice):
    # Two saved copies of one page (the same URL, a later update time): one citation, the later copy
    # cited with what the earlier said beside it; each copy keeps its page, for every quote to lead to
    # its file; the sources list names the page once. Words from the files are escaped.
    events, articles = saved_twice
    site = make_site(events, articles=articles).build()
    timeline = " ".join(site.html("timeline/").split())
    assert timeline.split("<ol>", 1)[1].split("</ol>", 1)[0].count("<li>") == 1  # one citation
    assert (code('seeds/v2.txt') + ': “About 2,300 &lt;residents&gt; were evacuated before dawn.”; updated '
            '<time datetime="2026-03-08T09:05">') in timeline
    assert re.search(r'; an earlier version, <a href="[^"]*sources/v1/[^"]*">' + code('seeds/v1.txt') + r'</a>, said: '
                     r'“About 1,200 &lt;residents&gt; were evacuated before dawn.”', timeline)
    assert re.search(r'“About 1,200 &lt;residents&gt; were evacuated before dawn.” \(an earlier version of the page; its '
                     r'latest: <a href="[^"]*sources/v2/">' + code('seeds/v2.txt') + r'</a>\)', timeline)
    listed = site.html("sources/")
    assert 'href="v1/"' in listed and listed.count("<li>") == 1 and "earlier versions" in listed
    assert "an earlier copy of this page" in " ".join(site.html("sources/v1/").split())


def test_a_first_copy_that_gives_no_update_time_is_the_earlier_version_on_the_site(make_site, no_engine, saved_twice):
    # The copy saved before the page's update gives no update time (a page gives one once updated):
    # it was left apart, two sources of one page; it is the earlier copy, as extraction reads it.
    events, articles = saved_twice
    articles = {**articles, "v1.txt": articles["v1.txt"].replace("updated: 2026-03-07T11:20\n", "published: 2026-03-07\n")}
    assert "updated:" not in articles["v1.txt"]
    site = make_site(events, articles=articles).build()
    listed = site.html("sources/")
    assert 'href="v1/"' in listed and listed.count("<li>") == 1 and "earlier versions" in listed
    page = " ".join(site.html("sources/v1/").split())
    assert "an earlier copy of this page, as first published (it gives no update time); its latest version is" in page


def test_a_site_of_events_typed_by_hand_does_not_say_the_date_engine_is_missing(make_site, no_engine):
    # The walk of stop 34 (a wiki editor, events typed by hand, sources by url only): the review page
    # said "Unknown: the date engine (timeline.dates) is not available in this build", which was
    # false: no article was read, so there was nothing to resolve, engine or not.
    events = [{"date": "2009-05-04", "title": "Evacuation", "sources": [{"url": "https://example.org/evac"}]},
              {"date": "1991", "title": "Dam built"}]
    unresolved = make_site(events).build().html("review/").split('id="unresolved-expressions"', 1)[1].split("<h2", 1)[0]
    assert "not available" not in unresolved and "<p>None.</p>" in unresolved
    # with an article read and no engine, the page still says it cannot tell
    cited = [{"date": "2019-01-08", "title": "Arrives", "sources": [{"file": "seeds/kim.txt", "quote": "x"}]}]
    html = make_site(cited, articles={"kim.txt": ARTICLE}).build().html("review/")
    assert "is not available in this build" in html.split('id="unresolved-expressions"', 1)[1].split("<h2", 1)[0]


def test_a_source_page_marks_the_dates_of_an_article_in_another_language(make_site):
    """A German article's events come from its German dates ("am Montag", "8. März"): its page marked
    only what the English rules read, and said "0 date expressions recognised"."""
    article = ("---\npublished: 2026-03-10\n---\nIn Koblenz mussten am Montag 2.000 Menschen ihre Wohnungen verlassen. "
               "Die Mosel trat bereits am 8. März über die Ufer. Am Deutschen Eck steht das Wasser zwei Meter hoch.\n")
    events = [{"date": "2026-03-08", "title": "Die Mosel tritt über die Ufer",
               "sources": [{"file": "seeds/koblenz.txt", "quote": "Die Mosel trat bereits am 8. März über die Ufer."}]}]
    html = make_site(events, articles={"koblenz.txt": article}).build().html("sources/koblenz/")
    assert "2 date expressions recognised" in html
    assert '<time datetime="2026-03-09">Montag</time>' in html and '<time datetime="2026-03-08">8. März</time>' in html
