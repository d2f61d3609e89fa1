"""The one door between the extractor and the date engine (timeline.dates).

Everything in timeline.extract that needs a date goes through `tag` and `infer_reference` here,
so that the rest of the extractor depends on these few plain types, not on the engine's insides.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline import dates as _engine
from timeline.dates.order import SETTLED_CONFIDENCE, StatedOrder
from timeline.extract import reasons

ENGINE = "timeline.dates"
# The kind of inferred article date that rests on the page's own date line at its top, its weekday,
# date and clock agreeing (timeline/dates/rules/inference.yaml).
PAGE_DATELINE = "page_dateline"


@dataclass(frozen=True)
class Mention:
    """One time expression in a text, as the engine resolved it."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    mod: str | None
    confidence: float
    reason: str
    anchored: bool
    read_against: str = "text"  # "text", "reference", "entry", "last_date", "own_period", "none" or "before_christ" (see timeline.dates.Timex)
    impossible_value: str | None = None  # "2019-02-30" when only the month of "Feb. 30, 2019" is kept
    counts: str | None = None  # "day" for "yesterday", "two days ago"; None for "Tuesday" (see Timex)


@dataclass(frozen=True)
class Tagged:
    reference: dt.date | None
    reference_source: str  # "given", "inferred", "none"
    reference_reason: str
    mentions: tuple[Mention, ...]
    reference_trust: float = 1.0  # what the engine multiplied the dates read against an inferred reference by
    reference_kind: str | None = None  # the evidence an inferred reference rests on (PAGE_DATELINE...)


def tag(text: str, reference: dt.date | None = None, *, infer: bool = True, language: str | None = None,
        order: StatedOrder | None = None) -> Tagged:
    """The time expressions of a text, resolved against `reference` (or one inferred from the text);
    `language`: the text's, when not English (its dates in its words are read too); `order`: the
    order of day and month its writer keeps, when its own dates leave it open (date_order.stated_order)."""
    tagging = _engine.tag(text, reference, infer=infer, language=language, order=order)
    mentions = tuple(
        Mention(
            start=t.start, end=t.end, text=t.text, type=t.type, value=str(t.value),
            mod=getattr(t, "mod", None), confidence=float(getattr(t, "confidence", 0.5)),
            reason=str(getattr(t, "reason", "") or ""), anchored=bool(getattr(t, "anchored", False)),
            read_against=t.read_against, impossible_value=t.impossible_value, counts=t.counts,
        )
        for t in tagging.timexes
    )
    return Tagged(tagging.reference, tagging.reference_source, tagging.reference_reason or "", mentions,
                  float(getattr(tagging, "reference_trust", 1.0)), getattr(tagging, "reference_kind", None))


def words_whole(text: str) -> str:
    """The text with its date words a line's end broke with a hyphen written whole, as the engine
    reads them ("14 November\n  2008" for "14 Novem-\nber 2008"), its length kept."""
    return _engine.mended_text(text)


def date_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of the dates written out in the words of `language` (None: English, none) in
    `text`, where no sentence ends ("am 27. Januar": not "am 27." and "Januar ...")."""
    if language is None:
        return []
    from timeline.dates.languages import spans_in

    return spans_in(text, language)


def above_the_prose(text: str, at: int) -> bool:
    """Whether `at` comes before any sentence of the text's prose has ended: where a page prints its
    own date line (a date line further down is another story's, a related link's)."""
    return _engine.above_the_prose(text, at)


def after_the_last_sentence(text: str, at: int) -> bool:
    """Whether the line at `at` follows a sentence of prose at once: a footer's date line, the
    page's own (one after a headline is a related link's)."""
    return _engine.after_the_last_sentence(text, at)


def infer_reference(text: str) -> tuple[dt.date | None, str]:
    """The date an article was most likely written on, from its own words, and why."""
    return _engine.infer_reference(text)


def yearless_dateline(text: str, language: str | None = None) -> tuple[int, int, str] | None:
    """(month, day, words) of the text's wire date line that names no year ("RIVERSIDE, March 7
    (Reuters) -"; in a text in `language`, "MADRID, 3 de marzo (EFE) -" too), or None."""
    return _engine.yearless_dateline(text, language)


def yearless_dateline_at(text: str, language: str | None = None) -> int | None:
    """Where the words of that date line start in the text, or None."""
    return _engine.yearless_dateline_at(text, language)


# The kind of inferred article date whose year only the years a text names in passing gave (a
# date line "March 7" read in 1962 as "built in 1962" is the only year): its story's year is surer.
YEAR_IN_PASSING = "dateline_weekdays"


def clues(text: str, language: str | None = None) -> _engine.PastClues:
    """What a text that gives no date of its own still says of it: the latest full date it reports
    as past (`latest`, `latest_words`) and how many of its past weekdays fit a day
    (`weekdays_fitting(day)`)."""
    return _engine.clues_of(text, language)


def recognised(text: str) -> tuple | None:
    """What finding the expressions of `text` found in this process, to hand to another (`remember`)."""
    return _engine.recognised(text)


def remember(text: str, found: tuple) -> None:
    """Take in what another process found in `text`: tagging it again here need not find it again."""
    _engine.take_recognised(text, found)


def warm_up() -> None:
    """Load the engine's rules now (they are cached), e.g. before forking worker processes."""
    _engine.tag("On Monday, 7 January 2019.", None, infer=True)


def states_another_weekday(expression: str) -> bool:
    """A full date with a weekday it is not ("Wednesday 12 May 2009 16.36 BST", a Tuesday)."""
    return _engine.states_another_weekday(expression)


@dataclass(frozen=True)
class LineDay:
    """The day a date line names, read among its text's other dates."""

    day: dt.date
    confidence: float  # the engine's: half for "03/04/2021" when the text's other dates do not tell the order
    reason: str  # the engine's, without its rule
    by_context: bool  # the text's other dates changed the reading the line gives alone (settled its order)

    @property
    def unsure(self) -> bool:
        """Whether the engine doubts the reading itself, below what a date whose order the text
        settles gets: "03/04/2021" with no other date to tell day from month."""
        return self.confidence < SETTLED_CONFIDENCE


def full_day_in(text: str, start: int, end: int, order: StatedOrder | None = None) -> LineDay | None:
    """The day the full date within text[start:end] names, read among the text's other dates, which
    settle whether "03/04/2021" is 3 April or 4 March (read alone, it is month first at half
    confidence), else in the `order` known of its writer (date_order.stated_order); None when there
    is none."""
    alone = _engine.resolve(text[start:end])
    day = day_of(getattr(alone, "value", None) or "")
    if day is not None and (getattr(alone, "confidence", None) or 0) >= SETTLED_CONFIDENCE:
        # A date no other date can read otherwise ("12 May 2009", "14/03/2024"): as it reads alone.
        # Tagging the whole text again for each date line cost 1.4 s of the bench corpus's 9.
        return LineDay(day, alone.confidence, _engine.reason_head(alone.reason), False)
    for mention in tag(text, None, infer=False, order=order).mentions:
        if start <= mention.start and mention.end <= end and (day := day_of(mention.value)) is not None:
            alone = _engine.resolve(mention.text)
            by_context = (getattr(alone, "value", None), getattr(alone, "confidence", None)) != (mention.value, mention.confidence)
            line = LineDay(day, mention.confidence, _engine.reason_head(mention.reason), by_context)
            open_order = (getattr(alone, "confidence", None) or 0) < SETTLED_CONFIDENCE
            return (_weekdays_settle(text, line) if open_order else None) or line
    return None


def _weekdays_settle(text: str, line: LineDay) -> LineDay | None:
    """The line's day read in the other order, when the text's days named with their weekday
    ("Wednesday, March 11") fit only that reading: a weekday beside its date is the writer's own
    word for the day, surer than the habit the text's other dates show. None when they do not decide."""
    try:
        other = line.day.replace(month=line.day.day, day=line.day.month)
    except ValueError:
        return None
    if other == line.day:
        return None
    agree, disagree, wrong = _engine.weekdays_read_from(text, line.day)
    other_agree, other_disagree, other_wrong = _engine.weekdays_read_from(text, other)
    if disagree and other_agree and not other_disagree:
        return LineDay(other, SETTLED_CONFIDENCE, reasons.article_date(
            "weekdays_settle", day=other.isoformat(), other=line.day.isoformat(), words=repr(wrong)), True)
    if other_disagree and agree and not disagree and line.confidence < SETTLED_CONFIDENCE:
        return LineDay(line.day, SETTLED_CONFIDENCE, reasons.article_date(
            "weekdays_settle", day=line.day.isoformat(), other=other.isoformat(), words=repr(other_wrong)), True)
    return None


def day_of(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 and value[4] == "-" and value[7] == "-" else None
    except ValueError:
        return None
