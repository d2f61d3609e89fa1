"""A wire slug at a headline's start ("UPDATE 1-") is furniture: the examples of wire_slugs.yaml, and
through the command line, the source title `timeline extract` writes and the citations the exports
(as the site) give, the article's file untouched."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from timeline.articles.slugs import wire_slugs, without_wire_slug
from timeline.cli import cli


@pytest.mark.parametrize("example", wire_slugs()["examples"], ids=lambda e: e["title"])
def test_wire_slug_examples_from_the_data_file(example):
    assert without_wire_slug(example["title"]) == example["shown"]


WIRE = ("UPDATE 1-Britain's Eton College closes over swine flu\n\n"
        "LONDON, May 28 (Reuters) - Eton has closed temporarily after a pupil was diagnosed with swine flu, "
        "as the total number of cases in the UK rose above 200.\n\n"
        "The Berkshire school was told on Wednesday that a 13-year-old boy had tested positive for the H1N1 virus.\n")
SHOWN = "Britain's Eton College closes over swine flu"


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_title_written_and_cited_leaves_the_slug_out_and_the_article_keeps_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    article = tmp_path / "seeds" / "reuters-eton.txt"
    article.write_text("---\npublished: 2009-05-28\n---\n" + WIRE, "utf-8")
    before = article.read_bytes()
    _run("extract")
    assert article.read_bytes() == before
    (path,) = (tmp_path / "events").glob("*.yaml")
    titles = {s["title"] for e in yaml.safe_load(path.read_text("utf-8"))["events"] for s in e["sources"]}
    assert titles == {SHOWN}
    cited = _run("export", "--format", "csv")
    assert f"“{SHOWN}”, Reuters" in cited and "UPDATE 1-" not in cited
    # an event file an earlier version wrote, its source's title copied with the slug: cited without it
    path.write_text(path.read_text("utf-8").replace(f"title: {SHOWN}", f"title: UPDATE 1-{SHOWN}"), "utf-8")
    assert "UPDATE 1-" in path.read_text("utf-8")
    cited = _run("export", "--format", "csv")
    assert f"“{SHOWN}”, Reuters" in cited and "UPDATE 1-" not in cited


def test_a_title_a_person_typed_into_a_source_is_cited_as_typed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "reuters-eton.txt").write_text("---\npublished: 2009-05-28\n---\n" + WIRE, "utf-8")
    _run("extract")
    (path,) = (tmp_path / "events").glob("*.yaml")
    path.write_text(path.read_text("utf-8").replace(f"title: {SHOWN}", "title: Eton shuts for a week"), "utf-8")
    assert "“Eton shuts for a week”, Reuters" in _run("export", "--format", "csv")
