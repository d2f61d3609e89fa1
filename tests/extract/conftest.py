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
def extract_sentence(tmp_path, monkeypatch):
    """extract_sentence(sentence, published, headline) -> the one event `timeline extract` makes of an
    article dated `published` whose text is the headline and the sentence."""
    def run_one(sentence: str, published: str, headline: str) -> dict:
        monkeypatch.chdir(tmp_path)
        (tmp_path / "seeds").mkdir(exist_ok=True)
        (tmp_path / "seeds" / "a.txt").write_text(
            f"---\npublished: {published}\n---\n{headline}\n\n{sentence}\n", encoding="utf-8")
        result = run("seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        (event,) = load_events(tmp_path / "events")
        return event
    return run_one


@pytest.fixture
def files_of():
    """Every file of a folder, name -> bytes."""
    return snapshot
