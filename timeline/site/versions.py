"""Saved copies of one page as the site shows them: one source with its versions.

A running story saved again after its update sits beside its first copy (same URL, a later update
time: timeline/extract/versions.py). Each copy keeps its own source page, so that every quote leads
to the file it came from; the sources list names the page once, at its latest version, and an event
citing both copies cites the later one, with what the earlier one said beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline.articles.updates import saved_copies
from timeline.model import Event, Source

if TYPE_CHECKING:  # articles.py links the versions of the articles it collects
    from timeline.site.articles import Article


def link_versions(articles: list[Article]) -> None:
    """Mark each page saved more than once: its earlier copies name the latest (`later_version`), the
    latest names them, oldest first (`earlier_versions`; the first may give no update time: the page
    as first published). Copies that the times do not tell apart are left apart, as extraction leaves
    them (both read)."""
    for _, copies in saved_copies([a for a in articles if a.exists], lambda a: a.own_url, lambda a: a.own_updated,
                                  lambda a: a.own_first_published):
        if copies is None:
            continue
        latest = copies[-1]
        latest.earlier_versions = [c.file for c in copies[:-1]]
        for earlier in copies[:-1]:
            earlier.later_version = latest.file


@dataclass(frozen=True)
class PageCopy:
    """One saved copy of a page with versions, as the exports need it (they have no articles):
    the file of its latest version when it is an earlier one, and its update time as the page gives it."""

    later_version: str | None
    updated: str | None


def page_copies(articles: list[Article]) -> dict[str, PageCopy]:
    """By file, each copy of a page saved more than once (after link_versions); other articles are not in it."""
    return {a.file: PageCopy(a.later_version, a.updated) for a in articles if a.later_version or a.earlier_versions}


@dataclass(frozen=True)
class Citation:
    """One source as an event cites it, with the same page's earlier versions it also cites."""

    source: Source
    earlier: tuple[Source, ...] = ()
    updated: str | None = None  # the cited version's update time as the page gives it, when earlier versions are beside it
    superseded_by: str | None = None  # of a source of an earlier version alone: the file of the page's latest version

    @property
    def also_in(self) -> tuple[Source, ...]:
        """The earlier versions' sources that quote the same sentence."""
        return tuple(e for e in self.earlier if not self._otherwise(e))

    @property
    def said_otherwise(self) -> tuple[Source, ...]:
        """The earlier versions' sources whose sentence the update changed ("1,200" where it now says "2,300")."""
        return tuple(e for e in self.earlier if self._otherwise(e))

    def _otherwise(self, earlier: Source) -> bool:
        return bool(earlier.quote) and earlier.quote.split() != (self.source.quote or "").split()


def citations(event: Event, by_file: Mapping[str, Article | PageCopy]) -> list[Citation]:
    """The event's sources, a source of an earlier version of a page folded into the citation of the
    later version the event cites too (in the order of the event's sources). `by_file` gives each
    file's `later_version` and `updated`: the site's articles, or the exports' page_copies."""
    files = {s.file for s in event.sources if s.file}
    folded: dict[str, list[Source]] = {}
    for source in event.sources:
        article = by_file.get(source.file or "")
        if article is not None and article.later_version in files:
            folded.setdefault(article.later_version, []).append(source)
    found = []
    for source in event.sources:
        article = by_file.get(source.file or "")
        if article is not None and article.later_version in files:
            continue
        earlier = tuple(folded.get(source.file or "", ()))
        found.append(Citation(source, earlier, article.updated if earlier and article is not None else None,
                              article.later_version if article is not None else None))
    return found
