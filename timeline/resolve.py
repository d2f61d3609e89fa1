"""Turn a date as a person writes it in an event file into a Period.

Interim: dateparser reads one known date string well and reports its period ("month" for "June
2018"), which keeps the precision. The date engine (timeline.dates) takes over once it lands.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

from timeline.errors import TimelineError
from timeline.period import Period, parse_value


class DateError(TimelineError):
    """A date that cannot be read, or that needs an anchor it was not given."""


MAX_DATE_LENGTH = 200  # longer text is not a date, and dateparser's time grows with it

# Two far-apart references: a date string that reads differently against them is relative.
_PROBES = (dt.datetime(2001, 3, 14, 12, 0), dt.datetime(2013, 9, 25, 12, 0))


def resolve_date(written: object, anchor: dt.date | None = None, approximate: bool = False) -> Period:
    """The Period a written date means; DateError says why when it cannot be read."""
    if isinstance(written, dt.datetime):
        return _period(written.strftime("%Y-%m-%dT%H:%M"), approximate)
    if isinstance(written, dt.date):
        return _period(written.isoformat(), approximate)
    if isinstance(written, bool) or not isinstance(written, (str, int)):
        raise DateError(f"a date must be text such as 'Jan. 7, 2019', not {type(written).__name__}")
    text = str(written).strip()
    if not text:
        raise DateError("the date is empty")
    if len(text) > MAX_DATE_LENGTH:
        raise DateError(f"the date is {len(text):,} characters long; a date is a few words, such as 'Jan. 7, 2019'")
    as_value = parse_value(text, approximate)
    if as_value is not None:
        return as_value
    impossible = _impossible(text)
    if impossible:
        raise DateError(impossible)
    if isinstance(written, int):
        raise DateError(f"cannot read the date {written!r}")
    results = [_parse(text, probe) for probe in _PROBES]
    if results[0] is None:
        raise DateError(f"cannot read the date {text!r}; write it like 'Jan. 7, 2019', 'June 2018' or '2019-01-08'")
    if results[0] != results[1]:
        if anchor is None:
            raise DateError(f"{text!r} is relative: add an 'anchor' (the date it counts from), or write the full date")
        # The anchor is the day the writer stands on: "Thursday" said on a Thursday is that day, so
        # count back from the end of the anchor day.
        results[0] = _parse(text, dt.datetime.combine(anchor + dt.timedelta(days=1), dt.time(0, 0)))
        if results[0] is None:
            raise DateError(f"cannot read the date {text!r} against the anchor {anchor.isoformat()}")
    return _period(results[0], approximate)


_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
_ISO_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:[T ].*)?")
_DAY_MONTH_YEAR = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})", re.I)
_MONTH_DAY_YEAR = re.compile(r"(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I)


def _impossible(text: str) -> str | None:
    """Why a date written in full names a day that never was (30 February, month 13), if it does.

    dateparser would read "2019-13-01" as 13 January: such a date must be refused, not guessed.
    """
    for shape in (_ISO_DAY, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = shape.fullmatch(text)
        if not m:
            continue
        month = m["month"]
        number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
        if number is None:
            return None
        year, day = int(m["year"]), int(m["day"])
        if not 1 <= number <= 12:
            return f"{text!r} is not a real date: there is no month {number}"
        if year < 1:
            return f"{text!r} is not a real date: there is no year 0"
        last = calendar.monthrange(year, number)[1]
        if not 1 <= day <= last:
            name = calendar.month_name[number]
            return f"{text!r} is not a real date: {name} {year} has {last} days"
        return None
    return None


def _period(value: str, approximate: bool) -> Period:
    period = parse_value(value, approximate)
    if period is None:
        raise DateError(f"{value!r} is not a real date")
    return period


@lru_cache(maxsize=4096)
def _parse(text: str, reference: dt.datetime) -> str | None:
    """The TIMEX3 value dateparser reads in text against a reference, at the period it reports."""
    parser = _parser(reference)
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    when = data.date_obj
    if data.period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    if data.period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if data.period == "year":
        return f"{when.year:04d}"
    if data.period == "week":
        year, week, _ = when.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return when.date().isoformat()


@lru_cache(maxsize=8)
def _parser(reference: dt.datetime):
    from dateparser.date import DateDataParser  # slow to import: only when a date needs it

    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": reference, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True},
    )
