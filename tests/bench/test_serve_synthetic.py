"""`mkdocs serve --dirty` on a site as bench_serve.py makes it (year and month pages, a long review
page): after each save the site is, file by file, what a fresh `mkdocs build` of the same files makes.

Builds in one process the way `mkdocs serve` does (one plugin instance told it serves, a config loaded
anew for every rebuild), saves event files as bench_serve.py saves them, and compares every file.
"""

from __future__ import annotations

import os
import re
import shutil

import yaml
from markdown.inlinepatterns import LinkInlineProcessor
from mkdocs.commands.build import build
from mkdocs.config import load_config

import bench_site
import synth
from timeline.render import default_templates_dir
from timeline.site.brackets import bracket_ends


def _config(site, site_dir):
    config = load_config(str(site / "mkdocs.yml"))
    config.site_dir = str(site_dir)
    return config


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name not in ("sitemap.xml.gz", "search_index.json")}


def _fresh(site, into):
    copy = into / "copy"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("served"))
    config = _config(copy, into / "site")
    plugin, search = config.plugins["timeline"], config.plugins["material/search"]
    kept = {name: getattr(plugin, name) for name in plugin.SERVE_KEPT}, search.is_dirty
    for name in plugin.SERVE_KEPT:
        setattr(plugin, name, None)
    search.is_dirty = False
    try:
        build(config)  # as `mkdocs build` would: the plugin without the server's memos
    finally:
        for name, value in kept[0].items():
            setattr(plugin, name, value)
        search.is_dirty = kept[1]
    return _files(into / "site")


def test_each_save_under_serve_dirty_leaves_the_site_a_fresh_build_makes(tmp_path):
    site = bench_site.write_site(tmp_path / "bench", 120).parent
    text = (site / "mkdocs.yml").read_text(encoding="utf-8")
    (site / "mkdocs.yml").write_text(text.replace("title: Kim Jong Un in Beijing", "title: Kim Jong Un in Beijing\n"
                                                  "      per_year_over: 10\n      per_month_over: 20"), encoding="utf-8")
    served = site / "served"
    config = _config(site, served)
    config.plugins.on_startup(command="serve", dirty=True)
    plugin, search = config.plugins["timeline"], config.plugins["material/search"]
    try:
        assert LinkInlineProcessor.__dict__["_findBracketEnds"].__func__ is bracket_ends
        build(config, dirty=True)
        files = sorted((site / "events").glob("*.yaml"))
        for number in range(2):  # the second save starts from a site the first made dirty
            review = (served / "review" / "index.html").read_text(encoding="utf-8")
            # an event the review page lists, so that the save changes that long page of links too
            path, event = next((path, event) for path in files[number::2]
                               for event in yaml.safe_load(path.read_text(encoding="utf-8"))["events"]
                               if re.fullmatch(r"[A-Za-z0-9 ,]+", event["title"]) and f">{event['title']}</a>" in review)
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
            next(e for e in document["events"] if e["title"] == event["title"])["title"] = f"Saved {number} [with brackets] and a <b>tag</b>"
            path.write_text(synth.dump_event_file(document, int(path.stem.split("-")[-1])), encoding="utf-8")
            before = {name: (served / name).stat().st_mtime_ns for name in _files(served)}
            build(_config(site, served), dirty=True)
            remade = [name for name in _files(served) if name.endswith(".html") and (served / name).stat().st_mtime_ns != before[name]]
            assert any(name.startswith("timeline/") for name in remade) and "review/index.html" in remade
            assert len(remade) < len(before) / 3, "only the pages the save changed were made again"
            fresh = _fresh(site, tmp_path / f"fresh-{number}")
            served_files = _files(served)
            assert served_files.keys() == fresh.keys()
            assert [name for name in fresh if served_files[name] != fresh[name]] == []
            assert f"Saved {number} [with brackets] and a &lt;b&gt;tag&lt;/b&gt;".encode() in served_files["review/index.html"]
    finally:
        for name in plugin.SERVE_KEPT:
            setattr(plugin, name, None)
        search.is_dirty, search.search_index_prev = False, None
        plugin.on_shutdown()


def _edit_event(site, number):
    """Rewrite one event's title, as an editor's save does."""
    path = sorted((site / "events").glob("*.yaml"))[number]
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    document["events"][0]["title"] = f"Edited {number} <i>again</i>"
    path.write_text(synth.dump_event_file(document, int(path.stem.split("-")[-1])), encoding="utf-8")


def _edit_in_place(path):
    """Change one digit of an article, keeping its size and its mtime to the nanosecond: an editor
    saving twice within the file system's clock resolution."""
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    digit = re.search(r"[0-8]", text)
    assert digit, path
    path.write_text(text[:digit.start()] + str(int(digit.group()) + 1) + text[digit.end():], encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)


def test_each_kind_of_save_leaves_the_generated_pages_a_fresh_build_makes(tmp_path):
    """Under serve, a generated page whose inputs did not change keeps its last Markdown (page_keys),
    an export its text, an event its part of each export, an article's reading its bytes (readings_memo), and the theme's files their listing: after a save of an event, an article, a site's
    own template (edited, then added), or the plugin's options, an article changed with its size and
    mtime kept or deleted, every file is a fresh build's."""
    site = bench_site.write_site(tmp_path / "bench", 120).parent
    text = (site / "mkdocs.yml").read_text(encoding="utf-8")
    (site / "mkdocs.yml").write_text(text.replace("title: Kim Jong Un in Beijing", "title: Kim Jong Un in Beijing\n"
                                                  "      templates: overrides\n      per_year_over: 10\n"
                                                  "      per_month_over: 20"), encoding="utf-8")
    shipped = default_templates_dir()
    (site / "overrides").mkdir()
    shutil.copy(shipped / "tag.md.jinja", site / "overrides" / "tag.md.jinja")
    served = site / "served"
    config = _config(site, served)
    config.plugins.on_startup(command="serve", dirty=True)
    plugin, search = config.plugins["timeline"], config.plugins["material/search"]
    article = sorted((site / "seeds").iterdir())[3]
    tag_template = site / "overrides" / "tag.md.jinja"
    saves = {
        "an event": lambda: _edit_event(site, 1),
        "an article": lambda: article.write_text(article.read_text(encoding="utf-8") + "\nOn Jan. 11, 2019, more happened.\n",
                                                 encoding="utf-8"),
        "an article saved within its last time": lambda: _edit_in_place(sorted((site / "seeds").iterdir())[4]),
        "an article deleted": lambda: sorted((site / "seeds").iterdir())[5].unlink(),
        "another event": lambda: _edit_event(site, 2),
        "the site's own template": lambda: tag_template.write_text(
            tag_template.read_text(encoding="utf-8") + "\nEdited template for {{ tag }}.\n", encoding="utf-8"),
        "a template added": lambda: (site / "overrides" / "source.md.jinja").write_text(
            (shipped / "source.md.jinja").read_text(encoding="utf-8") + "\nAn added template.\n", encoding="utf-8"),
        "the plugin's options": lambda: (site / "mkdocs.yml").write_text((site / "mkdocs.yml").read_text(encoding="utf-8")
                                                                        .replace("per_month_over: 20", "per_month_over: 15\n      review_confidence: 0.8"),
                                                                        encoding="utf-8"),
        "nothing the pages show": lambda: None,
    }
    try:
        build(config, dirty=True)
        for number, (what, save) in enumerate(saves.items()):
            save()
            build(_config(site, served), dirty=True)
            reused, made = plugin.page_keys.memo.hits, plugin.page_keys.memo.misses
            fresh = _fresh(site, tmp_path / f"fresh-{number}")
            served_files = _files(served)
            assert served_files.keys() == fresh.keys(), what
            assert [name for name in fresh if served_files[name] != fresh[name]] == [], what
            if what == "an article saved within its last time":
                assert plugin.readings_memo.misses == 1, "the article read again though its size and mtime are the same"
            if what in ("an event", "another event"):
                assert reused > made > 0, f"{what}: most pages reused, the changed ones made again"
                pieces = plugin.page_keys.pieces
                assert plugin.page_keys.exports.misses > 0, f"{what}: the exports joined again"
                assert pieces.hits > 20 * pieces.misses > 0, f"{what}: only the saved events' parts written again"
            elif what == "nothing the pages show":
                assert made == 0 and reused > 100
                assert plugin.page_keys.pieces.misses == 0
                assert plugin.page_keys.exports.misses == 0 and plugin.page_keys.exports.hits > 5
            else:  # an article's text is in every page's key (any page may cite it): all made again
                assert made > 0, what
            if what == "the site's own template":
                assert plugin.page_keys.exports.misses == 0, "the exports use no template"
        assert b"Edited template for" in next(data for name, data in _files(served).items() if name.startswith("tags/")
                                              and name.endswith(".html") and name != "tags/index.html")
        assert b"An added template." in _files(served)[f"sources/{article.stem.replace('_', '-')}/index.html"]
        assert plugin.theme_files.listed == 1, "the theme's files listed by the first build only"
    finally:
        for name in plugin.SERVE_KEPT:
            setattr(plugin, name, None)
        search.is_dirty, search.search_index_prev = False, None
        plugin.on_shutdown()
