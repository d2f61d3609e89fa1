"""Infer a text's reference date from the text itself.

A news story is written within days after what it reports.  Two kinds of
evidence are used, and nothing else:

- a date line: a full date written with its weekday ("Tuesday 12 May 2009"),
  as papers date their stories, or after a wire's city ("WASHINGTON, Jan. 9,
  2019 (AP) --"); the latest one is the story's date (a print
  line, "00.01 BST on Saturday 2 May 2009", only when there is no other);
- the latest full date the text reports (not a deadline, plan or forecast),
  if it comes in the story's lead, together with the weekdays it mentions in
  the past tense: the story's date is the earliest day, within a week after
  that date, from which those weekdays look back to days on or after it
  ("Jan. 7, 2019" and "state media reported Thursday" give Thu 10 Jan 2019).

A wire date line without a year ("WASHINGTON, Jan. 8 (Reuters) -") gives the
story's month and day; its year is the one the rest of the text supports:
that of the full date the story reports nearest before that month and day
("Dec. 28, 2018" under "Jan. 3" gives 2019), else an update stamp's a few
days later, else a copyright line's ("(c) 2019 Reuters"), else, among the years the text names and the years after
them, the one in which the weekdays it says in the past tense come closest
before the date line's day.  With none of these, no date: a year guessed is
a date wrong.  Weekdays repeat every few years, so that last year is only as
good as the years the text happens to name: its reason says so, and its kind
(`Inference.kind`) is trusted less (rules/inference.yaml), where a date line
with the copy's own copyright year or update stamp is nearly as firm as a
given date (calibration.yaml, inferred_reference).

Before all of them comes the page's own date line at its top, as papers print
it under the headline: a full date with its weekday, which agrees, and a clock
("Tuesday 12 May 2009 16.36 BST", "Published 5:32 PM EST, Thu March 5, 2026"),
in the lead and before any other stamp.  Its kind, "page_dateline", is
trusted about as much as front matter (rules/inference.yaml); a date line of
an older story quoted further down ("Originally published Monday 4 May
2009 ...") does not beat it.  A full date whose weekday disagrees with it
("Wednesday 12 May 2009", a Tuesday) is no evidence at all: one of the two is
wrong, and which cannot be told.

Then comes a stamp: a full date a page prints after a label, at the
start of a line or after a separator ("Published: 7 Jan 2019", "By Jane Doe |
January 8, 2019"), or standing alone on one of its first lines ("8 January
2019").  The first such date is the story's; one labelled as an update
("Last modified on Tue 8 Jan 2019") only when the page has no other date
line.  Their words are data (rules/tense.yaml).

A news story puts what is new first; a full date further down is mostly
background ("the bombings which killed 224 people on Aug. 7, 1998" in a story
of an arrest a year later), and a weekday of the story then lands a week
after it, a wrong day.  So a full date with no such weekday, one after the
lead, or one that comes before years the text also reports, supports no
inference: the answer is None, with the reason.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .anchor import Context, Unresolvable, anchor_value
from . import data_cache
from .reasons import say
from .recognize import Mention
from .errors import RuleError
from .tense import TENSE_RULES, cue_data, sentences_before, tense_at
from .values import format_day, value_interval, value_precision

WINDOW_DAYS = 7
# The lead: headline lines and sentences, counted from the top.  On
# TempEval-3 and the Guardian story, the full dates that gave a wrong day
# came 7 to 11 sentences down; the demo article's comes third, after its
# headline twice.
LEAD_SENTENCES = 4


# A stamp's label is on the date's own line, close before it.
LABEL_REACH = 80
# A date alone on a line stamps the story only on one of its first lines: a
# timeline's entries ("Aug. 13, 1961") come further down.
HEAD_LINES = 4
# How far around the lead's full date and its weekdays words of history
# ("anniversary", "years ago") are looked for.
HISTORY_REACH = 200
# A full date the story reports settles the year of a date line without
# one only this far before the date line's month and day: a story tells the
# news of its own weeks, and a date half a year back or more is background
# ("the company, founded on June 5, 1987").
YEAR_GAP_DAYS = 183
# How far before a year its copyright sign is looked for ("(c) 2019").
COPYRIGHT_REACH = 20
# A wire's copy is stamped now and then with another day than its date line
# names: Xinhua's story of 12 March 1999 ("WASHINGTON, March 12 (Xinhua)
# --") carries 13 March, filed after midnight in Beijing.  This far apart,
# the date line is the day the story was written; further, the two disagree
# for some other reason and the given date stands.
DATELINE_DRIFT_DAYS = 2


@lru_cache(maxsize=None)
def _cue(name: str, ignore_case: bool = True) -> re.Pattern:
    # tense.yaml is a rule file: a mistake in it names the cue, as tense.py's own cues do,
    # rather than ending in Python's re.error or KeyError.
    try:
        return re.compile(cue_data()[name], re.IGNORECASE if ignore_case else 0)
    except KeyError:
        raise RuleError(f"{TENSE_RULES.name}: the cue {name!r} is missing") from None
    except (re.error, TypeError) as exc:
        raise RuleError(f"{TENSE_RULES.name}: bad regex in the cue {name!r}: {exc}") from None


def _not_reported() -> re.Pattern:
    return _cue("not_reported_before")


@dataclass(frozen=True)
class StampLabels:
    """Another language's words for a page's stamp ("Publié le", "Aktualisiert am": languages.yaml,
    `stamps`), read beside the English ones (rules/tense.yaml's stamp_before, update_before)."""
    published: re.Pattern  # searched in the text before the date, as stamp_before
    updated: re.Pattern | None  # the same, as update_before
    after: re.Pattern | None  # a clock the date may be followed by ("à 10h32", "um 18:32 Uhr"), matched at its end


def _stamp_kind(text: str, m: Mention, labels: StampLabels | None = None) -> str | None:
    """"published" for a date a page prints to say when the story went out
    ("Published: 7 Jan 2019" above the prose, a date alone on one of the first lines),
    "updated" for one it prints for a later change, "another" for a labelled one under the prose,
    else None. `labels`: the words of the text's language for such a stamp, beside the English."""
    lo = max(0, m.start - LABEL_REACH)
    end = m.end
    if labels is not None and labels.after is not None and (clock := labels.after.match(text, end)) is not None:
        end = clock.end()
    labelled = _cue("stamp_after", ignore_case=False).match(text, end) is not None
    if labelled and (_cue("update_before").search(text, lo, m.start)
                     or (labels is not None and labels.updated is not None and labels.updated.search(text, lo, m.start))):
        return "updated"
    if labelled and (_cue("stamp_before").search(text, lo, m.start)
                     or (labels is not None and labels.published.search(text, lo, m.start))):
        # one under the prose is another story's ("Posted on March 2, 2026" of the next post on a
        # blog's front page, under its headline): no evidence of this one's date at all; but a
        # footer's, right after the last sentence, is the page's own
        line_start = text.rfind("\n", 0, m.start) + 1
        own = above_the_prose(text, m.start) or after_the_last_sentence(text, line_start)
        return "published" if own else "another"
    if _alone_on_head_line(text, m, end):
        return "published"
    return None


def _alone_on_head_line(text: str, m: Mention, end: int | None = None) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    return (not text[line_start:m.start].strip()
            and text.count("\n", 0, line_start) < HEAD_LINES
            and _cue("alone_after", ignore_case=False).match(text, m.end if end is None else end) is not None)


def _is_year_after(value: str, day: dt.date) -> bool:
    """An explicit value (not anchored) in a year after `day`."""
    return (not value.startswith("UNDEF-") and value_precision(value) is not None
            and len(value) >= 4 and value[:4].isdigit() and int(value[:4]) > day.year)


def _later_year(text: str, m: Mention, day: dt.date) -> bool:
    """A year after `day` the text reports, not counting a fiscal year that ends within the year
    after it ("fiscal 2026" in a report of November 2025: that fiscal year has begun)."""
    if not _is_year_after(m.value, day) or not _reported(text, m):
        return False
    return not (int(m.value[:4]) == day.year + 1 and _cue("fiscal_period").search(text, m.start, m.end))


def _reported(text: str, m: Mention) -> bool:
    """Not a deadline, a plan or a forecast: something that happened."""
    return not (_not_reported().search(text, max(0, m.start - 60), m.start)
                or tense_at(text, m.start, m.end) == "future")


def _happened(text: str, m: Mention) -> bool:
    """Said in the past tense, and no plan or limit: the story is later than it ("inspected by
    engineers in September 2024", where `_reported` doubts the "by")."""
    return (tense_at(text, m.start, m.end) == "past"
            and not _cue("plan_before").search(text, max(0, m.start - 60), m.start))


def _dateline(rule_name: str) -> bool:
    """A full date written with its weekday ("Tuesday 12 May 2009") is how
    papers date their stories; a wire's date line ("WASHINGTON, Jan. 9, 2019
    (AP) --") how agencies do."""
    return rule_name.startswith(("weekday_", "dateline_"))


def _in_sentence(text: str, m: Mention) -> bool:
    """A weekday's date inside a sentence ("first elected on Thursday, 28
    February 1974"), with no clock to stamp it: history or a plan, not the
    paper's date line."""
    return (m.rule.name.startswith("weekday_") and value_precision(m.value) != "time"
            and _cue("dateline_not_before", ignore_case=False).search(text, max(0, m.start - 30), m.start)
            is not None)


@lru_cache(maxsize=1)
def _weekday_lists() -> frozenset[str]:
    """The word lists whose value is the weekday a date states (rules/inference.yaml)."""
    from .calibration import INFERENCE  # calibration reads KINDS from here: imported when first asked

    lists = (data_cache.load(INFERENCE) or {}).get("weekday_lists")
    if not isinstance(lists, list) or not all(isinstance(x, str) for x in lists):
        raise RuleError(f"{INFERENCE.name}: 'weekday_lists' must be a list of word list names, not {lists!r}")
    return frozenset(lists)


def stated_weekday(text: str, m: Mention) -> int | None:
    """The weekday a date states beside its day ("Tuesday 12 May 2009": 2), or None: the value
    keeps the day only, so the rule's match is read again for its weekday's word."""
    groups = [g for g, wl in m.rule.captures.items() if wl is not None and wl.name in _weekday_lists()]
    if not groups:
        return None
    match = m.rule.regex.match(text, m.start)
    if match is None:
        return None
    words = m.rule.words(match)
    stated = next((words[g] for g in groups if g in words), None)
    return int(stated) if stated and stated.isdigit() else None


def contradicted(text: str, m: Mention, day: dt.date) -> bool:
    """The date states a weekday that `day` is not ("Wednesday 12 May 2009")."""
    weekday = stated_weekday(text, m)
    return weekday is not None and weekday != day.isoweekday()


def above_the_prose(text: str, at: int) -> bool:
    """Whether `at` comes before any sentence of prose has ended (rules/tense.yaml's prose_ended):
    where a page prints its own date line. A date line below the prose is another story's: a
    related link's ("Thursday 14 May 2009" under its headline), a quoted older version's."""
    return _cue("prose_ended", ignore_case=False).search(text, 0, at) is None


def after_the_last_sentence(text: str, at: int) -> bool:
    """Whether the line at `at` follows a sentence of prose at once (rules/tense.yaml's
    prose_just_ended): a footer's date line ("Published: 28 Feb 2019"), the page's own, where one
    after a headline is a related link's."""
    return _cue("prose_just_ended", ignore_case=False).search(text, max(0, at - LABEL_REACH), at) is not None


def _page_line(text: str, m: Mention) -> bool:
    """The page's own date line: its weekday (which agrees: `_evidence` saw to it) and its clock
    beside the full date, standing apart from the prose, at the top of the page. Not the print
    line, a day or so after the story went online."""
    return (value_precision(m.value) == "time" and not _print_line(m.rule.name)
            and stated_weekday(text, m) is not None
            and _cue("page_line_after", ignore_case=False).match(text, m.end) is not None
            and sentences_before(text, m.start, LEAD_SENTENCES) < LEAD_SENTENCES
            and above_the_prose(text, m.start))


def _page_dateline(text: str, explicit, stamps) -> Inference | None:
    """The page's own date line (`_page_line`), the first of them, when no stamp comes before it:
    one further down is another story's (a quoted older article, a link box)."""
    line = min(((day, m) for day, m in explicit + stamps["published"] if _page_line(text, m)),
               key=lambda e: e[1].start, default=None)
    if line is None or any(m.start < line[1].start for _, m in stamps["published"]):
        return None
    day, m = line
    return Inference(day, say("inferred_page_dateline", day=format_day(day), quoted=_quote(text, m)), "page_dateline")


def written_on(text: str, mentions: list[Mention], reference: dt.date) -> dt.date | None:
    """The day the wire date line in the story's lead names, when it is not
    `reference` but within DATELINE_DRIFT_DAYS of it: the day the story's
    "today" is.  None when there is no such date line."""
    line = next((m for m in mentions if m.rule.name.startswith("dateline_")), None)
    if line is None or sentences_before(text, line.start, LEAD_SENTENCES) >= LEAD_SENTENCES:
        return None
    try:
        value, _ = anchor_value(line.value, Context(reference=reference))
        day = dt.date.fromisoformat(value[:10])
    except (Unresolvable, ValueError, TypeError):
        return None
    return day if 0 < abs((day - reference).days) <= DATELINE_DRIFT_DAYS else None


def _print_line(rule_name: str) -> bool:
    """The line that tells when the story went to print ("00.01 BST on Saturday
    2 May 2009"): a day or so after it went online, so a date line only when
    the text has no other."""
    return rule_name.startswith("printed_")


def _stamp(m: Mention) -> bool:
    """A date line or print line with its clock time ("Friday 8 May 2009 21.08
    BST") stamps the story: it is no plan whatever the words after it."""
    return ((value_precision(m.value) == "time"
             and (_dateline(m.rule.name) or _print_line(m.rule.name)))
            or m.rule.name.startswith("dateline_"))


def _evidence(text: str, mentions: list[Mention], labels: StampLabels | None = None):
    """(full dates the text reports, weekdays said in the past tense, stamps
    by kind, full dates whose weekday disagrees), each date with its mention,
    in the text's order."""
    explicit: list[tuple[dt.date, Mention]] = []
    weekdays: list[Mention] = []
    stamps: dict[str, list[tuple[dt.date, Mention]]] = {"published": [], "updated": []}
    wrong: list[tuple[dt.date, Mention]] = []
    for m in mentions:
        if m.value.startswith("UNDEF-wd~"):
            # only weekdays said in the past tense place the story after them
            if tense_at(text, m.start, m.end) == "past":
                weekdays.append(m)
            continue
        if (m.value.startswith("UNDEF-") or value_precision(m.value) not in ("day", "time")
                or m.rule.order == "either"):
            # "01/08/2019" with no other date to settle it may be 8 January or
            # 1 August: a wrong article date is worse than none
            continue
        try:
            day = dt.date.fromisoformat(m.value[:10])
        except ValueError:
            continue
        if contradicted(text, m, day):
            wrong.append((day, m))
            continue
        kind = _stamp_kind(text, m, labels)
        if kind == "another":
            continue
        if kind is not None:
            stamps[kind].append((day, m))
        elif _stamp(m) or _reported(text, m):
            explicit.append((day, m))
    return explicit, weekdays, stamps, wrong


def _quote(text: str, m: Mention) -> str:
    return f"'{text[m.start:m.end]}'"


def _stamped(text: str, stamps: dict, has_dateline: bool) -> tuple[dt.date, str, str] | None:
    """(day, reason, kind): the page's own date, its first stamp; else, when it has
    no date line, the earliest update (an update is later than the story)."""
    if stamps["published"]:
        day, m = min(stamps["published"], key=lambda e: e[1].start)
        return day, say("inferred_stamp", day=format_day(day), quoted=_quote(text, m)), "stamp"
    if stamps["updated"] and not has_dateline:
        day, m = min(stamps["updated"], key=lambda e: e[0])
        return day, say("inferred_update_stamp", day=format_day(day), quoted=_quote(text, m)), "update_stamp"
    return None


def undated_line(text: str, mentions: list[Mention]) -> Mention | None:
    """The story's wire date line without a year ("WASHINGTON, Jan. 8
    (Reuters) -"), when the first one comes in its lead: one further down
    heads another story (a digest, a related link)."""
    for m in mentions:
        if m.rule.name.startswith("dateline_") and m.value.startswith("UNDEF-md~"):
            if sentences_before(text, m.start, LEAD_SENTENCES) < LEAD_SENTENCES:
                return m
            return None
    return None


def month_day_of(m: Mention) -> tuple[int, int] | None:
    try:
        month, day = m.value[len("UNDEF-md~"):].split("-")
        return int(month), int(day)
    except ValueError:
        return None


def _on(year: int, month_day: tuple[int, int]) -> dt.date | None:
    try:
        return dt.date(year, *month_day)
    except ValueError:  # 29 February in a year without one
        return None


def _year_of_dates(text: str, month_day: tuple[int, int], explicit, mentions):
    """(day, reason) from the full date the story reports nearest before the
    date line's month and day, counting the turn of the year ("Dec. 28,
    2018" under "Jan. 3" gives 3 Jan 2019); None when there is none within
    YEAR_GAP_DAYS.  Not a full date on the date line's own month and day
    ("the day the Berlin Wall fell on Nov. 9, 1989" under "Nov. 9"): the
    story's own day needs no year, so it is an anniversary; nor one near
    words of history."""
    best = None
    for day, m in explicit:
        if (day.month, day.day) == month_day:
            continue
        year = day.year if month_day > (day.month, day.day) else day.year + 1
        on = _on(year, month_day)
        if on is None or (on - day).days > YEAR_GAP_DAYS:
            continue
        if _cue("history_near").search(text, max(0, m.start - HISTORY_REACH), m.end + HISTORY_REACH):
            continue
        if best is None or on - day < best[0] - best[1]:
            best = (on, day, m)
    if best is None:
        return None
    on, _, m = best
    later_years = sorted({int(x.value[:4]) for x in mentions if _later_year(text, x, on)})
    if later_years:
        # the story is later than its nearest full date: that date is
        # background, and the years it names are no surer
        return say("dateline_date_before_years", quoted=_quote(text, m), year=later_years[0])
    return on, say("dateline_year_of_date", quoted=_quote(text, m)), "dateline_dates"


def _copyright_years(text: str, mentions) -> list[Mention]:
    """The years of the text's copyright lines ("(c) 2019 Reuters")."""
    return [m for m in mentions
            if value_precision(m.value) == "year" and m.value[:4].isdigit()
            and _cue("copyright_before").search(text, max(0, m.start - COPYRIGHT_REACH), m.start)]


def _year_of_copyright(text: str, month_day: tuple[int, int], mentions):
    """(day, reason, kind) from a copyright line's year ("(c) 2019 Reuters")."""
    for m in _copyright_years(text, mentions):
        on = _on(int(m.value[:4]), month_day)
        if on is not None:
            return on, say("dateline_year_of_copyright", quoted=_quote(text, m)), "dateline_copyright"
    return None


def _year_of_weekdays(text: str, month_day: tuple[int, int], weekdays: list[Mention], mentions):
    """(day, reason, kind), or the reason there is none when every year it could be is older than
    a date the text reports; among the years the text reports and the year after
    each (a story looks back on the year just gone), the one in which the
    weekdays said in the past tense come closest before the date line's
    day, all told ("on Tuesday" under "Jan. 8" fits 2019, a Tuesday, before
    2018, a Monday); None with no weekday, or a tie."""
    if not weekdays:
        return None
    named = {int(m.value[:4]) for m in mentions
             if value_precision(m.value) == "year" and not m.value.startswith("UNDEF-")
             and m.value[:4].isdigit() and _reported(text, m)}
    # a story is not older than what it reports: "built in 1962" beside "inspected in September
    # 2024" names 1962, but a date line read in 1962 would come before that inspection
    reported = [(interval[0], m) for m in mentions
                if not m.value.startswith("UNDEF-") and (interval := value_interval(m.value)) is not None
                and _happened(text, m)]
    not_before, latest = max(reported, key=lambda e: e[0], default=(None, None))
    scores, too_early = [], []
    for year in sorted({y + k for y in named for k in (0, 1)}):
        on = _on(year, month_day)
        if on is None:
            continue
        if not_before is not None and on < not_before:
            too_early.append(year)
            continue
        ctx = Context(reference=on, tense="past")
        lags = []
        for w in weekdays:
            value, _ = anchor_value(w.value, ctx)
            if value:
                lags.append((on - dt.date.fromisoformat(value[:10])).days)
        if lags:
            scores.append((sum(lags), on))
    scores.sort()
    if not scores and too_early:
        return say("dateline_years_before_reported", years=", ".join(map(str, too_early)),
                   quoted=_quote(text, latest))
    if not scores or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return None
    on = scores[0][1]
    names = sorted({text[w.start:w.end] for w in weekdays}, key=lambda n: (text.find(n), -len(n)))
    years = ", ".join(str(d.year) for _, d in sorted(scores, key=lambda e: e[1]))
    # weekdays fall on the same days every few years (2020 and 2026 alike): they only choose among
    # the years the text happens to name, and the story's own year may be none of them
    return on, say("dateline_year_of_weekdays", names=", ".join(repr(n) for n in names), year=on.year,
                   years=years), "dateline_weekdays"


def _year_of_update(text: str, month_day: tuple[int, int], updates):
    """(day, reason) from the page's update stamp ("Updated: Jan 9, 2019"
    over "WASHINGTON, Jan. 8 (Reuters) -"): the date line's day at most a
    week before it.  A page modified months or years later says nothing of
    the story's year."""
    for day, m in sorted(updates, key=lambda e: e[0]):
        for year in (day.year, day.year - 1):
            on = _on(year, month_day)
            if on is not None and 0 <= (day - on).days < WINDOW_DAYS:
                return on, say("dateline_year_of_update", quoted=_quote(text, m)), "dateline_update"
    return None


def _dated_line(text: str, line: Mention, explicit, weekdays, mentions, updates=()) -> Inference:
    """The date line's month and day in the year the rest of the text supports."""
    quoted = _quote(text, line)
    month_day = month_day_of(line)
    found = month_day and (_year_of_dates(text, month_day, explicit, mentions)
                           or _year_of_update(text, month_day, updates)
                           or _year_of_copyright(text, month_day, mentions)
                           or _year_of_weekdays(text, month_day, weekdays, mentions))
    if isinstance(found, str):
        return Inference(None, found)
    if not found:
        return Inference(None, say("dateline_no_year", quoted=quoted))
    on, evidence, kind = found
    return Inference(on, say("inferred_dateline", day=format_day(on), quoted=quoted, evidence=evidence), kind)


# The kinds of evidence an inference rests on, as rules/inference.yaml and calibration.yaml name them.
KINDS = ("page_dateline", "stamp", "update_stamp", "dateline_dates", "dateline_update", "dateline_copyright",
         "dateline_weekdays", "weekday_dateline", "lead")


@dataclass(frozen=True)
class Inference:
    """A text's date inferred from its words, why, and the kind of evidence it rests on (a key of
    rules/inference.yaml, which says how far dates read against it can be trusted)."""

    day: dt.date | None
    reason: str
    kind: str | None = None


def infer_from(text: str, mentions: list[Mention]) -> tuple[dt.date | None, str]:
    found = inferred_date(text, mentions)
    return found.day, found.reason


def inferred_date(text: str, mentions: list[Mention], labels: StampLabels | None = None) -> Inference:
    """The text's date as its `mentions` give it (`labels`: its language's words for a page's stamp,
    when it is not English)."""
    explicit, weekdays, stamps, wrong = _evidence(text, mentions, labels)
    page = _page_dateline(text, explicit, stamps)
    if page is not None:
        return page
    datelines = [e for e in explicit if _dateline(e[1].rule.name) and not _in_sentence(text, e[1])]
    undated = None if datelines else undated_line(text, mentions)
    # an update's date is later than the story's: with a date line, even one
    # without a year, it only tells the year (_year_of_update)
    stamped = _stamped(text, stamps, bool(datelines) or undated is not None)
    if stamped is not None:
        return Inference(*stamped)
    if undated is not None:
        # the date line names the story's day: any other day is wrong
        return _dated_line(text, undated, explicit, weekdays, mentions, stamps["updated"])
    if not explicit and wrong:
        day, m = wrong[0]
        return Inference(None, say("another_weekday", quoted=_quote(text, m), day=format_day(day)))
    if not explicit:
        copyright = _copyright_years(text, mentions)
        if copyright:
            # a copyright year names no day: said, so that the reader knows it was seen
            return Inference(None, say("copyright_year_only", quoted=_quote(text, copyright[0])))
        return Inference(None, say("no_full_date"))
    datelines = datelines or [e for e in explicit if _print_line(e[1].rule.name)]
    latest, source = max(datelines or explicit, key=lambda e: e[0])
    quoted = _quote(text, source)
    later_years = sorted({int(m.value[:4]) for m in mentions if _later_year(text, m, latest)})
    if later_years:
        return Inference(None, say("latest_date_before_years", quoted=quoted, year=later_years[0]))
    if datelines:
        # a wire's date line ("PARIS, 8 January 2019 (AFP) -") states no weekday: it was said to
        wire = source.rule.name.startswith("dateline_")
        return Inference(latest, say("inferred_wire_dateline" if wire else "inferred_weekday_dateline", day=format_day(latest),
                                     quoted=quoted), "weekday_dateline")
    if sentences_before(text, source.start, LEAD_SENTENCES) >= LEAD_SENTENCES:
        return Inference(None, say("latest_date_after_lead", quoted=quoted, sentences=LEAD_SENTENCES))
    best, best_hits = latest, []
    for k in range(WINDOW_DAYS):
        candidate = latest + dt.timedelta(days=k)
        ctx = Context(reference=candidate, tense="past")
        hits = []
        for w in weekdays:
            value, _ = anchor_value(w.value, ctx)
            if value and dt.date.fromisoformat(value[:10]) >= latest:
                hits.append(w)
        if len(hits) > len(best_hits):
            best, best_hits = candidate, hits
    if not best_hits:
        return Inference(None, say("no_weekday_after_latest", quoted=quoted))
    history = _cue("history_near").search(text, max(0, source.start - HISTORY_REACH),
                                          max(w.end for w in best_hits) + HISTORY_REACH)
    if history:
        return Inference(None, say("latest_date_is_history", quoted=quoted, cue=history.group(0)))
    # in the order they are written; "Sunday night" and "Sunday" are
    # first found at the same place: the longer first, not the one the
    # set's order (its hash, random by process) happens to give
    names = sorted({text[w.start:w.end] for w in best_hits}, key=lambda s: (text.find(s), -len(s)))
    return Inference(best, say("inferred_from_lead", day=format_day(best), quoted=quoted,
                               weekdays=", ".join(f"'{n}'" for n in names)), "lead")


@dataclass(frozen=True)
class PastClues:
    """What a text says of its own date without naming it: the latest full date
    it reports as happened (a story is not older than what it reports), and the
    weekdays it says in the past tense (TIMEX3 values, "UNDEF-wd~..."), which
    land on days on or after that date only when read from some days."""

    latest: dt.date | None
    latest_words: str
    weekdays: tuple[str, ...]

    def weekdays_fitting(self, day: dt.date) -> int:
        """How many of the past weekdays, read from `day`, land on or after
        `latest` (as `infer_from` counts them for the days after it)."""
        if self.latest is None:
            return 0
        return sum(on >= self.latest for on in self.weekday_days(day))

    def weekday_days(self, day: dt.date) -> list[dt.date]:
        """The days the past weekdays fall on, read from `day`."""
        ctx = Context(reference=day, tense="past")
        days = []
        for value in self.weekdays:
            try:
                resolved, _ = anchor_value(value, ctx)
            except Unresolvable:
                continue
            if resolved:
                days.append(dt.date.fromisoformat(resolved[:10]))
        return days


def past_clues(text: str, mentions: list[Mention], labels: StampLabels | None = None) -> PastClues:
    """The clues `infer_from` weighs, for a text it could not date: they still
    tell which of several dates found elsewhere can be the text's."""
    explicit, weekdays, _, _ = _evidence(text, mentions, labels)
    if not explicit:
        # its weekdays still tell which days it can be of, against a date found elsewhere (the
        # first day of its story: extract.pipeline)
        return PastClues(None, "", tuple(w.value for w in weekdays))
    latest, source = max(explicit, key=lambda e: (e[0], -e[1].start))
    return PastClues(latest, text[source.start:source.end], tuple(w.value for w in weekdays))
