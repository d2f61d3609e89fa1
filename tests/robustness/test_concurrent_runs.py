"""Two `timeline extract` runs at once on one folder: one writes, the other is refused clearly (or
runs after it); the files end as one run leaves them, never a mix of two."""

from __future__ import annotations

import shutil
import subprocess
import time

import pytest
from corpus import write_corpus
from killing import EXTRACT, run_extract, snapshot


def comparable(files: dict[str, bytes]) -> dict[str, bytes]:
    """Without the schema comment, whose relative path depends on where the folder is (see below)."""
    return {name: b"\n".join(line for line in data.split(b"\n") if b"yaml-language-server" not in line)
            for name, data in files.items()}


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    root = tmp_path_factory.mktemp("single")
    write_corpus(root / "corpus", 0, 60)
    run_extract(root)
    return root, snapshot(root / "events")


@pytest.mark.hostile("no data loss: concurrent runs")
@pytest.mark.parametrize("delay", [0.0, 0.05, 0.3, 1.0, 2.0])
def test_two_runs_at_once_do_not_corrupt(tmp_path, expected, delay):
    single, after = expected
    root = tmp_path / "both"
    shutil.copytree(single / "corpus", root / "corpus")
    first = subprocess.Popen(EXTRACT, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    second = subprocess.Popen(EXTRACT, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outcomes = [(p.wait(timeout=600), *p.communicate()) for p in (first, second)]
    codes = sorted(code for code, _, _ in outcomes)
    assert codes in ([0, 0], [0, 1]), outcomes
    for code, _, err in outcomes:
        assert "Traceback" not in err
        if code == 1:
            assert "events: another `timeline extract` is writing here; wait for it to finish" in err
    assert comparable(snapshot(root / "events")) == comparable(after)
    assert not [p for p in (root / "events").iterdir() if p.name.endswith(".tmp")]


def test_extraction_gives_the_same_bytes_in_any_folder(tmp_path, expected):
    single, after = expected
    root = tmp_path / "a" / "deeper" / "folder"
    shutil.copytree(single / "corpus", root / "corpus")
    run_extract(root)
    assert snapshot(root / "events") == after
