"""A source's url that runs a script where a program opens it (javascript:, vbscript:, data:) is no
article's address: the CSV, the calendar and the wikitext leave it out, citing the source by what else names it,
and the run says so with the event's file and line (timeline/data/export_messages.yaml), as the site
links it nowhere. events.json keeps it as written, as it keeps all text, for scripts."""
from __future__ import annotations

import csv
import io
import json
from importlib import resources

import pytest
import yaml
from click.testing import CliRunner

from tests.message_calls import calls, placeholders
from timeline.cli import cli
from timeline.export import export_message, formats
from timeline.loader import load_events
from timeline.text import script_scheme

DATA = yaml.safe_load(resources.files("timeline").joinpath("data/export_messages.yaml").read_text("utf-8"))["export_messages"]
MESSAGES = DATA["messages"]


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["message"])
def test_each_message_formats_its_example(example):
    fields = {key: value for key, value in example.items() if key not in ("message", "says")}
    assert placeholders(MESSAGES[example["message"]]) == set(fields)
    assert export_message(example["message"], **fields) == example["says"]


def test_every_message_has_an_example_and_is_said_by_the_code_with_its_placeholders():
    assert set(MESSAGES) == {example["message"] for example in DATA["examples"]}
    said = calls({"export_message"})
    assert said and all(call.kinds and not call.passes_more for call in said), said
    assert {kind for call in said for kind in call.kinds} == set(MESSAGES)
    for call in said:
        for kind in call.kinds:
            assert set(call.fields) == placeholders(MESSAGES[kind]), (call.where, kind)


@pytest.mark.parametrize("url, scheme", [
    ("javascript:alert(1)", "javascript"), (" JaVaScRiPt:alert(1)", "javascript"), ("java\tscript:alert(1)", "javascript"),
    ("VBScript:MsgBox(1)", "vbscript"), ("data:text/html;base64,PHNjcmlwdD4=", "data"),
    ("https://example.org/story", None), ("mailto:desk@example.org", None), ("www.example.org/a:b", None),
    ("https://example.org/javascript:x", None), ("ftp://example.org/file.txt", None), ("", None),
])
def test_a_url_runs_a_script_by_its_scheme_as_a_browser_reads_it(url, scheme):
    assert script_scheme(url) == scheme


EVENTS = """\
- id: linked
  date: 2019-01-09
  title: A story with a titled source
  sources:
    - {url: "javascript:alert(1)", file: seeds/a.txt, title: "The story", outlet: Daily}
- id: bare
  date: 2019-01-10
  title: A story known by its url alone
  sources:
    - {url: "data:text/html;base64,PHNjcmlwdD4="}
    - {url: "https://example.org/fine", title: Fine}
- id: out
  date: 2019-01-11
  title: Rejected, not exported, not said
  status: rejected
  sources:
    - {url: "vbscript:MsgBox(1)"}
"""


@pytest.fixture
def export(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/hostile.yaml", EVENTS)

    def run(name: str):
        result = CliRunner().invoke(cli, ["export", "--format", name])
        assert result.exit_code == 0, result.output
        return result.stdout_bytes.decode("utf-8"), result.stderr

    return run


def test_the_csv_gives_no_such_url_as_an_address_nor_as_text_and_says_so(export):
    text, said = export("csv")
    assert "javascript" not in text.lower() and "data:" not in text
    linked, bare = csv.DictReader(io.StringIO(text, newline=""))
    assert (linked["sources"], linked["citations"]) == ("seeds/a.txt", "“The story”, Daily, seeds/a.txt")
    assert bare["sources"] == "; https://example.org/fine"
    assert bare["citations"] == "a source whose url was left out (it was no web address)\n“Fine”, https://example.org/fine"
    assert said.splitlines() == [
        "events/hostile.yaml:1: a source's url 'javascript:alert(1)' is left out of the CSV export: a javascript: address "
        "runs a script rather than open an article; give the article's web address (https://...) or its file",
        "events/hostile.yaml:6: a source's url 'data:text/html;base64,PHNjcmlwdD4=' is left out of the CSV export: a data: "
        "address runs a script rather than open an article; give the article's web address (https://...) or its file"]


def test_the_calendar_cites_the_source_without_it_and_says_so(export):
    text, said = export("ics")
    unfolded = text.replace("\r\n ", "")
    assert "javascript" not in unfolded.lower() and "data:" not in unfolded
    assert "Source: “The story”\\, Daily\\, seeds/a.txt" in unfolded
    assert "Source: a source whose url was left out (it was no web address)\\n" in unfolded
    assert [line.split(": a source's url ")[0] for line in said.splitlines()] == ["events/hostile.yaml:1", "events/hostile.yaml:6"]
    assert all("left out of the iCalendar export" in line for line in said.splitlines())


def test_the_wikitext_cites_the_source_without_it_and_says_so(export):
    # CS1 shows "Check |url=" for such a url and links nothing: the source is cited by what else names it
    text, said = export("wikitext")
    assert "javascript" not in text.lower() and "data:" not in text
    assert "{{cite news |title=The story |work=Daily}}" in text
    assert "{{cite web |title=Fine |url=https://example.org/fine}}" in text
    assert [line.split(": a source's url ")[0] for line in said.splitlines()] == ["events/hostile.yaml:1", "events/hostile.yaml:6"]
    assert all("left out of the wikitext export" in line for line in said.splitlines())


def test_events_json_keeps_it_as_written_for_scripts(export):
    text, said = export("json")
    linked, bare = json.loads(text)["events"]
    assert (linked["sources"][0]["url"], bare["sources"][0]["url"]) == ("javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=")
    assert said == ""


def test_the_site_build_says_the_same_of_its_csv_calendar_and_wikitext(write, tmp_path, monkeypatch):
    # what the build logs for each export (timeline.site.build._export), as `timeline export` says it
    monkeypatch.chdir(tmp_path)
    write("events/hostile.yaml", EVENTS)
    events = load_events([tmp_path / "events"])
    for name, label in (("csv", "CSV"), ("ics", "iCalendar"), ("wikitext", "wikitext")):
        notes = formats()[name].left_out(events)
        assert [note.split(": ")[0] for note in notes] == [f"events/hostile.yaml:{line}" for line in (1, 6)]
        assert all(f"is left out of the {label} export" in note for note in notes)


def test_many_are_named_ten_then_counted(write, tmp_path):
    write("events/many.yaml", "".join(f"- {{id: e{n}, date: 2019-01-{n + 1:02d}, title: T{n}, sources: [{{url: 'javascript:{n}'}}]}}\n"
                                      for n in range(13)))
    notes = formats()["csv"].left_out(load_events([tmp_path / "events"]))
    assert len(notes) == 11 and notes[-1] == "3 more sources' urls that run a script are left out of the CSV export too"
