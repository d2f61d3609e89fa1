"""A web page's own date line at its top, as papers print it under the headline: a full date with
its weekday and a clock ("Tuesday 12 May 2009 16.36 BST", "Published 5:32 PM EST, Thu March 5,
2026"). On the Guardian swine-flu story every one of them (29 articles) gave the article's own date,
yet it counted as any inference, and every event it dated was marked "date uncertain". Its failure
shapes: a weekday that is not the date's, and an older story's date line further down."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.dates import infer_reference, states_another_weekday, tag
from timeline.dates.calibration import inference_trust

REVIEW_BELOW = 0.7  # the site's default review_confidence
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "page"


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def _confidence(tagging, words):
    return next(t.confidence for t in tagging.timexes if t.text == words)


def test_a_british_papers_date_line_is_held_about_as_firmly_as_metadata():
    text = _page("guardian.txt")
    tagging = tag(text)
    assert tagging.reference == dt.date(2009, 5, 12)
    assert tagging.reference_source == "inferred"  # the `timeline tag` contract: the kind is in the reason
    assert tagging.reference_kind == "page_dateline"
    assert "'Tuesday 12 May 2009 16.36 BST', the page's own date line" in tagging.reference_reason
    assert tagging.reference_trust == pytest.approx(inference_trust("page_dateline")) and tagging.reference_trust > 0.9
    given = tag(text, dt.date(2009, 5, 12))
    for words in ("today", "Monday morning"):
        assert _confidence(tagging, words) == pytest.approx(_confidence(given, words) * tagging.reference_trust, abs=0.002)
        assert _confidence(tagging, words) >= REVIEW_BELOW


def test_an_american_sites_date_line_with_its_clock_first_is_the_same_kind():
    tagging = tag(_page("us.txt"))
    assert tagging.reference == dt.date(2026, 3, 5)
    assert tagging.reference_kind == "page_dateline"
    assert "'5:32 PM EST, Thu March 5, 2026'" in tagging.reference_reason
    assert [t.value for t in tagging.timexes if t.text == "Tuesday"] == ["2026-03-03"]


def test_a_date_line_whose_weekday_is_not_its_dates_gives_no_date():
    # 12 May 2009 was a Tuesday: the day or the weekday is wrong, and which cannot be told
    text = _page("weekday-disagrees.txt")
    assert states_another_weekday("Wednesday 12 May 2009 16.36 BST")
    assert not states_another_weekday("Tuesday 12 May 2009 16.36 BST")
    tagging = tag(text)
    assert tagging.reference is None and tagging.reference_source == "none"
    assert "'Wednesday 12 May 2009 16.36 BST' states another weekday than Tue 12 May 2009" in tagging.reference_reason
    assert [t.value for t in tagging.timexes if t.text == "today"] != ["2009-05-12"]


def test_an_older_storys_date_line_further_down_does_not_beat_the_one_at_the_top():
    # "Originally published Monday 4 May 2009" is a stamp's words, but of the story this one updates
    day, reason = infer_reference(_page("quoted-older.txt"))
    assert day == dt.date(2009, 5, 14), reason
    assert "Thursday 14 May 2009 16.36 BST" in reason


def test_a_related_link_below_the_prose_is_no_page_date_line():
    text = "Ferry strike ends\n\nCrews returned to work today.\n\nRelated: Ferry owners face strike threat, Monday 3 March 2008 10.12 GMT\n"
    assert tag(text).reference_kind != "page_dateline"


@pytest.mark.parametrize("text, kind", [
    # a date alone under the headline, with neither weekday nor clock to state it twice: a stamp
    ("Ferry strike ends\n\n12 May 2009\n\nCrews returned to work today.\n", "stamp"),
    # an update is later than the story
    ("Ferry strike ends\n\nUpdated 10:32 a.m. ET, Tue May 12, 2009\n\nCrews returned to work today.\n", "update_stamp"),
    # the date line and nothing else
    ("Tuesday 12 May 2009 16.36 BST\n", "page_dateline"),
])
def test_what_is_and_is_not_a_page_date_line(text, kind):
    tagging = tag(text)
    assert tagging.reference == dt.date(2009, 5, 12)
    assert tagging.reference_kind == kind


def test_a_sentence_with_a_weekday_date_and_clock_is_no_page_date_line():
    text = ("Quake shakes Kesterby\n\nThe quake struck at 5:32 p.m. EST, Thu March 5, 2026, "
            "killing two people on Wednesday, officials said.\n")
    assert tag(text).reference_kind != "page_dateline"


def test_a_bad_weekday_lists_entry_names_the_file_and_the_key(inference_yaml):
    from timeline.dates.errors import RuleError

    inference_yaml("default: 0.8\npriors: {}\nweekday_lists: weekday\n")
    with pytest.raises(RuleError, match=r"inference\.yaml: 'weekday_lists' must be a list"):
        tag(_page("guardian.txt"))


def test_no_inferred_article_date_is_held_as_firm_as_a_given_one():
    # 982 of 982 dev dates measured with a date line added says the engine reads the line, not that
    # real pages' lines are their stories' dates: a measured kind stops at inference.yaml's ceiling
    for kind in ("page_dateline", "dateline_copyright", "dateline_update"):
        assert 0.9 <= inference_trust(kind) <= 0.95, kind
    tagging = tag(_page("guardian.txt"))
    assert tagging.reference_trust < 1.0


# A blog's or CMS's date line under the headline. With its weekday and clock it states the day
# twice, as a paper's does; a date with a clock but no weekday is a stamp, held as firmly as any.
CMS_BODY = "\n\nInspectors found a second crack in the harbour bridge on Tuesday, the city engineer said.\n"


@pytest.mark.parametrize("line, kind", [
    ("Posted on Thursday, March 5, 2026 at 5:32 pm", "page_dateline"),
    ("Posted on Thursday, March 5, 2026 at 5:32 pm by Jane Doe", "page_dateline"),
    ("By Jane Doe | Thursday, March 5, 2026 5:32 pm", "page_dateline"),
    ("Published: 10:15 AM EST March 5, 2026", "stamp"),
    ("By Jane Doe | March 5, 2026 5:32 pm", "stamp"),
    # the update only when the page gives no other date
    ("Updated: March 6, 2026\n\nPublished: 10:15 AM EST March 5, 2026", "stamp"),
])
def test_a_cms_date_line_dates_the_page(line, kind):
    tagging = tag("Bridge inspectors find a second crack\n\n" + line + CMS_BODY)
    assert tagging.reference == dt.date(2026, 3, 5), tagging.reference_reason
    assert tagging.reference_kind == kind
    assert [t.value for t in tagging.timexes if t.text == "Tuesday"] == ["2026-03-03"]


def test_an_update_counted_back_from_an_unknown_day_dates_nothing():
    tagging = tag("Bridge inspectors find a second crack\n\nUpdated 3 hours ago" + CMS_BODY)
    assert tagging.reference is None


@pytest.mark.parametrize("line", ["Posted on Monday, March 2, 2026 at 9:00 am by Jane Doe", "Posted on March 2, 2026"])
def test_another_posts_cms_line_below_the_prose_dates_nothing(line):
    # a blog's front page: the next post's line stands under this one's text; taken for this one's,
    # it put "Tuesday" on 24 February
    text = "Bridge inspectors find a second crack" + CMS_BODY + "\nHarbour bridge closed after crack found\n\n" + line + "\n"
    tagging = tag(text)
    assert tagging.reference is None, tagging.reference_reason


def test_a_sentence_saying_when_something_was_posted_keeps_its_date_and_clock_apart():
    # the label counts only at the start of its line: in prose "on Thursday, ... at 5:32 pm" is a
    # date and a time, as TimeBank marks them
    tagging = tag("The video was posted on Thursday, March 5, 2026 at 5:32 pm, police said.\n")
    assert "Thursday, March 5, 2026" in [t.text for t in tagging.timexes]
