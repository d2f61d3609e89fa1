"""One sentence, two happenings on two days, makes two events: coordinated main clauses, each with its
own date and verb ("The school closed on Monday, and it reopened on Thursday"). Both cite the
sentence; the second also gives its clause, so that a re-run finds each, and keeps a person's edits,
even over a file written before a sentence made two events. The patterns are data (clause_dates in
timeline/extract/data/events.yaml), their examples run by test_rules."""

from __future__ import annotations

import pytest

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
    # One happening: a span, a list of days, a date in a clause of time, what was said.
    ("Divers searched the wreck from April 9 to April 11.", [("2009-04-09", "Divers searched the wreck", "April 9 to April 11")]),
    ("The schools shut on Monday and Tuesday for cleaning.", [("2009-04-27", "The schools shut for cleaning", "Monday")]),
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


def test_the_second_event_gives_its_clause_and_the_files_pass_check(tmp_path, seed, extract, extract_checked):
    monday, thursday = extract_checked({"a.txt": ARTICLE})
    assert monday.sources[0].clause is None  # written as before the split: a re-run finds it so
    text = (tmp_path / "seeds" / "a.txt").read_text("utf-8")
    start, end = thursday.sources[0].clause
    assert text[start:end] == "it reopened on Thursday when tests came back negative."
    assert thursday.sources[0].span == monday.sources[0].span


def test_a_re_run_over_a_file_written_before_adds_the_other_clause_and_keeps_the_edits(tmp_path, seed, extract, files_of):
    seed(ARTICLE)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "alder.yaml").write_text(WRITTEN_BEFORE, encoding="utf-8")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "added: 2009-04-30-the-alder-school-reopened-when-tests" in result.output
    assert "1 added, 0 updated, 1 kept" in result.output
    written = (tmp_path / "events" / "alder.yaml").read_text("utf-8")
    assert written.startswith(WRITTEN_BEFORE)  # Monday's event as the person left it, the new one after it
    # A person's edit to the new event is kept too, and a run with nothing new changes no byte.
    (tmp_path / "events" / "alder.yaml").write_text(written.replace("title: The Alder school reopened when tests came back negative",
                                                                    "title: Alder school back"), encoding="utf-8")
    before = files_of(tmp_path / "events")
    result = extract("seeds", "--out", "events")
    assert "0 added, 0 updated, 2 kept" in result.output
    assert files_of(tmp_path / "events") == before


def test_a_moved_sentence_moves_the_clause_with_its_span(tmp_path, seed, extract, read_events):
    seed(ARTICLE)
    extract("seeds", "--out", "events")
    seed(ARTICLE.replace("Alder school\n", "Alder school\n\nA line added above.\n"))
    result = extract("seeds", "--out", "events")
    assert "0 added, 2 updated" in result.output
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
