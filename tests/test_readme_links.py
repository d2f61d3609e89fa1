"""The READMEs' relative links and heading anchors lead somewhere: the user manual links to the
detail moved beside the code (timeline/site/README.md and the others), and a heading renamed in one
of them broke a link without anyone seeing it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READMES = ("README.md", "bench/README.md", "timeline/dates/README.md", "timeline/extract/README.md",
           "timeline/site/README.md")
_FENCED = re.compile(r"^```.*?^```", re.S | re.M)
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _anchors(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens."""
    text = _FENCED.sub("", path.read_text(encoding="utf-8"))
    return {re.sub(r"[^\w\- ]", "", line.lstrip("#").strip().lower()).replace(" ", "-")
            for line in text.splitlines() if line.startswith("#")}


def _relative_links(path: Path) -> list[str]:
    text = _FENCED.sub("", path.read_text(encoding="utf-8"))
    return [target for target in _LINK.findall(text) if not re.match(r"[a-z]+:", target)]


def _broken(doc: Path) -> list[str]:
    """Each relative link of `doc` whose file or heading is not there, with why."""
    broken = []
    for target in _relative_links(doc):
        name, _, anchor = target.partition("#")
        linked = (doc.parent / name).resolve() if name else doc
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in _anchors(linked):
            broken.append(f"{target}: no such heading in {linked.name}")
    return broken


@pytest.mark.parametrize("readme", READMES)
def test_each_relative_link_of_a_readme_finds_its_file_and_heading(readme):
    assert _broken(ROOT / readme) == []


def test_a_link_to_a_heading_or_file_not_there_is_reported(tmp_path):
    (tmp_path / "a.md").write_text("# Start here\n\n[gone](b.md#gone) [ok](b.md#the-site) [self](#start-here) "
                                   "[none](c.md) [web](https://example.org/x#y)\n\n```\n[code](d.md)\n```\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text("## The site\n", encoding="utf-8")
    assert _broken(tmp_path / "a.md") == ["b.md#gone: no such heading in b.md", "c.md: no such file"]
