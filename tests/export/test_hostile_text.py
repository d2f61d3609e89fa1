"""What a person writes in an event (a title, a summary, a tag, a source's title) reaches each export
as text of that format: nothing of it runs as a formula, markup or a calendar property, and it
reads back as written (`timeline export`, as a script or a person calls it)."""
from __future__ import annotations

import csv
import html
import io
import json

import pytest
from click.testing import CliRunner

from timeline.cli import cli

TITLE = '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>; a, b \\ c'
SUMMARY = "+cmd|' /C calc'!A0\nSecond line, with; semicolons, a backslash \\ and a tail past 75 octets: " + "日本語" * 8
EVENTS = f"""\
- id: hostile
  date: 2019-01-09
  title: {json.dumps(TITLE)}
  summary: {json.dumps(SUMMARY)}
  tags: ["<b>bold</b>", "@tag, with comma"]
  sources:
    - url: "javascript:alert(1)"
      title: "-2+3 <img src=x onerror=alert(1)>"
      quote: 'He said "hello"; then, left.'
- {{id: tab, date: 2019-01-10, title: "@SUM(1+1)", summary: "\\t=1+1", tags: ["-x"]}}
- {{id: ides, date: 15 March 44 BC, title: Caesar killed}}
"""


@pytest.fixture
def export(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/hostile.yaml", EVENTS)

    def run(name: str) -> str:
        result = CliRunner().invoke(cli, ["export", "--format", name])
        assert result.exit_code == 0, result.output
        return result.stdout_bytes.decode("utf-8")  # .stdout turns "\r\n" into "\n"

    return run


def test_ics_escapes_commas_semicolons_backslashes_and_newlines_and_folds_at_75_octets(export):
    text = export("ics")
    assert [line for line in text.split("\r\n") if len(line.encode("utf-8")) > 75] == []
    assert "\n" not in text.replace("\r\n", "")
    unfolded = text.replace("\r\n ", "")
    assert 'SUMMARY:=HYPERLINK("http://evil.example"\\,"x") <script>alert(1)</script>\\; a\\, b \\\\ c\r\n' in unfolded
    assert ("DESCRIPTION:+cmd|' /C calc'!A0\\nSecond line\\, with\\; semicolons\\, a backslash \\\\ and a tail past "
            "75 octets: " + "日本語" * 8 + "\\n") in unfolded
    assert "CATEGORIES:<b>bold</b>,@tag\\, with comma\r\n" in unfolded
    # read back as a calendar reads it: each property's value is the text as written
    values = {}
    for line in unfolded.split("\r\n"):
        name, _, value = line.partition(":")
        values.setdefault(name, value)
    assert _unescaped(values["SUMMARY"]) == TITLE
    assert _unescaped(values["DESCRIPTION"]).startswith(SUMMARY + "\n")


def _unescaped(value: str) -> str:
    out, escaped = [], False
    for char in value:
        if escaped:
            out.append("\n" if char in "nN" else char)
            escaped = False
        elif char == "\\":
            escaped = True
        else:
            out.append(char)
    return "".join(out)


def test_csv_cells_read_back_as_written_and_none_starts_a_formula(export):
    rows = list(csv.DictReader(io.StringIO(export("csv"), newline="")))
    ides, hostile, tab = rows
    assert hostile["title"] == "'" + TITLE and hostile["summary"] == "'" + SUMMARY
    assert hostile["tags"] == "<b>bold</b>; @tag, with comma"
    assert hostile["citations"].startswith("“-2+3 <img src=x onerror=alert(1)>”")  # a quote mark first: no formula
    # a "'" after the tab too: a reading split at tabs begins a cell there (tests/export/test_csv_formulas.py)
    assert (tab["title"], tab["summary"], tab["tags"]) == ("'@SUM(1+1)", "'\t'=1+1", "'-x")
    # documented (docs/exports.md): a script takes the ' off a date before Christ
    assert (ides["date"], ides["start"]) == ("BC0044-03-15", "'-0043-03-15")
    for row in rows:
        assert not any(value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in row.values())


def test_timelinejs_escapes_every_text_it_renders_as_html(export):
    data = json.loads(export("timelinejs"))
    _, hostile, tab = data["events"]
    assert hostile["text"]["headline"] == html.escape(TITLE)
    assert "<script>" not in hostile["text"]["text"] and "<img" not in hostile["text"]["text"]
    assert "javascript:" not in hostile["text"]["text"].split(">", 2)[1]  # no link to it: the name alone
    # a group's name is written into the page as HTML too (it was the tag as written: "<b>bold</b>" in bold)
    assert (hostile["group"], tab["group"]) == ("&lt;b&gt;bold&lt;/b&gt;", "-x")


def test_timelinejs_renders_a_summarys_markdown_as_the_site_does(write, tmp_path, monkeypatch):
    # walk11: "**long**" showed in an embedded timeline asterisks and all, where the site makes it bold
    monkeypatch.chdir(tmp_path)
    write("events/md.yaml", "- {id: md, date: 2019-01-09, title: T, summary: 'A **long** day, *really*: "
                            "[the story](https://x.example/a), [bad](javascript:alert(1)) <b>raw</b>'}\n")
    result = CliRunner().invoke(cli, ["export", "--format", "timelinejs"])
    assert result.exit_code == 0, result.output
    text = json.loads(result.stdout)["events"][0]["text"]["text"]
    assert text.startswith('<p>A <strong>long</strong> day, <em>really</em>: <a href="https://x.example/a">the story</a>, '
                           '<a href="#">bad</a> &lt;b&gt;raw&lt;/b&gt;</p>')


def test_events_json_keeps_the_text_as_written_for_scripts(export):
    data = json.loads(export("json"))
    hostile = data["events"][1]
    assert (hostile["title"], hostile["summary"], hostile["tags"]) == (TITLE, SUMMARY, ["<b>bold</b>", "@tag, with comma"])
