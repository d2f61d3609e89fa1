"""An article dated by its metadata far from the rest of its story (extract/far_dated.py): in the walk
of stop 33 a Guardian article of 26 May 2009, clipped with a web clipper whose `date:` is the day it
was clipped, 30 November 2026, had its "yesterday" and "last week" shown sure in November 2026. The
run says so and what to write; once the article is given its day, its drafts follow it as a draft
dated from an inferred date does (refresh.followed_article_date), as a fresh run dates them."""

import pytest

FIRST = """---
title: Swine flu closes Welford primary school
published: 2009-05-22
---
Welford primary school in Handsworth, Birmingham, closed yesterday after three pupils caught swine
flu, the Health Protection Agency said. The headteacher, Chris Smith, wrote to parents today.
"""

SECOND = """---
title: Handsworth school cases rise
published: 2009-05-28
---
The Health Protection Agency confirmed 14 more cases at Welford primary school in Handsworth,
Birmingham, yesterday. The headteacher, Chris Smith, said pupils were recovering at home.
"""

CLIPPED = """---
title: Swine flu outbreak at Birmingham school infects 44
date: {day}
---
An outbreak of swine flu at Welford primary school in Handsworth, Birmingham, led to 44 new cases being
confirmed yesterday, the Health Protection Agency said. Pupils began feeling ill last week. The
headteacher, Chris Smith, was unavailable for comment yesterday.
"""


def _story(seed, clipped: str) -> None:
    seed(FIRST, "first.md")
    seed(SECOND, "second.md")
    seed(clipped, "clipped.md")


def test_an_article_clipped_years_after_its_story_is_named_with_what_to_write(seed, extract, read_events, tmp_path):
    _story(seed, CLIPPED.format(day="2026-11-30"))
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ("note: seeds/clipped.md: its date, Monday 30 November 2026 (published 2026-11-30 according to its front "
            "matter), is 17 years after the 2 other articles of its story (Friday 22 May 2009 to Thursday 28 May 2009), "
            "and the article names no date of that year; its dates are counted from it: if it is the day the page was "
            'saved or clipped, not published, add "published: YYYY-MM-DD" with the day it was published to its front '
            "matter or to seeds/clipped.meta.yaml and run again") in said
    # it changes no date: the metadata is the person's, and may be right
    assert any(str(e["date"]) == "2026-11-29" for e in read_events(tmp_path / "events"))


def test_an_article_whose_date_is_near_its_story_or_borne_out_by_its_words_is_not_named(seed, extract):
    _story(seed, CLIPPED.format(day="2009-05-26"))
    assert "its date, " not in " ".join(extract("seeds", "--out", "events").output.split())


@pytest.mark.parametrize("words", [
    "Ten years ago today an outbreak of swine flu at Welford primary school",  # counts back into the story's years
    "On 30 November 2019 the unveiling of a plaque recalled how an outbreak of swine flu at Welford primary school",
])
def test_a_later_piece_looking_back_is_taken_at_its_word(seed, extract, words):
    _story(seed, CLIPPED.format(day="2019-05-26").replace("An outbreak of swine flu at Welford primary school", words))
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "seeds/clipped.md: its date" not in " ".join(result.output.split())


def test_given_its_day_its_drafts_follow_it_as_a_fresh_run_dates_them(seed, extract, read_events, tmp_path):
    clipped = CLIPPED.format(day="2026-11-30")
    _story(seed, clipped)
    assert extract("seeds", "--out", "events").exit_code == 0
    before = {e["id"] for e in read_events(tmp_path / "events")}
    seed(clipped.replace("date: 2026-11-30\n", "date: 2026-11-30\npublished: 2009-05-26\n"), "clipped.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert ("its date 2026-11-29 -> 2009-05-25 (id 2026-11-29-an-outbreak-of-swine-flu-at-welford -> "
            "2009-05-25-an-outbreak-of-swine-flu-at-welford), its articles' date now 2009-05-26") in said, said
    assert "a person's" not in said and "kept as written" not in said and "its date, " not in said
    followed = {e["id"]: e for e in read_events(tmp_path / "events")}
    assert not any(str(e["date"]).startswith("2026") for e in followed.values())
    # the same events, field for field, as a run that never saw the wrong date
    for path in (tmp_path / "events").glob("*.yaml"):
        path.unlink()
    assert extract("seeds", "--out", "events").exit_code == 0
    fresh = {e["id"]: e for e in read_events(tmp_path / "events")}
    assert followed == fresh and followed.keys() != before


def test_a_draft_whose_date_a_person_set_stays_when_its_article_is_given_its_day(seed, extract, read_events, tmp_path):
    clipped = CLIPPED.format(day="2026-11-30")
    _story(seed, clipped)
    assert extract("seeds", "--out", "events").exit_code == 0
    [path] = (tmp_path / "events").glob("*.yaml")
    text = path.read_text("utf-8")
    assert text.count("    date: 2026-11-29\n") >= 1
    path.write_text(text.replace("    date: 2026-11-29\n", "    date: 2009-05-24\n", 1), encoding="utf-8")
    seed(clipped.replace("date: 2026-11-30\n", "published: 2009-05-26\n"), "clipped.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert any(str(e["date"]) == "2009-05-24" for e in read_events(tmp_path / "events"))
