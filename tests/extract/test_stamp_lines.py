"""A page's date alone on a line at its top ("Tuesday 30 May 2023", "Published: 3 April 2023") dates
the article. Taken for a headline, it was blanked before anything read it: the article then took
the date of another article of its story (weeks off) and showed the date as its title."""

from pathlib import Path

import pytest

from timeline.extract.analyse import analyse
from timeline.extract.debris import find_debris

# The dam story of the journalist's walk (one article a day, dated or not): tests/extract/test_story_dates.py.
INFER2 = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "infer2"

# The lender: an article of the same story, dated by its front matter weeks earlier.
EARLIER = """\
---
published: 2023-03-14
---
Harbour Bridge collapses during evening rush hour

Part of the Harbour Bridge collapsed into the Dane river on Tuesday evening, Mayor Linda Okafor said.
"""

BRITISH = """\
Tuesday 30 May 2023

Harbour Bridge inquiry blames "culture of delay" in interim report

The interim report of the Harbour Bridge inquiry, published on Tuesday, found that the council had postponed repairs three times.
"""

PASTED = """\
Published: 3 April 2023

Inquiry hears bridge inspections were &quot;years overdue&quot;

By Sam Whitfield, Transport Correspondent

Advertisement

The public inquiry into the Harbour Bridge collapse heard on Monday that two inspections had been skipped.
"""


# A press release as copied into a text file: its label, its "Date:" line (British, day first), its
# headline. The line was taken for a link box (the release went undated) or for the headline.
RELEASE = """\
FOR IMMEDIATE RELEASE
Date: {date}

Council agrees new parking charges

The council's cabinet agreed the new charges on Thursday, after a consultation{closed}.

Notes to editors

1. The report is at www.riverside.gov.uk/parking.

Contact:
Press Office
Tel: 01632 960 482

###
"""


# A wire story as copied from its page: headline, byline and date line glued together.
WIRE = """\
Ship turned sideways blocks Suez Canal

{byline}
March 24, 2021

CAIRO (AP) — A container ship ran aground on Tuesday, officials said Wednesday.
"""


@pytest.mark.parametrize("text, day, said, headline, held", [
    (BRITISH, "2023-05-30", "Tuesday 30 May 2023", 'Harbour Bridge inquiry blames "culture of delay" in interim report', 1.0),
    # its headline ends on a quoted phrase (pasted from the page's source), not on a sentence's stop
    (PASTED, "2023-04-03", "Published: 3 April 2023", 'Inquiry hears bridge inspections were "years overdue"', 1.0),
    (RELEASE.format(date="14/03/2024", closed=""), "2024-03-14", "Date: 14/03/2024", "Council agrees new parking charges", 1.0),
    (RELEASE.format(date="March 14, 2024", closed=""), "2024-03-14", "Date: March 14, 2024", "Council agrees new parking charges", 1.0),
    # 3 April or 4 March: the text's other date, written day first, settles it
    (RELEASE.format(date="03/04/2021", closed=" that closed on 28 February 2021"), "2021-04-03",
     "read day first: the text writes 28 February 2021", "Council agrees new parking charges", 1.0),
    # the text's other dates are written month first ("March 11"), but "Wednesday, March 11" is a
    # Wednesday only in the year of 9 March 2026: read month first (3 September), it fell in 2027
    ((INFER2 / "alder-county-release.txt").read_text(encoding="utf-8"), "2026-03-09",
     "'8 a.m. on Wednesday, March 11' falls on its weekday only then",
     "Alder County opens recovery centre for Millbrook Dam flood victims", 1.0),
    # nothing settles it: read as the engine reads it alone, and every date counted from it held at half
    (RELEASE.format(date="03/04/2021", closed=""), "2021-03-04", "may be read day first or month first",
     "Council agrees new parking charges", 0.5),    # a wire story's byline, its date line glued under it: the byline was taken for a stray
    # headline and the date line for its teaser, and the article went undated
    (WIRE.format(byline="By SAMY MAGDY"), "2021-03-24", "March 24, 2021", "Ship turned sideways blocks Suez Canal", 1.0),
    # the same under an agency's name, which no rule knows
    (WIRE.format(byline="Associated Press News Desk"), "2021-03-24", "March 24, 2021", "Ship turned sideways blocks Suez Canal", 1.0),
])
def test_a_date_line_at_the_top_dates_the_article_and_is_not_its_headline(tmp_path, text, day, said, headline, held):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    analysis = analyse(path)
    assert analysis.reference.date.isoformat() == day
    assert said in analysis.reference.reason
    assert analysis.headline == headline
    assert analysis.reference.trust("day") == held
    assert analysis.reference.confidence == (held if held < 1 else None)
    # a wire story's dateline stays with its sentence: cut off, the quote began with the dash
    assert not [s.text for s in analysis.sentences if s.text[0] in "-–—"]


def test_extract_dates_the_events_by_the_stamp_not_by_a_related_article(seed, extract, read_events):
    for name, text in (("01-earlier.txt", EARLIER), ("05-report.txt", BRITISH), ("04-pasted.txt", PASTED)):
        seed(text, name)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    by_file = {e["sources"][0]["file"]: e for e in read_events(Path("events"))}
    report, pasted = by_file["seeds/05-report.txt"], by_file["seeds/04-pasted.txt"]
    assert str(report["date"]) == "2023-05-30"  # "published on Tuesday", read against its own date
    assert report["sources"][0]["title"].startswith("Harbour Bridge inquiry blames")
    assert str(pasted["date"]) == "2023-04-03"  # "heard on Monday", the stamp's own day
    assert "taken from" not in pasted["sources"][0]["published_reason"]
    assert pasted["sources"][0]["title"] == 'Inquiry hears bridge inspections were "years overdue"'


def test_a_line_ending_on_a_quoted_phrase_may_be_a_headline_but_a_quoted_sentence_is_text():
    from timeline.extract.debris import find_debris

    text = ('Inspections were "years overdue"\n\nShe said: "We simply did not have the staff."\n\n'
            'He said it "changes nothing".\n\nIt doesn\'t change our plans. "\n')
    debris, headline = find_debris(text)
    assert headline == 'Inspections were "years overdue"'
    assert [d.text for d in debris] == ['Inspections were "years overdue"']  # the quoted sentences stay text


# The researcher walk: a whole page selected and pasted from the browser (Ctrl-A), with the site's
# skip link, its menu and its breadcrumb above the headline. The article was named "Skip to main content".
WHOLE_PAGE = """\
Skip to main content

News
Sport
Comment
Culture
Business

News > World news > Swine flu

Swine flu: fears of pandemic rise as Mexico death toll reaches 80

The death toll from an outbreak of a human swine flu virus has risen to more than 80 in Mexico.
"""


def test_a_pasted_page_s_skip_link_menu_and_breadcrumb_are_not_its_headline(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text(WHOLE_PAGE, encoding="utf-8")
    assert analyse(path).headline == "Swine flu: fears of pandemic rise as Mexico death toll reaches 80"


def test_a_short_list_in_the_article_s_body_is_kept(tmp_path):
    # Only the page's top holds a menu: a list of short lines further down is the article's own.
    text = ("Hospital opens swine flu clinic\n\nThe clinic opened on Monday. It sees patients at:\n\n"
            "Monday 9am\nTuesday 10am\nFriday 2pm\n")
    debris, headline = find_debris(text)
    assert headline == "Hospital opens swine flu clinic"
    assert not [d for d in debris if d.kind == "menu"]


# A wire story's date line gives no year; only its copyright line does. That line is page furniture
# (no event comes from it), but blanking it before the date was inferred left the article no date of
# its own, and it took a related article's instead: here one dated wrongly by six years.
WIRE = """\
UPDATE 2-Kesterby port fire contained, harbour authority says

KESTERBY, England, March 4 (Reuters) - The fire at the Port of Kesterby was contained on Wednesday, the harbour authority said.

(Reporting by Alice Mercer; Editing by Tom Hale)
(c) 2026 Reuters
"""


def test_a_copyright_line_is_debris_but_still_gives_the_wire_date_line_its_year(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    analysis = analyse(path)
    assert "byline-copyright" in {d.kind for d in analysis.debris}
    assert analysis.reference.date.isoformat() == "2026-03-04"
    assert analysis.reference.source == "inferred"
    assert "copyright" in analysis.reference.reason
    assert not [m for m in analysis.mentions if m.text == "2026"]  # the line itself dates nothing
    assert [m.value for m in analysis.mentions if m.text == "Wednesday"] == ["2026-03-04"]


def test_an_update_stamp_is_no_event_source(seed, tmp_path, extract, read_events):
    seed("---\npublished: 2026-03-04\n---\nPort fire contained\n\n"
         "The fire was contained, the harbour authority said in a statement at 14:32 GMT.\n\n"
         "(Updated 14:32 GMT)\n")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    (event,) = read_events(tmp_path / "events")
    assert [s["quote"] for s in event["sources"]] == [
        "The fire was contained, the harbour authority said in a statement at 14:32 GMT."]


# helper-walk7: a company's earnings release and a regulator's notice went undated, and took the date
# of a press release of their story twelve days off or none: the release's "Nov. 6, 2025" date line
# counted as background because the release reports "fiscal 2026" (named after the year it ends in),
# and the notice's "Report Date:" line was taken for a link box.
WALK7 = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "walk7"


@pytest.mark.parametrize("name, day, said", [
    ("03-earnings-q1-fy2026.txt", "2025-11-06", "'Nov. 6, 2025'"),
    ("04-nhtsa-notice.txt", "2026-03-14", "'Report Date: 03/14/2026'"),
])
def test_a_company_report_and_a_regulators_notice_are_dated_by_their_own_date_line(name, day, said):
    analysis = analyse(WALK7 / name)
    assert analysis.reference.date.isoformat() == day
    assert said in analysis.reference.reason


# helper-biz2: a wire story's note at its foot, "The Associated Press published this story on March
# 31, 2026.", was an event of that day; the story borrowed its date from a notice of its story.
@pytest.mark.parametrize("name, day, said", [
    ("07-ap-fremont.txt", "2026-03-31", "'The Associated Press published this story on March 31, 2026.'"),
])
def test_a_note_of_when_the_copy_was_published_dates_it_and_is_no_event(name, day, said):
    analysis = analyse(WALK7 / name)
    assert analysis.reference.date.isoformat() == day
    assert said in analysis.reference.reason
    assert not any("published this story" in s.text for s in analysis.sentences)


# helper-biz2: an agency's letterhead was a notice's headline ("U.S. Department of Transportation"),
# and a notes file's Markdown heading kept its '#' ("# Northwind timeline – editor's notes").
@pytest.mark.parametrize("name, headline", [
    ("04-nhtsa-notice.txt", "Part 573 Safety Recall Report"),
    ("06-editor-notes.md", "Northwind timeline – editor's notes"),
])
def test_a_notice_and_a_notes_file_are_titled_by_their_own_headline(name, headline):
    assert analyse(WALK7 / name).headline == headline
