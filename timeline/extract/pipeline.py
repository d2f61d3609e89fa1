"""`timeline extract` as one plain function: articles in, event files merged, a report out."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from importlib import resources
from pathlib import Path

from timeline.articles import ArticleError, EmptyArticle, find_articles
from timeline.atomic import write_all
from timeline.errors import TimelineError, display_path
from timeline.extract import background, dating, elision, refresh, rules, run_messages
from timeline.extract import events as ev
from timeline.extract import borrowing, far_dated, story, versions
from timeline.extract.analyse import Analysis, Reading, Reference, analyse, read_for_analysis
from timeline.extract.parallel import can_fork, fork_map
from timeline.extract.store import (Absorbed, Dateable, EventFile, Found, Redated, Report, Returned, Store, Undated, Unquoted, add_sources, dated_otherwise, left_out, locked,
                                    quote_key, regrouped, render, status_of, yaml_date)
from timeline.extract.titles import summary
from timeline.gcpause import collector_paused
from timeline.loader import id_date, slugify
from timeline.source_files import no_article_left
from timeline.period import year_value
from timeline.text import address_without_scheme


@dataclass
class ArticleNote:
    file: str
    reference: Reference
    events: int = 0
    undated: int = 0
    debris: int = 0
    skipped: tuple[str, ...] = ()  # sentences left out, each with why ("44 BC": no calendar day)


@dataclass
class Outcome:
    report: Report
    articles: list[ArticleNote] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changes: dict[Path, str] = field(default_factory=dict)
    notes_again: list[str] = field(default_factory=list)  # said on an earlier run, shown in full with --verbose
    skipped_said: int = 0  # sentences left out that this run says in full (at most SKIPPED_IN_FULL)
    skipped_held: int = 0  # and those it only counts, in one line: in full with --verbose, among notes_again
    skipped_before: dict[str, int] = field(default_factory=dict)  # article -> sentences left out as on earlier runs


def extract(
    paths: list[Path],
    out: Path,
    *,
    jobs: int = 1,
    progress: Callable[[Iterable, int], Iterable] | None = None,
    dry_run: bool = False,
    date_order: tuple[str, str] | None = None,
) -> Outcome:
    """Extract the events of the articles under `paths` into the event files of `out`; `date_order`:
    the project's order of day and month for numeric dates and the file that states it
    (("day-first", "mkdocs.yml"): extract/date_order.py)."""
    # The collector would scan the date engine's rules and the growing analyses again and again
    # for cycles that extraction does not make (none on the bench corpus nor an HTML page, checked
    # with gc.collect() after a run with it off): 0.35-0.8 s of CPU on the bench corpus. Paused,
    # forked workers inherit it paused, so they copy no pages merely to mark objects either.
    with collector_paused():
        return _extract(paths, out, jobs=jobs, progress=progress, dry_run=dry_run, date_order=date_order)


def _extract(paths: list[Path], out: Path, *, jobs: int, progress, dry_run: bool,
             date_order: tuple[str, str] | None = None) -> Outcome:
    files = find_articles(paths)
    names = project_names(files, paths, out)
    outcome = Outcome(Report())
    read = _analyse_all([(file, name, date_order) for file, name in zip(files, names)], jobs, progress, outcome.notes)
    read, superseded, copies = versions.latest(read)
    outcome.notes.extend([*copies, *(s.note() for s in superseded)])
    earlier = [s.earlier for s in superseded]
    quotes = versions.earlier_quotes(superseded)
    updated = {id(s.later) for s in superseded}
    read = [versions.dated_from_update(a, superseded, quotes) if id(a) in updated
            else versions.dated_from_update_label(a) for a in read]
    # Grouping reads names, sentences and words, never a date: this process groups the articles
    # into stories while the workers look for the article each undated one borrows its date from
    # (the larger of the two steps that follow: re-dating them takes a tenth of a second); the
    # stories then say how late an undated article may be (Reference.later).
    stories: list[list[int]] = []
    analyses = borrowing.borrow(read, jobs, stories)
    outcome.notes.extend(far_dated.notes(analyses, stories))
    for analysis in (*analyses, *earlier):
        outcome.notes.extend(analysis.article.notes)
    with locked(out) if not dry_run else _nothing():
        store = Store(out)
        outcome.report.unquoted.extend(_unquoted(store, analyses, superseded))
        # Before the stories are merged in: a span left where the article changed could find
        # another sentence's event.
        texts = {a.article.shown: a.article.text for a in (*analyses, *earlier)}
        changed = refresh.changed_articles(store, texts)  # before the spans are moved to where their quotes are
        moved, stale = refresh.spans(store, texts)
        outcome.report.moved.extend(moved)
        outcome.report.stale_spans.extend(stale)
        header = _header(out)
        # Each story's events are worked out on their own (in the workers, with --jobs); they are
        # merged into the event files here, one story after another, in the same order as ever.
        # A run over some of the articles the files cite ("timeline extract seeds/one.md") does not
        # see which is its story's first: the background tags that follow from it are left as they are.
        every_story_whole = store.cited <= {a.article.shown for a in (*analyses, *earlier)}
        # An article's candidates are made in its story's work, by the process that merges the story,
        # but the dearest story's first, every article on its own: this process merges that story
        # (fork_map), and its candidates made there were one process's while the others waited (0.9 s
        # of CPU on the bench corpus, whose largest story holds most of its articles). The others'
        # are then made while this process merges it (the two steps on two cores 1.5-1.6 -> 1.4 s,
        # bench/extract_two_cores.py). In chunks, as articles cost about the same: sent one by one,
        # they cost 0.1 s more.
        dearest = max(stories, key=len, default=[])
        found: list[_Candidates | None] = [None] * len(analyses)
        made = fork_map(_article_candidates, dearest, jobs, shared=analyses)
        for i, each in zip(dearest, _reattached([analyses[i] for i in dearest], made)):
            found[i] = each
        saved_again = {s.later.article.shown for s in superseded}
        later = {i for i, a in enumerate(analyses) if a.article.shown in saved_again}
        told = fork_map(_story_events, stories, jobs, shared=(analyses, found, later), cost=len)
        titles = {key: value for events in told for key, value in events.titles.items()}
        corrected = versions.corrections(superseded, quotes, _version_titles(titles, superseded)) if superseded else {}
        words_of = _ToolWords(analyses, found)
        for events in told:
            _story_into(store, events, out, outcome, every_story_whole, quotes, changed, corrected, words_of)
        outcome.report.in_files = sum(len(file.original) + len(file.pending) for file in store.files.values())
        # A file none of whose articles is left (the demo's replaced by one's own) was said by check
        # alone; the run went on beside it without a word. Said once, in check's words.
        outcome.notes.extend(no_article_left({display_path(file.path): _cited_articles(file) for file in store.files.values()},
                                             out.resolve().parent))
        # (A file rendered in a worker has its new events placed there, not here: only its text
        # is used from now on.)
        dirty = [file for file in store.files.values() if file.dirty]
        texts = fork_map(_render, range(len(dirty)), jobs, shared=(dirty, header),
                         cost=lambda i: len(dirty[i].pending) + len(dirty[i].document.get("events") or []))
        for file, text in zip(dirty, texts):
            if text != file.text:
                outcome.changes[file.path] = text
                if file.text is not None and not dry_run:
                    _lines_as_written(outcome.report, display_path(file.path), file.text, text)
                if not dry_run:
                    _returned_lines(outcome.report, display_path(file.path), text)
        if outcome.changes:
            outcome.changes.update(_schema_change(out))
        if not dry_run:
            # A file saved by hand since the store read it is refused rather than overwritten.
            write_all(outcome.changes, read={file.path: file.text for file in dirty if file.path in outcome.changes})
        outcome.report.written = sorted(display_path(p) for p in outcome.changes)
    _say_skipped_before(outcome)
    if outcome.skipped_held:
        outcome.notes.append(run_messages.said("skipped_more" if outcome.skipped_held != 1 else "skipped_more_one",
                                               count=outcome.skipped_held))
    return outcome


def _cited_articles(file: EventFile) -> list[str]:
    """The articles the sources of a file's events and entries under 'undated:' name, as the site
    shows them (not a rejected event's), those this run adds included."""
    default = file.document.get("status")
    entries = [*(file.document.get("events") or []), *file.pending, *(file.document.get("undated") or [])]
    return [source.get("file") for entry in entries if isinstance(entry, dict) and (entry.get("status") or default) != "rejected"
            for source in entry.get("sources") or [] if isinstance(source, dict)]


def _lines_as_written(report: Report, shown: str, read: str, written: str) -> None:
    """The lines the report gives in a file as read, where they are in the file as written: lines the
    run inserted or refreshed above them (a longer reason) moved them. A line the run changed itself
    keeps its number as read."""
    said = (report.redated, report.unquoted, report.stale_spans, report.kept_doubts, report.kept_ends, report.withdrawn,
            report.absorbed, report.dateable, report.regrouped)
    if not any(item.file == shown and item.line for items in said for item in items):
        return
    moved: dict[int, int] = {}
    for block in SequenceMatcher(None, read.splitlines(), written.splitlines(), autojunk=False).get_matching_blocks():
        moved.update((block.a + n + 1, block.b + n + 1) for n in range(block.size))
    for items in said:
        items[:] = [replace(item, line=moved.get(item.line, item.line)) if item.file == shown and item.line else item
                    for item in items]


def _returned_lines(report: Report, shown: str, written: str) -> None:
    """The line each event that came back (most often one a person deleted) begins on in the file as
    written: where to set its `status: rejected`, in a file whose order a person may have changed."""
    if not any(item.file == shown for item in report.returned):
        return
    starts = {}
    for number, row in enumerate(written.splitlines(), 1):
        found = _ID_LINE.match(row)
        if found:
            starts.setdefault(found["id"], number)
    report.returned[:] = [replace(item, line=starts.get(item.id)) if item.file == shown else item for item in report.returned]


# An event's `id:` as the writer puts it: the first key of its item, plain or quoted
_ID_LINE = re.compile(r"\s*-\s+id:\s+(['\"]?)(?P<id>[^'\"\s]+)\1\s*$")


def project_names(files: list[Path], targets: list[Path], out: Path) -> list[str]:
    """How sources name each article: a path inside the project (the folder that holds --out), as
    the event file format requires; for an article elsewhere, its path from the folder that holds
    the argument it was found under (`/data/news/a.txt` given as `/data/news` is `news/a.txt`)."""
    roots = [out.resolve().parent, Path.cwd().resolve()]
    bases = [t.resolve().parent for t in targets]
    names = []
    for file in files:
        full = file.resolve()
        for root in [*roots, *bases]:
            if full.is_relative_to(root):
                names.append(full.relative_to(root).as_posix())
                break
        else:  # pragma: no cover - every file was found under one of the targets
            names.append(full.name)
    return names


def _analyse_all(files: list[tuple[Path, str, tuple[str, str] | None]] | list[tuple[Path, str]], jobs: int, progress, notes: list[str]) -> list[Analysis]:
    errors: list[str] = []
    if jobs > 1 and len(files) > 1 and not can_fork():
        # Without fork (Windows) each worker starts afresh and loads the date engine's rules itself.
        from concurrent.futures import ProcessPoolExecutor  # here only: one job never needs it (parallel.py)

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            iterator = pool.map(_safe_analyse, files, chunksize=max(1, len(files) // (jobs * 4)))
            results = list(progress(iterator, len(files)) if progress else iterator)
    else:
        readings: list[Reading | None] = [None] * len(files)
        if jobs > 1 and len(files) > 1:
            # Loaded before the fork, the date engine's rules are shared instead of each worker
            # loading them again (a second or so each); so are the extraction's patterns. While this
            # process loads them (0.6 s, when the other core had nothing to do), a worker reads the
            # articles, which needs no date rule: their text, debris and sentences, a third of their
            # analysis, come back pickled (0.04 s for the bench corpus's 1,200).
            readings = fork_map(_safe_read, files, jobs, meanwhile=_warm_up)
        # This process analyses its part of the articles too: the patterns it compiles on the way
        # are then there in the workers of the later steps, which need most of them again. The
        # readings reach the workers forked from it as a copy of its memory.
        results = []
        for result, found in fork_map(_safe_analyse_one, range(len(files)), jobs, shared=(files, readings),
                                      progress=progress):
            if found is not None:
                dating.remember(result.masked, found)
            results.append(result)
    analyses = []
    for result in results:
        if isinstance(result, str):
            errors.append(result)
        elif isinstance(result, EmptyArticle):
            notes.append(run_messages.said("empty_skipped", empty=result))
        else:
            analyses.append(result)
    if errors:
        raise TimelineError("\n".join(errors) + "\nnothing was written")
    return analyses


def _warm_up() -> None:
    dating.warm_up()
    rules.warm_up()


def _safe_read(_shared: None, item: tuple[Path, str, tuple[str, str] | None]) -> Reading | None:
    """The article read (read_for_analysis); None where reading it fails: its analysis then reads it again
    and says why, as without --jobs."""
    try:
        return read_for_analysis(*item)
    except Exception:  # noqa: BLE001 - told by _safe_analyse, which meets the same failure
        return None


def _safe_analyse_one(shared: tuple[list[tuple[Path, str, tuple[str, str] | None]], list[Reading | None]],
                      index: int) -> tuple[Analysis | str | EmptyArticle, tuple | None]:
    """The analysis of the article at `index`, and for an article without a date of its own the
    expressions found in it: it is tagged again when it borrows a date (in this process or in workers
    forked from it later), and finding them is half of the work of tagging."""
    files, readings = shared
    result = _safe_analyse(files[index], readings[index])
    undated = isinstance(result, Analysis) and result.reference.date is None
    return result, dating.recognised(result.masked) if undated else None


def _safe_analyse(item: tuple[Path, str, tuple[str, str] | None], reading: Reading | None = None) -> Analysis | str | EmptyArticle:
    path, shown, *project_order = item  # (path, shown) too, as bench/stories_mixed.py gives them
    try:
        return analyse(path, shown, reading, project_order[0] if project_order else None)
    except EmptyArticle as empty:
        return empty
    except ArticleError as error:
        return str(error)
    except Exception as error:  # noqa: BLE001 - a bug on some input: name the file, no traceback
        return run_messages.said("cannot_analyse", article=shown, error_type=type(error).__name__, error=error)


@dataclass
class _StoryEvents:
    """What one story gives the event files: worked out from its articles alone."""

    documents: list[dict]
    undated: list[dict]
    articles: list[ArticleNote]
    file_name: str  # for a new file: the story's names and month
    undated_from: list[str] = field(default_factory=list)  # each undated entry's article, as the user would type it
    tool_wrote: list[tuple[refresh.ToolWrote, ...]] = field(default_factory=list)  # per document: what its sentences give
    undated_by_hand: list[str] = field(default_factory=list)  # per undated entry: Candidate.by_hand
    titles: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)  # of its pages saved again: versions.titles_of


@dataclass(frozen=True)
class _Candidates:
    """What one article's sentences give (events.candidates): its dated and undated candidates, and
    the sentences it left out, each with why."""

    dated: list[ev.Candidate]
    undated: list[ev.Candidate]
    skipped: tuple[str, ...]


def _candidates_of(analysis: Analysis) -> _Candidates:
    skipped: list[str] = []
    dated, undated = ev.candidates(analysis, skipped)
    return _Candidates(dated, undated, tuple(skipped))


def _article_candidates(analyses: list[Analysis], i: int) -> _Candidates:
    """An article's candidates, without their analysis: a worker would send the whole analysis back
    with them, which this process has already (`_reattached` gives it back)."""
    found = _candidates_of(analyses[i])
    return replace(found, dated=[replace(c, analysis=None) for c in found.dated],
                   undated=[replace(c, analysis=None) for c in found.undated])


def _reattached(analyses: list[Analysis], found: list[_Candidates]) -> list[_Candidates]:
    """Each article's candidates (of `_article_candidates`, in the order of `analyses`) with their analysis."""
    return [_Candidates([replace(c, analysis=analysis) for c in each.dated], [replace(c, analysis=analysis) for c in each.undated],
                        each.skipped)
            for analysis, each in zip(analyses, found)]


def _story_events(shared: tuple[list[Analysis], list[_Candidates | None], set[int]], members: list[int]) -> _StoryEvents:
    """A story's events; its articles' candidates are made here unless made already (the dearest
    story's), and `later` (the pages saved more than once) have their titles noted."""
    analyses, candidates, later = shared
    dated: list[ev.Candidate] = []
    undated: list[ev.Candidate] = []
    corpus: list[str] = []
    notes = []
    titles = {}
    for i in members:
        analysis = analyses[i]
        found = candidates[i] or _candidates_of(analysis)
        if i in later:
            titles.update(versions.titles_of(analysis.article.shown, found.dated))
        dated.extend(found.dated)
        undated.extend(found.undated)
        corpus.extend(s.words for s in analysis.sentences)
        notes.append(ArticleNote(analysis.article.shown, analysis.reference, len(found.dated), len(found.undated),
                                 len(analysis.debris), found.skipped))
    merged = ev.merge(dated, corpus)
    began = background.story_began([analyses[i].reference.date for i in members])
    ended = [m.primary.end or m.primary.period for m in merged]
    if background.is_history(ended, began):
        began = None  # its events are the story: none is background to it
    reach = background.story_reach(began, ended)  # its own events before its first article
    documents = [_event_document(m, began, reach) for m in merged]
    undated.sort(key=lambda c: c.order)
    undated_documents = [_undated_document(c) for c in undated]
    name = slugify(story.story_name(analyses, members)) or "events"
    year_month = _story_month([analyses[i] for i in members], merged)
    return _StoryEvents(documents, undated_documents, notes, f"{name}{'-' + year_month if year_month else ''}.yaml",
                        [display_path(c.analysis.article.path) for c in undated], [refresh.tool_wrote(m.members) for m in merged],
                        [c.by_hand for c in undated], titles)


def _find(store: Store, document: dict, quotes: dict) -> Found | None:
    """The event a new one is: by its own sources, or by those its sentences had in an earlier
    version of their page (versions.py)."""
    found = store.find(document)
    earlier = versions.as_earlier(document, quotes) if found is None and quotes else None
    return store.find(earlier) if earlier else found


def _version_titles(later: dict[tuple[str, str], tuple[str, ...]],
                    superseded: list[versions.Superseded]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The tool's titles of each sentence of the pages saved more than once, earlier and later versions
    (versions.corrections): `later`, the later versions', noted in their stories' work; the earlier
    versions make no events, so theirs are made here."""
    titles = dict(later)
    for pair in superseded:
        titles.update(versions.titles_of(pair.earlier.article.shown, ev.candidates(pair.earlier)[0]))
    return titles


# How many sentences left out a run says in full before it only counts them.
SKIPPED_IN_FULL = 3


def _say_skipped(article: ArticleNote, store: Store, changed: set[str], outcome: Outcome) -> None:
    """Each sentence left out and why, in full the first time; for an article the event files cited
    before this run and that has not changed since, one line: the same notes on every run hid the new."""
    notes = [f"{article.file}: {why}" for why in article.skipped]
    if not notes or article.file not in store.cited or article.file in changed:
        # The first few in full, the rest counted: twenty on a story's first run hid what else it said.
        room = max(SKIPPED_IN_FULL - outcome.skipped_said, 0)
        outcome.notes.extend(notes[:room])
        outcome.notes_again.extend(notes[room:])
        outcome.skipped_said += len(notes[:room])
        outcome.skipped_held += len(notes[room:])
        return
    outcome.skipped_before[article.file] = len(notes)
    outcome.notes_again.extend(notes)


def _say_skipped_before(outcome: Outcome) -> None:
    """The sentences left out as on earlier runs: one line for an article, one line for them all
    (a line per article was seventeen lines on every run of a story)."""
    counts = outcome.skipped_before
    total = sum(counts.values())
    if len(counts) == 1:
        (article,) = counts
        outcome.notes.append(run_messages.said("skipped_again" if total != 1 else "skipped_again_one",
                                               article=article, count=total))
    elif counts:
        outcome.notes.append(run_messages.said("skipped_again_articles", count=total, articles=len(counts)))


def _story_into(store: Store, events: _StoryEvents, out: Path, outcome: Outcome, story_whole: bool,
                quotes: dict, changed: set[str], corrected: dict, words_of: refresh.ToolWords | None = None) -> None:
    outcome.articles.extend(events.articles)
    for article in events.articles:
        _say_skipped(article, store, changed, outcome)
    documents, undated_documents = events.documents, events.undated
    # The story's file is the one that holds most of its events: a person who moved one event into a
    # file of their own (its background, say) got every new event of the story written there when that
    # event was the story's first; of files holding as many, the first found, as before.
    holding: dict[int, tuple[int, EventFile]] = {}
    for document in documents + undated_documents:
        found = _find(store, document, quotes)
        if found is not None:
            count, _ = holding.get(id(found.file), (0, found.file))
            holding[id(found.file)] = (count + 1, found.file)
    most = max((count for count, _ in holding.values()), default=0)
    target = next((file for count, file in holding.values() if count == most), None)
    if target is None:
        target = store.file_for(out / events.file_name)
    report = outcome.report
    # Per kept draft, what each sentence that finds it says of its date: a person who merged two
    # events into one (two sources, two dates) chose one of them, and only a draft none of its
    # sentences dates as written is said.
    redated: dict[int, tuple[Found, list]] = {}
    followed_dates = 0  # drafts whose date followed their articles' new date (refresh.followed_article_date)
    for document, wrote in zip(documents, events.tool_wrote):
        found = _find(store, document, quotes)
        if found is None:
            document["id"] = store.unique_id(document["id"])
            store.add(target, document)
            report.added.append(document["id"])
            cited = tuple(dict.fromkeys(f for f in (s.get("file") for s in document["sources"]) if f in store.cited))
            if cited and not any(w.from_text for w in wrote) and not store.dated.intersection(cited):
                # Its date counted from its article's, which the files knew none of: the sentence waited
                # under undated: (the run after its article was given a date said to delete it there),
                # not an event a person deleted, as the note said to whoever did what the run asked.
                cited = ()
            if cited:
                report.returned.append(Returned(document["id"], cited, changed.issuperset(cited), display_path(target.path)))
        elif status_of(found) in ("reviewed", "rejected") or found.container != "events":
            if found.container == "events":  # an entry under undated: is counted with those that wait for a date
                report.kept.append(_label(found.event))
            if found.container == "undated" and status_of(found) != "rejected":
                report.dateable.append(Dateable(str(document["sources"][0]["file"]), display_path(found.file.path),
                                                min(found.key_lines.values(), default=None)))
            report.withdrawn.extend(versions.corrected_wording(found, document, corrected)[1])  # said, never changed
        else:
            if add_sources(found, document["sources"], store.cited):
                report.updated.append(_label(found.event))
            else:
                report.kept.append(_label(found.event))
            typed = refresh.typed_article_dates(found, document)  # before its date may follow them
            report.refreshed.extend(typed)
            report.edits_kept.extend(label for label, _ in typed)
            followed = refresh.followed_article_date(found, document, _renamed_id(store, found.event, document), wrote,
                                                     words_of)
            if isinstance(followed, refresh.KeptEnd):
                report.kept_ends.append(followed)  # said as such, not also as a date moved under it
                followed = None
                redated.setdefault(id(found.event), (found, []))[1].append(None)
            if followed is not None:
                store.by_id[str(found.event["id"])] = found
                report.refreshed.append((followed.label, followed.what))
                if followed.kept_edits:
                    report.edits_kept.append(followed.label)
                followed_dates += 1
            report.refreshed.extend(refresh.published_confidence(found, document))
            reworded, withdrawn = versions.corrected_wording(found, document, corrected)
            report.refreshed.extend(reworded)
            report.withdrawn.extend(withdrawn)
            if id(found.event) not in redated:  # its first sentence's story decides, as for a new event
                if story_whole:
                    report.refreshed.extend(refresh.background_tag(found, document))
                # and its first sentences their confidence: a new event carries its main sentence's
                refreshed, doubts = refresh.confidence_and_reason(found, document, wrote)
                report.refreshed.extend(refreshed)
                report.kept_doubts.extend(doubts)
            redated.setdefault(id(found.event), (found, []))[1].append(dated_otherwise(found, document))
        if found is not None and found.container == "events":
            report.absorbed.extend(Absorbed(_label(found.event), display_path(found.file.path), found.date_line,
                                            str(s["file"]), " ".join(str(s.get("quote") or "").split()))
                                   for s in left_out(store, found, document["sources"], changed)
                                   if _find(store, {"sources": [s]}, quotes) is None)
        if found is not None:
            report.regrouped.extend(regrouped(store, found, document, _label(found.event)))
    if followed_dates and target.path.name != events.file_name:
        # renaming a file a person may have open in an editor loses their work: said, not done
        outcome.notes.append(run_messages.said("file_name_moved", events_file=display_path(target.path),
                                               new_name=events.file_name))
    for found, moves in redated.values():
        if None not in moves:
            report.redated.append(Redated(_label(found.event), display_path(found.file.path), *moves[0]))
    for document, article, by_hand in zip(undated_documents, events.undated_from, events.undated_by_hand):
        found = store.find(document)
        if found is None:
            store.add(target, document, "undated")
            report.undated.append(Undated(document["title"], article, display_path(target.path), by_hand))


class _ToolWords:
    """The title and summary the tool writes for a sentence of an article read in this run, by the
    source citing it (file, quote, date_text); None when the run reads no such sentence. Made when
    asked, the article's candidates with them (a merged draft following its article's new date is
    rare, and a title for each sentence of every merged event cost the Guardian story 3%)."""

    def __init__(self, analyses: list[Analysis], made: list[_Candidates | None]):
        self._analyses = {analysis.article.shown: (analysis, found) for analysis, found in zip(analyses, made)}
        self._dated: dict[str, list[ev.Candidate]] = {}

    def __call__(self, file: str, quote: str, date_text: str) -> tuple[str, str] | None:
        if file not in self._analyses:
            return None
        if file not in self._dated:
            analysis, found = self._analyses[file]
            self._dated[file] = (found or _candidates_of(analysis)).dated
        said = quote_key(quote)
        candidate = next((c for c in self._dated[file] if c.date_text == date_text and quote_key(c.sentence.quote) == said), None)
        return None if candidate is None else (candidate.title, summary(candidate.sentence.words, candidate.analysis.masked))


def _renamed_id(store: Store, event: dict, document: dict) -> str:
    """The event's id opening with this run's date instead of the one it was made with, its words
    kept (a person may have linked to them)."""
    written, wanted = event_id(str(event.get("date")), ""), event_id(str(document["date"]), "")
    old = str(event.get("id"))
    return store.unique_id(wanted + old[len(written):] if old.startswith(written + "-") else document["id"])


def _render(shared: tuple[list, list[str]], index: int) -> str:
    files, header = shared
    return render(files[index], header)


def _event_document(merged: ev.Merged, story_began: dt.date | None = None, story_reach: dt.date | None = None) -> dict:
    primary = merged.primary
    ended = primary.end or primary.period  # "from 1939 to 1945" was over at the end of 1945, not of 1939
    behind = background.is_background(ended, story_began, story_reach)
    forecast = ev.forward_looking(primary)
    tags = [*([background.tag()] if behind else []), *([rules.data("events")["forward_looking_tag"]] if forecast else [])]
    document: dict = {
        "id": event_id(primary.period.value, primary.title),
        "date": yaml_date(primary.period.value),
        **({"end": yaml_date(primary.end.value)} if primary.end is not None else {}),
        **({"approximate": True} if primary.period.approximate else {}),
        **({"part": primary.period.part} if primary.period.part else {}),
        "title": primary.title,
        "summary": summary(primary.sentence.words, primary.analysis.masked),
        **({"tags": tags} if tags else {}),
        "status": "draft",
        "confidence": primary.confidence,
        "reason": (primary.reason + ("; " + background.reason(story_began) if behind else "")
                   + ("; " + rules.data("events")["forward_looking_reason"].format(words=forecast) if forecast else "")),
    }
    if merged.disagreement:
        document["review"] = merged.disagreement
    document["sources"] = [_source(c) for c in merged.sources]
    return document


def event_id(value: str, title: str, max_chars: int = 40) -> str:
    """A stable id: the date value and the first words of the title, cut at a word; without a word
    that counts from the article's day ("today", data: title_relative_days), which the id, read
    beside the event's date, would contradict."""
    relative = rules.words("events", "title_relative_days")
    words = slugify(title).split("-")
    words = [w for i, w in enumerate(words) if w not in relative and not (w == "s" and i and words[i - 1] in relative)]
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > max_chars:
            break
        kept.append(word)
    return "-".join(p for p in (id_date(value), "-".join(kept)) if p)


def _undated_document(candidate: ev.Candidate) -> dict:
    return {
        "title": candidate.title,
        "summary": summary(candidate.sentence.words, candidate.analysis.masked),
        "reason": candidate.reason,
        "sources": [_source(candidate)],
    }


def _source(candidate: ev.Candidate) -> dict:
    article = candidate.analysis.article
    reference = candidate.analysis.reference
    source: dict = {"file": article.shown}
    if candidate.analysis.headline:
        source["title"] = candidate.analysis.headline
    if article.url and not address_without_scheme(article.url):  # `timeline check` refuses one (its note: articles)
        source["url"] = article.url
    if article.outlet or article.agency:
        source["outlet"] = article.outlet or article.agency
    source["quote"] = candidate.sentence.quote
    source["span"] = [candidate.sentence.start, candidate.sentence.end]
    if candidate.clause is not None and candidate.clause.cited:
        source["clause"] = [candidate.clause.start, candidate.clause.end]
    source["date_text"] = candidate.date_text
    if candidate.by_heading:  # its date is its live-blog entry's heading, above the quote
        source["dated_by"] = [candidate.mention.start, candidate.mention.end]
    if reference.date is not None:
        source["published"] = reference.date
    source["published_source"] = reference.source
    if reference.confidence is not None:
        source["published_confidence"] = reference.confidence
    source["published_reason"] = reference.reason
    return source


def _story_month(members: list[Analysis], merged: list[ev.Merged]) -> str:
    """The month most of the story's articles were published in ("2019-01"; the earliest of equals),
    for the file name: when the story was told, not a year of background one article recalls.
    Without any article's date, the month most of its events fall in."""
    months: dict[str, int] = {}
    for analysis in members:
        day = analysis.reference.date
        if day is not None:
            key = f"{day.year:04d}-{day.month:02d}"
            months[key] = months.get(key, 0) + 1
    return max(sorted(months), key=lambda k: months[k]) if months else _first_month(merged)


def _first_month(merged: list[ev.Merged]) -> str:
    """The month most of the story's events fall in ("2019-01"), for the file name."""
    months: dict[str, int] = {}
    for m in merged:
        period = m.primary.period
        if period is not None and period.precision in ("day", "time", "week"):
            # strftime writes the year 79 as "79"; 44 BC is "bc0044", as in the site's paths
            key = f"{year_value(period.first.year).lower()}-{period.first.month:02d}"
            months[key] = months.get(key, 0) + len(m.members)
    return max(sorted(months), key=lambda k: months[k]) if months else ""


def _unquoted(store: Store, analyses: list[Analysis], superseded: list[versions.Superseded]) -> list[Unquoted]:
    """The events of the files whose quote is no longer in the article it cites, of those read now,
    or no longer in the later version of a page saved twice (a figure corrected, a sentence cut)."""
    texts = {a.article.shown: " ".join(a.article.text.split()) for a in analyses}
    later = {s.earlier.article.shown: s.later.article.shown for s in superseded}
    texts.update({s.earlier.article.shown: texts[s.later.article.shown] for s in superseded})
    found = []
    for file in store.files.values():
        for item in store.events_read(file):
            if status_of(item) == "rejected":
                continue
            for source in item.event.get("sources") or []:
                if not isinstance(source, dict):
                    continue
                article, quote = source.get("file"), " ".join(str(source.get("quote") or "").split())
                if quote and article in texts and not elision.holds(texts[article], quote):
                    found.append(Unquoted(_label(item.event), display_path(file.path), item.date_line, article, quote,
                                          later.get(article)))
    return found


def _label(event: dict) -> str:
    return str(event.get("id") or event.get("title") or "?")


SCHEMA_COPY = "events.schema.json"


def _header(out: Path) -> list[str]:
    # The schema line names a copy beside the event files: the same bytes in any folder, and an
    # editor finds it whether the tool runs from a checkout or from site-packages.
    return run_messages.said("event_file_header", schema=SCHEMA_COPY).split("\n")


def _schema_change(out: Path) -> dict[Path, str]:
    """The schema copy beside the event files, when it is missing or differs from the package's."""
    shipped = resources.files("timeline.schema").joinpath("events.schema.json").read_text("utf-8")
    copy = out / SCHEMA_COPY
    try:
        current = copy.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        current = None
    return {} if current == shipped else {copy: shipped}


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
