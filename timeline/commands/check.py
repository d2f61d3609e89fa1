from __future__ import annotations

import re
from pathlib import Path

import click

from timeline.commands._folder import require_default
from timeline.console import echo
from timeline.errors import display_path
from timeline.errors import Problem, ProblemsError
from timeline.loader import check_file, event_files, load_events, undated_entries
from timeline.source_files import missing_articles
from timeline.spans import stale_spans


@click.command(short_help="Validate event files (default: the events/ folder).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def check(paths: tuple[Path, ...]) -> None:
    """Validate event files (default: the events/ folder).

    Checks each event's keys, date and title, and that each source's article is in the project
    and still says its quote; and the timeline plugin's options in the project's mkdocs.yml (a
    date_order of day-first or month-first, there and in the articles read). Prints every problem as path:line: message and exits with status 1,
    or a one-line summary. Run it in the project's folder, the one with mkdocs.yml.
    """
    if not paths:
        require_default(Path("events"), "no such folder (read when no PATHS are given); "
                                        "give the folder or files of your events: timeline check PATH")
    targets = list(paths) or [Path("events")]
    _refuse_folders_of_other_files(paths)
    # A file's own problems (a bad date) and its sources' (a missing article, a stale span) are found
    # apart, and all are said in one run: the second kind showed only once the first was mended.
    try:
        events, problems = load_events(targets), []
    except ProblemsError as error:
        events, problems = [], list(error.problems)
    # every file read, those without events too (a story whose sentences all wait under 'undated:')
    read = {p.resolve(): p for t in targets for p in (event_files(t) if t.is_dir() else [t])}
    # Sources name articles from the project: the folder that holds the events' folder.
    projects = {p.resolve(): (t if t.is_dir() else p.parent).resolve().parent for t in targets
                for p in (event_files(t) if t.is_dir() else [t])}
    sourced = {read[key]: projects[key] for key in read}
    problems += missing_articles(sourced) + stale_spans(sourced) + _site_problems(set(projects.values()))
    if problems:
        raise ProblemsError(problems, _sources_unchecked(read.values(), problems))
    files = len(read)
    # The site and the exports leave rejected events out: "35 events" beside a site of 34 looked like one lost.
    rejected = sum(event.status == "rejected" for event in events)
    hidden = f" ({rejected} rejected, not shown)" if rejected else ""
    summary = (f"{len(events)} event{'s' if len(events) != 1 else ''}{hidden} in {files} file{'s' if files != 1 else ''}: "
               "all good")
    # Sentences of articles without a date wait under 'undated:' (timeline extract); they are no
    # problem, but "all good" alone let a person believe nothing was left to do.
    waiting = sorted((display_path(path), *undated_entries(path)) for path in read.values())
    waiting = [(shown, count, line) for shown, count, line in waiting if count]
    if waiting:
        total = sum(count for _, count, _ in waiting)
        where = ", ".join(f"{shown}:{line}" if line else shown for shown, _, line in waiting)
        summary += (f"; {total} sentence{'s' if total != 1 else ''} wait{'s' if total == 1 else ''} for a date "
                    f"under undated: ({where})")
    # A file emptied by hand (its 'undated:' entries deleted once its article had a date, as extract
    # asks) stayed beside the story's new file, "all good", and the story seemed to be in two files.
    holding = {event.path for event in events}
    empty = [display_path(path) for path in read.values()
             if display_path(path) not in holding and not undated_entries(path)[0]]
    if empty:
        summary += (f"; {', '.join(empty)} {'holds' if len(empty) == 1 else 'hold'} no event and nothing waits there: "
                    f"delete {'it' if len(empty) == 1 else 'them'} if you emptied {'it' if len(empty) == 1 else 'them'}")
    echo(summary)



def _site_problems(projects: set[Path]) -> list[Problem]:
    """The timeline plugin's options that each project's mkdocs.yml sets wrongly (a `date_order` of
    neither day-first nor month-first): `mkdocs build` refuses them without a line, and `timeline
    extract` would refuse to read the articles."""
    configs = [p for p in projects if any((p / name).is_file() for name in ("mkdocs.yml", "mkdocs.yaml"))]
    if not configs:
        return []  # no site here: not worth importing the plugin's module (0.1 s of CPU) to find none
    from timeline.plugin import option_problems

    return [problem for project in sorted(configs) for problem in option_problems(project)]


def _sources_unchecked(paths, problems: list[Problem]) -> tuple[str, ...]:
    """A note per file with problems that is not YAML at all and names an article (a `file:` line): its
    sources could not be looked at, and a second run may find more there once it is mended."""
    failed = {problem.path for problem in problems}
    return tuple(f"{display_path(path)}: its sources (their articles and quotes) were not checked, as the file "
                 "could not be read: run `timeline check` again once it is mended"
                 for path in paths if display_path(path) in failed and _names_articles_unread(path))


def _names_articles_unread(path: Path) -> bool:
    checked = check_file(path)
    return checked.document is None and checked.text is not None and _FILE_KEY.search(checked.text) is not None


_FILE_KEY = re.compile(r"^[\s-]*file\s*:", re.MULTILINE)  # a source's `file:`, as the schema names it


def _refuse_folders_of_other_files(paths: tuple[Path, ...]) -> None:
    """A folder named on the command line that holds files but no event file ('timeline check seeds')
    is a wrong path, which '0 events in 0 files: all good' and status 0 let pass, in CI too. An empty
    folder is a new project's events/, and is fine."""
    wrong = []
    for path in paths:
        if not path.is_dir() or event_files(path):
            continue
        others = sorted(p for p in path.rglob("*") if p.is_file()
                        and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if others:
            wrong.append(Problem(display_path(path), 0, f"no event files (.yaml, .yml) here, only other files such as "
                                 f"{display_path(others[0])}: give the folder of your event files (timeline check events)"))
    if wrong:
        raise ProblemsError(wrong)
