from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo(tmp_path, monkeypatch):
    """A folder with the two demo articles in seeds/ and no events yet; the working folder."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli, ["extract", *args], catch_exceptions=False)


def load_events(folder: Path) -> list[dict]:
    found = []
    for path in sorted(folder.glob("*.yaml")):
        document = yaml.safe_load(path.read_text("utf-8"))
        found.extend(document["events"])
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def extract():
    """Run `timeline extract ARGS...` through click's runner."""
    return run


@pytest.fixture
def read_events():
    """The events of every file in a folder, as plain YAML data."""
    return load_events


@pytest.fixture
def files_of():
    """Every file of a folder, name -> bytes."""
    return snapshot
