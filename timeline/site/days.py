"""The days of a month page: its events grouped by the day they are known to, for headings and an index.

A month of the Guardian's flu story holds 135 events on one page; a reader looks for a day. Only an
event known to its day (or its time) goes under a day's heading: one known to a week goes under its
week's, and one known only to the month stays before them all, so that no event is put on a day its
sources do not name.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.model import Event
from timeline.period import PRECISION_RANK, Period, parse_value


# A month section of the timeline page or of a year page with more events than this gets the
# headings and the row of days a month's own page has: a screenful of events under one heading
# is still read through; the Guardian's April, 135 under "April 2009", is not.
DAY_HEADINGS_OVER = 20


@dataclass(frozen=True)
class DayGroup:
    period: Period  # the day (or the week) the events are known to
    events: list[Event]

    @property
    def anchor(self) -> str:
        return day_anchor(self.period.value)

    @property
    def label(self) -> str:
        """As the site writes the date ("Tue 21 Apr 2009", "Week of 20–26 Apr 2009")."""
        return self.period.label

    @property
    def short_label(self) -> str:
        """Within its month ("Tue 21", "Week of 20–26 Apr"), for the index at the top of the page."""
        return self.period.label_in_month

    @property
    def is_day(self) -> bool:
        return PRECISION_RANK[self.period.precision] >= PRECISION_RANK["day"]


def day_anchor(value: str) -> str:
    """A day's or a week's anchor ("on-2009-04-21", "on-2009-w17"), beside the months' "in-2009-04"."""
    return f"on-{value.lower()}"


def group_by_day(events: list[Event]) -> tuple[list[Event], list[DayGroup]]:
    """The events known only to the month (or coarser), and the others by day or week, in date order."""
    day = PRECISION_RANK["day"]
    coarse = [e for e in events if PRECISION_RANK[e.date.precision] <= PRECISION_RANK["month"]]
    fine = [e for e in events if PRECISION_RANK[e.date.precision] > PRECISION_RANK["month"]]

    def key(event: Event) -> str:
        # A time of day belongs to its day; a week (or its weekend) is a group of its own.
        return event.date.first.isoformat() if PRECISION_RANK[event.date.precision] >= day else event.date.value

    runs: dict[str, list[Event]] = {}  # in date order, where a week sorts before the days it starts with
    for event in fine:
        runs.setdefault(key(event), []).append(event)
    return coarse, [DayGroup(_period(value), run) for value, run in runs.items()]


def _period(value: str) -> Period:
    period = parse_value(value)
    if period is None:  # the loader accepts only calendar dates: a bug if this happens
        raise ValueError(f"no calendar period for {value!r}")
    return period
