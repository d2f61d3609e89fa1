"""An event file that `timeline check` rejects stops `timeline extract` with check's own messages."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from timeline.cli import cli

BROKEN = {
    "YAML syntax": ("events:\n  - date: 2020\n    title: [unclosed\n", 4),
    "a date that is no date": ("version: 1\nevents:\n  - date: Febtember 31, 2019\n    title: A hand-made event\n", 3),
    "a missing title": ("version: 1\nevents:\n  - date: 2019-01-08\n    summary: no title here\n", 3),
    "a misspelt key": ("version: 1\nevents:\n  - date: 2019-01-08\n    title: Talks\n    sorces: []\n", 5),
}


# a new article, so that the run has something to write
LATER = "---\npublished: 2019-01-12\n---\nThe delegation returned to Pyongyang on Friday after the talks in Beijing.\n"


def invoke(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_broken_file_beside_good_ones_is_named_with_its_line_and_nothing_is_written(demo, extract, files_of, kind):
    assert extract("seeds", "--out", "events").exit_code == 0
    text, line = BROKEN[kind]
    (demo / "events" / "hand.yaml").write_text(text, "utf-8")
    (demo / "seeds" / "later.txt").write_text(  # something new to extract, so that the run would write
        LATER, "utf-8")
    before = files_of(demo / "events")

    result = invoke("seeds", "--out", "events")

    assert result.exit_code == 1
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)  # a message, no crash
    check = CliRunner().invoke(cli, ["check", "events"])
    assert check.exit_code == 1
    # the same lines check gives, each naming the file and the line, then what to do
    problems = "".join(line for line in check.output.splitlines(keepends=True) if "were not checked" not in line)
    assert result.output.startswith(problems)  # and check's note after them: the file's sources went unchecked
    assert f"events/hand.yaml:{line}: " in result.output
    assert result.output.rstrip().endswith(
        "(`timeline check events` lists it again) before extracting into events/; nothing was written")
    assert files_of(demo / "events") == before  # the broken file byte for byte, and every other one
    (demo / "events" / "hand.yaml").unlink()
    assert "would write events/" in invoke("seeds", "--out", "events", "--dry-run").output  # had it been fixed


def test_the_story_s_own_file_broken_by_hand_is_left_as_it_is(demo, extract, files_of):
    assert extract("seeds", "--out", "events").exit_code == 0
    (story_file,) = (demo / "events").glob("*.yaml")
    text = story_file.read_text("utf-8")
    first_date = next(line for line in text.splitlines() if line.startswith("    date:"))
    story_file.write_text(text.replace(first_date, "    date: sometime soon", 1), "utf-8")
    line = story_file.read_text("utf-8").splitlines().index("    date: sometime soon") + 1
    (demo / "seeds" / "later.txt").write_text(
        LATER, "utf-8")
    before = files_of(demo / "events")

    result = invoke("seeds", "--out", "events", "--dry-run")
    assert result.exit_code == 1 and f"events/{story_file.name}:{line}: cannot read the date" in result.output
    result = invoke("seeds", "--out", "events")
    assert result.exit_code == 1 and f"events/{story_file.name}:{line}: cannot read the date" in result.output
    assert files_of(demo / "events") == before


def test_every_problem_of_every_file_is_listed_at_once(demo, extract):
    (demo / "events").mkdir()
    (demo / "events" / "a.yaml").write_text(BROKEN["a missing title"][0], "utf-8")
    (demo / "events" / "b.yaml").write_text(BROKEN["YAML syntax"][0], "utf-8")
    result = invoke("seeds", "--out", "events")
    assert result.exit_code == 1
    assert "events/a.yaml:3: the event has no 'title'" in result.output
    assert "events/b.yaml:4: YAML syntax" in result.output
    assert "fix these 2 problems" in result.output
    assert sorted(p.name for p in (demo / "events").iterdir()) == ["a.yaml", "b.yaml"]
