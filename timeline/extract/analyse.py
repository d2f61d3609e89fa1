"""One article, analysed on its own: debris, sentences, names, and its dated expressions.

`analyse` is a plain function of a path, so that several articles can be analysed at once in
worker processes (`--jobs`); everything it returns can be pickled.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from timeline.articles import Article, read_article
from timeline.articles.slugs import without_wire_slug
from timeline.extract import date_order, dating, reasons, rules
from timeline.extract.debris import Debris, find_debris, glued_breaks, list_items, markdown_markup, mask, page_breaks_in
from timeline.extract.sentences import Sentence, split
from timeline.extract.story import name_uses, names_of
from timeline.long_day import long_day


# How far a date read against a borrowed article date is trusted, by what it depends on
# (stories.yaml, `borrowed_trust`, with the figures that set it).
def borrowed_trust(depends: str) -> float:
    return float(rules.data("stories")["borrowed_trust"][depends])


@dataclass(frozen=True)
class Reference:
    """The day an article's relative dates count from, where it came from, and why."""

    date: dt.date | None
    source: str  # "metadata", "inferred" or "none" (as the event file's published_source)
    reason: str
    borrowed_from: str | None = None  # the article a story-inferred date came from
    # For a date inferred from the article's own words: how far the dates read against it can be
    # trusted, as the date engine measured it for the kind of evidence (a wire date line with the
    # copy's copyright year is held almost as firmly as metadata). The event file keeps it.
    confidence: float | None = None
    # For a borrowed date when the article's story runs on past it: a later day the article may be
    # of (its story's latest, within a week), and the values that come out otherwise against it,
    # by where their words start ("Wednesday" read from Tuesday 3 March is 25 February; from Friday
    # 6 March, the 4th). Which of the two is the article's, its date cannot tell.
    later: dt.date | None = None
    read_later: tuple[tuple[int, str], ...] = ()
    # For a date line the engine itself doubts ("Date: 03/04/2021", the text's other dates not telling
    # 3 April from 4 March): how sure its reading is; every date counted from it is held as unsure.
    held: float = 1.0
    # For the latest version of a page saved more than once (versions.py): the dates its updates
    # added, by where their words start, and the day of the update each counts from
    # (Mention.read_against "update").
    updates: tuple[tuple[int, dt.date], ...] = ()
    # For a date inferred from the article's own words: the kind of evidence it rests on (the date
    # engine's Inference.kind), which tells a year only named in passing (dating.YEAR_IN_PASSING).
    kind: str | None = None
    # For a borrowed date: its month and day are the article's own date line's ("RIVERSIDE, March 7
    # (Reuters) -"), only the year is its story's; dates counted from it are then no guess of a day.
    own_day: bool = False
    # For a borrowed date the article's past weekdays disagree with: moved off its lender's to where
    # they fall on days its story tells of, or read from it falling before its story's first day
    # (borrowing._weekdays_after): its named days are held as those read otherwise from another day
    # the article may be of ("named day, read otherwise later").
    weekdays_disagree: bool = False
    # For a borrowed date: the article's own day, as several happenings it counts from its date
    # ("yesterday") are told of with their day by dated articles of its story (extract/ties.py).
    tied: bool = False

    @property
    def year_in_doubt(self) -> bool:
        """A date line's day in a year only the years the article names in passing gave ("built in
        1962"): the article takes its year from its story when it has one (borrowing._borrowed)."""
        return self.source == "inferred" and not self.borrowed_from and self.kind == dating.YEAR_IN_PASSING

    @property
    def lends(self) -> bool:
        """Whether other articles of its story may take this date."""
        return self.date is not None and not self.year_in_doubt

    def trust(self, precision: str, counts: str | None = None, start: int | None = None) -> float:
        """How far a date of this `precision`, counted from this reference in units of `counts`
        (None: a period named in itself), whose words start at `start`, can be trusted (multiplies
        its confidence)."""
        # The date engine already lowers the confidence of dates resolved against a reference it
        # inferred itself; one borrowed from another article is given to it, so it is lowered here.
        if self.source == "metadata":
            return 1.0
        if self.source == "inferred":
            if not self.borrowed_from:
                return self.held
            if self.own_day or self.tied:
                # held as a day named in the article borrowed (not measured on its own: the walk's
                # one article of the kind; two articles tied on the Guardian story, both to their
                # own day); only a wrong year, or a tie to another happening, can make it wrong
                return borrowed_trust("named day")
            return borrowed_trust(self.depends_on(precision, counts, start))
        return 0.0

    def depends_on(self, precision: str, counts: str | None, start: int | None = None) -> str:
        """The kind of date `borrowed_trust` tells apart, read against a borrowed reference: a day
        counted from it ("yesterday"), a week counted from it ("last week", "this weekend"), a day
        named in itself ("Tuesday", "7 June"), one such that the later day the article may be of
        reads otherwise ("Wednesday", Reference.later), or a longer period."""
        if precision == "week" and counts is not None:
            return "counted week"
        if precision not in ("day", "time"):
            return "longer"
        if counts is not None:
            return "counted day"
        return "named day, read otherwise later" if self.weekdays_disagree or self.later_value(start) is not None else "named day"

    def guesses(self, precision: str, counts: str | None) -> bool:
        """Whether a date of this `precision` counted in `counts` from this reference is a guess of
        its day (stories.yaml, `borrowed_guesses`): counted from a borrowed date no tie confirms."""
        if not self.borrowed_from or self.own_day or self.tied:
            return False
        return self.depends_on(precision, counts) in rules.data("stories")["borrowed_guesses"]

    def later_value(self, start: int | None) -> str | None:
        """What the date whose words start at `start` would be against `later`, when that is another."""
        return next((value for at, value in self.read_later if at == start), None)

    def update_day(self, start: int) -> dt.date | None:
        """The day of the update that added the date whose words start at `start` (see `updates`)."""
        return next((day for at, day in self.updates if at == start), None)

    @property
    def label(self) -> str:
        return long_day(self.date) if self.date else "unknown"


@dataclass(frozen=True)
class Analysis:
    article: Article
    headline: str | None
    debris: tuple[Debris, ...]
    masked: str
    sentences: tuple[Sentence, ...]
    names: frozenset[str]
    # each use of a name in the text, in order (story.name_uses): read per article where it is
    # analysed, not again by grouping, borrowing and the story's name in one process
    name_uses: tuple[str, ...]
    reference: Reference
    mentions: tuple[dating.Mention, ...]  # a live blog's entry headings among them, in no sentence

    @property
    def headings(self) -> tuple[dating.Mention, ...]:
        """A live blog's entry headings ("23.50 BST" alone on its line), as the date engine dated
        them: each entry's day and time, which date the entry's lead (events.entry_leads)."""
        kinds = _read_always()
        inside = [(d.start, d.end) for d in self.debris if d.kind in kinds]
        return tuple(m for m in self.mentions if any(s <= m.start < e for s, e in inside))

    def mentions_in(self, start: int, end: int) -> tuple[dating.Mention, ...]:
        """The mentions beginning at `start` or after and before `end` (a sentence's), in the order of
        `mentions`: found by halving, as every event's title asks for its sentence's, and going
        through all of an article's mentions for each made a 400 KB article take 6 times as long as
        one of 100 KB (tests/robustness/test_hostile_articles.py)."""
        starts, order = self._by_start
        return tuple(self.mentions[i] for i in sorted(order[bisect_left(starts, start):bisect_left(starts, end)]))

    @cached_property
    def _by_start(self) -> tuple[list[int], list[int]]:
        """The mentions' starts in order, and the index in `mentions` of each."""
        order = sorted(range(len(self.mentions)), key=lambda i: self.mentions[i].start)
        return [self.mentions[i].start for i in order], order


_DATELINE_SENTENCES = 3  # of a story's first sentences, one may be its wire dateline cut off the lead

# Texts whose lists keep their bullets and numbers: a saved page's (.html) are its paragraphs already.
_LISTS_IN = (".md", ".markdown", ".txt")

@dataclass(frozen=True)
class Reading:
    """The first part of an article's analysis, which needs no date rule: its text, its debris and
    sentences. A process that has not loaded the date engine's rules yet can make it (--jobs: a worker
    reads the articles while this process loads them) and hand it over pickled."""

    article: Article
    debris: tuple[Debris, ...]
    headline: str | None
    markup: tuple[tuple[int, int], ...]
    masked: str
    sentences: tuple[Sentence, ...]


def read_for_analysis(path: Path, shown: str | None = None, project_order: tuple[str, str] | None = None) -> Reading:
    """An article read, its debris masked and its text cut into sentences; `project_order`: the
    project's date_order and the file that states it, for its numeric dates (date_order.py)."""
    article = read_article(path, shown)
    if project_order is not None:
        article = replace(article, project_date_order=project_order)
    debris, headline = find_debris(article.text, article.body_start, written_lists=is_markdown(article))
    markup = _markup(article)
    masked = mask(article.text, debris, article.body_start, markup)
    sentences = _wire_datelines_kept(split(masked, article.text, sorted({*glued_breaks(article.text, debris), *_list_items(article)[1]}),
                                           whole=dating.date_spans(masked, article.language)),
                                     masked, article.text)
    sentences = _page_breaks_marked(sentences, masked, article.text)
    return Reading(article, tuple(debris), headline, tuple(markup), masked, sentences)


def analyse(path: Path, shown: str | None = None, reading: Reading | None = None,
            project_order: tuple[str, str] | None = None) -> Analysis:
    """Read an article (or take `reading`, read already) and date what it says, against its metadata
    date or one it implies itself."""
    reading = reading or read_for_analysis(path, shown, project_order)
    article, masked, sentences = reading.article, reading.masked, reading.sentences
    debris, headline, markup = list(reading.debris), reading.headline, list(reading.markup)
    dateline, contradicted = (None, None) if article.published else _dateline(
        debris, article.text, masked, _readable(article, debris, markup, also=_date_lines()),
        date_order.stated_order(article))
    if article.published:
        tagged = _tagged(article, debris, masked, markup, article.published, _read_always())
        reference = Reference(
            article.published, "metadata",
            reasons.article_date("metadata", day=article.published.isoformat(), where=article.published_from),
        )
    elif dateline is not None:
        words, line = dateline
        day = line.day
        # The date engine tells whether the line is the page's own at its top (its weekday, date and
        # clock agreeing, no stamp above it): then it is held as the engine measured that kind.
        tagged = _inferred(article, debris, masked, markup, also=_date_lines())
        if tagged.reference_kind == dating.PAGE_DATELINE and tagged.reference == day:
            reference = Reference(day, "inferred", reasons.article_date("dateline_at_top", words=repr(words)),
                                  confidence=round(tagged.reference_trust, 2))
        else:
            tagged = _tagged(article, debris, masked, markup, day, _read_always())
            said = (reasons.article_date("dateline_how", words=repr(words), how=line.reason) if line.by_context or line.unsure
                    else reasons.article_date("dateline", words=repr(words)))
            reference = Reference(day, "inferred", said,
                                  confidence=line.confidence if line.unsure else None,
                                  held=line.confidence if line.unsure else 1.0)
    else:
        tagged = _inferred(article, debris, masked, markup)
        if tagged.reference is not None and tagged.reference_source != "none":
            why = (tagged.reference_reason or reasons.article_date("own_dates")).removeprefix("inferred ")
            reference = Reference(tagged.reference, "inferred", reasons.article_date("own_words", why=why),
                                  confidence=round(tagged.reference_trust, 2), kind=tagged.reference_kind)
        elif contradicted is not None:
            reference = Reference(None, "none", reasons.article_date("dateline_contradicted", words=repr(contradicted)))
        else:
            reference = Reference(None, "none", reasons.article_date("none"))
    names = names_of(masked, sentences + _named_in(article, debris), article.language)
    return Analysis(
        article=article,
        # a wire slug ("UPDATE 1-") is furniture: the sources `timeline extract` writes cite the title without it
        headline=without_wire_slug(article.title or headline) if (article.title or headline) else None,
        debris=tuple(debris),
        masked=masked,
        sentences=sentences,
        names=names,
        name_uses=name_uses(masked, names),
        reference=reference,
        mentions=tagged.mentions,
    )


def _page_breaks_marked(sentences: tuple[Sentence, ...], masked: str, text: str) -> tuple[Sentence, ...]:
    """The sentences, each that runs across a page break (a text converted from a PDF, its furniture
    masked: debris.page_breaks) with its breaks, which its quote shows as an elision."""
    if "\f" not in text and masked.count("\n") == text.count("\n"):
        return sentences  # no page break was joined
    return tuple(replace(s, breaks=tuple(breaks)) if (breaks := page_breaks_in(text, masked, s.start, s.end)) else s
                 for s in sentences)


def _wire_datelines_kept(sentences: list[Sentence], masked: str, text: str) -> tuple[Sentence, ...]:
    """The sentences, a wire story's dateline kept with the sentence it opens: syntok cut "CAIRO (AP)"
    off "— A container ship ran aground ...", whose quote then began with the dash (the dateline is
    events.yaml's title_lead `wire-dateline`, which the title leaves out)."""
    wire = next(p for p in rules.patterns("events", "title_lead") if p.name == "wire-dateline")
    kept: list[Sentence] = []
    for index, sentence in enumerate(sentences):
        before = kept[-1] if kept else None
        # A dateline opens the story: only its first sentences are read for one (each read cost
        # 0.4 s of the bench corpus's 9 when every sentence was).
        opened = before and index < _DATELINE_SENTENCES and wire.regex.match(masked[before.start:sentence.end])
        if opened and opened.end() > before.end - before.start:
            kept[-1] = Sentence(before.start, sentence.end, text[before.start:sentence.end])
        else:
            kept.append(sentence)
    return tuple(kept)


def is_markdown(article: Article) -> bool:
    return article.path.suffix.lower() in (".md", ".markdown")


def _markup(article: Article) -> list[tuple[int, int]]:
    """What is no word of the text: Markdown's markup, and the bullets and numbers of list items."""
    markup = markdown_markup(article.text) if is_markdown(article) else []
    return [*markup, *_list_items(article)[0]]


def _list_items(article: Article) -> tuple[list[tuple[int, int]], list[int]]:
    return list_items(article.text, article.body_start) if article.path.suffix.lower() in _LISTS_IN else ([], [])


def _inferred(article: Article, debris: list[Debris], masked: str, markup: list[tuple[int, int]],
              also: tuple[str, ...] = ()) -> dating.Tagged:
    """The text's dates against the date it implies, read with the debris that still speaks of that
    date left in (a wire copy's copyright year, and the kinds `also` names); the dates found in that
    debris are no mentions."""
    return _tagged(article, debris, masked, markup, None, _read_for_dates(also))


def _tagged(article: Article, debris: list[Debris], masked: str, markup: list[tuple[int, int]],
            day: dt.date | None, kinds: set[str]) -> dating.Tagged:
    """The text's dates against `day` (None: the date the text implies), read with the debris of
    `kinds` left in; the dates found in that debris are no mentions, but for a live blog's entry
    headings (read_always), which date their entries' leads (Analysis.headings)."""
    evidence = [d for d in debris if d.kind in kinds]
    order = date_order.stated_order(article)
    if not evidence:
        return dating.tag(_bulleted(article, masked), day, infer=day is None, language=article.language, order=order)
    readable = mask(article.text, [d for d in debris if d.kind not in kinds], article.body_start, markup)
    tagged = dating.tag(_bulleted(article, readable), day, infer=day is None, language=article.language, order=order)
    always = _read_always()
    inside = [(d.start, d.end) for d in evidence if d.kind not in always]
    mentions = tuple(m for m in tagged.mentions if not any(s <= m.start < e for s, e in inside))
    return replace(tagged, mentions=mentions)


def _bulleted(article: Article, masked: str) -> str:
    """The masked text with its list items' bullets back as bullets ("•"), for the date engine: no
    word, but the end of the item before (a note's items have no full stop, and the past of one,
    "- 3 Feb 2026: Kestrel sale agreed", made the next item's "end of June" last year's). Numbers
    ("1.") stay blank: the engine might read them as days."""
    markers = [start for start, end in _list_items(article)[0] if end - start == 1 and article.text[start] in _BULLETS]
    if not markers:
        return masked
    chars = list(masked)
    for start in markers:
        chars[start] = "•"
    return "".join(chars)


_BULLETS = "-*+•"


def _named_in(article: Article, debris: list[Debris]) -> tuple[Sentence, ...]:
    """The lines of debris that still name the article's story (debris.yaml: read_for_names): a live
    blog's summary makes no events, but without its names a day's live blog was a story of its own."""
    kinds = set(rules.data("debris").get("read_for_names") or ())
    return tuple(Sentence(d.start, d.end, article.text[d.start:d.end]) for d in debris if d.kind in kinds)


def _read_always() -> set[str]:
    """Debris the date engine reads whatever dates the article: a live blog's entry times."""
    return set(rules.data("debris").get("read_always") or ())


def _date_lines() -> tuple[str, ...]:
    """Debris that dates the page (debris.yaml: date_lines): a date line, a note of when it was published."""
    return tuple(rules.data("debris").get("date_lines") or ())


def _read_for_dates(also: tuple[str, ...]) -> set[str]:
    return set(rules.data("debris").get("read_for_dates") or ()) | _read_always() | set(also)


def _readable(article: Article, debris: list[Debris], markup: list[tuple[int, int]], also: tuple[str, ...]) -> str:
    """The text with its debris blanked but for what still speaks of the article's date (a wire copy's
    copyright year, and the kinds `also` names)."""
    kept = _read_for_dates(also)
    return mask(article.text, [d for d in debris if d.kind not in kept], article.body_start, markup)


def _dateline(debris: list[Debris], text: str, masked: str, readable: str,
              order=None) -> tuple[tuple[str, dating.LineDay] | None, str | None]:
    """(words, day) of the first dateline the page shows above its prose ("Tuesday 12 May 2009 16.36
    BST"), if any, its day read in `readable` among the text's other dates (which settle whether
    "Date: 03/04/2021" is 3 April or 4 March); and the words of the first passed over because its weekday is not its date's
    ("Wednesday 12 May 2009", a Tuesday): one of the two is wrong, and a wrong day is worse than none.
    A dateline below a sentence of the article's own (`masked`: the debris blanked) dates another
    story, a related link's ("Thursday 14 May 2009" under its headline, in `text`): it says nothing
    of this one (an archived page's list may even hold articles written after it), so it is no
    evidence at all; unless it follows the last sentence at once, as a footer's does."""
    contradicted = None
    for piece in sorted((d for d in debris if d.kind in _date_lines()), key=lambda d: d.start):
        if not (dating.above_the_prose(masked, piece.start) or dating.after_the_last_sentence(text, piece.start)):
            continue
        line = dating.full_day_in(readable, piece.start, piece.end, order)
        if line is None:
            continue
        if dating.states_another_weekday(piece.text):
            contradicted = contradicted or piece.text
            continue
        return (piece.text, line), contradicted
    return None, contradicted


def with_reference(analysis: Analysis, reference: Reference, mentions: tuple[dating.Mention, ...] | None = None) -> Analysis:
    """The analysis again, its dates resolved against a reference taken from elsewhere (`mentions`:
    those dates, when they were resolved already, in a worker process)."""
    if mentions is None:
        mentions = _tagged(analysis.article, list(analysis.debris), analysis.masked, _markup(analysis.article),
                           reference.date, _read_always()).mentions
    return replace(analysis, reference=reference, mentions=mentions)
