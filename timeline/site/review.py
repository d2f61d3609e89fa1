"""What an editor should look at before trusting the timeline, in four lists."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from timeline.dates import guess_notes
from timeline.early_day import era_year
from timeline.extract import attachment, reasons
from timeline.extract.reasons import owes_the_article_date_nothing
from timeline.model import Event
from timeline.resolve import DateError, resolve_date
from timeline.site.articles import Article
from timeline.site.dates import DateMark


@dataclass(frozen=True)
class Flag:
    """An event to check, and why (one short reason each)."""

    event: Event
    reasons: tuple[str, ...]

    @property
    def why(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Unresolved:
    article: Article
    mark: DateMark

    @property
    def anchor(self) -> str | None:
        """Where the mark is in its article's text on its source page (#tl-date-N), so that the review
        links each to its own sentence: an article without its date listed "“today” in ..." four times
        alike, each linking to the top of the page; None for a date the page leaves unmarked."""
        return next((segment.anchor for _, segment in self.article.marked if segment.mark is self.mark), None)


def without_year(mark: DateMark) -> bool:
    """Whether the mark is a date without its year: it has no place on a timeline."""
    return mark.no_year


@dataclass(frozen=True)
class Disagreement:
    what: str  # the subject: an article's date, or a quote
    claims: tuple[str, ...]  # what each side says
    article: Article | None = None
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Review:
    uncertain: tuple[Flag, ...]
    unresolved: tuple[Unresolved, ...]
    no_year: tuple[Unresolved, ...]  # dates without a year: not placed, and nothing to fix unless one is an occasion
    disagreements: tuple[Disagreement, ...]
    undated: tuple[Article, ...]
    misquoted: tuple[Flag, ...]  # a quote that is not in the article it cites
    engine: bool  # False: the date engine is not installed, so unresolved expressions are unknown

    @property
    def dated_by_tool(self) -> tuple[Article, ...]:
        """Of the articles that give no date, those the tool dated from their words or their story's
        articles: the walk of stop 34 found the Reuters copy, dated from its date line, listed under
        "Articles without a date"."""
        return tuple(a for a in self.undated if a.date)

    @property
    def dateless(self) -> tuple[Article, ...]:
        """Of the articles that give no date, those that have none at all."""
        return tuple(a for a in self.undated if not a.date)

    @property
    def count(self) -> int:
        """The items to check. A date without its year is not one: most are habits, which nothing
        fixes, and an item that cannot be cleared would leave the page never done."""
        return (len(self.uncertain) + len(self.unresolved) + len(self.disagreements) + len(self.undated)
                + len(self.misquoted))


def build_review(events: list[Event], articles: list[Article], min_confidence: float) -> Review:
    uncertain = []
    dated = own_dates(articles)
    for event in events:
        reasons = date_doubts(event, min_confidence, dated)
        if not event.sources:
            reasons = (words()["no_source"], *reasons)
        if reasons:
            uncertain.append(Flag(event, reasons))
    uncertain.sort(key=likeliest_wrong_first)  # stable: the date order stays within each confidence

    unresolved = [Unresolved(a, m) for a in articles for m in a.dates.marks if not m.resolved]
    no_year = [u for u in unresolved if without_year(u.mark)]
    unresolved = [u for u in unresolved if not without_year(u.mark)]

    by_file = {a.file: a for a in articles}
    disagreements = []
    for article in articles:
        # Claims only: the article's own date and dates people typed. The extractor's inferred
        # dates left in kept events are its earlier guesses, not a source saying otherwise.
        if len(article.published) > 1:
            disagreements.append(Disagreement(
                words()["publication_date"].format(file=article.file), tuple(article.published), article,
                tuple(article.events)))
    by_quote: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        for source in event.sources:
            if source.quote:
                by_quote.setdefault((source.file or source.url or "", " ".join(source.quote.split())), []).append(event)
    for (where, quote), cited_by in sorted(by_quote.items()):
        dates = tuple(dict.fromkeys(e.date.label for e in cited_by))
        if len(dates) > 1:
            # its article, that the page links: where the editor reads the sentence in its context
            disagreements.append(Disagreement(words()["same_quote"].format(source=where, quote=quote), dates,
                                              by_file.get(where), tuple(cited_by)))

    for event in events:  # what timeline extract found (its sources disagree), until a person checked it
        if event.review and event.status != "reviewed":
            disagreements.append(Disagreement(words()["event_title"].format(title=event.title), (event.review,), None, (event,)))

    undated = [a for a in articles if a.exists and not a.published]  # no date given: none, or only inferred
    misquoted = []
    for event in events:
        for source in event.sources:
            article = by_file.get(source.file or "")
            if source.quote and article is not None and article.exists and article.quoted_paragraph(source) is None:
                quote = " ".join(source.quote.split())
                misquoted.append(Flag(event, (words()["misquoted"].format(quote=quote, file=article.file),)))
    # Without an article read there is nothing to resolve, with or without the engine: a site of
    # events typed by hand (sources by url only) said the engine was missing from the build.
    engine = any(a.dates.available for a in articles) or not any(a.exists and not a.problem for a in articles)
    return Review(tuple(uncertain), tuple(unresolved), tuple(no_year), tuple(disagreements), tuple(undated),
                  tuple(misquoted), engine)


def likeliest_wrong_first(flag: Flag) -> float:
    """An order of work: the lowest confidence first, as the likeliest to be wrong (the Guardian
    story's dates judged by hand: the wrong held 0.59-0.65 on average, the right 0.89; README
    Benchmarks). An event without a confidence (a person's) last: its doubt is a missing source or
    an approximate date, not a misread one."""
    return flag.event.confidence if flag.event.confidence is not None else 1.0


# An article date inferred from evidence measured this sure (`published_confidence`: a wire date
# line with the copy's copyright year, whose dates came out as against the true date 34 times in 34
# on TempEval-3's development part, 0.95 smoothed; a page's own date line at its top, 0.999) is held
# as its metadata would be. The fifth taken off an unmeasured inference (0.8) is not enough: such
# dates stay marked.
FIRM_ARTICLE_DATE = 0.9


def own_dates(articles: list[Article]) -> dict[str, str]:
    """Each article's date as its own metadata gives it, by file."""
    return {a.file: a.own_date for a in articles if a.own_date}


def date_doubts(event: Event, min_confidence: float, dated: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Why the event's date may be wrong, one short reason each; none when it is sure.

    The timeline page shows these beside the date, so that a reader sees what the review page tells
    the editor. An event a person marked `status: reviewed` has had its date checked: the machine's
    doubts (its confidence, an article date it inferred, a relative date) no longer mark it, else
    the editor had no way to clear the mark but to edit fields the tool wrote. Nor do they mark a
    date a person wrote over the tool's (`Event.date_by_hand`): they were doubts of the tool's
    reading. A date the person wrote as approximate stays so.

    `dated` holds the dates articles give themselves now (`own_dates`): an article given its date
    (or given another) since its events were extracted no longer leaves their sources' 'inferred',
    'unknown' or old metadata date as they were: read against that very date, the event's date
    stands on it; against another, the reason says both."""
    reasons = []
    dated = dated or {}
    approximate = (words()["approximate"],) if event.date.approximate else ()
    if event.status == "reviewed" or event.date_by_hand:  # a person's date: the tool's doubts were of its own
        return approximate
    if event.confidence is not None and event.confidence < min_confidence:
        reasons.append(_below(event.confidence, min_confidence, event.reason))
    # A source whose article's date its metadata gives, or whose words name the year, holds the
    # date up whatever the others' articles: the article dates of those do not make it doubtful.
    # Nor are they for a date its reason reads without the article's date: stated in full, or
    # counted from a date the text so states ("19:40" after "On 2 March 2019"; borrow3).
    if not owes_the_article_date_nothing(event.reason) and not any(
            _dated_by_metadata(source, dated) or _firmly_inferred(source, dated) or _names_its_year(source, event)
            for source in event.sources):
        for source in event.sources:
            known = _article_date_doubt(source, dated.get(source.file or ""))
            if known:
                reasons.append(words()["article_date_of"].format(source=source.file or source.url, doubt=known))
    reasons.extend(approximate)
    if event.status == "draft" and event.written and not _looks_absolute(event):
        reasons.append(words()["relative"].format(written=repr(event.written)))
    return tuple(dict.fromkeys(reasons))


def _below(confidence: float, min_confidence: float, reason: str | None) -> str:
    """Why a date held low is doubted, the doubt first: a cue's doubt ("'1918' names the pandemic")
    said in its own words, then how the date was read. Written after the reading, as the reason
    keeps it, a line said "date uncertain" twice ("Why the date is uncertain: date confidence 0.6 is
    below 0.7: '1918' is a full date; date uncertain: '1918' names ..."). The date engine's doubt of
    its own value (one of two readings: "told at the edge of a week") is said so too. A reason an
    earlier version wrote is said in today's words (extract/reasons.py)."""
    reason = reasons.in_current_words(reason)
    said = words()
    doubts = [doubt.removeprefix(said["cue_note_opens"]) for doubt in attachment.notes(reason)]
    guesses = guess_notes(reason)
    if not doubts and not guesses:
        return said["below_reading" if reason else "below"].format(
            confidence=f"{confidence:g}", minimum=f"{min_confidence:g}", reading=reason)
    read = attachment.without_notes(reason)
    for guess in guesses:  # joined to the reading by the words timeline/extract/events.py joins it with
        read = read.replace(reasons.said("engine_doubt", note=guess), "")
    # the doubt quotes the date's words: "'1957' names its date outright" after it told nothing more
    read = reasons.without_stated(read)
    return said["doubt_reading" if read else "doubt"].format(
        doubt="; ".join(doubts + guesses), confidence=f"{confidence:g}", minimum=f"{min_confidence:g}", reading=read)


def _article_date_doubt(source, now: str | None) -> str | None:
    """What is doubtful about the article date the source was read against, or None. Short: the
    source page tells how the article's date was obtained."""
    said = words()["article_date"]
    kind = source.published_source or ""
    if now and kind in ("inferred", "metadata", "none"):  # metadata: the article's changed since
        return said[f"{kind}_now"].format(then=source.published, now=now)
    return said.get(kind) if kind in ("inferred", "none") else None


def _dated_by_metadata(source, dated: Mapping[str, str]) -> bool:
    """The source's article date is one the article's metadata gives (then or now)."""
    now = dated.get(source.file or "")
    if now:
        return source.published == now and source.published_source in ("metadata", "inferred")
    return source.published_source == "metadata"


def _firmly_inferred(source, dated: Mapping[str, str]) -> bool:
    """The source's article date was inferred from evidence as firm as metadata, and the article
    gives no other date now."""
    now = dated.get(source.file or "")
    return (source.published_source == "inferred" and (not now or now == source.published)
            and (source.published_confidence or 0) >= FIRM_ARTICLE_DATE)


def _names_its_year(source, event: Event) -> bool:
    """The words that date the event name its year ("in 2002", "1st June 2009"), or state its date
    in full without one ("the late 19th century", "the 1300s"): the article's own date, unknown or
    inferred, cannot move it."""
    if not source.date_text:
        return False
    years = {era_year(event.date.first.year), era_year(event.date.last.year)}  # "44 BC" names 44
    return (any(re.search(rf"(?<!\d){year}(?!\d)", source.date_text) for year in years)
            or _value_without_anchor(source.date_text) == event.date.value)


@lru_cache(maxsize=4096)
def _value_without_anchor(words: str) -> str | None:
    """The date the words give with nothing to count from, or None when they need it ("Friday")."""
    try:
        return resolve_date(words).value
    except DateError:
        return None


def _looks_absolute(event: Event) -> bool:
    """Written so that it needs no anchor ("Jan. 7, 2019", "2019-W02", "AD 79", "44 BC")."""
    return _reads_alone(event.written)


@lru_cache(maxsize=4096)
def _reads_alone(written: str) -> bool:
    # The reader of event files decides, not a pattern for a year: one of three digits or more missed
    # "AD 79" and "19 August AD 14", and flagged them as relative.
    try:
        resolve_date(written)
    except DateError:  # RelativeDateError among them: "Tuesday", "4 March"
        return False
    return True


@lru_cache(maxsize=1)
def words() -> dict:
    """timeline/data/review.yaml: what the review page says of an item, in a reader's words."""
    return yaml.safe_load(resources.files("timeline").joinpath("data/review.yaml").read_text("utf-8"))
