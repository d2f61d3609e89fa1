"""How an event's reason says its date was read (data/reasons.yaml), and today's words for a reason an
earlier version wrote.

The reason is the tool's field in a file a person may edit: a file is never rewritten to reword it.
Instead a reason is compared, and shown, in today's words (`in_current_words`), so that one written
with the old ones is still known as the tool's, and reads as a new one does.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from string import Formatter

from timeline.extract import rules
from timeline.long_day import long_day

_DATA = "reasons"


def _table() -> dict:
    return rules.data(_DATA)["reasons"]


def said(kind: str, **fields: str) -> str:
    """The reason of kind `kind` (a key of `said`), its fields filled in; `reference_source`, when
    given, names the article date's kind ("metadata": its publication date)."""
    table = _table()
    source = fields.pop("reference_source", None)
    if source is not None:
        fields["kind"] = article_date_kind(source)
    return table["said"][kind].format(**fields)


def disagreement(sayings: list[str]) -> str:
    """Why an event's sources are a person's to check: what each says of the date (`source_says`)."""
    return _table()["said"]["disagree"].format(sources=", ".join(sayings))


def article_date(kind: str, **fields: object) -> str:
    """What a source's `published_reason` says of where its article's date came from, of kind `kind`
    (a key of `article_date`), its fields filled in."""
    return _table()["article_date"][kind].format(**fields)


def chosen_because(kind: str, **fields: object) -> str:
    """Why an article's clues chose one lender of its date over another (a key of `chosen_because`)."""
    return _table()["chosen_because"][kind].format(**fields)


def related(kind: str, **fields: object) -> str:
    """A piece of how two articles of a story are related (a key of `related`)."""
    return _table()["related"][kind].format(**fields)


def skipped(kind: str, **fields: str) -> str:
    """What a run says of a dated sentence it makes no event of, of kind `kind` (a key of `skipped`),
    its fields filled in."""
    return _table()["skipped"][kind].format(**fields)


def article_date_kind(source: str) -> str:
    """The word for where the article's date came from: "publication" (its metadata), "inferred"."""
    kinds = _table()["kinds"]
    return kinds.get(source, kinds["inferred"])


def counted_from_inferred(reason: object, day: dt.date) -> bool:
    """Whether the reason says, in the tool's words (`said`'s templates that name the article's date),
    that its date was counted from the article's inferred date `day`: a reason the tool wrote for
    that date, which a person who rewrote it took over."""
    if not isinstance(reason, str):
        return False
    known = {"kind": re.escape(article_date_kind("inferred")), "day": re.escape(long_day(day))}
    reason = _reworded(reason)
    for template in _table()["said"].values():
        pieces = list(Formatter().parse(template))
        if {"kind", "day"} <= {field for _, field, _, _ in pieces}:
            pattern = "".join(re.escape(literal) + (known.get(field, ".+?") if field is not None else "")
                              for literal, field, _, _ in pieces)
            if re.search(pattern, reason):
                return True
    return False


def in_current_words(reason: object) -> object:
    """The reason as this version words it: each phrase an earlier version wrote ("'1965' is a full
    date") in today's words. A reason without them, and anything not text, is returned as it is."""
    if not isinstance(reason, str):
        return reason
    return _reworded(reason)


@cache
def _reworded(reason: str) -> str:
    for was, now in _table()["formerly"].items():
        reason = reason.replace(was, now)
    for pattern, now in _former_patterns():
        reason = pattern.sub(now, reason)
    return reason


@cache
def _former_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(was), now) for was, now in (_table().get("formerly_patterns") or {}).items())


def without_stated(reason: str) -> str:
    """The reason without its opening "'1965' names its date outright" (and the "; " after it): where a
    doubt quotes the date's words already, that it names its date adds nothing."""
    found = _stated_head().match(reason)
    return reason[found.end():] if found else reason


@cache
def _stated_head() -> re.Pattern:
    before, _, after = _table()["said"]["stated"].partition("{words}")
    return re.compile(re.escape(before) + r"(?:'[^']*'|\"[^\"]*\")" + re.escape(after) + r"(?:;\s+|$)")
