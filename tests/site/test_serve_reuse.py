"""Under `mkdocs serve` the plugin reuses work between rebuilds; the site must be what a fresh build makes.

Each test builds in-process the way `mkdocs serve` does (on_startup('serve') once, then a newly
loaded config for every rebuild), edits files, and compares every page with a fresh `mkdocs build`
of the same files in another process-like state (a plugin that never saw the earlier builds).
"""

from __future__ import annotations

import json
import os
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
    """Rebuilds as `mkdocs serve [--dirty]` does: one plugin instance, kept, told it serves."""

    def __init__(self, root, site_dir, dirty=False):
        self.root, self.site_dir, self.dirty = root, site_dir, dirty
        config = _config(root, site_dir)
        config.plugins.on_startup(command="serve", dirty=dirty)
        self.plugin = config.plugins["timeline"]
        self.search = config.plugins["material/search"]
        build(config, dirty=dirty)

    def rebuild(self):
        config = _config(self.root, self.site_dir)
        assert config.plugins["timeline"] is self.plugin, "MkDocs keeps a plugin that has on_startup"
        build(config, dirty=self.dirty)
        return self.plugin


@pytest.fixture
def serve():
    """Start a Server; afterwards the process's one plugin instance forgets it served."""
    started = []
    yield lambda root, dirty=False: started.append(Server(root, root / "served", dirty)) or started[-1]
    for server in started:
        for name in server.plugin.SERVE_KEPT:
            setattr(server.plugin, name, None)
        server.search.is_dirty, server.search.search_index_prev = False, None
        server.plugin.on_shutdown()


def _pages(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and p.name not in ("sitemap.xml.gz", "search_index.json")}


def _search_entries(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return sorted(json.dumps(entry, sort_keys=True) for entry in index["docs"])


def _fresh_build(root, tmp_path, name):
    copy = tmp_path / name
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("site", "served"))
    config = _config(copy, copy / "site")
    plugin = config.plugins["timeline"]
    # MkDocs keeps one instance per process: build as `mkdocs build` would, without the server's memos.
    search = config.plugins["material/search"]
    kept = {name: getattr(plugin, name) for name in plugin.SERVE_KEPT}, search.is_dirty
    for name in plugin.SERVE_KEPT:
        setattr(plugin, name, None)
    search.is_dirty = False
    try:
        build(config)
    finally:
        for name, value in kept[0].items():
            setattr(plugin, name, value)
        search.is_dirty = kept[1]
    return _pages(copy / "site"), _search_entries(copy / "site")


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
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-1")[0]

    article = sorted((demo_site / "seeds").iterdir())[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nOn Jan. 11, 2019, more happened.\n",
                       encoding="utf-8")
    plugin = server.rebuild()
    assert plugin.dates_memo.misses == 1, "only the edited article is tagged again"
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-2")[0]


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
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh")[0]


def test_serve_dirty_makes_again_only_the_pages_an_edit_changed_and_search_finds_only_new_text(demo_site, tmp_path, serve):
    events = demo_site / "events" / "kim-beijing-2019.yaml"
    text = events.read_text(encoding="utf-8")
    shown = next(e for e in yaml.safe_load(text)["events"] if e.get("status") != "rejected")
    # A draft, which the review page lists (its article's date is inferred): the edit changes that page too.
    at = text.index(f"title: {shown['title']}\n")
    text = text[:at] + text[at:].replace("    status: reviewed\n", "    status: draft\n", 1)
    events.write_text(text, encoding="utf-8")
    server = serve(demo_site, dirty=True)
    served = demo_site / "served"
    for number in range(2):  # twice: the second rebuild starts from a dirty one
        before = {name: (served / name).stat().st_mtime_ns for name in _pages(served)}
        title = f"Edited {number} {shown['title']}"
        events.write_text(text.replace(f"title: {shown['title']}\n", f"title: {title}\n", 1), encoding="utf-8")
        server.rebuild()
        remade = {name for name in _pages(served) if name.endswith(".html")
                  and (served / name).stat().st_mtime_ns != before.get(name)}
        assert "timeline/index.html" in remade and "review/index.html" in remade
        assert len(remade) < len([n for n in before if n.endswith(".html")]) / 2, remade
        generated = {name for name in server.plugin.generated if not name.endswith(".md")}
        rewritten = {name for name in generated if (served / name).stat().st_mtime_ns != before.get(name)}
        # the exports hold the title; the stylesheets do not, and are left as they were (the one
        # deleted from the site folder before the second save is written again)
        assert "exports/events.json" in rewritten and "exports/wikitext.txt" in rewritten, rewritten
        assert ("assets/timeline.css" in rewritten) == (number == 1) and "feed.css" not in rewritten, rewritten
        pages, entries = _fresh_build(demo_site, tmp_path, f"fresh-{number}")
        assert _pages(served) == pages
        if number == 0:
            (served / "assets" / "timeline.css").unlink()
        assert _search_entries(served) == entries, "search finds the new title only, each section once"
        assert shown["title"] in title and all(f"Edited {n} " not in json.dumps(entries) for n in range(number))


def test_an_article_saved_within_its_last_time_given_a_side_file_or_deleted_shows_at_once(demo_site, tmp_path, serve):
    """An article's reading is kept between rebuilds while its bytes (and its side file's) are the same:
    an edit of the same size saved with the same mtime to the nanosecond, as an editor within the
    clock's resolution saves, is seen, and so are a side file added and the article removed."""
    server = serve(demo_site)
    first, second = sorted((demo_site / "seeds").iterdir())
    before = first.stat()
    text = first.read_text(encoding="utf-8")
    assert "Leaves Beijing" in text and "Jan. 7, 2019" in text
    first.write_text(text.replace("Leaves Beijing", "Departs Peking").replace("Jan. 7, 2019", "Jan. 8, 2019"),
                     encoding="utf-8")
    os.utime(first, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (first.stat().st_size, first.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    plugin = server.rebuild()
    assert plugin.readings_memo.misses == 1 and plugin.readings_memo.hits == 1, "only the saved article is read again"
    page = (demo_site / "served" / "sources" / first.stem.replace("_", "-") / "index.html").read_text(encoding="utf-8")
    assert "Departs Peking" in page and "Jan. 8, 2019" in page and "Leaves Beijing" not in page
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-same-time")[0]

    first.with_name(first.stem + ".meta.yaml").write_text("title: A <b>title</b> of its own\n", encoding="utf-8")
    plugin = server.rebuild()
    assert plugin.readings_memo.misses == 1, "the article whose side file changed is read again"
    assert "A title of its own" in (demo_site / "served" / "sources" / first.stem.replace("_", "-") / "index.html").read_text(encoding="utf-8")
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-side-file")[0]

    second.unlink()
    plugin = server.rebuild()
    assert plugin.readings_memo.misses == 0
    assert _pages(demo_site / "served") == _fresh_build(demo_site, tmp_path, "fresh-deleted")[0]
