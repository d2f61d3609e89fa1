"""Which comes first in a numeric date the text leaves open: the day or the month.

"5/3/2018" is 5 March in London and 3 May in New York.  A writer keeps one
habit through a text, so the other dates of the same text settle it: "25/12/2018"
or "12 April 2018" beside it say day first, "12/28/2018" or "April 12, 2018"
month first.  The rules say which habit each of their matches shows (`order`
in rules/*.yaml); with no other date to go by, or as many of each, the rule's
own reading and its low confidence stand, and a person is asked to check.
"""
from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .rules import Rule

if TYPE_CHECKING:  # recognize.py calls this module
    from .recognize import Mention

SETTLED_CONFIDENCE = 0.8  # the writer's habit, not the date itself, tells the order
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


def _settled(m: Mention, order: str) -> Mention:
    """An open mention read in `order`.  Its rule writes the value month
    first, as the first number is a month in US news."""
    value = m.value
    if order == "day_first":
        got = _DAY.match(value)
        if got is None:
            return m
        year, first, second, rest = got.groups()
        value = f"{year}-{second}-{first}{rest}"
    return m._replace(rule=_variant(m.rule, order), value=value)


_VARIANTS: dict[tuple[int, str], tuple[Rule, Rule]] = {}  # (id of a rule, order) -> (rule, variant)
_SETTLED: dict[int, tuple[Rule, str]] = {}  # id of a variant -> (variant, the order it reads)


def _variant(rule: Rule, order: str) -> Rule:
    """The rule as read in `order`: the order taken from the text makes it surer."""
    kept = _VARIANTS.get((id(rule), order))
    if kept is None or kept[0] is not rule:
        variant = dataclasses.replace(rule, confidence=max(rule.confidence, SETTLED_CONFIDENCE), order=order)
        kept = _VARIANTS[(id(rule), order)] = (rule, variant)
        _SETTLED[id(variant)] = (variant, order)
    return kept[1]


def settled_order(rule: Rule) -> str | None:
    """"day_first" or "month_first" (rules.ORDERS) when the rule's match was read in the
    order of the text's other dates (for the reason a date gives); else None."""
    kept = _SETTLED.get(id(rule))
    return kept[1] if kept and kept[0] is rule else None
