"""What check and extract say of an event file none of whose articles is left
(timeline/data/source_messages.yaml): each example formatted, every message used, and through the
command line, extract says it once, in check's words (the walk of stop 34: only check said it)."""

from __future__ import annotations

import re
import string
from importlib import resources
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline import source_files
from timeline.cli import cli

DATA = yaml.safe_load(resources.files("timeline").joinpath("data/source_messages.yaml").read_text("utf-8"))["source_messages"]


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["message"])
def test_each_message_formats_its_example(example):
    fields = {key: value for key, value in example.items() if key not in ("message", "says")}
    named = {name for _, name, _, _ in string.Formatter().parse(DATA["messages"][example["message"]]) if name}
    assert named == set(fields)
    assert source_files._said(example["message"], **fields) == example["says"]


def test_every_message_has_an_example_and_is_named_by_the_code():
    code = Path(source_files.__file__).read_text("utf-8")
    assert set(DATA["messages"]) == {e["message"] for e in DATA["examples"]}
    for kind in DATA["messages"]:
        assert re.search(rf"""["']{kind}["']""", code), kind


SOURCE = "  sources:\n    - file: seeds/{}\n      quote: Q.\n"


def _write(root: Path, name: str, text: str) -> None:
    (root / name).parent.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(text, "utf-8")


def test_extract_says_once_that_a_files_articles_are_all_gone_as_check_does(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "seeds/mine.txt", "---\npublished: 2021-03-05\n---\nThe minister resigned on Tuesday.\n")
    _write(tmp_path, "events/demo.yaml", "- date: 2019-01-08\n  title: A\n" + SOURCE.format("kim-1.txt")
           + "- date: 2019-01-09\n  title: B\n" + SOURCE.format("kim-2.txt") + "- date: 2019-01-10\n  title: C\n"
           + SOURCE.format("kim-1.txt"))
    _write(tmp_path, "events/lone.yaml", "- date: 2019-01-08\n  title: D\n" + SOURCE.format("gone.txt"))
    _write(tmp_path, "events/kept.yaml", "- date: 2019-01-08\n  title: E\n" + SOURCE.format("mine.txt")
           + "- date: 2019-01-09\n  title: F\n" + SOURCE.format("away.txt"))
    checked = CliRunner().invoke(cli, ["check"])
    assert checked.exit_code == 1
    said = next(line for line in checked.output.splitlines() if line.startswith("events/demo.yaml: none of"))
    common = said.removesuffix(" as the lines below say")
    extracted = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert extracted.exit_code == 0, extracted.output
    lines = extracted.output.splitlines()
    assert lines.count(f"note: {common} (`timeline check` names each source, and the name likely meant)") == 1, lines
    assert ("note: events/lone.yaml: the one article its events cite, seeds/gone.txt, is not in seeds/: if you replaced "
            "it with another (the demo's articles with your own), delete this file; if you moved or renamed it, put it "
            "back (`timeline check` names each source, and the name likely meant)") in lines
    assert not any(line.startswith("note: events/kept.yaml") for line in lines), "an article of it is left: check names the missing one"
    # a file with its articles there: nothing said
    (tmp_path / "events" / "demo.yaml").unlink()
    (tmp_path / "events" / "lone.yaml").unlink()
    again = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert "none of the" not in again.output and "the one article" not in again.output
