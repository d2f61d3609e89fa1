"""Duplicates, disagreements and sentences that need a date."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
import yaml

from timeline.dates import tag
from timeline.extract import apart, rules
from timeline.loader import load_events

SENTENCE = "The transport minister resigned on Tuesday after a long row over rail funding with the finance ministry."


def _article(folder, name, published, *lines):
    front = f"---\npublished: {published}\n---\n" if published else ""
    (folder / name).write_text(front + "\n\n".join(lines) + "\n", "utf-8")


def test_sources_that_disagree_on_the_date_are_kept_and_flagged(tmp_path, monkeypatch, extract, read_events):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2021-03-05", SENTENCE, "Rail unions in Leeds welcomed the decision.")
    _article(tmp_path / "a", "two.txt", "2021-03-12", SENTENCE, "Rail unions in Leeds criticised the decision.")
    result = extract("a", "--out", "events")
    assert result.exit_code == 0, result.output
    events = [e for e in read_events(tmp_path / "events") if "resigned" in e["summary"]]
    assert len(events) == 1
    event = events[0]
    assert [s["file"] for s in event["sources"]] == ["a/one.txt", "a/two.txt"]
    assert "sources disagree on the date" in event["review"]
    assert "2021-03-02" in event["review"] and "2021-03-09" in event["review"]
    assert load_events([tmp_path / "events"])


def test_a_merged_event_lists_first_the_source_its_date_and_reason_come_from(tmp_path, monkeypatch, extract, read_events):
    # The reason says "counted from the article's date": a reader takes "the article"
    # for the first source listed, which was the first by file name, not the one the date came from.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2021-03-12", SENTENCE.replace("on Tuesday", "this month"))
    _article(tmp_path / "a", "two.txt", "2021-03-05", SENTENCE)
    extract("a", "--out", "events")
    events = [e for e in read_events(tmp_path / "events") if "resigned" in e["summary"]]
    assert len(events) == 1, events
    event = events[0]
    assert str(event["date"]) == "2021-03-02"
    assert [s["file"] for s in event["sources"]] == ["a/two.txt", "a/one.txt"]
    assert "Friday 5 March 2021" in event["reason"]


def test_the_same_event_twice_in_one_article_is_one_event(tmp_path, monkeypatch, extract, read_events):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2021-03-05", SENTENCE, "Some other news about the weather.",
             SENTENCE.replace("long row", "long-running row"))
    extract("a", "--out", "events")
    events = [e for e in read_events(tmp_path / "events") if "resigned" in e["summary"]]
    assert len(events) == 1 and len(events[0]["sources"]) == 2
    assert "review" not in events[0]


def test_an_article_with_nothing_to_date_it_lists_its_events_as_needing_a_date(tmp_path, monkeypatch, extract):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "lone.txt", None, "The minister resigned on Tuesday after a row over rail funding.",
             "The rail plan dates back to 1998.")
    result = extract("a", "--out", "events")
    assert result.exit_code == 0
    assert "a/lone.txt: needs a date: The minister resigned after a row over rail funding\n" in result.output
    path = next((tmp_path / "events").glob("*.yaml"))
    document = yaml.safe_load(path.read_text("utf-8"))
    assert document["events"] == []
    assert [u["sources"][0]["quote"] for u in document["undated"]] == [
        "The minister resigned on Tuesday after a row over rail funding."
    ]
    assert "needs a date to count from" in document["undated"][0]["reason"]
    assert load_events([tmp_path / "events"]) == []

    # A person gives it a date and moves it to the events: it does not come back as undated.
    entry = document["undated"].pop()
    document["events"].append({"date": "2021-03-02", "title": entry["title"], "sources": entry["sources"]})
    path.write_text(yaml.safe_dump(document, sort_keys=False), "utf-8")
    before = path.read_bytes()
    result = extract("a", "--out", "events")
    assert "0 added" in result.output and "0 need a date" in result.output
    assert path.read_bytes() == before


def test_a_dated_articles_sentence_whose_date_has_no_year_it_gives_waits_for_a_date(tmp_path, monkeypatch, extract):
    # It was left out without a word: the month after "the 12th century" is XXXX-03, which no article
    # date places (found by helper-narrative).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "abbey.txt", "2019-11-08",
             "In the 12th century monks built a mill by the river. In March, the abbot died of a fever.")
    result = extract("a", "--out", "events")
    assert "a/abbey.txt: needs a date: The abbot died of a fever\n" in result.output, result.output
    assert 'add "published' not in result.output, "the article has its date: a person dates the sentence"
    assert ('a/abbey.txt: those whose date names no year or day the article gives ("In March" after "the 12th '
            'century") need you: date each under "undated:" in ') in result.output
    document = yaml.safe_load(next((tmp_path / "events").glob("*.yaml")).read_text("utf-8"))
    assert [e["title"] for e in document["events"]] == ["Monks built a mill by the river"]
    assert document["undated"][0]["reason"] == ("'March' is XXXX-03: neither the article's date nor its text says which "
                                                "year or day that is; give the event its date")


def test_a_re_run_counts_the_sentences_still_waiting_under_undated(tmp_path, monkeypatch, extract):
    # The researcher walk: a second run said "0 need a date" while 12 sentences of a first run still
    # waited under `undated:`; only the new ones were counted.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "lone.txt", None, "The minister resigned on Tuesday after a row over rail funding.",
             "On Monday the rail talks failed.")
    first = extract("a", "--out", "events")
    assert "0 added, 0 updated, 0 kept, 2 need a date;" in first.output, first.output
    again = extract("a", "--out", "events")
    assert "0 added, 0 updated, 0 kept, 0 need a date (2 more still wait under undated: from earlier runs);" in again.output
    assert "(1 more still waits" not in again.output


def test_an_article_given_its_date_says_which_of_its_sentences_still_wait_under_undated(tmp_path, monkeypatch,
                                                                                       extract):
    # The journalist walk: after adding `published:` as told, the run said only "2 more still wait",
    # as if the date had done nothing; the entries stay (a person may have edited them), said where.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    lines = ("The minister resigned on Tuesday after a row over rail funding.", "On Monday the rail talks failed.")
    _article(tmp_path / "a", "lone.txt", None, *lines)
    extract("a", "--out", "events")
    path = next((tmp_path / "events").glob("*.yaml"))
    before = path.read_bytes()
    _article(tmp_path / "a", "lone.txt", "2021-03-03", *lines)
    result = extract("a", "--out", "events")
    assert result.exit_code == 0, result.output
    starts = [n + 1 for n, line in enumerate(path.read_text("utf-8").splitlines()) if line.startswith("  - title:")]
    assert (f'a/lone.txt: has a date now, and 2 of its sentences still wait under "undated:" (events/{path.name}:'
            f'{starts[0]}, {starts[1]}): delete them there and run again to have them dated against it; they are all '
            f'events/{path.name} holds: deleting the file does the same\n') in result.output
    assert "0 added" in result.output and "a/lone.txt: needs a date" not in result.output


def test_entries_waiting_in_a_file_that_holds_events_too_are_not_told_to_go_with_it(tmp_path, monkeypatch, extract):
    # "deleting the file does the same" only of a file holding nothing else: here an event a person added
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    lines = ("The minister resigned on Tuesday after a row over rail funding.", "On Monday the rail talks failed.")
    _article(tmp_path / "a", "lone.txt", None, *lines)
    extract("a", "--out", "events")
    [path] = (tmp_path / "events").glob("*.yaml")
    text = path.read_text("utf-8")
    assert "events: []\n" in text and "undated:" in text
    path.write_text(text.replace("events: []\n", "events:\n  - {date: 2021-03-02, title: The minister resigned}\n"), "utf-8")
    _article(tmp_path / "a", "lone.txt", "2021-03-03", *lines)
    result = extract("a", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "a/lone.txt: has a date now" in result.output and "deleting the file" not in result.output


@pytest.mark.parametrize("in_front_matter", [False, True])
def test_entries_waiting_under_undated_are_not_counted_as_kept_events(tmp_path, monkeypatch, extract, in_front_matter):
    # Counted once, as waiting: "2 kept" beside them made 35 kept where `timeline check` counted 33 events.
    # The date given in the article's front matter moves its sentences, and their spans with them: the
    # same sentences, nothing to look at, so not "2 updated" either: counted apart, each said.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    lines = ("The minister resigned on Tuesday after a row over rail funding.", "On Monday the rail talks failed.")
    _article(tmp_path / "a", "lone.txt", None, *lines)
    extract("a", "--out", "events")
    if in_front_matter:
        _article(tmp_path / "a", "lone.txt", "2021-03-03", *lines)
    else:
        (tmp_path / "a" / "lone.meta.yaml").write_text("published: 2021-03-03\n", "utf-8")  # the text, its spans, unmoved
    result = extract("a", "--out", "events")
    waiting = "0 added, 0 updated, 0 kept, 0 need a date (2 more still wait under undated: from earlier runs)"
    assert waiting + ("; 2 spans moved with their sentences;" if in_front_matter else ";") in result.output
    moved = [line for line in result.output.splitlines() if line.startswith("moved: ")]
    assert len(moved) == (2 if in_front_matter else 0)
    assert all("the span of a/lone.txt moved from" in line for line in moved)


def test_a_sentence_that_needs_a_date_names_its_article_and_what_to_do(tmp_path, monkeypatch, extract, read_events):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "lone.txt", None, "The minister resigned on Tuesday after a row over rail funding.",
             "On Monday the rail talks failed.")
    hint = 'a/lone.txt: no date for this article: add "published: YYYY-MM-DD" to its front matter or to a/lone.meta.yaml'
    result = extract("a", "--out", "events", "--dry-run")
    assert result.exit_code == 0
    assert result.output.splitlines()[:3] == [
        "a/lone.txt: needs a date: The minister resigned after a row over rail funding",
        "a/lone.txt: needs a date: The rail talks failed",
        f"{hint} and run again",
    ]
    result = extract("a", "--out", "events")
    assert result.exit_code == 0
    path = next((tmp_path / "events").glob("*.yaml"))
    assert result.output.splitlines()[2] == (
        f'{hint}, then delete its entries under "undated:" in events/{path.name} (they are all it holds: delete '
        'the file) and run again (or date each entry there and move it under "events:")')
    assert result.output == extract("a", "--out", "elsewhere").output.replace("elsewhere/", "events/")

    # Doing what it says makes them events.
    _article(tmp_path / "a", "lone.txt", "2021-03-05", "The minister resigned on Tuesday after a row over rail funding.",
             "On Monday the rail talks failed.")
    document = yaml.safe_load(path.read_text("utf-8"))
    del document["undated"]
    path.write_text(yaml.safe_dump(document, sort_keys=False), "utf-8")
    result = extract("a", "--out", "events")
    assert "2 added" in result.output and "needs a date" not in result.output
    assert sorted(str(e["date"]) for e in read_events(tmp_path / "events")) == ["2021-03-01", "2021-03-02"]


def test_an_html_article_without_a_date_is_pointed_at_its_side_file(tmp_path, monkeypatch, extract):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.html").write_text(
        "<html><head><title>Rail</title></head><body><article><p>The minister resigned on Tuesday after a long row "
        "over rail funding with the finance ministry, officials said.</p></article></body></html>", "utf-8")
    result = extract("a", "--out", "events", "--dry-run")
    assert result.exit_code == 0, result.output
    assert 'a/page.html: no date for this article: add "published: YYYY-MM-DD" to a/page.meta.yaml and run again' in result.output


def test_jobs_zero_means_one_per_core(demo, extract):
    result = extract("seeds", "--out", "events", "--jobs", "0")
    assert result.exit_code == 0 and " added, 0 updated" in result.output


def test_an_id_alone_does_not_tie_a_new_article_to_an_event_about_another_one(tmp_path, monkeypatch, extract, read_events):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2021-03-05", SENTENCE)
    extract("a", "--out", "events")
    [existing] = read_events(tmp_path / "events")
    (tmp_path / "a" / "one.txt").unlink()
    _article(tmp_path / "a", "two.txt", "2021-03-05", "The transport minister resigned on Tuesday, and was replaced by a rival.")
    result = extract("a", "--out", "events")
    assert "1 added, 0 updated" in result.output
    events = read_events(tmp_path / "events")
    assert existing in events and len(events) == 2
    assert len({e["id"] for e in events}) == 2


def test_until_at_least_a_day_is_a_plan_not_an_event_on_that_day(tmp_path, monkeypatch, extract, read_events):
    # "The school expects to be closed until at least Sunday" became an event on Sunday (Guardian swine flu).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2021-03-05", "The library closed on Wednesday after a flood.",
             "The library expects to stay shut until at least Sunday.", "The pool will be closed until Monday.")
    extract("a", "--out", "events")
    summaries = [e["summary"] for e in read_events(tmp_path / "events")]
    assert summaries == ["The library closed on Wednesday after a flood."]


def test_a_title_leaves_out_page_debris_inside_its_sentence(tmp_path, monkeypatch, extract, read_events):
    # The Guardian swine-flu story: a closing quote mark joins the next line's sentence, and with it an
    # audio player's caption ("Sarah Boseley: ... Link to this audio") that the title was made of.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(
        '---\npublished: 2021-03-05\n---\nThe minister said: " It is no cause for alarm. "\n'
        "Ann Lee: ` The only cases are in Leeds ' Link to this audio The virus reached York on Tuesday and "
        "spread to nine towns.\n", "utf-8")
    assert extract("a", "--out", "events").exit_code == 0
    [event] = [e for e in read_events(tmp_path / "events") if "York" in e["summary"]]
    assert event["title"] == "The virus reached York and spread to nine towns"
    assert "Link to this audio" in event["summary"]  # the quote stays the article's own text


def test_two_events_of_one_evening_are_not_one_for_naming_it_alike(tmp_path, monkeypatch, extract, read_events):
    # "evening" is a generic date word, but it was compared unstemmed with the stem "even": "Friday
    # evening" tied a union's decision to two workers leaving hospital.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2026-03-07", "Kesterby port strike off",
             "Unite said the strike at the Port of Kesterby had been suspended after talks on Friday evening.")
    _article(tmp_path / "a", "two.txt", "2026-03-07", "Two more hurt in Kesterby port fire",
             "Both were released from hospital on Friday evening, Suffolk Police said of the Kesterby workers.")
    assert extract("a", "--out", "events").exit_code == 0
    assert len(read_events(tmp_path / "events")) == 2


def test_sources_one_event_merges_at_two_clock_times_are_flagged(tmp_path, monkeypatch, extract, read_events):
    # The police put the fire's start at 11:10 p.m., the fire service at 11:40 p.m.: one event, whose
    # time one of them contradicts, and nothing said of it.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    _article(tmp_path / "a", "one.txt", "2026-03-04", "Fire contained",
             "Chief fire officer Dan Price told reporters the blaze had started in a refrigerated container at about 11:40 p.m. on Tuesday.")
    _article(tmp_path / "a", "two.txt", "2026-03-06", "Start of fire revised",
             "Police said the blaze had started in a refrigerated container at 11:10 p.m. on Tuesday.")
    assert extract("a", "--out", "events").exit_code == 0
    events = read_events(tmp_path / "events")
    if len(events) == 1:  # kept as one event: then it must say that its sources disagree
        assert "2026-03-03T23:10" in events[0]["review"] and "2026-03-03T23:40" in events[0]["review"]
    else:
        assert sorted(str(e["date"]) for e in events) == ["2026-03-03T23:10", "2026-03-03T23:40"]


def test_an_article_changed_since_its_events_were_made_is_said(tmp_path, monkeypatch, extract, read_events):
    # A live story saved again over its file after an update: the event kept the old time, its
    # quote no longer in the article, and the run said "wrote nothing (no file changed)".
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    _article(tmp_path / "seeds", "live.txt", "2026-03-05", "Port fire latest",
             "The evacuation order for 200 homes was lifted at 6am on Thursday.")
    assert extract("seeds", "--out", "events").exit_code == 0
    _article(tmp_path / "seeds", "live.txt", "2026-03-05", "Port fire latest",
             "The evacuation order for 200 homes was lifted at 7am on Thursday.")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert ("seeds/live.txt no longer says 'The evacuation order for 200 homes was lifted at 6am on Thursday.'"
            in result.output), result.output
    assert "events/" in result.output.split("no longer says", 1)[0]  # where the event is, file:line


def _merged(tmp_path, monkeypatch, extract, read_events, *articles):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    for name, published, lines in articles:
        # the names and the sentence they share make the two articles one story
        _article(tmp_path / "a", name, published, *lines, "Kesterby and Suffolk health officials are watching the outbreak.")
    result = extract("a", "--out", "events")
    assert result.exit_code == 0, result.output
    return read_events(tmp_path / "events")


@pytest.mark.parametrize(("one", "two", "count"), [
    # The Guardian swine-flu story: every sentence dated "winter" became one event of 16 sources
    # (a vaccine plan, sheep farms, Australia's flu season): "winter" was taken for a named day.
    pytest.param(
        ("one.txt", "2021-03-05", ["Vaccines", "The council will grit every road in Leeds this winter."]),
        ("two.txt", "2021-03-06", ["Farms", "Sheep farmers in Wales expect heavy losses over the winter."]),
        2, id='a season named alike is not a named day'),
    pytest.param(
        ("one.txt", "2021-01-03", ["Fire", "A warehouse burned down in Hull on New Year's Day."]),
        ("two.txt", "2021-01-04", ["Blaze", "Crowds watched as flames tore through a Humber depot on New Year's Day."]),
        1, id='a named day still merges'),
    # "Today, of course, we live in a very different world" joined "Dr Robinson will be live on line
    # at 4pm today": "today" weighed as much as any word the two sentences shared.
    pytest.param(
        ("one.txt", "2021-03-05", ["Rail", "Talks collapsed this morning."]),
        ("two.txt", "2021-03-05", ["Flood", "The river burst its banks this morning."]),
        2, id='sharing only the words of their day does not merge two events'),
    # "The World Health Organisation says it has confirmed 236 cases, up from 148 yesterday" was one
    # event with "the agency has confirmed 109 cases in the US, up from 91 yesterday": different counts
    # are different reports; joined, one of them is hidden.
    pytest.param(
        ("one.txt", "2021-03-05", ["Count", "The health agency confirmed 236 cases of the virus on Thursday."]),
        ("two.txt", "2021-03-05", ["Count", "The health agency confirmed 109 cases of the virus in Leeds on Thursday."]),
        2, id='two reports whose figures differ are two events'),
    pytest.param(
        ("one.txt", "2021-03-05", ["Count", "The health agency confirmed 236 cases of the virus on Thursday."]),
        ("two.txt", "2021-03-06", ["Count", "On Thursday 236 people were confirmed by the health agency to have the virus, "
                                           "officials in Leeds said."]),
        1, id='two reports that give the same figure still merge'),
    # "By 11.30 pm that night we had had 88 swine flu calls" joined "Alan Johnson said yesterday that
    # Tamiflu had proved effective": "had" and "that" were a third of the short sentence's weight.
    pytest.param(
        ("one.txt", "2021-03-05", ["Calls", "We had had nothing by Tuesday."]),
        ("two.txt", "2021-03-05", ["Rail", "The minister had resigned on Tuesday after a row."]),
        2, id='a short sentence sharing only common words stays apart'),
    # "An outbreak of swine flu at a Birmingham primary school led to 44 new cases of the virus being
    # confirmed yesterday" and "Yesterday, lab results confirmed a further 44 infections at the school"
    # were two events once "yesterday" no longer counted as shared wording.
    pytest.param(
        ("one.txt", "2021-03-05", ["Count", "An outbreak at a primary school in Kesterby led to 44 new cases being "
                                           "confirmed on Thursday, the largest number in one day."]),
        ("two.txt", "2021-03-06", ["Count", "On Thursday, lab results confirmed a further 44 infections at the school."]),
        1, id='a figure both sentences give is shared wording'),
    # The Guardian swine-flu story: "Gordon Brown, who later today will join a meeting of the
    # government's Cobra emergency committee" and "the WHO emergency committee will not be meeting
    # today" were one event: they share "emergency committee" and "meeting".
    pytest.param(
        ("one.txt", "2021-03-05", ["Cobra", "The minister will join a meeting of the flood emergency committee in Leeds today."]),
        ("two.txt", "2021-03-05", ["Geneva", "A spokesman said the flood emergency committee will not be meeting today."]),
        2, id='a happening one sentence says did not take place is not the one that did'),
    pytest.param(
        ("one.txt", "2021-03-05", ["Cobra", "The flood emergency committee in Leeds will not be meeting today, a spokesman said."]),
        ("two.txt", "2021-03-05", ["Geneva", "The flood emergency committee will not meet today."]),
        1, id='sentences that both say it did not take place still merge'),
    # The Guardian swine-flu story: "Bloomberg today said that ... more than 100 people at the St
    # Francis Preparatory School had been sickened" and "Bloomberg said today that officials suspect
    # children at a second school in Queens have taken ill" were one event.
    pytest.param(
        ("one.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that pupils at the Kirkgate grammar school were ill."]),
        ("two.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that children at a second school in Headingley were ill."]),
        2, id='a second one of a thing is not the first'),
    pytest.param(
        ("one.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that pupils at a second school in Headingley were ill."]),
        ("two.txt", "2021-03-05", ["Leeds", "Children at a second school in Headingley were ill, the Leeds mayor said today."]),
        1, id='two sentences that both tell of a second one still merge'),
])
def test_two_articles_tell_one_event_or_two(tmp_path, monkeypatch, extract, read_events, one, two, count):
    events = _merged(tmp_path, monkeypatch, extract, read_events, one, two)
    assert sorted(len(e["sources"]) for e in events) == ([2] if count == 1 else [1, 1])


def test_a_re_run_keeps_the_events_a_person_arranged_whatever_the_merge_rules_say(tmp_path, monkeypatch, extract, read_events):
    # Events are found again by id or source: a rule that would now merge two events, or split one,
    # moves no source between the events a person (or an earlier version) left.
    events = _merged(tmp_path, monkeypatch, extract, read_events,
                     ("one.txt", "2021-03-05", ["Count", "The health agency confirmed 236 cases of the virus on Thursday."]),
                     ("two.txt", "2021-03-05", ["Count", "The health agency confirmed 109 cases of the virus in Leeds on Thursday."]),
                     ("three.txt", "2021-03-05", ["Mill", "A mill in Kesterby burned down on Thursday, and firemen fought the blaze for hours."]),
                     ("four.txt", "2021-03-06", ["Mill", "Firemen fought the blaze at the Kesterby mill for hours on Thursday, the mill burned down."]))
    assert sorted(len(e["sources"]) for e in events) == [1, 1, 2]
    path = next((tmp_path / "events").glob("*.yaml"))
    document = yaml.safe_load(path.read_text("utf-8"))
    counts = [e for e in document["events"] if "cases" in e["summary"]]
    mill = next(e for e in document["events"] if "mill" in e["summary"])
    # The two counts merged by hand; the mill's two reports split by hand.
    counts[0]["sources"].extend(counts[1]["sources"])
    document["events"].remove(counts[1])
    split = dict(mill, id=mill["id"] + "-again", sources=mill["sources"][1:])
    mill["sources"] = mill["sources"][:1]
    document["events"].append(split)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), "utf-8")
    before = path.read_bytes()
    result = extract("a", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "0 added" in result.output and "0 updated" in result.output, result.output
    # the two counts' sentences find one event: kept once; the mill's report split off by hand is kept
    # too, and counted as `timeline check` counts the file's three events
    assert "3 kept (1 of them found by no sentence of this run" in result.output, result.output
    assert path.read_bytes() == before


def test_a_third_sentence_like_both_does_not_join_two_happenings(tmp_path, monkeypatch, extract, read_events):
    # The Guardian swine-flu story: "the St Francis Preparatory School" and "a second school in
    # Queens" were kept apart, yet one event: "many hundreds of schoolchildren are sickened" was
    # like both, and merging joined all three.
    events = _merged(tmp_path, monkeypatch, extract, read_events,
                     ("one.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that pupils at the Kirkgate grammar school were ill."]),
                     ("two.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that children at a second school in Headingley were ill."]),
                     ("three.txt", "2021-03-05", ["Leeds", "The mayor of Leeds said today that many hundreds of schoolchildren were ill."]))
    assert sorted(len(e["sources"]) for e in events) == [1, 2]
    second = next(e for e in events if any("second school" in s["quote"] for s in e["sources"]))
    assert len(second["sources"]) == 1


@pytest.mark.parametrize("forms", sorted(rules.words("events", "merge_word_forms")))
def test_a_words_forms_are_one_word(forms):
    assert len({apart.stem(word) for word in forms.split()}) == 1, forms


@pytest.mark.parametrize(("one", "two", "count"), [
    # TempEval-3: "the president himself met with Sununu Sunday" and "the president's son met with
    # Sununu last week" were one event.
    ("The mayor himself met the striking bus drivers at the Kesterby depot on Tuesday.",
     "On Tuesday the mayor's deputy held talks with the striking bus drivers in Kesterby.", 2),
    ("The mayor's deputy met the striking bus drivers at the Kesterby depot on Tuesday.",
     "On Tuesday the mayor's deputy held talks with the striking bus drivers in Kesterby.", 1),
    # TempEval-3: "Israel wants to withdraw from southern Lebanon" and "Israel was willing to withdraw
    # from southern Lebanon provided Israel's northern frontier could be secured" were kept apart: a
    # sentence that names the owner bare too tells of it itself.
    ("On Tuesday Kesterby said it wants to sell the old depot on Mill Lane.",
     "Kesterby said on Tuesday it was willing to sell the old depot on Mill Lane provided Kesterby's buses had a new one.", 1),
    # TempEval-3: Saddam "will withdraw his troops from Kuwait only if Israel withdraws from the West
    # Bank" and "linking his occupation of Kuwait with Israel's occupation of the West Bank": the
    # owner's own doing is the owner.
    ("On Tuesday Kesterby offered to sell the old depot on Mill Lane to the bus company.",
     "Kesterby's offer on Tuesday to sell the old depot on Mill Lane to the bus company was refused.", 1),
    # TempEval-3: "Sales for the full year were $6.6 billion, up 13%" and "Sales in the latest
    # period were $1.76 billion, a 13% increase" were one event once a date inside another could merge.
    ("Kesterby Mills said its sales for 2020 were $6.6 billion, up 13% from $5.8 billion.",
     "Kesterby Mills said its sales in the fourth quarter of 2020 were $1.8 billion, up 13% from $1.6 billion.", 2),
    # TempEval-3: "The Cuban government Friday condemned the two bomb explosions near U.S. embassies"
    # and "Two bombs exploded outside U.S. embassies in Kenya and Tanzania Friday" were one event.
    ("The Kesterby council on Tuesday condemned the two fire attacks on the bus depot in Kesterby.",
     "Two fire attacks damaged the bus depot in Kesterby on Tuesday, the police said.", 2),
    ("The Kesterby council on Tuesday condemned the two fire attacks on the bus depot in Kesterby.",
     "On Tuesday the council of Kesterby condemned the fire attacks on the Kesterby bus depot.", 1),
    # The Guardian swine-flu story: a BA cabin steward ("The man was taken from flight BA242") and a
    # Long Beach man ("The man was taken to the hospital Saturday, complaining of shortness of
    # breath") were one event: "the man" was the rarest word they shared.
    ("The man was taken off the ferry at 2pm on Tuesday.", "The man was taken to hospital on Tuesday, complaining of chest pains.", 2),
    ("The man was taken off the Kesterby ferry at 2pm on Tuesday.", "On Tuesday the man was taken off the Kesterby ferry after it docked.", 1),
    # The Guardian swine-flu story: "they announced swine flu had achieved pandemic status, the first
    # strain of influenza to reach this mark for 41 years" and "Margaret Chan achieved just that by
    # declaring the first influenza pandemic in 40 years" were two events.
    ("On Tuesday the council said the Kesterby river had burst its banks, the worst flood it had seen for 41 years.",
     "Water filled the old mill on Tuesday in the worst flood for 40 years, the Kesterby mayor said.", 1),
    ("On Tuesday the council said the Kesterby river had burst its banks, the worst flood it had seen for 41 years.",
     "The council said on Tuesday that the Kesterby canal had burst its banks at the lock, the worst flood there for 12 years.", 2),
    ("On Tuesday the mayor of Kesterby declared the worst flood for 41 years.",
     "The mayor of Kesterby declared the worst flood of the 21st century on Tuesday.", 1),
    # The budget walk: a researcher's notes beside the articles (tests/fixtures/articles/budget). A
    # note sharing only her name with the mayor's statement of that day was one event with it; a
    # note of "second" budget (no "a") with the budget's.
    ("Tuesday: Ann Price met heads.",
     "The mayor of Kesterby, Ann Price, said on Tuesday that the bus depot on Mill Lane would close.", 2),
    ("Tuesday: Ann Price says Mill Lane bus depot to close.",
     "The mayor of Kesterby, Ann Price, said on Tuesday that the bus depot on Mill Lane would close.", 1),
    ("Tuesday: second Kesterby bus depot closed.", "The Kesterby bus depot on Mill Lane closed on Tuesday, a spokesman said.", 2),
    ("Tuesday: Kesterby bus depot closed.", "The Kesterby bus depot on Mill Lane closed on Tuesday, a spokesman said.", 1),
    # The budget walk: "approved its budget ... by 31 votes to 24" and "voted 31 to 24 ... to approve a
    # budget" were two events: "votes" was "vote", "voted" "vot".
    ("The Kesterby council approved its budget by 31 votes to 24 on Tuesday, after a long debate.",
     "Councillors in Kesterby voted 31 to 24 on Tuesday to approve a budget that closes two libraries.", 1),
    # A five-letter word kept its "-ed": "voted" was apart from "vote".
    ("Councillors voted on Tuesday to shut the depot in the north of town.", "On Tuesday the depot vote was lost.", 1),
    # A quarter names the period, as a week does: it is no wording the two share (Du Pont's segments,
    # TempEval-3), but a quarter's happening told alike is one event.
    ("Kesterby Foods said profit in its bakery segment soared in the third quarter of 2020.",
     "Two segments of Kesterby Foods posted lower earnings for the third quarter of 2020.", 2),
    ("Kesterby Foods said its bakery profit soared in the third quarter of 2020.",
     "Profit at the Kesterby Foods bakery soared in the third quarter of 2020, the company said.", 1),
], ids=["a person and someone of theirs", "both tell of someone of theirs", "a name told bare and as an owner",
        "an owner's own doing", "a quarter and its year, other figures",
        "a reaction and the happening", "two reactions to it", "the man of one sentence and of another",
        "the man and what tells who he is", "a count of years and one a year from it",
        "two counts of years far apart", "a count of years and a figure of another kind",
        "a note that shares only a name", "a note that shares what happened", "a note of a second one",
        "a note of the one", "a word and its forms", "a short word and its forms",
        "two happenings of a quarter", "one happening of a quarter"])
def test_two_sentences_are_one_event_or_two(tmp_path, monkeypatch, extract, read_events, one, two, count):
    events = _merged(tmp_path, monkeypatch, extract, read_events, ("one.txt", "2021-03-05", ["News", one]),
                     ("two.txt", "2021-03-05", ["News", two]))
    assert sorted(len(e["sources"]) for e in events) == ([2] if count == 1 else [1, 1])


@pytest.mark.parametrize(("one", "two", "dates", "review"), [
    # A user's walk: "Engineers found water seeping through the wall of the dam on Monday evening"
    # and "Engineers found the leak on Monday, 2 March": a part of a day, or a clock time, is inside
    # its day, and the finer date wins from a source nearly as sure ("Tuesday evening" 0.85, "Tuesday"
    # 0.93), not from one much less sure ("6pm on Tuesday" 0.72): TempEval-3's wsj_0586 took
    # "overnight losses in New York" (0.74, Thursday night's) over London's Friday (0.93).
    ("The Kesterby council voted on Tuesday evening to close the old Kirkgate library.",
     "The Kesterby council voted on Tuesday to close the old Kirkgate library, a spokesman said.", ["2021-03-02TEV"], False),
    ("The Kesterby council voted at 6pm on Tuesday to close the old Kirkgate library.",
     "The Kesterby council voted on Tuesday to close the old Kirkgate library, a spokesman said.", ["2021-03-02"], False),
    # Two parts of one day told alike are one event whose sources disagree, as two clock times are.
    ("The Kesterby council voted on Tuesday morning to close the old Kirkgate library.",
     "The Kesterby council voted on Tuesday evening to close the old Kirkgate library, a spokesman said.",
     ["2021-03-02TMO"], True),
    # Sharing only who and what they did is not telling alike: a leak is not seeping water to words.
    ("Engineers found water seeping through the wall of the Kesterby dam on Tuesday evening, the council said.",
     "Engineers found the leak on Tuesday, and the evacuation followed two days later.",
     ["2021-03-02", "2021-03-02TEV", "2021-03-04"], False),  # the evacuation: its own clause, its own event
], ids=["a part of the day and the day", "a clock time and the day", "two parts of one day",
        "a day and its evening told otherwise"])
def test_a_time_of_day_and_its_day_are_one_event_or_two(tmp_path, monkeypatch, extract, read_events, one, two, dates, review):
    events = _merged(tmp_path, monkeypatch, extract, read_events, ("one.txt", "2021-03-05", ["News", one]),
                     ("two.txt", "2021-03-05", ["News", two]))
    assert sorted(str(e["date"]) for e in events) == dates
    assert any("review" in e for e in events) == review


def test_a_day_inside_a_week_told_alike_is_one_event_on_the_day(tmp_path, monkeypatch, extract, read_events):
    # The Guardian swine-flu story: "This week, five year seven pupils at Alleyn's school in Dulwich
    # tested positive" and "Alleyn's school in Dulwich closed when six pupils were confirmed
    # yesterday" were two events; "in May" and "on May 5" never merged.
    events = _merged(tmp_path, monkeypatch, extract, read_events,
                     ("one.txt", "2021-03-05", ["Library", "This week the Kesterby council voted to close the old Kirkgate library."]),
                     ("two.txt", "2021-03-03", ["Library", "The Kesterby council voted on Tuesday to close the Kirkgate library, a spokesman said."]))
    assert len(events) == 1
    event = events[0]
    assert str(event["date"]) == "2021-03-02"  # the finer date
    assert sorted(s["date_text"] for s in event["sources"]) == ["This week", "Tuesday"]
    assert "review" not in event


def test_a_week_told_alike_with_two_of_its_days_joins_one_of_them(tmp_path, monkeypatch, extract, read_events):
    # "this week" like Monday's sentence and like Thursday's would make the two days one event.
    events = _merged(tmp_path, monkeypatch, extract, read_events,
                     ("one.txt", "2021-03-05", ["Library", "This week the Kesterby council voted to close the old Kirkgate library."]),
                     ("two.txt", "2021-03-02", ["Library", "Yesterday the Kesterby council voted to close the Kirkgate library reading room."]),
                     ("three.txt", "2021-03-05", ["Library", "The Kesterby council voted on Thursday to close the Kirkgate library car park."]))
    days = [sorted({str(s["date_text"]) for s in e["sources"]}) for e in events]
    assert not any({"Yesterday", "Thursday"} <= set(d) for d in days), days



def _diary(count, *extra):
    """An article of `count` dated sentences of other happenings, each on its own day, for a story
    large enough that words two sentences share and none of these use tell (`merge_own_words`)."""
    things = ["bridge", "library", "depot", "museum", "theatre", "park", "pool", "station", "mill", "hall", "pier"]
    deeds = ["reopened", "closed", "was sold", "was repainted", "was flooded", "was inspected", "won an award",
             "hosted a fair", "was extended", "was renamed"]
    first = date(2019, 1, 2)
    lines = [f"On {day.day} {day:%B} {day.year} the old Kesterby {things[k % len(things)]} {deeds[k // len(things) % len(deeds)]}."
             for k in range(count) for day in [first + timedelta(days=3 * k)]]
    return "three.txt", "2021-03-05", ["Diary", *lines, *extra]


# The Guardian swine-flu story: "The British government next week will post an information leaflet to
# all households" and "From next Tuesday, all UK households will receive an information leaflet" were
# two events: a day inside a week joins it only on 0.45 of their words, unless they share two words
# no other dated sentence of a large story uses.
LEAFLET = ("The council next week will post a recycling calendar to households, offering advice on which bins to put out and when.",
           "From next Tuesday, Kesterby households will receive a recycling calendar listing the new collection days for glass and paper.")


@pytest.mark.parametrize(("diary", "sources"), [
    pytest.param(lambda size: [_diary(size, "The Kesterby fair and market will move, the council said on 3 May 2018.")], [2],
                 id="words of their own in a large story"),
    pytest.param(lambda size: [], [1, 1], id="a small story, where most shared words are two sentences' own"),
    pytest.param(lambda size: [_diary(size, "The Kesterby fair and market will move, the council said on 3 May 2018.",
                                      "On 4 June 2018 the Kesterby recycling centre opened.",
                                      "A Kesterby calendar was printed on 9 June 2018.")], [1, 1],
                 id="one word of their own ('household'), the others used by other sentences"),
])
def test_a_day_inside_a_week_told_with_words_of_their_own_is_one_event(tmp_path, monkeypatch, extract, read_events,
                                                                       diary, sources):
    size = rules.data("events")["merge_own_words"]["story_sentences"]
    events = _merged(tmp_path, monkeypatch, extract, read_events, ("one.txt", "2021-03-05", ["Bins", LEAFLET[0]]),
                     ("two.txt", "2021-03-05", ["Bins", LEAFLET[1]]), *diary(size))
    told = [e for e in events if "recycling calendar" in e["sources"][0]["quote"]]
    assert sorted(len(e["sources"]) for e in told) == sources
    if sources == [2]:
        assert str(told[0]["date"]) == "2021-03-09"  # the day, inside the week


# A helper's walk (edits2): three articles of a flood at Millbrook, as a journalist saved them.
MILLBROOK = {
    "a.txt": ("2026-03-09", "River floods Millbrook",
              "The river burst its banks at Millbrook on Saturday night, flooding 40 homes.",
              "The council opened a shelter at Riverside High School on Sunday morning.",
              "The mayor said on Monday that repairs would take weeks.",
              "Engineers had warned in 2019 that the levee was too low."),
    "b.txt": ("2026-03-11", "Millbrook clean-up begins",
              "Volunteers began clearing mud from homes in Millbrook on Tuesday.",
              "The river burst its banks at Millbrook on Saturday night, flooding 40 homes, officials said.",
              "The governor visited the town on Wednesday morning and promised funds."),
    "d.txt": ("2026-03-20", "Levee works",
              "Crews started rebuilding the Millbrook levee yesterday.",
              "The contractor said last week that the work would take a year."),
}


def _millbrook(tmp_path, monkeypatch, extract, read_events, **changed):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for name, (published, *lines) in {**MILLBROOK, **changed}.items():
        _article(tmp_path / "seeds", name, published, *lines)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    return read_events(tmp_path / "events")


def _citing(events, words):
    found = [e for e in events if any(words in s["quote"] for s in e["sources"])]
    assert len(found) == 1, (words, found)
    return found[0]


def test_two_people_saying_two_things_are_two_events_though_told_in_one_frame(tmp_path, monkeypatch, extract, read_events):
    # "The mayor said on Monday that repairs would take weeks" and "The contractor said last week that
    # the work would take a year" were one event: the week holds the Monday, and the two shared "said
    # that ... would take", rare words among the story's nine sentences (merge_frame).
    events = _millbrook(tmp_path, monkeypatch, extract, read_events)
    mayor = _citing(events, "The mayor said on Monday")
    contractor = _citing(events, "The contractor said last week")
    assert mayor is not contractor
    assert [s["file"] for s in mayor["sources"]] == ["seeds/a.txt"]
    assert [s["file"] for s in contractor["sources"]] == ["seeds/d.txt"]
    assert str(mayor["date"]) == "2026-03-09" and str(contractor["date"]) == "2026-W11"
    # the flood told by two articles is still one event
    assert sorted(s["file"] for s in _citing(events, "burst its banks")["sources"]) == ["seeds/a.txt", "seeds/b.txt"]
    assert len(events) == 8


def test_the_mayor_saying_it_again_last_week_is_still_one_event(tmp_path, monkeypatch, extract, read_events):
    events = _millbrook(tmp_path, monkeypatch, extract, read_events,
                        **{"d.txt": ("2026-03-20", "Levee works", "Crews started rebuilding the Millbrook levee yesterday.",
                                     "The mayor said last week that the repairs would take weeks.")})
    mayor = _citing(events, "The mayor said on Monday")
    assert sorted(s["file"] for s in mayor["sources"]) == ["seeds/a.txt", "seeds/d.txt"]
    assert str(mayor["date"]) == "2026-03-09"


def _frame_pair(example):
    """Each article of a data pair: its name, date and sentences, the one compared last (" / " before it)."""
    return [(name, published, told.split(" / ")) for name, (published, told)
            in zip(("one.txt", "two.txt"), (t.split("; ", 1) for t in example.split(" | ")))]


# The data's pairs told as two events or one: merge_frame's (and merge_speaker's), merge_durations',
# merge_speaker_roles', merge_amounts'.
PAIRED = {key: rules.data("events")[key] for key in ("merge_frame", "merge_durations", "merge_speaker_roles", "merge_amounts")}


@pytest.mark.parametrize(("key", "example"), [(key, example) for key, told in PAIRED.items()
                                              for example in told["apart"] + told["same"]])
def test_the_data_pairs_are_two_events_or_one(tmp_path, monkeypatch, extract, read_events, key, example):
    # Each sentence in a Millbrook article of its own day, beside the flood's, which makes them one story.
    flood = "The river burst its banks at Millbrook on Saturday night, flooding 40 homes."
    articles = {name: (published, "Millbrook", flood if published < "2026-03-16" else "Crews began clearing Millbrook.", *told)
                for name, published, told in _frame_pair(example)}
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for name, (published, *lines) in articles.items():
        _article(tmp_path / "seeds", name, published, *lines)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(tmp_path / "events")
    told = [_citing(events, sentences[-1].rstrip("."))["id"] for _, _, sentences in _frame_pair(example)]
    assert (told[0] == told[1]) == (example in PAIRED[key]["same"]), (example, events)


def test_a_frame_word_that_is_no_word_is_named(monkeypatch):
    apart.frame_stems.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_frame": {"words": ["said", "no such"]}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"events.yaml: merge_frame: words: 'no such' is not a word"):
            apart.frame_stems()
    finally:
        monkeypatch.undo()
        apart.frame_stems.cache_clear()


def test_two_people_saying_the_same_words_are_two_events(tmp_path, monkeypatch, extract, read_events):
    # The walk's contractor, made to say what the mayor said: who said it, told first, is the saying's
    # own (merge_speaker); the two were one event.
    events = _millbrook(tmp_path, monkeypatch, extract, read_events,
                        **{"d.txt": ("2026-03-20", "Levee works", "Crews started rebuilding the Millbrook levee yesterday.",
                                     "The contractor said last week that repairs would take weeks.")})
    assert _citing(events, "The mayor said on Monday") is not _citing(events, "The contractor said last week")
    assert len(events) == 8


@pytest.mark.parametrize(("text", "who"), [
    ("The mayor said on Monday that repairs would take weeks.", {"mayor"}),
    ("Mayor Ann Price told reporters last week that it would close.", {"mayor", "ann", "price"}),
    ("Repairs would take weeks, the mayor said on Monday.", set()),
    ("The mayor said repairs would take weeks.", set()),
])
def test_the_speaker_a_sentence_opens_on(text, who):
    assert apart.traits(text, text, Counter(apart.WORD.findall(text.lower()))).speaker == {apart.stem(w) for w in who}


@pytest.mark.parametrize(("value", "mod", "days"), [
    ("P1Y", None, (365.25, 365.25)),
    ("P12M", None, (365.28, 365.28)),
    ("PXW", None, (14, 77)),
    ("P1Y6M", None, (547.89, 547.89)),
    ("PT90M", None, (0.06, 0.06)),
    ("P3M", "APPROX", (60.88, 136.98)),
    ("P2W", "MORE_THAN", (14, float("inf"))),
    ("P1Y", "LESS_THAN", (0, 365.25)),
    ("P1Q", None, None),  # a unit the data gives no days
    ("PAST_REF", None, None),
])
def test_how_many_days_a_duration_says(value, mod, days):
    span = apart.duration_span(value, mod)
    assert span == days if days is None else span == pytest.approx(days, abs=0.01)


@pytest.mark.parametrize(("one", "other", "differ"), [
    ("repairs would take weeks", "the repairs would take a year", True),
    # the verbs of how long a thing takes are one word (merge_durations.how_long_verbs)
    ("repairs would take weeks", "repairs would last a year", True),
    ("repairs would take weeks", "the repairs will need a year", True),
    ("the inquiry will last six months", "the inquiry is expected to take a year", True),
    ("repairs would take weeks", "repairs would last several weeks", False),
    ("repairs would take weeks", "repairs would take several weeks", False),
    ("repairs would take weeks", "the work would take a month", False),
    ("the work would take a year", "the work would take 12 months", False),
    ("closed for two weeks", "closed for three weeks", True),
    ("closed for two weeks", "closed for about three weeks", False),
    ("closed for more than a week", "closed for a month", False),
    ("closed for two weeks", "the levee was closed", False),  # one gives none: no evidence
    # stretches of two things: the rain's and the water's
    ("The dam gave way early on Saturday after three days of heavy rain", "the water reached Lower Alder within an hour", False),
    ("the levee will be closed for two weeks", "a three-month inquiry into the levee's closure began", False),
])
def test_two_sentences_durations_differ(one, other, differ):
    def told(text):
        found = tag(text, date(2026, 3, 9)).timexes
        durations = [(t.start, t.end, t.value, t.mod) for t in found if t.type == "DURATION"]
        return apart.traits(text, text, Counter(apart.WORD.findall(text.lower())), durations)
    assert apart.two_happenings(told(one), told(other)) is differ


@pytest.mark.parametrize(("text", "kind"), [
    ("The mayor said that repairs would take weeks.", {"take"}),
    ("The levee will be closed for more than two weeks, engineers said.", {"closed"}),
    ("The dam gave way early on Saturday after three days of heavy rain.", {"way", "heavy"}),  # "early" names a time
    ("A two-week inquiry began.", {"inquiry"}),
    ("The strike would last a year.", {"take"}),  # how_long_verbs: read as its first word, "last" not passed over
    ("Repairs lasted three weeks to complete the work.", {"take", "complete"}),
])
def test_what_a_stretch_of_time_is_of(text, kind):
    (found,) = [t for t in tag(text, date(2026, 3, 9)).timexes if t.type == "DURATION"]
    assert apart.duration_kind(text, found.start, found.end) == {apart.happening(apart.stem(w)) for w in kind}


def test_a_malformed_list_of_how_long_verbs_is_named(monkeypatch):
    apart._how_long_verbs.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_durations": {**real(name)["merge_durations"],
                                                                                        "how_long_verbs": ["take", "go on"]}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"events.yaml: merge_durations: how_long_verbs must be a list of single words"):
            apart.duration_kind("repairs would take weeks", 19, 24)
    finally:
        monkeypatch.undo()
        apart._how_long_verbs.cache_clear()


def test_a_stretch_since_is_left_to_the_rough_figures():
    # "for 41 years" and "in 40 years" (the Guardian's pandemic declaration) are one figure told roughly
    text = "the first strain of influenza to reach this mark for 41 years"
    found = tag(text, date(2009, 6, 11)).timexes
    durations = [(t.start, t.end, t.value, t.mod) for t in found if t.type == "DURATION"]
    assert durations and apart.traits(text, text, Counter(), durations).durations == ()


def test_a_malformed_durations_table_is_named(monkeypatch):
    apart._durations.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_durations": {**real(name)["merge_durations"], "vague": [11]}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"events.yaml: merge_durations: vague must be two counts"):
            apart.duration_span("PXW", None)
    finally:
        monkeypatch.undo()
        apart._durations.cache_clear()


@pytest.mark.parametrize(("sentences", "person"), [
    (["Health Secretary Alan Johnson visited the shelter."], {"health", "secretary", "alan", "johnson"}),
    (["A meeting chaired by the health secretary, Alan Johnson, was held."], {"health", "secretary", "alan", "johnson"}),
    (["Sir Liam Donaldson, the chief medical officer, said it was mild."], {"sir", "liam", "donaldson", "chief", "medical", "officer"}),
    (["Chief Medical Officer Liam Donaldson said it was mild."], {"liam", "donaldson", "chief", "medical", "officer"}),
    (["The health secretary said the stocks would last.", "Alan Johnson met the mayor."], None),
    (["said US Agriculture Secretary Tom Vilsack."], {"agriculture", "secretary", "tom", "vilsack"}),
    (["The town's mayor, Ann Price."], {"town", "mayor", "ann", "price"}),
    # a role in capitals takes only words in capitals: the verb and the name before it are no part of it
    (["Hussein called President Bush on Monday."], {"president", "bush"}),
    # right after a word in capitals that could end a name (a page's run of headlines), a role in small
    # letters starts at its first word in small letters
    (["say Guardian correspondent David Smith Transport secretary Geoff Hoon has admitted"], {"secretary", "geoff", "hoon"}),
    (["said State Department deputy spokesman Richard Boucher."], {"deputy", "spokesman", "richard", "boucher"}),
    (["Iraqi Deputy Prime Minister Tariq Aziz said"], {"deputy", "prime", "minister", "tariq", "aziz"}),
    # the role's own name after its comma, not the name before it
    (["Pacitti, the Scottish health secretary, Nicola Sturgeon, said"], {"scottish", "health", "secretary", "nicola", "sturgeon"}),
    (["In Scotland, the health secretary, Nicola Sturgeon, said"], {"health", "secretary", "nicola", "sturgeon"}),
    # an apposition a comma opens is closed
    (["He was hit on the head, Castro assured the crowd."], None),
    (["The man was an adviser to the president, White House spokesman Robert Gibbs told reporters."],
     {"white", "house", "spokesman", "robert", "gibbs"}),
])
def test_a_person_the_story_names_by_role_and_name(sentences, person):
    found = apart.people(sentences)
    assert found == (() if person is None else (frozenset(apart.happening(apart.stem(w)) for w in person),))


def test_two_speakers_of_one_person_are_left_to_their_words():
    def said(text):
        return apart.traits(text, text, Counter(apart.stem(w) for w in apart.WORD.findall(text.lower())))
    johnson = said("Alan Johnson said on Monday that Tamiflu stocks would last.")
    secretary = said("The health secretary said on Monday that Tamiflu stocks would last the winter.")
    foreign = said("The foreign secretary said on Monday that Tamiflu stocks would last the winter.")
    people = apart.StoryPeople(["Health Secretary Alan Johnson visited the shelter."])
    assert apart.two_happenings(johnson, secretary)  # the story does not say they are one
    assert not apart.two_happenings(johnson, secretary, people)
    assert apart.two_happenings(johnson, foreign, people)


@pytest.mark.parametrize(("words", "found"), [
    ("The council approved three million pounds for levee repairs", {(3e6, "pound")}),
    ("councillors voted £3m towards the levee", {(3e6, "pound")}),
    ("$900m in funding", {(9e8, "dollar")}),
    ("Health officials confirmed forty-four new cases, taking the UK total to 1,604.", {(44, "case")}),
    ("three hundred and twenty patients were sent home", {(320, "patient")}),
    ("two dozen schools closed", {(24, "school")}),
    ("closed after five year seven pupils were diagnosed", {(5, "pupil")}),  # a school year names, it counts none
    ("the H1N1 virus", set()),  # a name's digits
    ("one of the schools closed", set()),  # "one" is left out
    ("repairs would take weeks, the mayor said", set()),
])
def test_the_amounts_a_sentence_gives(words, found):
    assert apart.amounts(words) == {(float(n), apart.happening(apart.stem(w))) for n, w in found}


def test_amounts_of_two_things_are_no_evidence():
    def told(text):
        return apart.traits(text, text, Counter())
    assert apart.two_happenings(told("three million pounds for repairs"), told("five million pounds for repairs"))
    assert not apart.two_happenings(told("forty new cases were confirmed"), told("twelve deaths were confirmed"))
    assert not apart.two_happenings(told("forty new cases and two deaths"), told("forty cases and three schools closed"))
    # a count revised: the Guardian's Alleyn's school, closed for six pupils and for five
    assert not apart.two_happenings(told("the school closed when six pupils were confirmed"),
                                    told("the school closed after five year seven pupils were diagnosed"))


def test_a_malformed_amounts_table_is_named(monkeypatch):
    apart._amounts.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_amounts": {**real(name)["merge_amounts"], "numbers": {"two": "2"}}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"events.yaml: merge_amounts: numbers must map each word"):
            apart.amounts("two men")
    finally:
        monkeypatch.undo()
        apart._amounts.cache_clear()
