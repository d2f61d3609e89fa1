"""Where things live on the site: pages, anchors and safe, stable slugs.

Every URL is derived from the data (event ids, file stems, tag names) so that links survive a
rebuild, and every slug is ASCII made of [a-z0-9-], so it is safe in a path and an attribute.
"""

from __future__ import annotations

import hashlib
import html
import posixpath
from collections import Counter
from functools import cached_property, lru_cache
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import quote as percent_encoded

from timeline.loader import slugify
from timeline.model import Event
from timeline.period import PRECISION_RANK, parse_value, year_text, year_value

TIMELINE_PAGE = "timeline.md"
TAGS_INDEX = "tags/index.md"
SOURCES_INDEX = "sources/index.md"
REVIEW_PAGE = "review.md"
FEED = "feed.xml"  # the Atom feed, at the root for feed readers (also in exports/ with the others)


MAX_SLUG = 80
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def unique_slugs(names: list[str], prefix: str, shown=lambda name: name) -> dict[str, str]:
    """A distinct slug per name, made from shown(name); names that slugify alike get -2, -3..."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names)):
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        base = slugify(shown(name)) or f"{prefix}-{digest}"
        if len(base) > MAX_SLUG:  # a 300-letter tag made a file name too long for any file system
            base = f"{base[:MAX_SLUG - 9].rstrip('-')}-{digest}"
        if base in _WINDOWS_RESERVED:  # tags/con/ cannot be created on Windows
            base = f"{base}-{prefix}"
        slug, n = base, 1
        while slug in taken or slug == "index":
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        slugs[name] = slug
    return slugs


@dataclass(frozen=True)
class Layout:
    """The pages of one build: a single timeline page, or an overview and one page per year; a year
    that holds too many events for one page is an overview of its months, one page per month."""

    split: bool
    tag_slugs: dict[str, str] = field(default_factory=dict)
    source_slugs: dict[str, str] = field(default_factory=dict)
    month_years: frozenset[int] = frozenset()  # the years whose months have pages of their own
    # (year, month) of each month page, those of the month_years with events known to the month
    month_pages: frozenset[tuple[int, int]] = frozenset()

    @classmethod
    def plan(cls, events: list[Event], source_files: list[str], per_year_over: int,
             per_month_over: int | None = None) -> Layout:
        tags = [t for e in events for t in e.tags]
        split = len(events) > per_year_over
        month_years = years_by_month(events, per_year_over, per_month_over) if split else frozenset()
        return cls(split=split, tag_slugs=unique_slugs(tags, "tag"),
                   source_slugs=unique_slugs(source_files, "source", lambda f: PurePosixPath(f).stem),
                   month_years=month_years,
                   month_pages=frozenset((e.date.first.year, e.date.first.month) for e in events
                                         if e.date.first.year in month_years and known_to_month(e)))

    def year_page(self, year: int) -> str:
        return f"timeline/{_year_slug(year)}.md" if self.split else TIMELINE_PAGE

    def month_page(self, year: int, month: int) -> str:
        """The page of a month: its own in a year split by month (beside the year's page, so that
        the year's address stays), else its year's page, where the month is a section."""
        return f"timeline/{_year_slug(year)}-{month:02d}.md" if year in self.month_years else self.year_page(year)

    def section_page(self, key: tuple[int, ...]) -> str:
        """The page of (year,) or (year, month), as the chart's bars name them."""
        return self.month_page(*key) if len(key) == 2 else self.year_page(key[0])

    def page_holding(self, page: str, anchor: str | None) -> str:
        """The page whose content `anchor` names: a month of a year split by month keeps a heading on
        its year's page (old links find it), but its events are on its own page, where a link made
        the old way, to the year's page and the month's anchor (as a site's own chart template may
        still do), is to go."""
        if anchor is None or not self.month_pages:
            return page
        return self._month_sections.get((page, anchor), page)

    @cached_property
    def _month_sections(self) -> dict[tuple[str, str], str]:
        return {(self.year_page(year), month_anchor(year, month)): self.month_page(year, month)
                for year, month in self.month_pages}

    def event_page(self, event: Event) -> str:
        first = event.date.first
        # An event known only to the year (or coarser) stays on its year's page, before the months.
        return self.month_page(first.year, first.month) if known_to_month(event) else self.year_page(first.year)

    def tag_page(self, tag: str) -> str:
        return f"tags/{self.tag_slugs[tag]}.md"

    def source_page(self, file: str) -> str | None:
        slug = self.source_slugs.get(file)
        return f"sources/{slug}.md" if slug else None


def known_to_month(event: Event) -> bool:
    """Whether the event's date names its month (or a day, a week, a time), not only its year."""
    return PRECISION_RANK[event.date.precision] >= PRECISION_RANK["month"]


def year_label(year: int, events: list[Event]) -> str:
    """How a year's heading (and its bar) reads: the year; or, when every event of it is known only
    to a decade or a century that begins in it, the coarsest of those ("9th century", "1790s"), which
    "800" or "1790" would misdate."""
    year_rank = PRECISION_RANK["year"]
    if not events or any(PRECISION_RANK[e.date.precision] >= year_rank for e in events):
        return year_text(year)
    coarsest = min(events, key=lambda e: PRECISION_RANK[e.date.precision])
    return parse_value(coarsest.date.value).label  # the period, without an event's "c." or part


def years_by_month(events: list[Event], per_year_over: int, per_month_over: int | None = None) -> frozenset[int]:
    """The years with more events than `per_month_over` (by default `per_year_over`: no page is to
    hold more events than that, where the dates allow), and at least one of them known to a month."""
    limit = per_year_over if per_month_over is None else per_month_over
    counts = Counter(e.date.first.year for e in events)
    with_months = {e.date.first.year for e in events if known_to_month(e)}
    return frozenset(year for year, count in counts.items() if count > limit and year in with_months)


def _year_slug(year: int) -> str:
    """A year in a page's path or an anchor: "2009", "0079"; "bc0044" for 44 BC (the year -43)."""
    return year_value(year).lower()


def year_anchor(year: int) -> str:
    return f"in-{_year_slug(year)}"


def month_anchor(year: int, month: int) -> str:
    return f"in-{_year_slug(year)}-{month:02d}"


def month_unknown_anchor(year: int) -> str:
    """The heading of a year's events known only to the year (or a season, a quarter), beside its months."""
    return f"{year_anchor(year)}-month-unknown"


def day_unknown_anchor(year: int, month: int) -> str:
    """The heading of a month's events known only to the month, beside its days."""
    return f"{month_anchor(year, month)}-day-unknown"


def link(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative Markdown link target from one docs page to another (MkDocs rewrites .md links)."""
    target = "" if to_page == from_page else _relative_path(to_page, posixpath.dirname(from_page) or ".")
    return f"{target}#{anchor}" if anchor else target or "#"


@lru_cache(maxsize=1 << 16)
def _relative_path(to_page: str, from_folder: str) -> str:
    # posixpath.relpath asks the OS for the working folder on every call; pages link to the same
    # few hundred targets (year, tag, source pages) tens of thousands of times in a large build.
    return posixpath.relpath(to_page, from_folder)


def page_url(uri: str, use_directory_urls: bool = True) -> str:
    """The URL MkDocs gives a page, relative to the site root ("timeline/2019.md" -> "timeline/2019/")."""
    stem = uri[: -len(".md")]
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=1 << 16)  # pure, and posixpath.relpath asks the OS for the working folder each time
def html_link(from_page: str, to_page: str, anchor: str | None = None, use_directory_urls: bool = True) -> str:
    """A relative URL for raw HTML (the chart), which MkDocs does not rewrite."""
    here = page_url(from_page, use_directory_urls)
    there = page_url(to_page, use_directory_urls)
    suffix = f"#{anchor}" if anchor else ""
    if here == there:
        return suffix or "./"
    base = here if here.endswith("/") or not here else posixpath.dirname(here)
    rel = posixpath.relpath(there or ".", base or ".")
    if there.endswith("/") or not there:
        rel = "./" if rel == "." else rel + "/"
    return rel + suffix


TEXT_FRAGMENT_WORDS = 3  # a quote's first and last words name it; the link stays short (449 citations of the Guardian story: 31 KB)
PREFIX_WORDS = 2  # the words before it pin it down


def text_fragment(quote: str | None, paragraph_words: list[str]) -> str:
    """A text directive for a quote inside its paragraph ("the words before-,first words,last words"):
    browsers that follow them (Chrome, Edge, Safari, Firefox 131+) scroll to the quote and highlight it,
    which matters when the paragraph is a whole article; the others ignore it and open the paragraph.

    Only for a quote that does not open its paragraph: the words before it are what keep a browser
    from taking an earlier line that starts the same way (the source page lists its events, whose
    titles often begin as their quotes do) for its start. A quote that opens its paragraph is where
    the paragraph's anchor opens the page anyway. Empty then, and when the quote is not word for
    word in the paragraph."""
    quoted = (quote or "").split()
    at = _words_at(paragraph_words, quoted) if quoted else None
    if not at:  # None (not there) or 0 (it opens the paragraph)
        return ""

    def encoded(words: list[str]) -> str:
        # ',' and '-' would be read as the directive's own separators.
        return percent_encoded(" ".join(words), safe="").replace("-", "%2D")

    prefix = encoded(paragraph_words[max(0, at - PREFIX_WORDS):at]) + "-"
    quoted = paragraph_words[at:at + len(quoted)]  # as the page shows them
    if len(quoted) <= 2 * TEXT_FRAGMENT_WORDS:
        return f":~:text={prefix},{encoded(quoted)}"
    return f":~:text={prefix},{encoded(quoted[:TEXT_FRAGMENT_WORDS])},{encoded(quoted[-TEXT_FRAGMENT_WORDS:])}"


def _words_at(words: list[str], wanted: list[str]) -> int | None:
    """Where `wanted` starts in `words`, compared without case; None when it is not there."""
    folded = [w.casefold() for w in words]
    target = [w.casefold() for w in wanted]
    first, n = target[0], len(target)
    for i, word in enumerate(folded):
        if word == first and folded[i:i + n] == target:
            return i
    return None


def site_relative(page_url_: str, target: str) -> str:
    """A URL from a page (its URL as MkDocs gives it) to a file at the site's root."""
    return "../" * page_url_.count("/") + target


def with_feed_link(page_html: str, page_url_: str, title: str, feed: str = FEED) -> str:
    """The page with a <link rel="alternate"> to the Atom feed in its head, so that feed readers find it."""
    href = html.escape(site_relative(page_url_, feed), quote=True)
    tag = f'<link rel="alternate" type="application/atom+xml" title="{html.escape(title, quote=True)}" href="{href}">'
    head_end = page_html.find("</head>")
    return page_html if head_end < 0 else page_html[:head_end] + tag + "\n" + page_html[head_end:]
