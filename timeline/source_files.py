"""Whether each source's `file` is an article the project holds, for `timeline check`.

A misspelt or renamed article left its events citing nothing: `check` said "all good", the site
said so only on the source's own page, and `timeline extract` took the article for a new one and
added its events again beside the person's (with "-2" ids).
"""

from __future__ import annotations

import difflib
from pathlib import Path

from timeline.articles import ARTICLE_SUFFIXES
from timeline.errors import Problem, display_path
from timeline.spans import sources_shown
from timeline.yamlfile import LineDict


def missing_articles(files: dict[Path, Path]) -> list[Problem]:
    """A problem per source whose `file` is not in its folder, in the event files given (each with
    the folder of the project its sources' paths start from). A folder that is not there at all
    (articles kept out of the repository, say) is no problem: the site shows such sources by their
    quotes."""
    problems: list[Problem] = []
    for path, project in files.items():
        for source, _ in sources_shown(path):
            name = source.get("file") if isinstance(source, LineDict) else None
            if not isinstance(name, str) or not name.strip():
                continue
            article = project / name
            if article.exists() or not article.parent.is_dir():
                continue
            problems.append(Problem(display_path(path), source.key_lines["file"], _missing(name, article.parent)))
    return problems


def _missing(name: str, folder: Path) -> str:
    """What is wrong, and the article of that folder whose name is closest, if one is close."""
    shown = Path(name).parent.as_posix()
    others = sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    close = difflib.get_close_matches(Path(name).name, others, n=1)
    guess = f" (did you mean {(Path(name).parent / close[0]).as_posix()}?)" if close else ""
    return (f"the source's file {name} is not in {shown}/: write the article's name as it is{guess}, or put the "
            f"article back, or delete this source; `timeline extract` would take the article for a new one and "
            f"add its events again")
