"""What the engine returns."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Timex:
    """One temporal expression: where it is, what kind, and its TIMEX3 value."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value, e.g. "2019-01-07", "PT4H", "XXXX-WXX-2", "PAST_REF"
    mod: str | None = None  # TIMEX3 mod, e.g. "APPROX", "MORE_THAN", "START"
    confidence: float = 0.5  # how sure the value is, 0..1
    reason: str = ""  # how the value was obtained
    anchored: bool = False  # the value depends on the reference or an earlier date
    rule: str = ""  # the rule that recognised the expression
    # What the value was read against, for tools that explain it: "text" (the words state it),
    # "reference" (the document's date), "entry" (the day of the live-blog entry it is in, counted
    # from the document's date: timeline.dates.entries), "last_date" (the date mentioned before it),
    # "own_period" (the quarter the text reports on: "Revenue for the quarter" in an earnings release) or "none"
    # (nothing it could be read against: no reference, no date before "two days later"; the value
    # keeps its X's) or "before_christ" (it counts from a date before Christ, which no date is
    # counted from: "The following year" after "7 December 43 BC"; the value keeps its X's).
    read_against: str = "text"
    # "Feb. 30, 2019": the value as written ("2019-02-30") when the calendar has no such day and
    # only its month (or year) is kept as `value`.
    impossible_value: str | None = None
    # For the values the tense chooses ("Thursday", "in March"): "past" or "future" when the words
    # around it say which, "none" when they don't (the nearest is taken); None for the others.
    tense: str | None = None
    # The unit the value counts from what it was read against: "day" for "yesterday" and "two days
    # ago", "week" for "last week"; None for a period named in itself ("Tuesday", "in March"). A
    # reference a day off moves every counted day, but seldom a named one.
    counts: str | None = None
    # A SET's TIMEX3 freq, how often in each period of its value ("twice a week": value P1W, freq
    # 2X), and quant, the quantifier that makes it recur ("every week": EVERY, "each year": EACH).
    freq: str | None = None
    quant: str | None = None

    def as_dict(self) -> dict:
        out = {"start": self.start, "end": self.end, "text": self.text,
               "type": self.type, "value": self.value}
        if self.mod:  # TIMEX3 leaves them out when there is none
            out["mod"] = self.mod
        if self.freq:
            out["freq"] = self.freq
        if self.quant:
            out["quant"] = self.quant
        return out


_TIMEX_FIELDS = tuple(f.name for f in fields(Timex))


def timex_of(*values) -> Timex:
    """The Timex of a value for each field, in their order: what Timex(...)
    makes, without the frozen __init__'s object.__setattr__ per field, which
    takes twice as long (the resolver makes one per expression)."""
    if len(values) != len(_TIMEX_FIELDS):
        raise TypeError(f"timex_of takes {len(_TIMEX_FIELDS)} values, not {len(values)}")
    t = object.__new__(Timex)
    t.__dict__.update(zip(_TIMEX_FIELDS, values))
    return t


@dataclass(frozen=True)
class Tagging:
    """The expressions of one text and the reference date they were read against."""

    reference: dt.date | None
    reference_source: str  # "given", "inferred" or "none"
    reference_reason: str
    timexes: list[Timex] = field(default_factory=list)
    # What an inferred reference's dates are multiplied by (calibration.inference_trust); 1 otherwise.
    reference_trust: float = 1.0
    # The kind of evidence an inferred reference rests on (infer.KINDS: "page_dateline", "stamp"...).
    reference_kind: str | None = None
