"""Every file the plugin adds to a site: pages, the stylesheet and the exports, by path in the docs."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from timeline.errors import doing
from timeline.export import ExportContext, Format, atom, formats
from timeline.memo import Memo
from timeline.model import Event
from timeline.render import SiteOptions, feed_stylesheet, plan_pages, site_assets
from timeline.site.articles import citing, collect_articles, with_citations
from timeline.site.layout import FEED, Layout, page_url
from timeline.site.page_keys import PageKeys
from timeline.site.review import own_dates
from timeline.site.versions import page_copies

log = logging.getLogger("mkdocs.plugins.timeline")


def event_paths(events: list[Event], options: SiteOptions = SiteOptions()):
    """event -> its page and anchor relative to the site root, as the site lays the events out."""
    shown = [e for e in events if e.status != "rejected"]
    layout = Layout.plan(shown, [], options.per_year_over, options.per_month_over)
    return lambda event: f"{page_url(layout.event_page(event), options.use_directory_urls)}#{event.id}"


def site_plan(
    events: list[Event],
    *,
    title: str,
    templates: Path | None = None,
    articles_dir: Path | None = None,
    root: Path | None = None,
    options: SiteOptions = SiteOptions(),
    site_url: str | None = None,
    exports: bool = True,
    dates_memo: Memo | None = None,
    worker_shim: bool = False,
    date_order: str = "dmy",
    readings_memo: Memo | None = None,
    page_keys: PageKeys | None = None,
    numeric_order: tuple[str, str] | None = None,
) -> dict[str, Callable[[], str]]:
    """Every file the plugin adds, by path in the docs, with what writes it when called (see plan_pages).
    The memos and page_keys (under `mkdocs serve`) keep what the last build found that this one may reuse."""
    published = [(f.label, f.path) for f in formats().values()] if exports else []
    options = replace(options, exports=tuple(published))
    shown = [e for e in events if e.status != "rejected"]
    articles = (collect_articles(articles_dir, root or Path.cwd(), shown, dates_memo, readings_memo=readings_memo,
                                 numeric_order=numeric_order)
                if articles_dir else [])
    files = plan_pages(events, templates, articles_dir=articles_dir, root=root, options=options, title=title,
                       dates_memo=dates_memo, articles=articles, page_keys=page_keys)
    files.update({path: functools.partial(str, text) for path, text in site_assets(templates, worker_shim).items()})
    if exports:
        cited = with_citations(events, citing(articles))  # a source reads as on the pages
        context = ExportContext(title=title, site_url=site_url, event_path=event_paths(events, options),
                                min_confidence=options.min_confidence, dated=own_dates(articles), date_order=date_order,
                                versions=page_copies(articles),
                                pieces=page_keys.export_pieces(articles, events, cited) if page_keys is not None else None)
        def kept(path, write, context=context):
            if page_keys is None:
                return write
            settings = (title, site_url, options, date_order, context.feed_root)
            return page_keys.export(path, events, articles, settings, write)

        for fmt in formats().values():
            files[fmt.path] = functools.cache(kept(fmt.path, functools.partial(_export, fmt, cited, context)))
        # The feed again at the root, where every page's <link rel="alternate"> points: Material reads
        # such links as other languages of the site and fetches sitemap.xml next to them (404 in exports/).
        # Without site_url each copy links relative to its own address, so their bytes differ.
        atom_format = formats()["atom"]
        for feed, root in ((FEED, "./"), ("exports/feed.xml", "../")):
            rooted = replace(context, feed_root=root)
            files[feed] = (files["exports/feed.xml"] if site_url else functools.cache(kept(feed, functools.partial(
                _export, atom_format, cited, rooted), rooted)))
        # Its stylesheet beside each copy: the feed names it by a relative address.
        stylesheet = functools.partial(feed_stylesheet, templates)
        for feed in (FEED, "exports/feed.xml"):
            files[str(Path(feed).with_name(atom.STYLESHEET))] = stylesheet
    return files


def _export(fmt: Format, events: list[Event], context: ExportContext) -> str:
    with doing(f"writing the {fmt.label} export of the site (docs/{fmt.path})", outcome="the site was not built"):
        text = fmt.published(events, context)
    for note in fmt.left_out(events):  # info, not a warning: the site is right, and --strict is to build it
        log.info("timeline: %s", note)
    return text
