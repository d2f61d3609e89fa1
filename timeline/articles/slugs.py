"""A wire service's slug at a headline's start ("UPDATE 1-", "RPT-"): furniture, left out of the
article's title as it is shown. The slugs and their shape are data (timeline/data/wire_slugs.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def wire_slugs() -> dict:
    text = resources.files("timeline").joinpath("data/wire_slugs.yaml").read_text("utf-8")
    return yaml.safe_load(text)["wire_slugs"]


@lru_cache(maxsize=1)
def _slug() -> re.Pattern:
    table = wire_slugs()
    slugs = "|".join(re.escape(s) for s in sorted(table["slugs"], key=len, reverse=True))
    return re.compile(table["pattern"].replace("{slugs}", slugs))


def without_wire_slug(title: str) -> str:
    """The title without the wire slugs at its start; the title as it is when it has none."""
    return _slug().sub("", title, count=1)
