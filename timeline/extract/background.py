"""Which events are background to their story: told to explain it, long over before it began.

A 2009 flu story recalls 1918's pandemic: a real event, rightly dated, that stays on the timeline,
tagged so that a reader can tell it from the story (the tag has its page, and the site's chart keeps
its years apart). The tag and how long before the story an event must have ended are data
(`background` in data/events.yaml, with examples the tests run).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract import rules
from timeline.period import Period

_DATA = "events"
_KEYS = ("tag", "days_before_story", "history_share", "history_events", "reason")


def tag() -> str:
    return str(_settings()["tag"])


def story_began(dates: list[dt.date | None]) -> dt.date | None:
    """The day the story began: the earliest date of its articles (None when none has one). The
    earliest, not a typical one: a look back a year on, in a later article, is still the story."""
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def is_background(period: Period, began: dt.date | None) -> bool:
    """Whether the event ended more than `days_before_story` days before the story began (its last
    day may be before Christ, an EarlyDay, which compares with the story's datetime.date)."""
    if began is None:
        return False
    return period.last < began - dt.timedelta(days=int(_settings()["days_before_story"]))


def is_history(ended: list[Period], began: dt.date | None) -> bool:
    """Whether a story is a history rather than news recalling the past: more than `history_share`
    of its events (each by the day it ended), and at least `history_events` or all of them, are
    background. Then none of them is: they are the story."""
    if began is None or not ended:
        return False
    settings = _settings()
    behind = sum(is_background(period, began) for period in ended)
    many = behind >= int(settings["history_events"]) or behind == len(ended)
    return many and behind > float(settings["history_share"]) * len(ended)


def reason(period: Period, began: dt.date) -> str:
    """Why the event is background, added to its `reason` (the data's `reason`, filled in)."""
    return str(_settings()["reason"]).format(ended=period.last.isoformat(), began=began.isoformat())


def _settings() -> dict:
    found = rules.data(_DATA).get("background")
    if not isinstance(found, dict) or not set(_KEYS) <= set(found):
        raise rules.RuleError(f"timeline/extract/data/events.yaml: background needs {', '.join(_KEYS)}")
    return found


def clause(reason_text: str | None) -> re.Match | None:
    """Where an event's reason says it is background, as extraction wrote it ("; " and the data's
    `reason` with any dates): the tool's own record that it tagged the event. A tag without it is a
    person's; the words without the tag, a tag a person removed."""
    return _clause_pattern().search(reason_text) if isinstance(reason_text, str) else None


def without(reason_text: str) -> str:
    """The reason without the words that say the event is background."""
    found = clause(reason_text)
    return reason_text[:found.start()] + reason_text[found.end():] if found else reason_text


def _clause_pattern() -> re.Pattern:
    template = str(_settings()["reason"])
    pieces = re.split(r"\{(?:ended|began)\}", template)
    # ISO 8601's days, a day before Christ signed ("-0043-12-31", 31 December 44 BC)
    return re.compile(r"(?:;\s+|^)" + r"-?\d{4}-\d{2}-\d{2}".join(re.escape(p) for p in pieces))
