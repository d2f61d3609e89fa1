"""Turn a date as a person writes it in an event file into a Period.

The date engine reads the expression ("Jan. 7, 2019", "June 2018", "summer 2018", "Tuesday" with an
anchor); this module only decides what an event file may say and how a refusal reads.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from dataclasses import replace
from functools import lru_cache


from timeline import dates, site_labels
from timeline.dates import data_cache
from timeline.errors import TimelineError
from timeline.extract.zones import two_zones_named, zoned
from timeline.long_day import long_day
from timeline.period import PRECISION_RANK, Period, day_in_words, labels, month_names, names_no_year, parse_value, part_of


class DateError(TimelineError):
    """A date that cannot be read, or that needs an anchor it was not given."""


class NotAWeekError(DateError):
    """Days typed as a week's or a weekend's that are not one's (refusals not_a_week, not_a_weekend)."""


class RelativeDateError(DateError):
    """A date that counts from a day ('Tuesday', '4 March') in a file or event without an anchor."""


MAX_DATE_LENGTH = 200  # longer text is not a date, and reading it would only cost time

# Digits only, so no language: a day written 2019-13-01 must be refused, never read as 13 January.
_NUMERIC_DAY = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:T.*)?")
# A day written in digits whose first two numbers could each be the month: 05/06/2023 is 6 May in
# New York and 5 June in London. In running text the engine settles it from the writer's other
# dates; an event file's date stands alone, so the person who typed it is asked instead.
_OPEN_ORDER = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})")


def resolve_date(written: object, anchor: dt.date | None = None, approximate: bool = False,
                 part: str | None = None) -> Period:
    """The Period a written date means (where a span begins); DateError says why when it cannot be read."""
    return resolve_span(written, anchor, approximate, part)[0]


def read_stamp(text: str) -> Period:
    """The date of an article's stamp in its metadata ("Updated 10 Jan 2019", "Thu, 10 Jan 2019
    08:00:00 +0000", as feeds and pages write it): read whole where it can be, else its longest
    date, the stamp's other words no person's typing to refuse (an event file's date is read whole,
    resolve_date); an order of day and month that is open is still refused."""
    try:
        return resolve_date(text)
    except RelativeDateError:
        raise
    except DateError:
        _refuse_open_order(text)
        timexes = _calendar_timexes(text, None)
        if not timexes:
            raise
        longest = max(timexes, key=lambda t: t.end - t.start)
        return resolve_date(text[longest.start:longest.end])


def resolve_span(written: object, anchor: dt.date | None = None,
                 approximate: bool = False, part: str | None = None) -> tuple[Period, Period | None]:
    """The Period a written date begins with, and the one it ends with when it is written as a span
    ("Jan 7–10, 2019", "March-May 2019", "2019-01-07 to 2019-01-10"); None for a single date.

    A span was read as its first day alone, or as its last month ("March-May 2019": May), and the
    end the person wrote was lost without a word."""
    if anchor is not None and not isinstance(anchor, dt.date):  # before Christ: the engine counts from none
        try:
            return resolve_span(written, None, approximate, part)
        except RelativeDateError:
            raise DateError(refusal("anchor_before_christ", text=str(written).strip(),
                                    anchor=day_in_words(anchor))) from None
    if isinstance(written, str):
        text = written.strip()
        unsure = _unsure_marks().sub("", text)
        if unsure != text and unsure:
            # "~1990", "1990?", "c. 1990s" as the site shows it: how editors mark a date they are not
            # sure of; it read as a plain 1990.
            written, text, approximate = unsure, unsure, True
        # A week's label names its days ("Week of 20–26 Apr 2009"): one week, not a span of days.
        if 0 < len(text) <= MAX_DATE_LENGTH and parse_value(text) is None and _week_label(text) is None and (
                _SPAN_HINT.search(text) or _YEARS_SHORTENED.fullmatch(text)):
            values = _years_shortened(text) or _span_values(text, anchor)
            if values is not None:
                return _in_order(text, _period(values[0], approximate, part), _period(values[1], approximate))
            ends = _site_span(text, anchor, approximate, part)
            if ends is not None:
                return _in_order(text, *ends)
    when = _resolve_one(written, anchor, approximate, part)
    if isinstance(written, str):
        _refuse_a_dropped_part_of_day(written.strip(), when)
    return when, None


# What may join the two ends of a span, and stand before or after it.
_SPAN_HINT = re.compile(r"[-–—]|\b(?:to|until|till|through|thru|and)\b", re.IGNORECASE)
_JOINER = re.compile(r"\s*(?:[-–—]|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_LEAD = re.compile(r"\s*(?:from|between)?\s*", re.IGNORECASE)
_TAIL = re.compile(r"[\s.]*")
# Days of one month joined before their year ("Jan 7–10, 2019"): the engine reads the whole as the
# first day, as TimeML annotates it in running text; the last day is the number before the year.
_LAST_DAY_BEFORE_YEAR = re.compile(r"(?:[-–—]|\bto\b|\band\b)\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*\d{4}[\s.]*$",
                                   re.IGNORECASE)


# A season or a run of years with the end's century left out ("2018-19", "1999–00", "2018/19"); the
# date engine reads it, as TimeML does in running text, as its first year. An ISO month ("2018-12")
# never gets here: it is read as one date first.
_YEARS_SHORTENED = re.compile(r"(?P<first>\d{4})\s*[-–—/]\s*(?P<last>\d{2})")


def _years_shortened(text: str) -> tuple[str, str] | None:
    found = _YEARS_SHORTENED.fullmatch(text)
    if found is None:
        return None
    first = int(found["first"])
    last = first // 100 * 100 + int(found["last"])
    if last <= first and last + 100 == first + 1:
        last += 100  # "1999-00": the next century
    if last <= first:
        # "2018-13": no month, and a run of years does not end before it begins (nor 95 years on).
        raise DateError(refusal("years_shortened", text=text, first=first, next_year=first + 1,
                                next_in_two_digits=(first + 1) % 100))
    return f"{first:04d}", f"{last:04d}"


@lru_cache(maxsize=8192)
def _span_values(text: str, anchor: dt.date | None) -> tuple[str, str] | None:
    """The TIMEX3 values of a span's two ends, when the whole text is one span of calendar dates."""
    timexes = _calendar_timexes(text, anchor)
    if len(timexes) == 2:
        first, last = timexes
        if not (_LEAD.fullmatch(text[:first.start]) and _JOINER.fullmatch(text[first.end:last.start])
                and _TAIL.fullmatch(text[last.end:])):
            return None
        ending = parse_value(last.value)
        if "X" in first.value and anchor is None and ending is not None and isinstance(ending.first, dt.date):
            # "7–10 January 2019": the first day takes its month and year from the end, which the
            # engine does against a reference; the end is the only one the text gives.
            first = _calendar_timexes(text, ending.first)[0]
        values = (first.value, last.value)
    elif len(timexes) == 1 and timexes[0].start == 0 and _TAIL.fullmatch(text[timexes[0].end:]):
        day = _LAST_DAY_BEFORE_YEAR.search(text)
        start = parse_value(timexes[0].value)
        if day is None or start is None or start.precision != "day":
            return None
        _refuse_impossible(text, start.first.year, start.first.month, int(day["day"]))
        values = (start.value, f"{start.value.rsplit('-', 1)[0]}-{int(day['day']):02d}")  # "BC0044-03-15" too
    else:
        return None
    if any("X" in value or parse_value(value) is None for value in values):
        return None  # relative without an anchor, or no calendar period: read as one date, which says why
    return values


def _calendar_timexes(text: str, reference: dt.date | None) -> list:
    return [t for t in dates.tag(text, reference, infer=False).timexes if t.type in ("DATE", "TIME")]


def _resolve_one(written: object, anchor: dt.date | None, approximate: bool, part: str | None = None) -> Period:
    if isinstance(written, dt.datetime):
        return _period(written.strftime("%Y-%m-%dT%H:%M"), approximate, part)
    if isinstance(written, dt.date):
        return _period(written.isoformat(), approximate, part)
    if isinstance(written, bool) or not isinstance(written, (str, int)):
        raise DateError(refusal("not_text", type_name=type(written).__name__))
    text = str(written).strip()
    if not text:
        raise DateError(refusal("empty"))
    if len(text) > MAX_DATE_LENGTH:
        raise DateError(refusal("too_long", length=len(text)))
    as_value = parse_value(text, approximate, part)
    if as_value is not None:
        _refuse_far_bare_number(text, as_value)
        return as_value
    site_label = _site_label(text, anchor, approximate, part)
    if site_label is not None:
        return site_label
    day_text, code = _part_of_day_after(text)
    if code:
        return _day_at_part(text, _resolve_one(day_text, anchor, approximate, part), code)
    if names_no_year(text):  # a value copied from a source page: placing it would make up a year
        raise DateError(refusal("no_year", text=text))
    numeric = _NUMERIC_DAY.fullmatch(text)
    if numeric:
        _refuse_impossible(text, int(numeric["year"]), int(numeric["month"]), int(numeric["day"]))
    if isinstance(written, int):
        raise _unreadable(text)
    _refuse_open_order(text)
    value, mod, used = _read(text, anchor)
    if value is None:
        return _resolve_within(text, anchor, approximate, part)
    if value.startswith("BC") and parse_value(value) is None:  # a week or a season before Christ
        raise DateError(refusal("season_before_christ", text=text, value=value))
    # "2pm BST": the zone typed is kept as its offset, as the site's own label ("14:00 BST") is read
    # (_site_label); without it the time is shown in each reader's zone, hours off
    value = zoned(value, text)
    _refuse_a_zone_of_two(text, value)
    period = parse_value(value, approximate or mod == "APPROX", part)
    if period is not None and period.precision in ("day", "time") and dates.states_another_weekday(text):
        # "Wednesday 5 March 2026" was read as 5 March without a word: one of the two is a typo,
        # and a wrong day is worse than none
        raise _another_weekday(text, period)
    if period is not None:
        _refuse_words_left_over(text, used, period)
        # "the late 19th century": the century, labelled with its part, unless `part:` says another
        return period if part else replace(period, part=part_of(mod, period.precision))
    day = _NUMERIC_DAY.fullmatch(value)
    if day:
        _refuse_impossible(text, int(day["year"]), int(day["month"]), int(day["day"]))
    if "X" in value:
        whole = year_written_whole(text)
        if whole is not None:
            raise DateError(refusal("apostrophe_year", text=text, whole=whole[0], other=whole[1]))
        if anchor is None:
            raise RelativeDateError(refusal("relative", text=text))
        raise DateError(refusal("against_anchor", text=text, anchor=anchor.isoformat()))
    raise _unreadable(text)


def _refuse_a_zone_of_two(text: str, value: str) -> None:
    """A clock time typed with a zone name that stands for two ("2pm IST": India or Ireland) would be
    read without its zone, hours off for one of them: refused, naming the offsets it may mean."""
    if not re.search(r"T\d\d:\d\d$", value):
        return  # no clock, or one with its offset
    two = two_zones_named(text)
    if two is not None:
        name, (first, second) = two
        raise DateError(refusal("zone_of_two", text=text, zone=name, first_offset=first, second_offset=second,
                                value=value, offset=first.split()[0]))


def _site_span(text: str, anchor: dt.date | None, approximate: bool, part: str | None) -> tuple[Period, Period] | None:
    """The two ends of a span as the site writes it when they share no month or year, each a label
    of its own (site_labels.span_ends, split at the first joiner whose two sides read as dates); None
    for other text, or ends that do not read as dates (the span is then read as typed, which says why)."""
    no_week = None
    for typed in dict.fromkeys((text, _site_joiner(text))):
        for first, last in site_labels.span_ends(typed):
            try:
                return _resolve_one(first, anchor, approximate, part), _resolve_one(last, anchor, approximate)
            except NotAWeekError as error:  # an end typed as a week that is none: said, if no split reads
                no_week = no_week or error
            except DateError:
                continue  # split inside an end ("Week of 27 Apr – 3 May 2009 – ..."): the next joiner
    if no_week is not None:
        raise no_week
    return None


def _site_joiner(text: str) -> str:
    """The text with the joiners people type between a span's two ends in place of the site's en dash
    ("Week of 20-26 Apr 2009 - Week of 27 Apr-3 May 2009", "... to ..."): a dash of `week_dashes`
    with a space each side, or a word of `span_joiners` (typed_dates.yaml)."""
    data = _typed_dates()
    joiners = [*map(re.escape, data["week_dashes"]), *(rf"\b{re.escape(word)}\b" for word in data["span_joiners"])]
    return re.sub(rf"\s+(?:{'|'.join(joiners)})\s+", " – ", text, flags=re.IGNORECASE)


def _in_order(text: str, first: Period, last: Period) -> tuple[Period, Period]:
    if last.last < first.first:
        raise DateError(refusal("span_backwards", text=text, last=last.label, first=first.label))
    return first, last


def _site_label(text: str, anchor: dt.date | None, approximate: bool, part: str | None) -> Period | None:
    """The date of a label the site writes that the date engine does not read as its value
    (site_labels): a week, a time at midnight or with its zone, a part of a season; None for others."""
    week = _week_label(text)
    if week is not None:
        return _period(week, approximate, part)
    time = site_labels.clock(text)
    if time is not None:
        day = _resolve_one(time.day, anchor, approximate)
        if day.precision != "day":
            return None
        value = f"{day.value}{time.time}"
        with_zone = zoned(value, time.zone) if time.zone else value + (time.offset or "")
        if time.zone and with_zone == value:
            return None  # a zone no table knows: read as typed, which names it left over
        return _period(with_zone, approximate, part)
    parted = site_labels.part_before(text)
    if parted is not None:
        try:
            within = _resolve_one(parted[0], anchor, approximate)
        except DateError:
            return None  # read whole as typed, which says why it cannot be
        if PRECISION_RANK[within.precision] <= PRECISION_RANK["month"]:  # a week, a day has none: refused as typed
            return within if part else replace(within, part=parted[1])
    return None


def _week_label(text: str) -> str | None:
    """The value of a week or weekend as the site writes it, or as it wrote it before, which event
    files copied from its pages still hold (typed_dates.yaml's `former_site_labels`), its days joined
    by a hyphen as people type them (`week_dashes`). Days that are no week's are refused, naming the
    week that holds the first: read as the days they overlap, they were refused as words left over."""
    data = _typed_dates()
    dashes = "|".join(map(re.escape, data["week_dashes"]))
    # "20-26 Apr" as the site's "20–26 Apr"; "27 Apr-3 May" as its "27 Apr – 3 May", spaces by the dash
    for typed in (re.sub(dashes, "–", text), re.sub(rf"\s*(?:{dashes}|–)\s*", " – ", text)):
        found = site_labels.week_days(typed) or site_labels.week_days(typed, data["former_site_labels"])
        if found is not None:
            break
    if found is None or isinstance(found, str):
        return found
    first, last, weekend = found
    value = site_labels.week_value(typed)
    if value is None:
        right = site_labels.week_holding(first, weekend)
        monday = first - dt.timedelta(days=first.weekday())
        raise NotAWeekError(refusal(
            "not_a_weekend" if weekend else "not_a_week", typed=text, first=long_day(first), monday=long_day(monday), label=parse_value(right).label, value=right))
    return value


# TIMEX3 writes the 1990s "199" and the 19th century "18", and an event file takes them; a bare
# number that would begin a decade or century after this year ("410": the 4100s, 79: the 7900s) is
# a year before 1000 written without its zeros, which no timeline means as the far future.
LATEST_BARE_PERIOD = 2100


@lru_cache(maxsize=1)
def _parts_of_day() -> dict[str, str]:
    """The words for a part of the day, as the site writes them after the day ("night": "NI"); the
    words are labels.yaml's `times_of_day`, so a person writes what the site shows."""
    return {word.lower(): code for code, word in labels()["times_of_day"].items()}


@lru_cache(maxsize=1)
def _part_of_day_pattern() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, _parts_of_day()), key=len, reverse=True))
    return re.compile(rf"(?P<day>.+?)[\s,]+(?P<word>{words})[\s.]*", re.IGNORECASE)


def _part_of_day_after(text: str) -> tuple[str, str | None]:
    """("2009-04-25", "NI") for "2009-04-25 night" or "Sat 25 Apr 2009, night"; (text, None) otherwise."""
    found = _part_of_day_pattern().fullmatch(text)
    if found is None:
        return text, None
    return found["day"], _parts_of_day()[found["word"].lower()]


def _day_at_part(text: str, day: Period, code: str) -> Period:
    with_part = parse_value(f"{day.value}T{code}", day.approximate) if day.precision == "day" else None
    if with_part is None:
        raise DateError(refusal("part_of_day_not_of_a_day", text=text, label=day.label,
                                part=labels()["times_of_day"][code]))
    return with_part


def _refuse_a_dropped_part_of_day(text: str, when: Period) -> None:
    """"Saturday night, 25 April 2009" was read as the plain day, its night dropped without a word. A
    word the engine reads as part of a name ("Bonfire Night 2020", 5 November) is no part of the day."""
    for found in _part_of_day_word().finditer(text):
        code = _parts_of_day()[found[0].lower()]
        if when.value.endswith(f"T{code}") or _in_a_name(text, found, code):
            continue
        raise _part_of_day_left_over(text, found[0], when)


def _part_of_day_left_over(text: str, word: str, when: Period) -> DateError:
    code = _parts_of_day()[word.lower()]
    return DateError(refusal("part_of_day_left_over", text=text, word=word, label=when.label, part=word.lower(), code=code))


def _in_a_name(text: str, word: re.Match, code: str) -> bool:
    return any(t.start <= word.start() and word.end() <= t.end and f"T{code}" not in t.value
               for t in _calendar_timexes(text, None))


@lru_cache(maxsize=1)
def _part_of_day_word() -> re.Pattern:
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, _parts_of_day()))})\b", re.IGNORECASE)


def _resolve_within(text: str, anchor: dt.date | None, approximate: bool, part: str | None) -> Period:
    """The date the engine recognises in a text it cannot read whole: "sometime in 2009" is 2009, its
    other words changing nothing; "before 1918" is refused, naming 'before'."""
    timexes = _calendar_timexes(text, anchor)
    if not timexes:
        raise _unreadable(text)
    longest = max(timexes, key=lambda t: t.end - t.start)
    left = _words_left_over(text, ((longest.start, longest.end),))
    if left:
        raise DateError(_left_over_message(text, left))
    return _resolve_one(text[longest.start:longest.end], anchor, approximate, part)


def _refuse_words_left_over(text: str, used: tuple[tuple[int, int], ...], when: Period) -> None:
    """"after 1918" was read as 1918, "midnight 2009-04-25" as the plain day, "25 April 2009 or so"
    as a sure day: the words the reading did not use were dropped without a word. The site's own
    words for a weekday and a part of the day are read back ("Sat 25 Apr 2009, night")."""
    left = _words_left_over(text, used)
    for word in left:
        if word.lower() in _parts_of_day():
            raise _part_of_day_left_over(text, word, when)
    named = {_site_weekdays()[word.lower()] for word in left if word.lower() in _site_weekdays()}
    if named and named != {_weekday_shown(when)}:
        raise _another_weekday(text, when)
    left = [word for word in left if word.lower() not in _site_weekdays()]
    if left:
        raise DateError(_left_over_message(text, left, when))


@lru_cache(maxsize=1)
def _site_weekdays() -> dict[str, int]:
    """The weekdays as the site writes them ("sat": 5), which the date engine need not read: a
    person copies "Sat 25 Apr 2009" from the page."""
    return {word.lower(): number for number, word in enumerate(labels()["weekdays_short"])}


def _weekday_shown(when: Period) -> int | None:
    """The weekday the site writes for the date, or None: a month, a day before the Gregorian calendar."""
    return next((_site_weekdays()[word.lower()] for word in when.label.split() if word.lower() in _site_weekdays()), None)


def _another_weekday(text: str, when: Period) -> DateError:
    if _weekday_shown(when) is None:
        return DateError(refusal("weekday_not_shown", text=text, label=when.label))
    return DateError(refusal("another_weekday", text=text, day=when.first.isoformat(),
                             label=parse_value(when.first.isoformat(), False).label))


def _words_left_over(text: str, used) -> list[str]:
    """The words of `text` outside the spans `used`, but for those typed around a date ("on", "in")."""
    covered = _covered(text, used)
    rest = "".join(" " if covered[i] else c for i, c in enumerate(text))
    return [word for word in _WORD.findall(rest) if word.lower() not in _typed_dates()["around"]]


_WORD = re.compile(r"[^\W_]+")  # letters and digits of any script: the punctuation around a date says nothing


def _covered(text: str, spans) -> list[bool]:
    covered = [False] * len(text)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    return covered


def in_other_language(text: str) -> str | None:
    """The refusal of a date typed whole in the words of another language the date engine reads ("8.
    März 2026", "9 mars 2026", "10 de marzo de 2026", "März 2026"), naming it as numbers and in
    English; None when it is not one. An event's date is read in English: a European editor's date
    was refused as words "left over", its language unnamed."""
    from timeline.dates.languages import dates_in, names

    typed = text.strip().strip(".,;:")
    for name in names():
        found = [t for t in dates_in(typed, name, None) if t.type == "DATE"]
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(typed)):
            continue
        value = str(found[0].value)
        months = _typed_dates()["known_names"][:12]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            english = f"{int(value[8:])} {months[int(value[5:7]) - 1]} {value[:4]}"
        elif re.fullmatch(r"\d{4}-\d{2}", value):
            english = f"{months[int(value[5:7]) - 1]} {value[:4]}"
        else:
            continue
        return refusal("other_language", text=text, language=name, value=value, english=english)
    return None


def _left_over_message(text: str, left: list[str], when: Period | None = None) -> str:
    foreign = in_other_language(text)
    if foreign is not None:
        return foreign
    words = {word.lower() for word in left}
    advice = next((entry["write"] for entry in _typed_dates()["instead"] if words & set(entry["words"])), None)
    typed, meant = misspelt_name(" ".join(left)) if advice is None else (None, None)
    if meant is not None:  # "Febuary 2009": the typo named, with the date as meant
        return refusal("unreadable_misspelt", text=text, typed=typed, meant=meant, fixed=text.replace(typed, meant, 1))
    advice = advice or _typed_dates()["otherwise"]
    read_as = refusal("read_as", label=when.label) if when is not None else ""
    return refusal("word_left_over" if len(left) == 1 else "words_left_over", text=text,
                   words=", ".join(map(repr, left)), read_as=read_as, advice=advice)


@lru_cache(maxsize=1)
def _unsure_marks() -> re.Pattern:
    """typed_dates.yaml's marks of a date one is not sure of, before it ("~", "c.") or after it ("?")."""
    def marks(words):  # a word ends where a letter would run on ("circa", not "circadian")
        return "|".join(re.escape(word) + (r"\b" if word[-1].isalnum() else "") for word in words)
    data = _typed_dates()
    return re.compile(rf"^(?:{marks(data['unsure_before'])})\s*|\s*(?:{marks(data['unsure_after'])})$", re.IGNORECASE)


def _unreadable(text: str) -> DateError:
    """The refusal of a date nothing of which reads, naming a word of it spelt close to a month, a
    weekday or a season (typed_dates.yaml's `known_names`) and the date with that name."""
    foreign = in_other_language(text)
    if foreign is not None:
        return DateError(foreign)
    typed, meant = misspelt_name(text)
    if meant is None:
        return DateError(refusal("unreadable", text=text))
    return DateError(refusal("unreadable_misspelt", text=text, typed=typed, meant=meant,
                             fixed=text.replace(typed, meant, 1)))


def misspelt_name(text: str) -> tuple[str | None, str | None]:
    """The first word of `text` that is spelt close to, but is not, one of typed_dates.yaml's
    `known_names`, and that name; (None, None) without one."""
    data = _typed_dates()
    names = {name.lower(): name for name in data["known_names"]}
    for word in re.findall(r"[^\W\d_]{3,}", text):
        if word.lower() in names:
            continue
        close = difflib.get_close_matches(word.lower(), names, n=1, cutoff=float(data["misspelt_likeness"]))
        if close:
            return word, names[close[0]]
    return None, None


_APOSTROPHE_YEAR = re.compile(r"(?<!\w)['’‘](?P<digits>\d{2})(?!\d)")


def year_written_whole(text: str) -> tuple[str, str] | None:
    """`text` with its year or decade written in two digits after an apostrophe ("the early '90s")
    written whole, in the century typed_dates.yaml's `apostrophe_pivot` gives and in the one before
    ("the early 1990s", "the early 1890s"); None when it has none."""
    found = _APOSTROPHE_YEAR.search(text)
    if found is None:
        return None
    short = int(found["digits"])
    year = short + (2000 if short < int(_typed_dates()["apostrophe_pivot"]) else 1900)
    return tuple(text[:found.start()] + str(century) + text[found.end():] for century in (year, year - 100))


def refusal(kind: str, **fields: object) -> str:
    """What a date that cannot be an event's is refused with: typed_dates.yaml's `refusals` of kind
    `kind`, its fields filled in."""
    return _typed_dates()["refusals"][kind].format(**fields)


@lru_cache(maxsize=1)
def _typed_dates() -> dict:
    """timeline/data/typed_dates.yaml: the words typed around a date, and what to write for the others."""
    data = data_cache.shipped("data/typed_dates.yaml")
    data["around"] = {word.lower() for word in data["around"]}
    return data


def _refuse_far_bare_number(text: str, period: Period) -> None:
    if period.precision in ("decade", "century") and text.isdigit() and period.first.year > LATEST_BARE_PERIOD:
        raise DateError(refusal("far_bare_number", text=text, label=period.label, year=int(text)))


def _refuse_open_order(text: str) -> None:
    # searched, not matched whole: "10/01/2019 08:00" was read as 1 October, its hour let it pass
    found = _OPEN_ORDER.search(text)
    if found and (text[found.end():found.end() + 1].isdigit() or text[max(found.start() - 1, 0):found.start()].isalnum()):
        # part of a longer number, no date; or of a word: '2O09-04-25' (a letter O typed for a zero)
        # was asked about as 4 September or 9 April 2025, the advice a wrong date
        found = None
    if not found:
        return
    a, b, year = int(found["a"]), int(found["b"]), found["year"]
    if len(year) == 2 and 1 <= min(a, b) and ((a > 12) != (b > 12) and max(a, b) <= 31 or a > 31 and b <= 12):
        # '25/04/09' was refused as relative ("add an 'anchor'"), which it is not: its year is short;
        # '32/04/09' (a day mistyped) was read as 9 April 1932 without a word
        day, month, short = (int(year), b, a) if a > 31 else (a, b, int(year)) if a > 12 else (b, a, int(year))
        _refuse_impossible(text, 2000 + short, month, day)
        raise DateError(refusal("short_year", text=text, day=day, month=month, year=2000 + short, earlier=1900 + short))
    if a == b or not (1 <= a <= 12 and 1 <= b <= 12):
        return  # one reading only (13/06/2023, 06/06/2023); a day the calendar lacks is refused later
    year = int(year) if len(year) == 4 else 2000 + int(year)
    names = month_names()
    raise DateError(refusal("open_order", text=text, first=a, second=b, first_as_month=names[a - 1],
                            second_as_month=names[b - 1], year=year))


def _refuse_impossible(text: str, year: int, month: int, day: int) -> None:
    if not 1 <= month <= 12:
        swapped = ""
        if 1 <= day <= 12 and 1 <= month <= calendar.monthrange(max(year, 1), day)[1]:
            # "2023-13-05": day and month typed in each other's place, as a day-first writer does
            swapped = refusal("swapped", month=month, day_as_month=month_names()[day - 1], year=year, day=day)
        raise DateError(refusal("no_month", text=text, month=month, swapped=swapped))
    if year < 1:
        raise DateError(refusal("no_year_zero", text=text))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateError(refusal("no_such_day", text=text, month_name=month_names()[month - 1], year=year, days=last))


@lru_cache(maxsize=8192)
def _read(text: str, anchor: dt.date | None) -> tuple[str | None, str | None, tuple[tuple[int, int], ...]]:
    """(TIMEX3 value, mod, the spans of text the reading used) the date engine reads in one written
    date; a calendar date or None."""
    timex = dates.resolve(text, anchor, direction="past" if anchor is not None else None)
    if timex is None and anchor is None and _depends_on_the_day(text):
        # Without an anchor the engine gives nothing for what only dateparser reads ("next
        # tuesday"), rather than a day counted from today's clock: relative, as 'Tuesday' is.
        return "XXXX-XX-XX", None, ()
    if timex is None or timex.type not in ("DATE", "TIME"):
        return None, None, ()
    if timex.rule != _DATEPARSER:
        return timex.value, timex.mod, ((timex.start, timex.end),)
    return timex.value, timex.mod, _used_by_dateparser(text, anchor, timex.value)


_DATEPARSER = "dateparser"  # the rule name of a Timex that dateparser read (timeline.dates._dateparser)


def _used_by_dateparser(text: str, anchor: dt.date | None, value: str) -> tuple[tuple[int, int], ...]:
    """The spans dateparser used: it reads a text whole and says nothing of its parts ("after 1918"
    is 1918 to it). What the engine's own rules recognise was read, and so is a word whose removal
    changes the reading (the '13' of 'May. 13, 1963', which the rules alone leave out)."""
    used = [(t.start, t.end) for t in _calendar_timexes(text, anchor)]
    direction = "past" if anchor is not None else None
    covered = _covered(text, used)
    for word in _WORD.finditer(text):
        if not any(covered[word.start():word.end()]):
            without = dates.resolve(text[:word.start()] + text[word.end():], anchor, direction=direction)
            if getattr(without, "value", None) != value:
                used.append(word.span())
    return tuple(used)


_PROBES = (dt.date(2001, 1, 1), dt.date(2011, 7, 15))


def _depends_on_the_day(text: str) -> bool:
    """Whether a written date means another day against other anchors: relative, whatever it gave."""
    values = {getattr(dates.resolve(text, probe), "value", None) for probe in _PROBES}
    return len(values) > 1


def _period(value: str, approximate: bool, part: str | None = None) -> Period:
    period = parse_value(value, approximate, part)
    if period is None:
        raise DateError(refusal("not_a_value", value=value))
    return period
