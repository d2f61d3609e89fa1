"""wikitext.txt: the events as MediaWiki markup, in the form of Wikipedia's "Timeline of ..." articles.

`== 2009 ==` per year (and `=== April ===` per month when a year has many events), a bullet per event
with its date in bold, its title and summary, and each source as a `{{cite news}}` (or `{{cite web}}`)
reference, named and reused when events cite the same article; a person's notes are no source a
reader can check, and are marked so (see wikitext.yaml). A wiki editor pastes it into an article.

Everything from an event file or an article is text here, never markup (see `wiki_text`)."""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

import yaml

from timeline.early_day import EarlyDay, era_year
from timeline.event_dates import written_zone
from timeline.export import ExportContext, address, citation, cited_versions, per_event, shown, versions_note
from timeline.loader import slugify
from timeline.long_day import ISO_DAY, LONG_DAY, day_of
from timeline.model import Event, Source
from timeline.period import PRECISION_RANK, Period, month_names, parse_value, year_text
from timeline.period import labels as site_labels
from timeline.render import SiteOptions, summary_is_quote
from timeline.resolve import DateError, resolve_date
from timeline.site import date_sources
from timeline.site.review import date_doubts
from timeline.site.versions import Citation, PageCopy

# Dates of these precisions fall within one month: under their year's heading they leave the year out.
_WITHIN_MONTH = ("month", "week", "day", "time")
# What a heading of its own holds: a decade or a century is not one year.
_OWN_HEADING = ("decade", "century")
_CLOCK = re.compile(r"T(?P<hour>\d\d):(?P<minute>\d\d)(?P<zone>Z|[+-]\d\d(?::?\d\d)?)?$")


@lru_cache(maxsize=1)
def shapes() -> dict:
    return yaml.safe_load(resources.files("timeline").joinpath("data/wikitext.yaml").read_text("utf-8"))


def write(events, context: ExportContext = ExportContext()) -> str:
    events = sorted(shown(events), key=lambda e: e.sort_key)
    refs = _References(events, context.access_date, context.date_order, context.versions)
    lines = [f"<!-- {wiki_comment(shapes()['header'].format(title=context.title, count=len(events)))} -->"]
    for heading, in_year in _by_heading(events):
        lines += ["", f"== {heading} =="]
        months = {_month_of(e) for e in in_year} - {None}
        by_month = len(in_year) > shapes()["months_over"] and len(months) > 1  # one month's heading says nothing
        if not by_month:
            lines += [_bullet(e, context, refs) for e in in_year]
            continue
        # The events known to no single month (the year, a season) open the year, before its months.
        lines += [_bullet(e, context, refs) for e in in_year if _month_of(e) is None]
        month = None
        for event in (e for e in in_year if _month_of(e) is not None):
            if _month_of(event) != month:
                month = _month_of(event)
                lines += ["", f"=== {month_names()[month - 1]} ==="]
            lines.append(_bullet(event, context, refs))
    return "\n".join(lines) + "\n"


def _by_heading(events: list[Event]) -> list[tuple[str, list[Event]]]:
    """The events under their headings, in the site's order: a year's ("2009", "44 BC"), or a decade's
    or century's own ("1990s", "19th century")."""
    groups: list[tuple[str, list[Event]]] = []
    for event in events:
        heading = _heading(event.date)
        if not groups or groups[-1][0] != heading:
            groups.append((heading, []))
        groups[-1][1].append(event)
    return groups


def _heading(period: Period) -> str:
    if period.precision in _OWN_HEADING:  # the decade or century itself, without "c." or "late"
        return Period(period.value, period.first, period.last, period.precision).label
    return year_text(period.first.year)


def _month_of(event: Event) -> int | None:
    return event.date.first.month if event.date.precision in _WITHIN_MONTH else None


def _bullet(event: Event, context: ExportContext, refs: _References) -> str:
    # The references depend on the events before (an article's name is defined where first cited).
    return per_event("wikitext", event, context, lambda: _said(event, context)) + refs.cite(cited_versions(event, context))


def _said(event: Event, context: ExportContext) -> str:
    """The bullet up to its references: its date (and why it may be wrong), title and summary."""
    date = wiki_range(event.date, event.end, written_zone(event), context.date_order)
    if date[:1].islower() and not event.date.approximate:  # a bullet opens with its date: "Late April"
        date = date[0].upper() + date[1:]
    doubts = date_doubts(event, SiteOptions.min_confidence if context.min_confidence is None else context.min_confidence,
                         context.dated)
    reasons = in_order("; ".join(doubts), context.date_order)
    mark = f"<!-- {wiki_comment(shapes()['uncertain'].format(reasons=reasons))} -->" if doubts else ""
    title = " ".join(event.title.split())
    text = title if title.endswith((".", "!", "?")) else title + "."
    summary = " " + wiki_markdown(event.summary) if event.summary.strip() and not summary_is_quote(event) else ""
    return f"* '''{date}'''{mark} – {wiki_text(text)}{summary}"


# --- Dates -------------------------------------------------------------------------------------------

def wiki_range(start: Period, end: Period | None, zone: str | None = None, order: str = "dmy") -> str:
    """An event's date as its bullet writes it, under the heading of its start's year, in the `order`
    of day and month that wikitext.yaml's `orders` name ("dmy", "mdy")."""
    if end is None or end.value == start.value:
        return wiki_date(start, zone, order=order)
    same_year = (start.precision in _WITHIN_MONTH and end.precision in _WITHIN_MONTH
                 and start.first.year == end.first.year)
    # Both ends before Christ, in years apart: the era once, after the range ("104–100 BC", "March 44
    # – April 43 BC"), as Wikipedia writes it, not "104 BC – 100 BC". A decade or century keeps its own.
    one_era = (not same_year and isinstance(start.first, EarlyDay) and isinstance(end.first, EarlyDay)
               and {start.precision, end.precision} <= {"year", *_WITHIN_MONTH})
    first = wiki_date(start, zone, with_year=not same_year, era=not one_era, order=order)
    last = wiki_date(end, with_year=not same_year, era=not one_era, order=order)
    if start.precision == end.precision == "day" and (start.first.year, start.first.month) == (end.first.year, end.first.month):
        return shapes()["orders"][order]["days_of_a_month"].format(  # "7–10 January": the month once
            first=first, last=last, first_day=start.first.day, last_day=end.first.day, dash=shapes()["dash"])
    dash = shapes()["spaced_dash"] if " " in first + last else shapes()["dash"]
    return site_labels()["before_christ"].format(year=first + dash + last) if one_era else first + dash + last


def wiki_date(period: Period, zone: str | None = None, with_year: bool = False, era: bool = True,
              order: str = "dmy") -> str:
    """A date as Wikipedia's timelines write it: "28 April" under its year's heading, "April 2009"
    with its year, the site's label when coarser than a month ("Summer 2009", "c. 1450"). Without
    `era`, a year before Christ is its number alone ("104", "March 44"): a range says the era once."""
    if not era and period.precision == "year":
        return _as_the_site_qualifies(period, str(era_year(period.first.year)))
    if period.precision not in _WITHIN_MONTH:
        return period.label
    written = shapes()["orders"][order]["formats_with_year" if with_year else "formats"]
    day = period.first
    year = year_text(day.year) if era else str(era_year(day.year))
    fields = {"day": day.day, "month": month_names()[day.month - 1], "year": year}
    clock = _CLOCK.search(period.value) if period.precision == "time" else None
    if period.precision == "week":
        text = written["weekend" if period.value.endswith("-WE") else "week"].format(**fields)
    elif clock:
        text = written["time"].format(hour=int(clock["hour"]), minute=int(clock["minute"]), **fields)
        if zone:
            text = shapes()["named_zone"].format(time=text, zone=zone)
        elif clock["zone"]:
            text = shapes()["offset_zone"].format(time=text, offset="" if clock["zone"] == "Z" else clock["zone"])
        if clock["hour"] == "24":
            text = shapes()["midnight"].format(label=text)
    else:  # a day, or a part of one ("Thursday night"), whose day is what can be said
        text = written["month" if period.precision == "month" else "day"].format(**fields)
    return _as_the_site_qualifies(period, text)


def in_order(text: str, order: str) -> str:
    """The text with each day it names, ISO ("inferred as 2009-04-29") or long ("Saturday 2 May 2009",
    as reasons write the article's date), written as the list writes days, with its year, in `order`
    ("2 May 2009", "May 2, 2009"; a long one keeps its weekday): under mdy a comment's days stayed
    day first beside bullets written month first."""
    written = shapes()["orders"][order]["formats_with_year"]

    def iso(found: re.Match) -> str:
        period = parse_value(found.group())  # None for "2009-02-30": no day to write otherwise
        return wiki_date(period, with_year=True, order=order) if period else found.group()

    def long(found: re.Match) -> str:
        day = day_of(found)
        if day is None:
            return found.group()
        return written["weekday"].format(weekday=f"{day:%A}", day=day.day, month=month_names()[day.month - 1],
                                         year=year_text(day.year))

    return LONG_DAY.sub(long, ISO_DAY.sub(iso, text))


def _as_the_site_qualifies(period: Period, text: str) -> str:
    """"late April", "c. 28 April": the site's words for a part of a period and for circa."""
    labels = site_labels()
    if period.part:
        text = labels["parts"][period.part].format(label=text)
    return labels["approximate"].format(label=text) if period.approximate else text


# --- Citations ---------------------------------------------------------------------------------------

class _References:
    """One named reference per article, defined where it is first cited and reused after it.

    An article quoted for one sentence carries it as the citation's `quote`; one quoted for several
    carries none, and each event's sentence follows its use as a comment (a named reference has one
    text, and the sentence an event rests on must not be lost).

    A page saved more than once (`versions`: timeline.site.versions.page_copies) is one article, cited
    as its latest version the events cite; what an earlier version said follows as a comment."""

    def __init__(self, events: list[Event], access_date: str | None = None, date_order: str = "dmy",
                 versions: Mapping[str, PageCopy] | None = None):
        self.access_date = access_date  # for a page whose source does not say when it was read
        self.date_order = date_order  # for the days a comment names
        self.latest = {file: copy.later_version for file, copy in (versions or {}).items() if copy.later_version}
        self.quotes: dict[str, set[str]] = {}
        self.defined_by: dict[str, Source] = {}  # the source each reference is written from: its latest version's
        for event in events:
            for source in event.sources:
                if key := self._key(source):
                    self.quotes.setdefault(key, set()).add(_quote(source))
                    # the first source of the article, as before; of a page's earlier copy, its latest's
                    if key not in self.defined_by or (self.defined_by[key].file != key and source.file == key):
                        self.defined_by[key] = source
        self.names: dict[str, str] = {}

    def _key(self, source: Source) -> str:
        """The article a source cites: of an earlier copy of a page, the page's latest version."""
        return self.latest.get(source.file or "", "") or _article_key(source)

    def cite(self, citations: list[Citation]) -> str:
        """An event's references: one per article, each of its sentences after it (an event merged
        from two sentences of one article showed its footnote twice, "[1][1]"), and what the page's
        earlier versions said, as the site says it."""
        cited: set[str] = set()
        refs = []
        for citing in citations:
            refs.append(self.use(citing.source, again=self._key(citing.source) in cited))
            cited.add(self._key(citing.source))
            if note := versions_note(citing):
                refs.append(f"<!-- {wiki_comment(note)} -->")
        if not any(_citable(citing.source) for citing in citations):  # notes alone, or no source at all
            refs.insert(0, shapes()["citation_needed"])
        return "".join(refs)

    def use(self, source: Source, again: bool = False) -> str:
        """The reference to the source's article and its sentence; `again`: the event cites that
        article already, so its sentence alone."""
        key = self._key(source)
        if not key:
            return ""
        if not _citable(source):
            said = shapes()["unpublished_quote" if _quote(source) else "unpublished"]
            said = said.format(source=in_order(citation(source), self.date_order), quote=_quote(source))
            return f"<!-- {wiki_comment(said)} -->"
        one_quote = len(self.quotes[key]) == 1
        if again:
            ref = ""
        elif key in self.names:
            ref = f'<ref name="{self.names[key]}" />'
        else:
            defined_by = self.defined_by.get(key, source)
            self.names[key] = self._new_name(defined_by)
            ref = f'<ref name="{self.names[key]}">{cite(defined_by, with_quote=one_quote, access_date=self.access_date)}</ref>'
        if not one_quote and _quote(source):
            ref += f"<!-- {wiki_comment(shapes()['quote'].format(quote=_quote(source)))} -->"
        return ref

    def _new_name(self, source: Source) -> str:
        """"guardian-2009-04-28": the outlet (or title, or file) and the article's date; -2, -3 after a
        name taken by another article."""
        base = _words(slugify(source.outlet or source.title or _untitled_name(source)), 32)
        base = slugify(f"{base or 'source'} {_cite_date(source.published) or '' if source.published else ''}")
        taken = set(self.names.values())
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        return name


def _words(slug: str, most: int) -> str:
    """The slug's first words, as many as fit in `most` characters (at least one, cut)."""
    if len(slug) <= most:
        return slug
    return slug[:most + 1].rsplit("-", 1)[0] if "-" in slug[:most + 1] else slug[:most]


def _article_key(source: Source) -> str:
    return source.file or source.url or source.title or ""


def _untitled_name(source: Source) -> str:
    """What names a source that has no title: its file's name, or its address without the scheme (the
    address's last part alone, "1" of "https://www.example.org/news/1", said nothing)."""
    if source.file:
        return source.file.rsplit("/", 1)[-1]
    url = address(source.url) or ""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.netloc}{parts.path}".rstrip("/") or url


def _quote(source: Source) -> str:
    return " ".join((source.quote or "").split())


def _citable(source: Source) -> bool:
    """Whether a reader could find the source: it names its outlet or its address. A file alone is
    someone's notes, or a copy that does not say where it was published."""
    return bool(source.outlet or address(source.url))


def cite(source: Source, with_quote: bool = True, access_date: str | None = None) -> str:
    """`{{cite news}}` for a source with an outlet, `{{cite web}}` for a page without one, from what is
    known of it; its title (required there) is its file's name for want of one. `access_date`: the
    day the page was read, when its source does not say (only with a url, as CS1 requires)."""
    title = source.title or shapes()["untitled"].format(file=_untitled_name(source))
    url = address(source.url)  # a javascript: url is none: CS1 would show "Check |url=" and link nothing
    accessed = (source.accessed or access_date) if url else None
    inferred = date_sources.inferred_note(source.published_source, source.published_reason) if source.published else None
    params = [("title", wiki_text(title)), ("url", wiki_url(url) if url else None),
              ("work", wiki_text(source.outlet) if source.outlet else None),
              ("date", _cite_date(source.published) if source.published and not inferred else None),
              ("access-date", _cite_date(accessed) if accessed else None),
              ("quote", wiki_text(_quote(source)) if with_quote and _quote(source) else None)]
    template = shapes()["templates"]["news" if source.outlet else "web"]
    cited = "{{" + template + " " + " ".join(f"|{key}={value}" for key, value in params if value) + "}}"
    if inferred:
        cited += f"<!-- {wiki_comment(shapes()['inferred_date'].format(published=source.published, note=inferred))} -->"
    return cited


@lru_cache(maxsize=1 << 12)
def _cite_date(published: str) -> str | None:
    """The article's date as cite news takes it: 2009-04-28, "April 2009", "2009" (never "2009-04",
    which it refuses as ambiguous)."""
    try:
        period = resolve_date(published)
    except DateError:
        return None
    if PRECISION_RANK[period.precision] >= PRECISION_RANK["day"] and period.in_html_time:
        return period.first.isoformat()
    if period.precision in ("month", "year"):
        return wiki_date(period, with_year=True)
    return None


# --- Escaping ----------------------------------------------------------------------------------------

# Entities MediaWiki shows as the characters but never reads as markup: tags (<ref>, <nowiki>, HTML),
# links ([[ ]], [ ]), templates and tables ({{ }}, {| |}) and a template's parameters (|).
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "&#91;", "]": "&#93;", "{": "&#123;",
                           "}": "&#125;", "|": "&#124;"})
# Runs that are markup only as runs: '' italic and ''' bold, ~~~ and ~~~~ signatures (put in on
# saving), __NOTOC__ and the other magic words. A lone apostrophe stays one ("Kim's").
_RUNS = re.compile(r"'{2,}|~{3,}|_{2,}")
_RUN_ENTITY = {"'": "&#39;", "~": "&#126;", "_": "&#95;"}


def wiki_text(value: str) -> str:
    """Text as MediaWiki shows it, on one line: a line break would end the bullet and let what follows
    start a heading, a list or a table (=, *, #, :, {|), so whitespace runs become one space."""
    flat = " ".join(value.split()).translate(_ENTITIES)
    return _RUNS.sub(lambda run: "".join(_RUN_ENTITY[c] for c in run.group(0)), flat)


# A summary's Markdown that has a wiki form: **bold**, *italic*, [text](https://...). Any other is text.
_MARKDOWN = re.compile(r"\*\*(?P<bold>[^*]+?)\*\*|(?<![\w*])\*(?P<italic>[^*\s](?:[^*]*?[^*\s])?)\*(?![\w*])"
                       r"|\[(?P<text>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
_BOLD, _ITALIC = "'''", "''"


def wiki_markdown(value: str) -> str:
    """A summary (Markdown) as wikitext: its bold, italics and links as the wiki writes them, the rest
    as wiki_text. An apostrophe beside the markup is an entity: "**Kim'**" is not '''Kim''''."""
    flat = " ".join(value.split())
    out, at = [], 0
    for found in _MARKDOWN.finditer(flat):
        out.append(_apart(flat[at:found.start()]))
        if found["bold"]:
            out.append(_BOLD + _apart(found["bold"]) + _BOLD)
        elif found["italic"]:
            out.append(_ITALIC + _apart(found["italic"]) + _ITALIC)
        else:
            out.append(f"[{wiki_url(found['url'])} {_apart(found['text'])}]")
        at = found.end()
    out.append(_apart(flat[at:]))
    return "".join(out)


def _apart(value: str) -> str:
    """A part of the summary between its markup: wiki_text, keeping a space at its ends."""
    text = wiki_text(value)
    text = "&#39;" + text[1:] if text.startswith("'") else text
    text = text[:-1] + "&#39;" if text.endswith("'") else text
    return (" " if value[:1].isspace() else "") + text + (" " if value[-1:].isspace() and text else "")


@lru_cache(maxsize=1 << 14)  # each quote of an article cited for several, for every event citing it
def wiki_comment(value: str) -> str:
    """Text inside <!-- -->: as wiki_text, and no "--", which could end the comment."""
    return re.sub(r"-{2,}", "-", wiki_text(value))


# Percent-encoded in a URL: what ends a template parameter or an external link, or starts markup
# (a space, | [ ] { } < > " and '); the same address to the server.
_URL_SAFE = "/:?#@!$&()*+,;=%-._~"
_URL_RUNS = re.compile(r"_{2,}|~{3,}")  # a magic word or a signature inside the address


def wiki_url(url: str) -> str:
    encoded = urllib.parse.quote(" ".join(url.split()), safe=_URL_SAFE)
    return _URL_RUNS.sub(lambda run: "".join(f"%{ord(c):02X}" for c in run.group(0)), encoded)
