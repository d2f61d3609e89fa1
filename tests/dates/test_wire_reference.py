"""A wire copy's own date: its date line's month and day, and the year only the copy itself can
stamp (its copyright line, an update stamp days after). The journalist's walk of a port fire
(reports of 4-7 March 2026): of 34 events, 12 were marked "date uncertain" only because such an
article date counted as any inference, and it was right every time; while a date line whose year
came from a year named in passing ("in 2019") gave 2020 for 2026."""

import datetime as dt
from pathlib import Path

import pytest

from timeline.dates import infer_reference, tag
from timeline.dates.calibration import inference_trust

# The review page lists dates under this confidence (the site's default review_confidence).
REVIEW_BELOW = 0.7

# A wire story with its date line and its copy's copyright year (tests/extract share it).
WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "wire"
COPYRIGHT = (WIRE / "copyright.txt").read_text(encoding="utf-8")

# No copyright line, no stamp: the only years are named in passing, and 6 March fell on a Friday in
# 2020 as in 2026, so the weekdays cannot tell the story's year (tests/extract share it).
DATELINE_ALONE = (WIRE / "dateline-alone.txt").read_text(encoding="utf-8")

COPYRIGHT_ALONE = """\
Kesterby port reopens after warehouse fire

The port of Kesterby reopened to shipping on Thursday, two days after a fire destroyed a grain warehouse, the harbour authority said.

(c) 2026 Reuters
"""

STAMPED = """\
Kesterby insurers count the cost

KESTERBY, England, March 5 (Reuters) - Insurers began assessing the damage after a fire destroyed a grain warehouse on Tuesday.

Updated 14:32 GMT 5 March 2026
"""

STAMP_ALONE = """\
Kesterby fire: what we know

Updated 14:32 GMT 5 March 2026

A fire destroyed a grain warehouse at the port of Kesterby on Tuesday, the harbour authority said.
"""


def _confidence(tagging, text):
    return next(t.confidence for t in tagging.timexes if t.text == text)


def test_a_date_line_with_the_copys_copyright_year_is_held_almost_as_firmly_as_metadata():
    tagging = tag(COPYRIGHT)
    assert tagging.reference == dt.date(2026, 3, 4)
    assert tagging.reference_source == "inferred"  # the `timeline tag` contract: the kind is in the reason
    assert "date line 'March 4'" in tagging.reference_reason and "copyright year ('2026')" in tagging.reference_reason
    assert tagging.reference_trust == pytest.approx(inference_trust("dateline_copyright")) and tagging.reference_trust > 0.9
    given = tag(COPYRIGHT, dt.date(2026, 3, 4))
    for words in ("Tuesday", "Monday evening"):
        # what a given date would give, less only the little the measurement leaves
        assert _confidence(tagging, words) == pytest.approx(_confidence(given, words) * tagging.reference_trust, abs=0.002)
        assert _confidence(tagging, words) >= REVIEW_BELOW


def test_the_same_date_line_with_an_update_stamp_days_after_is_as_firm():
    tagging = tag(STAMPED)
    assert tagging.reference == dt.date(2026, 3, 5)
    assert "update stamp" in tagging.reference_reason
    assert tagging.reference_trust == pytest.approx(inference_trust("dateline_update")) and tagging.reference_trust > 0.9
    assert _confidence(tagging, "Tuesday") >= REVIEW_BELOW


def test_a_date_line_whose_year_comes_only_from_years_named_in_passing_says_so_and_stays_unsure():
    reference, reason = infer_reference(DATELINE_ALONE)
    assert reference is not None and reference.year == 2020  # the guess it was: no better evidence exists
    assert "only from years named in passing" in reason
    tagging = tag(DATELINE_ALONE)
    assert tagging.reference_trust < 0.8  # less than any other inference, which takes a fifth off
    assert _confidence(tagging, "Tuesday") < REVIEW_BELOW  # on the review page for its confidence too


@pytest.mark.parametrize("text, year", [
    # the walk's Reuters copy: "built in 1962" and "inspected ... in September 2024"; read in 1962 or 1963
    # its date line would come before the inspection it reports
    ((WIRE.parent / "infer2" / "reuters-dam-fails.txt").read_text(encoding="utf-8"), None),
    # without the inspection, 1962 is all there is: taken, and said to be a year named in passing
    ((WIRE.parent / "infer2" / "reuters-dam-fails.txt").read_text(encoding="utf-8").replace(" in September 2024", ""), 1962),
])
def test_a_year_named_in_passing_never_puts_the_date_line_before_what_the_text_reports(text, year):
    reference, reason = infer_reference(text)
    assert getattr(reference, "year", None) == year
    assert ("before 'September 2024', which the text reports as past" in reason) == (year is None)


def test_a_copyright_year_alone_gives_no_day_and_the_reason_says_it_was_seen():
    reference, reason = infer_reference(COPYRIGHT_ALONE)
    assert reference is None
    assert "copyright line gives only the year ('2026')" in reason
    assert tag(COPYRIGHT_ALONE).reference_trust == 1.0  # nothing inferred, nothing to trust


def test_an_update_stamp_alone_dates_the_story_but_no_more_firmly_than_any_inference():
    # an update comes later than the story: its day is no date line's
    tagging = tag(STAMP_ALONE)
    assert tagging.reference == dt.date(2026, 3, 5)
    assert "updated" in tagging.reference_reason
    assert tagging.reference_trust == pytest.approx(inference_trust(None))
    assert tagging.reference_trust < 0.9


def test_a_given_date_leaves_the_confidence_as_it_was():
    assert tag(COPYRIGHT, dt.date(2026, 3, 4)).reference_trust == 1.0


def test_a_prior_for_a_kind_the_engine_does_not_infer_is_refused(inference_yaml):
    from timeline.dates import RuleError, calibration

    inference_yaml("default: 0.8\npriors:\n  dateline_copyrite: 0.9\n")
    with pytest.raises(RuleError, match="unknown kind 'dateline_copyrite'.*dateline_copyright"):
        calibration.inference_trust("dateline_copyright")


def test_the_measured_kinds_are_kinds_the_engine_infers():
    import yaml
    from timeline.dates.calibration import TABLE
    from timeline.dates.infer import KINDS

    measured = yaml.safe_load(TABLE.read_text(encoding="utf-8")).get("inferred_reference") or {}
    assert measured and set(measured) <= set(KINDS)


# A wire copy without a year of its own, with a timeline of a night the text dates in full, and of
# a day it counts from its own date ("yesterday").
NIGHT = DATELINE_ALONE + """
On 6 March 2019, at about 19:40, a fire broke out in the same warehouse. The harbour authority sounded the alarm at 20:10 that evening.

The harbour authority said yesterday that it had found the cause. At 11:00 that day it told the port's insurers.
"""


def test_a_time_counted_from_a_date_the_text_states_in_full_takes_no_doubt_from_an_inferred_reference():
    # helper-borrow2: "19:40" after "6 March 2019" was held at 0.61, a given reference's 0.765 times
    # the inference's trust, as if counted from the article's date, which it owes nothing.
    tagging = tag(NIGHT)
    assert tagging.reference_source == "inferred" and tagging.reference_trust < 0.8
    given = tag(NIGHT, tagging.reference)
    by_text = {t.text: t for t in tagging.timexes}
    assert [by_text[w].value for w in ("19:40", "20:10", "that evening")] == ["2019-03-06T19:40", "2019-03-06T20:10",
                                                                          "2019-03-06TEV"]
    for words in ("19:40", "20:10", "that evening"):  # each counted from the one before, back to 6 March 2019
        assert by_text[words].read_against == "last_date"
        assert by_text[words].confidence == _confidence(given, words) >= REVIEW_BELOW, words
    # "yesterday" counts from the inferred date, and "11:00 that day" from yesterday: the doubt stays
    for words in ("yesterday", "11:00", "that day"):
        assert _confidence(tagging, words) == pytest.approx(_confidence(given, words) * tagging.reference_trust, abs=0.002)
        assert _confidence(tagging, words) < _confidence(given, words)


def test_a_date_told_too_far_back_to_be_counted_from_leaves_the_inferred_references_doubt():
    # past anchor.NEAR a clock is read against the reference: the date told long before lends it nothing
    far = DATELINE_ALONE + ("\nOn 6 March 2019, at about 19:40, a fire broke out.\n\n" + "The port stayed shut. " * 80
                            + "\n\nAt 21:00 the crews left.\n")
    tagging = tag(far)
    given = tag(far, tagging.reference)
    assert next(t.value for t in tagging.timexes if t.text == "21:00") == f"{tagging.reference.isoformat()}T21:00"
    assert _confidence(tagging, "21:00") == pytest.approx(_confidence(given, "21:00") * tagging.reference_trust, abs=0.002)
    # and its reason says so (borrow3: it said "counted from the date mentioned last (2019-03-06T19:40)")
    (late,) = (t for t in tagging.timexes if t.text == "21:00")
    assert late.read_against == "reference" and "the reference date" in late.reason and "mentioned last" not in late.reason


def test_a_time_after_a_year_alone_says_it_counted_from_the_reference():
    # a clock counts from the day told last; after "in 2018" alone there is none, and it falls on the
    # reference's day (anchor._anchor_date), which its reason named "the date mentioned last (2018)"
    # (borrow3). Were the reference inferred, that reading freed it of the inference's doubt.
    text = "Port fire\n\nThe warehouse was inspected in 2018. At 14:00 the crews left.\n"
    (late,) = (t for t in tag(text, dt.date(2019, 3, 6)).timexes if t.text == "14:00")
    assert late.value == "2019-03-06T14:00"
    assert late.read_against == "reference" and "the reference date Wed 6 Mar 2019" in late.reason, late.reason


@pytest.mark.parametrize("told, freed", [
    ("The harbour authority met on 6 March 2019. The warehouse was inspected in 2019.", True),
    # "a month later" counts from the month of "yesterday", not from the year told last, whatever its
    # reason names: the inferred reference's doubt stays
    ("The harbour authority said yesterday that it had found the cause, which had been noted in 2019.", False),
])
def test_a_count_that_may_reach_a_month_read_against_the_inferred_reference_keeps_its_doubt(told, freed):
    text = DATELINE_ALONE + "\n" + told + " A month later the sprinklers were replaced.\n"
    tagging = tag(text)
    given = tag(text, tagging.reference)
    assert (_confidence(tagging, "A month later") == _confidence(given, "A month later")) is freed
