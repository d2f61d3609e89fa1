"""Whether each source's `file` is an article the project holds, for `timeline check`.

A misspelt or renamed article left its events citing nothing: `check` said "all good", the site
said so only on the source's own page, and `timeline extract` took the article for a new one and
added its events again beside the person's (with "-2" ids).
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

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
        cited = _cited(path, project)
        for name, lines in cited.items():
            problems.extend(Problem(display_path(path), line, _missing(name, (project / name).parent)) for line in lines)
        if len(cited) > 1 and all(cited.values()):
            problems.append(Problem(display_path(path), 0, _none_left(list(cited), "as_below")))
    return problems


def no_article_left(cited: dict[str, list[str]], project: Path) -> list[str]:
    """Of the event files given (each as the user would type it, with the articles its shown sources
    name), each none of whose articles is in `project`, said once in check's words: for `timeline
    extract`, which says no source's own line, from the files it holds in memory (reading them again
    cost a tenth of the Guardian story's run)."""
    said = []
    for shown, names in cited.items():
        names = list(dict.fromkeys(n for n in names if isinstance(n, str) and n.strip()))
        if names and all(not (project / n).exists() and (project / n).parent.is_dir() for n in names):
            said.append(f"{shown}: {_none_left(names, 'as_check_says')}")
    return said


def _cited(path: Path, project: Path) -> dict[str, list[int]]:
    """Each article the file's sources name, with the lines of its sources when it is missing (an
    empty list when it is there, or its folder is not)."""
    cited: dict[str, list[int]] = {}
    for source, _ in sources_shown(path):
        name = source.get("file") if isinstance(source, LineDict) else None
        if not isinstance(name, str) or not name.strip():
            continue
        article = project / name
        cited.setdefault(name, [])
        if article.exists() or not article.parent.is_dir():
            continue
        cited[name].append(source.key_lines["file"])
    return cited


def _none_left(names: list[str], how: str) -> str:
    """Said once of a file none of whose articles is there: its articles replaced by others (the
    demo's, in the walk of stop 33: a line per source, eleven, each asking for its article back)."""
    folders = sorted({f"{Path(name).parent.as_posix()}/" for name in names})
    shown = ", ".join(names[:3]) + (_said("more", count=len(names) - 3) if len(names) > 3 else "")
    return _said("none_left_one" if len(names) == 1 else "none_left", count=len(names), folders=_said("or").join(folders),
                 shown=shown, how=_said(how))


def _said(kind: str, **fields: object) -> str:
    """The message of kind `kind` (a key of data/source_messages.yaml's `messages`), its fields filled in."""
    return _source_messages()[kind].format(**fields)


@lru_cache(maxsize=1)
def _source_messages() -> dict[str, str]:
    text = resources.files("timeline").joinpath("data/source_messages.yaml").read_text("utf-8")
    return yaml.safe_load(text)["source_messages"]["messages"]


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

