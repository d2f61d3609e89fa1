"""Ctrl-C in the middle of `timeline extract`: a short message and status 130, as a shell gives a
command it stopped, and every file whole (click said "Aborted!" with status 1, the status of a
mistake in the files, and nothing of what the run left)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner
from corpus import write_corpus

from timeline import atomic
from timeline.cli import cli

STOPPED = ("interrupted: `timeline extract` stopped; no file is half-written (each is as it was, or whole as this "
           "run wrote it at its end)\n")


@pytest.mark.hostile("no data loss: interrupted run")
def test_ctrl_c_during_extract_says_so_and_leaves_no_file_half_written(tmp_path):
    write_corpus(tmp_path / "corpus", 0, 60)
    run = subprocess.Popen([sys.executable, "-m", "timeline", "extract", "corpus", "-o", "events", "--progress"],
                           cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    run.stderr.read(1)  # the progress bar has begun: the run is under way
    run.send_signal(signal.SIGINT)
    out, err = run.communicate(timeout=600)
    if run.returncode == 0:
        pytest.skip("the run ended before the interrupt reached it")  # not counted as passing
    assert run.returncode == 130, err.decode()
    assert err.decode().endswith(STOPPED) and b"Traceback" not in err
    assert not (tmp_path / "events").exists() or not [p for p in (tmp_path / "events").iterdir()
                                                       if p.name.endswith(".tmp")]


def test_ctrl_c_while_the_files_are_renamed_waits_until_all_are(tmp_path, monkeypatch):
    # Between two renames, a Ctrl-C left some files new and the others old: a mix no run wrote.
    write_corpus(tmp_path / "corpus", 0, 6)
    monkeypatch.chdir(tmp_path)
    replace, calls = os.replace, []

    def replace_and_interrupt_after_the_first(source, target):
        calls.append(target)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGINT)
        replace(source, target)

    monkeypatch.setattr(atomic.os, "replace", replace_and_interrupt_after_the_first)
    # Another thread alive, as tqdm's monitor is under a progress bar: a signal mask of the main
    # thread alone let the kernel hand the signal to it (the whole suite failed so, alone it passed).
    done = threading.Event()
    other = threading.Thread(target=done.wait, daemon=True)
    other.start()
    try:
        result = CliRunner().invoke(cli, ["extract", "corpus", "-o", "events"])
    finally:
        done.set()
    assert result.exit_code == 130 and result.output.endswith(STOPPED)
    assert len(calls) >= 3  # an event file or more, and the schema
    assert sorted(p.name for p in (tmp_path / "events").iterdir()) == sorted(os.path.basename(p) for p in calls)
