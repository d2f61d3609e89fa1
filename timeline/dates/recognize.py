"""Phase one: find the expressions and their under-specified values."""
from __future__ import annotations

import re
from typing import NamedTuple

from .anchor import PARAGRAPH_BREAK
from .order import settle_day_order
from .rules import Rule, RuleSet


class Mention(NamedTuple):
    """A rule's match, its value still under-specified.  A named tuple:
    one is made at every match, and a frozen dataclass takes three times
    as long to build."""

    start: int
    end: int
    rule: Rule
    value: str  # may be UNDEF-..., for the resolver
    mod: str | None
    freq: str | None = None  # a SET's TIMEX3 freq and quant (rules.py)
    quant: str | None = None


def _candidate(rule: Rule, m: re.Match, text: str, pos: int) -> Mention | None:
    """The mention a match of `rule`'s pattern at `pos` makes, if any."""
    if m.end() == pos or not rule.context_ok(text, pos, m.end()):
        return None
    if "\n" in m.group() and PARAGRAPH_BREAK.search(m.group()):
        # no date runs on into the next paragraph: a live blog's entry time and its first word
        # ("9.02am\n\nYesterday") were read as 9.02 the day before
        return None
    got = rule.values(m)
    if got is None:
        return None
    return Mention(pos, m.end(), rule, *got)


def recognise(text: str, rules: RuleSet) -> list[Mention]:
    """Leftmost, then longest, non-overlapping matches of the rules; a
    numeric date that could be either day first or month first is read in
    the order of the text's other dates (order.py)."""
    found: list[Mention] = []
    pos, n = 0, len(text)
    scout = rules.scout
    haystack, search = scout.searcher(text)
    seen = scout.seen  # the look-up of matchers_for, inlined: half the scout's hits find no rule
    while pos < n:
        hit = search(haystack, pos)
        if hit is None:
            break
        at, stop = hit.span()
        # the words as written: rules_for folds case as IGNORECASE would not
        words = text[at:stop]
        matchers = seen.get(words)
        if matchers is None:
            matchers = scout.matchers_for(words)
        best = None
        for rule, match in matchers:
            m = match(text, at)
            if m is None:  # most tries: no call beyond the match
                continue
            if best is not None and m.end() <= best.end:
                continue  # it could not replace the longer one found: spare its context checks
            cand = _candidate(rule, m, text, at)
            if cand is not None and (best is None or cand.end > best.end):
                best = cand
        if best is None:
            pos = at + 1
            continue
        found.append(best)
        pos = best.end
    return settle_day_order(found)
