"""Render events into Markdown pages through Jinja templates; no site generator involved.

`plan_pages` gives every generated page by its path in the docs, with what renders it; each page
comes from one template of `templates/`, which a site can replace file by file (README, "Templates").
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2
from markupsafe import Markup

from timeline import period as period_module
from timeline.long_day import DAY_VALUE, LONG_DAY, day_of
from timeline.memo import Memo
from timeline.dates import well_formed
from timeline.errors import TimelineError
from timeline.extract import reasons
from timeline.extract.reasons import in_current_words
from timeline.extract.titles import summary
from timeline.event_dates import event_label
from timeline.model import Event
from timeline.period import Period, parse_value
from timeline.site import date_sources
from timeline.site import layout as L
from timeline.site import versions as site_versions
from timeline.site.articles import Article, citing, collect_articles
from timeline.site.chart import build_chart
from timeline.site.days import DAY_HEADINGS_OVER, DayGroup, group_by_day
from timeline.site.durations import duration_label
from timeline.site.feed_words import feed_words, words_rule
from timeline.site.offline import WORKER_SHIM, WORKER_TEMPLATE
from timeline.site.page_keys import PageKeys
from timeline.site.review import build_review, date_doubts, own_dates
from timeline.resolve import DateError, resolve_date
from timeline.text import html_text, inline_text, markdown_text, path_text, safe_url

TIMELINE_PAGE = L.TIMELINE_PAGE
STYLESHEET = "assets/timeline.css"


@dataclass(frozen=True)
class SiteOptions:
    per_year_over: int = 400
    """Above this many events, the timeline becomes an overview and one page per year."""
    per_month_over: int | None = None
    """A year with more events than this (by default per_year_over) gets one page per month; its
    year page becomes the overview of its months."""
    min_confidence: float = 0.7
    """Events whose date confidence is lower are listed on the review page."""
    use_directory_urls: bool = True
    """As MkDocs' option of that name: needed for the links inside the chart's raw SVG."""
    exports: tuple[tuple[str, str], ...] = ()
    """(label, path in the docs) of each published export, linked from the timeline page."""


def default_templates_dir() -> Path:
    """The templates that ship with the package (a source checkout keeps them at the top level)."""
    packaged = resources.files("timeline").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def template_environment(site_templates: Path | None = None) -> jinja2.Environment:
    """Jinja with the site's own templates first, so that a site overrides them file by file.

    One environment per set of template files, kept: `mkdocs serve` then compiles the templates
    once, not on every save. Jinja reloads a template whose file changed; a file added to or
    removed from the site's folder changes the set, and so gives a new environment.
    """
    folders = [str(site_templates)] if site_templates else []
    folders.append(str(default_templates_dir()))
    try:
        own = tuple(sorted(os.listdir(site_templates))) if site_templates else ()
    except OSError:
        own = ()
    return _environment(tuple(folders), own)


@functools.lru_cache(maxsize=8)
def _environment(folders: tuple[str, ...], own_files: tuple[str, ...]) -> jinja2.Environment:
    return environment_with(jinja2.FileSystemLoader(list(folders)))


def environment_with(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """The pages' Jinja environment, its templates from `loader`."""
    env = jinja2.Environment(
        loader=loader,
        autoescape=False,
        finalize=html_text,  # every {{ value }} is HTML-escaped unless a filter said it is safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(inline=inline_text, markdown=markdown_text, html=html_text, url=safe_url, path=path_text,
                       readable_days=readable_days, reason_words=in_current_words)
    return env


@dataclass(frozen=True)
class MonthGroup:
    label: str
    events: list[Event]
    year: int = 0
    month: int = 0

    @property
    def anchor(self) -> str:
        return L.month_anchor(self.year, self.month)

    @property
    def day_unknown_anchor(self) -> str:
        return L.day_unknown_anchor(self.year, self.month)

    @functools.cached_property
    def by_day(self) -> bool:
        """Whether its section shows its events under day headings, as a month's page does."""
        return len(self.events) > DAY_HEADINGS_OVER and len(self.days) > 1

    @functools.cached_property
    def whole_month(self) -> list[Event]:
        """Its events known only to the month (or coarser), before the days."""
        return group_by_day(self.events)[0]

    @functools.cached_property
    def days(self) -> list[DayGroup]:
        """Its other events by the day, or the week, they are known to."""
        return group_by_day(self.events)[1]


@dataclass(frozen=True)
class YearGroup:
    year: int
    events: list[Event]  # known only to the year (or coarser): shown before the months
    months: list[MonthGroup]

    @property
    def anchor(self) -> str:
        return L.year_anchor(self.year)

    @property
    def month_unknown_anchor(self) -> str:
        return L.month_unknown_anchor(self.year)

    @property
    def count(self) -> int:
        return len(self.events) + sum(len(m.events) for m in self.months)

    @property
    def label(self) -> str:
        """The heading: the year, or the century or decade all its events are known only to."""
        return L.year_label(self.year, self.events + [e for m in self.months for e in m.events])


def group_by_year_and_month(events: list[Event]) -> list[YearGroup]:
    """Events in date order under year and month headings."""
    years = []
    month_rank = period_module.PRECISION_RANK["month"]
    for year, in_year in itertools.groupby(events, key=lambda e: e.date.first.year):
        in_year = list(in_year)
        coarse = [e for e in in_year if period_module.PRECISION_RANK[e.date.precision] < month_rank]
        fine = [e for e in in_year if period_module.PRECISION_RANK[e.date.precision] >= month_rank]
        months = [
            MonthGroup(parse_value(f"{period_module.year_value(year)}-{month:02d}").label, list(group), year, month)
            for month, group in itertools.groupby(fine, key=lambda e: e.date.first.month)
        ]
        years.append(YearGroup(year, coarse, months))
    return years


class Links:
    """Link targets from one page, for templates: Markdown links that MkDocs checks and rewrites."""

    def __init__(self, page: str, layout: L.Layout, options: SiteOptions, articles: dict[str, Article] | None = None):
        self.page, self.layout, self.options = page, layout, options
        self.articles = articles or {}

    def event(self, event: Event) -> str:
        return L.link(self.page, self.layout.event_page(event), event.id)

    def year(self, year: int) -> str:
        return L.link(self.page, self.layout.year_page(year), L.year_anchor(year) if not self.layout.split else None)

    def month(self, year: int, month: int) -> str:
        return L.link(self.page, self.layout.month_page(year, month), L.month_anchor(year, month))

    def tag(self, tag: str) -> str:
        return L.link(self.page, self.layout.tag_page(tag))

    def source(self, file: str | None) -> str | None:
        target = self.layout.source_page(file) if file else None
        return L.link(self.page, target) if target else None

    def citation(self, source) -> str | None:
        """The source page of a cited article, at the paragraph of the quote when the text has it."""
        article = self.articles.get(source.file) if source.file else None
        if article is None:
            return None
        paragraph = article.quoted_paragraph(source)
        return L.link(self.page, self.layout.source_page(article.file), paragraph.anchor if paragraph else None)

    def quote(self, source) -> str | None:
        """For raw HTML: the source page at the quote itself (the citation's paragraph and a text
        fragment). Raw HTML because MkDocs would take the fragment for a missing anchor."""
        article = self.articles.get(source.file) if source.file else None
        if article is None:
            return None
        paragraph = article.quoted_paragraph(source)
        anchor = paragraph.anchor + L.text_fragment(source.quote, paragraph.words) if paragraph else None
        return L.html_link(self.page, self.layout.source_page(article.file), anchor, self.options.use_directory_urls)

    def to(self, page: str, anchor: str | None = None) -> str:
        return L.link(self.page, self.layout.page_holding(page, anchor), anchor)

    def html(self, page: str, anchor: str | None = None) -> str:
        """For raw HTML, which MkDocs leaves alone (the chart)."""
        return L.html_link(self.page, self.layout.page_holding(page, anchor), anchor, self.options.use_directory_urls)


def date_label(event: Event) -> str:
    return event_label(event)


def summary_is_quote(event: Event) -> bool:
    """The summary says word for word what one of its sources quotes (as `timeline extract` writes
    it: the sentence, without the wire date line it opens with, titles.summary): the page then shows
    the sentence once, in its citation, not twice in a row."""
    words = event.summary.split()
    return bool(words) and any(source.quote and words in (source.quote.split(), summary(source.quote).split())
                               for source in event.sources)


@functools.lru_cache(maxsize=1 << 14)  # the same few thousand values, asked on page after page
def _period(value: str | None):
    """The Period of a TIMEX3 value or of a date as people write it ("Jan. 10, 2019"); None if neither."""
    if not value:
        return None
    period = parse_value(value)
    if period is None and not well_formed(value):  # PAST_REF, XXXX-05-18: TIMEX3, but no place in time
        try:
            period = resolve_date(value)
        except DateError:
            return None
    return period


def datetime_attr(value: str | None) -> str | None:
    """A value for <time datetime>, or None when it is not a date."""
    period = _period(value)
    return period.datetime_attr if period else None


def value_label(value: str | None) -> str:
    """A date value as the site writes dates ("2019-01-10" -> "Thu 10 Jan 2019"); other text as it is."""
    period = _period(value)
    return period.label if period else (value or "")


def reference_words(value: str | None) -> str:
    """TIMEX3's times no calendar places ("PRESENT_REF") as the site names them ("the present";
    labels.yaml: vague_references); "" for any other value."""
    return period_module.labels()["vague_references"].get(value or "", "")


def _spaced(text: str) -> Markup:
    """inline_text, keeping a space at either end (which it drops): words around a link."""
    if not text.strip():
        return Markup(" " if text else "")
    return Markup(" " if text[0].isspace() else "") + inline_text(text) + Markup(" " if text[-1].isspace() else "")


def date_html(value: str | None) -> Markup:
    """A date for a reader, as the site writes dates ("2009-05-14" -> "Thu 14 May 2009"), in a
    <time> whose datetime keeps it for machines; other text as it is, escaped for Markdown."""
    period = _period(value)
    if period is None:
        return inline_text(value)
    return time_html(period, period.label)


def time_html(period: Period | str | None, label: str, end: Period | None = None) -> Markup:
    """label (escaped unless Markup already) in a <time> whose datetime keeps the date for machines,
    and data-end the end of a range. A date before the year 1 has no HTML form, and a <time> with
    none is not valid HTML: a <span> keeps its ISO 8601 year ("-0043-03-15") in data-datetime."""
    if isinstance(period, str):
        period = _period(period)
    if period is None:
        return html_text(label)
    ending = f' data-end="{html_text(end.datetime_attr)}"' if end else ""
    if period.in_html_time:
        return Markup(f'<time datetime="{html_text(period.datetime_attr)}"{ending}>{html_text(label)}</time>')
    return Markup(f'<span class="tl-time" data-datetime="{html_text(period.datetime_attr)}"{ending}>'
                  f'{html_text(label)}</span>')


def readable_days(text: object) -> Markup:
    """Text with each ISO day in it ("over by 1999-12-31", a TIMEX3 day with its time "2026-03-03T23:10")
    and each long one ("against the article's published date, Tuesday 28 April 2009") written as the
    site writes dates, for the lines that explain a date (how it was read, why it is uncertain, why
    sources disagree: "2009-06-15TEV" stood there as TIMEX3 wrote it): one line read "Tuesday 28 April 2009" and
    "Fri 31 Dec 1999" side by side. Plain text is escaped for HTML first; text a filter escaped
    already (`| inline`) is kept as it is."""
    escaped = str(text if isinstance(text, Markup) else html_text(text))
    # A quoted expression is the article's words ("'Friday 1 May 2009 21.14 BST' names its date outright"):
    # rewritten, it misquoted the article, "'Fri 1 May 2009 21.14 BST'". Only the words around it are.
    written, start = [], 0
    for quoted in _QUOTED.finditer(escaped):
        written += [_days_written(escaped[start:quoted.start()]), quoted.group()]
        start = quoted.end()
    return Markup("".join([*written, _days_written(escaped[start:])]))


# A quotation in a reason: between quotes (escaped for HTML, or not by `| inline`) that no letter
# touches outside, so that an apostrophe ("the article's") opens none.
_QUOTED = re.compile(r"(?<!\w)(&#x27;|&quot;|'|\")(?:(?!\1).)*?\1(?!\w)")


def _days_written(escaped: str) -> str:
    escaped = DAY_VALUE.sub(lambda day: date_html(day.group()), escaped)
    return LONG_DAY.sub(_short_day, escaped)  # after: the ISO days it writes are attributes


def _short_day(found: re.Match) -> str:
    day = day_of(found)
    return date_html(day.isoformat()) if day else found.group()


def in_date_order(articles: list[Article]) -> list[Article]:
    """Articles as the sources page lists them: oldest first, as the timeline lists events (a month
    before its first day's articles, by the same key), ties by file name; articles whose date is
    unknown or cannot be read go last, by file name. The date is the one the page shows beside each."""
    def key(article: Article) -> tuple:
        period = _period(article.date)
        return (0, period.sort_key, article.file) if period else (1, (), article.file)

    return sorted(articles, key=key)


@dataclass(frozen=True)
class ArticleMonth:
    """Articles of one month on the sources page (or of a coarser date, or of none), in date order."""

    label: str  # "April 2009"; "2009" for a date known only to the year; "Date unknown"
    anchor: str  # "from-2009-04", "from-2009", "from-unknown"
    articles: list[Article]


def articles_by_month(articles: list[Article]) -> list[ArticleMonth]:
    """The sources page's sections: the articles of in_date_order under the month of their date.
    The Guardian story's 76 articles were one list, its months found only by reading the dates."""
    def section(article: Article) -> tuple[str, str]:
        period = _period(article.date)
        if period is None:
            return "Date unknown", "from-unknown"
        if period_module.PRECISION_RANK[period.precision] >= period_module.PRECISION_RANK["month"]:
            month = f"{period_module.year_value(period.first.year)}-{period.first.month:02d}"
            return parse_value(month).label, f"from-{month}"
        return period.label, "from-" + "".join(c if c.isalnum() else "-" for c in period.value.lower())

    return [ArticleMonth(label, anchor, list(group))
            for (label, anchor), group in itertools.groupby(in_date_order(articles), key=section)]


def plan_pages(
    events: list[Event],
    site_templates: Path | None = None,
    *,
    articles_dir: Path | None = None,
    root: Path | None = None,
    options: SiteOptions | None = None,
    dates_memo: Memo | None = None,
    articles: list[Article] | None = None,
    page_keys: PageKeys | None = None,
    **context,
) -> dict[str, Callable[[], str]]:
    """Every generated page by its path in the docs, with what writes its Markdown when called.

    What the pages share (articles and their dates, the layout) is worked out here; each page is
    rendered only when asked for, so that a build can have pages written elsewhere (see
    timeline.site.background) while MkDocs gets on with the ones it needs first. `articles`, when
    given, are those of `articles_dir` already collected (the site's exports cite them too). With
    `page_keys` (under `mkdocs serve`), a page whose inputs are those it had in the last build is
    not rendered again (timeline.site.page_keys).
    """
    options = options or SiteOptions()
    env = template_environment(site_templates)
    shown = [e for e in events if e.status != "rejected"]
    if articles is None:
        articles = collect_articles(articles_dir, root or Path.cwd(), shown, dates_memo) if articles_dir else []
    layout = L.Layout.plan(shown, [a.file for a in articles], options.per_year_over, options.per_month_over)
    years = group_by_year_and_month(shown)
    headlines = {a.file: a.title for a in articles}
    by_file = {a.file: a for a in articles}
    dated = own_dates(articles)

    cited = citing(articles)  # as the exports cite them too

    def source_name(source) -> str:
        return cited(source).title or headlines.get(source.file or "") or source.file or source.url or "source"

    def published_note(source, links: Links) -> Markup | None:
        """After an article date the tool inferred, from what (date_sources.inferred_note): the article
        of its story it was taken from named by its title and linked to its page, when it has one."""
        note = date_sources.inferred_note(source.published_source, source.published_reason)
        lender = reasons.lender(source.published_reason) if note else None
        link = links.source(lender) if lender else None
        if not link:
            return inline_text(note) if note else None
        before, after = date_sources.borrowed_note()
        name = headlines.get(lender) or lender
        return _spaced(before) + Markup("[{}]({})").format(inline_text(name), link) + _spaced(after)

    @functools.lru_cache(maxsize=None)  # one answer per event file, asked once per event and page
    def project_path(shown: str) -> str:
        path = Path(shown)  # as the loader showed it: relative to the working folder when inside it
        if root is not None:
            path = Path.cwd() / path
            try:
                path = path.resolve().relative_to(root.resolve())
            except ValueError:
                pass
        return path.as_posix()

    def where(event: Event) -> str:
        """The event's file and line, relative to the project: the same wherever the project lives."""
        return f"{project_path(event.path)}:{event.line}"

    doubted: dict[int, tuple[Event, tuple[str, ...]]] = {}

    def doubts(event: Event) -> tuple[str, ...]:
        """Why the event's date may be wrong (empty when sure): asked by its timeline, source and tag
        pages, worked out once (the event is kept with it, so that an id is never another's)."""
        known = doubted.get(id(event))
        if known is None or known[0] is not event:
            known = doubted[id(event)] = (event, date_doubts(event, options.min_confidence, dated))
        return known[1]

    common = dict(
        where=where, source_name=source_name, cited=cited, date_label=date_label, datetime_attr=datetime_attr, time_html=time_html,
        summary_is_quote=summary_is_quote, citations=lambda event: site_versions.citations(event, by_file),
        value_label=value_label, reference_words=reference_words, date_html=date_html, duration_label=duration_label, layout=layout, exports=options.exports,
        doubts=doubts, published_note=published_note,
        chart=build_chart(shown, period_module.month_names()), **context,
    )

    keys = None
    if page_keys is not None:
        folders = [str(site_templates)] if site_templates else []
        keys = page_keys.for_site(
            environment_with, [*folders, str(default_templates_dir())],
            (options, sorted(context.items()), str(root), str(articles_dir), os.getcwd(), layout), articles, shown)
        env = keys.env  # the templates as the keys read them

    def page(template: str, page: str, values: Callable[[], dict] = dict, *, reach: tuple = (),
             given: tuple[str, ...] = ()) -> tuple[str, Callable[[], str]]:
        """The page and what writes it; `reach`: the event lists and articles its values are made
        of, `given`: any name of `common` its values replace (for page_keys)."""
        def write() -> str:
            if keys is not None:
                return keys.markdown(template, page, given, reach, render)
            return render()

        def render() -> str:
            links = Links(page, layout, options, by_file)
            try:
                return env.get_template(template).render({**common, **values(), "page": page, "links": links})
            except jinja2.TemplateError as error:
                raise TemplateProblem.from_jinja(error, template, root) from None
            except Exception as error:  # e.g. {{ 1 / 0 }} or a method given the wrong thing, in a site's template
                if not _in_site_template(error):
                    raise  # from the templates that ship with timeline: a bug of ours, traceback and all
                raise TemplateProblem.from_jinja(error, template, root) from None
        return page, write

    pages = dict([page("timeline.md.jinja", TIMELINE_PAGE, lambda: dict(events=shown, years=years, split=layout.split),
                       reach=(shown,))])
    if layout.split:
        by_year: dict[int, list[Event]] = {}
        for event in shown:
            by_year.setdefault(event.date.first.year, []).append(event)
        for i, year in enumerate(years):
            in_year = by_year.get(year.year, [])
            by_month = year.year in layout.month_years
            pages.update([page("year.md.jinja", layout.year_page(year.year), lambda i=i, year=year, in_year=in_year, by_month=by_month: dict(
                year=year, events=in_year, chart=build_chart(in_year, period_module.month_names()),
                previous=years[i - 1] if i else None, next=years[i + 1] if i + 1 < len(years) else None,
                by_month=by_month,
            ), reach=(in_year, *(_in_year(years[j]) for j in (i - 1, i + 1) if 0 <= j < len(years))),
                given=("chart",))])
            if by_month:
                for m, month in enumerate(year.months):
                    pages.update([page("month.md.jinja", layout.month_page(year.year, month.month),
                                       lambda m=m, year=year: _month_values(year, m), reach=(_in_year(year),))])
    tags = sorted(layout.tag_slugs)
    tagged: dict[str, list[Event]] = {tag: [] for tag in tags}
    for event in shown:
        for tag in dict.fromkeys(event.tags):
            if tag in tagged:
                tagged[tag].append(event)
    pages.update([page("tags.md.jinja", L.TAGS_INDEX, lambda: dict(tags=[(t, len(tagged[t])) for t in tags], events=shown),
                       reach=(shown,))])
    for tag in tags:
        pages.update([page("tag.md.jinja", layout.tag_page(tag), lambda tag=tag: dict(tag=tag, events=tagged[tag]),
                           reach=(tagged[tag],))])  # the tag: by the page, whose slug the layout gives
    if articles_dir is not None:
        pages.update([page("sources.md.jinja", L.SOURCES_INDEX, lambda: dict(articles=in_date_order(articles), months=articles_by_month(articles)),
                           reach=(articles,))])
        for article in articles:
            pages.update([page("source.md.jinja", layout.source_page(article.file), lambda article=article: dict(article=article),
                               reach=(article,))])
    pages.update([page("review.md.jinja", L.REVIEW_PAGE, lambda: dict(
        review=build_review(shown, articles, options.min_confidence), min_confidence=options.min_confidence),
        reach=(shown, articles))])
    return pages


def _in_year(year: YearGroup) -> list[Event]:
    """Every event of a year's group (what its label, count and sections are made of)."""
    return [*year.events, *(e for month in year.months for e in month.events)]


def _month_values(year: YearGroup, m: int) -> dict:
    """What month.md.jinja receives for the m-th month of the year (see its header)."""
    month = year.months[m]
    whole_month, days = group_by_day(month.events)
    return dict(year=year, month=month, events=month.events, whole_month=whole_month, days=days,
                previous=year.months[m - 1] if m else None,
                next=year.months[m + 1] if m + 1 < len(year.months) else None)


class TemplateProblem(TimelineError):
    """A site's template that cannot be compiled or rendered: the message names its file and line."""

    heading = "a template failed"

    @classmethod
    def from_jinja(cls, error: Exception, template: str, root: Path | None) -> TemplateProblem:
        where = _template_line(error) or (getattr(error, "filename", None) or template, getattr(error, "lineno", None))
        path, line = where
        shown = _shown_path(path, root)
        at = f"{shown}:{line}" if line else shown
        what = getattr(error, "message", None) or f"{type(error).__name__}: {error}"
        return cls(f"{at}: {what} (while writing a page from {template}); fix the template, or delete it "
                   "to use the default one")


def _template_line(error: Exception) -> tuple[str, int] | None:
    """The innermost template file and line of a rendering error; Jinja points its traceback at them."""
    if isinstance(error, jinja2.TemplateSyntaxError):
        return (error.filename, error.lineno) if error.filename else None
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".jinja")]
    return (frames[-1].filename, frames[-1].lineno) if frames else None


def _in_site_template(error: Exception) -> bool:
    where = _template_line(error)
    return where is not None and not Path(where[0]).resolve().is_relative_to(default_templates_dir().resolve())


def _shown_path(path: str, root: Path | None) -> str:
    try:
        return Path(path).resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except ValueError:
        return path


def feed_stylesheet(site_templates: Path | None = None) -> str:
    """templates/feed.css (or the site's own): how a browser shows the published Atom feed; then its
    words, feed_words.yaml's (or the site's own), as the custom properties it reads."""
    env = template_environment(site_templates)
    css = env.loader.get_source(env, "feed.css")[0]
    return css.rstrip("\n") + "\n\n" + words_rule(feed_words(default_templates_dir(), site_templates))


def site_assets(site_templates: Path | None = None, worker_shim: bool = False) -> dict[str, str]:
    """Files the pages need besides Markdown: the stylesheet (overridable like a template), and for a
    copy opened as files the stand-in for Web Workers (see timeline.site.offline)."""
    env = template_environment(site_templates)
    source, _, _ = env.loader.get_source(env, "timeline.css")
    assets = {STYLESHEET: source}
    if worker_shim:
        assets[WORKER_SHIM] = env.loader.get_source(env, WORKER_TEMPLATE)[0]
    return assets
