"""Whether each source's `file` is an article the project holds, for `timeline check`.

A misspelt or renamed article left its events citing nothing: `check` said "all good", the site
said so only on the source's own page, and `timeline extract` took the article for a new one and
added its events again beside the person's (with "-2" ids).
"""

from __future__ import annotations

import difflib
import re
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
        cited: dict[str, bool] = {}  # each article the file's sources name: whether it is missing
        for source, _ in sources_shown(path):
            name = source.get("file") if isinstance(source, LineDict) else None
            if not isinstance(name, str) or not name.strip():
                continue
            article = project / name
            cited[name] = cited.get(name, False)
            if article.exists() or not article.parent.is_dir():
                continue
            cited[name] = True
            problems.append(Problem(display_path(path), source.key_lines["file"], _missing(name, article.parent)))
        if len(cited) > 1 and all(cited.values()):
            problems.append(Problem(display_path(path), 0, _none_left(list(cited))))
    return problems


def _none_left(names: list[str]) -> str:
    """Said once of a file none of whose articles is there: its articles replaced by others (the
    demo's, in the walk of stop 33: a line per source, eleven, each asking for its article back)."""
    folders = sorted({f"{Path(name).parent.as_posix()}/" for name in names})
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return (f"none of the {len(names)} articles its events cite is in {' or '.join(folders)} ({shown}): if you "
            f"replaced them with others (the demo's articles with your own), delete this file; if you moved or "
            f"renamed them, put them back as the lines below say")


def _missing(name: str, folder: Path) -> str:
    """What is wrong, and the article of that folder whose name is closest, if one is close."""
    shown = Path(name).parent.as_posix()
    others = sorted(p.name for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    close = _likely_meant(Path(name).name, others)
    guess = f" (did you mean {(Path(name).parent / close).as_posix()}?)" if close else ""
    return (f"the source's file {name} is not in {shown}/: write the article's name as it is{guess}, or put the "
            f"article back, or delete this source; `timeline extract` would take the article for a new one and "
            f"add its events again")


# How alike two names' stems must be to suggest one for the other: a letter or two typed wrong or
# swapped ("who-actoin" for "who-action" is 0.9). At difflib's default, 0.6, a deleted
# "art6_330.txt" was said to be "art7_63.txt", another article altogether.
_LIKELY_TYPO = 0.8
_NUMBER = re.compile(r"\d+")


def _likely_meant(name: str, others: list[str]) -> str | None:
    """The name of `others` that `name` is most likely a typo or a renamed copy of (its stem alike,
    whatever its suffix: "a.txt" saved again as "a.md"), or None. Numbers in names tell articles
    apart ("art6_330", "art6_331"): a name with other numbers is another article, not a typo."""
    stem = Path(name).stem
    alike = [(difflib.SequenceMatcher(None, stem, Path(other).stem).ratio(), other) for other in others
             if _NUMBER.findall(Path(other).stem) == _NUMBER.findall(stem)]
    best = max(alike, default=None, key=lambda pair: pair[0])
    return best[1] if best is not None and best[0] >= _LIKELY_TYPO else None

