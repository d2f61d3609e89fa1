"""No cell of the CSV export starts a formula however a spreadsheet splits it: at ',' (the file's
separator), or at ';' (Excel's in a locale whose list separator is ';', most of Europe, which takes a
'"' as a quote only at a field's first character, as Python's csv does), or with quotes read as
toggles (a reader that does not follow that rule). A script that takes off one "'" at each place
docs/exports.md names gets the text back."""
from __future__ import annotations

import csv
import io
import re

import pytest
from click.testing import CliRunner
from hypothesis import given, settings, strategies as st

from timeline.cli import cli
from timeline.export import csvfile

FORMULA = ("=", "+", "-", "@")
HOSTILE = [
    "Talks;=HYPERLINK(\"http://evil.example\",\"x\")",
    "Talks;=1+2",
    "a;-2+3+cmd|' /C calc'!A0",
    "a;@SUM(1+1)",
    "a;+1",
    'He said;"=1+1"',
    "x;'=1+1",
    "first line\n=1+1",
    "first line\r\n+1",
    "a\t=1+1",
    "\t=1+1",
    "=1+2\";=1+2",  # OWASP's two examples
    "=1+2'\" ;,=1+2",
    "'=already quoted",
]


def _row(texts: list[str]) -> str:
    """A row as the export writes one: an id first, then the texts, each cell as a cell is written."""
    return csvfile._line(["some-id", *(csvfile._cell(t) for t in texts), "last"])


def _quotes_at_start(text: str, separator: str) -> list[str]:
    """Cells as Excel and Python's csv read them: a quote is one only at a field's first character."""
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator) for cell in row]


def _quotes_toggle(text: str, separator: str) -> list[str]:
    """Cells as a reader reads them that takes every '"' as opening or closing a quote."""
    cells, piece, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
            piece.append(char)
        elif not quoted and char in (separator, "\r", "\n"):
            cells.append("".join(piece))
            piece = []
        else:
            piece.append(char)
    cells.append("".join(piece))
    return [re.sub(r'"("?)', r"\1", cell) for cell in cells]


READINGS = [(reader, separator) for reader in (_quotes_at_start, _quotes_toggle) for separator in (",", ";", "\t")]


def _formulas(text: str) -> list[str]:
    """The cells of any reading that a spreadsheet would run: they begin with a formula's first
    character, or with a tab or line break before one."""
    return [cell for reader, separator in READINGS for cell in reader(text, separator)
            if cell.lstrip("\t\r\n").startswith(FORMULA)]


def _unguarded(cell: str) -> str:
    """The text back, as docs/exports.md tells a script to take it: one "'" off at the cell's start
    and after each ';', tab or line break, where it comes before a formula's character (after any
    quotes and apostrophes)."""
    cell = re.sub(r"^'(?='*\"*[=+\-@\t\r\n])", "", cell)
    return re.sub(r"(?<=[;\t\r\n])'(?='*\"*[=+\-@])", "", cell)


@pytest.mark.parametrize("text", HOSTILE)
def test_a_hostile_cell_starts_no_formula_in_any_reading_and_reads_back(text):
    row = _row([text])
    assert _formulas(row) == []
    assert _formulas(row.replace("'", "")) != []  # without the "'" some reading runs it: the test sees it
    (_, cell, _) = next(csv.reader(io.StringIO(row, newline="")))
    assert _unguarded(cell) == text


def test_text_a_spreadsheet_reads_as_text_anyway_is_written_as_it_is():
    # a cell that begins with a space is text (OWASP lists no space): "; " joins an event's tags
    for text in ("Talks; -5 degrees", "peace; =x", "a;b", "'Tis the season", "e-mail @ noon", "a - b",
                 "2009-04-28", "first line\nsecond line", ""):
        assert csvfile._cell(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="=+-@;,\t\r\n'\" ab", max_size=12), min_size=1, max_size=3))
def test_any_text_starts_no_formula_in_any_reading_and_reads_back(texts):
    row = _row(texts)
    assert _formulas(row) == []
    cells = next(csv.reader(io.StringIO(row, newline="")))
    assert [_unguarded(c) for c in cells[1:-1]] == texts


EVENTS = """\
- id: talks
  date: 2019-01-09
  title: "Talks;=HYPERLINK(\\"http://evil.example\\",\\"x\\")"
  summary: "Agreed:\\n-2+3+cmd|' /C calc'!A0\\nthen;@SUM(1+1)"
  tags: [peace, "x;=1+1"]
  sources:
    - {file: seeds/a.txt, title: "One;+1", outlet: "=Outlet"}
"""


def test_the_export_starts_no_formula_read_at_a_comma_or_a_semicolon(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/talks.yaml", EVENTS)
    for args in ([], ["--bom"]):
        result = CliRunner().invoke(cli, ["export", "--format", "csv", *args])
        assert result.exit_code == 0, result.output
        text = result.stdout_bytes.decode("utf-8-sig")
        assert _formulas(text) == []
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    assert row["title"] == "Talks;'=HYPERLINK(\"http://evil.example\",\"x\")"
    assert row["summary"] == "Agreed:\n'-2+3+cmd|' /C calc'!A0\nthen;'@SUM(1+1)"
    assert row["tags"] == "peace; x;'=1+1"
    assert row["citations"].startswith("“One;'+1”, =Outlet")  # inside the citation: no cell starts there
