"""Turn a date as a person writes it in an event file into a Period.

Interim: dateparser reads one known date string well and reports its period ("month" for "June
2018"), which keeps the precision. The date engine (timeline.dates) takes over once it lands.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from timeline.errors import TimelineError
from timeline.period import Period, parse_value


class DateError(TimelineError):
    """A date that cannot be read, or that needs an anchor it was not given."""


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
    as_value = parse_value(text, approximate)
    if as_value is not None:
        return as_value
    if isinstance(written, int):
        raise DateError(f"cannot read the date {written!r}")
    absolute = _absolute_english(text)
    if absolute is not None:
        return _period(absolute, approximate)
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


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_WEEKDAY_NUMBERS = {
    name: number
    for number, names in enumerate(
        [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu"),
         ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]
    )
    for name in names
}
_ABSOLUTE = re.compile(
    r"""^(?:(?P<weekday>[a-z]+)\.?,?\s+)?(?:
        (?P<month1>[a-z]+)\.?\s+(?P<day1>\d{1,2}),?\s+(?P<year1>\d{4})      # Jan. 7, 2019
      | (?P<day2>\d{1,2})\s+(?P<month2>[a-z]+)\.?,?\s+(?P<year2>\d{4})      # 7 January 2019
      | (?P<month3>[a-z]+)\.?,?\s+(?P<year3>\d{4})                          # June 2018
    )$""",
    re.VERBOSE | re.IGNORECASE,
)


def _absolute_english(text: str) -> str | None:
    """The value of a full English date ('Jan. 7, 2019', 'Monday 7 January 2019', 'June 2018').

    These never depend on a reference date, so they need no dateparser: at 10,000 events its two
    probes per date were over half of the plugin's time. Anything else, including an impossible
    day or a weekday that does not fit the date, goes to dateparser as before.
    """
    match = _ABSOLUTE.match(text)
    if match is None:
        return None
    parts = match.groupdict()
    month = _MONTH_NUMBERS.get((parts["month1"] or parts["month2"] or parts["month3"]).lower())
    if month is None:
        return None
    year = int(parts["year1"] or parts["year2"] or parts["year3"])
    day_text = parts["day1"] or parts["day2"]
    if day_text is None:
        return None if parts["weekday"] else f"{year:04d}-{month:02d}"
    try:
        day = dt.date(year, month, int(day_text))
    except ValueError:
        return None
    if parts["weekday"] is not None and _WEEKDAY_NUMBERS.get(parts["weekday"].lower()) != day.weekday():
        return None
    return day.isoformat()


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
