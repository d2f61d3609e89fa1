"""The news agency a wire story's date line names ("CAIRO (AP) —"): the outlet of an article whose
metadata name none. The agencies, their outlets and the date line's shape are data (agencies.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=1)
def agencies() -> dict:
    return yaml.load(resources.files("timeline").joinpath("data/agencies.yaml").read_text("utf-8"),
                     Loader=_YAML_LOADER)  # libyaml's, as timeline.period.labels reads its file


@lru_cache(maxsize=1)
def date_line_marks() -> dict[str, str]:
    """Each list of marks as a regular expression's alternatives, by the name the date engine's rules
    give it ({agency}, {release_wire}): the engine and this reader keep one list."""
    return {"agency": _alternatives(agencies()["agencies"]), "release_wire": _alternatives(agencies()["release_wires"])}


def _alternatives(marks) -> str:
    # Longest mark first, so that "AAP" is never read as "AP".
    return "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))


@lru_cache(maxsize=1)
def _date_line() -> re.Pattern:
    return re.compile(agencies()["pattern"].replace("{marks}", date_line_marks()["agency"]))


def agency_outlet(text: str) -> str | None:
    """The outlet of the agency whose date line opens the text, if one does."""
    found = _date_line().search(text[:agencies()["lead_characters"]])
    return agencies()["agencies"][found["mark"]] if found else None
