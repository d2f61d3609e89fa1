"""History told by an article whose own date is unknown or inferred: a date its words state in full
("the late 19th century", "the 1300s") does not hang on that article date."""

import pytest

from timeline.loader import load_events
from timeline.site.review import date_doubts

EVENTS_YAML = """\
- date: '18'
  title: Textile mills dominated the town
  sources:
    - file: seeds/industry.txt
      quote: Textile mills dominated the town in the late 19th century.
      date_text: the late 19th century
      published: 2019-11-11
      published_source: inferred
- date: '08'
  title: A wooden church stood on the site
  sources:
    - {file: seeds/church.txt, quote: A wooden church stood on the site in the 9th century., date_text: the 9th century,
       published_source: none}
- date: 19 August AD 14
  title: Augustus died at Nola
- date: Tuesday
  anchor: 2019-11-08
  title: The museum closed
- date: 2019-11-08
  title: The museum reopened
  sources:
    - {file: seeds/industry.txt, quote: The museum reopened on Friday., date_text: Friday, published: 2019-11-11,
       published_source: inferred}
"""


def test_a_century_or_decade_stated_in_full_is_not_doubted_for_its_articles_date(write):
    """'the late 19th century' was marked 'date uncertain: the date of seeds/industry.txt was
    inferred', though no article date can move it; 'the 1800s' beside it was not (it names 1800)."""
    events = {e.title: e for e in load_events([write("events/e.yaml", EVENTS_YAML)])}
    assert date_doubts(events["Textile mills dominated the town"], 0.7) == ()
    assert date_doubts(events["A wooden church stood on the site"], 0.7) == ()
    assert date_doubts(events["The museum reopened"], 0.7) == ("the date of seeds/industry.txt was inferred",)


def test_a_draft_is_doubted_for_a_date_that_counts_from_its_anchor_not_for_a_year_of_two_digits(write):
    """'19 August AD 14' needs no anchor: a pattern for years of three digits or more called it relative."""
    events = {e.title: e for e in load_events([write("events/e.yaml", EVENTS_YAML)])}
    assert date_doubts(events["Augustus died at Nola"], 0.7) == ()
    assert date_doubts(events["The museum closed"], 0.7) == ("the date 'Tuesday' is relative and the event is not reviewed yet",)


@pytest.mark.parametrize("reason, said", [
    ("'1985' is a full date; date uncertain: '1985' is in a comparison: it may be what the event is compared "
     "with, not when it happened",
     "'1985' is in a comparison: it may be what the event is compared with, not when it happened "
     "— confidence 0.6, below 0.7"),
    # the doubt quotes '1985': that it "names its date outright" (it said "is a full date", as an earlier
    # version wrote it) told nothing more
    # the date engine's own doubt, one of two readings: it was said after the reading, "date uncertain" again
    ("'last week' resolved against the article's published date, 2009-05-03; date uncertain: told at the edge "
     "of a week: the writer may mean the week before or after",
     "told at the edge of a week: the writer may mean the week before or after "
     "— confidence 0.6, below 0.7; 'last week' counted from the article's date, 2009-05-03"),
])
def test_a_cues_doubt_is_said_first_in_its_own_words_and_once(write, reason, said):
    """'date confidence 0.6 is below 0.7: '1985' is a full date; date uncertain: '1985' is in a
    comparison ...' said "date uncertain" inside the line that says why a date is uncertain."""
    yaml_text = (f"- date: '1985'\n  title: Not even after the earthquake was it like this\n"
                 f"  confidence: 0.6\n  reason: \"{reason}\"\n  status: draft\n")
    event = load_events([write("events/e.yaml", yaml_text)])[0]
    assert date_doubts(event, 0.7) == (said,)
