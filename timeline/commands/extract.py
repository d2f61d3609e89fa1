from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from timeline.console import echo
from timeline.loader import event_files, undated_entries


@click.command(short_help="Extract dated events from articles (default: seeds/) into events/.")
@click.argument("articles", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path, file_okay=False), default=Path("events"),
              show_default=True, help="Folder of event files to write into (and merge with).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help="Articles analysed at once; 0 means one per core.")
@click.option("--dry-run", "-n", is_flag=True, help="Show what would change; write nothing.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal, off in CI).")
@click.option("--verbose", "-v", is_flag=True, help="Also list each article's date and the events kept.")
def extract(articles: tuple[Path, ...], out: Path, jobs: int, dry_run: bool, progress: bool | None, verbose: bool) -> None:
    """Extract dated events from news articles (default: seeds/) into event YAML files.

    Reads .txt, .md and .html articles; writes one file per story under --out. Safe to re-run:
    reviewed and rejected events are never changed, hand edits are kept, and a run with nothing
    new changes no byte.

    Give an article its date when you know it, as "on Tuesday" counts from it: a line
    "published: YYYY-MM-DD" in its front matter, or in NAME.meta.yaml beside it (a page's own
    metadata dates an .html file). Without one, it is inferred from the article's words or its
    story's dated articles, and held less sure; failing that, its sentences that need it wait
    under "undated:" in the event file, and the run says which.
    """
    from timeline.extract.pipeline import extract as run
    from timeline.extract import run_messages

    targets = list(articles) or [Path("seeds")]
    _check_targets(targets, given=bool(articles), out=out)
    jobs = jobs or os.cpu_count() or 1
    show = progress if progress is not None else (sys.stderr.isatty() and not os.environ.get("CI"))
    new_folder = not dry_run and not out.exists()  # said: a typo in --out made a folder without a word
    outcome = run(targets, out, jobs=jobs, progress=_bar if show else None, dry_run=dry_run,
                  date_order=_project_date_order())
    _say_files_not_read(targets)
    for note in outcome.notes + (outcome.notes_again if verbose else []):
        echo(f"note: {note}", err=True)
    if verbose:
        for article in outcome.articles:
            ref = article.reference
            when = run_messages.said("article_dated", label=ref.label, source=ref.source) if ref.date else \
                run_messages.said("article_undated")
            events = run_messages.said("article_events_one" if article.events == 1 else "article_events", count=article.events)
            debris = run_messages.said("article_debris_one" if article.debris == 1 else "article_debris", count=article.debris)
            echo(run_messages.said("article_read", article=article.file, when=when, events=events,
                                   undated=article.undated, debris=debris))
            echo(f"  {ref.reason}")
    report = outcome.report
    for item in report.added:
        echo(run_messages.said("item_added", item=item))
    for item in report.updated:
        echo(run_messages.said("item_updated", item=item))
    for label, what in report.refreshed:
        echo(run_messages.said("item_refreshed", label=label, what=what))
    for label, what in report.moved:
        echo(run_messages.said("item_moved", label=label, what=what))
    if verbose:
        for item in dict.fromkeys(report.kept):
            echo(run_messages.said("item_kept", item=item))
    for back in report.returned:
        # A person who deletes an event sees it return as one more "added:" line, and takes the run
        # for having undone the edit: say why, where it is, and what keeps an event out. A live blog
        # saved again with new entries: its new sentences are new events, and the warning about a
        # deleted event coming back made a person look for an edit never made.
        where = f"{back.file}:{back.line}" if back.line else back.file
        echo(run_messages.said("returned_changed" if back.changed else "returned", where=where, item=back.id,
                               added=run_messages.said("would_be_added" if dry_run else "added"),
                               articles=run_messages.said("and").join(back.articles)), err=True)
    for gone in dict.fromkeys(report.absorbed):
        # A deleted event's sentence that now reads as another event's happening did not come back,
        # and nothing said where it went (the README promises a deleted event comes back).
        where = f"{gone.file}:{gone.line}" if gone.line else gone.file
        echo(f"{where}: {gone.label}: the sentence {gone.quote!r} of {gone.article}, which no event cites (its event "
             f"was deleted, or its source removed), now goes with this event, which keeps its sources as they are (an "
             f"article the files already cite adds none): nothing to do if you deleted it; to have it back, add it to "
             f"this event's sources or as an event of its own", err=True)
    for moved in report.redated:
        where = f"{moved.file}:{moved.line}" if moved.line else moved.file
        echo(f"{where}: {moved.label} is dated {moved.written}, and its sentences now give {moved.now}: "
             f"kept as written (set its date, or `status: reviewed` to keep it; delete the event to take "
             f"the new date)", err=True)
    for gone in report.unquoted:
        where = f"{gone.file}:{gone.line}" if gone.line else gone.file
        if gone.later:
            echo(f"{where}: {gone.label}: {gone.later}, the later version of {gone.article}, no longer says "
                 f"{gone.quote!r}: the page was corrected or cut since; check the event's date and words against "
                 f"{gone.later} (a title and summary the run wrote follow it, a person's are kept), and drop the "
                 f"earlier version's source if the later one corrects it",
                 err=True)
            continue
        echo(f"{where}: {gone.label}: {gone.article} no longer says {gone.quote!r}: the article changed since "
             f"the event was made, and the event is kept as written; check its date and words against the "
             f"article (to keep what each version said, save an update as a new file beside the old one)", err=True)
    for kept in dict.fromkeys(report.withdrawn):
        where = f"{kept.file}:{kept.line}" if kept.line else kept.file
        echo(f"{where}: {kept.label}: its {kept.key} still says {' '.join(kept.gone)!r}, which {kept.later}, the later "
             f"version of {kept.earlier}, corrected" + (f" to {' '.join(kept.instead)!r}" if kept.instead else "")
             + (f"; the event is reviewed, so the run leaves it: check its {kept.key}" if kept.reviewed else
                f"; the {kept.key} was written by hand, so the run leaves it and flags the event (`review:`, on the "
                "review page): fix it, or mark the event `status: reviewed` if it is right"), err=True)
    for stale in report.stale_spans:
        where = f"{stale.file}:{stale.line}" if stale.line else stale.file
        whose = ("the event is reviewed" if stale.why == "reviewed" else
                 "its span or quote was edited by hand, so the run leaves it")
        echo(f"{where}: {stale.label}: the span {list(stale.written)} of {stale.article} no longer points at its "
             f"quote, which is now at {list(stale.now)} (the article changed above it); {whose}: set "
             f"`span: {list(stale.now)}` if that is the sentence, or delete the span", err=True)
    for doubt in report.kept_doubts:
        where = f"{doubt.file}:{doubt.line}" if doubt.line else doubt.file
        echo(f"{where}: {doubt.label}: the run now doubts its date ({doubt.note}; confidence {doubt.now}), but its "
             f"confidence ({doubt.written}) and reason are not what the run writes for this date (edited by hand, or written by "
             f"an older version), so the run leaves them: check the date, then mark "
             f"it `status: reviewed`, or set `confidence: {doubt.now}` (or lower) to have it shown as uncertain", err=True)
    for kept in report.kept_ends:
        where = f"{kept.file}:{kept.line}" if kept.line else kept.file
        echo(f"{where}: {kept.label}: its article has a new date, from which its sentences now give {kept.now}, after "
             f"its end {kept.end}, which was set by hand: kept as written; set its date and end as you mean them, or "
             f"remove `end:` and run again to have the new date", err=True)
    for alone in dict.fromkeys(report.regrouped):
        where = f"{alone.file}:{alone.line}" if alone.line else alone.file
        echo(run_messages.said("regrouped", where=where, label=alone.label, article=alone.article,
                               published=alone.published, written=alone.written, other=alone.other, now=alone.now),
             err=True)
    for article, entries in _by_article(report.undated):
        for entry in entries:
            echo(f"{article}: needs a date: {entry.title}")
        if not all(entry.by_hand for entry in entries):
            whole = not dry_run and _holds_only(entries[0].file, len(entries))
            echo(f"{article}: {_how_to_date(article, entries[0].file, dry_run, whole)}")
        if any(entry.by_hand == "before_christ" for entry in entries):
            echo(f"{article}: {_how_to_date_from_before_christ(entries[0].file)}")
        if any(entry.by_hand == "no_year" for entry in entries):
            echo(f"{article}: {_how_to_date_with_no_year(entries[0].file)}")
    for article, entries in _by_article(report.dateable):
        # The article was given its date as "no date for this article" says; its sentences stay where
        # the last run left them (a person may have edited them), and "N more still wait" alone
        # read as if giving the date had done nothing.
        lines: dict[str, set] = {}
        for entry in entries:
            lines.setdefault(entry.file, set()).update([entry.line] if entry.line else [])
        where = "; ".join(f"{file}:{', '.join(map(str, sorted(at)))}" if at else file for file, at in lines.items())
        # A file that holds nothing else (the story of an undated article alone): the walk of stop 33
        # deleted seven entries one by one, where deleting the file did the same.
        whole = (run_messages.said("dateable_whole_file", events_file=next(iter(lines)))
                 if len(lines) == 1 and _holds_only(next(iter(lines)), len(entries)) else "")
        if len(entries) > 1:
            echo(run_messages.said("dateable", article=article, count=len(entries), where=where) + whole)
        else:
            echo(run_messages.said("dateable_one", article=article, where=where) + whole)
    verb = run_messages.said("would_write" if dry_run else "wrote")
    written = ", ".join(report.written) if report.written else run_messages.said("nothing_written")
    if new_folder and out.is_dir():
        from timeline.errors import display_path

        written += run_messages.said("made_folder", folder=display_path(out))
    # Sentences a run before left under 'undated:' still need a date: "0 need a date" alone told a
    # person re-running that none did.
    waiting = sum(undated_entries(path)[0] for path in event_files(out)) if out.is_dir() else 0
    earlier = waiting - (0 if dry_run else len(report.undated))
    still = run_messages.said("still_wait_one" if earlier == 1 else "still_wait", count=earlier) if earlier > 0 else ""
    # Per event, not per sentence that found it: two events a person merged by hand are one kept
    updated = set(report.updated) | {label for label, _ in report.refreshed}
    # A span that followed its sentence (the article changed above it) changed the file, not what the
    # event or entry says: counted apart, as "updated" sent a person to look at every entry it moved.
    moved = run_messages.said("spans_moved_one" if len(report.moved) == 1 else "spans_moved", count=len(report.moved)) \
        if report.moved else ""
    edited = len(set(report.edits_kept))
    if edited:  # "updated" alone sent a person to check whether the run had undone their edits
        from timeline.extract import reasons

        moved += f"; {reasons.kept('edited', count=edited)}"
    # Every event in the files is added, updated or kept, as `timeline check` counts them: one that no
    # sentence finds (split off or written by hand, its article not read) was left out, "32 kept"
    # beside check's 33 events.
    found_kept = len(set(report.kept) - updated)
    unfound = max(0, report.in_files - len(report.added) - len(updated) - found_kept)
    apart = run_messages.said("kept_unfound", count=unfound) if unfound else ""
    echo(run_messages.said("summary", added=len(report.added), updated=len(updated), kept=found_kept + unfound,
                           unfound=apart, undated=len(report.undated), still=still, moved=moved, verb=verb,
                           written=written))
    _say_out_not_shown(out)


def _project_date_order() -> tuple[str, str] | None:
    """The timeline plugin's `date_order` in the mkdocs.yml here and that file's name, or None. A
    mkdocs.yml that cannot be read otherwise is mkdocs' and `timeline check`'s to report; a wrong
    date_order is refused here, as the articles' numbers would be read without it."""
    if not any(Path(name).is_file() for name in ("mkdocs.yml", "mkdocs.yaml")):
        return None
    from timeline.errors import TimelineError
    from timeline.plugin import site_settings

    try:
        settings = site_settings(Path("."))
    except TimelineError as error:
        if "'date_order'" in str(error):
            raise
        return None
    if settings is None or settings.plugin.date_order is None:
        return None
    shown = next(name for name in ("mkdocs.yml", "mkdocs.yaml") if Path(name).is_file())
    return settings.plugin.date_order, shown


def _say_out_not_shown(out: Path) -> None:
    """A note when --out is not the folder the site's timeline plugin reads (mkdocs.yml's `events`):
    the events were written, and the site went on without them, and without a word."""
    if not any(Path(name).is_file() for name in ("mkdocs.yml", "mkdocs.yaml")):
        return  # no site here: not worth importing the plugin's module (0.1 s of CPU) to find none
    from timeline.errors import TimelineError, display_path
    from timeline.extract import run_messages
    from timeline.plugin import site_settings

    try:
        settings = site_settings(Path("."))
    except TimelineError:  # a mkdocs.yml that cannot be read: mkdocs and timeline check say so
        return
    if settings is None:  # no site here to show them
        return
    shown = Path(settings.plugin.events)
    if out.resolve() != shown.resolve():
        echo("note: " + run_messages.said("out_not_shown", out=display_path(out).rstrip("/") + "/",
                                          events=display_path(shown).rstrip("/") + "/"), err=True)


def _check_targets(targets: list[Path], *, given: bool, out: Path) -> None:
    """A file or folder that is not there: say so, and how the command is meant to be called."""
    from timeline.articles import ArticleError
    from timeline.errors import display_path

    from timeline.commands._folder import require_default

    how = f"give the folder of your articles: timeline extract PATH --out {out.as_posix().rstrip('/')}/"
    if not given:
        require_default(targets[0], f"no such folder (read when no ARTICLES are given); {how}")
    for target in targets:
        if not target.exists():
            raise ArticleError(f"{display_path(target)}: no such file or folder; {how}")


def _say_files_not_read(targets: list[Path]) -> None:
    from timeline.articles import ARTICLE_SUFFIXES
    from timeline.articles._read import files_not_read

    for shown in files_not_read(targets):
        echo(f"note: {shown}: not read; timeline reads {', '.join(ARTICLE_SUFFIXES)} files: save its text as .txt "
             "(or the page as .html) beside it to have its events", err=True)


def _holds_only(file: str, count: int) -> bool:
    """Whether the event file holds no event and `count` entries under 'undated:', no more."""
    import yaml

    try:
        document = yaml.safe_load(Path(file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return False
    return (isinstance(document, dict) and not document.get("events") and isinstance(document.get("undated"), list)
            and len(document["undated"]) == count)


def _by_article(undated: list) -> list[tuple[str, list]]:
    """The sentences that need a date (or wait for one their article now has), grouped by article in
    the order the report gives them."""
    grouped: dict[str, list] = {}
    for entry in undated:
        grouped.setdefault(entry.article, []).append(entry)
    return list(grouped.items())


def _how_to_date(article: str, event_file: str, dry_run: bool, whole: bool = False) -> str:
    """What to do about an article with no date (README: 'Article metadata', 'Articles without a date');
    `whole`: its entries are all `event_file` holds."""
    from timeline.articles._read import META_SUFFIX

    path = Path(article)
    side = str(path.with_name(path.stem + META_SUFFIX))
    where = side if path.suffix.lower() in (".html", ".htm") else f"its front matter or to {side}"
    fix = f'no date for this article: add "published: YYYY-MM-DD" to {where}'
    if dry_run:
        return f"{fix} and run again"
    from timeline.extract import run_messages

    whole_file = run_messages.said("undated_whole_file") if whole else ""
    return (f'{fix}, then delete its entries under "undated:" in {event_file}{whole_file} and run again '
            f'(or date each entry there and move it under "events:")')


def _how_to_date_from_before_christ(event_file: str) -> str:
    """What to do about sentences dated from a date before Christ ("The following year" after "43 BC"),
    which no article date would date."""
    return (f'those counted from a date before Christ ("two years later" after "43 BC") need you: date each under '
            f'"undated:" in {event_file} by hand (date: 41 BC) and move it under "events:" (timeline counts from no '
            f'date before Christ)')


def _how_to_date_with_no_year(event_file: str) -> str:
    """What to do about a dated article's sentences whose date has no year or day that its text or
    date gives ("In March" after "the 12th century"): giving the article a date would not help."""
    return (f'those whose date names no year or day the article gives ("In March" after "the 12th century") need '
            f'you: date each under "undated:" in {event_file} by hand and move it under "events:"')


def _bar(iterable, total: int):
    from tqdm import tqdm

    return tqdm(iterable, total=total, desc="articles", unit="article", file=sys.stderr, leave=False)
