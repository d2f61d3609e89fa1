"""Which comes first in a numeric date the text leaves open: the day or the month.

"5/3/2018" is 5 March in London and 3 May in New York.  A writer keeps one
habit through a text, so the other dates of the same text settle it: "25/12/2018"
or "12 April 2018" beside it say day first, "12/28/2018" or "April 12, 2018"
month first.  The rules say which habit each of their matches shows (`order`
in rules/*.yaml); with no other date to go by, or as many of each, the rule's
own reading and its low confidence stand, and a person is asked to check.

Failing that, what the caller knows of the writer may tell the order (`StatedOrder`): the
convention the article or its project states, or the country of its source.  The engine never
sees who wrote a text; the caller says which order and, in its own words, why.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .rules import Rule

if TYPE_CHECKING:  # recognize.py calls this module
    from .recognize import Mention

SETTLED_CONFIDENCE = 0.8  # the writer's habit, not the date itself, tells the order
READINGS = ("day_first", "month_first")


@dataclasses.dataclass(frozen=True)
class StatedOrder:
    """The order the caller knows the writer keeps, when the text's own dates do not tell it."""

    order: str  # "day_first" or "month_first"
    why: str  # the caller's words for the evidence, put in the date's reason
    confidence: float = SETTLED_CONFIDENCE  # how sure that evidence makes the reading

    def __post_init__(self) -> None:
        if self.order not in READINGS:
            raise ValueError(f"order must be one of {', '.join(READINGS)}, not {self.order!r}")
# a full year, or a two-digit one the resolver places ("03/01/19": UNDEF-yy19-03-01)
_DAY = re.compile(r"^(\d{4}|UNDEF-yy\d\d)-(\d\d)-(\d\d)(.*)$")


def settle_day_order(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each open one ("either") read in the text's order when
    its other dates show one."""
    if not any(m.rule.order == "either" for m in mentions):
        return mentions
    day_first = sum(m.rule.order == "day_first" for m in mentions)
    month_first = sum(m.rule.order == "month_first" for m in mentions)
    if day_first == month_first:
        return mentions
    order = "day_first" if day_first > month_first else "month_first"
    return [_settled(m, order) if m.rule.order == "either" else m for m in mentions]


def apply_stated_order(mentions: list[Mention], stated: StatedOrder | None) -> list[Mention]:
    """The mentions, each one still open after the text's other dates were read (settle_day_order)
    read in the `stated` order, at its confidence; the same list without one."""
    if stated is None or not any(m.rule.order == "either" for m in mentions):
        return mentions
    return [_settled(m, stated.order, stated.confidence, "stated") if m.rule.order == "either" else m
            for m in mentions]


def evidence(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The first date of the text that shows each order, as written ("25/04/2020"): the reason of
    a date read in that order names it."""
    found: dict[str, str] = {}
    for m in mentions:
        if m.rule.order in READINGS and m.rule.order not in found and settled_order(m.rule) is None:
            found[m.rule.order] = text[m.start:m.end]
    return found


def _settled(m: Mention, order: str, confidence: float = SETTLED_CONFIDENCE, by: str = "text") -> Mention:
    """An open mention read in `order`.  Its rule writes the value month
    first, as the first number is a month in US news."""
    value = m.value
    if order == "day_first":
        got = _DAY.match(value)
        if got is None:
            return m
        year, first, second, rest = got.groups()
        value = f"{year}-{second}-{first}{rest}"
    return m._replace(rule=_variant(m.rule, order, confidence, by), value=value)


# (id of a rule, order, confidence, by) -> (rule, variant)
_VARIANTS: dict[tuple[int, str, float, str], tuple[Rule, Rule]] = {}
_SETTLED: dict[int, tuple[Rule, str, str]] = {}  # id of a variant -> (variant, the order it reads, by what)


def _variant(rule: Rule, order: str, confidence: float = SETTLED_CONFIDENCE, by: str = "text") -> Rule:
    """The rule as read in `order`: the order taken from the text (`by` "text") or stated by
    the caller ("stated") makes it surer."""
    key = (id(rule), order, confidence, by)
    kept = _VARIANTS.get(key)
    if kept is None or kept[0] is not rule:
        variant = dataclasses.replace(rule, confidence=max(rule.confidence, confidence), order=order)
        kept = _VARIANTS[key] = (rule, variant)
        _SETTLED[id(variant)] = (variant, order, by)
    return kept[1]


def settled_order(rule: Rule) -> str | None:
    """"day_first" or "month_first" (rules.ORDERS) when the rule's match was read in the
    order of the text's other dates (for the reason a date gives); else None."""
    kept = _SETTLED.get(id(rule))
    return kept[1] if kept and kept[0] is rule and kept[2] == "text" else None


def stated_order(rule: Rule) -> str | None:
    """The order a rule's match was read in because the caller stated it (StatedOrder); else None."""
    kept = _SETTLED.get(id(rule))
    return kept[1] if kept and kept[0] is rule and kept[2] == "stated" else None


def variant_of(rule: Rule, order: str | None) -> Rule:
    """The rule as the text's other dates settled it in `order` (None: the rule itself): for
    mentions another process found (api.take_recognised)."""
    return rule if order is None else _variant(rule, order)
