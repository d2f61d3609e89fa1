"""A bug (an error nobody foresaw) ends in one paragraph and exit status 70, never a traceback or half a file.

The bugs are made here by replacing a function with one that raises; what is tested is what the user sees.
"""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import Bug

EVENTS = "- date: 2019-01-08\n  title: Kim arrives in Beijing\n- date: June 2018\n  title: Singapore summit\n"
FORMATS = {  # --format: (module whose write() fails, label in the message)
    "json": ("jsonfile", "JSON"), "timelinejs": ("timelinejs", "TimelineJS"), "ics": ("ical", "iCalendar"),
    "csv": ("csvfile", "CSV"), "atom": ("atom", "Atom feed"),
}


def fail(*args, **kwargs):
    raise KeyError("no such field")


@pytest.fixture
def project(write, tmp_path, monkeypatch):
    write("events/e.yaml", EVENTS)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    return tmp_path


def files_in(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_a_failing_export_is_one_paragraph_and_leaves_the_old_file_as_it_was(project, monkeypatch, name):
    module, label = FORMATS[name]
    (project / "out.txt").write_bytes(b"the export of yesterday\n")
    before = files_in(project)
    monkeypatch.setattr(f"timeline.export.{module}.write", fail)

    result = CliRunner().invoke(cli, ["export", "--format", name, "--out", "out.txt"])

    assert result.exit_code == 70
    assert result.stdout == ""
    message = result.stderr
    assert message == (
        f"unexpected error while writing the {label} export (--format {name}) of events/ to out.txt "
        "(KeyError: 'no such field'); nothing was written. This is a bug in timeline, not a mistake in your files: "
        "please report it, with the command you ran and, if you can, the files it read. To see the traceback, "
        f"run it again as `timeline --debug export ...` (or with TIMELINE_DEBUG=1).\n")
    assert "Traceback" not in result.output
    assert files_in(project) == before  # the old output byte for byte, and no temporary file beside it


def test_a_failing_export_to_standard_output_writes_none_of_it(project, monkeypatch):
    monkeypatch.setattr("timeline.export.ical.write", fail)
    result = CliRunner().invoke(cli, ["export", "--format", "ics"])
    assert result.exit_code == 70 and result.stdout == ""
    assert "writing the iCalendar export (--format ics) of events/ to standard output" in result.stderr


@pytest.mark.parametrize("how", ["--debug", "TIMELINE_DEBUG=1"])
def test_debug_gives_the_traceback_of_the_original_error(project, monkeypatch, how):
    monkeypatch.setattr("timeline.export.csvfile.write", fail)
    args, env = (["--debug"], {}) if how == "--debug" else ([], {"TIMELINE_DEBUG": "1"})
    result = CliRunner().invoke(cli, [*args, "export", "--format", "csv"], env=env)
    assert isinstance(result.exception, Bug)  # not caught: Python prints it, with its cause
    assert isinstance(result.exception.__cause__, KeyError)
    assert "CSV export" in str(result.exception)


def test_the_output_file_appears_whole_or_not_at_all(project, monkeypatch):
    (project / "cal.ics").write_bytes(b"old\n")

    def no_space(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", no_space)
    result = CliRunner().invoke(cli, ["export", "--format", "ics", "--out", "cal.ics"])
    assert result.exit_code == 1  # the machine's problem, not a bug: said as a user's problem is
    assert result.stderr == ("cannot write cal.ics: No space left on device; the old files are intact; check the free "
                             "space and the folder's permissions, and run it again\n")
    assert files_in(project) == {"cal.ics": b"old\n", "events/e.yaml": EVENTS.encode()}


def test_an_output_folder_that_is_a_file_is_a_message_not_a_traceback(project):
    (project / "taken").write_text("a file\n")
    result = CliRunner().invoke(cli, ["export", "--out", "taken/events.json"])
    assert result.exit_code == 1
    assert result.stderr.startswith("cannot write taken/events.json: ") and "Traceback" not in result.output


@pytest.mark.parametrize("args, target", [
    (["check"], "timeline.commands.check.load_events"),
    (["tag", "a.txt"], "timeline.commands.tag._line"),
    (["extract", "seeds"], "timeline.extract.pipeline.find_articles"),
])
def test_every_command_says_a_bug_the_same_way(project, monkeypatch, args, target):
    (project / "a.txt").write_text("Kim arrived on Tuesday.\n")
    (project / "seeds").mkdir()
    monkeypatch.setattr(target, fail)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 70, result.output
    assert result.stderr.startswith(f"unexpected error while running `timeline {args[0]}` (KeyError: 'no such field'). "
                                    "This is a bug in timeline")
    assert f"`timeline --debug {args[0]} ...`" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("error", [SyntaxError("invalid syntax", ("extract.py", 3, 1, "def (")),
                                   ImportError("cannot import name 'nothing'")])
def test_a_command_whose_module_fails_to_load_is_named(project, monkeypatch, error):
    # click names the command only once it has been found: a module that failed to load was
    # reported as `timeline None`, with `timeline --debug None ...` to see the traceback
    import importlib

    real_import = importlib.import_module

    def failing_import(name, *args, **kwargs):
        if name == "timeline.commands.extract":
            raise error
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(importlib, "import_module", failing_import)
    result = CliRunner().invoke(cli, ["extract", "seeds"])
    assert result.exit_code == 70, result.output
    assert result.stderr.startswith(f"unexpected error while running `timeline extract` ({type(error).__name__}: ")
    assert "None" not in result.stderr
    assert "To see the traceback, run it again as `timeline --debug extract ...` (or with TIMELINE_DEBUG=1)." in result.stderr
    debugged = CliRunner().invoke(cli, ["--debug", "extract", "seeds"])
    assert debugged.exception is error  # --debug: not caught, Python prints its traceback


def test_the_users_mistakes_and_clicks_own_errors_keep_their_messages_and_statuses(project):
    (project / "events" / "bad.yaml").write_text("- date: 2019-01-08\n  titel: x\n")
    assert CliRunner().invoke(cli, ["export"]).exit_code == 1
    assert CliRunner().invoke(cli, ["export", "--format", "pdf"]).exit_code == 2
    assert CliRunner().invoke(cli, ["--version"]).exit_code == 0


def test_a_long_error_is_cut_in_the_message(project, monkeypatch):
    def long_failure(*args, **kwargs):
        raise ValueError("x" * 5000)

    monkeypatch.setattr("timeline.export.jsonfile.write", long_failure)
    result = CliRunner().invoke(cli, ["export"])
    assert result.exit_code == 70 and len(result.stderr) < 1000 and "x…)" in result.stderr


def test_a_reader_that_stops_early_is_not_a_bug(tmp_path):
    # `timeline tag --jsonl big | head -1`: the pipe closes under the writer; that is the reader's choice.
    import json
    import subprocess
    import sys

    lines = [json.dumps({"doc": f"d{i}", "dct": "2019-01-10", "text": "He left on Tuesday. " * 20}) for i in range(3000)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_DEBUG"}
    process = subprocess.Popen([sys.executable, "-m", "timeline", "tag", "--jsonl", "in.jsonl"], cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert json.loads(process.stdout.readline())["doc"] == "d0"
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert process.returncode != Bug.exit_code
    assert "bug" not in stderr and "Traceback" not in stderr
