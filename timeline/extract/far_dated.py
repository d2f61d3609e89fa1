"""An article whose date from its metadata lies far from every other article of its story: most
often the day a page was saved or clipped (a web clipper's `date:`), not the day it was published,
and every date it counts from it ("yesterday", "last week") would be as far off, shown as sure.
`timeline extract` names such an article and what to write; it changes no date. An article whose
words bear its date out is taken at its word: one that names a date of its date's year (read from
the text alone), or counts back from its date into its story's years ("Ten years ago today", a later
piece looking back)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.articles._read import META_SUFFIX
from timeline.extract import rules, run_messages
from timeline.extract.analyse import Analysis
from timeline.long_day import long_day


def notes(analyses: list[Analysis], stories: list[list[int]]) -> list[str]:
    """One note per article dated by its metadata more than `far_from_story_days` from each other
    article of its story with a date of its own, where the story has at least `far_from_story_others`
    such articles (stories.yaml)."""
    data = rules.data("stories")
    far, enough = data["far_from_story_days"], data["far_from_story_others"]
    said = []
    for members in stories:
        own = [i for i in members if _own_date(analyses[i]) is not None]
        for i in own:
            analysis = analyses[i]
            if analysis.reference.source != "metadata":
                continue
            day = analysis.reference.date
            others = sorted(_own_date(analyses[k]) for k in own if k != i)
            if len(others) < enough or min(abs((day - o).days) for o in others) <= far or _borne_out(analysis, others):
                continue
            said.append(_note(analysis, others))
    return said


def _own_date(analysis: Analysis) -> dt.date | None:
    """An article's date when it is its own (its metadata, or read from its page), not borrowed."""
    reference = analysis.reference
    return reference.date if reference.lends and not reference.borrowed_from else None


def _borne_out(analysis: Analysis, others: list[dt.date]) -> bool:
    """Whether the article's words bear its date out: a date of its date's year read from the text
    alone, or a date counted from its date that falls in its story's years (`others`' dates)."""
    own = f"{analysis.reference.date.year:04d}"
    story = {f"{year:04d}" for year in range(others[0].year, others[-1].year + 1)}
    return any(m.value[:4] == own if m.read_against == "text" else m.read_against == "reference" and m.value[:4] in story
               for m in analysis.mentions)


def _note(analysis: Analysis, others: list[dt.date]) -> str:
    day = analysis.reference.date
    later = day > others[-1]
    gap = (day - others[-1]).days if later else (others[0] - day).days
    article = analysis.article
    path = Path(article.shown)
    side = str(path.with_name(path.stem + META_SUFFIX))
    from_side = (article.published_from or "").startswith("side file")
    where = side if from_side or path.suffix.lower() in (".html", ".htm") else run_messages.said("where_front_matter", side_file=side)
    return run_messages.said(
        "far_from_story", article=article.shown, day=long_day(day), how=analysis.reference.reason,
        gap=_gap(gap), side=run_messages.said("side_after" if later else "side_before"), count=len(others),
        first=long_day(others[0]), last=long_day(others[-1]), where=where)


def _gap(days: int) -> str:
    """A distance in days in words ("17 years", "400 days"): years once they are two or more."""
    years = days // 365
    return run_messages.said("gap_years", years=years) if years >= 2 else run_messages.said("gap_days", days=days)
