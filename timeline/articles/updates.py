"""When an article was last updated: a saved page's metadata, or `updated:` in its front matter or
side file. Two saved copies of one page (one URL) are told apart by it (timeline/extract/versions.py).
The keys are data (timeline/data/page_updates.yaml)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypeVar
from html.parser import HTMLParser
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

import yaml


@lru_cache(maxsize=None)
def page_updates() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/page_updates.yaml").read_text("utf-8"))


def page_key(url: str) -> str:
    """One page's URL however it was written: no fragment, no trailing slash, the host in lower case
    (two saved copies of a page are told by it, in extraction and on the site)."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


Copy = TypeVar("Copy")


def saved_copies(items: Iterable[Copy], url: Callable[[Copy], str | None], updated: Callable[[Copy], dt.datetime | None],
                 published: Callable[[Copy], dt.datetime | None] = lambda copy: None
                 ) -> Iterator[tuple[list[Copy], list[Copy] | None]]:
    """Each page of which there are two or more copies (one URL): its copies, and the same oldest
    first by their update time, or None when the times do not tell them apart (two missing, or the
    latest given twice). A copy that gives no update time beside copies that do is the page as first
    published, the oldest, when it was published (`published`: its metadata's time, else its day)
    before each of the others' updates: a page gives its update time once it has been updated
    (article:modified_time), and `updated:` is what the tool asks a person to give the later copy.
    Both were read as copies that cannot be told apart, each making its events, and a sentence the
    update added was counted from the page's first day ("Update, Thursday: ... said on Thursday" in
    a Wednesday's page was the Thursday before it, held at 0.92). A copy updated when the other was
    published (its update time its own publication's) tells nothing."""
    pages: dict[str, list[Copy]] = {}
    for item in items:
        if address := url(item):
            pages.setdefault(page_key(address), []).append(item)
    for copies in pages.values():
        if len(copies) < 2:
            continue
        first = [c for c in copies if not updated(c)]
        dated = sorted((c for c in copies if updated(c)), key=updated)
        told = len(first) <= 1 and (len(dated) < 2 or updated(dated[-1]) != updated(dated[-2]))
        if first:
            since = published(first[0])
            told = told and since is not None and since < updated(dated[0])
        yield copies, first + dated if told else None


def moment(value: object) -> dt.datetime | None:
    """An update time as an aware datetime (UTC when no zone is given), None when unreadable."""
    if isinstance(value, dt.datetime):
        found = value
    elif isinstance(value, dt.date):
        found = dt.datetime(value.year, value.month, value.day)
    else:
        try:
            found = dt.datetime.fromisoformat(str(value).strip())
        except ValueError:
            return None
    return found if found.tzinfo else found.replace(tzinfo=dt.timezone.utc)


class _MetaTags(HTMLParser):
    def __init__(self, keys: set[str]):
        super().__init__(convert_charrefs=True)
        self.keys = keys
        self.values: list[str] = []
        self.scripts: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        found = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            names = {found.get(k, "").lower() for k in ("property", "name", "itemprop")}
            if names & self.keys and found.get("content"):
                self.values.append(found["content"])
        elif tag == "script":
            self._in_json_ld = found.get("type", "").lower() == "application/ld+json"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.scripts.append(data)


def page_updated(page: str) -> dt.datetime | None:
    """The latest update time a page's metadata gives, or None."""
    data = page_updates()
    moments = _page_moments(page, data["meta_keys"], data["json_ld_key"])
    return max(moments) if moments else None


def page_published(page: str) -> dt.datetime | None:
    """The time a page's metadata says it was first published (article:published_time), or None:
    where a copy that gives no update time stands among its page's copies (saved_copies)."""
    data = page_updates()
    moments = _page_moments(page, data["published_meta_keys"], data["published_json_ld_key"])
    return min(moments) if moments else None


def _page_moments(page: str, meta_keys: list[str], json_ld_key: str) -> list[dt.datetime]:
    parser = _MetaTags({k.lower() for k in meta_keys})
    parser.feed(page)
    values = list(parser.values)
    key = re.escape(json.dumps(json_ld_key))
    for script in parser.scripts:
        values.extend(re.findall(key + r'\s*:\s*"([^"]+)"', script))
    return [m for m in map(moment, values) if m is not None]
