"""Fields the tool wrote that a re-run keeps true (timeline/extract/refresh.py): a span that followed
its sentence when the article changed above it, the `published_confidence` an older run did not
write, the background tag as the story's first article now says, the confidence and reason of a date
the attachment cues (or the engine, of its own value) now doubt. What a person took over is said, never changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli
from timeline.dates import api
from timeline.extract import attachment, rules
from timeline.extract import events as extracted

REPO = Path(__file__).resolve().parents[2]
HEADLINE = "Swine flu spreads\n\n"
SCHOOLS = "Mexico closed its schools on Friday after swine flu killed dozens of people."
PANDEMIC = "In 1918, a flu pandemic killed tens of millions of people across the world."
# A live blog's entries, whose leads its headings date (`dated_by`): they move with their sentences.
ENTRIES = ("10.30 BST\n\nThe prime minister has arrived in Lower Town.\n\n"
           "09.05 BST\n\nThe sea wall at Harbour Road has been breached, the coastguard says.")


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _events(folder: Path) -> dict[str, dict]:
    (path,) = folder.glob("*.yaml")
    return {str(e["date"]): e for e in yaml.safe_load(path.read_text("utf-8"))["events"]}


def _project(seed, text: str, name: str = "a.txt", out: str = "events") -> Path:
    article = seed(text, name)
    assert _run("extract", "seeds", "--out", out).exit_code == 0
    return article


def _before_the_cues(monkeypatch, seed, text: str, name: str = "a.txt") -> Path:
    """The project as a run before the attachment cues wrote it: no date doubted for its clause."""
    with monkeypatch.context() as patched:
        patched.setattr(attachment, "doubt", lambda *_: None)
        return _project(seed, text, name)


def _quoted(text: str, source: dict) -> str:
    start, end = source["span"]
    return text[start:end]


@pytest.mark.parametrize("body", [f"{SCHOOLS} {PANDEMIC}", ENTRIES])
def test_front_matter_added_above_the_sentences_moves_their_spans(tmp_path, seed, body):
    article = _project(seed, f"---\npublished: 2009-04-27\n---\n{HEADLINE}{body}\n")
    (path,) = (tmp_path / "events").glob("*.yaml")
    path.write_text(path.read_text("utf-8").replace("    status: draft\n", "    # checked the quote\n    status: draft\n", 1),
                    encoding="utf-8")
    article.write_text("---\ntitle: Swine flu spreads\npublished: 2009-04-27\n---\n" + article.read_text("utf-8")[27:],
                       encoding="utf-8")
    text = article.read_text("utf-8")
    stale = _run("check", "events")
    assert stale.exit_code == 1
    assert f"events/{path.name}:" in stale.output and "no longer points at its quote, which is now at" in stale.output
    assert "run `timeline extract`" in stale.output
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "the span of seeds/a.txt moved from" in result.output
    sources = [source for event in _events(tmp_path / "events").values() for source in event["sources"]]
    for source in sources:
        assert _quoted(text, source) == source["quote"]
    headings = [text[slice(*s["dated_by"])] for s in sources if "dated_by" in s]
    assert headings == ([] if body != ENTRIES else [s["date_text"] for s in sources])
    assert "    # checked the quote\n" in path.read_text("utf-8")  # changed in place: a person's lines stay
    assert _run("check", "events").exit_code == 0
    before = path.read_bytes()
    assert _run("extract", "seeds", "--out", "events").exit_code == 0 and path.read_bytes() == before


def test_a_span_of_a_reviewed_event_or_edited_by_hand_is_said_not_moved(tmp_path, seed):
    article = _project(seed, f"---\npublished: 2009-04-27\n---\n{HEADLINE}{SCHOOLS} {PANDEMIC}\n")
    (path,) = (tmp_path / "events").glob("*.yaml")
    events = _events(tmp_path / "events")
    start, end = events["1918"]["sources"][0]["span"]
    text = path.read_text("utf-8").replace(f"span: [{start}, {end}]", f"span: [{start}, {end + 3}]")
    head, schools = text.split("title: Mexico closed", 1)  # the 1918 event comes first: its span edited, this one reviewed
    path.write_text(head + "title: Mexico closed" + schools.replace("status: draft", "status: reviewed", 1), encoding="utf-8")
    article.write_text("---\noutlet: The Guardian\n" + article.read_text("utf-8")[4:], encoding="utf-8")
    before = path.read_bytes()
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    lines = before.decode().splitlines()
    said = [line for line in result.stderr.splitlines() if "no longer points at its quote" in line]
    assert len(said) == 2
    for line in said:
        number = int(line.split(":")[1])
        assert lines[number - 1].strip().startswith("span:")
    assert any("the event is reviewed" in line for line in said)
    assert any("edited by hand" in line for line in said)
    assert "reviewed, so `timeline extract` leaves it" in _run("check", "events").output


def test_a_live_blog_heading_that_no_longer_dates_its_lead_is_said_by_check(tmp_path, seed):
    _project(seed, f"---\npublished: 2009-04-27\n---\n{HEADLINE}{ENTRIES}\n")
    (path,) = (tmp_path / "events").glob("*.yaml")
    start, end = _events(tmp_path / "events")["2009-04-27T09:05+01:00"]["sources"][0]["dated_by"]
    path.write_text(path.read_text("utf-8").replace(f"dated_by: [{start}, {end}]", f"dated_by: [{start + 1}, {end}]"),
                    encoding="utf-8")
    result = _run("check", "events")
    assert result.exit_code == 1
    assert (f"`dated_by` [{start + 1}, {end}] of seeds/a.txt no longer points at the entry heading '09.05 BST' that dates "
            f"the event; it is now at [{start}, {end}]: set `dated_by: [{start}, {end}]`") in result.output


def test_a_moved_span_does_not_find_another_sentences_event(tmp_path, seed):
    # Front matter as long as the first sentence puts the second where the first was: its span must
    # not take it for the first one's event.
    first = "The mayor opened the bridge on Friday."
    second = "The council closed the old ferry on Saturday."
    article = _project(seed, f"---\npublished: 2009-04-27\n---\n{HEADLINE}{first} {second}\n")
    article.write_text(article.read_text("utf-8").replace(HEADLINE, HEADLINE + "A" * (len(first) - 1) + "\n", 1),
                       encoding="utf-8")
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    text = article.read_text("utf-8")
    events = _events(tmp_path / "events")
    assert len(events) == 2
    for event in events.values():
        (source,) = event["sources"]
        assert _quoted(text, source) == source["quote"]


def test_sources_of_an_older_run_gain_published_confidence(tmp_path, seed):
    seed((REPO / "tests" / "fixtures" / "articles" / "wire" / "copyright.txt").read_text("utf-8"), "fire.txt")
    assert _run("extract", "seeds", "--out", "events").exit_code == 0
    (path,) = (tmp_path / "events").glob("*.yaml")
    written = path.read_text("utf-8")
    lines = written.splitlines(keepends=True)
    older = "".join(line for line in lines if "published_confidence" not in line)
    assert older != written
    # A person typed the date of one source: that one is theirs, and stays without.
    older = older.replace("published: 2026-03-04", "published: 2026-03-05", 1)
    path.write_text(older, encoding="utf-8")
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    sources = [s for e in yaml.safe_load(path.read_text("utf-8"))["events"] for s in e["sources"]]
    assert len(sources) == 2
    typed = [s for s in sources if str(s["published"]) == "2026-03-05"]
    inferred = [s for s in sources if str(s["published"]) == "2026-03-04"]
    assert len(typed) == 1 and "published_confidence" not in typed[0]
    assert len(inferred) == 1 and inferred[0]["published_confidence"] > 0.9
    assert path.read_text("utf-8").replace("published: 2026-03-05", "published: 2026-03-04", 1).count(
        "published_confidence") == 1


def test_background_follows_the_story_s_first_article(tmp_path, seed):
    article = _project(seed, f"---\npublished: 2009-04-27\n---\n{HEADLINE}{SCHOOLS} "
                                              "In 2007, swine flu killed dozens of people in Mexico. "
                                              "In May 2008, swine flu killed five people in Mexico.\n")
    events = _events(tmp_path / "events")
    assert events["2007"]["tags"] == ["background"] and "tags" not in events["2008-05"]
    (path,) = (tmp_path / "events").glob("*.yaml")
    # A person removes the tag from one event of the story, and adds it to another.
    text = path.read_text("utf-8").replace("    tags: [background]\n", "", 1)
    assert text.count("title: Mexico closed") == 1
    path.write_text(text.replace("    title: Mexico closed", "    tags: [background]\n    title: Mexico closed"), encoding="utf-8")
    # The article's date is corrected to six weeks later: May 2008 is now more than a year before it.
    article.write_text(article.read_text("utf-8").replace("2009-04-27", "2009-06-10"), encoding="utf-8")
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = _events(tmp_path / "events")
    assert events["2008-05"]["tags"] == ["background"]
    assert "long before the story's first article (2009-06-10)" in events["2008-05"]["reason"]
    assert "tags" not in events["2007"]  # a person removed it: not put back
    assert events["2009-04-24"]["tags"] == ["background"]  # a person added it: kept


def test_a_machine_tag_goes_when_an_earlier_article_joins_the_story(tmp_path, seed):
    _project(seed, f"---\npublished: 2010-06-01\n---\n{HEADLINE}"
                                    "In April 2009, swine flu killed dozens of people in Mexico, and Mexico closed its schools. "
                                    "The WHO said on Tuesday that the pandemic was over.\n")
    event = _events(tmp_path / "events")["2009-04"]
    assert event["tags"] == ["background"]
    (tmp_path / "seeds" / "early.txt").write_text(f"---\npublished: 2009-04-27\n---\n{HEADLINE}{SCHOOLS}\n", encoding="utf-8")
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "no longer tagged background" in result.output
    event = _events(tmp_path / "events")["2009-04"]
    assert "tags" not in event and "background" not in event["reason"]

    # Run over the later article alone, the story seems to begin in 2010 again: the tag is not put
    # back, and no byte changes, until a run reads the whole story.
    (path,) = (tmp_path / "events").glob("*.yaml")
    before = path.read_bytes()
    alone = _run("extract", "seeds/a.txt", "--out", "events")
    assert alone.exit_code == 0, alone.output
    assert path.read_bytes() == before and "tagged background" not in alone.output


COMPARED = "The researchers said the virus was about equal in severity to the flu of 1957."  # 1957, background too
URGED = "The minister stopped short of urging people not to go to mass tomorrow."
BEFORE = "Prior to Thursday, Colombia was the only nation in South America with a case."
CONDITION = "A helpline is being set up in case the outbreak grows before the autumn."
CUED = f"---\npublished: 2009-05-12\n---\n{HEADLINE}{COMPARED} {URGED} {BEFORE} {CONDITION} {SCHOOLS}\n"


def _by_id(folder: Path) -> dict[str, dict]:
    return {e["id"]: e for e in yaml.safe_load(next(folder.glob("*.yaml")).read_text("utf-8"))["events"]}


def _said(result, label: str) -> list[str]:
    return [line for line in result.stderr.splitlines() if label in line]


def test_an_older_runs_dates_gain_the_doubt_the_cues_now_read_where_the_file_shows_the_tools_hand(tmp_path, seed, monkeypatch):
    _before_the_cues(monkeypatch, seed, CUED)
    (path,) = (tmp_path / "events").glob("*.yaml")
    old = _by_id(tmp_path / "events")
    ids = {words: next(i for i, e in old.items() if e["summary"] == sentence)
           for words, sentence in (("compared", COMPARED), ("urged", URGED), ("before", BEFORE), ("condition", CONDITION),
                                   ("schools", SCHOOLS))}
    assert not any("date uncertain" in e["reason"] for e in old.values())
    text = path.read_text("utf-8").replace("    status: draft\n", "    # checked the quote\n    status: draft\n", 1)

    def edit(event_id: str, old_line: str, new_line: str) -> None:
        nonlocal text
        head, tail = text.split(f"id: {event_id}\n", 1)
        assert old_line in tail
        text = head + f"id: {event_id}\n" + tail.replace(old_line, new_line, 1)

    edit(ids["urged"], f"confidence: {old[ids['urged']]['confidence']}", "confidence: 0.95")  # a person's confidence
    edit(ids["before"], "status: draft", "status: reviewed")
    reason = old[ids["condition"]]["reason"]
    edit(ids["condition"], f'reason: "{reason}"', 'reason: "Checked with the ministry: the helpline opened in the autumn."')
    path.write_text(text, encoding="utf-8")
    edited = _by_id(tmp_path / "events")

    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    _project(seed, CUED, out="fresh")  # what the tool writes now, from scratch
    fresh, now = _by_id(tmp_path / "fresh"), _by_id(tmp_path / "events")
    compared = now[ids["compared"]]
    assert (compared["confidence"], compared["reason"]) == (fresh[ids["compared"]]["confidence"], fresh[ids["compared"]]["reason"])
    assert compared["confidence"] < 0.7 and "in a comparison" in compared["reason"] and "background:" in compared["reason"]
    assert f"updated: {ids['compared']}: confidence {old[ids['compared']]['confidence']} -> 0.5" in result.output
    for kept in ("urged", "before", "condition", "schools"):
        assert now[ids[kept]] == edited[ids[kept]]
    assert now[ids["schools"]] == fresh[ids["schools"]]
    assert "# checked the quote" in path.read_text("utf-8")
    lines = path.read_text("utf-8").splitlines()  # as written: the refreshed reasons above moved the lines
    for kept in ("urged", "condition"):  # a person's confidence or reason, now doubted: said with its line
        (line,) = _said(result, ids[kept])
        assert "the run now doubts its date" in line and "status: reviewed" in line
        number = int(line.split(":")[1])
        assert lines[number - 1].strip() == f"confidence: {now[ids[kept]]['confidence']}"
    assert not _said(result, ids["before"])  # reviewed: a person checked the date
    before = path.read_bytes()
    again = _run("extract", "seeds", "--out", "events")
    assert again.exit_code == 0 and path.read_bytes() == before and "updated:" not in again.output


def test_a_merged_event_carries_its_main_sentences_doubt_and_a_moved_date_is_said_not_changed(tmp_path, seed, monkeypatch):
    # Before the cues, "3 April" dated the second sentence; now the comparison gives way to "May".
    text = f"{HEADLINE}{COMPARED} In May cases were higher than on 3 April, the ministry said.\n"
    _before_the_cues(monkeypatch, seed, "---\npublished: 2009-05-12\n---\n" + text)
    _before_the_cues(monkeypatch, seed, "---\npublished: 2009-05-13\n---\n" + text, "b.txt")
    (path,) = (tmp_path / "events").glob("*.yaml")
    old = _events(tmp_path / "events")
    assert [len(e["sources"]) for e in old.values()] == [2, 2]
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    _project(seed, (tmp_path / "seeds" / "b.txt").read_text("utf-8"), "b.txt", out="fresh")
    now, fresh = _events(tmp_path / "events"), _events(tmp_path / "fresh")
    assert (now["1957"]["confidence"], now["1957"]["reason"]) == (fresh["1957"]["confidence"], fresh["1957"]["reason"])
    assert now["2009-04-03"] == old["2009-04-03"] and "2009-05" in fresh  # the date a person may have read stays
    (said,) = _said(result, "is dated 2009-04-03, and its sentences now give 2009-05")
    # the line as written: the refreshed reason above it is longer than it was
    assert path.read_text("utf-8").splitlines()[int(said.split(":")[1]) - 1].strip() == "date: 2009-04-03"


def test_a_doubt_the_tool_no_longer_reads_goes_with_its_confidence(tmp_path, seed, monkeypatch):
    # Written with a cue that a later version drops (here: every cue).
    _project(seed, CUED)
    doubted = {i: e for i, e in _by_id(tmp_path / "events").items() if "date uncertain" in e["reason"]}
    assert len(doubted) == 4
    with monkeypatch.context() as patched:
        patched.setattr(attachment, "doubt", lambda *_: None)
        result = _run("extract", "seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        _project(seed, CUED, out="fresh")
    now, fresh = _by_id(tmp_path / "events"), _by_id(tmp_path / "fresh")
    for event_id in doubted:
        assert (now[event_id]["confidence"], now[event_id]["reason"]) == (fresh[event_id]["confidence"], fresh[event_id]["reason"])
        assert f"updated: {event_id}: confidence " in result.output and "no longer doubts" in result.output


def test_a_value_the_engine_now_reads_as_a_guess_is_said_where_an_older_run_wrote_it_sure(tmp_path, seed, monkeypatch):
    # 'Last Thursday' told on a Friday: the day before, or the Thursday a week before. A version before
    # that guess was read wrote the day before, sure and without the words; which confidence it gave is
    # not known now, so the run says the doubt rather than change what a person may have set.
    friday = "---\npublished: 2009-05-08\n---\n" + HEADLINE + "Last Thursday the ministry closed the schools in the capital.\n"
    with monkeypatch.context() as patched:
        patched.setattr(api, "GUESS_TRUST", 1.0)
        patched.setattr(extracted, "guess_notes", lambda _: [])
        _project(seed, friday)
    (path,) = (tmp_path / "events").glob("*.yaml")
    (old,) = _by_id(tmp_path / "events").values()
    assert old["confidence"] >= 0.7 and "next to the reference" not in old["reason"]
    before = path.read_bytes()
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before
    (line,) = _said(result, old["id"])
    assert "the run now doubts its date (the weekday is the day next to the reference" in line and "confidence 0.6" in line
    _project(seed, friday, out="fresh")  # what the tool writes now: the reason says why it is unsure
    (fresh,) = _by_id(tmp_path / "fresh").values()
    assert fresh["confidence"] == 0.6 and fresh["reason"].endswith(
        "; date uncertain: the weekday is the day next to the reference, which the writer would call yesterday or tomorrow: "
        "they may mean the one a week further")


def _in_earlier_words(path: Path) -> None:
    """Rewrite each reason of the event file as an earlier version worded it ("'1957' is a full date"),
    each on one line (a JSON string is YAML)."""
    formerly = rules.data("reasons")["reasons"]["formerly"].items()

    def earlier(found: re.Match) -> str:
        reason = " ".join(yaml.safe_load("r: " + found.group(1))["r"].split()) if found.group(1) else ""
        for was, now in formerly:
            reason = reason.replace(now, was)
        # the day it ended, as they said it (the one background event of CUED is 1957's)
        reason = reason.replace("background: long before", "background: it was over by 1957-12-31, long before")
        return f"    reason: {json.dumps(reason)}\n"

    text = re.sub(r"    reason: (>-\n(?:      .*\n)+|.*\n)", lambda m: earlier(m) if m.group(1) else m.group(0), path.read_text("utf-8"))
    path.write_text(text, encoding="utf-8")
    assert all(words in text for words in ("'1957' is a full date", "background: it was over by", "resolved against the article's published date"))


def test_a_file_in_an_earlier_versions_words_is_left_as_written(tmp_path, seed):
    # The wording changed, not the reading: no file is rewritten to reword it, and nothing is said.
    _project(seed, CUED)
    (path,) = (tmp_path / "events").glob("*.yaml")
    _in_earlier_words(path)
    before = path.read_bytes()
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert path.read_bytes() == before and "updated:" not in result.output and "doubts" not in result.output


def test_a_file_in_an_earlier_versions_words_is_still_the_tools_to_refresh(tmp_path, seed, monkeypatch):
    # Written before the cues, and in the words of then: the comparison's doubt is still given to it.
    _before_the_cues(monkeypatch, seed, CUED)
    (path,) = (tmp_path / "events").glob("*.yaml")
    _in_earlier_words(path)
    result = _run("extract", "seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    _project(seed, CUED, out="fresh")
    now = {e["summary"]: e for e in _by_id(tmp_path / "events").values()}
    fresh = {e["summary"]: e for e in _by_id(tmp_path / "fresh").values()}
    assert (now[COMPARED]["confidence"], now[COMPARED]["reason"]) == (fresh[COMPARED]["confidence"], fresh[COMPARED]["reason"])
    assert now[COMPARED]["tags"] == ["background"]
