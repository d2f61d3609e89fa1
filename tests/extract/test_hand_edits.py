"""What a person changes by hand in an event file stays theirs when a later `timeline extract` finds
the article's date moved under the event: words added to the tool's reason, a confidence raised after
checking, an article date typed into a source. Each run here is the real command on a new project:
init, extract, edit the file as a person would, edit the article, extract again."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

# Dated by its own dateline (inferred, held at 0.95); a later edit moves the dateline a week on.
ARTICLE = """Flu cases rise in Mexico

Tuesday 28 April 2009 16.36 BST

Mexican officials said on Monday that schools would stay closed. The WHO raised its alert level on Monday night.
"""
A_WEEK_ON = ARTICLE.replace("Tuesday 28 April 2009", "Tuesday 5 May 2009")
SCHOOLS, ALERT = "Mexican officials said that schools would stay closed", "The WHO raised its alert level"


def _run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A project made by `timeline init`, its article extracted once: the working folder."""
    monkeypatch.chdir(tmp_path)
    _run("init", "project")
    monkeypatch.chdir(tmp_path / "project")
    Path("seeds/a.txt").write_text(ARTICLE, encoding="utf-8")
    _run("extract")
    return tmp_path / "project"


def _file() -> Path:
    [path] = Path("events").glob("*.yaml")
    return path


def _edit(old: str, new: str) -> None:
    text = _file().read_text("utf-8")
    assert text.count(old) == 1, old
    _file().write_text(text.replace(old, new), encoding="utf-8")


def _events() -> dict[str, dict]:
    return {e["title"]: e for e in yaml.safe_load(_file().read_text("utf-8"))["events"]}


def _again() -> str:
    Path("seeds/a.txt").write_text(A_WEEK_ON, encoding="utf-8")
    said = " ".join(_run("extract", "-v").output.split())
    check = CliRunner().invoke(cli, ["check"])
    assert check.exit_code == 0 and "all good" in check.output, check.output
    return said


def test_words_a_person_added_to_the_reason_are_kept_when_the_date_follows_the_article(project):
    reason = "'Monday' counted from the article's inferred date, Tuesday 28 April 2009"
    assert _events()[SCHOOLS]["reason"] == reason
    _edit(f'reason: "{reason}"', f'reason: "{reason} — checked against the WHO release"')
    said = _again()
    schools, alert = _events()[SCHOOLS], _events()[ALERT]
    # the date follows the article (the tool's), the reason and its confidence stay the person's
    assert (str(schools["date"]), schools["confidence"]) == ("2009-05-04", 0.87)
    assert schools["reason"] == f"{reason} — checked against the WHO release"
    assert ("its date 2009-04-27 -> 2009-05-04 (id 2009-04-27-mexican-officials-said-that-schools -> "
            "2009-05-04-mexican-officials-said-that-schools), its articles' date now 2009-05-05; its confidence and "
            "reason, a person's, kept") in said
    # the event nobody touched follows whole
    assert alert["reason"] == "'Monday night' counted from the article's inferred date, Tuesday 5 May 2009"
    assert "1 with a person's edits kept" in said


def test_a_confidence_a_person_set_is_kept_and_the_tools_reason_follows(project):
    assert _events()[ALERT]["confidence"] == 0.81
    _edit("confidence: 0.81\n", "confidence: 0.95\n")
    said = _again()
    alert, schools = _events()[ALERT], _events()[SCHOOLS]
    assert (str(alert["date"]), alert["confidence"]) == ("2009-05-04TNI", 0.95)
    assert alert["reason"] == "'Monday night' counted from the article's inferred date, Tuesday 5 May 2009"
    assert "its confidence, a person's (0.95), kept (its reason now names the article's new date)" in said
    # the tool's own confidence, worked out again against the new date, is not taken for a person's
    assert (schools["confidence"], schools["reason"]) == (0.87, "'Monday' counted from the article's inferred date, "
                                                                 "Tuesday 5 May 2009")
    assert "1 with a person's edits kept" in said


def test_an_article_date_a_person_typed_into_a_source_is_kept_as_given(project):
    _edit("published: 2009-04-28\n        published_source: inferred\n        published_confidence: 0.95\n"
          "        published_reason: >-\n          the page's dateline says 'Tuesday 28 April 2009 16.36 BST', at its top, "
          "its weekday, date\n          and clock agreeing\n  - id: 2009-04-27-the-who",
          "published: 2009-04-29\n        published_source: inferred\n        published_confidence: 0.95\n"
          "        published_reason: >-\n          the page's dateline says 'Tuesday 28 April 2009 16.36 BST', at its top, "
          "its weekday, date\n          and clock agreeing\n  - id: 2009-04-27-the-who")
    said = _again()
    [source] = _events()[SCHOOLS]["sources"]
    # the person's date, given from now on; the tool's reason for the day it had inferred goes with it
    assert (str(source["published"]), source["published_source"]) == ("2009-04-29", "given")
    assert "published_reason" not in source and "published_confidence" not in source
    assert str(_events()[SCHOOLS]["date"]) == "2009-04-27"
    assert ("the date of seeds/a.txt in its source, 2009-04-29, is a person's (its published or published_reason "
            "edited by hand): kept, and marked `published_source: given`") in said and "(the run reads 2009-05-05 for the article now)" in said
    [other] = _events()[ALERT]["sources"]
    assert (str(other["published"]), other["published_source"]) == ("2009-05-05", "inferred")
    # and later runs leave it as it is
    before = _file().read_bytes()
    assert "wrote nothing" in _run("extract").output and _file().read_bytes() == before


def test_a_published_reason_a_person_wrote_keeps_its_article_date(project):
    text = _file().read_text("utf-8")
    start = text.index("published_reason: >-")
    end = text.index("  - id: 2009-04-27-the-who")
    _file().write_text(text[:start] + "published_reason: checked with the newsroom\n" + text[end:], encoding="utf-8")
    said = _again()
    [source] = _events()[SCHOOLS]["sources"]
    assert (str(source["published"]), source["published_source"]) == ("2009-04-28", "given")
    assert source["published_reason"] == "checked with the newsroom" and source["published_confidence"] == 0.95
    assert "the date of seeds/a.txt in its source, 2009-04-28, is a person's" in said



def test_an_article_dates_confidence_a_person_set_alone_is_kept(project):
    # A person who checked the dateline holds the article's date less sure than the tool: only
    # `published_confidence` changed, the day and the tool's reason as they were.
    text = _file().read_text("utf-8")
    assert text.count("published_confidence: 0.95\n") == 2
    _file().write_text(text.replace("published_confidence: 0.95\n", "published_confidence: 0.7\n", 1), encoding="utf-8")
    before = _file().read_bytes()
    assert "wrote nothing" in _run("extract").output and _file().read_bytes() == before
    said = _again()
    schools, alert = _events()[SCHOOLS], _events()[ALERT]
    [source], [other] = schools["sources"], alert["sources"]
    # the article's date and the tool's reason for it follow the new dateline; the person's trust stays
    assert (str(source["published"]), source["published_source"], source["published_confidence"]) == ("2009-05-05", "inferred", 0.7)
    assert "Tuesday 5 May 2009" in source["published_reason"]
    assert (str(schools["date"]), schools["confidence"]) == ("2009-05-04", 0.87)
    assert "the confidence in the date of seeds/a.txt, a person's (0.7), kept" in said and "1 with a person's edits kept" in said
    # the source nobody touched follows whole
    assert (str(other["published"]), other["published_confidence"]) == ("2009-05-05", 0.95)
    # and later runs leave it as it is
    before = _file().read_bytes()
    assert "wrote nothing" in _run("extract").output and _file().read_bytes() == before
