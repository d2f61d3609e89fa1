"""Which events are background to their story: told to explain it, long over before it began.

A 2009 flu story recalls 1918's pandemic: a real event, rightly dated, that stays on the timeline,
tagged so that a reader can tell it from the story (the tag has its page, and the site's chart keeps
its years apart). A story told after the fact (a budget dispute recounted at its vote, a trial at
its verdict) began before its first article: its earlier events, each near the next, are its own,
and only those cut off from it by a long quiet gap are background. The tag, how long before the
story an event must have ended and how long a gap cuts it off are data (`background` in
data/events.yaml, with examples the tests run).
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.early_day import EarlyDay
from timeline.extract import rules
from timeline.period import Period

_DATA = "events"
_KEYS = ("tag", "days_before_story", "story_gap_days", "history_share", "history_events", "reason")


def tag() -> str:
    return str(_settings()["tag"])


def story_began(dates: list[dt.date | None]) -> dt.date | None:
    """The day the story began: the earliest date of its articles (None when none has one). The
    earliest, not a typical one: a look back a year on, in a later article, is still the story."""
    known = [d for d in dates if d is not None]
    return min(known) if known else None


def story_reach(began: dt.date | None, ended: list[Period]) -> dt.date | EarlyDay | None:
    """The earliest day the story reaches back to from its first article: through its events, each
    wholly within `story_gap_days` before the story as reached so far ("the draft budget published
    on 9 January 2023", then a warning of November 2022, in a story first told in March 2024), the
    story then reaching back to the day each began. Wholly: an event known only to its year ("last
    year's results", "in 2008") may lie anywhere in it, so it reaches the story only when all of its
    year does, and years recalled one by one (2005, 2006, 2007) do not chain a story back to them."""
    if began is None:
        return None
    gap = int(_settings()["story_gap_days"])
    reach: dt.date | EarlyDay = began
    for first in sorted((p.first for p in ended if p.first < began), reverse=True):
        if reach.toordinal() - first.toordinal() > gap:
            break  # a long quiet gap: this event and every earlier one are cut off from the story
        reach = first
    return reach


def is_background(period: Period, began: dt.date | None, reach: dt.date | EarlyDay | None = None) -> bool:
    """Whether the event ended more than `days_before_story` days before the story's first article
    and is not the story's own: not wholly within `story_gap_days` of the day the story reaches
    back to (story_reach; the first article's when not given). Its days may be before Christ,
    EarlyDays, which count by ordinals as the story's datetime.date do."""
    if began is None:
        return False
    settings = _settings()
    reach = began if reach is None else reach
    return (began.toordinal() - period.last.toordinal() > int(settings["days_before_story"])
            and reach.toordinal() - period.first.toordinal() > int(settings["story_gap_days"]))


def is_history(ended: list[Period], began: dt.date | None) -> bool:
    """Whether a story is a history rather than news recalling the past: more than `history_share`
    of its events (each by the day it ended), and at least `history_events` or all of them, are
    background. Then none of them is: they are the story."""
    if began is None or not ended:
        return False
    settings = _settings()
    reach = story_reach(began, ended)
    behind = sum(is_background(period, began, reach) for period in ended)
    many = behind >= int(settings["history_events"]) or behind == len(ended)
    return many and behind > float(settings["history_share"]) * len(ended)


def reason(began: dt.date) -> str:
    """Why the event is background, added to its `reason` (the data's `reason`, filled in): how long
    before the story it ended is the event's own date, which the page shows beside it."""
    return str(_settings()["reason"]).format(began=began.isoformat())


def same(written: re.Match, wanted: re.Match) -> bool:
    """Whether two of the tool's background clauses (clause()) say the same: the same first article
    of the story, whatever the words (an earlier version's said when the event was "over by", and
    wrote a day before Christ "-0039-12-31", then "40 BC")."""
    return written["began"] == wanted["began"]


def _settings() -> dict:
    found = rules.data(_DATA).get("background")
    if not isinstance(found, dict) or not set(_KEYS) <= set(found):
        raise rules.RuleError(f"timeline/extract/data/events.yaml: background needs {', '.join(_KEYS)}")
    return found


def clause(reason_text: str | None) -> re.Match | None:
    """Where an event's reason says it is background, as extraction wrote it ("; " and the data's
    `reason` with any dates): the tool's own record that it tagged the event. A tag without it is a
    person's; the words without the tag, a tag a person removed."""
    if not isinstance(reason_text, str):
        return None
    return next(filter(None, (pattern.search(reason_text) for pattern in _clause_patterns())), None)


def without(reason_text: str) -> str:
    """The reason without the words that say the event is background."""
    found = clause(reason_text)
    return reason_text[:found.start()] + reason_text[found.end():] if found else reason_text


def _clause_patterns() -> tuple[re.Pattern, ...]:
    # today's words, then those an earlier version wrote (`formerly`): a tag they explain is the tool's too
    settings = _settings()
    return tuple(_clause_pattern(str(template)) for template in (settings["reason"], *(settings.get("formerly") or [])))


def _clause_pattern(template: str) -> re.Pattern:
    pieces = re.split(r"(\{(?:ended|began)\})", template)
    # ISO 8601's days; a day before Christ in words ("40 BC", "15 March 44 BC") or signed, as once
    written = {"{ended}": r"(?:\d{4}-\d{2}-\d{2}|-\d{4}-\d{2}-\d{2}|[^,;()]+?)", "{began}": r"(?P<began>\d{4}-\d{2}-\d{2})"}
    return re.compile(r"(?:;\s+|^)" + "".join(written.get(p, re.escape(p)) for p in pieces))
