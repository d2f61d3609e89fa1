"""The event file format, version 1, as a JSON Schema that editors and the loader both read."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

SCHEMA_FILE = "events.schema.json"


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text("utf-8"))


def properties(kind: str) -> dict:
    """The allowed keys of an 'event', a 'source' or a 'file' mapping, with their schema."""
    s = schema()
    if kind == "file":
        return s["oneOf"][1]["properties"]
    return s["$defs"][kind]["properties"]


def resolved(prop: dict) -> dict:
    """A property's schema with a local $ref followed."""
    while "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[1]
        prop = {**schema()["$defs"][name], **{k: v for k, v in prop.items() if k != "$ref"}}
    return prop
