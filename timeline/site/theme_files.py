"""Under `mkdocs serve`: the theme's files, listed once and again only when a theme folder changed.

Every build, MkDocs lists every file of the theme's folders to copy its static ones to the site
(`Files.add_files_from_theme`); Material's folder holds 14,500 files (its icons), each name tried
against a score of patterns: 10% of a save's time on a site of 1,000 events, for a list that does
not change while the server runs. `ThemeFiles` keeps what MkDocs' own function found (each file's
path and folder), with every folder of the theme and the time it was last changed (a file added,
removed or renamed in a folder changes its time); a build whose theme folders, static templates and
Markdown extensions are those, and whose folders' times are those, gets the same files without the
listing. Files of the docs folder still win over the theme's, as in MkDocs' own.

The plugin says at every build which ThemeFiles the listing uses (`use_theme_files`): none under `mkdocs build`,
which lists as MkDocs does. `use_kept_theme_files` puts the function in MkDocs' place, only when
MkDocs' own is there; it stands aside (calls MkDocs' own) whenever no ThemeFiles is in use.
"""

from __future__ import annotations

import os
import time

try:  # the plugin runs only where MkDocs is installed
    from mkdocs import utils as _mkdocs_utils
    from mkdocs.structure.files import File, Files
except ImportError:  # pragma: no cover
    Files = None

_MKDOCS_OWN = None  # Files.add_files_from_theme as MkDocs defines it, once replaced
_IN_USE: ThemeFiles | None = None
# A folder changed this recently may change again within the same tick of its clock, unseen: its
# listing is not kept (as Git does not trust an index entry as new as the index).
_SETTLED_SECONDS = 2.0


class ThemeFiles:
    """The theme's files MkDocs' listing found in the last build, and what it depends on."""

    def __init__(self) -> None:
        self._kept: tuple[tuple, tuple, list[tuple[str, str]]] | None = None  # (settings, folders' times, files)
        self.listed = 0  # how many builds listed the folders (for the tests)

    def add(self, files, env, config) -> None:
        """What Files.add_files_from_theme(env, config) does to `files`, the listing kept when it can be."""
        settings = (tuple(config.theme.dirs), tuple(config.theme.static_templates),
                    tuple(_mkdocs_utils.markdown_extensions))
        found = None
        if self._kept is not None and self._kept[0] == settings and _unchanged(self._kept[1]):
            found = self._kept[2]
        if found is None:
            times = _folder_times(settings[0])  # before the listing: a change meanwhile shows next time
            listed = Files([])
            _MKDOCS_OWN(listed, env, config)
            found = [(file.src_uri, file.src_dir) for file in listed]
            self.listed += 1
            settled = time.time() - _SETTLED_SECONDS
            self._kept = (settings, times, found) if all(t / 1e9 < settled for _, t in times) else None
        for path, folder in found:
            if files.get_file_from_path(path) is None:  # a docs file of the same path wins, as in MkDocs' own
                files.append(File(path, folder, config.site_dir, config.use_directory_urls))


def _folder_times(roots: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    """Every folder of the theme (as Jinja's loader walks them: symbolic links not followed), with its time."""
    times = []
    for root in roots:
        for folder, _, _ in os.walk(root):
            try:
                times.append((folder, os.stat(folder).st_mtime_ns))
            except OSError:
                times.append((folder, -1))
    return tuple(times)


def _unchanged(times: tuple[tuple[str, int], ...]) -> bool:
    for folder, before in times:
        try:
            if os.stat(folder).st_mtime_ns != before:
                return False
        except OSError:
            return False
    return True


def use_theme_files(theme_files: ThemeFiles | None) -> None:
    """The ThemeFiles the next builds list with; None: MkDocs' own listing."""
    global _IN_USE
    _IN_USE = theme_files


def use_kept_theme_files() -> bool:
    """Put ThemeFiles' listing in MkDocs' place; True when it is (now or already)."""
    global _MKDOCS_OWN
    if Files is None:
        return False
    current = Files.__dict__.get("add_files_from_theme")
    if current is _add_files_from_theme:
        return True
    if getattr(current, "__module__", "") != "mkdocs.structure.files":
        return False
    _MKDOCS_OWN = current
    Files.add_files_from_theme = _add_files_from_theme
    return True


def _add_files_from_theme(self, env, config) -> None:
    if _IN_USE is None:
        _MKDOCS_OWN(self, env, config)
    else:
        _IN_USE.add(self, env, config)
