"""The one door to the date engine (`timeline.dates`), for the source pages and the review page.

The engine is written in parallel; until it is importable the site still builds, with the article
text shown unhighlighted and a note saying so. Only this module knows the engine's API.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

from timeline.period import names_no_year


@dataclass(frozen=True)
class DateMark:
    """A date expression recognised in an article: where it is and what it resolved to."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    confidence: float | None
    reason: str

    @property
    def resolved(self) -> bool:
        """False for dates the engine could not anchor (e.g. 'XXXX-01-08', 'UNDEF-this-month').

        Durations ('P3D') and sets ('XXXX-WXX-2', every Tuesday) need no anchor: they count as resolved.
        """
        if self.type in ("DURATION", "SET"):
            return True
        return bool(self.value) and "X" not in self.value and "UNDEF" not in self.value

    @property
    def no_year(self) -> bool:
        """A date told without its year ('XXXX-12-25', "Children love Christmas"): not a date left
        to resolve, but one that names no year to place it at."""
        return self.type in ("DATE", "TIME") and names_no_year(self.value)


@dataclass(frozen=True)
class ArticleDates:
    """What the engine found in one article; `available` is False when there is no engine."""

    available: bool
    reference: str | None = None
    reference_source: str = "none"  # "given", "inferred" or "none"
    reference_reason: str = ""
    marks: tuple[DateMark, ...] = ()


def _engine():
    try:
        return importlib.import_module("timeline.dates")
    except ModuleNotFoundError as error:
        if error.name in ("timeline.dates", "timeline"):
            return None
        raise  # the engine exists but something it needs is missing: that is a real error


def recognise(text: str, reference: dt.date | None = None, order=None, language: str | None = None) -> ArticleDates:
    """The dates of an article, anchored to its publication date when known; `order`: the order of
    day and month its writer keeps (timeline.dates.order.StatedOrder), when its own dates do not tell;
    `language`: the language it reads as when not English ("German"), whose dates in its words are
    read too, as `timeline extract` reads them."""
    engine = _engine()
    if engine is None or not hasattr(engine, "tag"):
        return ArticleDates(available=False)
    # a sentence a PDF's page break cuts read whole, as `timeline extract` reads it (the marks are the text's own words)
    from timeline.extract.debris import pages_joined

    read = pages_joined(text)
    given = {key: value for key, value in (("order", order), ("language", language)) if value is not None}
    tagging = engine.tag(read, reference=reference, **given)
    marks = []
    for timex in getattr(tagging, "timexes", ()):
        start, end = int(timex.start), int(timex.end)
        if not 0 <= start < end <= len(text):
            continue  # a span outside the text cannot be highlighted
        marks.append(DateMark(
            start=start, end=end, text=text[start:end], type=str(getattr(timex, "type", "DATE")),
            value=_text_or_none(getattr(timex, "value", None)),
            confidence=getattr(timex, "confidence", None), reason=engine.reason_words(str(getattr(timex, "reason", "") or "")),
        ))
    marks.sort(key=lambda m: (m.start, -m.end))
    kept: list[DateMark] = []
    for mark in marks:  # overlapping spans cannot both be highlighted: the first, longest wins
        if not kept or mark.start >= kept[-1].end:
            kept.append(mark)
    reference_value = getattr(tagging, "reference", None)
    return ArticleDates(
        available=True,
        reference=_text_or_none(reference_value.isoformat() if hasattr(reference_value, "isoformat") else reference_value),
        reference_source=str(getattr(tagging, "reference_source", "none") or "none"),
        reference_reason=str(getattr(tagging, "reference_reason", "") or ""),
        marks=tuple(kept),
    )


def _text_or_none(value: object) -> str | None:
    return None if value is None or value == "" else str(value)
