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
    return said("disagree", sources=", ".join(sayings))


def article_date(kind: str, **fields: object) -> str:
    """What a source's `published_reason` says of where its article's date came from, of kind `kind`
    (a key of `article_date`), its fields filled in."""
    return _table()["article_date"][kind].format(**fields)


def lender(published_reason: object) -> str | None:
    """The article a source's `published_reason` says its article's date was taken from (`article_date`'s
    borrowed: "no date of its own; taken from seeds/news.txt, the same story ..."), else None."""
    if not isinstance(published_reason, str):
        return None
    found = _lender_pattern().search(published_reason)
    return found.group("article") if found else None


@cache
def _lender_pattern() -> re.Pattern:
    template = _table()["article_date"]["borrowed"]
    pieces = list(Formatter().parse(template))
    at = next(i for i, (_, field, _, _) in enumerate(pieces) if field == "article")
    after = pieces[at + 1][0] if at + 1 < len(pieces) else ""
    return re.compile(re.escape(pieces[at][0]) + r"(?P<article>[^\s;,()]+)" + re.escape(after))


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


def counted_from_inferred(reason: object, day: dt.date, sources: tuple[str, ...] = ("inferred",)) -> bool:
    """Whether the reason is one the tool writes for a date counted from the article's inferred date
    `day` (or, among `sources`, `metadata`: its date as its metadata gave it, mended since, which a
    draft follows too): one of `said`'s templates that name the article's date, whole, followed only by the pieces
    the tool adds after it (`said`'s borrowed and engine_doubt pieces, events.yaml's forward-looking
    words). A reason a person added words to ("... 28 April 2009 — checked against the WHO release")
    is theirs: it was taken for the tool's while its template could be found in it. (The background
    clause and the attachment cues' notes are for the caller to take off first.)"""
    if not isinstance(reason, str):
        return False
    return any(pattern.fullmatch(_reworded(reason)) for pattern in _counted_patterns(day, sources))


def owes_the_article_date_nothing(reason: object) -> bool:
    """Whether the reason is one the tool writes for a date read without the article's date: one
    the words state in full, or one counted from a date the text gives before it that is so stated
    (`said`'s stated and counted_from_before), whatever notes the tool adds after it ("; ..."). The
    article's date, inferred or unknown, cannot move such a date; one counted from it names it."""
    if not isinstance(reason, str):
        return False
    head = _reworded(reason).split("; ", 1)[0]
    return any(pattern.fullmatch(head) for pattern in _owing_nothing_patterns())


@cache
def _owing_nothing_patterns() -> tuple[re.Pattern, ...]:
    said = _table()["said"]
    return tuple(re.compile(_template_pattern(said[kind], free=True), re.DOTALL) for kind in ("stated", "counted_from_before"))


@cache
def _counted_patterns(day: dt.date, sources: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    said = _table()["said"]
    kinds = "|".join(re.escape(article_date_kind(source)) for source in sources)
    known = {"kind": f"(?:{kinds})", "day": re.escape(long_day(day))}
    tails = [_template_pattern(said["borrowed"]) + "(?:" + "|".join(
                 _template_pattern(said[kind]) for kind in ("borrowed_tied", "borrowed_counted", "borrowed_runs_on",
                                                            "borrowed_weekdays_disagree")) + ")?",
             _template_pattern(said["engine_doubt"], free=True),
             "; " + _template_pattern(rules.data("events")["forward_looking_reason"], free=True)]
    after = "(?:" + "|".join(tails) + ")*"
    patterns = []
    for template in said.values():
        if {"kind", "day"} <= {field for _, field, _, _ in Formatter().parse(template)}:
            patterns.append(re.compile(_template_pattern(template, known, free=True) + after, re.DOTALL))
    return tuple(patterns)


def _template_pattern(template: str, known: dict[str, str] | None = None, free: bool = False) -> str:
    """A template as a pattern: its words as written, a field given in `known` as given, any other
    as any text, but for those the tool fills with one word (a file, a value: unless `free`), so that
    words a person added after it are not taken for its field, and the date's words, which the tool
    quotes (events.said_words), as one quoted string: "The sheriff's log: 'about 4:40 a.m.' counted
    from ..." is a person's account, not the tool's reason with longer words (a merged draft that
    followed its article's new date took the tool's reason over it)."""
    known = known or {}
    pieces = []
    for literal, field, _, _ in Formatter().parse(template):
        pieces.append(re.escape(literal))
        if field is None:
            continue
        if field in known:
            pieces.append(known[field])
        elif field == _QUOTED_FIELD:
            pieces.append(_QUOTED_WORDS)
        elif free or field not in _ONE_WORD_FIELDS:
            pieces.append(".+?")
        else:
            pieces.append(r"[^\s;,()]+")
    return "".join(pieces)


# Fields that the tool fills with one word: an article as sources cite it, a TIMEX3 value.
_ONE_WORD_FIELDS = ("article", "later", "value")
# The field of the date's words, which the tool writes as Python quotes them (repr: '...', or "..."
# when they hold a ', with a backslash before a quote of the other kind).
_QUOTED_FIELD = "words"
_QUOTED_WORDS = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""


def kept(kind: str, **fields: object) -> str:
    """What a run says of a field a person changed that it keeps, of kind `kind` (a key of `kept`)."""
    return _table()["kept"][kind].format(**fields)


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
