"""A live blog's entries, each headed by a clock time alone on its line ("10.30 BST", "2.32pm").

The page names its day once, if at all. An entry's day is the day of the entry above it, or the
day before it when the clock runs up again across midnight on a page that runs backwards (newest
first, "00.20 BST" above "23.45 BST"), the day after on a page that runs forwards. The top entry
is on the day of a full date stated above it (a stamp, "Thu 16 Oct 2025 00.20 BST"); else the
page's date is the day it began, its first entry's: on a page that runs backwards, the bottom
one's (a live blog's metadata gives when it was first published). What an entry
says ("Yesterday at 9pm", "tomorrow") counts from that day, not from the page's: read against the
page's date, a recap posted late on Wednesday and saved on Thursday put Tuesday's order on
Wednesday, and "06.40 BST" after "on Monday" went to the Monday ahead.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# A clock time alone, which the rules leave on the day of the date mentioned last (time.yaml's
# clock rules); a form this module knows no rule emits otherwise.
_CLOCK_ONLY = re.compile(r"^UNDEF-LAST\+0-dayT(\d\d):(\d\d)$")
# One clock on a line of its own may be a timetable's or a caption's; a live blog has many.
MIN_ENTRIES = 2
_DAY = 24 * 60


@dataclass(frozen=True)
class Entries:
    """The headings of a page's entries: where each starts and its minute of the day."""

    minutes: dict[int, int]  # mention start -> minutes after midnight, in the page's order
    backwards: bool  # newest first, as live blogs mostly run

    @property
    def midnights(self) -> int:
        """How many midnights the entries cross, top to bottom."""
        times = list(self.minutes.values())
        if self.backwards:
            return sum(b > a for a, b in zip(times, times[1:]))
        return sum(b < a for a, b in zip(times, times[1:]))

    def day_of(self, start: int, previous: tuple[dt.date, int] | None) -> dt.date | None:
        """The day of the heading at `start`, from the (day, minutes) of the heading above it."""
        if previous is None:
            return None
        day, before = previous
        minutes = self.minutes[start]
        if self.backwards and minutes > before:
            return day - dt.timedelta(days=1)
        if not self.backwards and minutes < before:
            return day + dt.timedelta(days=1)
        return day


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Only blanks between the mention and its line's ends. Read outwards from the mention, not from
    the line's ends: in a text of one long line ("2 p.m. 2 p.m. ..."), finding them for every clock
    time made tagging quadratic (1 MB took 22 times as long as 100 KB)."""
    before = start
    while before > 0 and text[before - 1] in _BLANKS:
        before -= 1
    after = end
    while after < len(text) and text[after] in _BLANKS:
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


_BLANKS = frozenset(" \t\r\f\v\u00a0")


def entry_headings(text: str, mentions) -> Entries | None:
    """The entries of a live blog in `text` (mentions: the recogniser's, in order), or None."""
    minutes = {}
    for m in mentions:
        clock = _CLOCK_ONLY.match(m.value)
        if clock and _alone_on_its_line(text, m.start, m.end):
            minutes[m.start] = int(clock.group(1)) * 60 + int(clock.group(2))
    if len(minutes) < MIN_ENTRIES:
        return None
    times = list(minutes.values())
    # the way round the clock that keeps the entries closer together: counting the steps down and
    # up, "10.30, 00.20, 21.10" was a tie (and a page running forwards over midnight too)
    back = sum((a - b) % _DAY for a, b in zip(times, times[1:]))
    ahead = sum((b - a) % _DAY for a, b in zip(times, times[1:]))
    return Entries(minutes, backwards=back < ahead)
