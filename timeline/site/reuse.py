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
from timeline.memo import Memo


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
        digest = hashlib.sha256()
        for file in files:
            digest.update(f"{file.src_uri}\0{file.dest_uri}\0{file.url}\0".encode("utf-8", "surrogatepass"))
        digest.update(repr((config["markdown_extensions"], config["mdx_configs"], config["use_directory_urls"]))
                      .encode("utf-8", "surrogatepass"))
        self.site_key = digest.hexdigest()

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
