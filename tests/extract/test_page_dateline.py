"""Pages pasted as text with their own date line at the top (tests/fixtures/articles/page): the
article's date it gives, how far the event files hold it, and what the site then marks "date
uncertain"."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.extract.analyse import analyse

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "page"


def _extract(extract_checked, name):
    return extract_checked({name: (PAGES / name).read_text(encoding="utf-8")})


def test_events_of_a_page_with_its_own_date_line_are_not_doubted_for_the_article_date(extract_checked, article_doubts):
    events = _extract(extract_checked, "guardian.txt")
    assert {e.written for e in events} >= {"2009-05-12", "2009-05-11TMO"}
    for event in events:
        (source,) = event.sources
        assert source.published == "2009-05-12" and source.published_source == "inferred"
        assert source.published_confidence > 0.9
        assert "'Tuesday 12 May 2009 16.36 BST', at its top" in source.published_reason
        assert article_doubts(event) == [], event.title


def test_an_american_page_date_line_dates_its_events_as_firmly(extract_checked, article_doubts):
    events = _extract(extract_checked, "us.txt")
    assert "2026-03-03" in {e.written for e in events}
    for event in events:
        (source,) = event.sources
        assert source.published == "2026-03-05" and source.published_confidence > 0.9
        assert article_doubts(event) == [], event.title


def test_a_page_date_line_whose_weekday_is_not_its_dates_dates_nothing(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text((PAGES / "weekday-disagrees.txt").read_text(encoding="utf-8"), encoding="utf-8")
    reference = analyse(path).reference
    assert reference.date is None and reference.source == "none"
    assert "'Wednesday 12 May 2009 16.36 BST' states another weekday" in reference.reason


def test_an_older_storys_date_line_further_down_leaves_the_article_its_own_date(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text((PAGES / "quoted-older.txt").read_text(encoding="utf-8"), encoding="utf-8")
    reference = analyse(path).reference
    assert reference.date == dt.date(2009, 5, 14)
    assert reference.confidence > 0.9


# Page furniture (tests/fixtures/articles/page: pages as a Guardian, BBC, AP and WordPress page print
# them, copied as text, and one saved as HTML): share and comment buttons, a live blog's prompt, an
# update stamp, a correction note, the list of related articles with their own dates. None of it is
# news: no event quotes it, and no date of it is the article's.
FURNITURE = ("live blog", "Follow the latest", "Share", "Comments (", "Updated", "amended", "More on this story", "Related",
             "Like this", "Reuse this content", "Leave a Reply", "Posted on", "Published", "Key events", "Pinned",
             "live coverage", "Summary:", " BST")


def _quotes(events):
    return [source.quote for event in events for source in event.sources]


@pytest.mark.parametrize("name, dates, published", [
    ("guardian-live.txt", {"2009-05-12", "2009-05-10", "2009-05-12TAF"}, {"2009-05-12"}),
    # a live blog copied as text, newest entry first over midnight, its date once in a key event's
    # stamp: each entry's words count from the entry's day ("Yesterday at 9pm" in Wednesday's
    # 21.10 entry is Tuesday's, not Wednesday's; "around 6am" below "on Monday" is Thursday's); an
    # entry's lead without a date of its own is at its entry's day and time (23.45 is Wednesday's,
    # 00.20 Thursday's), a reaction too (09.05); the 09.40 recap is none, nor are its lines
    ("storm-live.txt", {"2025-10-14T21:00", "2025-10-16T06:00", "2025-10-20", "2025-10-15T23:45+01:00",
                        "2025-10-16T00:20+01:00", "2025-10-16T09:05+01:00", "2025-10-16T10:30+01:00"}, {"2025-10-16"}),
    # the same saved as HTML, dated by its metadata: when it began, its bottom entry's day; the
    # leads of 13:15 to 00:40 (Wednesday's, past midnight) at their entries' times; its pinned
    # summary makes none ("breached shortly before midnight" was a second breach beside 23:50's)
    ("storm-live.html", {"2025-10-14", "2025-10-14T18:00", "2025-10-14TNI", "2025-10-15",
                         "2025-10-14T13:15+01:00", "2025-10-14T18:30+01:00", "2025-10-14T23:50+01:00",
                         "2025-10-15T00:15+01:00", "2025-10-15T00:40+01:00"},
     {"2025-10-14"}),
])
def test_a_pages_furniture_makes_no_event_and_its_date_line_dates_it(extract_checked, name, dates, published):
    events = _extract(extract_checked, name)
    assert {e.written for e in events} == dates
    assert not [q for q in _quotes(events) if any(word in q for word in FURNITURE)]
    assert {s.published for e in events for s in e.sources} == published
    for event in (e for e in events if e.sources[0].dated_by):  # dated by its entry's heading, which says so
        assert event.reason.startswith(f"dated by its entry's heading {event.sources[0].date_text!r}")


def test_a_blog_post_s_posted_on_line_dates_it_as_firmly_as_a_papers_date_line(extract_checked, article_doubts):
    events = _extract(extract_checked, "wordpress.txt")
    assert {e.written for e in events} == {"2026-03-03"}  # "closed until at least Monday" is no happening
    assert not [q for q in _quotes(events) if any(word in q for word in FURNITURE)]
    for event in events:
        (source,) = event.sources
        assert source.published == "2026-03-05" and source.published_confidence > 0.9
        assert "'Posted on Thursday, March 5, 2026 at 5:32 pm by Jane Doe', at its top" in source.published_reason
        assert article_doubts(event) == [], event.title


def test_the_same_blog_post_saved_as_html_gives_the_same_events(extract_checked):
    events = _extract(extract_checked, "wordpress.html")
    assert {e.written for e in events} == {"2026-03-03"}  # "closed until at least Monday" is no happening
    assert {s.published for e in events for s in e.sources} == {"2026-03-05"}


def test_a_wire_page_is_dated_by_its_publication_not_its_update(tmp_path):
    # "Updated: March 6, 2026" is a change made after the story went out: "Thursday" is the 5th
    reference = analyse(PAGES / "ap.txt").reference
    assert reference.date == dt.date(2026, 3, 5), reference.reason
    assert "Published: 10:15 AM EST March 5, 2026" in reference.reason


def test_an_update_counted_back_and_a_related_links_date_give_a_page_no_date(seed, extract):
    # "Updated 3 hours ago" counts from whenever the page was saved; "Monday 3 March 2008" under
    # "More on this story" is another article's date
    assert analyse(PAGES / "bbc.txt").reference.date is None
    seed((PAGES / "bbc.txt").read_text(encoding="utf-8"), "bbc.txt")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "needs a date" in result.output and "Updated" not in result.output


def test_related_links_below_the_prose_do_not_date_the_article():
    # No date line at the top; the list of related articles further down (under a section name no
    # rule knows) carries their dates ("Thursday 14 May 2009"): they were taken for the article's own
    reference = analyse(PAGES / "related-links.txt").reference
    assert reference.date is None and reference.source == "none", reference.reason


def test_a_footers_date_line_right_after_the_last_sentence_is_the_pages_own(tmp_path):
    # the same words as a related link's date, but no headline stands between them and the prose
    path = tmp_path / "summit.txt"
    path.write_text("Kim leaves Hanoi early after summit collapses\n\nThe summit ended abruptly on Thursday "
                    "without an agreement.\n\nPublished: 28 Feb 2019\n", encoding="utf-8")
    assert analyse(path).reference.date == dt.date(2019, 2, 28)
