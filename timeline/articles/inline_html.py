"""The words of a Markdown or text article without the HTML written into it, as the .html reader
keeps a page's words and not its markup: notes pasted from a page kept `<b>WHO</b>` and
`<script>alert(1)</script>` in the event's title and quote, and every export (csv, ics, json,
wikitext, atom) carried the tags that only the site escaped.

Markdown holds HTML by design: every tag goes (`without_tags`), the elements that hold no words and
the blocks being those the data file names. A .txt does not, and may speak of
tags in prose: only what is plainly markup goes (`without_pasted_tags`, its rule in
data/html_tags.yaml); so does an article's title, wherever it was written."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.dates import data_cache

# A comment; a Markdown file hides notes to its writer in them.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# Any other tag: a letter right after '<' (or '</'), so that "a < b", "<3" and Markdown's autolinks
# "<https://example.org>" and "<me@example.org>" are words, not tags.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_tags(text: str) -> str:
    """The text with its HTML tags removed (their words kept) and the elements whose contents are no
    article's words (script, style ...: data/html_tags.yaml's `hidden`) dropped whole; a block's tag
    (its `blocks`) leaves a line break, so that "<p>One.</p><p>Two.</p>" stays two sentences. Text
    without a tag comes back as it is."""
    if "<" not in text:
        return text
    hidden_element, block_tag = _markdown_patterns()
    text = hidden_element.sub("", text)
    text = _COMMENT.sub("", text)
    text = block_tag.sub("\n", text)
    return _TAG.sub("", text)


@lru_cache(maxsize=1)
def _markdown_patterns() -> tuple[re.Pattern, re.Pattern]:
    """The hidden elements and block tags of data/html_tags.yaml, as patterns over Markdown, where
    every tag is markup."""
    known = _known()
    hidden = "|".join(sorted(known["hidden"]))
    blocks = "|".join(sorted(known["blocks"]))
    return (re.compile(rf"<({hidden})\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL),
            re.compile(rf"</?(?:{blocks})\b[^<>]*>", re.IGNORECASE))


# A tag as a pasted page writes it: its name, then attributes, perhaps closed on itself ("<br/>").
_ANY_TAG = re.compile(r"<(?P<end>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)(?P<attributes>(?:\s[^<>]*?)?)(?P<self>/?)>")
# An attribute given a value: href="...", class='x', width=3.
_VALUED_ATTRIBUTE = re.compile(r"\s[A-Za-z_:][-A-Za-z0-9_:.]*\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+)")


@lru_cache(maxsize=1)
def _known() -> dict[str, frozenset[str]]:
    data = data_cache.shipped("data/html_tags.yaml")["html_tags"]
    return {key: frozenset(data[key]) for key in ("elements", "void", "optional_end", "hidden", "blocks")}


def without_pasted_tags(text: str) -> str:
    """A text article's words without the HTML pasted into it (data/html_tags.yaml says which tags are
    plainly markup): a .txt may speak of tags in prose, and "the <title> element" keeps its words.
    Text without such markup comes back as it is."""
    if "<" not in text:
        return text
    known = _known()
    tags = [m for m in _ANY_TAG.finditer(text) if m["name"].lower() in known["elements"]]
    markup: set[int] = set()  # the start offsets of the tags that are plainly markup
    open_tags: dict[str, list[re.Match]] = {}
    pairs: dict[int, re.Match] = {}  # a start tag's offset -> its end tag
    for tag in tags:
        name = tag["name"].lower()
        if tag["end"]:
            if open_tags.get(name):
                start = open_tags[name].pop()
                pairs[start.start()] = tag
                markup.update((start.start(), tag.start()))
        elif tag["self"] or _VALUED_ATTRIBUTE.search(tag["attributes"]):
            markup.add(tag.start())
            if not tag["self"]:
                open_tags.setdefault(name, []).append(tag)
        else:
            open_tags.setdefault(name, []).append(tag)
    comments = list(_COMMENT.finditer(text))
    if not markup and not comments:
        return text
    for tag in tags:  # in pasted HTML, what HTML itself leaves unclosed
        name = tag["name"].lower()
        if tag["end"] or name in known["void"] or name in known["optional_end"]:
            markup.add(tag.start())
    cuts: list[tuple[int, int, str]] = [(c.start(), c.end(), "") for c in comments]
    for tag in tags:
        if tag.start() not in markup:  # (a tag inside a comment or a hidden element: skipped below)
            continue
        name = tag["name"].lower()
        end_tag = pairs.get(tag.start())
        if name in known["hidden"] and end_tag is not None:
            cuts.append((tag.start(), end_tag.end(), ""))
        else:
            cuts.append((tag.start(), tag.end(), "\n" if name in known["blocks"] else ""))
    pieces, at = [], 0
    for start, end, instead in sorted(cuts):
        if start < at:  # inside a hidden element already cut
            continue
        pieces.append(text[at:start] + instead)
        at = end
    return "".join(pieces) + text[at:]
