"""dateparser for what it does well: one known date string to a date and its
period.  Never its text search."""
from __future__ import annotations

import datetime as dt

from .model import Timex

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
    if period == "time":
        value = data.date_obj.strftime("%Y-%m-%dT%H:%M")
    elif period == "week":
        y, w, _ = data.date_obj.isocalendar()
        value = f"{y}-W{w:02d}"
    else:
        value = data.date_obj.date().isoformat()[:_PERIOD.get(period, 10)]
    kind = "TIME" if period == "time" else "DATE"
    return Timex(0, len(text), text, kind, value, None, 0.6,
                 f"'{text}' read by dateparser (period: {period})", anchor is not None, "dateparser")
