"""When an article was last updated: a saved page's metadata, or `updated:` in its front matter or
side file. Two saved copies of one page (one URL) are told apart by it (timeline/extract/versions.py).
The keys are data (timeline/data/page_updates.yaml)."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources

import yaml


@lru_cache(maxsize=None)
def page_updates() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/page_updates.yaml").read_text("utf-8"))


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
    parser = _MetaTags({k.lower() for k in data["meta_keys"]})
    parser.feed(page)
    values = list(parser.values)
    key = re.escape(json.dumps(data["json_ld_key"]))
    for script in parser.scripts:
        values.extend(re.findall(key + r'\s*:\s*"([^"]+)"', script))
    moments = [m for m in map(moment, values) if m is not None]
    return max(moments) if moments else None
