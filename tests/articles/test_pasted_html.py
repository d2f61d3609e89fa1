"""A text article pasted from a page's source reads as its words, as a Markdown one does, without
losing a tag a writer names in prose: the examples of data/html_tags.yaml, then a user's run."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import yaml
from click.testing import CliRunner

from timeline.articles import read_article
from timeline.articles.inline_html import without_pasted_tags
from timeline.cli import cli

DATA = yaml.safe_load(resources.files("timeline").joinpath("data/html_tags.yaml").read_text("utf-8"))["html_tags"]


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["text"][:40])
def test_html_tags_examples_from_the_data_file(example):
    assert without_pasted_tags(example["text"]) == example["reads"]


def test_the_tag_lists_name_only_known_elements():
    for key in ("void", "optional_end", "hidden", "blocks"):
        assert set(DATA[key]) <= set(DATA["elements"]), key
    assert all(name == name.lower() for name in DATA["elements"])


def test_a_txt_article_pasted_with_tags_gives_events_in_its_words(tmp_path, monkeypatch):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "flu.txt").write_text(
        "---\ntitle: \"<b>Flu</b> reaches Mexico\"\npublished: 2009-04-28\n---\n"
        "<p>The <b>World Health Organization</b> raised its alert on 27 April 2009, "
        "<a href=\"https://who.int/x\">its statement</a> said.</p>\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 0, result.output
    written = "".join(p.read_text("utf-8") for p in (tmp_path / "events").glob("*.yaml"))
    assert "World Health Organization raised its alert on 27 April 2009, its statement said." in written
    assert "<" not in written.replace("<!--", "")
    assert "title: Flu reaches Mexico" in written or "Flu reaches Mexico" in written
    article = read_article(tmp_path / "seeds" / "flu.txt")
    assert article.title == "Flu reaches Mexico"


def test_a_txt_that_speaks_of_tags_keeps_every_word(tmp_path):
    path = tmp_path / "guide.txt"
    text = "On 3 May 2024 the page's <title> element was renamed; a <b> tag makes text bold.\n"
    path.write_text(text, "utf-8")
    assert read_article(path).text == text


def test_a_title_with_tags_in_a_side_file_reads_as_its_words_and_a_left_bracket_stays_escaped(tmp_path):
    (tmp_path / "a.txt").write_text("The council met on 3 May 2024.\n", "utf-8")
    (tmp_path / "a.meta.yaml").write_text("title: '<i>Council</i> meets, <b> and <script> named'\n", "utf-8")
    assert read_article(tmp_path / "a.txt").title == "Council meets, <b> and <script> named"
