"""What a timeline is made of: events, each resting on sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.period import Period

STATUSES = ("draft", "reviewed", "rejected")


@dataclass(frozen=True)
class Source:
    """An article an event rests on, and the exact words it says."""

    file: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None
    clause: tuple[int, int] | None = None  # its own clause in the span, when the sentence tells two happenings
    published: str | None = None
    published_source: str | None = None
    published_reason: str | None = None
    published_confidence: float | None = None  # how far an inferred published date can be trusted
    date_text: str | None = None
    dated_by: tuple[int, int] | None = None  # where date_text is, when not in the quote: a live-blog entry's heading
    accessed: str | None = None  # when a person read the page at its url (a citation's access-date)


@dataclass(frozen=True)
class Event:
    """One dated happening, as the site shows it."""

    id: str
    date: Period
    title: str
    end: Period | None = None
    summary: str = ""
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    status: str = "draft"
    confidence: float | None = None
    reason: str | None = None
    note: str | None = None
    review: str | None = None  # why timeline extract asks a person to check it (its sources disagree)
    written: str = ""  # the date as the file gives it, for messages and review
    date_by_hand: bool = False  # a person changed the date timeline extract gave (its reason is of that one)
    path: str = ""
    line: int = 0
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def sort_key(self) -> tuple:
        # Events of the same date keep the order of the files (by path, then line), which a person
        # can change by moving an event; by title, an editor could not put a day's events in order.
        end_key = self.end.sort_key if self.end else ()
        return (self.date.sort_key, end_key, self.path, self.line, self.title, self.id)
