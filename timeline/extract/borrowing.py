"""An undated article's date, borrowed from its story: the closest dated article of the same story
lends its date (story.borrow_references), which the article's own clues then adjust (its yearless
date line's day, what it reports as past, the weekdays it says against the days its story tells of),
and the article's dates are read again against it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from timeline.extract import dating, reasons, story, ties
from timeline.extract.analyse import Analysis, Reference, with_reference
from timeline.extract.parallel import fork_map


def borrow(analyses: list[Analysis], jobs: int, stories: list[list[int]]) -> list[Analysis]:
    """Articles with no date of their own take one from the closest dated article of their story.
    This process groups the articles into `stories` meanwhile (see fork_map)."""
    chosen = story.borrow_references(analyses, jobs, meanwhile=lambda: stories.extend(story.group(analyses)))
    story_of = {i: k for k, members in enumerate(stories) for i in members}
    # Each story's latest date and days, worked out once for all the articles it lends to (once per
    # such article they were half a second of serial work over the bench corpus).
    lending = sorted({story_of[i] for i in chosen if i in story_of})
    known = {k: (_runs_to(analyses, stories[k]), _story_days(analyses, stories[k])) for k in lending}
    # What each story's dated articles tell, shared with the workers (not sent with each article),
    # gathered only for the stories an article may be tied in.
    told = ties.StoriesDays(analyses, {k: stories[k] for k in lending})
    unstoried = (None, frozenset())
    references = [(i, _borrowed(analyses, analyses[i], loan, *known.get(story_of.get(i), unstoried)),
                   story_of.get(i), loan.reported) for i, loan in sorted(chosen.items())]
    result = list(analyses)
    # The workers send back only the new dates (the mentions), not the whole analysis.
    redated = fork_map(_redate, references, jobs, shared=(analyses, told))
    for (i, *_), (reference, mentions, read_later) in zip(references, redated):
        result[i] = with_reference(analyses[i], replace(reference, read_later=read_later), mentions)
    return result


def _runs_to(analyses: list[Analysis], members: Iterable[int]) -> dt.date | None:
    """The latest date of its own of an article of the story: an undated article of it may be as late."""
    return max((d for i in members if (d := analyses[i].reference.date) is not None), default=None)


def _story_days(analyses: list[Analysis], members: Iterable[int]) -> frozenset[dt.date]:
    """The days the dated articles of a story are of and name ("on Monday" read from their date)."""
    days = set()
    for i in members:
        analysis = analyses[i]
        if not analysis.reference.lends:
            continue
        days.add(analysis.reference.date)
        days.update(d for m in analysis.mentions if (d := dating.day_of(m.value)) is not None)
    return frozenset(days)


def _borrowed(analyses: list[Analysis], analysis: Analysis, loan: story.Loan, runs_to: dt.date | None,
              story_days: frozenset[dt.date] = frozenset()) -> Reference:
    """The reference an undated article takes from its lender, with why in words; `runs_to`: its
    story's latest date, which the article may be of as well; `story_days`: the days its dated
    articles are of and name."""
    lender = analyses[loan.lender]
    date = lender.reference.date
    own = analysis.reference
    why_not_own = (reasons.article_date("year_in_passing", day=own.label, reason=own.reason) if own.year_in_doubt
                   else reasons.article_date("no_own_date"))
    reason = reasons.article_date("borrowed", why_not_own=why_not_own, article=lender.article.shown,
                                  relation=loan.relation.describe(), day=lender.reference.label,
                                  reason=lender.reference.reason)
    if loan.passed_over:
        others = ", ".join(analyses[k].article.shown for k in loan.passed_over)
        why = reasons.chosen_because(loan.decided_by, words=repr(loan.reported_words), days=story.reported_within_days())
        reason += reasons.article_date("chosen_over", others=others, why=why)
    if loan.reported is not None and date is not None and date < loan.reported:
        # An article is not older than what it reports as past: the lender's date cannot be its own.
        date = loan.reported
        reason += reasons.article_date("moved_reported", day=loan.reported.isoformat(), words=repr(loan.reported_words))
    line = dating.yearless_dateline(analysis.masked, analysis.article.language)
    on = _near(line[:2], date) if line and date else None
    own_day = on is not None and not (loan.reported and on < loan.reported)
    disagree = False
    if own_day:
        # the article's own date line names its day: only its year was missing
        date = on
        reason += reasons.article_date("own_dateline", words=repr(line[2]), day=on.isoformat())
    elif line is None and date is not None:
        date, said = _by_story_weekdays(analysis, story_days, date)
        reason, disagree = reason + said, bool(said)
    later = min(runs_to, date + dt.timedelta(days=story.runs_on_days())) if runs_to and date and runs_to > date else None
    return Reference(date=date, source="inferred", reason=reason, borrowed_from=lender.article.shown,
                     later=None if own_day else later, own_day=own_day, weekdays_disagree=disagree)


def _by_story_weekdays(analysis: Analysis, story_days: frozenset[dt.date], date: dt.date) -> tuple[dt.date, str]:
    """(day, what the reason adds, "" when nothing): the borrowed `date`, or the day within a week
    after it that the weekdays the article says in the past point at better (`_weekdays_after`);
    said too when from `date` they fall before anything its story tells of."""
    moved = _weekdays_after(analysis, story_days, date)
    if moved is not None:
        return moved, reasons.article_date("weekdays_moved", day=moved.isoformat(), date=date.isoformat())
    if story_days and _weekdays_before(analysis, min(story_days), date):
        return date, reasons.article_date("weekdays_before", first=min(story_days).isoformat())
    return date, ""


def _weekdays_after(analysis: Analysis, story_days: frozenset[dt.date], date: dt.date) -> dt.date | None:
    """The first day within a week after `date` from which more of the weekdays the article says in
    the past ("reviewed on Tuesday") fall on days its story's other articles are of or name than
    from `date` (read from a lender's date a week early, they point at days no article tells of);
    None when no day does better."""
    clues = dating.clues(analysis.masked, analysis.article.language)
    if not clues.weekdays:
        return None

    def told(day: dt.date) -> int:
        return sum(on in story_days for on in clues.weekday_days(day))

    best, best_told = None, told(date)
    for k in range(1, story.reported_within_days() + 1):
        day = date + dt.timedelta(days=k)
        if (n := told(day)) > best_told:
            best, best_told = day, n
    return best


def _weekdays_before(analysis: Analysis, first: dt.date, date: dt.date) -> bool:
    """Whether a weekday the article says in the past falls before `first`, read from `date`."""
    return any(on < first for on in dating.clues(analysis.masked, analysis.article.language).weekday_days(date))


def _near(month_day: tuple[int, int], day: dt.date) -> dt.date | None:
    """The date of `month_day` nearest `day`, in its year or the one before or after ("Dec. 30" by
    2 January 2027 is 30 December 2026)."""
    found = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            found.append(dt.date(year, *month_day))
        except ValueError:  # 29 February
            continue
    return min(found, key=lambda on: abs((on - day).days), default=None)


def _redate(shared: tuple[list[Analysis], ties.StoriesDays], item: tuple) -> tuple:
    """An undated article's reference (its own day, when the happenings it counts from its date tie
    it to one: ties.py), its dates against it, and those that come out otherwise against the later
    day it may be of (Reference.read_later)."""
    analyses, told = shared
    i, reference, story_index, not_before = item
    mentions = with_reference(analyses[i], reference).mentions
    if story_index in told and reference.date is not None and not reference.own_day:
        tie = ties.tied_day(replace(analyses[i], mentions=mentions), reference.date, lambda: told[story_index])
        # a tie before the latest date the article reports as past is no tie: its words say otherwise
        if tie is not None and not (not_before and tie.day < not_before):
            moved = tie.day != reference.date
            reference = replace(
                reference, date=tie.day, tied=True, later=None, weekdays_disagree=False,
                reason=reference.reason + reasons.article_date("tied_moved" if moved else "tied_kept", day=tie.day.isoformat(),
                                                               count=tie.sentences, example=tie.example))
            if moved:
                mentions = with_reference(analyses[i], reference).mentions
    if reference.later is None:
        return reference, mentions, ()
    later = {(m.start, m.end): m.value for m in with_reference(analyses[i], replace(reference, date=reference.later)).mentions}
    return reference, mentions, tuple((m.start, other) for m in mentions
                                      if (other := later.get((m.start, m.end))) is not None and other != m.value)
