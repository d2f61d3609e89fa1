"""Source articles as the site shows them: text, what the events say about them, their dates.

Articles are the files of the articles folder, read by `timeline.articles` (.txt, .md, .html, with
front matter or a side file of metadata). What is known about an article besides its text
(headline, outlet, URL, publication date) comes from its own metadata first, then from the events
that cite it; when people's claims differ, all are kept so that the review page can show it.

What `timeline extract` copied into the events' sources (a headline, the article's date from its
metadata, or the date it inferred) is a record of an earlier run, which later runs never rewrite:
an article since given its own title or date would otherwise be named or dated by stale copies
beside its own. Those copies stand in only where the article says nothing itself, and a date the
machine inferred is never a claim to set against another.
"""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from timeline.articles import ArticleError, article_bytes, find_articles, read_article
from timeline.articles.slugs import without_wire_slug
from timeline.dates.order import StatedOrder
from timeline.extract import elision
from timeline.extract.analyse import is_markdown
from timeline.extract.date_order import stated_order
from timeline.extract.debris import find_debris, first_own_line, inline_debris, markdown_markup, mask
from timeline.memo import Memo
from timeline.model import Event, Source
from timeline.resolve import DateError, resolve_date
from timeline.site import date_sources
from timeline.site.dates import ArticleDates, recognise
from timeline.site.versions import link_versions



def _read(path: Path, file: str, readings: Memo | None = None, numeric_order: tuple[str, str] | None = None) -> Article:
    """One article file as the site shows it; a file that cannot be read keeps its problem. With a
    memo (under `mkdocs serve`), an article whose bytes and side file's bytes are those of the last
    build keeps its reading (decoding, metadata, language, headline: 8-10% of a save with 200
    articles): keyed on the bytes (their SHA-256, so the memo does not hold every file twice over),
    not the file's time, so an edit is seen at once, even one saved within the clock's resolution
    of the last."""
    reading = None
    if readings is not None:
        try:
            read = article_bytes(path)
        except OSError:
            read = None  # read again below, where read_article says why in words
        if read is not None:
            key = (path, file, *(None if raw is None else hashlib.sha256(raw).digest() for raw in read))
            reading = readings.get(key, lambda: _reading(path, file, read))
    if reading is None:
        reading = _reading(path, file)
    if isinstance(reading, str):
        return Article(file=file, exists=True, problem=reading)
    found, body, headline = reading
    article = Article(file=file, exists=True, text=body, headline=headline)
    for values, value in ((article.titles, found.title), (article.outlets, found.outlet), (article.urls, found.url)):
        if value:
            values.append(value)
    if found.published:
        day = found.published.isoformat()
        article.published.append(day)
        article.published_how[day] = date_sources.found_in(found.published_from)
        article.own_date = day
    article.own_title, article.own_outlet, article.own_url = found.title, found.outlet, found.url
    article.agency = found.agency
    article.own_accessed = found.accessed.isoformat() if found.accessed else None
    article.own_updated = found.updated
    # the order its numeric dates are read in when its own dates leave it open, as `timeline extract`
    # reads them: its metadata's date_order, else the project's, else its source's
    article.numeric_order = stated_order(found, numeric_order)
    article.own_first_published = found.first_published
    article.language = found.language
    return article


def _reading(path: Path, file: str, read: tuple[bytes, bytes | None] | None = None):
    """What the site takes from reading an article file: (the article, its body, its headline), or
    the problem that kept it from being read. Nothing in it is changed afterwards, so a memo may
    hand it to the next build."""
    try:
        # Named as events cite it (relative to the project), so that a problem reads the same
        # wherever the build runs from.
        found = read_article(path, file, read)
    except ArticleError as error:
        return str(error)
    body = found.text[found.body_start:]
    return found, body, found.title or _first_line(body, is_markdown(found))


HEADLINE_WORDS = 12  # a first line longer than a headline is cut to this many words


def _first_line(body: str, markdown: bool = False) -> str:
    """The article's headline as `timeline extract` finds it (so that the site names it as the events'
    sources do), else its first line of its own; a paragraph (a page without its headline, the lead
    first) is cut to its first words, else every citation of it would repeat the whole lead."""
    # A headline run into the lead ("Swine flu: pandemic threat alert raised The British couple ...")
    # ends where the extractor ends it: the site named the article by its first twelve words.
    _, headline = find_debris(body, written_lists=markdown)
    # A date stamp or a byline above the headline ("Tuesday 30 May 2023") names no article, nor a
    # pasted page's skip link, menu and breadcrumb; nor a stamp run into the line ("Friday 1 May 2009
    # 21.14 BST People cross ..."), which showed the date twice beside each citation's own.
    line = headline or first_own_line(body)
    # a heading's '#' and emphasis are no words of its name: "# My notes" was cited so
    markup = markdown_markup(line) if markdown else []
    line = " ".join(mask(line, inline_debris(line), 0, markup).split())
    words = line.split()
    return line if len(words) <= 2 * HEADLINE_WORDS else " ".join(words[:HEADLINE_WORDS]).rstrip(",;:") + "…"


@dataclass(frozen=True)
class Segment:
    """A run of an article's text: plain, or a recognised date."""

    text: str
    mark: object = None  # a DateMark, or None for plain text
    number: int = 0  # of a marked date: 1, 2... through the article, the anchor #tl-date-<number>

    @property
    def anchor(self) -> str:
        return f"tl-date-{self.number}"


@dataclass
class Article:
    file: str  # as events cite it: the path relative to the project, with '/'
    exists: bool
    text: str = ""
    headline: str = ""
    titles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # claims: the article's own date, then those typed in events
    inferred: list[str] = field(default_factory=list)  # the events' copies of dates the extractor inferred, per source
    published_how: dict[str, str] = field(default_factory=dict)  # each claimed date -> how it was obtained
    inferred_how: dict[str, str] = field(default_factory=dict)  # each inferred date -> how
    inferred_note: dict[str, str] = field(default_factory=dict)  # each inferred date -> from what, in short
    own_date: str | None = None  # what the article's own metadata says (front matter, side file, HTML)
    own_title: str | None = None
    own_outlet: str | None = None
    own_url: str | None = None
    own_accessed: str | None = None  # when a person read the page at its url, as its metadata says
    own_updated: dt.datetime | None = None  # when the page was last updated, as its metadata says
    own_first_published: dt.datetime | None = None  # when it was first published, as its metadata says (updates.saved_copies)
    later_version: str | None = None  # the file of this page's latest version, when this copy is an earlier one
    earlier_versions: list[str] = field(default_factory=list)  # of the latest version: its earlier copies' files, oldest first
    agency: str | None = None  # the outlet its wire date line names, for want of any other
    events: list[Event] = field(default_factory=list)
    dates: ArticleDates = ArticleDates(available=False)
    numeric_order: StatedOrder | None = None  # how its "07/04/2020" is read (extract/date_order.py)
    # the language it reads as when not English ("German"), whose dates in its words `timeline extract`
    # reads: its page marks them too (it marked only the English rules' and said "0 date expressions")
    language: str | None = None
    problem: str | None = None  # why the file could not be read

    @property
    def title(self) -> str:
        """Its own name: its metadata's title, else the headline its text shows; what the events'
        sources copied only when the file is not there to read (debris an older version took for
        the headline, "Skip to main content", stayed in them)."""
        # a wire slug at its start ("UPDATE 1-Britain's Eton College closes ...") is furniture: left
        # out here, and so of every citation; the file keeps it
        return without_wire_slug(self.own_title or self.headline or (self.titles or [self.file])[0])

    @property
    def updated(self) -> str | None:
        """When the page was last updated, to the minute, as the page gives it (its own time zone)."""
        return self.own_updated.strftime("%Y-%m-%dT%H:%M") if self.own_updated else None

    @property
    def outlet(self) -> str | None:
        return self.outlets[0] if self.outlets else self.agency

    @property
    def url(self) -> str | None:
        return self.urls[0] if self.urls else None

    @property
    def date(self) -> str | None:
        """The publication date: given (by the article, else the events), else inferred by the extractor
        (the date most of its events were read against), else by the engine."""
        if self.published:
            return self.published[0]
        if self.inferred:
            return self.guessed
        if self.dates.reference_source == "inferred":
            return self.dates.reference
        return None

    @property
    def date_how(self) -> str:
        """How the publication date was obtained, in words."""
        if self.problem:
            return date_sources.unreadable(self.problem)
        if self.published:
            return self.published_how.get(self.published[0], date_sources.claimed(None, None))
        if self.inferred:
            return self.inferred_how[self.guessed]
        if self.dates.reference_source == "inferred":
            return date_sources.by_engine(self.dates.reference_reason)
        return date_sources.nowhere()

    @property
    def date_note(self) -> str | None:
        """After a date the tool inferred, from what, as citations say it ("date inferred from
        seeds/news.txt"); None for a date the article or a person gives, or none."""
        if self.problem or self.published:
            return None
        if self.inferred:
            return self.inferred_note[self.guessed]
        if self.dates.reference_source == "inferred":
            return date_sources.inferred_note("inferred", self.dates.reference_reason)
        return None

    @property
    def guessed(self) -> str | None:
        """Of the dates the extractor inferred, the one most sources carry (the first of equals)."""
        return collections.Counter(self.inferred).most_common(1)[0][0] if self.inferred else None

    def cited(self, source: Source) -> Source:
        """A source of this article as the site and the exports show it: what the article says about
        itself in place of what the event file copied. What a person typed into the source stays: a
        date (which the review page sets against the article's), and a title that is no copy."""
        typed = source.published and source.published_source in (None, "given")
        title = source.title if not self.exists or self.typed_title(source.title) else self.title
        cited = replace(source, title=title, outlet=self.own_outlet or source.outlet or self.agency,
                        url=self.own_url or source.url, accessed=source.accessed or self.own_accessed,
                        published=source.published if typed else (self.published or [source.published])[0])
        if not typed and self.published and source.published_source == "inferred":
            # the article has a date of its own now (a person gave it one): no longer the one inferred
            cited = replace(cited, published_source=None, published_reason=None, published_confidence=None)
        return cited

    def typed_title(self, title: str | None) -> bool:
        """Whether a source's title is a person's, not the extractor's copy. The extractor copies
        the article's metadata title, else its headline: a line of its text, or the start of its
        first line when the headline runs into it (debris an older version took for the headline,
        "Skip to main content", is a line too). Any other text was typed: it names the article."""
        wanted = _spaced(title or "")
        if not wanted or wanted in (_spaced(self.own_title or ""), _spaced(self.title)):
            return False  # (the title shown is the copy `timeline extract` writes now, without a wire slug)
        lines = self._lines
        return wanted not in lines and not any(line.startswith(wanted + " ") for line in lines)

    @cached_property
    def _lines(self) -> frozenset[str]:
        return frozenset(filter(None, (_spaced(line) for line in self.text.splitlines())))

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        """The text in paragraphs (blank-line separated): date segments, and the events quoting each."""
        result: list[Paragraph] = []
        marks = collections.deque(self.dates.marks)
        offset = marked = 0
        for block in self.text.split("\n\n"):
            start, end = offset, offset + len(block)
            offset = end + 2
            if not block.strip():
                continue
            segments, cursor = [], start
            while marks and marks[0].start < start:
                marks.popleft()  # marks are sorted and do not overlap: those before this paragraph are done
            for mark in marks:
                if mark.start >= end:
                    break
                if mark.end > end:
                    continue  # a date spanning two paragraphs stays unmarked
                if mark.start > cursor:
                    segments.append(Segment(self.text[cursor:mark.start]))
                marked += 1
                segments.append(Segment(self.text[mark.start:mark.end], mark, marked))
                cursor = mark.end
            if cursor < end:
                segments.append(Segment(self.text[cursor:end]))
            result.append(Paragraph(len(result) + 1, segments, _normal(block)))
        for event in self.events:
            for source in event.sources:
                paragraph = _holding(result, source.quote) if source.file == self.file else None
                if paragraph is not None and event not in paragraph.quoted_by:
                    paragraph.quoted_by.append(event)
        return result

    @property
    def marked(self) -> list[tuple[Paragraph, Segment]]:
        """The dates marked in the text, in order, each with its paragraph (a date across two is not marked)."""
        return [(p, s) for p in self.paragraphs for s in p.segments if s.mark is not None]

    def quoted_paragraph(self, source: Source) -> Paragraph | None:
        """The paragraph holding a source's quote (whitespace and case aside), if the text has it."""
        found = self._quoted_paragraphs  # every page citing the article asks again: search once a quote
        if source.quote not in found:
            found[source.quote] = _holding(self.paragraphs, source.quote)
        return found[source.quote]

    @cached_property
    def _quoted_paragraphs(self) -> dict[str | None, Paragraph | None]:
        return {}


@dataclass
class Paragraph:
    number: int  # 1, 2...: the anchor #p<number> on the source page
    segments: list[Segment]
    normal: str  # the text with whitespace collapsed and lower case, to find quotes in
    quoted_by: list[Event] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return f"p{self.number}"

    @cached_property
    def words(self) -> list[str]:
        """Its text's words as shown, for the text fragments of links to its quotes."""
        return "".join(segment.text for segment in self.segments).split()


def _holding(paragraphs: list[Paragraph], quote: str | None) -> Paragraph | None:
    wanted = _normal(quote or "")
    if not wanted:
        return None
    found = next((p for p in paragraphs if wanted in p.normal), None)
    if found is None and elision.mark() in wanted:
        # a sentence across a page break, its furniture left out of its quote ("[…]"): the paragraph
        # it begins in, when the paragraphs from there hold the rest
        first = elision.pieces(wanted)[0]
        at = next((i for i, p in enumerate(paragraphs) if first and p.normal.endswith(first)), None)
        if at is not None and elision.holds(" ".join(p.normal for p in paragraphs[at:]), wanted):
            found = paragraphs[at]
    return found


def _normal(text: str) -> str:
    return " ".join(text.split()).lower()


def _spaced(text: str) -> str:
    return " ".join(text.split())


def collect_articles(articles_dir: Path | None, root: Path, events: list[Event], dates_memo: Memo | None = None,
                     *, dates: bool = True, readings_memo: Memo | None = None,
                     numeric_order: tuple[str, str] | None = None) -> list[Article]:
    """Every article of the folder and every file an event cites, sorted by file.

    With a memo (kept by `mkdocs serve` between rebuilds), an article whose text and date did not
    change keeps the dates found in it last time instead of being tagged again; with readings_memo,
    one whose bytes did not change keeps its reading (`_read`). Without `dates`
    (the exports, which need only what the articles say about themselves) none are looked for.
    `numeric_order`: the project's date_order and the file that states it (the plugin's option).
    """
    by_file: dict[str, Article] = {}
    root = root.resolve()
    if articles_dir is not None and articles_dir.is_dir():
        try:
            paths = find_articles([articles_dir])
        except ArticleError:
            paths = []  # an empty folder: no source pages, which the sources page says
        for path in paths:
            file = _relative(path, root)
            by_file[file] = _read(path, file, readings_memo, numeric_order)
    for event in events:
        for source in event.sources:
            if not source.file:
                continue
            file = source.file.replace("\\", "/").removeprefix("./")
            article = by_file.get(file)
            if article is None:
                path = root / file
                # Never publish a file from outside the project, whatever an event file says.
                inside = path.resolve().is_relative_to(root)
                article = by_file[file] = _read(path, file, readings_memo, numeric_order) if inside and path.is_file() else Article(file=file, exists=False)
            _learn(article, event, source)
    link_versions(list(by_file.values()))
    for article in by_file.values():
        if dates and article.exists and not article.problem:
            reference = _day(article.date) if article.published or article.inferred else None
            order, language = article.numeric_order, article.language
            if dates_memo is None:
                article.dates = recognise(article.text, reference, order, language)
            else:
                article.dates = dates_memo.get((article.text, reference, order, language),
                                               lambda a=article, r=reference, o=order, n=language: recognise(a.text, r, o, n))
    return [by_file[f] for f in sorted(by_file)]


def citing(articles: list[Article]) -> Callable[[Source], Source]:
    """source -> the source as the site and every export show it (`Article.cited`); a source of no
    known article as it is."""
    by_file = {a.file: a for a in articles}

    def cited(source: Source) -> Source:
        article = by_file.get(source.file) if source.file else None
        return article.cited(source) if article is not None else source

    return cited


def with_citations(events: list[Event], cited: Callable[[Source], Source]) -> list[Event]:
    """The events with their sources as `cited` shows them: what the exports write."""
    return [replace(e, sources=tuple(cited(s) for s in e.sources)) if e.sources else e for e in events]


def _learn(article: Article, event: Event, source: Source) -> None:
    if not article.events or article.events[-1].id != event.id:  # events come in order: one check suffices
        article.events.append(event)
    for values, value in ((article.titles, source.title), (article.outlets, source.outlet), (article.urls, source.url)):
        if value and value not in values:
            values.append(value)
    if not source.published:
        return
    how = article.published_how
    if source.published_source == "inferred":
        article.inferred.append(source.published)  # every source: the most carried wins
        how = article.inferred_how
    elif source.published_source == "metadata" and article.own_date:
        return  # a copy of the article's metadata: what it says now is already there
    elif source.published not in article.published:
        article.published.append(source.published)
    if source.published not in how:
        how[source.published] = date_sources.claimed(source.published_source, source.published_reason)
        if source.published_source == "inferred":
            article.inferred_note[source.published] = date_sources.inferred_note("inferred", source.published_reason)


def _day(written: str) -> dt.date | None:
    try:
        period = resolve_date(written)
    except DateError:
        return None
    return period.first if period.precision in ("day", "time") else None


def _relative(path: Path, root: Path) -> str:
    """The path relative to root (resolved), with '/'."""
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
