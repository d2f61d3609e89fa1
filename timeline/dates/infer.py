"""Infer a text's reference date from the text itself.

A news story is written within days after what it reports.  So the latest
explicit, full date it mentions is a lower bound for its date, and the
weekdays it mentions in the past tense should all fall between that date and
the story's date.  The earliest date that places them all there is taken.
"""
from __future__ import annotations

import datetime as dt

from .anchor import Context, anchor_value
from .recognize import Mention
from .tense import tense_at
from .values import value_precision

WINDOW_DAYS = 7


def _fmt(day: dt.date) -> str:
    return day.strftime("%a %d %b %Y").replace(" 0", " ")


def infer_from(text: str, mentions: list[Mention]) -> tuple[dt.date | None, str]:
    explicit: list[tuple[dt.date, Mention]] = []
    weekdays: list[Mention] = []
    for m in mentions:
        if m.value.startswith("UNDEF-wd~"):
            if tense_at(text, m.start, m.end) != "future":
                weekdays.append(m)
        elif not m.value.startswith("UNDEF-") and value_precision(m.value) == "day":
            try:
                explicit.append((dt.date.fromisoformat(m.value[:10]), m))
            except ValueError:
                continue
    if not explicit:
        return None, "no reference: the text mentions no full date (day, month and year)"
    latest, source = max(explicit, key=lambda e: e[0])
    best, best_hits = latest, []
    for k in range(WINDOW_DAYS):
        candidate = latest + dt.timedelta(days=k)
        ctx = Context(reference=candidate, tense="past")
        hits = []
        for w in weekdays:
            value, _ = anchor_value(w.value, ctx)
            if dt.date.fromisoformat(value[:10]) >= latest:
                hits.append(w)
        if len(hits) > len(best_hits):
            best, best_hits = candidate, hits
    said = f"'{text[source.start:source.end]}'"
    if best_hits:
        names = sorted({text[w.start:w.end] for w in best_hits}, key=lambda s: text.find(s))
        said += " and " + ", ".join(f"'{n}'" for n in names)
    return best, (f"inferred {_fmt(best)} from {said} "
                  "(a story is written within days after what it reports)")
