"""Source articles as the site shows them: text, what the events say about them, their dates.

Articles are the plain UTF-8 files of the articles folder (`seeds/*.txt`). What is known about an
article besides its text (headline, outlet, URL, publication date) comes from the events that cite
it; when two events say different things, both are kept so that the review page can show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from timeline.model import Event, Source
from timeline.resolve import DateError, resolve_date
from timeline.site.dates import ArticleDates, recognise

ARTICLE_PATTERNS = ("*.txt",)


def read_article_text(path: Path) -> str:
    """The text of one article. (`timeline.articles` will replace this with front matter and HTML.)"""
    return path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")


@dataclass(frozen=True)
class Segment:
    """A run of an article's text: plain, or a recognised date."""

    text: str
    mark: object = None  # a DateMark, or None for plain text


@dataclass
class Article:
    file: str  # as events cite it: the path relative to the project, with '/'
    exists: bool
    text: str = ""
    headline: str = ""
    titles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)  # as the events' sources write it
    published_sources: list[str] = field(default_factory=list)
    published_reasons: list[str] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: ArticleDates = ArticleDates(available=False)

    @property
    def title(self) -> str:
        return (self.titles or [self.headline or self.file])[0]

    @property
    def outlet(self) -> str | None:
        return self.outlets[0] if self.outlets else None

    @property
    def url(self) -> str | None:
        return self.urls[0] if self.urls else None

    @property
    def date(self) -> str | None:
        """The publication date: given by the events, else what the engine inferred."""
        if self.published:
            return self.published[0]
        if self.dates.reference_source == "inferred":
            return self.dates.reference
        return None

    @property
    def date_how(self) -> str:
        """How the publication date was obtained, in words."""
        if self.published:
            how = self.published_sources[0] if self.published_sources else "given"
            reason = self.published_reasons[0] if self.published_reasons else "written in the event file"
            return f"{how}: {reason}"
        if self.dates.reference_source == "inferred":
            return f"inferred: {self.dates.reference_reason or 'by the date engine'}"
        return "unknown: neither the event files nor the article give it"

    @property
    def paragraphs(self) -> list[list[Segment]]:
        """The text in paragraphs (blank-line separated), each a list of plain and date segments."""
        result: list[list[Segment]] = []
        marks = list(self.dates.marks)
        offset = 0
        for block in self.text.split("\n\n"):
            start, end = offset, offset + len(block)
            offset = end + 2
            if not block.strip():
                continue
            segments, cursor = [], start
            for mark in marks:
                if mark.start < start or mark.end > end:
                    continue  # a date spanning two paragraphs stays unmarked
                if mark.start > cursor:
                    segments.append(Segment(self.text[cursor:mark.start]))
                segments.append(Segment(self.text[mark.start:mark.end], mark))
                cursor = mark.end
            if cursor < end:
                segments.append(Segment(self.text[cursor:end]))
            result.append(segments)
        return result


def collect_articles(articles_dir: Path | None, root: Path, events: list[Event]) -> list[Article]:
    """Every article of the folder and every file an event cites, sorted by file."""
    by_file: dict[str, Article] = {}
    if articles_dir is not None and articles_dir.is_dir():
        for path in sorted({p for pattern in ARTICLE_PATTERNS for p in articles_dir.rglob(pattern) if p.is_file()}):
            file = _relative(path, root)
            text = read_article_text(path)
            headline = next((line.strip() for line in text.splitlines() if line.strip()), "")
            by_file[file] = Article(file=file, exists=True, text=text, headline=headline)
    for event in events:
        for source in event.sources:
            if not source.file:
                continue
            file = source.file.replace("\\", "/").removeprefix("./")
            article = by_file.get(file)
            if article is None:
                path = root / file
                exists = path.is_file()
                text = read_article_text(path) if exists else ""
                article = by_file[file] = Article(file=file, exists=exists, text=text)
            _learn(article, event, source)
    for article in by_file.values():
        if article.exists:
            article.dates = recognise(article.text, _day(article.published[0]) if article.published else None)
    return [by_file[f] for f in sorted(by_file)]


def _learn(article: Article, event: Event, source: Source) -> None:
    if event not in article.events:
        article.events.append(event)
    for values, value in ((article.titles, source.title), (article.outlets, source.outlet), (article.urls, source.url),
                          (article.published, source.published)):
        if value and value not in values:
            values.append(value)
    if source.published:
        if source.published_source and source.published_source not in article.published_sources:
            article.published_sources.append(source.published_source)
        if source.published_reason and source.published_reason not in article.published_reasons:
            article.published_reasons.append(source.published_reason)


def _day(written: str) -> dt.date | None:
    try:
        period = resolve_date(written)
    except DateError:
        return None
    return period.first if period.precision in ("day", "time") else None


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
