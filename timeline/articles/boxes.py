"""A live blog's summary box, recognised in the page before its text is extracted.

A "Key points" box is often a `<section>` (or `<aside>`) with a heading and a list. Text extraction
drops such a heading and moves the box's lines after the first entry, where nothing tells them from
an entry's own sentences: the summary made events again, dated against the page's day. Rewritten as
plain paragraphs in place, its heading line first, the box stays where the page shows it, and the
debris rules for a live blog's summary find it (timeline/extract/data/debris.yaml: summary_openers,
whose headings open a box too; summary_box, the elements that hold one). A pinned `<div>` without a
heading ("<p>Pinned</p>", "<p>Summary: The dam failed ...</p>") is known by its first paragraph,
and was moved below the first entry the same way.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

_TAG = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"<h[1-6]\b[^>]*>(?P<words>.*?)</h[1-6]\s*>", re.IGNORECASE | re.DOTALL)
_LABEL = re.compile(r"""\baria-label\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""", re.IGNORECASE)
_NEXT_CLASS = re.compile(r"""\s*<[a-z][a-z0-9]*\b[^>]*?(?P<attr>\sclass\s*=\s*(?:"[^"]*"|'[^']*'))""", re.IGNORECASE)
_FIRST_PARAGRAPH = re.compile(r"\s*<p\b[^>]*>(?P<words>.*?)</p\s*>", re.IGNORECASE | re.DOTALL)
_LIST = re.compile(r"</?(?:ul|ol)\b[^>]*>", re.IGNORECASE)
_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ITEM_END = re.compile(r"</li\s*>", re.IGNORECASE)


@lru_cache(maxsize=1)
def _boxes() -> re.Pattern:
    from timeline.extract import rules  # the live blog's summary rules are the extraction's debris data

    tags = "|".join(re.escape(t) for t in rules.data("debris")["summary_box"]["tags"])
    # The innermost such element: a pinned <div> sits inside the page's own <div>s, and the first
    # </div> after an outer one's start is not that one's end.
    return re.compile(rf"<(?P<tag>{tags})\b(?P<attrs>[^>]*)>(?P<inner>(?:(?!<(?P=tag)\b).)*?)</(?P=tag)\s*>",
                      re.IGNORECASE | re.DOTALL)


def _opens_a_summary(words: str) -> bool:
    from timeline.extract import rules

    from timeline.extract.debris import summary_openers

    line = " ".join(html.unescape(_TAG.sub(" ", words)).split())
    return rules.first_match(summary_openers(), line) is not None


def _as_paragraphs(match: re.Match, page: str) -> str:
    inner = match.group("inner")
    heading = _HEADING.search(inner)
    after = _NEXT_CLASS.match(page, match.end())
    first = _FIRST_PARAGRAPH.match(inner)
    if heading is not None and inner[:heading.start()].strip() == "" and _opens_a_summary(heading.group("words")):
        inner = inner[:heading.start()] + f"<p>{heading.group('words')}</p>" + inner[heading.end():]
    elif heading is None and first is not None and after is not None and _opens_a_summary(first.group("words")):
        pass  # already paragraphs, opened by a summary's line: only its place to keep (below)
    else:
        label = _LABEL.search(match.group("attrs"))
        words = label and (label.group("dq") or label.group("sq") or "")
        if heading is not None or not words or not _opens_a_summary(words):
            return match.group(0)
        inner = f"<p>{html.escape(html.unescape(words))}</p>" + inner
    inner = _ITEM_END.sub("</p>", _ITEM.sub("<p>", _LIST.sub("", inner)))  # each point a paragraph
    # The box takes the class of the element after it, the blog's first entry: text extraction takes
    # the first element of a content class ("entry") for where the text begins, and moved a box
    # of another class after it, into that entry.
    return f"<div{after.group('attr') if after else ''}>{inner}</div>"


def summary_boxes_as_paragraphs(page: str) -> str:
    """The page with each live-blog summary box (a box whose heading, or label, opens a summary)
    written as plain paragraphs in place; other boxes as they are."""
    return _boxes().sub(lambda match: _as_paragraphs(match, page), page)
