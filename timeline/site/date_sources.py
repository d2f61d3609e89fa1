"""Where an article's date came from, in a reader's words (timeline/data/date_sources.yaml).

The source and review pages said "(given: front matter)", the tool's own terms; the words are data,
so that this only picks the entry and fills it in.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from timeline.extract import reasons


@lru_cache(maxsize=1)
def words() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/date_sources.yaml").read_text("utf-8"))


def found_in(published_from: str | None) -> str:
    """The article's own metadata, by where it was read ("front matter", "side file kim.meta.yaml")."""
    found = words()["found"]
    for where, text in found.items():
        if published_from == where or (published_from or "").startswith(where + " "):
            return text.format(name=published_from[len(where):].strip())
    return found["unnamed"]


def claimed(source: str | None, reason: str | None) -> str:
    """An event file's claim for the article's date: its published_source and published_reason."""
    table = words()
    source = source if source in table["claimed"] else "given"  # a person's typing: theirs
    if not reason:
        return table["claimed_without_reason"][source]
    if reason.lower().startswith(source.lower()):  # "inferred from its own words: ...": said already
        return table["says_how"].format(reason=reason)
    return table["claimed"][source].format(reason=reason)


def by_engine(reason: str | None) -> str:
    """The date engine's inference from the article's own words."""
    return claimed("inferred", reason)


def nowhere() -> str:
    return words()["nowhere"]


def unreadable(problem: str) -> str:
    return words()["unreadable"].format(problem=problem)


def inferred_note(source: str | None, reason: str | None) -> str | None:
    """What a citation says after an article date the tool inferred (an event file's published_source
    "inferred"): from which article of its story it was taken ("date inferred from seeds/news.txt",
    the lender its published_reason names), else from its own text (every other reason the tool
    writes for an inferred date reads it there); that it was inferred alone when no reason says how.
    None for any other date."""
    if source != "inferred":
        return None
    notes = words()["inferred_note"]
    if not reason:
        return notes["unsaid"]
    article = reasons.lender(reason)
    return notes["borrowed"].format(article=article) if article else notes["own_words"]


def borrowed_note() -> tuple[str, str]:
    """The words of a note on a date taken from another article before and after that article, for a
    page that writes it as a link ("date inferred from ", "")."""
    before, _, after = words()["inferred_note"]["borrowed"].partition("{article}")
    return before, after
