"""The catalogue of mistakes people make in event YAML, each through `timeline check`.

Each mistake must give `path:line: message` (the message says what to do), exit status 1, no
traceback, and write nothing. All problems of a run are reported together.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from timeline import schema
from timeline.cli import cli

EVENT_KEYS = ", ".join(sorted(schema.properties("event")))

A = "- date: 2019-01-08\n  title: A\n"  # a good event, to put a mistake after

# name, file text, the problems expected (line: message), in order
MISTAKES = [
    # YAML syntax
    ("unclosed flow mapping", "- {date: 2019-01-08, title: A\n- {date: 2019-01-09, title: B}\n",
     ["2: YAML syntax: did not find expected ',' or '}' (parsing a flow mapping that starts on line 1)"]),
    ("unclosed quote", "- date: 2019-01-08\n  title: 'A\n",
     ["2: YAML syntax: the quote ' that opens on this line is never closed: add the closing '"]),
    ("unclosed double quote before another event", "- date: 2019-01-08\n  title: \"A\n- date: 2019-01-09\n  title: B\n",
     ['2: YAML syntax: the quote " that opens on this line is never closed: add the closing "']),
    ("key without its colon", "- date: 2019-01-08\n  title A\n- date: 2019-01-09\n  title: B\n",
     ["2: YAML syntax: no ':' after the key on this line: write 'key: value' (a space after the ':'), "
      "or indent the line if it continues the value above"]),
    ("key without its colon at the end", A + "  summary x\n",
     ["3: YAML syntax: no ':' after the key on this line: write 'key: value' (a space after the ':'), "
      "or indent the line if it continues the value above"]),
    ("file key without its colon", "version: 1\nanchor 2019-01-08\nevents:\n  - {date: 2019-01-08, title: A}\n",
     ["2: YAML syntax: no ':' after the key on this line: write 'key: value' (a space after the ':'), "
      "or indent the line if it continues the value above"]),
    ("over-indented key", A + "   summary: x\n",
     ["3: YAML syntax: a ':' where no new key can start: check this line's indentation, or put a value that contains ': ' in quotes"]),
    # the line to write, as for the other values YAML reads as markup (it said "put a value that
    # contains ': ' in quotes", and the writer had to work out which value and how)
    ("colon in a plain value", "- date: 2019-01-08\n  title: Kim: the visit\n",
     ["2: YAML syntax: the value holds ': ', which YAML reads as a new key: put the whole value in quotes, "
      "title: 'Kim: the visit'"]),
    ("colon in a plain value before a comment", "- date: 2019-01-08\n  title: Kim's visit: day two  # check\n",
     ["2: YAML syntax: the value holds ': ', which YAML reads as a new key: put the whole value in quotes, "
      "title: \"Kim's visit: day two\""]),
    # Found building the swine-flu timeline: libyaml's words ("did not find expected '-' indicator",
    # "did not find expected key" seven lines below the quote) said neither where nor what to do.
    ("key under-indented in a mapping file", "version: 1\nevents:\n  - date: 2019-01-08\n    title: A\n  tags: [x]\n",
     ["5: YAML syntax: this line does not line up with the list that starts on line 3: indent it like the keys "
      "of the event above, or start a new event with '- ' under the other dashes"]),
    ("dash over-indented", A + " - date: 2019-01-09\n  title: B\n",
     ["3: YAML syntax: this line does not line up with the list that starts on line 1: indent it like the keys "
      "of the event above, or start a new event with '- ' under the other dashes"]),
    ("unclosed quote running on to a later quote", "- date: 2019-01-08\n  title: \"Three cases\n  summary: >-\n"
     "    Three cases.\n  sources:\n    - file: seeds/a.txt\n      quote: He said \"no\" to it.\n- date: 2019-01-09\n  title: B\n",
     ['2: YAML syntax: the quote " that opens on this line is never closed: add the closing "',
      " its sources (their articles and quotes) were not checked, as the file could not be read: run `timeline "
      "check` again once it is mended"]),
    # A title written as people write headlines: YAML's words ("did not find expected key",
    # "cannot start any token") said nothing a writer could act on; the message gives the line to write.
    ("title opening with a quoted word", "- date: 2019-01-08\n  title: \"Drain\" confirmed by council\n",
     ["2: YAML syntax: a value that starts with the quote \" ends where it closes, and this one goes on after it: "
      "put the whole value in quotes, title: '\"Drain\" confirmed by council'"]),
    ("apostrophe inside single quotes", A + "  summary: 'Shah's plea'\n",
     ["3: YAML syntax: a value that starts with the quote ' ends where it closes, and this one goes on after it: "
      "put the whole value in quotes, summary: \"Shah's plea\""]),
    ("title opening with brackets", "- date: 2019-01-08\n  title: [Update] Council confirms\n",
     ["2: YAML syntax: a value that starts with '[' is read as a list: put the whole value in quotes, "
      "title: '[Update] Council confirms'"]),
    ("title opening with an at sign", "- date: 2019-01-08\n  title: @council confirms\n",
     ["2: YAML syntax: a value cannot start with '@' (YAML keeps it for itself): put the whole value in quotes, "
      "title: '@council confirms'"]),
    ("title opening with Markdown emphasis", "- date: 2019-01-08\n  title: *Breaking* council confirms\n",
     ["2: YAML syntax: a value that starts with '*' is read as an alias: put the whole value in quotes, "
      "title: '*Breaking* council confirms'"]),
    ("tag opening with a backquote", A + "  tags:\n    - `code` words\n",
     ["4: YAML syntax: a value cannot start with '`' (YAML keeps it for itself): put the whole value in quotes, "
      "- '`code` words'"]),
    # was the title "Residents protest", the hashtag taken for a comment without a word
    ("hashtag in a plain title", "- date: 2019-01-08\n  title: Residents protest #SaveMillbrook\n",
     ["2: YAML reads what follows ' #' as a comment, so the title stops before it: put the whole value in quotes, "
      "title: 'Residents protest #SaveMillbrook'"]),
    ("second document", A + "---\n" + A, ["3: a second YAML document ('---') in the file: an event file holds one; remove the '---' or move these events to another file"]),
    ("undefined alias", "- {date: 2019-01-08, title: *x}\n", ["1: the alias *x names no anchor &x before it; if the value is text ('*Breaking* news'), put it in quotes"]),
    ("anchor defined twice", "- &a {date: 2019-01-08, title: A}\n- &a {date: 2019-01-09, title: B}\n",
     ["2: the anchor &a is already defined on line 1; give one of them another name"]),
    ("list as a key", "- ? [a, b]\n  : x\n  date: 2019-01-08\n  title: A\n", ["1: a key must be a plain value, not a list or mapping"]),
    # tabs
    ("tab indenting a key", "- date: 2019-01-08\n\ttitle: A\n", ["2: a tab character: YAML indents with spaces only; replace the tab with spaces"]),
    ("tab after a dash", "-\tdate: 2019-01-08\n  title: A\n", ["1: a tab character: YAML indents with spaces only; replace the tab with spaces"]),
    # wrong types
    ("title is a list", "- date: 2019-01-08\n  title: [a, b]\n", ["2: 'title' should be text, found a list"]),
    ("title is a number", "- {date: 2019-01-08, title: 42}\n", ["1: 'title' should be text, found a whole number: put it in quotes, '42'"]),
    ("title is yes", "- date: 2019-01-08\n  title: Yes\n",
     ["2: 'title' should be text, found true/false: put it in quotes (unquoted, YAML reads yes, no, on, off, true and false so)"]),
    ("tag is off", A + "  tags: [off]\n",
     ["3: 'tags' items should be text, found true/false: put it in quotes (unquoted, YAML reads yes, no, on, off, true and false so)"]),
    ("title is empty", "- date: 2019-01-08\n  title: ''\n", ["2: the title is empty"]),
    ("title is null", "- date: 2019-01-08\n  title:\n", ["2: 'title' should be text, found nothing"]),
    ("tags is text", A + "  tags: politics\n", ["3: 'tags' should be a list, found text 'politics': write it as a list, [politics]"]),
    ("tags are numbers", "- {date: 2019-01-08, title: A, tags: [1, 2]}\n", ["1: 'tags' items should be text, found a whole number: put it in quotes, '1'"]),
    ("confidence is text", A + "  confidence: high\n", ["3: 'confidence' should be a number, found text 'high'"]),
    ("confidence out of range", A + "  confidence: 1.5\n", ["3: 'confidence' should be between 0 and 1, found 1.5"]),
    ("confidence is NaN", A + "  confidence: .nan\n", ["3: 'confidence' should be between 0 and 1, found nan"]),
    ("approximate is text", A + "  approximate: maybe\n", ["3: 'approximate' should be true or false, found text 'maybe'"]),
    ("status unknown", A + "  status: done\n", ["3: 'status' should be one of draft, reviewed, rejected, found 'done'"]),
    ("sources is a mapping", A + "  sources: {file: seeds/a.txt}\n", ["3: 'sources' should be a list, found a mapping"]),
    ("source is text", A + "  sources: [seeds/a.txt]\n", ["3: a source must be a mapping with 'file' or 'url', found text 'seeds/a.txt'"]),
    ("source has neither file nor url", A + "  sources:\n    - {quote: x}\n", ["4: a source needs 'file' (the article) or 'url'"]),
    ("span of three", A + "  sources:\n    - {file: seeds/a.txt, span: [1, 2, 3]}\n", ["4: 'span' should have 2 items"]),
    ("span of text", A + "  sources:\n    - {file: seeds/a.txt, span: [a, 2]}\n", ["4: 'span' items should be a whole number, found text 'a'"]),
    ("clause outside its span", A + "  sources:\n    - {file: seeds/a.txt, span: [10, 50], clause: [40, 60]}\n",
     ["4: 'clause' [40, 60] should lie inside the sentence's 'span' [10, 50], first offset before last (it marks the words "
      "of the sentence this event tells): fix it, or delete the line to cite the whole sentence"]),
    ("clause without a span", A + "  sources:\n    - {file: seeds/a.txt, clause: [40, 60]}\n",
     ["4: 'clause' needs the 'span' of its sentence beside it; or delete the line"]),
    ("accessed is no day", A + "  sources:\n    - {url: 'https://a.example/1', accessed: last week}\n",
     ["4: 'accessed' 'last week' should be the day you read the page, such as 2024-06-01"]),
    ("published is no date", A + "  sources:\n    - {file: seeds/a.txt, published: someday}\n",
     ["4: 'published' 'someday' should be the article's date, such as 2024-06-01 or 'June 2024'"]),
    ("event is text", "- just a string\n", ["1: an event must be a mapping of keys such as 'date:' and 'title:', found text 'just a string'"]),
    ("binary title", "- date: 2019-01-08\n  title: !!binary aGVsbG8=\n", ["2: 'title' should be text, found bytes"]),
    ("date is true", "- date: yes\n  title: A\n", ["1: 'date' should be text or a whole number, found true/false"]),
    ("date is a float", "- date: 2019.5\n  title: A\n", ["1: 'date' should be text or a whole number, found a number"]),
    ("control character in a title", "- date: 2019-01-08\n  title: \"A \\e[31m red\"\n",
     ["2: 'title' holds the control character U+001B at character 3: remove it (a YAML escape such as \\e or \\x1b makes one)"]),
    ("NUL escape in a tag", "- {date: 2019-01-08, title: A, tags: [\"a\\0b\"]}\n",
     ["1: 'tags' items holds the control character U+0000 at character 2: remove it (a YAML escape such as \\e or \\x1b makes one)"]),
    ("bool tag on text", "- date: 2019-01-08\n  title: A\n  approximate: !!bool maybe\n",
     ["3: cannot read this bool value ('maybe'); put it in quotes if it is text"]),
    ("int tag on text", A + "  confidence: !!int high\n",
     ["3: cannot read this int value (invalid literal for int() with base 10: 'high'); put it in quotes if it is text"]),
    # unknown keys
    ("key typo", "- date: 2019-01-08\n  titel: A\n", ["2: unknown key 'titel' in event: did you mean 'title'?"]),
    ("key typo in date", "- dat: 2019-01-08\n  title: A\n", ["1: unknown key 'dat' in event: did you mean 'date'?"]),
    ("unknown key far from any", A + "  colour: red\n",
     [f"3: unknown key 'colour' in event: allowed keys: {EVENT_KEYS}"]),
    ("source key typo", A + "  sources:\n    - {file: seeds/a.txt, qoute: x}\n", ["4: unknown key 'qoute' in source: did you mean 'quote'?"]),
    ("file key typo", "anchor: 2019-01-08\nevent:\n  - {date: 2019-01-08, title: A}\n", ["2: unknown key 'event' in file: did you mean 'events'?"]),
    ("numeric key", A + "  2019: x\n",
     [f"3: unknown key 2019 in event: allowed keys: {EVENT_KEYS}"]),
    ("duplicate key", A + "  title: B\n", ["3: the key 'title' appears twice here; keep one"]),
    # missing title or date
    ("no title", "- date: 2019-01-08\n  summary: x\n", ["1: the event has no 'title': add 'title:'"]),
    ("no date", "- title: A\n", ["1: the event has no 'date': add 'date:'"]),
    ("no date, no title", "- summary: x\n", ["1: the event has no 'date': add 'date:'", "1: the event has no 'title': add 'title:'"]),
    # dates that cannot be read, impossible dates, end before date
    ("unreadable date", "- date: someday soon\n  title: A\n",
     ["1: cannot read the date 'someday soon'; write it like 'Jan. 7, 2019', 'June 2018' or '2019-01-08'"]),
    ("relative date without anchor", "- date: Tuesday\n  title: A\n",
     ["1: 'Tuesday' is relative: add an 'anchor' (the date it counts from), or write the full date"]),
    ("unreadable anchor", "anchor: nope\nevents:\n  - {date: Tuesday, title: A}\n",
     ["3: anchor: cannot read the date 'nope'; write it like 'Jan. 7, 2019', 'June 2018' or '2019-01-08'"]),
    ("30 February as YAML date", "- date: 2019-02-30\n  title: A\n", ["1: '2019-02-30' is not a real date: February 2019 has 28 days"]),
    ("30 February in words", "- date: 30 February 2019\n  title: A\n", ["1: '30 February 2019' is not a real date: February 2019 has 28 days"]),
    ("February 29 of a common year", "- date: Feb. 29, 2019\n  title: A\n", ["1: 'Feb. 29, 2019' is not a real date: February 2019 has 28 days"]),
    ("month 13", "- date: 2019-13-01\n  title: A\n",
     ["1: '2019-13-01' is not a real date: there is no month 13; if you meant 13 January 2019, write 2019-01-13"]),
    ("month 45", "- date: 2019-45-01\n  title: A\n", ["1: '2019-45-01' is not a real date: there is no month 45"]),
    ("31 April", "- date: April 31, 2019\n  title: A\n", ["1: 'April 31, 2019' is not a real date: April 2019 has 30 days"]),
    ("31/02 written day first", "- date: 31/02/2019\n  title: A\n", ["1: '31/02/2019' is not a real date: February 2019 has 28 days"]),
    # 6 May to an American, 5 June to a Briton: was read the American way without a word
    ("day and month in an open order", "- date: 05/06/2023\n  title: A\n",
     ["1: '05/06/2023' can be 6 May or 5 June 2023: the order of day and month is open; "
      "write it as 2023-05-06 or 2023-06-05, or with the month's name"]),
    ("year zero", "- {date: '0000', title: A}\n",
     ["1: cannot read the date '0000'; write it like 'Jan. 7, 2019', 'June 2018' or '2019-01-08'"]),
    # was read as 5 March without a word: one of the two is a typo, and a wrong day is worse than none
    ("weekday that is not the date's", "- date: Wednesday 5 March 2026\n  title: A\n",
     ["1: 'Wednesday 5 March 2026' names a weekday that is not its date's (2026-03-05 is Thu 5 Mar 2026): "
      "one of the two is wrong; correct it, or leave the weekday out"]),
    ("end before date", "- date: 2019-01-08\n  end: 2019-01-07\n  title: A\n",
     ["2: 'end' (Mon 7 Jan 2019) is before 'date' (Tue 8 Jan 2019); swap them"]),
    ("end unreadable", "- date: 2019-01-08\n  end: later\n  title: A\n",
     ["2: end: cannot read the date 'later'; write it like 'Jan. 7, 2019', 'June 2018' or '2019-01-08'"]),
    ("date of a megabyte", "- date: '" + "1" * 1_000_000 + "'\n  title: A\n",
     ["1: the date is 1,000,000 characters long; a date is a few words, such as 'Jan. 7, 2019'"]),
    # ids
    ("duplicate id in a file", "- {id: same, date: 2019-01-08, title: A}\n- {id: same, date: 2019-01-09, title: B}\n",
     ["2: duplicate id 'same', already used at {path}:1; give one of them another 'id'"]),
    ("id with capitals and slash", A + "  id: Bad/Id\n", ["3: 'id' 'Bad/Id' may only use lower-case letters, digits, '-' and '_'"]),
    ("id with a newline", A + "  id: \"abc\\n\"\n", ["3: 'id' 'abc\\n' may only use lower-case letters, digits, '-' and '_'"]),
    ("id too long", A + "  id: " + "a" * 101 + "\n", ["3: the id is 101 characters long; keep it to 100"]),
    # empty files and files of the wrong shape
    ("empty file", "", ["1: the file is empty: write a list of events (see README, 'Event files')"]),
    ("only comments", "# nothing yet\n", ["1: the file is empty: write a list of events (see README, 'Event files')"]),
    ("scalar file", "hello\n", ["1: expected a list of events, found text 'hello'"]),
    ("number file", "42\n", ["1: expected a list of events, found a whole number"]),
    ("one event as a mapping", "title: A\ndate: 2019-01-08\n",
     ["1: this file is one event, not a list of events: start the event with '- ' (a list item), or put it under 'events:'"]),
    ("mapping without events", "anchor: 2019-01-08\n", ["1: no 'events:' list in this file; put the events under 'events:'"]),
    ("events is a mapping", "events:\n  date: 2019-01-08\n", ["1: 'events' should be a list, found a mapping"]),
    ("format version 2", "version: 2\nevents:\n  - {date: 2019-01-08, title: A}\n", ["1: unknown format version 2: this tool reads version 1"]),
]

FILE_MISTAKES = [  # bytes, not text
    ("latin-1 file", "- date: 2019-01-08\n  title: Café\n".encode("latin-1"),
     ["2: not UTF-8 text (byte 0xe9 at column 13): save the file as UTF-8"]),
    ("UTF-16 file", "- {date: 2019-01-08, title: A}\n".encode("utf-16"), [": UTF-16 text: save the file as UTF-8"]),
    ("binary file", bytes(range(256)) * 4, [": binary data, not text: is this the right file?"]),
    ("NUL in text", b"- date: 2019-01-08\n  title: A\x00\n",
     ["2: the character U+0000 at column 11 is not allowed in YAML (control characters are not allowed): remove it"]),
    ("UTF-8 with a byte-order mark", "\ufeff- date: 2019-01-08\n  titel: A\n".encode(),
     ["2: unknown key 'titel' in event: did you mean 'title'?"]),
]


def check(*args):
    return CliRunner().invoke(cli, ["check", *args])


def expected_lines(path: str, expected: list[str]) -> list[str]:
    return [f"{path}{'' if e.startswith(':') else ':'}{e.replace('{path}', path)}" for e in expected]


@pytest.mark.hostile("event YAML mistakes")
@pytest.mark.parametrize("name, text, expected", MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_names_file_and_line_and_says_what_to_do(tmp_path, monkeypatch, fingerprint, name, text, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.yaml").write_text(text, encoding="utf-8")
    before = fingerprint(tmp_path)
    result = check()
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == expected_lines("events/e.yaml", expected)
    assert fingerprint(tmp_path) == before, "check writes nothing"


@pytest.mark.hostile("event YAML mistakes")
@pytest.mark.parametrize("name, data, expected", FILE_MISTAKES, ids=[m[0] for m in FILE_MISTAKES])
def test_each_unreadable_file_says_so(tmp_path, monkeypatch, fingerprint, name, data, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "e.yaml").write_bytes(data)
    before = fingerprint(tmp_path)
    result = check()
    assert result.exit_code == 1
    assert result.stderr.splitlines() == expected_lines("events/e.yaml", expected)
    assert fingerprint(tmp_path) == before


def test_all_problems_of_all_files_are_reported_at_once(tmp_path, monkeypatch, fingerprint):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").mkdir()
    for index, (_, text, _) in enumerate(MISTAKES):
        (tmp_path / "events" / f"m{index:03d}.yaml").write_text(text, encoding="utf-8")
    before = fingerprint(tmp_path)
    result = check()
    assert result.exit_code == 1
    wanted = sorted(
        line for index, (_, _, expected) in enumerate(MISTAKES) for line in expected_lines(f"events/m{index:03d}.yaml", expected)
    )
    assert sorted(result.stderr.splitlines()) == wanted
    assert fingerprint(tmp_path) == before


def test_a_good_file_next_to_bad_ones_is_not_blamed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "good.yaml").write_text(A, encoding="utf-8")
    (tmp_path / "events" / "bad.yaml").write_text("- date: 2019-01-08\n  titel: A\n", encoding="utf-8")
    result = check()
    assert result.exit_code == 1
    assert "good.yaml" not in result.stderr


def test_the_installed_command_reports_every_problem_and_exits_1(tmp_path):
    events = tmp_path / "events"
    events.mkdir()
    for index, (_, text, _) in enumerate(MISTAKES):
        (events / f"m{index:03d}.yaml").write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "timeline", "check"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    wanted = [line for index, (_, _, expected) in enumerate(MISTAKES) for line in expected_lines(f"events/m{index:03d}.yaml", expected)]
    assert sorted(done.stderr.splitlines()) == sorted(wanted)
