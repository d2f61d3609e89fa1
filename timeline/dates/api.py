"""The public entry points: tag, resolve, infer_reference."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from itertools import islice
from functools import lru_cache

from .anchor import (ADJACENT_WEEKDAY, DAYS_GONE_SPLIT, NEAR, takes_own_quarter, PARAGRAPH_BREAK, TWELVE_MONTHS, WEEK_EDGE, Context, Unresolvable, anchor_value, clock_past_after_day_ahead, counted_unit,
                     counts_from_before_christ,
                     forget_quarters, inner_form, period_closed_by, remember, unresolved)
from .broken import mended, mended_text
from .calibration import agreement, calibration_key, inference_trust
from .entries import Entries, entry_headings
from .errors import DateEngineError
from .infer import PastClues, above_the_prose, after_the_last_sentence, contradicted, stated_weekday, infer_from, inferred_date, past_clues, written_on, undated_line, month_day_of
from .model import Tagging, Timex, timex_of
from .order import StatedOrder, apply_stated_order, evidence, settled_order, stated_order, variant_of
from .reasons import say, template
from .recognize import Mention, recognise
from .rules import TIMEX_MODS, default_rules
from .tense import (break_for, cue_pattern, delayed_to, generic_present, joined, opens_a_contrast, past_verb_next_to, points_ahead,
                    points_ahead_in_week, points_back, reported_from_day, sentence_ends_between,
                    sentence_tells_history, tense_cue, tense_near, under_way, week_done, week_event_ahead,
                    week_incident, week_judged, week_progressive)
from .values import format_day, value_interval, value_precision, well_formed, year_value

# Only these forms choose by tense (see anchor.py); the others need no look.
# A range's end ("+") does when no date starts the range.
_NEEDS_TENSE = re.compile(r"^UNDEF-(?:\w+~|(?:month|md)\+|REF[~^]|TNS|quarter[=^]?[1-4]|quarter-this|(?:month|md|season|movable)=|md%|half\^?-|decade|SAME|newyear)")
# These do not choose by tense, but the past tense changes them: a LAST+ form
# (and "the following Monday") needs a day the text gave ("Two days later, the
# company said": not two days after the reference); "this weekend" told in
# the past on a weekday is the one just gone; "into the small hours" with no
# day told is the reference's own in the past.
_LATER = re.compile(r"^UNDEF-(?:LAST\+(?!0-)|LAST>0-day|REF\+0-weekend|wdlast>|(?:month|season)last>)")
# "this week" told at the edge of a week may be the one just gone or the one ahead
# (anchor._week_at_edge); not a part of it ("by week's end", "late this week"), read as it is.
_THIS_WEEK = re.compile(r"^UNDEF-REF\+0-week$")
# Months and days, unlike weekdays, follow "through", "effective", "by".
_AHEAD_FORMS = re.compile(r"^UNDEF-(?:month|md|season|movable)~|^UNDEF-(?:month|md)\+|^UNDEF-md%")
# A weekday or the weekend, which "until", "by" point ahead unless the sentence is past.
_WEEK_FORMS = re.compile(r"^UNDEF-(?:wd~|REF~\d+-weekend)")
# A month or a season the tense chooses, which may be named as under way.
_PERIOD_FORMS = re.compile(r"^UNDEF-(?:month|season)~")
# A day that comes back each year or month, whatever the year: a holiday,
# "Friday the 13th".  Told as a habit, it is of no particular year.
_RECURRING_FORMS = re.compile(r"^UNDEF-(?:md%|movable~|dom~\d\dw)")
# A season read with no tense: told as a habit ("the flu commonly seen in the
# winter"), every year's too.  Only once the tense is read, unlike a holiday:
# "will be usually mild in the winter" is this year's.
_SEASON_FORMS = re.compile(r"^UNDEF-season~")
# A bare weekday, which a reported clause may count from the day of its
# reporting verb ("said Monday the vote would be held Wednesday").
_REPORTED_WEEKDAY = re.compile(r"^UNDEF-wd~")
# A span of months other than a quarter ("the nine months", "six months").
APPOSITION_NEAR = 80  # characters within which months closed by a day restate the quarter just named
_SPAN_OF_MONTHS = re.compile(r"^P(?!3M$)\d+M$")
_MONTHS = re.compile(r"^P(\d+)M$")
# A month, day or season with no year ("In September", "On 24 February", "In
# the autumn") that the history just told owns: read in that year.
_STORY_FORMS = re.compile(r"^UNDEF-(?:(?:month|md)[~%]|season~)")
_FORM_MONTH = re.compile(r"^UNDEF-(?:(?:month|md)[~%](\d\d)|season~(SP|SU|FA|WI))")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A month or day of a year this far back is no reading from the reference
# (a past month is at most a year back): the narrative's own.
NARRATIVE_GAP_YEARS = 2
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d\d)(?:-\d\d)?$")
# A year this far from the reference is history, not the story's background
# ("The company was founded in 1985. In March, it hired" is this March).
HISTORY_YEARS = 100
# Nearer than that but this far, a month told in the past after such a year may be that year's or
# the reference's: a guess (_narrative_may_be_in). On the development documents the years before
# such months were all within a decade ("since 1990 ... In December": the reference's).
LONG_AGO_YEARS = 30
# A year news gives as background, not as the point a narrative has reached:
# a founding, building or birth ("The bank was founded in 1908. In March, it
# reported a loss" is this March), or a year naming a thing ("The 1918 flu
# killed millions. In December, cases rose").  Only 40 characters are read.
# The reasons' words for the tense read, and for a value on the other side of the reference from it.
_LOOKING = {"past": template("looking_past"), "future": template("looking_future"), None: template("looking_nearest")}
_ACROSS = {"past": template("across_past"), "future": template("across_future")}
_AHEAD_OF_PAST = template("ahead_of_past")  # read ahead by its words against a clear past: as across_past


@lru_cache(maxsize=1024)
def _form_reads(value: str) -> tuple[bool, bool]:
    """(whether the tense chooses the value, whether words before it may point
    ahead) for a rule's value: a text repeats its few forms."""
    value = inner_form(value)
    return bool(_NEEDS_TENSE.search(value)), bool(_AHEAD_FORMS.match(value))


@lru_cache(maxsize=4096)
def _well_formed(value: str) -> bool:
    return well_formed(value)  # the resolved values repeat ("2009", "PRESENT_REF")


def _read_against_last_date(m: Mention, ctx: Context) -> bool:
    """Whether the mention counted from the date mentioned last. A form that would count from it
    but found none near enough, or no day of it, counted from the reference (anchor.Context.fell_back):
    its reason names that, and it keeps an inferred reference's doubt."""
    if ctx.from_day is not None or ctx.story_year is not None:  # the day of its report, the history's year
        return True
    if clock_past_after_day_ahead(ctx, m.value) or ctx.fell_back:
        return False
    return bool(ctx.last_value) and ("-LAST" in m.value or "-THAT" in m.value
                                     or m.value.startswith(("UNDEF-wdlast", "UNDEF-monthlast", "UNDEF-seasonlast"))
                                     or ("-TNS" in m.value and ctx.tense == "past"))


def _last_told(m: Mention, ctx: Context) -> str:
    """The date mentioned last that a LAST form counted from, for its reason: a form that counts
    days or weeks counts from the last day told (anchor._anchor_date), which a year or month told
    since does not replace ("April 8 ... in 1994, 1995 and 1997 ... at 10 p.m." is April 8's)."""
    told = ctx.last_value
    unit = counted_unit(m.value)
    if (unit in ("day", "week", "weekend") and ctx.last_day is not None
            and not (unit != "day" and value_precision(told) == "week")
            and not told.startswith(ctx.last_day.isoformat())):
        return ctx.last_day.isoformat()
    return told


def _tense_span(text: str, m: Mention) -> tuple[int, int]:
    """Where the tense of a mention is read: at its rule's `tense_at` group
    if it has one ("10 p.m." in "between 10 p.m. and 2 a.m. Saturday" takes
    its day from "2 a.m. Saturday", and the tense there), else at itself."""
    if "tense_at" in m.rule.captures:
        got = m.rule.regex.match(text, m.start)
        if got is not None and got.group("tense_at") is not None:
            return got.span("tense_at")
    return m.start, m.end


def _closing_day(text: str, m: Mention, value: str) -> tuple[int, int] | None:
    """(where, months): the day that closes a span of months, held by its
    rule's `closed_by` group ("the three months ended March 31")."""
    months = _MONTHS.match(value)
    if months is None or "closed_by" not in m.rule.captures:
        return None
    got = m.rule.regex.match(text, m.start)
    if got is None or got.group("closed_by") is None:
        return None
    return got.start("closed_by"), int(months.group(1))


def _reported_day(text: str, m: Mention, ctx: Context) -> dt.date | None:
    """The day a reporting verb carries when the mention is in the clause it
    reports, in the future of the past ("said Monday the vote would be held
    Wednesday"); of the days named lately, the last that is such a day."""
    for start, end, day in reversed(ctx.days):
        if end <= m.start and reported_from_day(text, start, end, m.start):
            return day
    return None


def _across_tense(value: str, ctx: Context) -> bool:
    """Whether the value lies on the other side of the reference from the
    tense read: a close day may overrule a guessed tense (anchor._pick)."""
    span = value_interval(value) if ctx.reference is not None and ctx.tense else None
    if span is None:
        return False
    return span[0] > ctx.reference if ctx.tense == "past" else span[1] < ctx.reference


def _after_reference(value: str, ctx: Context) -> bool:
    span = value_interval(value) if ctx.reference is not None else None
    return span is not None and span[0] > ctx.reference


def _reason(surface: str, m: Mention, ctx: Context, uses_tense: bool, value: str = "") -> str:
    if ctx.from_day is not None:
        against = say("against_report_day", day=ctx.from_day.isoformat())
    elif ctx.retold is not None:
        against = say("against_retold", day=ctx.retold[0].isoformat(), words=ctx.retold[1], happening=ctx.retold[2])
    elif ctx.saying_day:
        against = say("against_saying_day", value=ctx.last_value)
    elif ctx.story_year is not None:
        against = say("against_story_year", year=year_value(ctx.story_year))
    elif m.value.startswith("UNDEF-quarter-last") and takes_own_quarter(ctx):
        against = say("against_own_quarter", value=ctx.own_quarter)
    elif _read_against_last_date(m, ctx):
        against = say("against_last_date", value=_last_told(m, ctx))
    elif ctx.entry_heading is not None:
        against = say("against_entry", heading=ctx.entry_heading, day=format_day(ctx.reference))
    elif ctx.reference is not None:
        against = say("against_reference_day", day=format_day(ctx.reference))
    else:
        against = say("against_reference")
    how = _LOOKING[ctx.tense].text if uses_tense else ""
    if uses_tense and value and _across_tense(value, ctx):
        # say so, or the reason contradicts the value ("looking back" for a day ahead)
        how += _ACROSS[ctx.tense].text
    elif uses_tense and value and ctx.ahead_of_past and _after_reference(value, ctx):
        how += _AHEAD_OF_PAST.text
    return say("resolved", surface=surface, against=against, how=how, rule=m.rule.name)


def _confidence(rule, anchored: bool, uses_tense: bool, tense, trust: float, dated: bool) -> float:
    """How sure the value is: for a date, how often the rule's dates agreed with annotators
    (calibration.py), from a prior in which anchoring and a tense guess each leave room for
    error; an inferred reference leaves more (`trust`, by the kind of evidence it rests on:
    calibration.inference_trust)."""
    c = rule.confidence
    if anchored:
        c *= 0.85
        if uses_tense:
            c *= 0.9 if tense else 0.75
    if dated:
        c = agreement(calibration_key(rule.calibrated_as or rule.name, _tense_read(uses_tense, tense)), prior=c)
    if anchored:
        c *= trust
    return round(min(c, 1.0), 3)


def _counted_from_text(m: Mention, ctx: Context) -> bool:
    """Whether a mention read against the date mentioned last counted from a date the text gives
    without the reference (ctx.text_dates): "19:40" right after "7 March 2024", "20:10 that evening"
    after that. Its value then owes the reference nothing, and takes none of an inferred reference's
    doubt; one counted from "yesterday", or from a date counted from it, keeps it. The date is the
    one its reason names (_last_told), or the day of its reporting verb; not a history's year, nor a
    date told further back than a count reaches (anchor.NEAR: the reference is counted from then).
    A count may reach the last day or month told rather than the last date ("a month later" after
    "yesterday ... in 2019"): each of those must be the text's too, or the doubt stays."""
    if ctx.story_year is not None or not _read_against_last_date(m, ctx):
        return False
    if ctx.from_day is not None:
        return ctx.from_day.isoformat() in ctx.text_dates
    return (ctx.position - ctx.last_value_at <= NEAR and _last_told(m, ctx) in ctx.text_dates
            and (ctx.last_day is None or ctx.last_day.isoformat() in ctx.text_dates)
            and (ctx.last_month is None or ctx.month_from_text))


def _tense_read(uses_tense: bool, tense: str | None) -> str | None:
    return (tense or "none") if uses_tense else None


def _read_tense(text: str, m: Mention, ctx: Context, direction: str | None,
                uses_tense: bool, ahead_form: bool) -> Mention:
    """Set the context's tense for the mention (and how sure, and a day it is
    reported from); the mention to anchor, which a reported weekday changes."""
    ctx.tense, ctx.strict, ctx.weak, ctx.ahead, ctx.verb_day = None, False, False, False, False
    ctx.ahead_of_past = False
    ctx.from_day, ctx.firm, ctx.generic = None, False, False
    if direction:
        ctx.tense = direction
        return m
    if m.rule.name.startswith(DATE_LINE):
        return m  # a wire date line is the article's own day, whatever the tense of the story it opens
    if not (uses_tense or _LATER.match(m.value) or (_THIS_WEEK.match(m.value) and not m.mod)):
        return m
    t_start, t_end = _tense_span(text, m)
    if _RECURRING_FORMS.match(m.value) and generic_present(text, t_start, t_end):
        ctx.generic = True  # "Children love Christmas": every year's
        return m
    if ahead_form and break_for(text, t_start):
        return m  # no tense: the holiday nearest the reference
    if _PERIOD_FORMS.match(m.value) and under_way(text, m.end):
        ctx.tense, ctx.firm = "future", True  # "the winter flu season now well under way": the one not over
        return m
    if ahead_form and points_ahead(text, t_start, t_end):
        ctx.tense, ctx.weak, ctx.ahead = "future", True, True
        ctx.ahead_of_past = tense_cue(text, t_start, t_end) == ("past", False)
    elif points_back(text, t_start):
        ctx.tense, ctx.strict = "past", True
    else:
        ctx.tense, ctx.weak = tense_cue(text, t_start, t_end)
        if ctx.tense is None and _SEASON_FORMS.match(m.value) and generic_present(text, t_start, t_end):
            ctx.generic = True  # "the flu commonly seen in the UK during the winter": every year's
            return m
        if ctx.tense == "past" and not ctx.weak and past_verb_next_to(text, t_start, t_end):
            ctx.verb_day = True  # "died on 3 March": no 3 March far ahead (anchor.VERB_DAY_AGAINST_DAYS)
        if (ctx.tense != "future" and _WEEK_FORMS.match(m.value)
                and ((points_ahead_in_week(text, t_start, t_end)
                      and tense_near(text, t_start, t_end) != "past")
                     or delayed_to(text, t_start))):
            # "lawmakers have until Monday", "was postponed until Monday"
            ctx.tense, ctx.weak, ctx.firm = "future", False, True
        if _WEEK_FORMS.match(m.value):
            if week_incident(text, t_start, t_end):
                ctx.tense, ctx.weak, ctx.firm = "past", False, True  # "charges over the attack on Sunday"
            elif week_done(text, t_start, t_end):
                ctx.tense, ctx.weak, ctx.firm = "past", False, True  # "would appeal Friday's decision"
            elif week_judged(text, t_start, t_end):
                ctx.tense, ctx.weak, ctx.firm = "past", False, True  # "Sunday's election is a blow"
            elif week_event_ahead(text, t_start, t_end):
                ctx.tense, ctx.weak, ctx.firm = "future", False, True  # "Saturday's match has been called off"
            elif (ctx.tense is None or ctx.weak) and week_progressive(text, t_start, t_end):
                ctx.tense, ctx.weak = "future", False  # "Clinton is traveling to Asia on Saturday"
        if (_WEEK_FORMS.match(m.value) and joined(text, ctx.told_tense_end, t_start)
                and (ctx.tense is None or (ctx.told_firm and not ctx.firm))):
            # "meet on Thursday and Friday": Friday as Thursday; "issued an advisory for Tuesday
            # and Wednesday": the words that put Tuesday ahead whatever the verb put Wednesday there too
            ctx.tense, ctx.firm = ctx.told_tense, ctx.told_firm
            ctx.weak = ctx.weak and not ctx.firm
    if ctx.tense == "future" and not ctx.weak and _REPORTED_WEEKDAY.match(m.value):
        ctx.from_day = _reported_day(text, m, ctx)
        if ctx.from_day is not None:
            # "The ministry said Monday the vote would be held Wednesday":
            # the Wednesday after that Monday
            return m._replace(value="UNDEF-wdlast>" + m.value[len("UNDEF-wd~"):])
    return m


STORY_YEAR_TRUST = 0.6  # below the review page's 0.7: unmeasured, see _timex
NARRATIVE_YEAR = "narrative_year"  # this module's own guess: a month after a year long gone (_narrative_may_be_in)
CLOCK_BEFORE = "clock_before"  # and another: a clock earlier than the time it is counted from (_clock_before_the_last)
GUESS_TRUST = 0.6  # the same for a value the words allow with another (anchor.Context.guess)
# The words a guess adds to its reason (rules/reasons.yaml), by the guess (anchor.Context.guess).
GUESS_REASONS = {
    WEEK_EDGE: template("guess_week_edge"),
    TWELVE_MONTHS: template("guess_twelve_months"),
    ADJACENT_WEEKDAY: template("guess_adjacent_weekday"),
    DAYS_GONE_SPLIT: template("guess_days_gone_split"),
    NARRATIVE_YEAR: template("guess_narrative_year"),
    CLOCK_BEFORE: template("guess_clock_before"),
}



def reason_words(reason: str) -> str:
    """A reason as a reader takes it: without the names of the rules it cites ("[rule weekday]"),
    which tell a maintainer where to look and a reader nothing."""
    return _RULE_NAMED.sub("", reason)


_RULE_NAMED = re.compile(r" \[rule [^\]]*\]")


def reason_head(reason: str) -> str:
    """A reason's first statement, up to the rule it cites: what the value is and what it was read
    against, without the notes after it (one of two readings: guess_notes reads those)."""
    return reason.split(" [rule ", 1)[0]


def guess_notes(reason: object) -> list[str]:
    """The words a reason carries when its value is one of two readings (GUESS_REASONS): the engine
    doubts its own value, as the extract's attachment cues doubt that a date is the event's."""
    return [m.group("note") for m in _guess_pattern().finditer(reason)] if isinstance(reason, str) else []


def order_told(reason: object) -> bool:
    """Whether a reason says in which order a numeric date was read: as the text's other dates write
    theirs, or month first with nothing to go by ("03/04/2020": 4 March or 3 April). A reader is told
    so, not only that it names its date."""
    return isinstance(reason, str) and _order_pattern().match(reason) is not None


@lru_cache(maxsize=1)
def _order_pattern() -> re.Pattern:
    return _templates_pattern("stated_either_order", "stated_day_first", "stated_month_first",
                              *_STATED_BY_DATE.values(), *_STATED_BY_CALLER.values())


def language_told(reason: object) -> bool:
    """Whether a reason says how a date in an article of another language was read beyond naming it
    (languages.py): the year a day without one was given, a weekday not the date's own, a date the
    English rules read among words they do not, a numeric date read in the language's order. A reader is told so, not only that it names its date."""
    return isinstance(reason, str) and _language_pattern().match(reason) is not None


@lru_cache(maxsize=1)
def _language_pattern() -> re.Pattern:
    return _templates_pattern("language_weekday_year", "language_nearest", "language_no_reference",
                              "language_weekday_wrong", "language_english_rules", "language_day_first",
                              "language_weekday_alone", "language_weekday_tomorrow", "language_weekday_ahead",
                              "language_weekday_tensed")


def _templates_pattern(*names: str) -> re.Pattern:
    """A pattern matching the reasons the templates `names` write, whatever their fields."""
    texts = (template(name).text for name in names)
    return re.compile("|".join("".join(re.escape(piece) if i % 2 == 0 else ".+?"
                                       for i, piece in enumerate(re.split(r"\{(\w+)\}", text))) for text in texts))


def read_across_tense(reason: object) -> str | None:
    """The tense ("past" or "future") a reason says its value lies across: "looking back (past tense),
    yet after it" (a close day outweighed a tense only guessed); None when it says no such thing."""
    if isinstance(reason, str):
        for tense, words in _ACROSS.items():
            if words.text in reason:
                return tense
        if _AHEAD_OF_PAST.text in reason:
            return "past"
    return None


@lru_cache(maxsize=1)
def _guess_pattern() -> re.Pattern:
    notes = ("".join(re.escape(piece) if i % 2 == 0 else ".+?" for i, piece in enumerate(re.split(r"\{(\w+)\}", note)))
             for note in (guess.text for guess in GUESS_REASONS.values()))
    return re.compile(r"(?P<note>" + "|".join(notes) + r")(?=;\s|\s\[rule |$)")

# "today" alone: the day of the reference, unless the sentence sets it against a year long gone
_TODAY = re.compile(r"^UNDEF-REF\+0-day$")
THEN_AND_NOW_YEARS = 10  # how far back the year must be: a decade, an age apart from the day


def _today_against_a_year(text: str, m: Mention, ctx: Context) -> int | None:
    """The year a "today" is set against, when it opens a clause after one that wrote a year at
    least THEN_AND_NOW_YEARS before the reference, in the same sentence ("In 1965 there were 53m
    US hogs on 1m farms; today, 65m hogs are concentrated"): "today" is then the present age
    (PRESENT_REF), not the day.  Not "The bank, founded in 1965, said today": no clause opens it;
    nor "In 1999 he founded the firm; today he announced his retirement": a clause in the past."""
    year, ref = ctx.told_year, ctx.reference
    if (year is None or ref is None or ctx.told_period is not None or ref.year - year < THEN_AND_NOW_YEARS
            or not _TODAY.match(m.value) or ctx.told_end > m.start
            or sentence_ends_between(text, ctx.told_end, m.start, 1)):
        return None
    return year if opens_a_contrast(text, m.start, m.end) else None


def _background_year(text: str, at: int) -> bool:
    """The year told at `at` is background (a founding, a name's year), no
    narrative's: read from the words before it."""
    before = text[max(0, at - 40):at]
    return bool(cue_pattern("background_year_before").search(before)) or not cue_pattern("narrative_year_preposition").search(before)


def _story_year(text: str, m: Mention, ctx: Context) -> int | None:
    """The year a history narrative has reached, which a month or day with no
    year in the next sentence belongs to ("The army crossed the river in
    1812. In September, it entered Moscow"): the last date named wrote its
    year, far from the reference, and the clause is in the past.  Only the
    next sentence of the same paragraph: in the same one the year is more
    often an aside ("The bank, founded in 1908, said in March"), and
    further on the story has come back to its own time."""
    if ctx.reference is None or ctx.tense != "past" or not _STORY_FORMS.match(inner_form(m.value)):
        return None
    reached = _month_reached(text, m, ctx)
    if reached is not None:
        return reached
    year = _year_just_told(text, m, ctx)
    return year if year is not None and abs(ctx.reference.year - year) > HISTORY_YEARS else None


def _period_reached(ctx: Context) -> str | None:
    """The decade or century long gone that a history has reached, which names no year for the month
    after it ("sacked in the 3rd century BC. In March, it burned"): the month's year is unknown,
    and the reference's (this March) is no reading of it."""
    return ctx.told_period if ctx.story_year is not None and ctx.story_year == ctx.told_year else None


def _year_just_told(text: str, m: Mention, ctx: Context) -> int | None:
    """The year the last date named wrote, in the sentence just before the mention's, in the same
    paragraph, that is no background year: the one a narrative may have reached."""
    year = ctx.told_year
    if year is None or ctx.told_at < ctx.last_value_at:  # a date told since; one before Christ sets no last value
        return None
    if sentence_ends_between(text, ctx.told_end, m.start, 2) != 1 or _background_year(text, ctx.told_at):
        return None
    return None if PARAGRAPH_BREAK.search(text, ctx.told_end, m.start) else year


def _narrative_may_be_in(text: str, m: Mention, ctx: Context) -> int | None:
    """The year long gone (LONG_AGO_YEARS to HISTORY_YEARS before the reference) that a month told
    in the past in the next sentence may belong to, read against the reference all the same ("In
    1918, a pandemic killed millions. In November, when the second wave swept through Britain"):
    the text does not say whether the story is still in that year. Not a sentence that looks back
    from now ("In November, crowds marked the anniversary")."""
    if (ctx.reference is None or ctx.story_year is not None or ctx.tense != "past"
            or not _STORY_FORMS.match(inner_form(m.value))):
        return None
    year = _year_just_told(text, m, ctx)
    if (year is None or ctx.told_period is not None
            or not LONG_AGO_YEARS <= ctx.reference.year - year <= HISTORY_YEARS):
        return None  # a decade or century within a century: as before, left to the reference
    return None if sentence_tells_history(text, m.start, m.end) else year


def _month_reached(text: str, m: Mention, ctx: Context) -> int | None:
    """The year of a narrative that has reached a month of it, for a later
    month of the next sentence: "In June of that awful year [1918], Niven had
    handbills printed. In November, when the second wave swept through
    Britain, he went further" (told in 2009) is November 1918.  The month
    just told lies further back than any reading from the reference reaches
    (NARRATIVE_GAP_YEARS), and the new one comes after it in the year: a
    story told in order.  An earlier month ("in June 2005 ... In March") may
    be the next year's or the reference's, and is left to the reference; so
    is a month whose sentence looks back ("to mark the anniversary").  The
    new month may open the next paragraph when the year is long gone
    (LONG_AGO_YEARS): British news gives a sentence or two a paragraph, and
    a story back in its own time says "last November", not "In November"
    right after "June of 1918"; a nearer year's narrative is left at its
    paragraph ("in June 2005.\n\nIn November" is the reference's)."""
    ref = ctx.reference
    last = _MONTH_VALUE.match(ctx.last_value or "")
    if not last or ref.year - int(last.group(1)) < NARRATIVE_GAP_YEARS:
        return None
    month = _form_month(inner_form(m.value))
    if month is None or month <= int(last.group(2)):
        return None
    year = int(last.group(1))
    if (sentence_ends_between(text, ctx.last_value_end, m.start, 2) != 1
            or _background_year(text, ctx.last_value_at)
            or (PARAGRAPH_BREAK.search(text, ctx.last_value_end, m.start) and ref.year - year < LONG_AGO_YEARS)
            or sentence_tells_history(text, m.start, m.end)):
        return None  # "9 November 1989. In December, crowds marked the anniversary": today's December
    return year


def _form_month(form: str) -> int | None:
    """The month a month, a day or a season form without a year starts in."""
    found = _FORM_MONTH.match(form)
    if not found:
        return None
    return int(found.group(1)) if found.group(1) else _SEASON_START[found.group(2)]


def _stated_reason(surface: str, rule, value: str, ctx: Context | None = None) -> str:
    if rule.type == "SET":
        return say("recurring", surface=surface, rule=rule.name)
    if rule.type == "DURATION":
        return say("stated_length", surface=surface, rule=rule.name)
    if value in _STATED_NO_DATE:
        return say(_STATED_NO_DATE[value], surface=surface, rule=rule.name)
    if "X" in value:  # a Wednesday, not which week's: the words state no place in time
        return say("unplaced_weekday" if _ANY_WEEKS_DAY.search(value) else "unplaced", surface=surface, rule=rule.name)
    order = settled_order(rule)
    if order:
        shown = ctx.order_evidence.get(order) if ctx is not None else None
        if shown:
            return say(_STATED_BY_DATE[order], surface=surface, evidence=shown, rule=rule.name)
        return say(_STATED_IN_ORDER[order], surface=surface, rule=rule.name)
    order = stated_order(rule)
    if order and ctx is not None and ctx.stated_why:
        return say(_STATED_BY_CALLER[order], surface=surface, why=ctx.stated_why, rule=rule.name)
    if rule.order == "either":
        return say("stated_either_order", surface=surface, rule=rule.name)
    return say("stated", surface=surface, rule=rule.name)


_ANY_WEEKS_DAY = re.compile(r"WXX-[1-7]")  # TIMEX3's weekday of no week in particular ("XXXX-WXX-3")


# A numeric date read in the order of the text's other dates (order.settled_order), by that order.
_STATED_IN_ORDER = {"day_first": template("stated_day_first").name, "month_first": template("stated_month_first").name}
# ... naming the first of them that shows it ("read day first: the text writes 25/04/2020")
_STATED_BY_DATE = {"day_first": template("stated_day_first_as").name, "month_first": template("stated_month_first_as").name}
# A numeric date read in the order the caller stated (order.StatedOrder), with the caller's words why.
_STATED_BY_CALLER = {"day_first": template("stated_day_first_known").name,
                     "month_first": template("stated_month_first_known").name}
# TIMEX3's values for the present, the past and the future, which name no date
_STATED_NO_DATE = {"PRESENT_REF": template("stated_present").name, "PAST_REF": template("stated_past").name,
                   "FUTURE_REF": template("stated_future").name}


def _timex(text: str, m: Mention, ctx: Context, trust: float,
           direction: str | None = None, in_text: bool = True, entry: bool = False) -> Timex | None:
    """The expression `m` resolved; `entry`: it heads a live-blog entry, whose day is counted
    from the page's (_entry_timex), so that it keeps an inferred reference's doubt."""
    rule = m.rule
    surface = text[m.start:m.end]
    ctx.position, ctx.end = m.start, m.end
    uses_tense, ahead_form = _form_reads(m.value)
    m = _read_tense(text, m, ctx, direction, uses_tense, ahead_form)
    ctx.told_tense, ctx.told_tense_end, ctx.told_firm = ctx.tense, m.end, ctx.firm
    ctx.story_year = _story_year(text, m, ctx) if in_text else None
    ctx.whole_period, ctx.guess, ctx.fell_back = False, None, False
    ctx.retold = _retold_day(text, m, ctx) if in_text else None
    ctx.saying_day = False
    set_against = _today_against_a_year(text, m, ctx) if in_text else None
    if set_against is not None:
        m = m._replace(value="PRESENT_REF")
    period_reached = _period_reached(ctx) if in_text else None
    if period_reached is not None:
        ctx.story_year = None
    try:
        if ctx.generic:
            raise Unresolvable("generic_present")
        if period_reached is not None:
            raise Unresolvable("period_long_gone", period=period_reached)
        value, anchored = anchor_value(m.value, ctx)
        if value is None:
            return None
        uses_tense = uses_tense and anchored  # a day named by its event, once past, is stated (anchor.py)
        from_text = not anchored or (not entry and _counted_from_text(m, ctx))
        confidence = _confidence(rule, anchored, uses_tense, ctx.tense, 1.0 if from_text else trust,
                                 value_precision(value) is not None)
        if ctx.story_year is not None:
            # "in 1848. On 24 February" and "founded in 1908. In March, it
            # reported a loss" have one shape; no annotated corpus holds the
            # first, so such a date stays under the review threshold
            confidence = min(confidence, STORY_YEAR_TRUST)
        reason = (_reason(surface, m, ctx, uses_tense, value) if anchored
                  else _stated_reason(surface, rule, value, ctx))
        if set_against is not None:
            reason = say("set_against_a_year", surface=surface, year=year_value(set_against), rule=rule.name)
        narrative_year = _narrative_may_be_in(text, m, ctx) if in_text and anchored and not ctx.guess else None
        if narrative_year is not None:
            ctx.guess = NARRATIVE_YEAR
        clock_before = _clock_before_the_last(text, m, ctx, value) if in_text and anchored and not ctx.guess else None
        if clock_before is not None:
            ctx.guess = CLOCK_BEFORE
        if ctx.guess:
            # which of the two readings the writer means is a guess, not a measurement
            confidence = min(confidence, GUESS_TRUST)
            guess = GUESS_REASONS[ctx.guess]
            guess = (say(guess.name, year=year_value(narrative_year)) if ctx.guess == NARRATIVE_YEAR else
                     say(guess.name, last=clock_before) if ctx.guess == CLOCK_BEFORE else guess.text)
            reason = say("with_guess", reason=reason, guess=guess)
        read_against = ("text" if not anchored else
                        "last_date" if _read_against_last_date(m, ctx) else
                        "entry" if ctx.entry_heading is not None else
                        "own_period" if m.value.startswith("UNDEF-quarter-last") and takes_own_quarter(ctx) else "reference")
    except Unresolvable as exc:
        value, anchored, confidence, from_text = unresolved(m.value), True, 0.2, False
        before_christ = counts_from_before_christ(ctx)
        read_against = "before_christ" if before_christ else "none"
        reason = (say("before_christ", surface=surface, day=before_christ, rule=rule.name) if before_christ else
                  say("no_reference", surface=surface, rule=rule.name) if ctx.reference is None else
                  say("unresolved", surface=surface, why=str(exc), rule=rule.name) if exc.reason else
                  say("no_place", surface=surface, rule=rule.name))
    if not _well_formed(value):
        return None
    precision = value_precision(value)
    impossible_value = None
    if in_text and precision is not None and value_interval(value) is None:
        # "Feb. 30, 2019", "2019-02-29" in an article: no such day.  A wrong
        # day is worse than none: keep what the calendar has (the month, else
        # the year).  `resolve` keeps the value, so that a person's own file
        # can be told of its mistake.
        shorter = (value[:7], value[:4]) if precision in ("day", "time") else (value[:4],)
        kept = next((v for v in shorter if value_interval(v) is not None), None)
        if kept is None:
            return None
        reason = say("impossible_day", surface=surface, kept=kept, rule=rule.name)
        impossible_value = value
        value, precision, confidence = kept, value_precision(kept), round(confidence * 0.5, 3)
    if in_text and rule.name.startswith(DATE_LINE) and precision == "day":
        ctx.date_line = (value, m.end, confidence)
    elif in_text and _own_date_lines_day(text, m, ctx, value):
        confidence = max(confidence, ctx.date_line[2])
    kind = rule.type
    if kind == "DATE" and precision == "time":
        kind = "TIME"
    if kind == "TIME" and "T" not in value:
        kind = "DATE"
    mod = m.mod if m.mod in TIMEX_MODS and not ctx.whole_period else None
    if kind in ("DATE", "TIME") and (precision is not None or value.startswith("BC")):
        remember(value, ctx, m.start, m.value, precision, m.end)  # a year before Christ too: a history's year
        if from_text:
            ctx.text_dates.add(value)
            if precision in ("day", "time"):
                ctx.text_dates.add(value[:10])  # "19:40" counted from 7 March 2024: its day too
        if ctx.last_month_at == m.start:  # the month it starts in is now the one a count reaches
            ctx.month_from_text = from_text
        if ctx.closing and ctx.closing[0] == m.start and precision == "day":
            # "the three months ended March 31": the months, not the day, are compared
            ctx.period = period_closed_by(dt.date.fromisoformat(value[:10]), ctx.closing[1])
            ctx.period_at = m.start
            _own_quarter_in_months(text, ctx)
    elif kind == "DURATION":
        if _SPAN_OF_MONTHS.match(value):
            # "in the nine months, net fell from a year earlier": the period now
            # spoken of is no quarter, and "a year earlier" is no quarter either
            forget_quarters(ctx)
            ctx.months_span_end = m.end
        ctx.closing = _closing_day(text, m, value)
        if not _LENGTH_AS_ADJECTIVE.search(surface):
            # "held for three days": a span of the story a count "later" may run from; not
            # "a 24-hour strike", a thing's length, which the day told before still dates
            ctx.last_length_end = m.end
    return timex_of(m.start, m.end, surface, kind, value, mod, confidence, reason, anchored, rule.name,
                    read_against, impossible_value, _tense_read(uses_tense, ctx.tense),
                    counted_unit(m.value) if anchored else None,
                    *((m.freq, m.quant) if kind == "SET" else (None, None)))


DATE_LINE = "dateline_"  # the rules that read a wire date line (rules/date.yaml), by their names' start
_BARE_WEEKDAY = re.compile(r"^UNDEF-wd~[1-7](?:T|$)")  # "Saturday", "19:40 on Saturday": no "last", no shift


def _own_date_lines_day(text: str, m: Mention, ctx: Context, value: str) -> bool:
    """Whether a bare weekday is the day of the wire date line its sentence opens with, that line's
    day the reference's ("LONDON, March 2 (Reuters) - A fire broke out at 19:40 on Saturday",
    dated Saturday 2 March): not a week before, as a weekday told in the past may be, but the date
    line's day, as sure as the date line."""
    line = ctx.date_line
    return (line is not None and ctx.reference is not None and _BARE_WEEKDAY.match(m.value) is not None
            and value[:10] == line[0] == ctx.reference.isoformat()
            and _SENTENCE_END.search(text, line[1], m.start) is None)


# A clock with no day, counted from the day of the time told before it ("19:40 on Saturday ... At
# 14:00 the harbour authority closed the quay"); and the hour each part of a day begins.
_CLOCK_ON_LAST_DAY = re.compile(r"^UNDEF-LAST\+0-dayT(\d\d):(\d\d)")
_TIME_OF = re.compile(r"T(?:(\d\d):(\d\d)|(MO|MI|AF|EV|NI))$")
_PART_BEGINS = {"MO": 5, "MI": 12, "AF": 12, "EV": 17, "NI": 20}
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n")


def _clock_before_the_last(text: str, m: Mention, ctx: Context, value: str) -> str | None:
    """The words of the time a clock with no day is counted from, when the clock is earlier on that
    day and told after it, with no word in its sentence that places it (tense.yaml's clock_placed:
    "earlier", "hours before", "had closed"): "A fire broke out at 19:40 on Saturday ... Crews worked
    through the night. At 14:00 the harbour authority closed the quay" is either told out of order
    or the next day, the next day likelier. Its value stays the annotators' (that day); it is held
    as a guess. Else None."""
    clock = _CLOCK_ON_LAST_DAY.match(m.value)
    last = _TIME_OF.search(ctx.last_value or "")
    if clock is None or last is None or not _read_against_last_date(m, ctx) or ctx.last_value[:10] != value[:10]:
        return None
    hh, mm, part = last.groups()
    begins = int(hh) * 60 + int(mm) if part is None else _PART_BEGINS[part] * 60
    if int(clock.group(1)) * 60 + int(clock.group(2)) >= begins:
        return None
    start = max((b.end() for b in _SENTENCE_END.finditer(text, 0, m.start)), default=0)
    end = _SENTENCE_END.search(text, m.end)
    if cue_pattern("clock_placed").search(text, start, end.start() if end else len(text)):
        return None
    return text[ctx.last_value_at:ctx.last_value_end]


def _retold_day(text: str, m: Mention, ctx: Context) -> tuple | None:
    """A clock with no day that retells a happening a day told earlier dated: "Slepian ... was shot
    to death last Oct. 23 ... (paragraphs on a rifle found April 8) ... Slepian was shot to death at
    10 p.m." is 23 October at 22:00, not the day told last. The words right before the clock name the
    happening (tense.yaml's clock_retold_before: two or three words after any auxiliary, "shot to
    death"); told earlier with a day a few words after them (clock_retold_gap: "shot to death last
    Oct. 23", "was killed at his home on Friday"), the clock takes that day. Not when its own
    sentence tells a date before it, which it counts from. As (day, the day's words, the happening),
    else None."""
    if not _CLOCK_ON_LAST_DAY.match(m.value) or not ctx.told_days:
        return None
    if sentence_ends_between(text, ctx.last_value_end, m.start, 1) == 0:
        return None  # its own sentence tells a date before it
    before = cue_pattern("clock_retold_before").search(text, max(0, m.start - RETOLD_CUE_REACH), m.start)
    if before is None:
        return None
    words = before.group("happening").split()
    happening = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    gap = cue_pattern("clock_retold_gap")
    # the days told before it, latest first, each with the telling a few words before it: the latest
    # telling, and its nearest day. Only the last RETOLD_DAYS days within RETOLD_REACH characters are
    # asked, so that a text of many such clocks costs each the same, not the whole text before it.
    told_at, found = -1, None
    for at, end, day in islice(reversed(ctx.told_days), RETOLD_DAYS):
        if at < m.start - RETOLD_REACH:
            break
        if at >= before.start("happening"):
            continue
        for told in happening.finditer(text, max(0, at - RETOLD_GAP_REACH - RETOLD_CUE_REACH), at):
            if at - told.end() <= RETOLD_GAP_REACH and told.end() >= told_at and gap.search(text[told.end():at]):
                told_at, found = told.end(), (at, end, day)
    if found is None:
        return None
    at, end, day = found
    return None if day == ctx.last_day else (day, text[at:end], " ".join(words))


RETOLD_CUE_REACH = 200  # characters before a clock its cue words are looked for in
RETOLD_GAP_REACH = 60  # characters from the words told earlier to the day told with them (four words at most)
RETOLD_REACH = 20_000  # characters back a telling's day is looked for (the development case: 2,641)
RETOLD_DAYS = 32  # days told before it that are asked, latest first (the development case: 7 between)


_LENGTH_AS_ADJECTIVE = re.compile(r"\w-\w+$")  # "24-hour", "three-day": a hyphen joins the unit to its count


def _own_quarter_in_months(text: str, ctx: Context) -> None:
    """"its first quarter of fiscal 2026, the three months ended September 30, 2025": the quarter
    the text reports on is the calendar one its months say, the fiscal year's end untold (the
    engine values a fiscal quarter as the calendar's, as TimeML does).  So when the first quarter
    named is said again in months right after it, or none was named before them."""
    if ctx.period is None or value_precision(ctx.period) != "quarter":
        return
    said_beside = (ctx.last_quarter == ctx.own_quarter and ctx.period_at - ctx.last_quarter_at <= APPOSITION_NEAR
                   and not PARAGRAPH_BREAK.search(text, ctx.last_quarter_at, ctx.period_at))
    if ctx.own_quarter is None or said_beside:
        ctx.own_quarter = ctx.period


def _resolve_all(text, mentions, reference, trust=1.0, direction=None, in_text=True,
                 stated: StatedOrder | None = None) -> list[Timex]:
    ctx = Context(reference=reference, text=text)
    if any(settled_order(m.rule) for m in mentions):
        ctx.order_evidence = evidence(text, mentions)
    ctx.stated_why = stated.why if stated is not None else None
    entries = entry_headings(text, mentions) if in_text else None
    above = None  # the heading of the entry above, as (Timex, day)
    out = []
    for m in mentions:
        if entries is not None and m.start in entries.minutes:
            t, above = _entry_timex(text, m, ctx, trust, direction, entries, above, out)
        else:
            t = _timex(text, m, ctx, trust, direction, in_text)
        if t is not None:
            out.append(t)
    return out


def _stated_day_before(found: list[Timex]) -> bool:
    """Whether the last day or time found states its value ("Thu 16 Oct 2025 00.20 BST")."""
    dated = [t for t in found if value_precision(t.value) in ("day", "time")]
    return bool(dated) and not dated[-1].anchored


def _entry_timex(text: str, m: Mention, ctx: Context, trust: float, direction, entries: Entries,
                 above: tuple[Timex, dt.date] | None,
                 found: list[Timex]) -> tuple[Timex | None, tuple[Timex, dt.date] | None]:
    """A live-blog entry's heading, on its day (entries.py), which what the entry says then counts from."""
    previous = None if above is None else (above[1], entries.minutes[above[0].start])
    day = entries.day_of(m.start, previous)
    began = None
    if above is None and entries.backwards and ctx.reference is not None and not _stated_day_before(found):
        # the page's date is its bottom entry's, the day the live blog began
        began, day = ctx.reference, ctx.reference + dt.timedelta(days=entries.midnights)
    if day is not None:  # its clock on that day, as on the day a date before it named
        remember(day.isoformat(), ctx, m.start, m.value)
    ctx.entry_heading = None
    t = _timex(text, m, ctx, trust, direction, entry=True)
    span = value_interval(t.value) if t is not None else None
    if span is None:  # no day for the page: its entries have none either
        return t, None
    if began is not None:
        t = dataclasses.replace(t, read_against="entry", reason=say(
            "entry_at_top", surface=t.text, midnights=entries.midnights, day=format_day(began), rule=m.rule.name))
    elif day is not None:
        how = say("entry_same_day" if day == above[1] else "entry_day_before" if day < above[1] else "entry_day_after")
        t = dataclasses.replace(t, read_against="entry", reason=say(
            "entry_below", surface=t.text, how=how, above=above[0].text, day=format_day(above[1]),
            direction=say("page_backwards" if entries.backwards else "page_forwards"), rule=m.rule.name))
    ctx.reference, ctx.entry_heading = span[0], t.text
    return t, (t, span[0])


def _as_date(value) -> dt.date | None:
    """A date from a date, a datetime or an ISO string; None stays None."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise DateEngineError(f"reference {value!r} is not a date (expected YYYY-MM-DD)") from None
    raise DateEngineError(f"reference must be a date, not {type(value).__name__}")


_recognised: dict[str, tuple] = {}  # text -> (rules, its mentions): see _mentions
# Characters of text remembered, then all forgotten at once: a bound for long-running processes
# (the bench corpus of 1,200 articles is 2.2 million).
RECOGNISED_CHARS = 1 << 24
_recognised_chars = 0


def forget_texts() -> None:
    """Forget the texts already recognised (see _mentions): a benchmark that tags the same texts
    again must time the work, not the memo."""
    global _recognised_chars
    _recognised.clear()
    _recognised_chars = 0


def _mentions(text: str) -> list[Mention]:
    """The expressions `text` holds, found again only for a new text: a text
    is often tagged twice (its reference inferred, then resolved against a
    reference found elsewhere: extract.analyse.with_reference, after every
    article of the run has been read; evaluate), and finding them is half of
    tagging.  Each entry is one tuple: a thread reads a whole entry or none."""
    global _recognised_chars
    rules = default_rules()
    kept = _recognised.get(text)
    if kept is not None and kept[0] is rules:
        return list(kept[1])
    found = recognise(text, rules)
    if _recognised_chars + len(text) > RECOGNISED_CHARS:
        _recognised.clear()
        _recognised_chars = 0
    _recognised[text] = (rules, tuple(found))
    _recognised_chars += len(text)
    return found


def recognised(text: str) -> tuple[tuple, ...] | None:
    """What this process found in `text` (see _mentions), as plain values another process can take
    in with `take_recognised`, so that tagging the text again there does not find them again; None when
    the text was not recognised here. A worker of `timeline extract --jobs` hands them back with
    its analysis: the article is tagged again elsewhere when it borrows a date."""
    rules = default_rules()
    kept = _recognised.get(mended_text(text))  # as tag recognised it: its broken date words whole
    if kept is None or kept[0] is not rules:
        return None
    return tuple((m.start, m.end, m.rule.name, m.value, m.mod, m.freq, m.quant, settled_order(m.rule)) for m in kept[1])


def take_recognised(text: str, found: tuple[tuple, ...]) -> None:
    """Take in what `recognised` gave for `text` in another process (with the same rules)."""
    global _recognised_chars, _names
    rules = default_rules()
    text = mended_text(text)  # as tag recognises it, and `recognised` gave it
    kept = _recognised.get(text)
    if kept is not None and kept[0] is rules:
        return
    if _names is None or _names[0] is not rules:
        _names = (rules, {rule.name: rule for rule in rules.rules})
    by_name = _names[1]
    if _recognised_chars + len(text) > RECOGNISED_CHARS:
        _recognised.clear()
        _recognised_chars = 0
    # a numeric date the text's other dates settled is read with its rule's variant: its base rule
    # would give the day-first value the reason and confidence of an open order
    _recognised[text] = (rules, tuple(Mention(start, end, variant_of(by_name[name], order), value, mod, freq, quant)
                                      for start, end, name, value, mod, freq, quant, order in found))
    _recognised_chars += len(text)


_names: tuple | None = None  # (the rules, their rules by name), for take_recognised


def may_give_a_time(text: str) -> bool:
    """Whether an expression the rules recognise in `text` carries a time of day (a part of the day,
    a clock) before it is resolved: resolving narrows what the rules found and adds no time, so text
    for which this is False gives none when tagged. A quick test (recognising is a fifth of tagging a
    short phrase) for a caller that tags only the words that may."""
    return any(_TIME_IN_VALUE.search(m.value) for m in recognise(text, default_rules()))


_TIME_IN_VALUE = re.compile(r"T(?:MO|MI|AF|EV|NI|DT|\d)")  # "UNDEF-REF-1-dayTNI", "UNDEF-md~04-27T23:00"


def tag(text: str, reference: dt.date | None = None, *, infer: bool = True, language: str | None = None,
        order: StatedOrder | None = None) -> Tagging:
    """Find and resolve every temporal expression of `text`.

    With no `reference`, and `infer`, the reference is inferred from the text
    (see infer_reference); when nothing supports an inference, relative
    expressions stay unresolved (XXXX-... values). `language`: the language
    the text is written in, when not English ("French"): its dates written
    out in its words are read too (languages.py), and the English rules'
    held as unsure.  `order`: the order of day and month the writer is known
    to keep, for a numeric date ("07/04/2020") the text's other dates leave
    open (order.py); it comes before the language's own order.

    A date word a line's end broke with a hyphen ("14 Novem-" over "ber
    2008", as a PDF's text keeps it) is read whole; offsets and each
    expression's text are the text's own all the same (broken.py).
    """
    whole = mended(text)
    if whole is None:
        return _tag(text, reference, infer, language, order)
    tagging = _tag(whole.text, reference, infer, language, order)
    return dataclasses.replace(tagging, timexes=[whole.given(t, text) for t in tagging.timexes])


def _tag(text: str, reference, infer: bool, language: str | None, order: StatedOrder | None) -> Tagging:
    """tag, of a text with no broken date word (or with them mended)."""
    reference = _as_date(reference)
    mentions = apply_stated_order(_mentions(text), order)
    in_its_order: frozenset[int] = frozenset()
    if language is not None:
        from .languages import in_order

        mentions, in_its_order = in_order(mentions, language)
    # its date lines and full dates in its language's words weigh as English ones would
    weighed = _weighed(text, mentions, language)
    read_from, trust, kind = reference, 1.0, None
    if reference is not None:
        source, reason = "given", say("reference_given", day=format_day(reference))
        # a wire story stamped a day after its date line: its "today" is the date line's
        read_from = written_on(text, weighed, reference) or reference
        if read_from != reference:
            reason = say("reference_given_date_line", given=format_day(reference), day=format_day(read_from))
    elif infer:
        found = inferred_date(text, weighed, _labels(language))
        reference, reason, read_from = found.day, found.reason, found.day
        source = "inferred" if reference is not None else "none"
        if reference is not None:
            trust, kind = inference_trust(found.kind), found.kind
    else:
        source, reason = "none", say("reference_not_given")
    timexes = _resolve_all(text, mentions, read_from, trust, stated=order)
    if language is not None:
        from .languages import in_language

        timexes = in_language(text, language, read_from, timexes, trust, in_its_order)
    return Tagging(reference, source, reason, timexes, trust, kind)


def states_another_weekday(expression: str) -> bool:
    """Whether a full date states a weekday it is not ("Wednesday 12 May 2009 16.36 BST": 12 May
    2009 was a Tuesday): one of the two is wrong, and which cannot be told."""
    text = mended_text(expression.strip())
    for m in _mentions(text):
        try:
            day = dt.date.fromisoformat(m.value[:10])
        except ValueError:
            continue
        if contradicted(text, m, day):
            return True
    return False


def weekdays_read_from(text: str, reference: dt.date) -> tuple[int, int, str | None]:
    """(agree, disagree, words of the first that disagrees): how many of the text's days named
    with their weekday but no year ("Wednesday, March 11") fall on that weekday when read against
    `reference`. Read from the wrong one of two references (a date line "09/03/2026" read as
    3 September), "Wednesday, March 11" lands in the next year, on a Thursday."""
    text = mended_text(text)
    mentions = _mentions(text)
    resolved = {(t.start, t.end): t for t in _resolve_all(text, mentions, _as_date(reference))}
    agree, disagree, first = 0, 0, None
    for weekday_at, day_at in _weekday_beside_day(text, mentions):
        t = resolved.get((day_at.start, day_at.end))
        try:
            day = dt.date.fromisoformat(str(t.value)[:10]) if t is not None else None
        except ValueError:
            day = None
        if day is None:
            continue
        if day.isoweekday() == stated_weekday(text, weekday_at):
            agree += 1
        else:
            disagree += 1
            first = first or text[weekday_at.start:day_at.end]
    return agree, disagree, first


def _weekday_beside_day(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(weekday, day) pairs: a day with no year whose weekday is stated, in one expression
    ("Wednesday 11 March") or in two with only a comma or spaces between ("on Wednesday, March 11")."""
    pairs = []
    for m, after in zip(mentions, mentions[1:] + [None]):
        if stated_weekday(text, m) is None:
            continue
        if m.value.startswith("UNDEF-md~"):
            pairs.append((m, m))
        elif (after is not None and m.value.startswith("UNDEF-wd~") and after.value.startswith("UNDEF-md~")
              and not text[m.end:after.start].strip(", ")):
            pairs.append((m, after))
    return pairs


def _weighed(text: str, mentions: list[Mention], language: str | None) -> list[Mention]:
    """What the article-date inference weighs: the text's `mentions`, and in a text in `language`
    (not English) its dates in that language's words, as English ones of their shape
    (languages.evidence)."""
    if language is None:
        return mentions
    from .languages import evidence

    return evidence(text, language, mentions, default_rules())


def _labels(language: str | None):
    """The words a text in `language` (not English) labels its page's stamp with ("Publié le"), or None."""
    if language is None:
        return None
    from .languages import stamp_labels

    return stamp_labels(language)


def yearless_dateline(text: str, language: str | None = None) -> tuple[int, int, str] | None:
    """(month, day, words) of the wire date line without a year in the text's lead ("RIVERSIDE,
    March 7 (Reuters) -"; in a text in `language`, "BERLIN, 3. März (dpa) -" too), or None: the
    story's own day, whose year may come from elsewhere."""
    line = undated_line(text, _weighed(text, _mentions(text), language))
    month_day = line and month_day_of(line)
    return (*month_day, text[line.start:line.end]) if month_day else None


def yearless_dateline_at(text: str, language: str | None = None) -> int | None:
    """Where the words of the text's wire date line without a year start (yearless_dateline), or None."""
    line = undated_line(text, _weighed(text, _mentions(text), language))
    return line.start if line and month_day_of(line) else None


def infer_reference(text: str) -> tuple[dt.date | None, str]:
    """(date, reason): the date the text was most likely written, or None."""
    text = mended_text(text)
    return infer_from(text, _mentions(text))


def clues_of(text: str, language: str | None = None) -> PastClues:
    """What the text says of its own date when `infer_reference` finds none:
    the latest full date it reports, and the weekdays it says in the past
    (in a text in `language`, its full dates in its words too)."""
    text = mended_text(text)
    return past_clues(text, _weighed(text, _mentions(text), language), _labels(language))


def resolve(expression: str, anchor: dt.date | None = None, *,
            direction: str | None = None) -> Timex | None:
    """Read one expression as a person writes it ("Jan. 7, 2019", "summer
    2018", "Tuesday" with an anchor).  `direction` ("past" or "future") says
    which way a relative expression points.  None when it is not a date.
    A day the calendar has not ("Feb. 30, 2019") comes back as written
    (2019-02-30), for the caller to say so; `tag` keeps only its month."""
    if direction not in (None, "past", "future"):
        raise DateEngineError(f"direction must be 'past', 'future' or None, not {direction!r}")
    text = expression.strip()
    if not text:
        return None
    if value_precision(text) is not None and value_interval(text) is not None:
        # already a TIMEX3 value ("2018-06", "2018-SU", "2019-W02")
        kind = "TIME" if value_precision(text) == "time" else "DATE"
        return Timex(0, len(text), text, kind, text, None, 1.0,
                     say("timex3_value", surface=text), False, "timex3")
    anchor = _as_date(anchor)
    mentions = recognise(text, default_rules())
    timexes = _resolve_all(text, mentions, anchor, 1.0, direction, in_text=False)
    if timexes:
        best = max(timexes, key=lambda t: t.end - t.start)
        rest = text[:best.start] + text[best.end:]
        if 2 * (best.end - best.start) >= len(text) and not any(c.isdigit() for c in rest):
            return best
    from ._dateparser import parse_one

    return parse_one(text, anchor)
