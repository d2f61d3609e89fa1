from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli
from timeline.loader import load_events as load_checked
from timeline.site.review import date_doubts

REPO = Path(__file__).resolve().parents[2]
REVIEW_BELOW = 0.7  # the site's default review_confidence


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
def seed(tmp_path, monkeypatch):
    """seed(text, name="a.txt") -> the article seeds/NAME written with that text; tmp_path is made the
    working folder, so `extract("seeds", "--out", "events")` reads it."""
    monkeypatch.chdir(tmp_path)

    def write(text: str, name: str = "a.txt") -> Path:
        path = tmp_path / "seeds" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path
    return write


@pytest.fixture
def extract_to_file(tmp_path):
    """extract_to_file() -> the one event file `timeline extract seeds --out events` writes, after
    checking that the run succeeded."""
    def run_to_file() -> Path:
        result = run("seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        (path,) = (tmp_path / "events").glob("*.yaml")
        return path
    return run_to_file


@pytest.fixture
def extract_events(tmp_path, seed):
    """extract_events(text) -> the events `timeline extract` makes of one article with that text, after
    checking that the run succeeded."""
    def run_article(text: str) -> list[dict]:
        seed(text)
        result = run("seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        return load_events(tmp_path / "events")
    return run_article


@pytest.fixture
def extract_checked(seed):
    """extract_checked({name: text}) -> the events `timeline extract` writes for those articles, loaded
    as the site loads them (through the schema)."""
    def run_articles(articles: dict[str, str]) -> list:
        for name, text in articles.items():
            seed(text, name)
        result = run("seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        return load_checked([Path("events")])
    return run_articles


@pytest.fixture
def article_doubts():
    """article_doubts(event) -> what the review page says against the dates of the event's articles."""
    return lambda event: [r for r in date_doubts(event, REVIEW_BELOW) if r.startswith("the date of ")]


@pytest.fixture
def extract_sentence(extract_events):
    """extract_sentence(sentence, published, headline) -> the one event `timeline extract` makes of an
    article dated `published` whose text is the headline and the sentence."""
    def run_one(sentence: str, published: str, headline: str) -> dict:
        (event,) = extract_events(f"---\npublished: {published}\n---\n{headline}\n\n{sentence}\n")
        return event
    return run_one


@pytest.fixture
def files_of():
    """Every file of a folder, name -> bytes."""
    return snapshot


@pytest.fixture
def extract_march_6(extract_sentence):
    """extract_march_6(sentence) -> the one event `timeline extract` makes of an article of Wednesday
    6 March 2024 that holds the sentence under a headline."""
    return lambda sentence: extract_sentence(sentence, "2024-03-06", "News of the day")


@pytest.fixture
def skipped_march_6(tmp_path, seed):
    """skipped_march_6(sentence) -> what `timeline extract` says of an article of 6 March 2024 that
    holds the sentence under a headline, after checking that the run succeeded and made no event."""
    def run_skipped(sentence: str) -> str:
        seed(f"---\npublished: 2024-03-06\n---\nNews of the day\n\n{sentence}\n")
        result = run("seeds", "--out", "events")
        assert result.exit_code == 0, result.output
        assert "0 added" in result.output
        assert not list((tmp_path / "events").glob("*.yaml"))
        return result.output
    return run_skipped
