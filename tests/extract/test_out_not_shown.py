"""`timeline extract --out FOLDER` where FOLDER is not the one the site reads: the events were written
and the site went on without them, and nothing said so. Now a note says it, once, with what to do."""

from __future__ import annotations

from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = "---\npublished: 2024-05-03\n---\nThe council closed the bridge on 2 May 2024.\n"


def project(tmp_path, monkeypatch, events: str = "events"):
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path / "p"), "--title", "Bridge"]).exit_code == 0
    root = tmp_path / "p"
    (root / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    if events != "events":
        config = root / "mkdocs.yml"
        config.write_text(config.read_text("utf-8").replace("events: events ", f"events: {events} "), "utf-8")
    monkeypatch.chdir(root)
    return root


def test_extract_into_another_folder_says_once_that_the_site_will_not_show_it(tmp_path, monkeypatch):
    project(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["extract", "--out", "drafts"])
    assert result.exit_code == 0, result.output
    note = ("note: drafts/: the site does not show these events: it reads events/ (the timeline plugin's "
            "`events` in mkdocs.yml); move the files there, or set `events: drafts/` under the timeline "
            "plugin in mkdocs.yml\n")
    assert result.output.endswith(note)
    assert result.output.count("the site does not show") == 1


def test_no_note_for_the_folder_the_site_reads_however_it_is_written(tmp_path, monkeypatch):
    root = project(tmp_path, monkeypatch)
    for out in ([], ["--out", "events/"], ["--out", "./events"], ["--out", str(root / "events")]):
        result = CliRunner().invoke(cli, ["extract", *out])
        assert result.exit_code == 0, result.output
        assert "does not show" not in result.output


def test_the_note_follows_the_folder_mkdocs_yml_names(tmp_path, monkeypatch):
    project(tmp_path, monkeypatch, events="timeline-events")
    result = CliRunner().invoke(cli, ["extract", "--out", "timeline-events"])
    assert "does not show" not in result.output
    result = CliRunner().invoke(cli, ["extract"])
    assert "events/: the site does not show these events: it reads timeline-events/" in result.output


def test_no_note_away_from_a_site(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract", "--out", "drafts"])
    assert result.exit_code == 0 and "does not show" not in result.output
