"""The review page of the demo and of the Guardian story, built for real: every line it shows closes
each bracket it opens, never three deep (the demo's article date line ended ")))", the Guardian's
reasons "(Sat 25 Apr 2009))"), and its uncertain dates come lowest confidence first."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config

from benchlib import REPO, shared_dir, write_story_seeds
from timeline.cli import cli


class Lines(HTMLParser):
    """The text of each list item and paragraph of a page's article, a nested list apart."""

    def __init__(self):
        super().__init__()
        self.inside, self.open, self.lines = False, [], []

    def handle_starttag(self, tag, attrs):
        self.inside |= tag == "article"
        if self.inside and tag in ("li", "p"):
            self.open.append([])

    def handle_endtag(self, tag):
        if self.inside and tag in ("li", "p") and self.open:
            self.lines.append("".join(self.open.pop()).strip())
        self.inside &= tag != "article"

    def handle_data(self, data):
        if self.open:
            self.open[-1].append(data)


def depth(line: str) -> int | None:
    """How deep the line's brackets nest; None when one closes unopened or stays open."""
    level = deepest = 0
    for char in line:
        level += {"(": 1, ")": -1}.get(char, 0)
        if level < 0:
            return None
        deepest = max(deepest, level)
    return deepest if level == 0 else None


def review_page(root: Path) -> str:
    build(load_config(str(root / "mkdocs.yml"), site_dir=str(root / "site")))
    return (root / "site" / "review" / "index.html").read_text("utf-8")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo")
    for name in ("docs", "events", "seeds"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    return review_page(root)


@pytest.fixture(scope="module")
def guardian(tmp_path_factory):
    try:
        data = shared_dir() / "data" / "t17-h1n1-guardian"
    except SystemExit:
        pytest.skip("the shared data (../shared/data) is not here")
    root = tmp_path_factory.mktemp("guardian")
    assert CliRunner().invoke(cli, ["init", str(root)]).exit_code == 0
    write_story_seeds(data, root / "seeds")
    result = CliRunner().invoke(cli, ["extract", str(root / "seeds"), "--out", str(root / "events")])
    assert result.exit_code == 0, result.output
    return review_page(root)


@pytest.mark.parametrize("site", ["demo", "guardian"])
def test_every_line_of_the_review_page_closes_its_brackets_never_three_deep(site, request):
    parser = Lines()
    parser.feed(request.getfixturevalue(site))
    lines = [line for line in parser.lines if "(" in line or ")" in line]
    assert lines
    assert [line for line in lines if depth(line) is None or depth(line) > 2] == []


def test_the_guardian_storys_uncertain_dates_come_lowest_confidence_first(guardian):
    uncertain = guardian.split('id="uncertain-dates"', 1)[1].split("<h2", 1)[0]
    held = [float(c) for c in re.findall(r"confidence ([\d.]+)(?:, below| is below)", uncertain)]
    assert len(held) > 50 and held == sorted(held)
    # a cue's doubt says the reading after a dash: its brackets no longer pile up
    assert "))" not in re.sub(r"<[^>]+>", "", uncertain)
