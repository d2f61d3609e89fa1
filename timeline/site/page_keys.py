"""Under `mkdocs serve`: which generated pages a save leaves as they were, so that they are not rendered again.

A save changes a few of the ~270 pages of a site of 1,000 events, yet every page went through Jinja
on every save (half of what the plugin did). A page's Markdown is a function of what its template
is given; `PageKeys` makes, for each page, a key out of all of that, and a page whose key is the
one it had in the last build gets the Markdown it had then (timeline.memo.Memo: kept one build).

What the key holds:

- the shared part, the same for every page: the contents of every template file (the site's own
  folder and the shipped one, as read at the start of the build, which the pages are rendered from:
  TemplateSnapshot), the site's options and the page arguments (title, root, working
  folder), the layout (which page each tag, year, month and article has), and every article as the
  helpers read it (`links`, `cited`, `source_name`, `citations`, `doubts`): its text, its own and
  its events' claims about it, its dates (the memo's object, kept from one save to the next while
  its text is the same);
- the page's own part: the template, the page's path, and the events and articles its values are
  made of (`reach`), as the objects the loader and collect_articles hold. The loader's memo gives
  the same Event objects again for a file whose bytes did not change, and an Event is frozen, so
  the same objects say the same things. Objects are compared by identity and kept alive with the
  Markdown (an id is never another's while its object lives).

What a template can read besides its values: the template's own names, and those of the templates
it includes, imports or extends, are read from their source (jinja2.meta). A page whose templates
name `chart` (the whole timeline's, when its values give none) reaches every event; a template that
includes a file whose name is computed reaches everything. A site's own template could read any
article's events through `links` (the shipped ones do not): a page made with one reaches every
article's events.
The exports are kept likewise, whole (`export`) and, after a save of a few events, event by event
(`export_pieces`): each event's part of each export, joined again in the export's order.
Only `mkdocs serve` keeps anything; `mkdocs build` renders every page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

import jinja2
import jinja2.meta

from timeline.export import context_key
from timeline.memo import Memo
from timeline.site.articles import Article

# Names of the values every page is given whose content depends on every event (plan_pages' common).
WHOLE_TIMELINE_NAMES = frozenset({"chart"})
# Article fields the key takes otherwise: the text whole, the dates by identity, the events per page (reach).
_ARTICLE_SKIPPED = frozenset({"text", "events", "dates"})


class PageKeys:
    """The Markdown of each generated page of the last build, by its key (see the module's doc)."""

    def __init__(self) -> None:
        self.memo = Memo()
        self.exports = Memo()
        self.pieces = Memo()  # each event's part of each export
        self._names: dict[str, dict[str, tuple[frozenset[str], bool] | None]] = {}
        self._articles: tuple[list, str, list] | None = None  # this build's articles, their key, what it keeps
        self._env: tuple[list[str], TemplateSnapshot, jinja2.Environment] | None = None  # by the loader's folders

    def next_build(self) -> None:
        self.memo.next_build()
        self.exports.next_build()
        self.pieces.next_build()
        self._articles = None

    def for_site(self, environment: Callable[[jinja2.BaseLoader], jinja2.Environment], folders: list[str],
                 shared: tuple, articles: list[Article], all_events: list) -> SiteKeys:
        """Start a build: `folders` those of the template loader, the site's own first if it has one;
        `shared` whatever, besides templates and articles, every page depends on. The pages are
        rendered with SiteKeys.env, made by `environment` once for these folders: its templates are
        the bytes the key is made of, not the files as they may be by the time a page is rendered."""
        sources = _template_files(folders)
        digest = hashlib.sha256()
        for name, data, _, _ in sources:
            _add(digest, name.encode("utf-8", "surrogatepass"))
            _add(digest, b"\0unreadable" if data is None else data)
        templates = digest.hexdigest()
        if self._env is None or self._env[0] != folders:
            loader = TemplateSnapshot()
            self._env = (list(folders), loader, environment(loader))
        _, loader, env = self._env
        loader.take(sources)
        if templates not in self._names:
            self._names = {templates: _names_by_template(env, sources)}  # one set of templates kept
        _add(digest, repr(shared).encode("utf-8", "surrogatepass"))
        keep: list = []
        _add(digest, self.articles_key(articles, keep).encode())
        return SiteKeys(self.memo, self._names[templates], digest.hexdigest(), keep, all_events, articles, env)

    @staticmethod
    def articles_key(articles: list[Article], keep: list) -> str:
        """Every article as the pages' helpers and the exports read it (not its events)."""
        digest = hashlib.sha256()
        for article in articles:
            _add(digest, article.text.encode("utf-8", "surrogatepass"))
            keep.append(article.dates)
            _add(digest, repr((article.file, id(article.dates), tuple(
                getattr(article, field.name) for field in dataclasses.fields(article)
                if field.name not in _ARTICLE_SKIPPED))).encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def export(self, path: str, events: list, articles: list[Article], settings: tuple,
               write: Callable[[], str]) -> Callable[[], str]:
        """What writes an export, giving the last build's text when its events (by identity), the
        articles and `settings` (everything else its context holds) are those it had. Templates are
        no part of it: a save of a template leaves the exports as they were. The notes an export
        logs (what it left out) are said when it is written, not again when it is kept."""
        articles_key, kept = self._exports_articles(articles)
        keep: list = [events, kept]
        key = ("export", path, articles_key, tuple(map(id, events)), repr(settings))
        return lambda: self.exports.get(key, lambda: (write(), keep))[0]

    def export_pieces(self, articles: list[Article], events: list, given: list) -> Callable:
        """What gives an event's part of an export (timeline.export.per_event) as the last build wrote it,
        when the event (by identity), its page, the articles and the rest of the context (context_key)
        are the same: a save of one event writes that event's parts again; the exports join the parts.
        `given`: the events as the exports are given them, made anew each build from `events` and the
        articles (their sources as the site cites them), so each part is keyed on the event it is of."""
        articles_key, kept = self._exports_articles(articles)
        made_from = {id(shown): (shown, event) for shown, event in zip(given, events)}
        contexts: dict[int, tuple] = {}  # each context's key, worked out once (the context kept with it)
        paths: dict[tuple[int, int], str | None] = {}  # each event's page, by event and event_path

        def piece(name: str, event, context, make: Callable):
            shown, origin = made_from.get(id(event), (None, None))
            if shown is not event:  # not one of the events given: nothing to key it on
                return make()
            known = contexts.get(id(context))
            if known is None or known[0] is not context:
                known = contexts[id(context)] = (context, repr(context_key(context)))
            where = (id(context.event_path), id(event))
            if where not in paths:  # the function is the context's, kept with it; the event is in `given`
                paths[where] = context.event_path(event) if context.event_path is not None else None
            key = (name, articles_key, id(origin), known[1], paths[where])
            return self.pieces.get(key, lambda: (make(), (origin, kept)))[0]
        return piece

    def _exports_articles(self, articles: list[Article]) -> tuple[str, list]:
        """The articles' key, worked out once a build for every export and piece, and what it keeps."""
        if self._articles is None or self._articles[0] is not articles:
            kept: list = []
            self._articles = (articles, self.articles_key(articles, kept), kept)
        return self._articles[1], self._articles[2]


class SiteKeys:
    """The keys of one build's pages."""

    def __init__(self, memo: Memo, names: dict[str, tuple[frozenset[str], bool] | None], shared: str, keep: list,
                 all_events: list, articles: list[Article], env: jinja2.Environment) -> None:
        self.memo, self.names, self.shared, self.keep = memo, names, shared, keep
        self.all_events, self.articles, self.env = all_events, articles, env

    def markdown(self, template: str, page: str, given: Iterable[str], reach: Iterable,
                 render: Callable[[], str]) -> str:
        """The page's Markdown: the last build's when its key is the same, else render()'s.

        `given` are the names its values set; `reach` the event lists and articles they are made of."""
        found = self.names.get(template)
        reach = list(reach)
        if found is None or found[0] & WHOLE_TIMELINE_NAMES - set(given):
            reach += [self.all_events, self.articles]
        elif found[1]:  # a site's own template: it may read any article's events through `links`
            reach.append(self.articles)
        keep: list = [self.keep]
        parts = []
        for thing in reach:
            items = thing if isinstance(thing, list) else [thing]
            parts.append(tuple(_events_of(a, keep) if isinstance(a, Article) else id(a) for a in items))
            keep.append(items)
        key = (self.shared, template, page, tuple(parts))
        text, _ = self.memo.get(key, lambda: (render(), keep))
        return text


def _events_of(article: Article, keep: list) -> tuple[int, ...]:
    """The article's events, by identity (kept alive in `keep`)."""
    keep.append(article.events)
    return tuple(id(e) for e in article.events)


def _add(digest, data: bytes) -> None:
    digest.update(b"%d:" % len(data))
    digest.update(data)


class TemplateSnapshot(jinja2.BaseLoader):
    """The templates as PageKeys read them at the start of a build, for Jinja to render from.

    Jinja's FileSystemLoader reads a template again when its file's time changed, which may be after
    PageKeys made the keys of the build's pages from its bytes, or, within one tick of the clock,
    not at all: a page would be kept under the key of a template it was not rendered from, until
    another save. Rendering from the same bytes, a page's key always says what made it. A template
    whose bytes are those of the last build stays compiled (its `uptodate` is its entry's identity).
    """

    def __init__(self) -> None:
        self._files: dict[str, tuple[bytes | None, str]] = {}

    def take(self, sources: list[tuple[str, bytes | None, bool, str]]) -> None:
        before = self._files
        files = {}
        for name, data, _, path in sources:
            entry = before.get(name)
            files[name] = entry if entry is not None and entry == (data, path) else (data, path)
        self._files = files

    def get_source(self, environment: jinja2.Environment, template: str):
        entry = self._files.get(template)
        if entry is None:
            raise jinja2.TemplateNotFound(template)
        data, path = entry
        if data is None:  # unreadable when read for the key: as FileSystemLoader would, say why
            data = Path(path).read_bytes()
        # as FileSystemLoader reads a file: UTF-8, in text mode (each \r\n or \r a \n)
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        return text, path, lambda: self._files.get(template) is entry

    def list_templates(self) -> list[str]:
        return sorted(self._files)


def _template_files(folders: list[str]) -> list[tuple[str, bytes | None, bool, str]]:
    """Every file a template loader over these folders can find, by name, the first folder winning:
    its bytes (None: unreadable), whether it is from a folder before the last (the site's own), and
    its path as FileSystemLoader names it."""
    found: dict[str, tuple[bytes | None, bool, str]] = {}
    for number, folder in enumerate(folders):
        for top, dirs, files in os.walk(folder):
            dirs.sort()
            for file in sorted(files):
                path = Path(top, file)
                name = path.relative_to(folder).as_posix()
                if name not in found:
                    try:
                        data = path.read_bytes()
                    except OSError:
                        data = None
                    found[name] = (data, number < len(folders) - 1, os.path.normpath(os.path.join(folder, name)))
    return [(name, *found[name]) for name in sorted(found)]


def _names_by_template(env: jinja2.Environment, sources: list[tuple[str, bytes | None, bool, str]]
                       ) -> dict[str, tuple[frozenset[str], bool] | None]:
    """Each template's free names with those of the templates it uses, and whether any of them is
    the site's own; None when it cannot be told (a template named by an expression, or one that does
    not compile: rendering it will say so)."""
    own: dict[str, tuple[frozenset[str], tuple[str | None, ...], bool] | None] = {}
    for name, data, site_own, _ in sources:
        if not name.endswith(".jinja"):
            continue
        if data is None:  # unreadable: rendering it will say why
            own[name] = None
            continue
        try:
            tree = env.parse(data.decode("utf-8"))
            own[name] = (frozenset(jinja2.meta.find_undeclared_variables(tree)),
                         tuple(jinja2.meta.find_referenced_templates(tree)), site_own)
        except (jinja2.TemplateError, UnicodeDecodeError):
            own[name] = None

    def closure(name: str, seen: frozenset[str]) -> tuple[frozenset[str], bool] | None:
        if name in seen:
            return frozenset(), False
        entry = own.get(name)
        if entry is None:
            return None
        names, used, site_own = entry
        for other in used:
            below = closure(other, seen | {name}) if other is not None else None
            if below is None:
                return None
            names, site_own = names | below[0], site_own or below[1]
        return names, site_own

    return {name: closure(name, frozenset()) for name in own}
