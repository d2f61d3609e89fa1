"""The day a fiscal quarter ended, when the text gives it: "earnings soared in the fiscal first quarter
... For the quarter ended Sept. 30, Delta posted net income" names a quarter that the date engine values
as the calendar's first (TimeML's convention) and says when it ended, so its months are July to
September, not January to March; the day a fiscal year ended ("For the year ended Sept. 30"), which
"the full year" of the report spans up to; and "the latest period" the engine valued as a fiscal
quarter (data: fiscal_period in events.yaml)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from timeline.extract import rules
from timeline.extract.analyse import Analysis
from timeline.extract.dating import Mention

_DATA = "events"
_QUARTER = re.compile(r"^\d{4}-Q(?P<number>[1-4])$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fiscal_quarter_named(analysis: Analysis, mention: Mention) -> Mention | None:
    """The fiscal quarter without a year ("the fiscal first quarter") that `mention` dates by: itself,
    or, for "the quarter" read as the quarter the text reports on, the first quarter the text names
    when that is such a one; else None. A quarter of a named year ("the first quarter of fiscal 1989")
    may be a year-ago comparison's, which a day the text says its quarter ended does not date."""
    table = rules.data(_DATA)["fiscal_period"]
    named = quarter_of_its_number(analysis, mention)
    return named if named is not None and re.search(table["words"], named.text, re.IGNORECASE) else None


def quarter_of_its_number(analysis: Analysis, mention: Mention) -> Mention | None:
    """The quarter without a year ("fourth-quarter", "the fiscal first quarter") that `mention` dates
    by, as fiscal_quarter_named, fiscal or not: Ralston's "fourth-quarter earnings" in a report on
    its "year ended Sept. 30" is its fiscal fourth quarter, though the words do not say so; for
    "that quarter", the one named by its number before it (data: fiscal_period.quarter_anaphor)."""
    table = rules.data(_DATA)["fiscal_period"]
    named = _first_quarter(analysis) if mention.read_against == "own_period" else mention
    if re.fullmatch(table["quarter_anaphor"], mention.text, re.IGNORECASE):
        named = _named_before(analysis, mention)
    if named is None or not _QUARTER.match(named.value) or named.value != mention.value:
        return None
    if re.search(r"\d", named.text) or not re.search(table["quarter_number"], named.text, re.IGNORECASE):
        return None  # a year named, or no number ("a year earlier", "the latest period")
    return named


def day_it_ended(analysis: Analysis, quarter: Mention) -> tuple[Mention, str] | None:
    """The day the text says the fiscal quarter `quarter` ended, with the words that say so ("for the
    quarter ended Sept. 30"): one said of a quarter of its number ("fiscal first quarter ended"), or
    of a quarter unnumbered ("the quarter ended", "the three months ended") when `quarter` is the
    first the text names, the one it reports on, or, for a fourth quarter, the day its fiscal year
    ended in the quarter's year ("For the year ended Sept. 30": its fourth quarter ended then too; a
    fiscal year is named after the year it ends in, as the engine values the quarter). Of several, the latest
    (an earlier one is a year-ago comparison's). None when the text gives none."""
    table = rules.data(_DATA)["fiscal_period"]
    number = int(_QUARTER.match(quarter.value)["number"])
    first = _first_quarter(analysis)
    reports_on = first is not None and first.start == quarter.start
    last = max(table["numbers"].values())  # a fourth quarter ends with its fiscal year

    def ends_it(day: Mention, name: str, said: str | None) -> bool:
        if name in table["year_ends"]:  # of the fiscal year named as the quarter is (after its end)
            return number == last and day.value[:4] == quarter.value[:4]
        return reports_on if said is None else table["numbers"][said.lower()] == number

    found = [(day, words) for day, words, name, said in _days_ending(analysis, table["quarter_ends"] + table["year_ends"])
             if ends_it(day, name, said)]
    return max(found, key=lambda f: f[0].value, default=None)


def year_named_by_its_end(analysis: Analysis, mention: Mention) -> bool:
    """Whether `mention` names the year of account the text reports on without its number ("for
    the year", "the full year", "the current fiscal year", "This year's results"), which the date
    engine values as the calendar's year (data: fiscal_period.year_of_account; "this year" only as
    the year whose results are told, year_of_account_results)."""
    table = rules.data(_DATA)["fiscal_period"]
    if re.fullmatch(table["year_of_account"], mention.text, re.IGNORECASE):
        return True
    after = analysis.masked[mention.end:mention.end + 40]
    return (re.fullmatch(table["this_year"], mention.text, re.IGNORECASE) is not None
            and re.match(table["year_of_account_results"], after, re.IGNORECASE) is not None)


def day_the_year_ended(analysis: Analysis) -> tuple[Mention, str] | None:
    """The day the text says its fiscal year ends or ended, with the words that say so ("For the
    year ended Sept. 30", "its fourth quarter ended Sept. 30", "the fiscal year ends on June 30").
    Of several, the latest: the text reports on that year, an earlier one is a comparison's."""
    table = rules.data(_DATA)["fiscal_period"]
    last = max(table["numbers"].values())  # a fourth quarter ends its fiscal year
    found = [(day, words) for day, words, name, said in _days_ending(analysis, table["year_ends"] + table["quarter_ends"])
             if name in table["year_ends"] or (said is not None and table["numbers"][said.lower()] == last)]
    return max(found, key=lambda f: f[0].value, default=None)


def period_it_compares(analysis: Analysis, mention: Mention) -> tuple[Mention, str, str] | None:
    """The period of account a comparison ("a year earlier", "a year ago") counts from when the date
    engine counted it from the day that period ended and kept a day (TIMEX3 has no form for twelve
    months to June 30, nor for nine to March 31): that day, said before `mention` a year after its
    value ("For the year ended June 30 ... a year earlier": 2017-06-30 from 2018-06-30), with the
    words that say so and the period's name (period_of_account); None when `mention` names a day of
    its own or no such day is said."""
    if not _DAY.match(mention.value) or re.search(r"\d", mention.text):
        return None
    year_after = f"{int(mention.value[:4]) + 1:04d}{mention.value[4:]}"
    names = [entry["name"] for entry in rules.data(_DATA)["period_of_account"]]
    found = [(day, words, name) for day, words, name, _ in _days_ending(analysis, names)
             if day.start < mention.start and day.value == year_after]
    return max(found, key=lambda f: f[0].start, default=None)


def _days_ending(analysis: Analysis, names: list[str]) -> Iterator[tuple[Mention, str, str, str | None]]:
    """Each day the text says a period of account of one of `names` (period_of_account entries)
    ended, with the words that say so, the entry's name and the quarter's number the words give
    ("fourth"), if any."""
    table = rules.data(_DATA)["fiscal_period"]
    ends = [p for p in rules.patterns(_DATA, "period_of_account") if p.name in names]
    starts = [s.start for s in analysis.sentences]
    for day in analysis.mentions:
        if not _DAY.match(day.value) or not (k := bisect_right(starts, day.start)):
            continue
        before = analysis.masked[analysis.sentences[k - 1].start:day.start]
        pattern = rules.first_match(ends, before)
        if pattern is None:
            continue
        words = pattern.regex.search(before).group(0).strip()
        said = re.search(table["quarter_number"], words, re.IGNORECASE)
        yield day, f"{words} {day.text}", pattern.name, said["number"] if said else None


def latest_quarter_ended(analysis: Analysis, mention: Mention) -> str | None:
    """The calendar quarter last ended before the article's date, when `mention` is "the latest
    period" or "the latest quarter" (data: fiscal_period.latest_quarter) and the date engine valued it
    as another: the quarter the text reports on, which TimeML values by its number ("fourth-quarter
    earnings ... Sales in the latest period", told Nov. 2, 1989: 1989-Q4). The reader's latest
    period is the three months just ended (July to September); else None."""
    table = rules.data(_DATA)["fiscal_period"]
    day = analysis.reference.date
    if day is None or not _QUARTER.match(mention.value) or not re.fullmatch(table["latest_quarter"], mention.text, re.IGNORECASE):
        return None
    year, month = divmod(day.year * 12 + day.month - 1 - 3, 12)  # a month of the quarter before the day's
    latest = f"{year:04d}-Q{month // 3 + 1}"
    return latest if latest != mention.value else None


def quarter_a_year_before(analysis: Analysis, mention: Mention) -> Mention | None:
    """The quarter the text reports on (the first it names) when `mention` is the same quarter a
    year before ("In the 1988 period" after "the fiscal first quarter", "A year earlier" after "the
    fourth quarter ended Aug. 26"), both valued by their number as the calendar's; else None."""
    if not _QUARTER.match(mention.value):  # before the text's quarters are looked for: most periods are years
        return None
    named = _first_quarter(analysis)
    if named is None or named.start == mention.start:
        return None
    return named if mention.value == f"{int(named.value[:4]) - 1:04d}{named.value[4:]}" else None


def _named_before(analysis: Analysis, mention: Mention) -> Mention | None:
    """The last quarter named by its number before `mention` ("that quarter" after "In the
    comparable year-ago quarter, the second quarter ended Oct. 31"), of its value; else None."""
    table = rules.data(_DATA)["fiscal_period"]
    before = [m for m in analysis.mentions if m.start < mention.start and m.value == mention.value
              and re.search(table["quarter_number"], m.text, re.IGNORECASE)]
    return max(before, key=lambda m: m.start, default=None)


def _first_quarter(analysis: Analysis) -> Mention | None:
    """The first calendar-valued quarter the text names, which an earnings report reports on."""
    return next((m for m in sorted(analysis.mentions, key=lambda m: m.start) if _QUARTER.match(m.value)), None)
