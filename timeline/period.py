"""A date at its precision: what a TIMEX3 value covers, how it sorts and how it reads.

"June 2018" is the whole month, never June 1st: a Period keeps the first and the last day it
covers, so that sorting puts it at the start of its month and the site can say "June 2018".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache


from timeline.dates import data_cache, value_interval, value_precision
from timeline.dates.values import year_value  # noqa: F401  (the site's, too)
from timeline.early_day import EarlyDay, day_of, era_year, iso_year

# Finer precisions sort after coarser ones that start on the same day: "2018" before "2018-01-01".
PRECISION_RANK = {
    "century": 0, "decade": 1, "year": 2, "half": 3, "quarter": 4, "season": 5,
    "month": 6, "week": 7, "day": 8, "time": 9,
}

_CLOCK = re.compile(r"T(?P<hour>\d\d):(?P<minute>\d\d)")
_ZONE = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)$")
# What may follow a day's "T" in a TIMEX3 value: a clock time with an optional zone, or a part of the
# day ("TMO"). The engine writes only these; an event file may say "2019-01-07Tlate", which is none.
_TIME_OF_DAY = re.compile(r"(?:\d\d(?::\d\d(?::\d\d(?:\.\d+)?)?)?|[A-Z]{2})(?:Z|[+-]\d\d(?::?\d\d)?)?")


@dataclass(frozen=True)
class Period:
    """The stretch of days a TIMEX3 value covers."""

    value: str
    first: dt.date | EarlyDay  # an EarlyDay before the year 1 ("BC0044"), which datetime cannot hold
    last: dt.date | EarlyDay
    precision: str
    approximate: bool = False
    part: str | None = None  # "early", "mid" or "late" in it: "late 19th century" is the century, so labelled

    @property
    def sort_key(self) -> tuple:
        return (self.first, PRECISION_RANK[self.precision], self.last, _PART_ORDER[self.part], self.value)

    @property
    def label(self) -> str:
        return _label(self)

    @property
    def label_in_month(self) -> str:
        """The label where the month is said already ("Tue 21", "Week of 20–26 Apr"); in full when coarser."""
        return _label(self, "formats_in_month")

    @property
    def label_in_event_file(self) -> str:
        """As an event file's `date:` writes it, for a date before Christ ("15 March 44 BC"): without
        its part or "c.", which are keys of their own (`part:`, `approximate:`)."""
        return _label(replace(self, approximate=False, part=None), "formats_in_event_files")

    @property
    def in_html_time(self) -> bool:
        """HTML's <time datetime> can say it: HTML has no year before 1, and no decade or century.
        Their first year is a valid datetime but a wrong claim: "the 20th century" read as 1900."""
        return not isinstance(self.first, EarlyDay) and self.precision not in ("decade", "century")

    @property
    def datetime_attr(self) -> str:
        """The value for HTML's <time datetime>, which has no seasons or quarters; else for a data
        attribute (see in_html_time): before the year 1, ISO 8601's signed astronomical year
        ("-0043-03-15"); a decade or century, ISO 8601's own shortened year ("199", "19"), as TIMEX3."""
        if isinstance(self.first, EarlyDay):
            return _before_christ_iso(self)
        if self.precision in ("decade", "century"):
            return self.value
        if self.precision in ("month", "year"):
            return self.value
        if self.precision == "week":  # HTML has weeks ("2009-W17"), not their weekends ("2009-W17-WE")
            return self.value[:8]
        if self.precision in ("day", "time"):
            clock = _CLOCK.search(self.value)  # a part of the day ("TMO") has no clock time in HTML
            if clock is None:
                return self.first.isoformat()
            if clock["hour"] != "24":
                return self.value
            # HTML's hours end at 23: midnight at a day's end ("T24:00") is the next day's 00:00.
            zone = _ZONE.search(self.value)
            return clock_time(self).strftime("%Y-%m-%dT%H:%M") + (zone.group(0) if zone else "")
        # A season, quarter or half is within a year (winter starts in one): claim no more than the year.
        return f"{self.first.year:04d}"


def clock_time(period: Period) -> dt.datetime | None:
    """The moment a clock time names ("2026-03-04T09:00-05:00"), aware when it gives its zone; None
    for a part of the day ("TNI") or a coarser date. "T24:00", ISO 8601's end of a day (how the
    engine writes "midnight"), is the next day's 00:00, which datetime can hold."""
    clock = _CLOCK.search(period.value) if period.precision == "time" else None
    if clock is None:
        return None
    hour, minute = int(clock["hour"]), int(clock["minute"])
    moment = dt.datetime.combine(period.first, dt.time(hour % 24, minute)) + dt.timedelta(days=hour // 24)
    zone = _ZONE.search(period.value)
    if zone is None:
        return moment
    if zone.group(0) == "Z":
        return moment.replace(tzinfo=dt.timezone.utc)
    sign = -1 if zone.group(0)[0] == "-" else 1
    digits = zone.group(0)[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return moment.replace(tzinfo=dt.timezone(sign * offset))


# A value naming a part of the year but no year ("XXXX-12-25", "XXXX-FA"): the engine's for a date
# told without one, most often a habit ("Children love Christmas": every year's). Never a Period:
# placing it would make up its year.
_NO_YEAR = re.compile(r"XXXX-(?:\d\d|SP|SU|FA|WI|Q\d|H\d)(?:[-T].*)?")


def names_no_year(value: str | None) -> bool:
    """Whether a TIMEX3 value is a date without its year."""
    return bool(value) and _NO_YEAR.fullmatch(value) is not None


def parse_value(value: str, approximate: bool = False, part: str | None = None) -> Period | None:
    """The Period of a resolved TIMEX3 date value, or None when it is not a calendar period.

    The date engine owns what a TIMEX3 value covers; this only gives it a place on the site."""
    if value.startswith("BC"):
        return _before_christ(value, approximate, part)
    interval = value_interval(value)
    if interval is None:
        return None
    if "T" in value and not _TIME_OF_DAY.fullmatch(value.split("T", 1)[1]):
        return None
    return Period(value, interval[0], interval[1], value_precision(value), approximate, part)


# A century, decade, year, month or day before Christ as TIMEX3 writes it ("BC04", the 5th century BC;
# "BC004", the 40s BC; "BC0044", "BC0044-03", "BC0044-03-15"). Not a week or a season before Christ.
_BEFORE_CHRIST = re.compile(
    r"BC(?:(?P<century>\d\d)|(?P<decade>\d{3})|(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d))?)?)")


def _before_christ(value: str, approximate: bool, part: str | None) -> Period | None:
    written = _BEFORE_CHRIST.fullmatch(value)
    if written is not None and written["century"]:
        # As "18" is 1800-1899, "BC04" is 499-400 BC; "BC00" 99-1 BC, there being no year 0 BC.
        hundreds = int(written["century"]) * 100
        first, last = 1 - (hundreds + 99), 1 - max(hundreds, 1)
        return Period(value, day_of(first, 1, 1), day_of(last, 12, 31), "century", approximate, part)
    if written is not None and written["decade"]:
        # As "199" is 1990-1999, "BC004" is 49-40 BC; "BC000" 9-1 BC.
        tens = int(written["decade"]) * 10
        first, last = 1 - (tens + 9), 1 - max(tens, 1)
        return Period(value, day_of(first, 1, 1), day_of(last, 12, 31), "decade", approximate, part)
    if written is None or int(written["year"]) == 0:  # there is no year 0 BC: 1 BC is followed by AD 1
        return None
    year = 1 - int(written["year"])  # astronomical: 1 BC is the year 0, 44 BC the year -43
    try:
        if written["day"]:
            day = day_of(year, int(written["month"]), int(written["day"]))
            return Period(value, day, day, "day", approximate, None)
        if written["month"]:
            month = int(written["month"])
            last = day_of(year, month, calendar.monthrange(year, month)[1])  # calendar takes any year
            return Period(value, day_of(year, month, 1), last, "month", approximate, part)
        return Period(value, day_of(year, 1, 1), day_of(year, 12, 31), "year", approximate, part)
    except ValueError:  # "BC0044-02-30"
        return None


# A date before Christ as TIMEX3 writes it, inside a reason or a message: "counts from BC0031-09-02".
_BEFORE_CHRIST_IN_TEXT = re.compile(r"(?<![\w-])BC\d{2,4}(?:-\d\d){0,2}(?![\w-])")


def before_christ_words(text: str) -> str:
    """The text with each date before Christ it gives as a TIMEX3 value written as people write it
    ("'The following August' counts from BC0031-09-02" -> "... from 2 September 31 BC"), as event
    files write it; a value no calendar has stays as it is."""
    def words(found: re.Match) -> str:
        period = parse_value(found.group(0))
        return found.group(0) if period is None else period.label_in_event_file
    return _BEFORE_CHRIST_IN_TEXT.sub(words, text)


def day_in_words(day: EarlyDay, whole_year: bool = False) -> str:
    """A day before Christ as event files write it ("15 March 44 BC"), not ISO's signed "-0043-03-15";
    with `whole_year`, the last day of a year as the year ("over by 40 BC": a decade's last day)."""
    if whole_year and (day.month, day.day) == (12, 31):
        return year_text(day.year)
    return parse_value(f"{year_value(day.year)}-{day.month:02d}-{day.day:02d}").label_in_event_file


def _before_christ_iso(period: Period) -> str:
    first = period.first
    if period.precision in ("year", "decade", "century"):  # a century its first year: in a data attribute only
        return iso_year(first.year)
    if period.precision == "month":
        return f"{iso_year(first.year)}-{first.month:02d}"
    return first.isoformat()


# A year of fewer digits reads as a day or a count ("August 14", "79"): its era says it is a year.
ERA_NAMED_BELOW = 1000


def year_text(year: int) -> str:
    """How an (astronomical) year reads: "2009", "AD 79", "44 BC" for the year -43."""
    if year >= ERA_NAMED_BELOW:
        return str(year)
    return labels()["anno_domini" if year >= 1 else "before_christ"].format(year=era_year(year) if year < 1 else year)


# The part of a period TIMEX3's mod names ("the late 19th century": 18, mod END), as event files write
# it (`part:`). Only of a month or longer: "early Week of 7–13 Jan 2019" says nothing a reader can use.
PARTS = {"START": "early", "MID": "mid", "END": "late"}
_PART_ORDER = {"early": 0, None: 1, "mid": 1, "late": 2}


def part_of(mod: str | None, precision: str) -> str | None:
    """The event file's `part` for a TIMEX3 mod at this precision, or None."""
    return PARTS.get(mod or "") if PRECISION_RANK[precision] <= PRECISION_RANK["month"] else None


def range_label(start: Period, end: Period | None, zone: str | None = None) -> str:
    """How a span of time reads: "7–10 Jan 2019" when both ends are days of one month. `zone` names
    the zone of the start's clock time as the article wrote it ("BST"; see timeline.event_dates)."""
    if end is None or end.value == start.value:
        return _label(start, zone=zone)
    ranges = labels()["ranges"]
    # A span from before Christ into our era names the era of its end: "27 BC–AD 14", not "27 BC–14".
    last = _label(end, era=isinstance(start.first, EarlyDay) and not isinstance(end.first, EarlyDay))
    if start.precision == end.precision == "day":
        a, b = start.first, end.first
        names = labels()["months_short"]
        if (a.year, a.month) == (b.year, b.month):
            return ranges["same_month"].format(first_day=a.day, last_day=b.day, month_short=names[a.month - 1], year=year_text(a.year))
        if a.year == b.year:
            return ranges["same_year"].format(
                first_day=a.day, first_month_short=names[a.month - 1],
                last_day=b.day, last_month_short=names[b.month - 1], year=year_text(a.year),
            )
    if start.precision == end.precision == "year":
        if isinstance(end.first, EarlyDay) and not start.part:
            # Both before Christ: the era once, after the range ("753–509 BC"), as historians write it.
            first = str(era_year(start.first.year))
            first = labels()["approximate"].format(label=first) if start.approximate else first
            return labels()["before_christ"].format(year=ranges["years"].format(first=first, last=era_year(end.first.year)))
        return ranges["years"].format(first=start.label, last=last)
    if start.precision == end.precision == "month" and start.first.year == end.first.year and not start.approximate:
        names = labels()["months"]
        return ranges["same_year_months"].format(
            first_month=names[start.first.month - 1], last_month=names[end.first.month - 1], year=year_text(start.first.year))
    return ranges["other"].format(first=_label(start, zone=zone), last=last)


def month_names() -> list[str]:
    """The months' full names, as the site writes them."""
    return list(labels()["months"])


@lru_cache(maxsize=1)
def labels() -> dict:
    """timeline/data/labels.yaml: how the site writes dates (formats, parts, circa, eras, ranges)."""
    return data_cache.shipped("data/labels.yaml")


@lru_cache(maxsize=1 << 14)  # a Period is immutable; a site writes the same dates on many pages
def _label(period: Period, formats: str = "formats", zone: str | None = None, era: bool = False) -> str:
    names = labels()
    d = period.first
    fields = {
        # `era`: the end of a span that began before Christ, whose year says so ("AD 14")
        "year": names["anno_domini"].format(year=d.year) if era else year_text(d.year),
        "day": d.day, "month": names["months"][d.month - 1],
        "month_short": names["months_short"][d.month - 1], "weekday": names["weekdays_short"][d.weekday()],
    }
    value = period.value
    precision = period.precision
    clock = _CLOCK.search(value)
    if precision == "time" and clock:
        fields.update(hour=int(clock["hour"]), minute=int(clock["minute"]))
        offset = _ZONE.search(value)
        if offset and zone:
            precision = "time_named_zone"
            fields["zone"] = zone
        elif offset:  # "14:00" alone would be read in the reader's own zone, hours off
            precision = "time_zone"
            fields["offset"] = "" if offset.group(0) == "Z" else offset.group(0)
    elif precision == "time":  # a part of the day ("TEV"): said, or two sources that disagree on
        precision = "time_of_day"  # Tuesday's evening and its night both read "Tue 28 Apr 2009"
        fields["time_of_day"] = names["times_of_day"][value.split("T", 1)[1][:2]]
    elif period.precision == "week":
        fields.update(days=_days_of_a_week(period, "days_of_a_week"),
                      days_in_month=_days_of_a_week(period, "days_of_a_week_in_month"))
        if value.endswith("-WE"):  # its two days, not the week's seven
            precision = "weekend"
    elif period.precision == "season":
        fields["season"] = names["seasons_after_part" if period.part else "seasons"][value[5:]]
    elif period.precision == "quarter":
        fields["quarter"] = int(value[6])
    elif period.precision == "half":
        fields["half"] = int(value[6])
    elif period.precision == "decade":
        fields["decade"] = d.year
        if isinstance(d, EarlyDay):  # "BC004": the 40s BC, named by the tens it counts down to
            fields["decade"] = int(value.removeprefix("BC")) * 10
            precision = "decade_before_christ"
    elif period.precision == "century":
        n = int(value.removeprefix("BC")) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        fields["century_ordinal"] = f"{n}{suffix}"
        if isinstance(d, EarlyDay):
            precision = "century_before_christ"
    shapes = names[formats]
    if PRECISION_RANK[period.precision] >= PRECISION_RANK["day"] and d < names["gregorian_from"]:
        shapes = {**shapes, **names[f"{formats}_before_gregorian"]}
    text = (shapes[precision] if precision in shapes else names["formats"][precision]).format(**fields)
    if fields.get("hour") == 24:
        text = names["midnight"].format(label=text)
    if period.part:
        text = names["parts"][period.part].format(label=text)
    return names["approximate"].format(label=text) if period.approximate else text


def _days_of_a_week(period: Period, shapes: str) -> str:
    """The first and last days of a week or its weekend as labels.yaml's `shapes` write them ("20–26 Apr
    2009", "27 Apr – 3 May 2009"): the month and year once where both days share them."""
    first, last = period.first, period.last
    names = labels()["months_short"]
    shape = ("same_month" if (first.year, first.month) == (last.year, last.month)
             else "same_year" if first.year == last.year else "other")
    return labels()[shapes][shape].format(
        first_day=first.day, last_day=last.day, month_short=names[first.month - 1], year=year_text(first.year),
        first_month_short=names[first.month - 1], last_month_short=names[last.month - 1],
        first_year=year_text(first.year), last_year=year_text(last.year))
