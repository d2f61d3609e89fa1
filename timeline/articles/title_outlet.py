"""The outlet a page's <title> names at its end ("... | World news | The Guardian"), for a saved page
whose metadata name none. The separators and what a name looks like are data
(timeline/data/title_outlets.yaml)."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def title_outlets() -> dict:
    text = resources.files("timeline").joinpath("data/title_outlets.yaml").read_text("utf-8")
    return yaml.safe_load(text)["title_outlets"]


_TITLE = re.compile(r"<title\b[^>]*>(?P<title>.*?)</title\s*>", re.IGNORECASE | re.DOTALL)


def page_title(page: str) -> str | None:
    """The text of the page's first <title> element, its entities read and its spaces closed up."""
    found = _TITLE.search(page)
    if found is None:
        return None
    return " ".join(html.unescape(re.sub(r"<[^>]*>", "", found["title"])).split()) or None


def outlet_from_title(title: str | None) -> str | None:
    """The outlet the title names after its last separator, when that part looks like a name and the
    headline before it is the longer; else None."""
    if not title:
        return None
    table = title_outlets()
    cut = max(((title.rfind(s), s) for s in table["separators"]), key=lambda pair: pair[0])
    at, separator = cut
    if at <= 0:
        return None
    before, name = title[:at].strip(), title[at + len(separator):].strip()
    words = name.split()
    if not words or len(words) > table["max_words"] or len(name) > table["max_characters"] or len(before) <= len(name):
        return None
    if name.casefold() in {s.casefold() for s in table["sections"]}:
        return None
    small = {w.casefold() for w in table["small_words"]}
    opens = all(w[0].isupper() or w[0].isdigit() for w in (words[0], words[-1]))
    inside = all(w[0].isupper() or w[0].isdigit() or w.casefold() in small for w in words)
    return name if opens and inside and name[-1] not in "?!.:;," else None
