"""dateparser for what it does well: one known date string to a date and its
period.  Never its text search."""
from __future__ import annotations

import datetime as dt

from .model import Timex
from .values import well_formed

_PERIOD = {"day": 10, "month": 7, "year": 4}


def parse_one(text: str, anchor: dt.date | None) -> Timex | None:
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # dateparser is optional for the engine itself
        return None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(anchor, dt.time())
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period or "day"
    when = data.date_obj
    if period == "time":
        value = when.isoformat()[:16]
    elif period == "week":
        y, w, _ = when.isocalendar()
        value = f"{y:04d}-W{w:02d}"
    else:
        value = when.date().isoformat()[:_PERIOD.get(period, 10)]
    if not well_formed(value):
        return None
    kind = "TIME" if period == "time" else "DATE"
    return Timex(0, len(text), text, kind, value, None, 0.6,
                 f"'{text}' read by dateparser (period: {period})", anchor is not None, "dateparser")
