"""One sentence, two happenings on two days, makes two events: coordinated main clauses, each with its
own date and verb ("The school closed on Monday, and it reopened on Thursday"). Both cite the
sentence; the second also gives its clause, so that a re-run finds each, and keeps a person's edits,
even over a file written before a sentence made two events. So does a list of dates told with one
verb that says each is a happening ("met on 3 April and again on 25 April"; repeat_cue). The patterns are data (clause_dates in
timeline/extract/data/events.yaml), their examples run by test_rules."""

from __future__ import annotations

import pytest

from timeline.extract import rules
from timeline.loader import load_events as load_checked

ALDER = "The Alder school closed on Monday after a pupil fell ill, and it reopened on Thursday when tests came back negative."
ARTICLE = f"---\npublished: 2009-05-01\n---\nAlder school\n\n{ALDER}\n"
# The file a run wrote before a sentence could make two events: Monday's alone.
WRITTEN_BEFORE = """\
version: 1
events:
  - id: 2009-04-27-the-alder-school-closed-after-a-pupil
    date: 2009-04-27
    title: Alder school shut (a person's title)
    status: draft
    confidence: 0.93
    reason: "'Monday' resolved against the article's published date, Friday 1 May 2009"
    sources:
      - file: seeds/a.txt
        title: Alder school
        quote: >-
          The Alder school closed on Monday after a pupil fell ill, and it reopened on Thursday when
          tests came back negative.
        span: [44, 160]
        date_text: Monday
        published: 2009-05-01
        published_source: metadata
        published_reason: published 2009-05-01 according to its front matter
"""
COUNCIL = "---\npublished: 2009-05-01\n---\nCouncil\n\nThe council met on 3 April 2009 and again on 25 April 2009.\n"
# The file main wrote before a list of dates made an event of each (its title then broken), a
# person's title given since.
COUNCIL_WRITTEN_BEFORE = """\
version: 1
events:
  - id: 2009-04-03-the-council-met-and-again-on-25-april
    date: 2009-04-03
    title: The council met (a person's title)
    summary: The council met on 3 April 2009 and again on 25 April 2009.
    status: draft
    confidence: 0.9
    reason: "'3 April 2009' is a full date"
    sources:
      - file: seeds/a.txt
        title: Council
        quote: The council met on 3 April 2009 and again on 25 April 2009.
        span: [39, 98]
        date_text: 3 April 2009
        published: 2009-05-01
        published_source: metadata
        published_reason: published 2009-05-01 according to its front matter
"""


@pytest.mark.parametrize("sentence, events", [
    (ALDER, [("2009-04-27", "The Alder school closed after a pupil fell ill", "Monday"),
             ("2009-04-30", "The Alder school reopened when tests came back negative", "Thursday")]),
    ("Mexico closed its schools in March, but the ministry reopened them in April.",
     [("2009-03", "Mexico closed its schools", "March"), ("2009-04", "The ministry reopened them", "April")]),
    ("The WHO emergency committee met on Saturday and agreed to meet again on Monday.",
     [("2009-04-25", "The WHO emergency committee met", "Saturday"),
      ("2009-04-27", "The WHO emergency committee agreed to meet again", "Monday")]),
    ("Kim arrived on April 9 and left on April 11.",
     [("2009-04-09", "Kim arrived on April 9", "April 9"), ("2009-04-11", "Kim left on April 11", "April 11")]),
    # An adverb of order before the second verb: one event, dated 1887, was titled "The dam was built
    # and last strengthened in 1998".
    # Its title lent the subject alone: "The dam last strengthened" (title_shared_auxiliary).
    ("The dam was built in 1887 and last strengthened in 1998.",
     [("1887", "The dam was built", "1887"), ("1998", "The dam was last strengthened", "1998")]),
    # The second clause opens with its date, its subject and verb after it (clause_opening_dates)
    ("The Ever Given was refloated on 29 March 2009 and that evening traffic resumed through the canal.",
     [("2009-03-29", "The Ever Given was refloated", "29 March 2009"),
      ("2009-03-29TEV", "Traffic resumed through the canal", "that evening")]),
    ("Mexico closed its schools on Monday, and on Tuesday the ministry reopened them.",
     [("2009-04-27", "Mexico closed its schools", "Monday"), ("2009-04-28", "The ministry reopened them", "Tuesday")]),
    ("On May 22, 1995, Farkas was made a general, and the following year he was appointed attache.",
     [("1995-05-22", "Farkas was made a general", "May 22, 1995"), ("1996", "Farkas was appointed attache", "the following year")]),
    ("The rebels took the town in March, but by April the army had left.",
     [("2009-03", "The rebels took the town", "March"), ("2009-04", "The army had left", "April")]),
    # One verb, a list of dates that says each is a happening ("again", "then", "twice"; repeat_cue)
    ("The council met on 3 April 2009 and again on 25 April 2009.",
     [("2009-04-03", "The council met", "3 April 2009"), ("2009-04-25", "The council met again", "25 April 2009")]),
    ("Smith was arrested in 2005, 2006 and again in 2008.",
     [("2005", "Smith was arrested", "2005"), ("2006", "Smith was arrested again", "2006"),
      ("2008", "Smith was arrested again", "2008")]),
    ("The river flooded in January and again in March.",
     [("2009-01", "The river flooded", "January"), ("2009-03", "The river flooded again", "March")]),
    ("In 2005 and again in 2008, Smith was arrested.",
     [("2005", "Smith was arrested", "2005"), ("2008", "Smith was arrested again", "2008")]),
    ("The board met on Monday and again on Tuesday.",  # two meetings, no span of two days
     [("2009-04-27", "The board met", "Monday"), ("2009-04-28", "The board met again", "Tuesday")]),
    ("The band toured Japan first in 2001 and then in 2005.",
     [("2001", "The band toured Japan", "2001"), ("2005", "The band toured Japan again", "2005")]),
    ("The museum was burgled twice, in 1998 and 2003.",
     [("1998", "The museum was burgled", "1998"), ("2003", "The museum was burgled again", "2003")]),
    # One happening: a span, a list of days, a date in a clause of time, what was said.
    ("Divers searched the wreck from April 9 to April 11.", [("2009-04-09", "Divers searched the wreck", "April 9 to April 11")]),
    ("The schools shut on Monday and Tuesday for cleaning.", [("2009-04-27", "The schools shut for cleaning", "Monday and Tuesday")]),
    ("The schools shut on Monday and Thursday for cleaning.", [("2009-04-27", "The schools shut for cleaning", "Monday")]),
    ("The school was inspected in 1998 and 2003.", [("1998", "The school was inspected", "1998")]),  # no cue: as before
    ("On Monday and Tuesday the roads were closed.", [("2009-04-27", "The roads were closed", "Monday and Tuesday")]),
    ("Between 1990 and 2000 the town grew.", [("1990", "The town grew", "Between 1990 and 2000")]),
    ("From May to June the river flooded.", [("2009-05", "The river flooded", "May to June")]),
    ("The ministry said on Monday that on Tuesday the vote would be held.",
     [("2009-04-27", "The ministry said that on Tuesday the vote would be held", "Monday")]),
    ("The ministry said on Monday that the council met in March and again in April.",
     [("2009-04-27", "The ministry said that the council met in March and again in April", "Monday")]),
    ("The school closed after a pupil fell ill on Monday, and it reopened on Thursday.",
     [("2009-04-27", "The school closed after a pupil fell ill", "Monday")]),  # as before
    ("The ministry said on Monday that the school had closed, and it would reopen on Thursday.",
     [("2009-04-27", "The ministry said that the school had closed", "Monday")]),
])
def test_each_clause_with_its_own_date_and_verb_is_an_event(extract_events, sentence, events):
    found = extract_events(f"---\npublished: 2009-05-01\n---\nNews\n\n{sentence}\n")
    assert [(str(e["date"]), e["title"], e["sources"][0]["date_text"]) for e in found] == events
    assert all(e["sources"][0]["quote"] == sentence for e in found)  # each cites the sentence whole
    assert len({e["id"] for e in found}) == len(found)


@pytest.mark.parametrize("sentence, date_text, title", [tuple(case) for entry in rules.data("events")["title_shared_auxiliary"]
                                                         for case in entry.get("titles", ())])
def test_a_clause_that_opens_with_a_participle_takes_the_subject_and_its_auxiliary(extract_events, sentence, date_text, title):
    found = extract_events(f"---\npublished: 2009-05-01\n---\nNews\n\n{sentence}\n")
    assert [e["title"] for e in found if e["sources"][0]["date_text"] == date_text] == [title]


@pytest.mark.parametrize("sentence, date_text, title", [tuple(case) for entry in rules.data("events")["title_aside_participle"]
                                                         for case in entry.get("titles", ())])
def test_the_second_participle_of_an_aside_takes_the_subject_before_its_comma(extract_events, sentence, date_text, title):
    # "The bridge, opened in 1932 and widened in 1990, carries ..." gave 1990 "Widened, carries 160,000
    # vehicles a day": the clause after "and" had no subject, the one before kept it behind a comma.
    found = extract_events(f"---\npublished: 2009-05-01\n---\nNews\n\n{sentence}\n")
    assert [e["title"] for e in found if e["sources"][0]["date_text"] == date_text] == [title]


def test_the_second_event_gives_its_clause_and_the_files_pass_check(tmp_path, seed, extract, extract_checked):
    monday, thursday = extract_checked({"a.txt": ARTICLE})
    assert monday.sources[0].clause is None  # written as before the split: a re-run finds it so
    text = (tmp_path / "seeds" / "a.txt").read_text("utf-8")
    start, end = thursday.sources[0].clause
    assert text[start:end] == "it reopened on Thursday when tests came back negative."
    assert thursday.sources[0].span == monday.sources[0].span


@pytest.mark.parametrize("article, written_before, added, title", [
    (ARTICLE, WRITTEN_BEFORE, "2009-04-30-the-alder-school-reopened-when-tests", "The Alder school reopened when tests came back negative"),
    (COUNCIL, COUNCIL_WRITTEN_BEFORE, "2009-04-25-the-council-met-again", "The council met again"),
])
def test_a_re_run_over_a_file_written_before_adds_the_other_clause_and_keeps_the_edits(tmp_path, seed, extract, files_of,
                                                                                       article, written_before, added, title):
    seed(article)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "alder.yaml").write_text(written_before, encoding="utf-8")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert f"added: {added}" in result.output
    assert "1 added, 0 updated, 1 kept" in result.output
    written = (tmp_path / "events" / "alder.yaml").read_text("utf-8")
    assert written.startswith(written_before)  # the first event as the person left it, the new one after it
    assert f"title: {title}\n" in written
    # A person's edit to the new event is kept too, and a run with nothing new changes no byte.
    (tmp_path / "events" / "alder.yaml").write_text(written.replace(f"title: {title}", "title: Back (a person's title)"), encoding="utf-8")
    before = files_of(tmp_path / "events")
    result = extract("seeds", "--out", "events")
    assert "0 added, 0 updated, 2 kept" in result.output
    assert files_of(tmp_path / "events") == before


def test_a_moved_sentence_moves_the_clause_with_its_span(tmp_path, seed, extract, read_events):
    seed(ARTICLE)
    extract("seeds", "--out", "events")
    seed(ARTICLE.replace("Alder school\n", "Alder school\n\nA line added above.\n"))
    result = extract("seeds", "--out", "events")
    # the same sentences, moved: counted apart from updates (a new source), nothing to look at
    assert "0 added, 0 updated, 2 kept, 0 need a date; 2 spans moved with their sentences;" in result.output
    _, thursday = read_events(tmp_path / "events")
    text = (tmp_path / "seeds" / "a.txt").read_text("utf-8")
    assert text[slice(*thursday["sources"][0]["clause"])] == "it reopened on Thursday when tests came back negative."
    assert load_checked([tmp_path / "events"])


def test_the_sentence_told_by_two_articles_gives_two_events_each_with_both_sources(extract_checked):
    events = extract_checked({"a.txt": ARTICLE, "b.txt": ARTICLE.replace("Alder school\n", "School news\n")})
    assert [(e.date.value, [s.file for s in e.sources], e.review) for e in events] == [
        ("2009-04-27", ["seeds/a.txt", "seeds/b.txt"], None), ("2009-04-30", ["seeds/a.txt", "seeds/b.txt"], None)]


def test_a_corrected_copy_joins_clause_with_clause_and_says_where_the_dates_differ(extract_checked):
    corrected = ARTICLE.replace("Alder school\n", "School news\n").replace("on Thursday", "on Wednesday")
    monday, thursday = extract_checked({"a.txt": ARTICLE, "b.txt": corrected})
    assert (monday.date.value, len(monday.sources), monday.review) == ("2009-04-27", 2, None)
    assert (thursday.date.value, len(thursday.sources)) == ("2009-04-30", 2)
    assert "sources disagree on the date" in thursday.review
