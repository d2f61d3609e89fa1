"""Phase two: anchor under-specified values to a reference or an earlier date.

Forms the rules emit (SUFFIX is kept and appended, e.g. "T14:00", "-06"):

  UNDEF-{REF|GONE|LAST|TNS|SAME|THAT|EVENT}{+|-|~}{n|X}-{unit}SUFFIX   "last week": UNDEF-REF-1-week
        unit: day week weekend month quarter year yearq yearm yeard decade century
        (">" for a weekend: the first one after the reference, "the coming weekend";
        "^0" for a year whose results are told: the reference's, but the one
        just ended when told in the past early in the next, "sales for the full
        year rose" in January)
        REF counts from the reference date, LAST from the date mentioned last,
        GONE-1 as REF-1 but the period that ends at the reference ("the past
        week" told on a Sunday: the ISO week ending that day; "last week" too,
        _week_at_edge; from a Thursday the reference's own week, _days_gone_week),
        SAME (+0) is the month or year mentioned last when it is such a unit,
        in the same paragraph ("during the month" after "in September"), else REF
        (a year told in the past early in the next: the one just ended),
        THAT as LAST, but no date at all when the text has given none near
        ("that night", "later that month": a demonstrative needs its date),
        EVENT never a date: the period is counted from an event the words
        after it name and no date of the text gives ("at 6 a.m. ten days
        before the shooting"), so it stays unresolved (XXXX-XX-XXT06:00),
        ">" with a week: the days after the anchor day in its week ("later
        that week"): the ISO week of the day after (sets Context.whole_period
        when they fill it); with a day, the day after the day spoken of last
        ("went on into the small hours" after "Tuesday night": Wednesday's),
        with none near, the reference's in the past (the night just gone)
        and the day after it otherwise,
        TNS as LAST in the past tense and as REF otherwise ("he left the next
        month" after "in March 1998"; "over the next year, sales will rise");
        yearq is a year that keeps a quarter's precision ("a year earlier"
        after "the third quarter"), yearm one that keeps a month's too, in a
        comparison ("exports in July fell from a year earlier"), yeard one
        that keeps the day ("this time last year"); ~ lets the
        tense choose (the weekend).
  UNDEF-wd{dir}{1-7}SUFFIX        a weekday          "Thursday": UNDEF-wd~4
  UNDEF-wd{dir}{1-7}{+|-}{n}dSUFFIX  n days from that weekday: "10 p.m." in "between
                                  10 p.m. and 2 a.m. Saturday": UNDEF-wd~6-1dT22:00
  UNDEF-wdlast{<|>|=}{1-7}SUFFIX  a weekday before/after the day last spoken of (or
                                  the day of the report, for a reported clause: see
                                  Context.from_day), "=" in its week ("that Friday");
                                  a shift as for UNDEF-wd
  UNDEF-{month|season}last{<|>}{MM|SP|SU|FA|WI}SUFFIX  "the following March", "the
                                  previous summer": the first one after (the last
                                  one before) the date last spoken of
  UNDEF-wdago{+|-}{n}-{1-7}       "a week ago Wednesday": the last Wednesday on
                                  or before the reference, n weeks back; "a week
                                  from Wednesday": the next one, n weeks on
  UNDEF-month{dir}{MM}SUFFIX      a month, no year   "in November"
  UNDEF-md{dir}{MM}-{DD}[w{1-7}]  a day, no year     "Sept. 30", "Christmas" (dir
                                  "%": a holiday, as "~" but not against a clear tense);
                                  with w, the year in which it is that weekday
  UNDEF-spanmonth~{MM}-{M2}       the start of a range of months, "January" in "from
                                  January to November": in the past tense the last
                                  one up to the end's month, else as "~"
  UNDEF-spanmd~{MM}-{DD}-{M2}-{D2}  the same for days ("between Jan. 1 and March 31")
  UNDEF-mweek{dir}{MM}-{N}[y{YYYY}]  the N-th week of a month (5: the last), the
                                  ISO week holding most of its first (last) seven days
  UNDEF-season{dir}{SP|SU|FA|WI}  a season, no year; dir "+": the first one from
                                  the start of the date mentioned last ("this
                                  autumn and winter": the winter after it)
  UNDEF-quarter{dir}{1-4}         a quarter, no year ("the third quarter"); dir "^":
                                  one whose results are told ("fourth-quarter
                                  results" in January: the one just ended); "~":
                                  a calendar quarter ("the March quarter"), in the
                                  past tense one ended, in the future one not ended
  UNDEF-quarter-latest            the quarter in focus, as for "the quarter" (a fiscal
                                  one is valued by its number), else the last quarter
                                  ended before the reference
  UNDEF-quarter-last              the quarter last spoken of ("the quarter")
  UNDEF-quarter-this              "this quarter": the one just ended when the text
                                  reports on it and the tense is not future, else
                                  the reference's (_this_quarter)
  UNDEF-inq{YYYY}                 "the 1988 quarter": the quarter spoken of, in YYYY
  UNDEF-half{YYYY}-{1|2}          a half year, the year optional ("^" instead:
                                  one whose results are told, as for quarters)
  UNDEF-decade{d}                 "the '90s": the latest decade ending in d (the
                                  coming one when it starts next year, or within
                                  ten years in the future tense)
  UNDEF-yy{NN}                    "'98": the year ending NN nearest the reference
  UNDEF-zoneT{HH}:{MM}            a clock time in another zone, an aside to the time
                                  mentioned last ("3:20 a.m. Tuesday (2020 GMT)"): on
                                  that time's day, or the day before or after when
                                  no zone's offset gives the two on one day
  UNDEF-shift{+|-}{n}d:{form}     "three days before Christmas": n days after
                                  (or before) the day the inner form resolves to
  UNDEF-since{YYYY-MM-DD}:{form}  a day named by what happened on it ("the Sept. 11
                                  attacks"): that day when the reference is on or
                                  after it (or there is none), else the inner form,
                                  as any such day ("Sept. 11" in a story of 1998)
  UNDEF-isoweek~-W{NN}            "in week 32", "epidemiological week 50": the ISO
                                  week of that number in the year the tense picks
  UNDEF-newyear{dir}              "in the new year": the year of the New Year's Day
                                  the tense picks
  UNDEF-ended{dir}{quarter|week}{MM}-{DD}  "the quarter ended Sept. 30": the
                                  quarter just spoken of, else the calendar
                                  quarter holding most of the three months to
                                  that day; "the week ended Oct. 20": the ISO
                                  week of that day
  UNDEF-dom{DD}                    "April 24 and 25": day DD of the month of the day
                                  mentioned last; UNDEF-dom~{DD} ("on the 25th")
                                  with none near, the reference's month or, as
                                  the tense says, the one before or after
  UNDEF-dom~{DD}w{1-7}             "Friday the 13th": day DD of a month in which it is
                                  that weekday, the month of the day mentioned last
                                  when it fits, else the one the tense picks
  UNDEF-turn{dir}{century|millennium}  "the turn of the century": the year a
                                  century begins (1900, 2000), as dir says
  UNDEF-movable{dir}{MM-N-W[+D]|E+D|Tname|Nname}y[YYYY|+n|-n][week|weekend]  Thanksgiving
                                  (N-th weekday W of MM, D days after it: Election
                                  Day, Black Friday), Easter and days counted from
                                  it, a day of a calendar table (rules/calendars.yaml:
                                  Lunar New Year, Passover); the year given, or n
                                  years from the reference's ("Thanksgiving last
                                  year"); with "week", the ISO week of that day
                                  ("Holy Week"), with "weekend", the weekend next to
                                  it ("the Thanksgiving weekend"); "N<name>": a holiday
                                  whose day depends on the country (national.py,
                                  rules/national.yaml: Independence Day, Thanksgiving)

dir: "<" the last one before the reference, ">" the first one after, "=" the
one in the reference's year (or week), "~" as the tense says (past: on or
before the reference; future: after it; no tense: the nearest), "+" (months
and days) the first on or after the start of a date ending within PAIR_NEAR
characters before (the end of a range, "from April 1 to Sept. 30"), else "~".
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from timeline.early_day import day_of

from .errors import RuleError
from . import data_cache
from .national import country_for, day_in
from .reasons import say
from .tense import cue_pattern, sentence_ends_between, tense_at
from .values import gmt_day_shift, period_first_year, value_interval, value_precision, written_year, year_value

_REL = re.compile(r"^UNDEF-(REF|GONE|LAST|TNS|SAME|THAT|EVENT)([+~>^-])(\d+|X)-(day|weekend|week|month|quarter|yearq|yearm|yeard|year"
                  r"|decade|century|fortnight|hour|minute|second)(.*)$")
_WD = re.compile(r"^UNDEF-wd([~<>=])([1-7])(?:([+-][1-6])d)?(.*)$")
_WD_LAST = re.compile(r"^UNDEF-wdlast([<>=])([1-7])(?:([+-][1-6])d)?(.*)$")
_NAMED_LAST = re.compile(r"^UNDEF-(?:month|season)last([<>])(\d\d|SP|SU|FA|WI)(.*)$")
_WD_AGO = re.compile(r"^UNDEF-wdago([+-])(\d+)-([1-7])(.*)$")
_ENDED = re.compile(r"^UNDEF-ended([~<>=])(quarter|week)(\d\d)-(\d\d)(.*)$")
_DOM = re.compile(r"^UNDEF-dom(~?)(\d\d)(?:w([1-7]))?(.*)$")
_TURN = re.compile(r"^UNDEF-turn([~<>=])(century|millennium)(.*)$")
_MONTH = re.compile(r"^UNDEF-month([~<>=+])(\d\d)(.*)$")
_MD = re.compile(r"^UNDEF-md([~<>=%+])(\d\d)-(\d\d)(?:w([1-7]))?(.*)$")
_SPAN_MONTH = re.compile(r"^UNDEF-spanmonth~(\d\d)-(\d\d)(.*)$")
_SPAN_MD = re.compile(r"^UNDEF-spanmd~(\d\d)-(\d\d)-(\d\d)-(\d\d)(.*)$")
_MWEEK = re.compile(r"^UNDEF-mweek([~<>=])(\d\d)-([1-5])(?:y(\d{4}))?(.*)$")
_SEASON = re.compile(r"^UNDEF-season([~<>=+])(SP|SU|FA|WI)(.*)$")
_QUARTER = re.compile(r"^UNDEF-quarter(?:([~<>=^]?)([1-4])|-(latest|last|this))(.*)$")
_HALF = re.compile(r"^UNDEF-half(\d{4}|\^)?-([12])(.*)$")
_DECADE = re.compile(r"^UNDEF-decade(\d)(.*)$")
_INQ = re.compile(r"^UNDEF-inq(\d{4})(.*)$")
_MOVABLE = re.compile(r"^UNDEF-movable([~<>=])(?:(\d\d)-([1-5])-([1-7])([+-]\d+)?|E([+-]\d+)|T([a-z_]+)|N([a-z_]+))"
                      r"y(\d{4}|[+-]\d)?(weekend|week)?(.*)$")
_YY = re.compile(r"^UNDEF-yy(\d\d)(.*)$")
_ZONE = re.compile(r"^UNDEF-zoneT(\d\d):(\d\d)(.*)$")
_NEW_YEAR = re.compile(r"^UNDEF-newyear([~<>=])(.*)$")
_SHIFT = re.compile(r"^UNDEF-shift([+-]\d+)d:(UNDEF-.*)$")
_SINCE = re.compile(r"^UNDEF-since(\d{4}-\d\d-\d\d):(UNDEF-.*)$")
_ISOWEEK = re.compile(r"^UNDEF-isoweek~-W(\d\d)(.*)$")
_WEEKDATE = re.compile(r"^(\d{4})-W(\d\d)-([1-7])(.*)$")
_QVALUE = re.compile(r"^(\d{4})-Q([1-4])$")


def counted_unit(form: str) -> str | None:
    """The unit a rule's form counts from its anchor ("yesterday", "two days ago": day; "last
    week": week), or None for a period named in itself ("Tuesday", "in March")."""
    m = _REL.match(form)
    return m.group(4) if m else None


def clock_past_after_day_ahead(ctx: "Context", form: str) -> bool:
    """A clock time without a day ("at 10:01 a.m."), said in the past, after the day told last lies
    ahead of the reference ("will become interim CEO on July 1. The stock rose 3.1% at 10:01 a.m.",
    told on 2 April): what has happened is not on a day still to come, so the time is the story's
    own day's, not that one's (it was 1 July at 0.72)."""
    m = _REL.match(form)
    return bool(m and m.group(1) == "LAST" and m.group(3) == "0" and m.group(4) == "day"
                and m.group(5).startswith("T") and ctx.reference is not None and ctx.retold is None
                and ctx.last_day is not None and ctx.last_day > ctx.reference
                and ctx.text and tense_at(ctx.text, ctx.position, ctx.end) == "past")


NEAR = 1500  # characters within which an earlier date anchors "a year earlier"
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
PAIR_NEAR = 40  # characters within which a season anchors the next ("this autumn and winter")
_SEASON_VALUE = re.compile(r"^\d{4}-(?:SP|SU|FA|WI)")


class Unresolvable(Exception):
    """The value needs a reference and there is none.  `reason` names what the expression lacks in
    rules/reasons.yaml ("week_not_given"), said only when the reason is written: a text raises
    many that no reason ever shows (infer.py tries weekdays against several days)."""

    def __init__(self, reason: str | None = None, **fields):
        super().__init__(reason)
        self.reason, self.fields = reason, fields

    def __str__(self) -> str:
        return say(self.reason, **self.fields) if self.reason else ""


@dataclass
class Context:
    """What the resolver knows while it walks through a text."""

    reference: dt.date | None
    tense: str | None = None  # of the sentence being resolved
    strict: bool = False  # the tense is certain ("since November"): no nearer date against it
    verb_day: bool = False  # the day of a past verb right before it ("died on 3 March"): VERB_DAY_AGAINST_DAYS
    weak: bool = False  # the tense is a guess: a far reporting verb, or "through" before the date
    ahead: bool = False  # a word before the date points ahead ("before Christmas")
    ahead_of_past: bool = False  # ... though the clause's own verb is a clear past ("resulted from the pact effective June 1")
    last_value: str | None = None  # the last resolved DATE/TIME value
    last_value_at: int = -10 ** 9
    last_value_end: int = -10 ** 9
    last_day: dt.date | None = None  # the last resolved day
    last_month: dt.date | None = None  # the start of the last resolved month or shorter date
    # where the last length of time was told ("within 14 days"), which a count "later" in its
    # sentence may be counted from (_counted_from_length)
    last_length_end: int = -10 ** 9
    # where the last span of months other than a quarter ended ("through the first nine months"): a
    # year compared after it in its sentence compares those months, not the day told before them
    months_span_end: int = -10 ** 9
    last_month_at: int = -10 ** 9
    days: list = field(default_factory=list)  # (start, end, day) of the days and times named lately
    told_days: list = field(default_factory=list)  # (start, end, day) of every day and time named
    # (day, words, happening) of a clock with no day that retells a happening a day told earlier
    # dated ("shot to death last Oct. 23" ... "was shot to death at 10 p.m."): api._retold_day
    retold: tuple | None = None
    # a year compared after a day of saying is that day's year before (anchor._day_of_saying)
    saying_day: bool = False
    from_day: dt.date | None = None  # the day a reported clause counts from ("said Monday ... would")
    # a form that counts from the date told last found none to count from (none near, or no day of
    # it) and counted from the reference: "At 14:00" 2,000 characters after "2 March 2019", or after
    # "in 2018" alone (set by _anchor_date, _weekday_from_last, _named_from_last; api._timex clears it)
    fell_back: bool = False
    last_quarter: str | None = None
    last_quarter_at: int = -10 ** 9
    quarters: list = field(default_factory=list)  # (position, value) of the quarters named lately
    # the quarter the text reports on: the first one it names (a release's headline or lead), or the
    # calendar quarter of "the three months ended September 30, 2025" said beside it (api.py)
    own_quarter: str | None = None
    closing: tuple | None = None  # (position, months) of the day that closes a span of months just named (api.py)
    period: str | None = None  # the period a span of months closed by a day covers ("the three months ended March 31")
    period_at: int = -10 ** 9  # where its closing day was named
    text: str = ""  # the text being resolved, when there is one
    # the first date of the text that shows each order, as written ({"day_first": "25/04/2020"}), and
    # the caller's words for the order it stated (order.py): what an open numeric date's reason names
    order_evidence: dict = field(default_factory=dict)
    stated_why: str | None = None
    told_year: int | None = None  # the year of the last date that wrote its year ("in 1848"; 44 BC is -43)
    told_period: str | None = None  # ... or the decade or century it wrote instead, whose first year that is
    told_at: int = -10 ** 9
    told_end: int = -10 ** 9
    story_year: int | None = None  # the year a history has reached, for a month or day without one (api.py)
    position: int = 0
    end: int = 0  # where the expression being resolved ends
    told_tense: str | None = None  # the tense the last mention was read in (api.py) ...
    told_tense_end: int = -10 ** 9  # ... and where it ended
    firm: bool = False  # the tense comes from words that fix a weekday whatever the verb (api.py) ...
    told_firm: bool = False  # ... and so did the last mention's
    whole_period: bool = False  # the value is the whole period the rule's mod would narrow (set per expression)
    # the value is one of two readings the words allow, which the text does not choose between
    # (set per expression; api.py caps the confidence and says why): WEEK_EDGE, TWELVE_MONTHS
    guess: str | None = None
    # (day, end, confidence) of a wire date line read ("LONDON, March 2 (Reuters) -"): a bare weekday
    # in its sentence that falls on that day, the reference's, is the date line's own day (api.py)
    date_line: tuple | None = None
    generic: bool = False  # told as a habit ("Children love Christmas"): no particular year (api.py)
    # the last date before Christ told ("BC0043-12-07") and where: no date is counted from it, and
    # none from a date told before it either ("In 2019 ... on 7 December 43 BC. The following year")
    before_christ: str | None = None
    before_christ_at: int = -10 ** 9
    # the heading of the live-blog entry being read ("21.10 BST"), whose day is then the reference (entries.py)
    entry_heading: str | None = None
    # the values of the dates the text gives without the reference: stated ("7 March 2024"), or
    # counted from one so given ("19:40" right after it), and the days of those that name a day or a
    # time; a date counted from one of them takes none of an inferred reference's doubt (api.py)
    text_dates: set = field(default_factory=set)
    month_from_text: bool = False  # ... and whether last_month is the month of one of them


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


WEEK_EDGE = "week_edge"  # a week told at a week's edge (_week_at_edge)
TWELVE_MONTHS = "twelve_months"  # "the past year" told well into a year
ADJACENT_WEEKDAY = "adjacent_weekday"  # "last Thursday" told on a Friday (_weekday)
DAYS_GONE_SPLIT = "days_gone_split"  # "the past week" told midweek: its days in two weeks (_days_gone_week)


def _week_at_edge(weekday: int, n: int, ctx: Context) -> int:
    """"last week" (-1) or "this week" (0) told at the edge of a week: the count of ISO weeks
    it means.  On a Saturday or Sunday "this week" told in the future is the week ahead
    ("schools will remain closed this week"): the ISO week has no working day left.  On a
    Sunday "last week" is the ISO week ending that day, the working week just gone, as "the
    past week" is: every such "last week" the date audits judged (four sentences, the Guardian's
    and TempEval's) meant it ("Netanyahu's comments last week" of his Friday's, told on Sunday
    1 March 1998; the gold's W08 there is the week before).  Where the writer's week may not be
    the ISO week, the ISO reading stays (annotators give it) and ctx.guess says the value is a
    guess: on a Sunday, a tenseless "this week" (a Sunday paper's week is the one ending that
    day, a US week begins it); on a Monday, "this week" told in the past (a Monday paper
    reports the week just gone: "This week Charlie enjoyed some daylight", "the gains made
    this week" in Friday's markets)."""
    if n == 0 and weekday >= 6 and ctx.tense == "future":
        return 1
    if weekday == 7 and n == -1:
        return 0
    if weekday == 7 and ctx.tense != "past" or weekday == 1 and n == 0 and ctx.tense == "past":
        ctx.guess = WEEK_EDGE
    return n


PERIOD_YEARS = {"decade": 10, "century": 100}  # the years of a decade, a century (the_period told in the past)


def _days_gone_week(weekday: int, ctx: Context) -> int:
    """"the past week", "the last week": the seven days up to the reference, as an ISO week (0 the
    reference's, -1 the one before).  On a Sunday they are the ISO week ending that day.  Other days
    they straddle two weeks and are the one holding most of them: the reference's own on a Friday or
    Saturday ("has been in Bethesda for the last week", told on Friday 14 April 2000: five of the
    seven days are in 10-16 April, two in the week before), the week before on a Monday or Tuesday.
    On a Wednesday or Thursday the two weeks hold three and four of them, or four and three if the
    day itself is not counted: the majority's week, as a guess (ctx.guess)."""
    if weekday in (3, 4):
        ctx.guess = DAYS_GONE_SPLIT
    return 0 if weekday >= 4 else -1


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


NEXT_DAYS_WITHOUT_TENSE = 1  # a weekday with no tense is in the past week unless tomorrow
# A quarter whose results are told ("fourth-quarter results") that starts this
# far ahead in the reference's year is the one of the year before, whatever
# the tense, when that one ended this lately: in January, the one just ended.
QUARTER_AHEAD_DAYS = 183
QUARTER_JUST_ENDED_DAYS = 62
HALF_AHEAD_DAYS = 120  # the same for "second-half results" in January or February
CLOSE_DAYS = 92  # a month or a day this close to the reference needs no tense
AGAINST_TENSE_DAYS = 61  # ... unless the tense points the other way
# A day that dates a past verb right before it ("died on 3 March") is past;
# against it only this close, where the reference more likely is a few days
# off (a story filed before its stamped date, a file's anchor given roughly)
# than the day a year back.
VERB_DAY_AGAINST_DAYS = 7
# A month against a tense told by the verb next to it only when it is the
# next or the last one ("changed ... in December" told in October is the
# December before); against a weaker cue two months away ("announced an
# agreement to acquire the bank in January", told in November).
AGAINST_TENSE_MONTHS_DAYS = 31


def _pick(candidates: list[dt.date], ref: dt.date, direction: str, tense: str | None,
          same_year: dt.date | None = None, close: bool = False, strict: bool = False,
          against_days: int = AGAINST_TENSE_DAYS, this_close: bool = False) -> dt.date:
    """Choose among dates one year (or week) apart, as `direction` says.

    `this_close`: "this Christmas" told in the past a few days after it is
    the one just gone, not the one of the reference's year still ahead."""
    if direction == "=" and same_year is not None:
        if this_close and tense == "past" and same_year > ref:
            gone = max((c for c in candidates if c <= ref), default=None)
            if gone is not None and (ref - gone).days <= CLOSE_DAYS:
                return gone
        if this_close and tense == "future" and same_year < ref:
            ahead = min((c for c in candidates if c >= ref), default=None)
            if ahead is not None and (ahead - ref).days <= CLOSE_DAYS:
                return ahead
        return same_year
    if direction == "~" and close:
        nearest = min(candidates, key=lambda c: (abs((c - ref).days), c > ref))
        days = (nearest - ref).days
        against = (tense == "past" and days > 0) or (tense == "future" and days < 0)
        if abs(days) <= (0 if against and strict else against_days if against else CLOSE_DAYS):
            return nearest
    if direction == "~":
        direction = {"past": "<=", "future": ">="}.get(tense, "nearest")
    if direction == "<":
        return max(c for c in candidates if c < ref)
    if direction == "<=":
        return max(c for c in candidates if c <= ref)
    if direction == ">":
        return min(c for c in candidates if c > ref)
    if direction == ">=":
        return min(c for c in candidates if c >= ref)
    # nearest; a tie goes to the past, where news mostly is
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def _has_last(ctx: Context, unit: str) -> bool:
    """Whether a date mentioned near enough anchors a LAST form."""
    if ctx.position - ctx.last_value_at > NEAR:
        return False
    if unit == "month":
        return _last_month(ctx) is not None
    return ctx.last_day is not None if unit in ("day", "week", "weekend") else bool(ctx.last_value)


# the units a count from a length's end is told in; hours and less stay on the day told ("three
# hours later"), and a year compared ("from a year earlier", yearq, yearm) is the period's year before
COUNTED_FROM_LENGTH = frozenset({"day", "week", "fortnight", "month", "year"})


def _counted_from_length(ctx: Context, unit: str) -> bool:
    """Whether a count "later" or "earlier" is told in the sentence of a length of time told
    since the last date ("If the family fails to appeal within 14 days, ... would be seven days
    later"; "held for three days and freed two days later"): it counts from that length's end
    (or start), which no date of the text gives, not from the date told before it."""
    return (unit in COUNTED_FROM_LENGTH and ctx.last_length_end > ctx.last_value_at
            and ctx.last_length_end <= ctx.position
            and not sentence_ends_between(ctx.text, ctx.last_length_end, ctx.position, 1))


def _last_month(ctx: Context) -> dt.date | None:
    """The start of the last month (or shorter date) told near: "later that
    month" after "on Jan. 3, 2015, twenty years after he left in 1995" is
    January 2015; a year has no month to count from."""
    if ctx.last_month is None or ctx.position - ctx.last_month_at > NEAR:
        return None
    return ctx.last_month


def _day_ahead_told(ctx: Context, unit: str) -> bool:
    """Whether a day after the reference was just told, which "the next week"
    in the future counts from ("The vote is on Jan. 29. The Senate will take
    it up the next week": the week after the vote, not after the reference)."""
    return (unit in ("day", "week", "weekend") and ctx.last_day is not None and ctx.reference is not None
            and ctx.last_day > ctx.reference and ctx.position - ctx.last_value_at <= NEAR)


def _apposed_day(ctx: Context) -> dt.date | None:
    """The day told before the last one when the expression is set beside
    that one ("It reopened on Dec. 21, two days later": two days after the
    day told before, not after Dec. 21)."""
    if len(ctx.days) < 2:
        return None
    (_, _, before), (_, end, last) = ctx.days[-2], ctx.days[-1]
    if before == last or not _APPOSED.fullmatch(ctx.text, end, ctx.position):
        return None
    return before


_APPOSED = re.compile(r"\s*,\s*")


def _anchor_date(ctx: Context, which: str, unit: str, n: int = 0) -> dt.date | None:
    if which == "LAST" and unit == "day" and ctx.retold is not None:
        return ctx.retold[0]  # a clock retelling a happening dated earlier: that day (api._retold_day)
    if which == "LAST" and ctx.position - ctx.last_value_at <= NEAR:
        if unit in ("week", "weekend") and ctx.last_value and value_precision(ctx.last_value) == "week":
            # "fell last week, from 30,000 the week before": the week before
            # that week (no day of it was named, so last_day is older)
            return value_interval(ctx.last_value)[0]
        if unit in ("day", "week", "weekend") and ctx.last_day is not None:
            return (n and _apposed_day(ctx)) or ctx.last_day
        if unit == "month" and _last_month(ctx) is not None:
            return _last_month(ctx)
        if unit not in ("day", "week", "weekend") and ctx.last_value:
            span = value_interval(ctx.last_value)
            if span:
                return span[0]
    if which == "LAST":
        ctx.fell_back = True
    return ctx.reference


def _coarser_told_since_day(ctx: Context) -> str | None:
    """The week or month told last, near, when it came after the last day named (a day counted
    from it falls within it, or next to it); else None."""
    if ctx.position - ctx.last_value_at > NEAR or not ctx.last_value or ctx.last_value.endswith("-WE"):
        return None
    if value_precision(ctx.last_value) not in ("week", "month"):
        return None
    if ctx.days and ctx.days[-1][0] >= ctx.last_value_at:
        return None
    return ctx.last_value


def _compared_quarter(ctx: Context) -> str | None:
    """The quarter that "a year earlier", "the year-ago period" and "the 1988
    period" compare with: the last one named in the same paragraph; else the
    quarter the story reports on.  Of the quarters named within NEAR, those
    ended by the reference (results are told of ended periods, not of "the
    third quarter of 1990" analysts foresee), the one named most, the first
    on a tie (the lead's, not "after a flat second quarter" named in passing
    in a paragraph before)."""
    if not ctx.last_quarter or ctx.position - ctx.last_quarter_at > NEAR:
        return None
    if not any(PARAGRAPH_BREAK.finditer(ctx.text, ctx.last_quarter_at, ctx.position)):
        return ctx.last_quarter
    near = [v for at, v in ctx.quarters if ctx.position - at <= NEAR]
    ended = [v for v in near if ctx.reference and value_interval(v)[1] < ctx.reference]
    pool = ended or near or [ctx.last_quarter]
    counts = Counter(pool)
    most = max(counts.values())
    return next(v for v in pool if counts[v] == most)


def period_closed_by(day: dt.date, months: int) -> str | None:
    """The calendar period a span of `months` that closes on `day` covers,
    as a comparison reads it ("the three months ended March 31 ... a year
    earlier").  Three months: the quarter of their middle, as "the quarter
    ended Sept. 30" (a fiscal quarter ended July 31 is the second).  Six:
    the half, when they lie in one.  Another span shorter than a year (nine
    months), which TIMEX3 has no form for: the year, when they lie in one,
    since the closing day alone would compare one day, not the months.
    None otherwise (six months to March 31 straddle two halves, a fiscal
    year two years): the day is kept, where the compared span ends."""
    if not 0 < months < 12:
        return None
    if (day + dt.timedelta(days=1)).day == 1:  # closes a month: the span starts a month's first day
        y, mo = _add_months(day.year, day.month, 1 - months)
        start = dt.date(y, mo, 1)
    else:
        y, mo = _add_months(day.year, day.month, -months)
        start = dt.date(y, mo, min(day.day, 28)) + dt.timedelta(days=1)
    if months == 3:
        middle = day - dt.timedelta(days=45)
        return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}"
    if start.year != day.year:
        return None
    if months == 6:
        half = (day.month - 1) // 6 + 1
        return f"{day.year:04d}-H{half}" if (start.month - 1) // 6 + 1 == half else None
    return f"{day.year:04d}"


def _forget_for_before_christ(value: str, ctx: Context, position: int) -> None:
    """A date before Christ is now the date told last: the calendar here does not count from it,
    so "the following year" after it has no date, rather than one counted from a date of our era
    told before it (the article's 2022, a year after "7 December 43 BC")."""
    ctx.last_value, ctx.last_day, ctx.last_month = None, None, None
    ctx.days.clear()
    ctx.before_christ, ctx.before_christ_at = value, position


def counts_from_before_christ(ctx: Context) -> str | None:
    """The date before Christ an expression that found no date to count from would count from:
    one told near, after any date of our era; else None."""
    if ctx.before_christ and ctx.position - ctx.before_christ_at <= NEAR and ctx.before_christ_at >= ctx.last_value_at:
        return ctx.before_christ
    return None


def _months_compared(ctx: Context) -> bool:
    """Whether a span of months was told since the last date, in the sentence of the year compared
    ("said Friday that it had losses through the first nine months, compared with earnings a year
    earlier"): the months are compared, of the year before (no TIMEX3 value holds nine months of
    a year), not the day told before them (the Friday a year before)."""
    return (ctx.months_span_end > ctx.last_value_at and ctx.months_span_end <= ctx.position
            and not sentence_ends_between(ctx.text, ctx.months_span_end, ctx.position, 1))


def _day_of_saying(ctx: Context) -> bool:
    """Whether the day told last is the day something was said, not a day a figure is of ("Acme said
    Friday that profit rose 10% from a year earlier", "reported yesterday"; tense.yaml's
    saying_day_before and saying_day_after): a figure compared "from a year earlier" is the same
    period a year before, which the day of saying does not give (a quarter told near does), so the
    comparison is the year before, not the Friday a year before."""
    at, end = ctx.last_value_at, ctx.last_value_end
    return (value_precision(ctx.last_value) in ("day", "time")
            and bool(cue_pattern("saying_day_before").search(ctx.text[max(0, at - 40):at])
                     or cue_pattern("saying_day_after").search(ctx.text[end:end + 40])))


def _said_on(ctx: Context) -> bool:
    """_day_of_saying, noted for the reason (api._reason: "the year of the day it was said")."""
    ctx.saying_day = _day_of_saying(ctx)
    return ctx.saying_day


def forget_quarters(ctx: Context) -> None:
    """The period now spoken of is no quarter ("in the nine months")."""
    ctx.last_quarter = None
    ctx.quarters.clear()


def _relative(m: re.Match, ctx: Context) -> str:
    which, sign, count, unit, suffix = m.groups()
    if count == "X":
        return "PAST_REF" if sign == "-" else "FUTURE_REF"
    n = int(count) * (-1 if sign == "-" else 1)
    ends_at_reference = which == "GONE"  # the days just gone, up to the reference
    if ends_at_reference:
        which = "REF"
    if which == "TNS":
        which = "LAST" if ctx.tense == "past" or _day_ahead_told(ctx, unit) else "REF"
    if which == "EVENT":
        raise Unresolvable("event_undated")
    if m.group(1) == "LAST" and n and _counted_from_length(ctx, unit):
        raise Unresolvable("counted_from_length")
    if which == "THAT":
        if not _has_last(ctx, unit):
            raise Unresolvable("date_not_given")
        which = "LAST"
    if which == "SAME":
        # "the month" after "in September": that month, when one is just
        # spoken of in the same paragraph and the tense does not look ahead
        # ("For the year, analysts expect a loss"); else the reference's
        if (unit in ("month", "year") and ctx.tense != "future" and ctx.last_value
                and ctx.position - ctx.last_value_at <= NEAR
                and value_precision(ctx.last_value) == unit
                and not any(PARAGRAPH_BREAK.finditer(ctx.text, ctx.last_value_at, ctx.position))):
            return ctx.last_value + suffix
        which = "REF"
        if (unit == "year" and ctx.tense == "past" and ctx.reference is not None
                and (ctx.reference - dt.date(ctx.reference.year, 1, 1)).days < QUARTER_JUST_ENDED_DAYS):
            n -= 1  # "wages rose 3.2% over the year", told in January: the year just ended
        if unit == "week" and ctx.tense == "past" and ctx.reference is not None and ctx.reference.isoweekday() == 1:
            n -= 1  # "for the week, the index dropped 3.8%", told on a Monday: the week just ended
        if (unit in PERIOD_YEARS and ctx.tense == "past" and ctx.reference is not None
                and ctx.reference.year % PERIOD_YEARS[unit] in (0, 1)):
            # "the greatest athlete of the century", "crime fell through the decade", told in 2000
            # or 2001: in its first year, whether it begins in 2000 or (counted from a year 1) in
            # 2001, a decade or century has had too little time to be told in the past, so the one
            # just ended, as "over the year" told in January is the year just ended
            n -= 1
    if (unit in ("yearq", "yearm") and ctx.period and ctx.period_at == ctx.last_value_at
            and ctx.position - ctx.period_at <= NEAR):
        # "in the three months ended March 31 ... a year earlier": the
        # period compared is the span, not its closing day
        return f"{int(ctx.period[:4]) + n:04d}{ctx.period[4:]}{suffix}"
    compared = _compared_quarter(ctx) if unit in ("yearq", "yearm") else None
    if compared:
        y, q = _QVALUE.match(compared).groups()
        return f"{int(y) + n}-Q{q}{suffix}"
    if (unit == "yearm" and ctx.last_value and ctx.position - ctx.last_value_at <= NEAR
            and not _months_compared(ctx) and not _said_on(ctx)):
        compared_at = _compared_month_or_day(ctx.last_value, n)
        if compared_at:
            return compared_at + suffix
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit in ("hour", "minute", "second"):
        # "three hours later": that day; "48 hours later": whole days on
        unit, n = "day", (n // 24 if unit == "hour" and n % 24 == 0 else 0)
    coarser = _coarser_told_since_day(ctx) if which == "LAST" and unit == "day" and abs(n) == 1 and not suffix else None
    if coarser:
        # "the following day" after "the middle of last week": the day after a day of that week,
        # not after the last day named before it; no more precise than that week
        return coarser
    anchor = ctx.reference if clock_past_after_day_ahead(ctx, m.group(0)) else _anchor_date(ctx, which, unit, n)
    if anchor is None:
        raise Unresolvable
    if which == "LAST" and n > 0 and ctx.tense == "past" and not _has_last(ctx, unit):
        # "Two days later, the company said": later than a day the text has
        # not given; counted from the reference, a past after it
        raise Unresolvable("day_not_given_past")
    if unit == "day":
        if sign == "~":
            # "overnight": told in the past, the night just gone (it began
            # the day before); else the coming one
            n = -1 if ctx.tense == "past" else 0
        elif sign == ">":
            # "into the small hours": past the midnight after the day spoken
            # of; with none, past the reference's own (told in the past) or
            # the coming one
            n = 1 if which == "LAST" and _has_last(ctx, unit) or ctx.tense != "past" else 0
        return (anchor + dt.timedelta(days=n)).isoformat() + suffix
    if unit == "week":
        if sign == ">":
            # the days after the anchor day in its week: after a Sunday, the
            # next ISO week, whose days up to Saturday close the US week
            ctx.whole_period = anchor.isoweekday() == 7
            return _week(anchor + dt.timedelta(days=1)) + suffix
        if ends_at_reference and n == -1:
            n = _days_gone_week(anchor.isoweekday(), ctx)
        elif which == "REF" and n in (-1, 0):
            n = _week_at_edge(anchor.isoweekday(), n, ctx)
        return _week(anchor + dt.timedelta(weeks=n)) + suffix
    if unit == "weekend":
        wd = anchor.isoweekday()
        if sign == "~":
            # "the weekend": ahead, this one unless it is Sunday ("talks will
            # go on over the weekend" written on a Saturday); back, this one
            # from Saturday on, else the last
            if ctx.tense == "future":
                n = 0 if wd <= 6 else 1
            else:
                n = 0 if wd >= 6 else -1
        elif sign == ">":
            n = 0 if wd <= 5 else 1  # "the coming weekend": the first one after the reference
        elif which == "REF" and n == 0 and ctx.tense == "past" and wd <= 5:
            n = -1  # "thousands marched this weekend" written on a Monday: the one just gone
        elif which == "LAST" and n > 0 and wd <= 5:
            # "The wall opened on Thursday, Nov. 9. The following weekend, two million crossed":
            # a weekend closes its week, so the first one after a weekday is that week's
            n -= 1
        return _week(anchor + dt.timedelta(weeks=n)) + "-WE" + suffix
    if unit == "month":
        y, mo = _add_months(anchor.year, anchor.month, n)
        return f"{y:04d}-{mo:02d}{suffix}"
    if unit == "quarter":
        y, mo = _add_months(anchor.year, anchor.month, 3 * n)
        return f"{y:04d}-Q{(mo - 1) // 3 + 1}{suffix}"
    if unit in ("year", "yearq", "yearm"):
        if ends_at_reference and n == -1 and (anchor - dt.date(anchor.year, 1, 1)).days >= QUARTER_JUST_ENDED_DAYS:
            # "over the past year", told in June: the twelve months to the reference, of which the
            # year before (as annotators give it) holds only a part
            ctx.guess = TWELVE_MONTHS
        if sign == "^" and ctx.tense == "past" and (anchor - dt.date(anchor.year, 1, 1)).days < QUARTER_JUST_ENDED_DAYS:
            n -= 1  # "sales for the full year rose", told in January: the year just ended
        return f"{anchor.year + n:04d}{suffix}"
    if unit == "yeard":
        return _same_day_in(anchor, anchor.year + n).isoformat() + suffix
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}{suffix}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}{suffix}"
    raise Unresolvable


def _compared_month_or_day(last: str, n: int) -> str | None:
    """The month or day just told, n years on, for a comparison: "exports in July
    fell from a year earlier" is July of the year before, "backlog at December
    31, 2018 rose from a year earlier" December 31, 2017; None for other values."""
    precision = value_precision(last)
    if precision == "month":
        return f"{int(last[:4]) + n:04d}{last[4:]}"
    if precision == "day":
        day = dt.date.fromisoformat(last)
        return _same_day_in(day, day.year + n).isoformat()
    return None


def _same_day_in(day: dt.date, year: int) -> dt.date:
    """The day's month and day in another year (29 February: the 28th there)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def _weekday(m: re.Match, ctx: Context) -> str:
    direction, wd, shift, suffix = m.group(1), int(m.group(2)), int(m.group(3) or 0), m.group(4)
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
    same_week = monday + dt.timedelta(days=wd - 1)
    candidates = [same_week + dt.timedelta(weeks=k) for k in (-2, -1, 0, 1, 2)]
    if direction == "~" and ctx.tense is None:
        # no tense: news mostly reports the past week, unless the day is next
        past = max(c for c in candidates if c <= ref)
        ahead = min(c for c in candidates if c > ref)
        day = ahead if (ahead - ref).days <= NEXT_DAYS_WITHOUT_TENSE else past
    else:
        day = _pick(candidates, ref, direction, ctx.tense, same_week)
    if direction in "<>" and abs((day - ref).days) == 1:
        # "last Thursday" told on a Friday, "next Tuesday" on a Monday: the day next to the
        # reference, which a writer would call "yesterday" or "tomorrow"; many mean the one a week
        # further ("I saw Iain last Thursday" on Friday 1 May: 23 April). The annotators' nearest
        # day stays, flagged as one of two readings.
        ctx.guess = ADJACENT_WEEKDAY
    return (day + dt.timedelta(days=shift)).isoformat() + suffix


def _weekday_from_last(m: re.Match, ctx: Context) -> str:
    """"the previous Friday", "the following Monday": from the day last spoken of."""
    direction, wd, shift, suffix = m.group(1), int(m.group(2)), int(m.group(3) or 0), m.group(4)
    anchor = ctx.from_day or (ctx.last_day if ctx.position - ctx.last_value_at <= NEAR and ctx.last_day else None)
    if anchor is None and direction == ">" and ctx.tense == "past":
        # "The following Monday, the board met": after a day the text has
        # not given; after the reference, a past yet to come
        raise Unresolvable("day_not_given_past")
    if anchor is None and direction == "=":
        raise Unresolvable("week_not_given")  # "that Friday"
    ctx.fell_back = anchor is None
    anchor = anchor or ctx.reference
    if anchor is None:
        raise Unresolvable
    if direction == "=":
        day = anchor + dt.timedelta(days=wd - anchor.isoweekday())
        return (day + dt.timedelta(days=shift)).isoformat() + suffix
    step = -1 if direction == "<" else 1
    day = anchor + dt.timedelta(days=step)
    while day.isoweekday() != wd:
        day += dt.timedelta(days=step)
    return (day + dt.timedelta(days=shift)).isoformat() + suffix


def _named_from_last(m: re.Match, ctx: Context) -> str:
    """"the following March", "the previous summer": the first such month or
    season after the date last spoken of (the last one before it); with none
    near, after (before) the reference, but no date for one after it told in
    the past (as "two days later")."""
    direction, name, suffix = m.groups()
    span = (value_interval(ctx.last_value)
            if ctx.last_value and ctx.position - ctx.last_value_at <= NEAR else None)
    if span is None:
        if ctx.reference is None or (direction == ">" and ctx.tense == "past"):
            raise Unresolvable("counts_from_no_date")
        span, ctx.fell_back = (ctx.reference, ctx.reference), True
    years = range(span[0].year - 2, span[1].year + 3)
    if direction == ">":
        y = min(y for y in years if value_interval(f"{y:04d}-{name}")[0] > span[1])
    else:
        y = max(y for y in years if value_interval(f"{y:04d}-{name}")[1] < span[0])
    return f"{y:04d}-{name}{suffix}"


def _weekday_weeks_away(m: re.Match, ctx: Context) -> str:
    """"a week ago Wednesday": the last Wednesday (on or before the reference)
    a week back; "two weeks from Friday": the next Friday, two weeks on."""
    sign, n, wd, suffix = m.group(1), int(m.group(2)), int(m.group(3)), m.group(4)
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    if sign == "-":
        day = ref - dt.timedelta(days=(ref.isoweekday() - wd) % 7)
        day -= dt.timedelta(weeks=n)
    else:
        day = ref + dt.timedelta(days=(wd - ref.isoweekday() - 1) % 7 + 1)
        day += dt.timedelta(weeks=n)
    return day.isoformat() + suffix


def _period_ended(m: re.Match, ctx: Context) -> str:
    """"the quarter ended Sept. 30": the quarter being spoken of (a company's
    "fiscal first quarter" keeps its number), else the calendar quarter of the
    middle of the three months to that day (one ended July 31 is the second);
    "the week ended Oct. 20": the week of that day."""
    direction, unit, month, day, suffix = m.groups()
    if unit == "quarter" and ctx.last_quarter and ctx.position - ctx.last_quarter_at <= NEAR:
        return ctx.last_quarter + suffix
    end = dt.date.fromisoformat(_month_day(_MD.match(f"UNDEF-md{direction}{month}-{day}"), ctx))
    if unit == "week":
        return _week(end) + suffix
    middle = end - dt.timedelta(days=45)
    return f"{middle.year:04d}-Q{(middle.month - 1) // 3 + 1}{suffix}"


def _day_of_last_month(m: re.Match, ctx: Context) -> str:
    """"April 24 and 25": the 25th of the month of the day just mentioned."""
    direction, day, weekday, suffix = m.group(1), int(m.group(2)), m.group(3), m.group(4)
    if weekday:
        return _day_on_weekday(day, int(weekday), ctx).isoformat() + suffix
    if ctx.last_day is not None and ctx.position - ctx.last_value_at <= NEAR:
        return ctx.last_day.replace(day=day).isoformat() + suffix
    if direction == "~":
        return _day_of_reference_month(day, ctx).isoformat() + suffix
    raise Unresolvable


# How many months either side of the reference "Friday the 13th" is looked
# for: any day of the month falls on any weekday at least once in 14 months.
WEEKDAY_DOM_MONTHS = 28
# With no tense and no month near, "Friday the 13th" is the one at hand only
# this close: a story about a day is told in the weeks around it, and one
# further off speaks of the superstition ("Many people fear Friday the 13th",
# told in January, is no July's day).
WEEKDAY_DOM_UNTENSED_DAYS = 31


def _day_on_weekday(day: int, weekday: int, ctx: Context) -> dt.date:
    """"Friday the 13th": the 13th that is a Friday, in the month (or the
    month of the day) just mentioned when that one's is ("in November 1998
    ... on Friday the 13th") and, unless the text wrote its year, the tense
    allows, else the one the tense picks from
    the reference (the nearest with none)."""
    ref = ctx.reference
    last = ctx.last_month  # the start of the month or day just named
    if last is not None and ctx.position - ctx.last_month_at <= NEAR and _valid(last.year, last.month, day):
        told = dt.date(last.year, last.month, day)
        # a month the text wrote with its year holds; one the resolver chose, only if the tense
        # allows: "said Friday ... crashed on Friday the 13th", told on the 10th, is no 13th ahead
        written = ctx.told_at == ctx.last_month_at
        against = ref is not None and not written and (
            (ctx.tense == "past" and told > ref) or (ctx.tense == "future" and told < ref))
        if told.isoweekday() == weekday and not against:
            return told
    if ref is None:
        raise Unresolvable
    candidates = []
    for k in range(-WEEKDAY_DOM_MONTHS, WEEKDAY_DOM_MONTHS + 1):
        y, mo = _add_months(ref.year, ref.month, k)
        if _valid(y, mo, day) and dt.date(y, mo, day).isoweekday() == weekday:
            candidates.append(dt.date(y, mo, day))
    if not candidates:
        raise Unresolvable
    day = _pick(candidates, ref, "~", ctx.tense)
    if ctx.tense is None and abs((day - ref).days) > WEEKDAY_DOM_UNTENSED_DAYS:
        raise Unresolvable("no_month_near")
    return day


def _day_of_reference_month(day: int, ctx: Context) -> dt.date:
    """"Nominations close on the 25th", no month near: a story tells of the
    days around its own (this month's 25th; in the past tense the last 25th
    up to the reference, in the future the next).  A text that has gone on
    to another month leaves the day open: a wrong day is worse than none."""
    ref = ctx.reference
    if ref is None or (ctx.last_day is not None and ctx.last_day.replace(day=1) != ref.replace(day=1)):
        raise Unresolvable
    candidates = []
    for k in (-1, 0, 1):
        y, mo = _add_months(ref.year, ref.month, k)
        try:
            candidates.append(dt.date(y, mo, day))
        except ValueError:
            pass  # no 31st in that month
    this_month = next((c for c in candidates if c.month == ref.month), None)
    if ctx.tense in ("past", "future") or this_month is None:
        return _pick(candidates, ref, "~", ctx.tense)
    return this_month


def _turn(m: re.Match, ctx: Context) -> str:
    """"the turn of the century": the year one begins, the nearest to the
    reference unless the tense says which way."""
    direction, unit, suffix = m.groups()
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    size = 100 if unit == "century" else 1000
    base = ref.year // size * size
    candidates = [dt.date(base + k * size, 1, 1) for k in (-1, 0, 1)]
    day = _pick(candidates, ref, direction, ctx.tense, candidates[1])
    return f"{day.year:04d}{suffix}"


def _range_start(ctx: Context) -> dt.date | None:
    """The first day of the date mentioned just before, for the end of a range
    ("from April 1 to Sept. 30", "from September to January"): None when no
    date ends within PAIR_NEAR characters."""
    if not ctx.last_value or ctx.position - ctx.last_value_end > PAIR_NEAR:
        return None
    span = value_interval(ctx.last_value)
    return span[0] if span else None


def _after_start(month: int, day: int, start: dt.date, ctx: Context) -> dt.date | None:
    """The first date of that month and day on or after start, within a year;
    None when the tense is past and that date is after the reference (in
    "prices rose between January and March", told on 10 January, the start
    is the one to doubt: the tense alone chooses the end)."""
    for y in (start.year, start.year + 1):
        if _valid(y, month, day) and dt.date(y, month, day) >= start:
            got = dt.date(y, month, day)
            if ctx.tense == "past" and ctx.reference is not None and got > ctx.reference:
                return None
            return got
    return None


def _month(m: re.Match, ctx: Context) -> str:
    direction, month, suffix = m.group(1), int(m.group(2)), m.group(3)
    if direction == "+":  # the end of a range: the first such month from its start
        start = _range_start(ctx)
        day = _after_start(month, 1, start.replace(day=1), ctx) if start else None
        if day:
            return f"{day.year:04d}-{month:02d}{suffix}"
        direction = "~"
    if direction == "~" and ctx.story_year is not None:  # "in 1812. In September": September 1812
        return f"{year_value(ctx.story_year)}-{month:02d}{suffix}"
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    first = ref.replace(day=1)
    candidates = [dt.date(ref.year + k, month, 1) for k in (-2, -1, 0, 1, 2)]
    day = _pick(candidates, first, direction, ctx.tense, dt.date(ref.year, month, 1), close=True, strict=ctx.strict,
                against_days=AGAINST_TENSE_DAYS if ctx.weak else AGAINST_TENSE_MONTHS_DAYS, this_close=True)
    if direction in "<>" and abs((day.year - ref.year) * 12 + month - ref.month) <= 1:
        # "last February" written in March: last month would have been said
        day = day.replace(year=day.year + (-1 if direction == "<" else 1))
    return f"{day.year:04d}-{month:02d}{suffix}"


def _span_month(m: re.Match, ctx: Context) -> str:
    """The start of a range of months ("from January to November"): in the
    past tense, the last such month up to the end the tense picks ("output
    rose from January to November", told in January 2019: January 2018);
    otherwise as the tense picks it (the end follows it: UNDEF-month+)."""
    month, end_month, suffix = m.groups()
    if ctx.tense == "past":
        end = _month(_MONTH.match(f"UNDEF-month~{end_month}"), ctx)
        year = int(end[:4]) - (int(month) > int(end_month))
        return f"{year:04d}-{month}{suffix}"
    return _month(_MONTH.match(f"UNDEF-month~{month}{suffix}"), ctx)


def _span_month_day(m: re.Match, ctx: Context) -> str:
    """The start of a range of days ("between Jan. 1 and March 31"), as
    _span_month."""
    month, day, end_month, end_day, suffix = m.groups()
    if ctx.tense == "past":
        end = _month_day(_MD.match(f"UNDEF-md~{end_month}-{end_day}"), ctx)
        year = int(end[:4]) - ((month, day) > (end_month, end_day))
        if _valid(year, int(month), int(day)):
            return f"{year:04d}-{month}-{day}{suffix}"
    return _month_day(_MD.match(f"UNDEF-md~{month}-{day}{suffix}"), ctx)


def _month_week(m: re.Match, ctx: Context) -> str:
    """"the first week of May": the ISO week with most of May 1-7 (the one
    holding May 4); "the last week of May": the one holding May 28."""
    direction, month, nth, year, suffix = m.groups()
    month, nth = int(month), int(nth)
    if year is None:
        picked = _month(_MONTH.match(f"UNDEF-month{direction}{month:02d}"), ctx)
        year = picked[:4]
    y = int(year)
    if nth == 5:
        ny, nm = _add_months(y, month, 1)
        day = dt.date(ny, nm, 1) - dt.timedelta(days=4)
    else:
        day = dt.date(y, month, 4 + 7 * (nth - 1))
    return _week(day) + suffix


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _holiday_against(ctx: Context) -> int:
    """A holiday against the tense only when the tense is a guess: "The family
    will gather at Christmas", told on 3 January, is next Christmas, and
    "Sales rose over Christmas", told on 3 December, the last one; "before
    Christmas" is the next one."""
    return AGAINST_TENSE_DAYS if ctx.weak and not ctx.ahead else 0


def _month_day(m: re.Match, ctx: Context) -> str:
    if m.group(5).startswith("weekend"):  # "the Fourth of July weekend": the weekend next to the day
        day = _month_day_of(_MD.match(m.string[:m.start(5)] + m.group(5)[len("weekend"):]), ctx)
        return weekend_of(dt.date.fromisoformat(day[:10])) + day[10:]
    return _month_day_of(m, ctx)


def _restated_day(month: int, day: int, ctx: Context) -> dt.date | None:
    """The day just told, when the expression names it again ("Easter 2020
    falls on April 12", "Chinese New Year 2018 fell on Feb. 16"): its year."""
    last = ctx.last_day
    if last is None or ctx.position - ctx.last_value_end > PAIR_NEAR:
        return None
    return last if (last.month, last.day) == (month, day) else None


def _story_day(month: int, day: int, weekday, ctx: Context) -> str | None:
    """The day in the year a history has reached ("in 1848. On 24 February"; "in 44 BC. On 15
    March": BC0044-03-15), as a value: a year before Christ is no datetime's."""
    if ctx.story_year is None or weekday:
        return None
    try:
        day_of(ctx.story_year, month, day)
    except ValueError:  # "On 29 February" of a year without one
        return None
    return f"{year_value(ctx.story_year)}-{month:02d}-{day:02d}"


def _month_day_of(m: re.Match, ctx: Context) -> str:
    direction, month, day, weekday, suffix = m.groups()
    month, day = int(month), int(day)
    if direction == "+":  # the end of a range: the first such day from its start
        start = _range_start(ctx)
        got = _after_start(month, day, start, ctx) if start and not weekday else None
        if got:
            return got.isoformat() + suffix
        direction = "~"
    holiday = direction == "%"  # "Christmas": as "~", but a clear tense is not overruled
    direction = "~" if holiday else direction
    restated = _restated_day(month, day, ctx)
    told = restated.isoformat() if restated is not None else _story_day(month, day, weekday, ctx)
    if direction == "~" and told is not None:
        return told + suffix
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    candidates = []
    for k in (-1, 0, 1):
        try:
            candidates.append(dt.date(ref.year + k, month, day))
        except ValueError:  # 29 February
            pass
    if weekday:  # "Saturday, April 25": the year in which the day is a Saturday
        fits = [dt.date(ref.year + k, month, day) for k in range(-6, 7)
                if _valid(ref.year + k, month, day)
                and dt.date(ref.year + k, month, day).isoweekday() == int(weekday)]
        if fits:
            return min(fits, key=lambda c: abs((c - ref).days)).isoformat() + suffix
    if not candidates:
        raise Unresolvable
    same = next((c for c in candidates if c.year == ref.year), candidates[0])
    against = _holiday_against(ctx) if holiday else AGAINST_TENSE_DAYS
    if ctx.verb_day:
        against = min(against, VERB_DAY_AGAINST_DAYS)
    return _pick(candidates, ref, direction, ctx.tense, same, close=True, strict=ctx.strict,
                 against_days=against, this_close=True).isoformat() + suffix


def _season(m: re.Match, ctx: Context) -> str:
    direction, season, suffix = m.groups()
    ref = ctx.reference
    if direction == "+":
        # only right after a season ("autumn and winter"); else as the tense says
        span = (value_interval(ctx.last_value)
                if ctx.last_value and _SEASON_VALUE.match(ctx.last_value)
                and ctx.position - ctx.last_value_at <= PAIR_NEAR else None)
        if span:
            start = span[0]
            y = min(y for y in range(start.year - 1, start.year + 2)
                    if value_interval(f"{y:04d}-{season}")[0] >= start)
            return f"{y:04d}-{season}{suffix}"
        direction = "~"
    if direction == "~" and ctx.story_year is not None:  # "In June 1918 ... In the autumn": autumn 1918
        return f"{year_value(ctx.story_year)}-{season}{suffix}"
    if ref is None:
        raise Unresolvable
    spans = {y: value_interval(f"{y:04d}-{season}") for y in range(ref.year - 2, ref.year + 2)}
    if direction == "=":
        # "this winter": the one under way (told in January, the one begun in
        # December); else, of those that touch the reference's year, the one
        # just gone in the past tense, the one ahead in the future
        now = next((y for y, (a, b) in spans.items() if a <= ref <= b), None)
        if now is not None:
            return f"{now:04d}-{season}{suffix}"
        touching = [y for y, (a, b) in spans.items() if a.year <= ref.year <= b.year]
        gone = [y for y in touching if spans[y][1] < ref]
        ahead = [y for y in touching if spans[y][0] > ref]
        if ctx.tense == "past" and gone:
            return f"{max(gone):04d}-{season}{suffix}"
        if ctx.tense == "future" and ahead:
            return f"{min(ahead):04d}-{season}{suffix}"
        return f"{ref.year:04d}-{season}{suffix}"
    if direction == "~" and ctx.tense is None:
        return f"{ref.year:04d}-{season}{suffix}"
    if direction == "<" or (direction == "~" and ctx.tense == "past"):
        strict = direction == "<"
        y = max(y for y, (a, b) in spans.items() if (b < ref if strict else a <= ref))
    else:
        strict = direction == ">"
        y = min(y for y, (a, b) in spans.items() if (a > ref if strict else b >= ref))
    return f"{y:04d}-{season}{suffix}"


def quarter_in_focus(ctx: Context) -> str:
    """The quarter "the quarter" means: the one named last in its paragraph ("Profit in the second
    quarter rose; in the quarter sales fell"); with none there, the one the text reports on, not a
    comparison named last in a paragraph before ("... compared with the first quarter of fiscal
    2025.  Vehicle deliveries in the quarter fell": the release's own quarter)."""
    return ctx.own_quarter if takes_own_quarter(ctx) else ctx.last_quarter


def takes_own_quarter(ctx: Context) -> bool:
    """Whether "the quarter" is the one the text reports on: no quarter named in its paragraph."""
    return (ctx.own_quarter is not None and ctx.last_quarter is not None
            and any(PARAGRAPH_BREAK.finditer(ctx.text, ctx.last_quarter_at, ctx.position)))


def _this_quarter(ctx: Context, latest: str) -> str:
    """"this quarter": in a report on the quarter just ended, told in the past or present, that one
    ("This quarter's loss includes pretax charges", a third-quarter report of Nov. 1); else, or told
    ahead ("Analysts expect this quarter's profit to rise"), the reference's own quarter."""
    if ctx.tense != "future" and ctx.last_quarter is not None and quarter_in_focus(ctx) == latest:
        return latest
    ref = ctx.reference
    return f"{ref.year:04d}-Q{(ref.month - 1) // 3 + 1}"


def _quarter(m: re.Match, ctx: Context) -> str:
    direction, q, which, suffix = m.groups()
    reported = direction == "^"  # "fourth-quarter results": may be the one just ended
    direction = "=" if reported or not direction else direction  # "the third quarter": of the reference's year
    ref = ctx.reference
    if q is None:  # "the quarter", "the latest": the one in focus (quarter_in_focus); else the last ended
        if which in ("last", "latest") and ctx.last_quarter:
            return quarter_in_focus(ctx) + suffix
        if ref is None:
            raise Unresolvable
        y, mo = _add_months(ref.year, ref.month, -3)
        latest = f"{y:04d}-Q{(mo - 1) // 3 + 1}"
        if which == "this":
            return _this_quarter(ctx, latest) + suffix
        return latest + suffix
    if ref is None:
        raise Unresolvable
    y = ref.year + {"<": -1, ">": 1}.get(direction, 0)
    if direction == "~":  # "the December quarter": calendar months, no fiscal year to doubt
        end = value_interval(f"{y:04d}-Q{q}")[1]
        if ctx.tense == "past" and end > ref:
            y -= 1  # "profit in the March quarter fell", told in February: last year's
        elif ctx.tense == "future" and end < ref:
            y += 1
        direction = "="
        if ctx.tense in ("past", "future"):
            return f"{y:04d}-Q{q}{suffix}"
    if direction == "=" and ctx.tense == "past" and 3 * int(q) - 2 > ref.month:
        y -= 1  # "results for the fourth quarter" reported in January
    elif (direction == "=" and not reported and ctx.tense == "future"
          and (ref - value_interval(f"{y:04d}-Q{q}")[1]).days > CLOSE_DAYS):
        y += 1  # "profit will rise in the first quarter", told in October: next year's
    elif reported and (dt.date(y, 3 * int(q) - 2, 1) - ref).days > QUARTER_AHEAD_DAYS \
            and (ref - value_interval(f"{y - 1:04d}-Q{q}")[1]).days <= QUARTER_JUST_ENDED_DAYS:
        y -= 1  # "will report fourth-quarter results" in January: the one just ended
    return f"{y:04d}-Q{q}{suffix}"


def _half(m: re.Match, ctx: Context) -> str:
    year, h, suffix = m.groups()
    reported = year == "^"  # "second-half results": may be the one just ended
    if year is None or reported:
        ref = ctx.reference
        if ref is None:
            raise Unresolvable
        y = ref.year
        start = dt.date(y, 6 * int(h) - 5, 1)
        if ctx.tense == "past" and value_interval(f"{y:04d}-H{h}")[1] > ref:
            y -= 1  # "profit rose in the second half", told in February: an ended half
        elif not reported and ctx.tense == "future" and (ref - value_interval(f"{y:04d}-H{h}")[1]).days > CLOSE_DAYS:
            y += 1  # "growth will pick up in the first half", told in October
        elif reported and (start - ref).days > HALF_AHEAD_DAYS and (ref - dt.date(y - 1, 12, 31)).days <= QUARTER_JUST_ENDED_DAYS:
            y -= 1  # "second-half results", in January: the half just ended
        year = f"{y:04d}"
    return f"{year}-H{h}{suffix}"


def _decade(m: re.Match, ctx: Context) -> str:
    d, suffix = int(m.group(1)), m.group(2)
    if ctx.reference is None:
        raise Unresolvable
    century = ctx.reference.year // 100
    start = century * 100 + d * 10
    ahead = start - ctx.reference.year
    # "positioning itself for the '90s" in 1989, "demand will grow in the
    # '90s" in 1985: the coming decade, unless the tense looks back
    coming = (ahead <= 1 and ctx.tense != "past") or (ahead <= 10 and ctx.tense == "future")
    if ahead > 0 and not coming:
        start -= 100
    return f"{start // 10:03d}{suffix}"


def easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


CALENDARS = Path(__file__).parent / "rules" / "calendars.yaml"
_TABLES: dict[str, dict[int, str]] = {}


def calendar_table(name: str) -> dict[int, str]:
    """Year -> "MM-DD" of a holiday kept as data (rules/calendars.yaml), read
    on first use: most texts name none."""
    if not _TABLES:
        _TABLES.update(load_calendars(CALENDARS))
    return _TABLES.get(name, {})


def _is_day_of(year, month_day) -> bool:
    if not (isinstance(year, int) and isinstance(month_day, str) and re.fullmatch(r"\d\d-\d\d", month_day)):
        return False
    return _valid(year, int(month_day[:2]), int(month_day[3:]))


def load_calendars(path: Path) -> dict[str, dict[int, str]]:
    """The tables of `path`, each entry checked to be a day of its year: a
    mistyped entry stops with the file, the table and the entry named, as a
    bad rule does, rather than a wrong day later."""
    try:
        data = data_cache.load(path)
    except yaml.YAMLError as exc:
        raise RuleError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: expected tables of year: \"MM-DD\"")
    for table, days in data.items():
        if not isinstance(days, dict):
            raise RuleError(f"{path.name}: table {table!r} is no list of year: \"MM-DD\"")
        for year, month_day in days.items():
            if not _is_day_of(year, month_day):
                raise RuleError(f"{path.name}: table {table!r}: {year}: {month_day!r} is no day "
                                "(write year: \"MM-DD\")")
    return data


def _tabled(year: int, name: str) -> dt.date:
    """The day of a table's holiday in `year`; a year the table lacks gives
    no day (Unresolvable), never a guess."""
    day = calendar_table(name).get(year)
    if day is None:
        raise Unresolvable("holiday_not_known", name=name, year=year)
    return dt.date(year, int(day[:2]), int(day[3:]))


def weekend_of(day: dt.date) -> str:
    """The weekend a holiday names ("the Thanksgiving weekend", "Memorial Day
    weekend"): the one it falls on (Friday to Sunday), the one after a
    Thursday, the one before a Monday or Tuesday; a Wednesday's is open."""
    wd = day.isoweekday()
    if wd == 3:
        raise Unresolvable("wednesday_holiday_weekend")
    if wd <= 2:
        day -= dt.timedelta(days=3)
    return _week(day) + "-WE"


def _movable_in(year: int, month, nth, weekday, shift, easter_offset, table=None) -> dt.date:
    if table is not None:
        return _tabled(year, table)
    if easter_offset is not None:
        return easter(year) + dt.timedelta(days=int(easter_offset))
    month, nth, weekday = int(month), int(nth), int(weekday)
    if nth == 5:  # the last one of the month
        y, mo = _add_months(year, month, 1)
        day = dt.date(y, mo, 1) - dt.timedelta(days=1)
        day -= dt.timedelta(days=(day.isoweekday() - weekday) % 7)
    else:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return day + dt.timedelta(days=int(shift or 0))


def _movable(m: re.Match, ctx: Context) -> str:
    direction, month, nth, weekday, shift, offset, table, named, year, week, suffix = m.groups()
    show = {"week": _week, "weekend": weekend_of}.get(week, dt.date.isoformat)
    if named:  # "Independence Day": the day of the country the text names (national.py)
        country, spec = country_for(named, ctx.text, ctx.position, ctx.end)
        if spec is None:
            if country is None:
                raise Unresolvable("no_country")
            raise Unresolvable("no_day_for_country", country=country)
        day_of = lambda y: day_in(y, spec, _movable_in)  # noqa: E731
    else:
        def day_of(y):
            return _movable_in(y, month, nth, weekday, shift, offset, table)
    ref = ctx.reference
    if year and year[0] in "+-":  # "Thanksgiving last year": counted from the reference's
        if ref is None:
            raise Unresolvable
        year = str(ref.year + int(year))
    if year:
        return show(day_of(int(year))) + suffix
    if ref is None:
        raise Unresolvable
    candidates = [day_of(ref.year + k) for k in (-1, 0, 1)]
    same = candidates[1]
    return show(_pick(candidates, ref, direction, ctx.tense, same, close=True, strict=ctx.strict,
                      against_days=AGAINST_TENSE_DAYS if week else _holiday_against(ctx),
                      this_close=True)) + suffix


def _two_digit_year(m: re.Match, ctx: Context) -> str:
    """"in '98": the year with those last digits nearest the reference, not after it
    by more than a decade."""
    yy, suffix = int(m.group(1)), m.group(2)
    if ctx.reference is None:
        raise Unresolvable
    century = ctx.reference.year // 100 * 100
    year = century + yy
    if year > ctx.reference.year + 10:
        year -= 100
    return f"{year:04d}{suffix}"


def _new_year(m: re.Match, ctx: Context) -> str:
    """"in the new year": the year that begins on the New Year's Day the
    tense picks (told in December, the next; in January, the one begun)."""
    direction, suffix = m.groups()
    ref = ctx.reference
    if ref is None:
        raise Unresolvable
    candidates = [dt.date(ref.year + k, 1, 1) for k in (-1, 0, 1)]
    day = _pick(candidates, ref, direction, ctx.tense, candidates[1], close=True, strict=ctx.strict,
                against_days=_holiday_against(ctx))
    return f"{day.year:04d}{suffix}"



def _zone_aside(m: re.Match, ctx: Context) -> str:
    """"(2020 GMT)" after "3:20 a.m. Tuesday": the day of that time, or the day
    before or after when no zone's offset from GMT puts the two on one day."""
    hh, mm, suffix = int(m.group(1)), int(m.group(2)), m.group(3)
    last = ctx.last_value if ctx.position - ctx.last_value_end <= PAIR_NEAR else None
    if not last or value_precision(last) != "time" or ctx.last_day is None or len(last) < 16:
        return _relative(_REL.match(f"UNDEF-LAST+0-dayT{hh:02d}:{mm:02d}{suffix}"), ctx)
    try:
        local = int(last[11:13]) * 60 + int(last[14:16])
    except ValueError:  # "T22:00" is read; "TNI" is not a clock
        return _relative(_REL.match(f"UNDEF-LAST+0-dayT{hh:02d}:{mm:02d}{suffix}"), ctx)
    shift = gmt_day_shift(local, hh * 60 + mm)
    return (ctx.last_day + dt.timedelta(days=shift)).isoformat() + f"T{hh:02d}:{mm:02d}{suffix}"


def _in_quarter(m: re.Match, ctx: Context) -> str:
    """"the 1988 quarter": the quarter being discussed, in that year."""
    year, suffix = m.groups()
    quarter = _compared_quarter(ctx) or ctx.last_quarter
    if quarter:
        return f"{year}-Q{quarter[-1]}{suffix}"
    return year + suffix


def inner_form(value: str) -> str:
    """The form a shifted one counts from ("the day after New Year's Day":
    New Year's Day), which says how the tense chooses it; the same for a
    day named by an event, which the tense chooses before that event."""
    m = _SHIFT.match(value) or _SINCE.match(value)
    return m.group(2) if m else value


def _shifted(m: re.Match, ctx: Context) -> str:
    """Days before or after a day resolved as its own form would be ("three
    days before Christmas": the Christmas the tense picks, less three days)."""
    inner, _ = anchor_value(m.group(2), ctx)
    if inner is None or value_precision(inner) not in ("day", "time"):
        raise Unresolvable
    day = dt.date.fromisoformat(inner[:10]) + dt.timedelta(days=int(m.group(1)))
    return day.isoformat() + inner[10:]


def _iso_week(m: re.Match, ctx: Context) -> str:
    """"in week 32", "epidemiological week 50": that ISO week in the year the
    tense picks, the nearest when it is close ("the flu season peaked in week
    52", told in January, is last year's week 52)."""
    week, suffix = int(m.group(1)), m.group(2)
    if ctx.reference is None:
        raise Unresolvable
    year = ctx.reference.isocalendar()[0]
    candidates = []
    for y in (year - 1, year, year + 1):
        try:
            candidates.append(dt.date.fromisocalendar(y, week, 1))
        except ValueError:  # no week 53 that year
            pass
    if not candidates:
        raise Unresolvable
    same = next((c for c in candidates if c.isocalendar()[0] == year), candidates[0])
    return _week(_pick(candidates, ctx.reference, "~", ctx.tense, same, close=True, strict=ctx.strict)) + suffix


_FORMS = ((_SHIFT, _shifted), (_INQ, _in_quarter), (_NEW_YEAR, _new_year), (_MOVABLE, _movable), (_YY, _two_digit_year), (_REL, _relative), (_WD_LAST, _weekday_from_last),
          (_NAMED_LAST, _named_from_last), (_WD_AGO, _weekday_weeks_away), (_TURN, _turn), (_ENDED, _period_ended), (_DOM, _day_of_last_month), (_WD, _weekday), (_MWEEK, _month_week), (_MONTH, _month), (_MD, _month_day), (_SPAN_MONTH, _span_month), (_SPAN_MD, _span_month_day),
          (_SEASON, _season), (_QUARTER, _quarter), (_HALF, _half), (_DECADE, _decade), (_ZONE, _zone_aside),
          (_ISOWEEK, _iso_week))


def unresolved(value: str) -> str:
    """The TIMEX3 form of an under-specified value when nothing anchors it."""
    m = _ISOWEEK.match(value)
    if m:
        return f"XXXX-W{m.group(1)}{m.group(2)}"
    m = _REL.match(value)
    if m:
        if m.group(3) == "X":
            return "PAST_REF" if m.group(2) == "-" else "FUTURE_REF"
        unit, suffix = m.group(4), m.group(5)
        base = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE",
                "month": "XXXX-XX", "quarter": "XXXX-QX", "year": "XXXX", "yearq": "XXXX", "yearm": "XXXX",
                "decade": "XXX", "century": "XX"}.get(unit, "XXXX-XX-XX")
        if suffix.startswith("-") and base == "XXXX":
            return base + suffix
        if suffix.startswith("-") and base == "XXXX-WXX":
            return base + suffix
        return base + (suffix if suffix.startswith("T") else "")
    m = _MWEEK.match(value)
    if m:
        return f"{m.group(4) or 'XXXX'}-WXX"
    m = _NAMED_LAST.match(value)
    if m:
        return f"XXXX-{m.group(2)}"
    m = _WD.match(value) or _WD_LAST.match(value)
    if m:
        wd = (int(m.group(2)) + int(m.group(3) or 0) - 1) % 7 + 1
        return f"XXXX-WXX-{wd}{m.group(4)}"
    m = _MD.match(value)
    if m and m.group(5).startswith("weekend"):
        return "XXXX-WXX-WE"
    for pattern, fmt in ((_MONTH, "XXXX-{1}{2}"),
                         (_MD, "XXXX-{1}-{2}{4}"), (_SEASON, "XXXX-{1}{2}")):
        m = pattern.match(value)
        if m:
            return fmt.format(*m.groups())
    m = _QUARTER.match(value)
    if m:
        return f"XXXX-Q{m.group(2) or 'X'}"
    m = _HALF.match(value)
    if m:
        year = m.group(1) if m.group(1) and m.group(1).isdigit() else "XXXX"
        return f"{year}-H{m.group(2)}"
    m = _DECADE.match(value)
    if m:
        return f"XX{m.group(1)}"
    m = _INQ.match(value)
    if m:
        return m.group(1)
    m = _MOVABLE.match(value)
    if m:
        year = m.group(9) if m.group(9) and m.group(9).isdigit() else "XXXX"
        if m.group(10):
            return f"{year}-WXX" + ("-WE" if m.group(10) == "weekend" else "")
        if not m.group(2):
            return year
        nth, shift = int(m.group(3)), int(m.group(5) or 0)
        # the month, unless days after the N-th weekday may reach the next one (Cyber Monday)
        leaves_month = shift > 0 and (nth == 5 or nth * 7 + shift > 28)
        return year if leaves_month else f"{year}-{m.group(2)}"
    m = _YY.match(value)
    if m:
        return "XX" + m.group(1)
    m = _ZONE.match(value)
    if m:
        return f"XXXX-XX-XXT{m.group(1)}:{m.group(2)}"
    m = _WD_AGO.match(value)
    if m:
        return f"XXXX-WXX-{m.group(3)}"
    if _TURN.match(value) or _NEW_YEAR.match(value):
        return "XXXX"
    if _SHIFT.match(value):
        return "XXXX-XX-XX"
    m = _SINCE.match(value)
    if m:
        return unresolved(m.group(2))
    m = _DOM.match(value)
    if m:
        return f"XXXX-XX-{m.group(2)}"
    m = _ENDED.match(value)
    if m:
        return "XXXX-QX" if m.group(2) == "quarter" else "XXXX-WXX"
    return value


_FORM_OF: dict[str, int] = {}  # value -> index in _FORMS of the first form it matches, or -1


def _form(value: str) -> int:
    """Which of _FORMS reads `value`: the values repeat ("UNDEF-REF-1-year"),
    and trying the forms in turn took a dozen matches for some."""
    got = _FORM_OF.get(value)
    if got is None:
        got = next((i for i, (pattern, _) in enumerate(_FORMS) if pattern.match(value)), -1)
        if len(_FORM_OF) >= 4096:  # a bound for long-running processes
            _FORM_OF.clear()
        _FORM_OF[value] = got
    return got


def anchor_value(value: str, ctx: Context) -> tuple[str, bool]:
    """(resolved value, whether it needed an anchor).  Raises Unresolvable."""
    if not value.startswith("UNDEF-"):
        return value, False
    m = _SINCE.match(value)
    if m:
        # the event's day, stated, once it has happened; before, no text can name it so
        named = m.group(1)
        if ctx.reference is None or ctx.reference >= dt.date.fromisoformat(named):
            return named, False
        return anchor_value(m.group(2), ctx)
    i = _form(value)
    if i < 0:
        return None, True  # a form no resolver knows: drop rather than guess
    pattern, fn = _FORMS[i]
    try:
        resolved = fn(pattern.match(value), ctx)
    except (ValueError, OverflowError):  # out of the calendar's range: no value
        return None, True
    w = _WEEKDATE.match(resolved)
    if w:  # "Tuesday next week": a week and a day make a date
        y, wk, d, rest = w.groups()
        resolved = dt.date.fromisocalendar(int(y), int(wk), int(d)).isoformat() + rest
    return resolved, True


def remember(value: str, ctx: Context, position: int, under: str = "",
             precision: str | None = None, end: int | None = None) -> None:
    """Note a resolved date so that later expressions can count from it
    (`precision`: value_precision(value), when the caller knows it).

    A value counted from an earlier one ("a year earlier") is not noted: the
    next "a year earlier" counts from the same date, not from that one."""
    if "yearq" in under or "yearm" in under or under.startswith("UNDEF-inq"):
        return
    precision = precision or value_precision(value)
    if not under.startswith("UNDEF-"):
        written = written_year(value)
        if written is not None and (precision is not None or written < 1):
            # a year the text wrote, before Christ too ("in 44 BC. In March"): the year a history may have reached
            ctx.told_year, ctx.told_period = written, None
            ctx.told_at, ctx.told_end = position, position if end is None else end
        elif period_first_year(value) is not None:
            # "in the 12th century. In March": a time a history may have reached, which names no year
            ctx.told_year, ctx.told_period = period_first_year(value), value
            ctx.told_at, ctx.told_end = position, position if end is None else end
    if precision is None:  # a date before Christ has none: nothing is counted from it
        if value.startswith("BC"):
            _forget_for_before_christ(value, ctx, position)
        return
    ctx.last_value = value
    ctx.last_value_at = position
    ctx.last_value_end = position if end is None else end
    if precision in ("month", "week", "day", "time"):
        span = value_interval(value)
        if span:
            ctx.last_month, ctx.last_month_at = span[0], position
    if precision in ("day", "time"):
        span = value_interval(value)
        if span:
            ctx.last_day = span[0]
            ctx.days.append((position, ctx.last_value_end, span[0]))
            ctx.told_days.append((position, ctx.last_value_end, span[0]))
            if len(ctx.days) > 8:  # only the last few are asked for
                del ctx.days[:4]
    if precision == "half":  # "in the first half ... a year earlier": the half before
        ctx.period, ctx.period_at = value, position
    if precision == "quarter":
        if ctx.own_quarter is None:
            ctx.own_quarter = value
        ctx.last_quarter = value
        ctx.last_quarter_at = position
        ctx.quarters.append((position, value))
        if len(ctx.quarters) > 64:  # only those within NEAR are asked for
            del ctx.quarters[:32]
