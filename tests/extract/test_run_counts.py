"""The run's summary counts every event in the files, as `timeline check` does: an event a person
split off or wrote by hand (no sentence of the run finds it) was left out of "kept", and the walk of
stop 34 read "32 kept" beside check's "33 events"."""

from __future__ import annotations

import re

from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = ("---\npublished: 2021-03-05\n---\n"
           "The transport minister resigned on Tuesday after a long row over rail funding with the finance ministry.\n\n"
           "Rail unions in Leeds welcomed the decision.\n")


def _run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _counts(output: str) -> tuple[int, int, int]:
    added, updated, kept = re.search(r"(\d+) added, (\d+) updated, (\d+) kept", output).groups()
    return int(added), int(updated), int(kept)


def _checked(output: str) -> int:
    return int(re.match(r"(\d+) events? ", output).group(1))


def test_events_a_person_wrote_or_whose_article_is_not_read_are_counted_as_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(ARTICLE, "utf-8")
    first = _run("extract")
    made = sum(_counts(first))
    assert made >= 1 and _checked(_run("check")) == made
    (path,) = (tmp_path / "events").glob("*.yaml")
    # a person adds an event of their own (no id, no article), and one citing an article they hold elsewhere
    path.write_text(path.read_text("utf-8") + "  - date: 2021-03-04\n    title: The minister's letter leaks\n"
                    "    sources:\n      - url: https://example.org/letter\n        quote: The letter leaked.\n"
                    "  - date: 2021-03-01\n    title: Talks with the unions fail\n", "utf-8")
    again = _run("extract")
    assert _counts(again) == (0, 0, made + 2), again
    assert "kept (2 of them found by no sentence of this run: written or split off by hand" in again
    assert _checked(_run("check")) == made + 2
    # a run over no article of the files: each of their events kept and counted
    (tmp_path / "seeds" / "three.txt").write_text("---\npublished: 2021-03-06\n---\nNothing happened.\n", "utf-8")
    apart = _run("extract", "seeds/three.txt")
    assert _counts(apart) == (0, 0, made + 2), apart


def test_every_event_found_again_says_no_more_than_its_count(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(ARTICLE, "utf-8")
    made = sum(_counts(_run("extract")))
    again = _run("extract")
    assert _counts(again) == (0, 0, made) and "of them found by no sentence" not in again, again
