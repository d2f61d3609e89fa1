"""The MkDocs plugin: event handlers only; loading and rendering are plain functions elsewhere."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from timeline.errors import TimelineError
from timeline.loader import load_events
from timeline.render import render_pages
from timeline.text import neutralise_links

log = logging.getLogger("mkdocs.plugins.timeline")


class TimelineConfig(base.Config):
    events = c.Type(str, default="events")
    """Folder of event files (*.yaml), relative to mkdocs.yml."""
    articles = c.Type(str, default="seeds")
    """Folder of the source articles, relative to mkdocs.yml; watched by `mkdocs serve`."""
    templates = c.Optional(c.Type(str))
    """Folder of the site's own templates; each file there replaces the default of the same name."""
    title = c.Type(str, default="Timeline")
    """Heading of the timeline page."""


class TimelinePlugin(BasePlugin[TimelineConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.events_dir = root / self.config.events
        self.articles_dir = root / self.config.articles
        self.templates_dir = root / self.config.templates if self.config.templates else None
        if self.templates_dir is not None and not self.templates_dir.is_dir():
            raise PluginError(f"timeline: the templates folder {self.config.templates!r} does not exist")
        self.generated: set[str] = set()
        return config

    def on_files(self, files: Files, *, config) -> Files:
        try:
            events = load_events([self.events_dir]) if self.events_dir.is_dir() else []
            pages = render_pages(events, self.templates_dir, title=self.config.title)
        except TimelineError as error:
            raise PluginError(f"timeline: problems in the event files:\n{error}") from None
        self.generated = set(pages)
        for uri, markdown in sorted(pages.items()):
            if files.get_file_from_path(uri) is not None:
                raise PluginError(f"timeline: docs/{uri} exists, but the plugin generates that page; rename or remove it")
            files.append(File.generated(config, uri, content=markdown))
        log.info("timeline: %d events", len(events))
        return files

    def on_page_content(self, html: str, *, page, config, files) -> str:
        if page.file.src_uri in self.generated:
            return neutralise_links(html)
        return html

    def on_serve(self, server, *, config, builder):
        for folder in (self.events_dir, self.articles_dir, self.templates_dir):
            if folder is not None and folder.is_dir():
                server.watch(str(folder))
        return server
