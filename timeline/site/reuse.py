"""What one `mkdocs serve` rebuild takes from the one before: work whose inputs did not change.

A save under `mkdocs serve` rebuilds the whole site, yet most of it is what it was before the save:
the event files nobody touched, the dates of every article, the HTML of every page whose Markdown
is the same. The plugin keeps these from one rebuild to the next, each under a key made of
everything it depends on (the bytes of the file, the text of the page, the site's file list), so a
rebuild costs what the edit changed plus what MkDocs must do for every page anyway.

Only `mkdocs serve` keeps anything; `mkdocs build` starts from nothing, so a published site never
depends on what an earlier build left behind.
"""

from __future__ import annotations

import hashlib
import logging
import os

import jinja2

from timeline.memo import Memo


class TemplateCode(jinja2.BytecodeCache):
    """The theme's templates compiled, kept from one rebuild to the next.

    MkDocs makes the theme's Jinja environment anew for every build, so every save under `mkdocs
    serve` compiled Material's templates again: 0.4 s of a 2 s save on a site of 1,000 events. Jinja
    keeps each template's code with the checksum of its source and compiles again when the source
    differs (a template overridden or edited meanwhile), so what is kept never outlives its source.
    """

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        kept = self.code.get(bucket.key)
        if kept is not None:
            bucket.bytecode_from_string(kept)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


class SameEvents:
    """The last build's Event object again for an event that reads the same, though its file changed.

    The loader's memo gives the same objects for a file whose bytes did not change; a save of one
    event in a file of fifty made fifty new ones, and every page showing any of them (page_keys
    compares events by identity) was rendered again. An event whose repr (every field, `extra`
    included, each value with its type) is the one its id had in the last build is that same event.
    """

    def __init__(self) -> None:
        self._last: dict[str, object] = {}

    def same(self, events: list) -> list:
        last = self._last
        kept = []
        for event in events:
            before = last.get(event.id)
            if before is not None and before is not event and repr(before) == repr(event):
                event = before
            kept.append(event)
        self._last = {event.id: event for event in kept}
        return kept


class PageHtml:
    """The HTML MkDocs made of a page's Markdown, and what it learnt on the way, for the next rebuild.

    MkDocs converts every page's Markdown on every rebuild; for a timeline of 1,000 events that is
    most of the time a save costs. A page whose Markdown, and whose site (file list, Markdown
    extensions), are what they were converts to the same HTML, so its conversion is skipped: the
    page's `render` is replaced, for this page object only, by one that restores the saved result.
    """

    # What Page.render sets besides content (MkDocs 1.6): the table of contents, the title the
    # Markdown gives, the anchors the page has and the anchors it links to (for MkDocs' own checks).
    _RESULTS = ("content", "toc", "_title_from_render", "present_anchor_ids")

    def __init__(self) -> None:
        self.memo = Memo()
        self.site_key = ""

    def next_build(self, files, config) -> None:
        """Start a rebuild of a site with these files and this Markdown configuration."""
        self.memo.next_build()
        self.site_key = site_fingerprint(files, config)

    def reuse_for(self, page) -> None:
        """Make this page's next render come from the memo when its Markdown is unchanged."""
        convert = page.render
        memo, site_key = self.memo, self.site_key

        def render(config, files) -> None:
            def fresh():
                convert(config, files)
                links = getattr(page, "links_to_anchors", None)
                return (tuple(getattr(page, name) for name in self._RESULTS),
                        None if links is None else {f.src_uri: anchors for f, anchors in links.items()})

            results, links = memo.get((site_key, page.file.src_uri, page.markdown), fresh)
            for name, value in zip(self._RESULTS, results):
                setattr(page, name, value)
            if links is not None:
                found = ((files.get_file_from_path(uri), anchors) for uri, anchors in links.items())
                page.links_to_anchors = {file: anchors for file, anchors in found if file is not None}

        page.render = render


class ChangedPages:
    """Under `mkdocs serve --dirty`, which generated files a rebuild must make again: those that changed.

    MkDocs' --dirty skips a page whose File.is_modified() is false, and does not copy such a file,
    but says true for every generated file, so a save rebuilt all of them and wrote every stylesheet
    and export again. This remembers what each generated file held in the last build that finished,
    and calls a page modified when its Markdown differs, or when anything else a page's HTML depends
    on may have changed (mkdocs.yml, the site's list of files); any other file when its bytes differ
    or it is missing from the site folder.
    """

    def __init__(self) -> None:
        self._built: dict[str, str] = {}
        self._built_site = ""
        self._pending: tuple[str, dict[str, str]] | None = None
        self.rebuilt_urls: set[str] = set()

    def mark(self, files, generated: dict[str, str], config) -> None:
        """Tell MkDocs which of the generated files changed since the last finished build: a page is
        made again when its Markdown differs; any other file (a stylesheet, an export) is written
        again when its bytes differ or it is not in the site folder (MkDocs wrote each every save)."""
        site = site_fingerprint(files, config)
        before = self._built if site == self._built_site else {}
        for uri, content in generated.items():
            file = files.get_file_from_path(uri)
            if file is None:
                continue
            changed = before.get(uri) != content
            if not changed and not file.is_documentation_page():
                changed = not os.path.isfile(file.abs_dest_path)
            file.is_modified = lambda changed=changed: changed
        self._pending = (site, dict(generated))
        self.rebuilt_urls = set()

    def page_rebuilt(self, page) -> None:
        self.rebuilt_urls.add(page.url)

    def build_finished(self, config) -> None:
        """Remember this build's pages; drop the search entries of the rebuilt ones from the last index.

        Material's search keeps the previous index under --dirty and replaces the entries of one
        rebuilt page only (it expects one); the others would be found twice, once with their old
        text. Runs before the search plugin merges the two indexes.
        """
        if self._pending is not None:
            self._built_site, self._built = self._pending
            self._pending = None
        for plugin in config.plugins.values():
            previous = getattr(plugin, "search_index_prev", None)
            if previous is not None and isinstance(getattr(previous, "entries", None), list):
                previous.entries = [entry for entry in previous.entries
                                    if str(entry.get("location", "")).split("#", 1)[0] not in self.rebuilt_urls]

    def build_failed(self) -> None:
        """A build that stopped half-way left the site unknown: the next one makes every page."""
        self._built, self._built_site, self._pending = {}, "", None


def site_fingerprint(files, config) -> str:
    """What every page's HTML depends on besides its own Markdown: mkdocs.yml, the site's files, Markdown's settings."""
    digest = hashlib.sha256()
    if config.config_file_path:
        try:
            with open(config.config_file_path, "rb") as handle:
                digest.update(handle.read())
        except OSError:
            pass
    for file in files:
        digest.update(f"{file.src_uri}\0{file.dest_uri}\0{file.url}\0".encode("utf-8", "surrogatepass"))
    digest.update(repr((config["markdown_extensions"], config["mdx_configs"], config["use_directory_urls"]))
                  .encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class DirtyWarningFilter(logging.Filter):
    """Drops MkDocs' warning that a --dirty build may leave navigation and links inaccurate.

    It is said on every save, and under `strict: true` it stops each rebuild. With ChangedPages the
    generated pages are made again whenever anything they show changed, and MkDocs remakes each
    edited page of docs/; what stays stale is what mkdocs.yml sets, which the plugin says once.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and record.getMessage().startswith("A 'dirty' build is being performed"))
