"""A correction notice ("An earlier version of this story said the fire started on Wednesday")
repeats the very date that was wrong: made an event, it put the fire on the day the outlet took
back. The notice is page furniture (data/debris.yaml, `correction`); the corrected sentence above it
dates the event."""

import pytest


PAGE = """\
---
published: 2026-03-05
---
Kesterby fire: questions over chemical cargo

The port will remain closed until at least Friday, its owners said on Thursday.

{notice}
"""


@pytest.mark.parametrize("notice", [
    "This article was amended on 5 March 2026. An earlier version said the fire started on Wednesday; it started late on Tuesday.",
    "An earlier version of this story said the port reopened on Wednesday. It reopened on Friday.",
    "Correction: A previous version of this article gave the date of the fire as March 4.",
    "(Corrects day of full reopening in first paragraph to Saturday from Sunday)",  # Reuters' style
])
def test_a_correction_notice_makes_no_event_on_the_day_it_takes_back(extract_events, notice):
    events = extract_events(PAGE.format(notice=notice))
    assert [str(e["date"]) for e in events] == ["2026-03-05"], notice


def test_a_sentence_about_an_earlier_version_of_something_else_is_an_event(extract_events):
    events = extract_events(PAGE.format(notice="An earlier version of the bill was rejected by MPs on Tuesday."))
    assert sorted(str(e["date"]) for e in events) == ["2026-03-03", "2026-03-05"]
