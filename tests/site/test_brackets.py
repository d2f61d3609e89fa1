"""Markdown finds the same links with bracket_ends in place of its own `_findBracketEnds`, only faster."""

from __future__ import annotations

import random
import shutil

import markdown
import pytest
from markdown.inlinepatterns import LinkInlineProcessor
from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.site import brackets
from timeline.site.brackets import bracket_ends, use_fast_bracket_ends


def _markdown_own():
    """Markdown's function, whether or not the plugin has replaced it in this process yet."""
    current = LinkInlineProcessor.__dict__["_findBracketEnds"].__func__
    return brackets.markdown_own() if current is bracket_ends else current


def test_the_same_ends_as_markdowns_own_on_random_texts():
    own = _markdown_own()
    assert own is not bracket_ends and own.__module__ == "markdown.inlinepatterns"
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice("[[]]ab (x)\\!\n") for _ in range(rng.randrange(0, 60)))
        assert bracket_ends(text) == own(text), repr(text)
    for probe in brackets.PROBES:
        assert bracket_ends(probe) == own(probe)


MARKDOWN = """\
# Links { #links }

- [a [nested] link](one.md) and ![an image](two.png "title") [ref][r] [unclosed
- ][closing first](three.md) [[double]](four.md#x) [a](b(c)) [x]: not a definition
- <time datetime="2009">2009</time> · [Title](timeline/2009.md#2009-id) (<code>events/a.yaml:3</code>)

[r]: https://example.org/ "Reference"
"""


def test_markdown_converts_to_the_same_html_with_either(monkeypatch):
    extensions = ["attr_list", "tables", "toc"]
    use_fast_bracket_ends()
    fast = markdown.markdown(MARKDOWN, extensions=extensions)
    monkeypatch.setattr(LinkInlineProcessor, "_findBracketEnds", staticmethod(_markdown_own()))
    assert markdown.markdown(MARKDOWN, extensions=extensions) == fast
    assert 'href="one.md"' in fast and 'src="two.png"' in fast and 'href="https://example.org/"' in fast


def _site(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != "sitemap.xml.gz"}


def test_the_demo_site_is_byte_for_byte_the_site_markdowns_own_makes(demo_site, monkeypatch):
    config = load_config(str(demo_site / "mkdocs.yml"))
    config.site_dir = str(demo_site / "fast")
    config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` starts: it puts bracket_ends in
    assert LinkInlineProcessor.__dict__["_findBracketEnds"].__func__ is bracket_ends
    build(config)
    with monkeypatch.context() as patched:
        patched.setattr(LinkInlineProcessor, "_findBracketEnds", staticmethod(_markdown_own()))
        config = load_config(str(demo_site / "mkdocs.yml"))
        config.site_dir = str(demo_site / "own")
        build(config)
    fast, own = _site(demo_site / "fast"), _site(demo_site / "own")
    assert fast.keys() == own.keys() and len(fast) > 20
    assert [name for name in fast if fast[name] != own[name]] == []
    shutil.rmtree(demo_site / "own")


@pytest.mark.parametrize("other", ["disagrees", "elsewhere"])
def test_a_markdown_whose_function_means_something_else_keeps_its_own(monkeypatch, other):
    def _findBracketEnds(data):  # noqa: N802 - Markdown's name
        return [None] * (len(data) + 1)

    _findBracketEnds.__module__ = "markdown.inlinepatterns" if other == "disagrees" else "someone.else"
    monkeypatch.setattr(LinkInlineProcessor, "_findBracketEnds", staticmethod(_findBracketEnds))
    assert use_fast_bracket_ends() is False
    assert LinkInlineProcessor.__dict__["_findBracketEnds"].__func__ is _findBracketEnds
