"""The MkDocs plugin: event handlers only; loading and rendering are plain functions elsewhere."""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
import yaml_env_tag
from markupsafe import Markup, escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from timeline.errors import DEBUG_VARIABLE, Bug, Problem, ProblemsError, TimelineError, debugging, display_path
from timeline.gcpause import bring_survivors_back, collector_paused, set_survivors_aside
from timeline.loader import load_events
from timeline.memo import Memo
from timeline.render import STYLESHEET, SiteOptions
from timeline.site import background
from timeline.site.brackets import use_fast_bracket_ends
from timeline.site.build import site_plan
from timeline.site.layout import with_feed_link
from timeline.site.offline import use_local_worker_shim
from timeline.site.page_keys import PageKeys
from timeline.site.preview import problems_notice, with_notice
from timeline.site.reuse import ChangedPages, DirtyWarningFilter, PageHtml, SameEvents, TemplateCode
from timeline.site.theme_files import ThemeFiles, use_kept_theme_files, use_theme_files
from timeline.text import code_words_whole, neutralise_links
from timeline.yamlfile import explain_yaml_error

log = logging.getLogger("mkdocs.plugins.timeline")
_DIRTY_WARNING = DirtyWarningFilter()


class TimelineConfig(base.Config):
    events = c.Type(str, default="events")
    """Folder of event files (*.yaml), relative to mkdocs.yml."""
    articles = c.Type(str, default="seeds")
    """Folder of the source articles, relative to mkdocs.yml; each gets a source page."""
    templates = c.Optional(c.Type(str))
    """Folder of the site's own templates; each file there replaces the default of the same name."""
    title = c.Type(str, default="Timeline")
    """Heading of the timeline page, and title of the exports."""
    per_year_over = c.Type(int, default=SiteOptions.per_year_over)
    """Above this many events the timeline is an overview with one page per year."""
    per_month_over = c.Optional(c.Type(int))
    """A year with more events than this (default: per_year_over) has one page per month, and its
    year page lists the months."""
    review_confidence = c.Type(float, default=SiteOptions.min_confidence)
    """Events whose date confidence is below this are listed on the review page."""
    exports = c.Type(bool, default=True)
    """Publish events.json, TimelineJS JSON, iCalendar, CSV, an Atom feed and wikitext under exports/."""
    wikitext_date_order = c.Choice(("dmy", "mdy"), default="dmy")
    """How exports/wikitext.txt writes its dates: dmy ("28 April 2009"), or mdy ("April 28, 2009") for
    a wiki article on an American topic ({{Use mdy dates}}); a citation's |date= stays ISO in both."""
    date_order = c.Optional(c.Choice(("day-first", "month-first")))
    """How the project's articles write a numeric date such as 07/04/2020 (7 April day-first, 4 July
    month-first), for `timeline extract` when an article's own dates do not tell; an article's
    `date_order:` in its front matter or side file wins. Unset: an article's source may tell (a
    .uk address), else such a date is read month first and marked unsure."""
    write_in_background = c.Type(bool, default=True)
    """Under `mkdocs build` of a large site, have a forked process write the generated files while
    MkDocs converts the first ones (the same bytes); false: write them all in MkDocs' own process."""


_SITE_URL_FROM_ENV = re.compile(r"^site_url:\s*!ENV\s+\[?\s*['\"]?([A-Za-z_][A-Za-z0-9_]*)", re.MULTILINE)


# Settings of mkdocs.yml the theme writes into every page as they are: Material puts the site's name
# unescaped in the header, the menu and the logo's aria-label, the description and the author in meta
# tags' attributes, the repository's name in the header ('Kim "Rocket Man" Jong Un' ended the
# aria-label at its first quote mark; "<b>" was bold). Markup: escaped once here, and left as it is
# where the theme escapes it itself (`| e`), so never twice.
THEME_TEXT_SETTINGS = ("site_name", "site_description", "site_author", "repo_name")


def _escape_theme_text(config) -> None:
    for key in THEME_TEXT_SETTINGS:
        value = config.get(key)
        if isinstance(value, str) and not isinstance(value, Markup):
            config[key] = Markup(escape(value))


def _site_url_variable(config_file: str | None) -> str | None:
    """The environment variable mkdocs.yml takes its site_url from (`site_url: !ENV NAME`), if it does."""
    try:
        found = _SITE_URL_FROM_ENV.search(Path(config_file).read_text(encoding="utf-8")) if config_file else None
    except (OSError, UnicodeDecodeError):
        return None
    return found.group(1) if found else None


class TimelinePlugin(BasePlugin[TimelineConfig]):
    # The attributes below that a `mkdocs serve` rebuild reuses; all None makes a build from nothing.
    SERVE_KEPT = ("events_memo", "dates_memo", "readings_memo", "page_keys", "same_events", "page_html",
                  "template_code", "changed_pages", "theme_files")
    # What a `mkdocs serve` rebuild reuses from the one before (None under `mkdocs build`).
    events_memo: Memo | None = None
    dates_memo: Memo | None = None
    readings_memo: Memo | None = None
    page_keys: PageKeys | None = None  # the generated pages' Markdown
    same_events: SameEvents | None = None
    page_html: PageHtml | None = None
    template_code: TemplateCode | None = None
    changed_pages: ChangedPages | None = None  # under `mkdocs serve --dirty` only
    theme_files: ThemeFiles | None = None  # the theme's files MkDocs lists
    # Under `mkdocs build` of a large site: the child process writing the generated files.
    writer: background.Background | None = None
    may_write_in_background = False
    one_build = False  # under `mkdocs build` or `gh-deploy`, as on_startup said: not a server's rebuilds
    deploying = False  # under `mkdocs gh-deploy`: the site goes out as built
    survivors_aside = False
    offline = False  # a copy to open as files (Material's offline plugin): see timeline.site.offline
    # Under serve: the events folder and the events the pages show while a file there has problems.
    last_good_events: tuple[Path, list] | None = None
    notice = ""  # under serve, while a file has problems: the Markdown that says them atop each page
    preloaded: list | None = None  # under `mkdocs build`: the events read before site_dir was emptied

    def on_startup(self, *, command, dirty):
        # Defining on_startup is what makes MkDocs keep this instance from one serve rebuild to the
        # next, and with it these memos: a save then costs what it changed, not a build from nothing.
        self.one_build = command != "serve"
        self.deploying = command == "gh-deploy"
        self.may_write_in_background = self.one_build and not dirty  # and the option, and background.usable()
        self.last_good_events = None
        use_fast_bracket_ends()  # Markdown's links found as before, without reading each character in Python
        if command == "serve":
            self.events_memo, self.dates_memo, self.page_html = Memo(), Memo(), PageHtml()
            self.readings_memo, self.page_keys, self.same_events = Memo(), PageKeys(), SameEvents()
            self.template_code = TemplateCode()
            self.changed_pages = ChangedPages() if dirty else None
            self.theme_files = ThemeFiles() if use_kept_theme_files() else None
        else:  # the same process may have served before (MkDocs keeps one instance): build from nothing
            self.events_memo = self.dates_memo = self.page_html = self.changed_pages = self.template_code = None
            self.theme_files = None
            self.readings_memo = self.page_keys = self.same_events = None
        if self.changed_pages is not None:
            logging.getLogger("mkdocs.commands.build").addFilter(_DIRTY_WARNING)
            log.info("timeline: --dirty: each save remakes the pages it changed; restart after editing mkdocs.yml")

    def on_shutdown(self):
        self._stop_writer()
        use_theme_files(None)
        self.last_good_events, self.notice = None, ""
        if self.survivors_aside:
            bring_survivors_back()
            self.survivors_aside = False
        logging.getLogger("mkdocs.commands.build").removeFilter(_DIRTY_WARNING)

    # After Material's offline plugin (priority 0), whose iframe-worker from unpkg.com this replaces.
    @event_priority(-50)
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.root = root
        self.events_dir = root / self.config.events
        self.articles_dir = root / self.config.articles
        self.templates_dir = root / self.config.templates if self.config.templates else None
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            raise PluginError(f"timeline: the templates folder {self.config.templates!r} does not exist")
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        _escape_theme_text(config)
        if self.one_build and not config.site_url:
            # Said, not warned: a warning would stop a strict site's build, which works without it. Not
            # under serve, which sets its own (http://127.0.0.1:8000/): the preview's feed links there.
            variable = _site_url_variable(config.config_file_path)
            # `timeline init`'s mkdocs.yml takes it from a variable the Pages workflow sets: "add the
            # site's address to mkdocs.yml" left its user looking at a site_url line already there.
            what_to_do = (f"mkdocs.yml takes it from the environment variable {variable} (site_url: !ENV {variable}), "
                          f"which is not set here (the Pages workflow sets it): set it, {variable}=https://YOU.github.io/"
                          f"REPOSITORY/ mkdocs build, or write the address in its place" if variable else
                          "add the site's address to mkdocs.yml, e.g. site_url: https://YOU.github.io/REPOSITORY/")
            log.info("timeline: site_url is not set in mkdocs.yml, so the feed links each event relative to "
                     "its own address (feed readers resolve it), but the calendar links to none, feed readers "
                     "may take an event of another timeline with the same id for this one's, and the 404 page "
                     f"loses its stylesheets below a project site's /REPOSITORY/; {what_to_do}")
        self.offline = use_local_worker_shim(config)
        self.generated: set[str] = set()
        use_theme_files(self.theme_files)  # before MkDocs lists the theme's files (None: as MkDocs lists them)
        return config

    def on_pre_build(self, *, config):
        # Read the event files before MkDocs empties site_dir: a mistake in one stopped `mkdocs build`
        # after the last good site was gone. Under serve (a memo), _events keeps the last good pages.
        self.preloaded = None
        if self.events_memo is None and self.events_dir.is_dir():
            try:
                with collector_paused():
                    self.preloaded = load_events([self.events_dir])
            except (TimelineError, Bug) as error:
                raise plugin_error(error) from None

    def on_files(self, files: Files, *, config) -> Files:
        options = SiteOptions(per_year_over=self.config.per_year_over, per_month_over=self.config.per_month_over,
                              min_confidence=self.config.review_confidence,
                              use_directory_urls=config.use_directory_urls)
        for memo in (self.events_memo, self.dates_memo, self.readings_memo, self.page_keys):
            if memo is not None:
                memo.next_build()
        self._stop_writer()
        try:
            with collector_paused():
                events, self.notice = self._events()
                plan = site_plan(
                    events, title=self.config.title, templates=self.templates_dir, articles_dir=self.articles_dir,
                    root=self.root, options=options, site_url=config.site_url, exports=self.config.exports,
                    date_order=self.config.wikitext_date_order,
                    dates_memo=self.dates_memo, worker_shim=self.offline,
                    readings_memo=self.readings_memo, page_keys=self.page_keys,
                    numeric_order=((self.config.date_order, Path(config.config_file_path or "mkdocs.yml").name)
                                   if self.config.date_order else None),
                )
                for uri in plan:
                    if files.get_file_from_path(uri) is not None:
                        raise PluginError(f"timeline: docs/{uri} exists, but the plugin generates that file; rename or remove it")
                if (self.may_write_in_background and self.config.write_in_background
                        and len(events) >= _BACKGROUND_FROM_EVENTS and background.usable()):
                    self._set_survivors_aside()  # before the fork, as Python's documentation advises
                    self.writer = background.Background(plan, background.reading_order(plan), failure=plugin_error)
                    generated = None
                else:
                    generated = with_notice({uri: write() for uri, write in plan.items()}, self.notice)
                    self._set_survivors_aside()
        except (TimelineError, Bug) as error:
            raise plugin_error(error) from None
        self.generated = set(plan)
        for uri in sorted(plan):
            file = (File.generated(config, uri, content=generated[uri]) if generated is not None
                    else background.BackgroundFile.of(config, uri, self.writer))
            if config.nav is not None:
                # A site with its own nav links the tag, source and year pages from the index pages;
                # without this MkDocs lists each of them on every build as "not included in the nav".
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
        if self.changed_pages is not None:  # under serve: never written in the background
            self.changed_pages.mark(files, generated, config)
        log.info("timeline: %d events, %d generated files", len(events), len(plan))
        return files

    def _events(self) -> tuple[list, str]:
        """The events, and the notice the pages carry while the files have problems (under serve)."""
        if self.preloaded is not None:
            events, self.preloaded = self.preloaded, None
            return events, ""
        if not self.events_dir.is_dir():
            return [], ""
        try:
            events = load_events([self.events_dir], memo=self.events_memo)
        except ProblemsError as error:
            last_good = self.last_good_events
            if self.one_build or last_good is None or last_good[0] != self.events_dir:
                raise
            # Said at INFO: under `strict: true` a warning would stop the rebuild, and a stopped
            # rebuild is what leaves the server stuck.
            log.info("timeline: %s (the preview keeps the last good version until they are fixed):\n%s",
                     error.heading, error)
            return last_good[1], problems_notice(error)
        if self.events_memo is not None:
            if self.same_events is not None:
                events = self.same_events.same(events)
            self.last_good_events = (self.events_dir, events)
        return events, ""

    def on_env(self, env, *, config, files):
        if self.template_code is not None:
            env.bytecode_cache = self.template_code  # under serve: see TemplateCode
        return env

    def on_nav(self, nav, *, config, files):
        if self.page_html is not None:
            self.page_html.next_build(files, config)  # every plugin's on_files has run: the file list is final
        return nav

    def on_pre_page(self, page, *, config, files):
        if self.page_html is not None and page.file.src_uri in self.generated:
            self.page_html.reuse_for(page)
        if self.changed_pages is not None:
            self.changed_pages.page_rebuilt(page)
        return page

    @event_priority(100)  # before the search plugin's, which merges the last index with this build's
    def on_post_build(self, *, config):
        self._stop_writer()
        if self.changed_pages is not None:
            self.changed_pages.build_finished(config)

    def on_build_error(self, *, error):
        self._stop_writer()
        if self.changed_pages is not None:
            self.changed_pages.build_failed()

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        if self.notice and page.file.src_uri not in self.generated:  # the generated pages have it already
            return self.notice + markdown
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        if page.file.src_uri in self.generated:
            if "title" not in page.meta and page.title:
                # Material writes page.title into <title> through striptags, which turns the escaped
                # "&lt;/title&gt;&lt;script&gt;" of a hostile heading back into markup; page.meta.title
                # is written as it is, so give it the escaped heading.
                page.meta["title"] = page.title.replace("<", "&lt;")
            return code_words_whole(neutralise_links(html))
        return code_words_whole(html)

    def on_post_page(self, output: str, *, page, config) -> str:
        # Opened as files, the feed has no reader to find it; and Material, taking the link for another
        # language of the site, would ask for a sitemap beside it, which a file:// page may not fetch.
        if not self.config.exports or self.offline:
            return output
        return with_feed_link(output, page.url, f"{self.config.title} (Atom feed)")

    def _set_survivors_aside(self):
        if self.one_build and not self.survivors_aside:
            set_survivors_aside()
            self.survivors_aside = True

    def _stop_writer(self):
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def on_serve(self, server, *, config, builder):
        for folder, often in ((self.events_dir, True), (self.templates_dir, True), (self.articles_dir, False)):
            if folder is not None and folder.is_dir():
                with _polled_every(server, _QUICK_POLL_SECONDS if often else None):
                    server.watch(str(folder))
        return server


# The names MkDocs looks for in the folder it runs in, in its order.
CONFIG_FILE_NAMES = ("mkdocs.yml", "mkdocs.yaml")
# Material's offline plugin, by either of the names it is installed under.
OFFLINE_PLUGINS = ("offline", "material/offline")


@dataclass(frozen=True)
class SiteSettings:
    """What the exports a site publishes depend on: the plugin's options and two of the site's own."""

    plugin: TimelineConfig
    site_url: str | None
    use_directory_urls: bool

    def options(self) -> SiteOptions:
        """The layout the site gives its events (one page, or one per year), for the exports' links."""
        return SiteOptions(per_year_over=self.plugin.per_year_over, per_month_over=self.plugin.per_month_over,
                           min_confidence=self.plugin.review_confidence,
                           use_directory_urls=self.use_directory_urls)


def site_settings(folder: Path) -> SiteSettings | None:
    """The plugin's options as the mkdocs.yml in `folder` sets them, with the plugin's own defaults and
    checks (so `.plugin.title` is the title the site gives its exports), and the site's `site_url` and
    `use_directory_urls` (off when Material's offline plugin is enabled); None without a mkdocs.yml there.

    Read without MkDocs (which would load the theme and every plugin and extension): the YAML is read
    safely, `!ENV` as MkDocs reads it, and any other tag (`!!python/name:...`, `!relative`) ignored;
    a file that INHERITs another is merged onto it as MkDocs merges them. TimelineError names the file (and line) when it cannot be read or sets an option wrongly.
    """
    path = _config_path(folder)
    if path is None:
        return None
    data = _config_data(path)
    shown = display_path(path)
    entries = _plugin_entries(data)
    config, failed = _plugin_config(path, entries)
    if failed:
        raise TimelineError(str(failed[0]))
    site_url, directory_urls = data.get("site_url"), data.get("use_directory_urls", True)
    if site_url is not None and not isinstance(site_url, str):
        raise TimelineError(f"{shown}: site_url must be an address such as https://example.org/timeline/")
    if not isinstance(directory_urls, bool):
        raise TimelineError(f"{shown}: use_directory_urls must be true or false")
    # Material's offline plugin, when enabled (`make offline`: TIMELINE_OFFLINE=true), turns directory
    # URLs off for the build: the exports of that copy link events so, and the command's must too.
    offline = next((value for name, value in entries if name in OFFLINE_PLUGINS), False)
    if offline is None or (isinstance(offline, dict) and offline.get("enabled", True) is True):
        directory_urls = False
    return SiteSettings(config, site_url or None, directory_urls)


def option_problems(folder: Path) -> list[Problem]:
    """A problem per option of the timeline plugin that the mkdocs.yml in `folder` sets wrongly (a
    `date_order` of neither day-first nor month-first), at the line that sets it, for `timeline
    check`; none without a mkdocs.yml there, or with one that is not YAML (MkDocs says so)."""
    path = _config_path(folder)
    if path is None:
        return []
    try:
        data = _config_data(path)
    except TimelineError:
        return []
    return _plugin_config(path, _plugin_entries(data))[1]


def _config_path(folder: Path) -> Path | None:
    return next((folder / name for name in CONFIG_FILE_NAMES if (folder / name).is_file()), None)


def _plugin_entries(data: dict) -> list[tuple[object, object]]:
    """(name, options) of each plugin mkdocs.yml's `plugins:` lists (as a list or as a mapping)."""
    plugins = data.get("plugins")
    return list(plugins.items()) if isinstance(plugins, dict) else [
        next(iter(p.items())) if isinstance(p, dict) and len(p) == 1 else (p, None) for p in plugins or []
        if isinstance(p, (str, dict))
    ]


def _plugin_config(path: Path, entries: list[tuple[object, object]]) -> tuple[TimelineConfig, list[Problem]]:
    """The timeline plugin's options as `entries` set them, with the plugin's defaults, and a problem
    per option set wrongly, at its line of `path` where one line alone sets it."""
    options = next((value for name, value in entries if name == "timeline"), None)
    config = TimelineConfig(config_file_path=str(path))
    config.load_dict(options if isinstance(options, dict) else {})
    failed, _warnings = config.validate()
    shown = display_path(path)
    return config, [Problem(shown, _option_line(path, key) or 0, f"the timeline plugin's option '{key}': {error}")
                    for key, error in failed]


def _option_line(path: Path, key: str) -> int | None:
    """The line of mkdocs.yml that sets the plugin option `key` under `- timeline:`, when one line
    alone there sets it (the options are read without YAML's marks; none when the option comes from
    an INHERITed file, or the name is set twice)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeError):
        return None
    setting = re.compile(rf"^(\s+){re.escape(key)}\s*:")
    found, block = [], None  # block: the indentation of the `- timeline:` line while inside its options
    for number, text in enumerate(lines, 1):
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        indent = len(text) - len(text.lstrip(" -"))
        if re.match(r"^\s*-?\s*timeline\s*:", text):
            block = indent
        elif block is not None and indent <= block:
            block = None
        elif block is not None and setting.match(text):
            found.append(number)
    return found[0] if len(found) == 1 else None


def _config_data(path: Path, inheriting: tuple[Path, ...] = ()) -> dict:
    """mkdocs.yml's keys, with those of the file its INHERIT names underneath, as MkDocs merges them:
    mappings key by key, the child's value winning, anything else replaced whole."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TimelineError(f"{shown}: cannot read it: {getattr(error, 'strerror', None) or error}") from None
    try:
        data = yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as error:
        line, message = explain_yaml_error(error, text)
        raise TimelineError(f"{shown}:{line}: {message}" if line else f"{shown}: {message}") from None
    except yaml.YAMLError as error:
        raise TimelineError(f"{shown}: {error}") from None
    if not isinstance(data, dict) or "INHERIT" not in data:
        return data if isinstance(data, dict) else {}
    parent_name = data.pop("INHERIT")
    parent = path.parent / str(parent_name)
    if not parent.is_file():
        raise TimelineError(f"{shown}: INHERIT names {parent_name}, which is not a file beside it ({display_path(parent)})")
    if parent.resolve() in inheriting:
        raise TimelineError(f"{shown}: INHERIT goes round in a circle through {parent_name}: name a file that inherits nothing")
    return _merged(_config_data(parent, (*inheriting, path.resolve())), data)


def _merged(parent: dict, child: dict) -> dict:
    merged = dict(parent)
    for key, value in child.items():
        below = merged.get(key)
        merged[key] = _merged(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


class _ConfigLoader(yaml.SafeLoader):
    """PyYAML's safe loader that reads `!ENV` as MkDocs does and any other tag as if it were not there."""


def _untagged(loader, _suffix, node):
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_scalar(node)


_ConfigLoader.add_constructor("!ENV", yaml_env_tag.construct_env_tag)
_ConfigLoader.add_multi_constructor("", _untagged)


def plugin_error(error: TimelineError | Bug) -> Exception:
    """What `mkdocs build` prints for a user's mistake, or for a bug of ours: one message, no traceback
    (for a bug, the original error when TIMELINE_DEBUG is set, whose traceback MkDocs prints)."""
    if isinstance(error, Bug):
        if debugging():
            return error.error  # raised again, it keeps its own traceback
        return PluginError(f"timeline: {error.report(f'To see the traceback, run the build again with {DEBUG_VARIABLE}=1.')}")
    return PluginError(f"timeline: {error.heading}:\n{error}")


# From this many events a forked child writes the files: at 1,000 it cut the plugin's overhead from
# +30-49% to +21-26% over plain MkDocs (bench/bench_site.py, same runs). Below, writing them takes a
# fraction of a second, not worth a second process; the files are the same either way.
_BACKGROUND_FROM_EVENTS = 1000

# MkDocs polls what it watches every 0.5 s: on average a quarter of a second between a save and the
# rebuild. The event files and templates are few and small, so they are looked at five times as
# often; the articles, which may be thousands, keep MkDocs' pace.
_QUICK_POLL_SECONDS = 0.1


@contextlib.contextmanager
def _polled_every(server, seconds: float | None):
    """Watches made inside get this polling interval (watchdog's observer passes its own to each)."""
    observer = getattr(server, "observer", None)
    usual = getattr(observer, "_timeout", None)
    if seconds is None or not isinstance(usual, (int, float)):
        yield
        return
    observer._timeout = seconds
    try:
        yield
    finally:
        observer._timeout = usual
