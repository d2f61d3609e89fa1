"""Wire copy pasted as text: the article's date its date line and copy give, kept in the event
files with how far it can be trusted, and what the site then marks "date uncertain"."""

from pathlib import Path


# A wire story with its date line and its copy's copyright year (tests/dates share it).
WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "wire"
COPYRIGHT = (WIRE / "copyright.txt").read_text(encoding="utf-8")

# No copyright line, no stamp: the only years are named in passing (tests/dates share it).
DATELINE_ALONE = (WIRE / "dateline-alone.txt").read_text(encoding="utf-8")

# The clock before the date: taken for a link box, the stamp was hidden from the date engine and
# the article's sentences waited under "undated:".
STAMP_ALONE = """\
Quarry blast: what we know

Updated 14:32 GMT 5 March 2026

An explosion shook the Marlow quarry on Tuesday, the operator said.
"""


def test_events_of_a_date_line_with_its_copyright_year_are_not_doubted_for_the_article_date(
        extract_checked, article_doubts):
    events = extract_checked({"fire.txt": COPYRIGHT})
    assert {e.written for e in events} == {"2026-03-03", "2026-03-02TEV"}
    for event in events:
        (source,) = event.sources
        assert source.published == "2026-03-04" and source.published_source == "inferred"
        assert source.published_confidence > 0.9
        assert "copyright year" in source.published_reason
        assert article_doubts(event) == [], event.title


def test_events_of_a_date_line_dated_by_years_named_in_passing_stay_doubted(extract_checked, article_doubts):
    events = extract_checked({"safety.txt": DATELINE_ALONE})
    dated = [e for e in events if e.date.label.startswith(("Tue", "Wed", "Thu"))]
    assert dated
    for event in dated:
        (source,) = event.sources
        assert "only from years named in passing" in source.published_reason
        assert source.published_confidence < 0.8
        assert article_doubts(event) == ["the date of seeds/safety.txt was inferred"]
        assert event.confidence < 0.7


def test_an_update_stamp_with_its_clock_first_dates_the_article(extract_checked, article_doubts):
    (event,) = extract_checked({"blast.txt": STAMP_ALONE})
    assert event.date.label == "Tue 3 Mar 2026"
    (source,) = event.sources
    assert source.published == "2026-03-05" and "updated" in source.published_reason
    # an update comes later than the story: no firmer than any inference
    assert article_doubts(event) == ["the date of seeds/blast.txt was inferred"]


def test_a_time_counted_from_a_date_the_copy_states_in_full_is_not_doubted_for_the_article_date(extract_checked):
    # helper-borrow2: "19:40" after "6 March 2019" in copy dated only by its date line was held at
    # 0.61, the inferred article date's doubt on a time that owes it nothing. "yesterday" keeps it.
    night = ("\nOn 6 March 2019, at about 19:40, a fire broke out in the same warehouse, the harbour authority said.\n\n"
             "The harbour authority said yesterday that it had found the cause of the fire in the warehouse.\n")
    events = extract_checked({"safety.txt": DATELINE_ALONE + night})
    by_words = {e.sources[0].date_text: e for e in events}
    assert by_words["19:40"].written == "2019-03-06T19:40" and by_words["19:40"].confidence >= 0.7, by_words["19:40"]
    assert by_words["yesterday"].sources[0].published_confidence < 0.8 and by_words["yesterday"].confidence < 0.7
