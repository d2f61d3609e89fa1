"""Pages pasted as text with their own date line at the top (tests/fixtures/articles/page): the
article's date it gives, how far the event files hold it, and what the site then marks "date
uncertain"."""

import datetime as dt
from pathlib import Path

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
