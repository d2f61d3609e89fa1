"""A saved page without og:site_name is given the outlet its <title> names at its end: the examples
of title_outlets.yaml, and through the command line, a page extracted and cited."""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from timeline.articles.title_outlet import outlet_from_title, page_title, title_outlets
from timeline.cli import cli


@pytest.mark.parametrize("example", title_outlets()["examples"], ids=lambda e: e["title"])
def test_title_outlet_examples_from_the_data_file(example):
    assert outlet_from_title(example["title"]) == example["outlet"]


def test_the_page_title_is_read_with_its_entities():
    assert page_title("<html><head><title>\n  Flu &amp; fear spread | The\n Guardian</title></head>") == \
        "Flu & fear spread | The Guardian"
    assert page_title("<html><head></head><body>no title</body></html>") is None


PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>{title}</title>
  <meta property="article:published_time" content="2009-05-10T14:27:00+01:00">
</head>
<body>
  <main><article>
    <h1>{headline}</h1>
    <p>The World Health Organisation said on Saturday that the United States now has more confirmed cases of swine flu than any other country.</p>
    <p>Health officials in Washington state confirmed on Saturday that a man with the virus had died, the third death in the country.</p>
    <p>There are almost 3,000 probable and confirmed cases in the United States, officials said.</p>
  </article></main>
</body>
</html>
"""


def _outlets(tmp_path, monkeypatch, title: str, headline: str) -> set:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "page.html").write_text(PAGE.format(title=title, headline=headline), "utf-8")
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (path,) = (tmp_path / "events").glob("*.yaml")
    sources = [s for e in yaml.safe_load(path.read_text("utf-8"))["events"] for s in e["sources"]]
    assert sources
    exported = CliRunner().invoke(cli, ["export", "--format", "csv"], catch_exceptions=False)
    assert exported.exit_code == 0, exported.output
    return {s.get("outlet") for s in sources}, exported.output


def test_a_page_without_a_site_name_is_cited_with_the_outlet_its_title_ends_with(tmp_path, monkeypatch):
    headline = "US has most swine flu cases as third death confirmed"
    outlets, cited = _outlets(tmp_path, monkeypatch, f"{headline} | World news | The Guardian", headline)
    assert outlets == {"The Guardian"}
    assert f"“{headline}”, The Guardian" in cited


def test_a_headline_with_a_dash_is_not_cut_for_an_outlet(tmp_path, monkeypatch):
    outlets, cited = _outlets(tmp_path, monkeypatch, "US - China talks collapse", "US - China talks collapse")
    assert outlets == {None}
    assert "“US - China talks collapse”" in cited
