"""How an event's reason says its date was read (data/reasons.yaml), and today's words for a reason an
earlier version wrote.

The reason is the tool's field in a file a person may edit: a file is never rewritten to reword it.
Instead a reason is compared, and shown, in today's words (`in_current_words`), so that one written
with the old ones is still known as the tool's, and reads as a new one does.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract import rules

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


def skipped(kind: str, **fields: str) -> str:
    """What a run says of a dated sentence it makes no event of, of kind `kind` (a key of `skipped`),
    its fields filled in."""
    return _table()["skipped"][kind].format(**fields)


def article_date_kind(source: str) -> str:
    """The word for where the article's date came from: "publication" (its metadata), "inferred"."""
    kinds = _table()["kinds"]
    return kinds.get(source, kinds["inferred"])


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
