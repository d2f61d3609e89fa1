"""Under `mkdocs serve` the plugin reuses work between rebuilds; the site must be what a fresh build makes.

Each test builds in-process the way `mkdocs serve` does (on_startup('serve') once, then a newly
loaded config for every rebuild), edits files, and compares every page with a fresh `mkdocs build`
of the same files in another process-like state (a plugin that never saw the earlier builds).
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from mkdocs.commands.build import build
from mkdocs.config import load_config


def _config(root, site_dir):
    config = load_config(str(root / "mkdocs.yml"))
    config.site_dir = str(site_dir)
    return config


class Server:
    """Rebuilds as `mkdocs serve` does: one plugin instance, kept, told it serves."""

    def __init__(self, root, site_dir):
        self.root, self.site_dir = root, site_dir
        config = _config(root, site_dir)
        config.plugins.on_startup(command="serve", dirty=False)
        self.plugin = config.plugins["timeline"]
        build(config)

    def rebuild(self):
        config = _config(self.root, self.site_dir)
        assert config.plugins["timeline"] is self.plugin, "MkDocs keeps a plugin that has on_startup"
        build(config)
        return self.plugin


@pytest.fixture
def serve():
    """Start a Server; afterwards the process's one plugin instance forgets it served."""
    started = []
    yield lambda root: started.append(Server(root, root / "served")) or started[-1]
    for server in started:
        server.plugin.events_memo = server.plugin.dates_memo = server.plugin.page_html = None


def _pages(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.name != "sitemap.xml.gz"}


def _fresh_build(root, tmp_path, name):
    copy = tmp_path / name
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site", "served"))
    config = _config(copy, copy / "site")
    plugin = config.plugins["timeline"]
    # MkDocs keeps one instance per process: build as `mkdocs build` would, without the server's memos.
    kept = plugin.events_memo, plugin.dates_memo, plugin.page_html
    plugin.events_memo = plugin.dates_memo = plugin.page_html = None
    try:
        build(config)
    finally:
        plugin.events_memo, plugin.dates_memo, plugin.page_html = kept
    return _pages(copy / "site")


def test_a_rebuild_after_edits_is_the_site_a_fresh_build_makes(demo_site, tmp_path, serve):
    server = serve(demo_site)
    events = demo_site / "events" / "kim-beijing-2019.yaml"
    text = events.read_text(encoding="utf-8")
    shown = next(e for e in yaml.safe_load(text)["events"] if e.get("status") != "rejected")
    events.write_text(text.replace(f"title: {shown['title']}\n", f"title: Edited <b> {shown['title']}\n", 1),
                      encoding="utf-8")
    plugin = server.rebuild()
    assert "Edited &lt;b&gt;" in (demo_site / "served" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert plugin.page_html.memo.hits > 0, "unchanged pages were reused"
    assert plugin.page_html.memo.misses > 0, "the pages that show the edited title were made again"
    assert plugin.events_memo.misses == 1
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-1")

    article = sorted((demo_site / "seeds").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOn Jan. 11, 2019, more happened.\n",
                       encoding="utf-8")
    plugin = server.rebuild()
    assert plugin.dates_memo.misses == 1, "only the edited article is tagged again"
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-2")


def test_a_template_added_while_serving_replaces_the_default_at_once(demo_site, tmp_path, serve):
    (demo_site / "overrides").mkdir()
    config = (demo_site / "mkdocs.yml").read_text(encoding="utf-8")
    (demo_site / "mkdocs.yml").write_text(config.replace("articles: seeds", "articles: seeds\n      templates: overrides"),
                                          encoding="utf-8")
    server = serve(demo_site)
    (demo_site / "overrides" / "timeline.md.jinja").write_text("# Mine\n\n{{ events | length }} events\n",
                                                               encoding="utf-8")
    server.rebuild()
    assert "<h1 id=\"mine\">Mine" in (demo_site / "served" / "timeline" / "index.html").read_text(encoding="utf-8")
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh")
