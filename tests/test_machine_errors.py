"""A problem of the machine (a full disk, a device error, a folder without permission) is said as
one, with the file or stream and the OS's reason, exit status 1: not as a bug (70), not as a traceback.

A full standard output is the real thing: the command runs with its output sent to /dev/full."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeline.cli import cli

EVENTS = "- date: 2019-01-08\n  title: Kim arrives in Beijing\n"
ARTICLE = "---\npublished: 2019-01-10\n---\nKim Jong Un arrived in Beijing on Tuesday for talks with Xi Jinping.\n"
FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists() or not stat.S_ISCHR(FULL.stat().st_mode),
                                    reason="needs /dev/full, a device that is always full")


@pytest.fixture
def project(write, tmp_path, monkeypatch):
    write("events/e.yaml", EVENTS)
    write("seeds/a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    return tmp_path


def run(args: list[str], cwd: Path, **streams) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=cwd, text=True, **streams)


@needs_dev_full
@pytest.mark.parametrize("args", [
    ["export"], ["check"], ["tag", "seeds/a.txt"], ["extract", "--no-progress"], ["init", "new"],
])
def test_a_full_standard_output_is_the_machines_problem(project, args):
    with FULL.open("w") as full:
        done = run(args, project, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("cannot write to standard output: No space left on device. What it printed is "
                                  "cut short (the files it writes never are: each is whole or untouched)")
    assert "Traceback" not in done.stderr and "bug" not in done.stderr


@needs_dev_full
@pytest.mark.parametrize("args", [["--help"], ["--version"], ["export", "--help"]])
def test_clicks_own_text_to_a_full_standard_output_is_the_machines_problem_too(project, args):
    with FULL.open("w") as full:
        done = run(args, project, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("cannot write to standard output: No space left on device. ")
    assert "Traceback" not in done.stderr and "bug" not in done.stderr


@needs_dev_full
def test_a_full_standard_error_still_ends_with_the_problems_status(project):
    with FULL.open("w") as full:
        done = run(["export", "no-such-folder"], project, stdout=subprocess.PIPE, stderr=full)
    assert done.returncode == 1 and done.stdout == ""


def test_a_device_error_on_standard_output_names_the_os_reason(project, monkeypatch):
    real_echo = click.echo

    def broken_output(message=None, file=None, nl=True, err=False, color=None):
        if not err:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_echo(message, file, nl, err, color)

    monkeypatch.setattr(click, "echo", broken_output)
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert result.stderr.startswith("cannot write to standard output: Input/output error. ")


@needs_dev_full
def test_an_out_that_is_no_plain_file_is_written_into_not_replaced(project):
    (project / "full").symlink_to(FULL)
    done = run(["export", "--out", "full"], project, capture_output=True)
    assert done.returncode == 1
    assert done.stderr == ("cannot write full: No space left on device; it is not a plain file (a device, a pipe or "
                           "a link), so it was written into and may be cut short; check the free space and the folder's "
                           "permissions, and run it again\n")
    assert (project / "full").is_symlink()  # not replaced by a plain file, as a rename over it would


def test_an_out_that_links_to_a_file_keeps_the_link(project):
    (project / "real.json").write_text("old\n")
    (project / "link.json").symlink_to("real.json")
    result = CliRunner().invoke(cli, ["export", "--out", "link.json"])
    assert result.exit_code == 0, result.output
    assert (project / "link.json").is_symlink() and (project / "real.json").read_text().startswith("{")


def test_a_rename_that_fails_after_another_says_which_file_is_new(project, monkeypatch):
    from timeline.atomic import WriteError, write_all

    renames = []
    real_replace = os.replace

    def second_fails(source, target):
        renames.append(target)
        if len(renames) == 2:
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(WriteError) as raised:
        write_all({project / "a.yaml": "new a\n", project / "b.yaml": "new b\n"})
    assert str(raised.value) == ("cannot write b.yaml: Input/output error; a.yaml was written, the other files are as "
                                 "they were; check the free space and the folder's permissions, and run it again")
    assert sorted(p.name for p in project.iterdir() if p.is_file()) == ["a.yaml"]  # no temporary file left


def test_an_events_folder_that_cannot_be_opened_is_said_with_its_name(project, monkeypatch):
    real_open = os.open

    def denied(path, flags, *args, **kwargs):
        if Path(path).name == "events":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, flags, *args, **kwargs)

    before = (project / "events" / "e.yaml").read_bytes()
    monkeypatch.setattr(os, "open", denied)
    result = CliRunner().invoke(cli, ["extract", "seeds", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert result.stderr == "events: cannot open the folder: Permission denied; nothing was written\n"
    assert (project / "events" / "e.yaml").read_bytes() == before


def unreadable(name: str):
    """Path.read_bytes, but a file of that name cannot be read: what a file without read permission
    gives (the tests run as root, whom permissions do not stop)."""
    real_read = Path.read_bytes

    def read_bytes(path):
        if path.name == name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_read(path)

    return read_bytes


@pytest.mark.parametrize("args", [["check"], ["export"], ["extract", "seeds", "--no-progress"]])
def test_an_event_file_that_cannot_be_read_is_named_with_what_to_do(project, monkeypatch, args):
    before = (project / "events" / "e.yaml").read_bytes()
    monkeypatch.setattr(Path, "read_bytes", unreadable("e.yaml"))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("events/e.yaml: cannot read the file: Permission denied; make it readable "
                                    "(its permissions, the disk), or move it out of the folder")
    assert sorted(p.name for p in (project / "events").iterdir()) == ["e.yaml"]  # nothing written
    monkeypatch.undo()
    assert (project / "events" / "e.yaml").read_bytes() == before


def test_an_article_that_cannot_be_read_is_named_with_what_to_do(project, monkeypatch):
    monkeypatch.setattr(Path, "read_bytes", unreadable("a.txt"))
    result = CliRunner().invoke(cli, ["extract", "seeds", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("seeds/a.txt: cannot read the file: Permission denied; make it readable "
                                    "(its permissions, the disk), or leave it out")


def test_init_on_a_read_only_disk_names_the_file_and_writes_nothing(tmp_path, monkeypatch):
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), kwargs.get("dir"))

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = CliRunner().invoke(cli, ["init", "site"])
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("cannot write site/")
    assert ": Read-only file system; nothing was written; check the free space" in result.stderr
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_tag_of_a_file_that_cannot_be_read_names_it(project, monkeypatch):
    import builtins

    real_open = builtins.open

    def denied(file, *args, **kwargs):
        if str(file) == "seeds/a.txt":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied)
    result = CliRunner().invoke(cli, ["tag", "seeds/a.txt"])
    assert result.exit_code == 1 and result.stdout == ""
    assert "seeds/a.txt: cannot read (Permission denied)" in result.stderr
