"""Under `mkdocs serve` the theme's files are listed once, and again when a theme folder changed (ThemeFiles)."""

from __future__ import annotations

import os
import time

from mkdocs.config import load_config
from mkdocs.structure.files import File, Files

from timeline.site import theme_files
from timeline.site.theme_files import ThemeFiles, use_kept_theme_files


def _site(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    assets = tmp_path / "overrides" / "assets"
    assets.mkdir(parents=True)
    (assets / "own.js").write_text("// the site's own\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Test\ntheme:\n  name: material\n  custom_dir: overrides\n",
                                         encoding="utf-8")
    _settle(tmp_path / "overrides")
    return load_config(str(tmp_path / "mkdocs.yml"))


def _settle(folder):
    """An hour old, as a theme's folders are: a folder changed within the last seconds is listed every time."""
    old = time.time() - 3600
    for top, _, _ in os.walk(folder):
        os.utime(top, (old, old))


def _listing(files):
    return [(f.src_uri, f.src_dir) for f in files]


def _mkdocs_own(config, files=None):
    files = files if files is not None else Files([])
    theme_files._MKDOCS_OWN(files, config.theme.get_env(), config)
    return files


def _kept(kept, config, files=None):
    files = files if files is not None else Files([])
    kept.add(files, config.theme.get_env(), config)
    return files


def test_the_kept_listing_is_mkdocs_own_and_follows_a_theme_folder_that_changed(tmp_path):
    assert use_kept_theme_files()
    config = _site(tmp_path)
    kept = ThemeFiles()
    own = _listing(_mkdocs_own(config))
    assert ("assets/own.js", str(tmp_path / "overrides")) in own and len(own) > 20
    assert _listing(_kept(kept, config)) == own
    assert _listing(_kept(kept, config)) == own
    assert kept.listed == 1, "the second build listed nothing"

    (tmp_path / "overrides" / "assets" / "added.js").write_text("// added\n", encoding="utf-8")
    assert ("assets/added.js", str(tmp_path / "overrides")) in _listing(_kept(kept, config))
    assert kept.listed == 2
    assert _listing(_kept(kept, config)) == _listing(_mkdocs_own(config))
    assert kept.listed == 3, "a folder changed seconds ago: not trusted to have stayed the same"
    _settle(tmp_path / "overrides")
    with_added = _listing(_mkdocs_own(config))
    assert _listing(_kept(kept, config)) == with_added and _listing(_kept(kept, config)) == with_added
    assert kept.listed == 4
    (tmp_path / "overrides" / "assets" / "added.js").unlink()
    assert _listing(_kept(kept, config)) == own
    assert kept.listed == 5

def test_a_docs_file_wins_over_the_theme_file_of_its_path(tmp_path):
    config = _site(tmp_path)
    kept = ThemeFiles()
    for _ in range(2):
        docs = Files([File("assets/own.js", str(tmp_path / "docs"), config.site_dir, config.use_directory_urls)])
        mkdocs = Files([File("assets/own.js", str(tmp_path / "docs"), config.site_dir, config.use_directory_urls)])
        assert _listing(_kept(kept, config, docs)) == _listing(_mkdocs_own(config, mkdocs))
        assert docs.get_file_from_path("assets/own.js").src_dir == str(tmp_path / "docs")
    assert kept.listed == 1


def test_only_serve_keeps_the_listing():
    from timeline.plugin import TimelinePlugin

    plugin = TimelinePlugin()
    plugin.on_startup(command="serve", dirty=False)
    assert plugin.theme_files is not None
    plugin.on_startup(command="build", dirty=False)
    assert plugin.theme_files is None
    plugin.on_shutdown()
    assert theme_files._IN_USE is None
