"""dateparser for what it does well: one known date string to a date and its
period.  Never its text search."""
from __future__ import annotations

import datetime as dt

from .model import Timex
from .reasons import say
from .values import well_formed

_PERIOD = {"day": 10, "month": 7, "year": 4}


# Two references far apart: a string read the same against both names its own date.
_PROBES = (dt.datetime(2001, 3, 7), dt.datetime(2013, 10, 22))


def _date_data(text: str, base: dt.datetime):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base}
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    return None if data is None or data.date_obj is None else data


def _value(data) -> tuple[str, str]:
    """(TIMEX3 value, period) of dateparser's reading, cut to its period: a month read against
    two references has two days, one month."""
    period = data.period or "day"
    when = data.date_obj
    if period == "time":
        return when.isoformat()[:16], period
    if period == "week":
        y, w, _ = when.isocalendar()
        return f"{y:04d}-W{w:02d}", period
    return when.date().isoformat()[:_PERIOD.get(period, 10)], period


def parse_one(text: str, anchor: dt.date | None) -> Timex | None:
    try:
        import dateparser.date  # noqa: F401
    except ImportError:  # dateparser is optional for the engine itself
        return None
    if anchor is not None:
        data = _date_data(text, dt.datetime.combine(anchor, dt.time()))
        if data is None:
            return None
        value, period = _value(data)
    else:
        # With no reference, dateparser would read "next tuesday" against today's clock, and the
        # same input must give the same output: only a string that names its own date is taken.
        readings = {_value(data) if data else None for data in (_date_data(text, base) for base in _PROBES)}
        if len(readings) != 1 or None in readings:
            return None
        ((value, period),) = readings
    if not well_formed(value):
        return None
    kind = "TIME" if period == "time" else "DATE"
    return Timex(0, len(text), text, kind, value, None, 0.6,
                 say("read_by_dateparser", surface=text, period=period), anchor is not None, "dateparser")
