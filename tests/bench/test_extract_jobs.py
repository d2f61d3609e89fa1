"""`timeline extract --jobs N` writes the same bytes as one process, on a corpus that takes every
parallel path: several stories (one much larger than the rest), articles without a date of their
own that borrow one from their story, and more articles than the chunks the workers share; and a
page saved again beside its first copy, in a story other than the largest (whose candidates are
made apart: the others' in their story's work, where the later version's titles are noted)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import synth
from timeline.cli import cli
from timeline.extract import parallel


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus") / "news"
    synth.write_articles(folder, synth.articles(90, seed=7))
    return folder


VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "walk6"


def _extract(corpus, out, jobs, report=None):
    result = CliRunner().invoke(cli, ["extract", "--out", str(out), "--jobs", str(jobs), "--no-progress", str(corpus)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    if report is not None:
        report.append(result.output)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform: --jobs works in one process")
def test_jobs_write_the_bytes_of_one_process(corpus, tmp_path):
    one = _extract(corpus, tmp_path / "one", 1)
    # The corpus takes the paths it is meant to: stories of different sizes, borrowed dates.
    sizes = sorted(text.count(b"\n  - id: ") for name, text in one.items() if name.endswith(".yaml"))
    assert len(sizes) >= 5 and sizes[-1] > 4 * sizes[len(sizes) // 2]
    assert any(b"published_source: inferred" in text for text in one.values())
    for jobs in (2, 3):
        assert _extract(corpus, tmp_path / f"jobs-{jobs}", jobs) == one


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform: --jobs works in one process")
def test_jobs_say_a_later_versions_corrections_as_one_process(corpus, tmp_path, monkeypatch):
    # the first copy's events written, then its update saved beside it: the run says what it corrected
    first = tmp_path / "first"
    shutil.copytree(corpus, first / "news")
    shutil.copy(VERSIONS / "courier-v1.html", first / "news")
    monkeypatch.chdir(first)
    _extract(Path("news"), Path("events"), 1)
    shutil.copy(VERSIONS / "courier-v2.html", first / "news")
    written, reports = {}, {}
    for jobs in (1, 2, 3):
        run = tmp_path / f"jobs-{jobs}"
        shutil.copytree(first, run)
        monkeypatch.chdir(run)
        reports[jobs] = []
        written[jobs] = _extract(Path("news"), Path("events"), jobs, reports[jobs])
    assert "its title and summary now from news/courier-v2.html" in " ".join(reports[1][0].split())
    assert written[2] == written[3] == written[1]
    assert reports[2] == reports[3] == reports[1]


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform: --jobs works in one process")
def test_jobs_say_of_an_article_read_badly_what_one_process_says(corpus, tmp_path, monkeypatch):
    # the worker that reads the articles while the date rules load fails on it: its analysis reads it again
    shutil.copytree(corpus, tmp_path / "news")
    (tmp_path / "news" / "blank.txt").write_text("\n  \n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    reports = {jobs: [] for jobs in (1, 2)}
    written = {}
    for jobs in (1, 2):
        shutil.rmtree("events", ignore_errors=True)
        written[jobs] = _extract(Path("news"), Path("events"), jobs, reports[jobs])
    assert "blank.txt: the file is empty; skipped" in reports[1][0]
    assert written[2] == written[1] and reports[2] == reports[1]
