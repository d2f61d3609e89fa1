"""`mkdocs build` of a large site has a forked child write the plugin's files: the same bytes, or
the same error, as when the plugin writes them itself."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from timeline.site import background

pytestmark = pytest.mark.skipif(not background.usable(), reason="needs fork (POSIX)")

EVENTS = [
    {"date": f"2019-01-{day:02d}", "title": f"Event <{day}> & more", "tags": ["visit", f"t{day % 3}"],
     "summary": "A *summary* [link](javascript:alert(1))",
     "sources": [{"file": "seeds/a.txt", "quote": "Kim arrived on Tuesday."}]}
    for day in range(1, 29)
] + [{"date": "2018", "title": "A year before", "tags": ["history"]}]
ARTICLES = {"a.txt": "Kim arrived on Tuesday.\n\nHe left on Jan. 10, 2019.\n", "b.txt": "Nothing dated here.\n"}


def build_as_the_cli_does(site, *, in_background: bool, monkeypatch, other_threads: bool = False) -> dict[str, bytes]:
    """`mkdocs build`: on_startup('build') then build; every byte of the output site, by path.

    Earlier tests may leave threads in this process (servers, watchers), which would keep the plugin
    from forking: unless other_threads, the plugin is told it runs alone, as `mkdocs build` does.
    """
    monkeypatch.setattr("timeline.plugin._BACKGROUND_FROM_EVENTS", 0 if in_background else 10**9)
    if not other_threads:
        monkeypatch.setattr("timeline.site.background.threading.active_count", lambda: 1)
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    return {p.relative_to(site.out).as_posix(): p.read_bytes() for p in sorted(site.out.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def private_temp_folder(tmp_path, monkeypatch):
    """The child's folder goes in a folder of this test's own: other test runs on the machine make
    and remove timeline-site-* folders in the shared one at any moment."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def leftover_folders() -> set[str]:
    return {p for p in os.listdir(tempfile.gettempdir()) if p.startswith("timeline-site-")}


def test_the_child_writes_the_same_site_byte_for_byte(make_site, monkeypatch):
    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0})
    before = leftover_folders()
    forked = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(1) or real_fork())
    in_background = build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch)
    assert forked, "the plugin did not write in the background"
    itself = build_as_the_cli_does(site, in_background=False, monkeypatch=monkeypatch)
    assert len(forked) == 1
    assert in_background.keys() == itself.keys() and in_background == itself
    assert any(p.startswith("years/") or p.startswith("timeline/2019/") for p in itself)
    assert leftover_folders() == before, "the child's folder was left behind"


def test_when_the_child_fails_the_plugin_writes_the_files_itself(make_site, monkeypatch):
    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0})
    itself = build_as_the_cli_does(site, in_background=False, monkeypatch=monkeypatch)
    monkeypatch.setattr(background.Background, "_write_all", lambda self, order, progress: 1)  # writes nothing
    assert build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch) == itself


def test_a_broken_template_met_in_the_background_is_one_message(make_site, monkeypatch, caplog):
    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0},
                     templates={"tag.md.jinja": "# {{ tag }}\n\n{{ events[0].no_such_field.x }}\n"})
    before = leftover_folders()
    with pytest.raises(Abort):
        build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch)
    assert "overrides/tag.md.jinja:3: " in caplog.text and "fix the template, or delete it" in caplog.text
    assert "Traceback" not in caplog.text
    assert leftover_folders() == before


def test_reading_order_is_pages_sorted_then_the_other_files():
    assert background.reading_order(["z.md", "exports/a.json", "a/b.md", "feed.xml", "review.md"]) == [
        "a/b.md", "review.md", "z.md", "exports/a.json", "feed.xml"]


def test_the_option_write_in_background_false_keeps_it_all_in_one_process(make_site, monkeypatch):
    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0, "write_in_background": False})
    forked = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(1) or real_fork())
    build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch)
    assert not forked


def test_a_one_off_build_sets_its_survivors_aside_from_the_collector_and_brings_them_back(make_site, monkeypatch):
    import gc

    site = make_site(EVENTS, articles=ARTICLES)
    seen = []
    monkeypatch.setattr("timeline.plugin.TimelinePlugin.on_page_content",
                        lambda self, html, page, config, files: seen.append(gc.get_freeze_count()) or html)
    for in_background in (True, False):
        seen.clear()
        build_as_the_cli_does(site, in_background=in_background, monkeypatch=monkeypatch)
        assert seen and min(seen) > 0, "the plugin's objects were left to every full collection"
        assert gc.get_freeze_count() == 0, "on_shutdown did not bring them back"


def test_served_builds_freeze_nothing(make_site):
    import gc

    site = make_site(EVENTS, articles=ARTICLES)
    config = load_config(str(site.root / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config)
        assert gc.get_freeze_count() == 0
    finally:
        config.plugins.on_shutdown()


def test_no_fork_beside_another_thread(make_site, monkeypatch):
    import threading

    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0})
    forked = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forked.append(1) or real_fork())
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)  # e.g. another plugin's pool, started before on_files
    other.start()
    try:
        alone = build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch, other_threads=True)
    finally:
        stop.set()
        other.join()
    assert not forked
    assert alone == build_as_the_cli_does(site, in_background=False, monkeypatch=monkeypatch)


def test_an_export_that_fails_unexpectedly_in_the_background_is_one_message(make_site, monkeypatch, caplog):
    def fail(*args, **kwargs):
        raise KeyError("no such field")

    monkeypatch.delenv("TIMELINE_DEBUG", raising=False)
    monkeypatch.setattr("timeline.export.csvfile.write", fail)
    site = make_site(EVENTS, articles=ARTICLES, plugin={"per_year_over": 0})
    before = leftover_folders()
    with pytest.raises(Abort):
        build_as_the_cli_does(site, in_background=True, monkeypatch=monkeypatch)
    assert "unexpected error while writing the CSV export of the site (docs/exports/events.csv)" in caplog.text
    assert "Traceback" not in caplog.text
    assert leftover_folders() == before
