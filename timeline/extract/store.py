"""The event files on disk: read what is there, merge new events in without losing a person's work.

Rules of a re-run:
- an existing event is found again by its `id`, or by any of its sources (same file and span, or
  same file and quote);
- `status: reviewed` and `status: rejected` events are never changed (so rejected ones never come
  back); other events keep every field as it is and only gain sources from new articles (articles
  no event file cites yet), so a source a person removed stays removed, but for the few fields the
  tool wrote for itself and keeps true where no person took them over (refresh.py);
- events that no article produces any more are kept;
- a file is rewritten only when something in it changed, so a run with nothing new changes no
  byte; writes go to a temporary file in the same folder and replace the old file in one step.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import Problem, TimelineError, display_path
from timeline.extract import yamlout
from timeline.extract.patch import DELETE, CannotPatch, patch
from timeline.loader import check_file, duplicate_ids, event_files, time_part
from timeline.period import parse_value
from timeline.resolve import DateError, resolve_date, resolve_span

FROZEN = ("reviewed", "rejected")


class StoreError(TimelineError):
    """The event folder cannot be read or written as it is; nothing was written."""


class BrokenEventFiles(StoreError):
    """Event files that `timeline check` rejects: each problem in its words, then what to do."""

    def __init__(self, problems: list[Problem], folder: Path):
        self.problems = sorted(problems)
        count = len(self.problems)
        shown = display_path(folder).rstrip("/")
        super().__init__("\n".join([
            *(str(p) for p in self.problems),
            f"fix {'this problem' if count == 1 else f'these {count} problems'} (`timeline check {shown}` lists "
            f"{'it' if count == 1 else 'them'} again) before extracting into {shown}/; nothing was written",
        ]))


@dataclass
class EventFile:
    path: Path
    text: str | None  # None: a new file
    document: dict
    list_form: bool = False  # the file was a bare list of events
    dirty: bool = False
    pending: list = field(default_factory=list)  # new events, placed in date order when written
    original: list = field(default_factory=list)  # the events as read, to find them by identity
    new_sources: list = field(default_factory=list)  # (event, [sources]) added to existing events
    new_undated: list = field(default_factory=list)
    edits: list = field(default_factory=list)  # Edit: a field of an existing event set or removed
    reorders: list = field(default_factory=list)  # (event, order): its sources as read, put in that order

    @property
    def events(self) -> list:
        return self.document.setdefault("events", [])


@dataclass
class Found:
    file: EventFile
    event: dict
    container: str  # "events" or "undated"
    from_disk: bool = False  # read from the folder, not added by this run
    key_lines: dict = field(default_factory=dict)  # the line of each of its own keys as read (1-based)
    source_lines: tuple = ()  # per source as read, the line of each of its keys (1-based)

    @property
    def date_line(self) -> int | None:
        """The line of its `date:` in the file as read."""
        return self.key_lines.get("date")


@dataclass(frozen=True)
class Undated:
    """A sentence that needs a date: its title, the article it came from and the event file it went to."""

    title: str
    article: str  # as sources cite it
    file: str  # the event file, as the user would type it
    # Why the article's date would not date it, when it would not: "before_christ" (counted from a date
    # before Christ), "no_year" (the article has a date, and the text gives its date no year or day).
    by_hand: str = ""


@dataclass(frozen=True)
class Dateable:
    """A sentence left under 'undated:' that its article's date now dates (the article was given one
    since): the entry may be a person's, so it is said, never moved."""

    article: str  # as sources cite it
    file: str  # the event file, as the user would type it
    line: int | None  # of the entry's first key as read


@dataclass(frozen=True)
class Redated:
    """An event kept as written whose sentences the tool now dates otherwise (a newer engine, or an
    article given its date since): the person decides, so it is said, never changed."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `date:` (None: not found in the text as read)
    written: str
    now: str


@dataclass(frozen=True)
class Unquoted:
    """A kept event quoting an article that no longer says it: a live story saved again over its
    file. The event is kept as written (a person may have fixed it), so the change is said."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `date:`
    article: str  # as sources cite it
    quote: str
    later: str | None = None  # the later version of the page that no longer says it (versions.py), if so


@dataclass(frozen=True)
class Returned:
    """An added event whose sentences come from articles the files already cite: most often one a
    person deleted, which every run brings back (only `status: rejected` keeps an event out)."""

    id: str
    articles: tuple[str, ...]  # as sources cite them
    changed: bool = False  # each article's text moved under the files' spans: most likely a new sentence
    file: str = ""  # the event file it went to, as the user would type it
    line: int | None = None  # of its first line in that file as written (None: not written, a dry run)


@dataclass(frozen=True)
class Absorbed:
    """A sentence of an article the files cite that no event cites (its event deleted, or its source
    removed) and that now goes with another event, which the run leaves as it is: it went there."""

    label: str  # the event it goes with
    file: str  # the event file, as the user would type it
    line: int | None  # of that event's `date:`
    article: str  # as sources cite it
    quote: str


@dataclass(frozen=True)
class Regrouped:
    """A draft the tool dated from the date it inferred for its article, whose article has another
    date now and whose sentence this run reads with another event (the two are one happening on the
    article's day): no sentence finds it, so nothing followed its date; said, as it stays on the day
    the inferred date gave."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `date:`
    article: str  # as sources cite it
    published: str  # the article's date now
    written: str  # its date as written
    other: str  # the event its sentence goes with now
    now: str  # that event's date as this run reads it


@dataclass
class Report:
    added: list[str] = field(default_factory=list)
    returned: list[Returned] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    redated: list[Redated] = field(default_factory=list)
    unquoted: list[Unquoted] = field(default_factory=list)
    undated: list[Undated] = field(default_factory=list)
    dateable: list[Dateable] = field(default_factory=list)
    refreshed: list[tuple[str, str]] = field(default_factory=list)  # (event, what): fields the tool keeps true
    # (event or undated entry, what): spans that followed their sentence when the article changed above
    # it. The same sentence, cited as before: counted apart, not as an update a person should look at.
    moved: list[tuple[str, str]] = field(default_factory=list)
    stale_spans: list = field(default_factory=list)  # refresh.StaleSpan: a person's to fix
    kept_doubts: list = field(default_factory=list)  # refresh.KeptDoubt: a person's confidence the tool now doubts
    kept_ends: list = field(default_factory=list)  # refresh.KeptEnd: a person's end the tool's new date would pass
    edits_kept: list[str] = field(default_factory=list)  # events updated around fields a person changed, kept
    withdrawn: list = field(default_factory=list)  # versions.Withdrawn: a person's words an update corrected
    absorbed: list[Absorbed] = field(default_factory=list)
    regrouped: list[Regrouped] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    # every event in the files once merged (rejected ones too, not the entries under 'undated:'), as
    # `timeline check` counts them: the summary's added, updated and kept add up to it
    in_files: int = 0


class Store:
    """The event files of one folder, with indexes to find an event by id or by source."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.files: dict[Path, EventFile] = {}
        self.by_id: dict[str, Found] = {}
        self.by_source: dict[tuple, Found] = {}
        if folder.is_dir():
            self._read_all(event_files(folder))
        # Articles the files already cite: their sources are not added again to existing events,
        # so that a source a person removed stays removed.
        self.cited = {key[1] for key in self.by_source}
        # Articles the files give a date (a source's `published`), as read, before this run adds to them
        self.dated = {str(source["file"]) for found in self.by_source.values()
                      for source in found.event.get("sources") or []
                      if isinstance(source, dict) and source.get("file") and source.get("published")}

    def _read_all(self, paths: list[Path]) -> None:
        """Read every event file as `timeline check` does; any problem stops the run before a write.

        A file check rejects is one a person is editing, and may hide the very keys events are found
        by (a misspelt 'sources:', an unreadable date that gives no id): merging into it could write
        an event twice, or insert lines into a half-finished edit."""
        problems: list[Problem] = []
        events: list = []
        for path in paths:
            checked = check_file(path)
            problems.extend(checked.problems)
            events.extend(checked.events)
            if not checked.problems:
                self._add_file(path, checked.text, checked.document)
        problems.extend(duplicate_ids(events))
        if problems:
            raise BrokenEventFiles(problems, self.folder)

    def _add_file(self, path: Path, text: str, document: object) -> None:
        read = {"events": document} if isinstance(document, list) else document  # with the loader's line marks
        document = _plain(document)
        list_form = isinstance(document, list)
        if list_form:
            document = {"events": document}
        file = EventFile(path, text, document, list_form)
        file.original = list(document.get("events") or [])
        self.files[path] = file
        for container in ("events", "undated"):
            for event, as_read in zip(document.get(container) or [], read.get(container) or []):
                if isinstance(event, dict):
                    sources = as_read.get("sources") if isinstance(as_read, dict) else None
                    lines = tuple(getattr(s, "key_lines", {}) for s in sources) if isinstance(sources, list) else ()
                    self._index(Found(file, event, container, from_disk=True, key_lines=dict(getattr(as_read, "key_lines", {})),
                                      source_lines=lines))

    def _index(self, found: Found) -> None:
        if found.container == "events":
            identifier = found.event.get("id") or _derived_id(found.event)
            if identifier:
                self.by_id.setdefault(str(identifier), found)
        for key in source_keys(found.event.get("sources") or []):
            self.by_source.setdefault(key, found)

    def events_read(self, file: EventFile, containers: tuple[str, ...] = ("events",)) -> list[Found]:
        """The events of a file as read from the folder, each once (rejected ones too); with
        containers=("events", "undated"), its entries under 'undated:' too."""
        seen: set[int] = set()
        found = []
        for item in [*self.by_id.values(), *self.by_source.values()]:
            if item.file is file and item.from_disk and item.container in containers and id(item.event) not in seen:
                seen.add(id(item.event))
                found.append(item)
        return found

    def find(self, event: dict) -> Found | None:
        """The existing event or entry this one is: one with a source in common (same article and
        span, or same article and quote); else an event read from disk with the same id that has no
        sources or cites one of the same articles (an article edited since, the quote moved)."""
        for key in source_keys(event.get("sources") or []):
            if key in self.by_source:
                return self.by_source[key]
        identifier = event.get("id")
        found = self.by_id.get(identifier) if identifier else None
        if found is None or found.file.path not in self.files or not found.from_disk:
            return None
        theirs = {str(s.get("file")) for s in found.event.get("sources") or [] if isinstance(s, dict)}
        mine = {str(s.get("file")) for s in event.get("sources") or [] if isinstance(s, dict)}
        return found if not theirs or theirs & mine else None

    def file_for(self, path: Path) -> EventFile:
        if path not in self.files:
            self.files[path] = EventFile(path, None, {"version": 1, "events": []})
        return self.files[path]

    def unique_id(self, wanted: str) -> str:
        candidate, n = wanted, 1
        while candidate in self.by_id:
            n += 1
            candidate = f"{wanted}-{n}"
        return candidate

    def add(self, file: EventFile, event: dict, container: str = "events") -> None:
        """Add an event (placed in date order when the file is written) or an undated entry."""
        if container == "events":
            file.pending.append(event)
        else:
            file.document.setdefault(container, []).append(event)
            file.new_undated.append(event)
        file.dirty = True
        self._index(Found(file, event, container))


def place_pending(file: EventFile) -> list:
    """Put a file's new events in date order: a new file is sorted; in an existing one each new event
    goes where `_position` says, so that a person's own order is kept."""
    if not file.pending:
        return []
    added = list(file.pending)
    items = file.document.setdefault("events", [])
    keys: dict[int, tuple | None] = {}

    def key(event: object) -> tuple | None:
        if id(event) not in keys:
            keys[id(event)] = _sort_key(event, file.document) if isinstance(event, dict) else None
        return keys[id(event)]

    if file.text is None and not items:
        ranked = [(key(e), n, e) for n, e in enumerate(file.pending)]
        items.extend(e for k, n, e in sorted(ranked, key=lambda r: (r[0] is None, r[0] or (), r[1])))
    else:
        ranks = [key(other) for other in items]
        dated = [rank for rank in ranks if rank is not None]
        newest_first = _newest_first(dated)
        # and so it stays, each placed where it sorts
        in_order = all(a >= b if newest_first else a <= b for a, b in zip(dated, dated[1:]))
        for event in file.pending:
            mine = key(event)
            at = _position(ranks, mine, in_order, newest_first)
            items.insert(at, event)
            ranks.insert(at, mine)
    file.pending = []
    return added


# A file whose events a person put newest first: of its dated events side by side, at least this many
# pairs go back in time, and more than go forward. One pair alone says little: a date a person
# corrected without moving its event makes one too.
NEWEST_FIRST_PAIRS = 2


def _newest_first(dated: list[tuple]) -> bool:
    """Whether a file's dated events (their keys, in the file's order) run newest first, a person's
    choice (the tool writes a file oldest first): its new events then go where that order puts them."""
    back = sum(1 for a, b in zip(dated, dated[1:]) if a > b)
    forward = sum(1 for a, b in zip(dated, dated[1:]) if a < b)
    return back >= NEWEST_FIRST_PAIRS and back > forward


def _position(keys: list[tuple | None], mine: tuple | None, in_order: bool = False, newest_first: bool = False) -> int:
    """Where a new event sorting by `mine` goes among events sorting by `keys`, in a file's own order
    (None: a date that cannot be compared, which counts for neither): where the fewest of them are out
    of date order with it (sorting after it and above it, or before it and below it), the last such
    place; at the end when its own date cannot be compared. In a file in date order that is before the
    first event that sorts after it. In one a person reordered it is among the events of its days: a
    late event moved to the top no longer draws an earlier one above it (a deleted event that came
    back went to the top of the file), nor an early one moved to the end every later one below it.
    `in_order`: the keys that are not None are in order (then the first that sorts after it is the
    place, found in one pass: a 10,000-event file took 1.9 s, not 0.3, to place 400 new events).
    `newest_first`: the file runs newest first (`_newest_first`), and date order is that order: an
    event of a new day goes to the top, not to the end."""
    if mine is None:
        return len(keys)
    if in_order and newest_first:
        return next((n for n, other in enumerate(keys) if other is not None and other < mine), len(keys))
    if in_order:
        return next((n for n, other in enumerate(keys) if other is not None and other > mine), len(keys))
    # out of order at place n (before keys[n]): those above that date order puts below it, those below it above
    sign = -1 if newest_first else 1  # newest first, an event sorting after it belongs above it
    out = sum(1 for other in keys if other is not None and (other > mine if newest_first else other < mine))
    best, where = out, 0
    for n, other in enumerate(keys, 1):
        if other is not None:
            out += sign * ((other > mine) - (other < mine))
        if out <= best:
            best, where = out, n
    return where


def status_of(found: Found) -> str:
    return str(found.event.get("status") or found.file.document.get("status") or "draft")


def dated_otherwise(found: Found, document: dict) -> tuple[int | None, str, str] | None:
    """(the line of its date, the date as written, the date extraction gives now) when a draft event
    read from disk means another period than its sentences now give; None when they agree (one
    inside the other: a person who wrote "March 9–11, 2024" for "March 11", or "Jan. 8" for "this
    week", changed nothing the sentence says), when the sentences still give the date its id was made
    from (a person corrected the date; nothing moved since) or either cannot be read."""
    if not found.from_disk or found.container != "events":
        return None
    anchor = found.event.get("anchor") or (found.file.document.get("anchor") if isinstance(found.file.document, dict) else None)
    try:
        anchor_day = resolve_date(anchor).first if anchor else None
        written, written_end = resolve_span(found.event.get("date"), anchor_day)
        if written_end is None and found.event.get("end") is not None:
            written_end = resolve_date(found.event.get("end"), anchor_day)
        now = resolve_date(document["date"])
    except DateError:
        return None
    first, last = written.first, (written_end or written).last
    if first <= now.first and now.last <= last or now.first <= first and last <= now.last:
        return None
    if id_opens_with(found.event.get("id"), now.value):
        return None  # the sentences read as when the event was written: the date is a person's fix
    return found.date_line, str(found.event.get("date")), now.value


def id_opens_with(event_id: object, value: str) -> bool:
    """Whether the id (written once, from the date extraction gave then) begins with this date: then
    the sentences give what they gave when the event was written, and a different date is a person's."""
    from timeline.extract.pipeline import event_id as make_id  # pipeline imports this module

    return isinstance(event_id, str) and event_id.startswith(make_id(value, "") + "-")


def tool_dated(event_id: object, written: object, now: str) -> bool:
    """Whether a draft's date as written is one extraction gave it, the sentences now reading `now`:
    its id opens with the date's day, and its part of the day or time of day is the one its sentences
    give now. The id holds the day alone (`loader.id_date`), and the words that give the part of the
    day ("Thursday night") give the same one whatever day they are counted from: a night made an
    evening (`2009-04-25TNI` -> `2009-04-25 evening`) is a person's date, as another day is."""
    try:
        value = resolve_date(written).value
    except DateError:
        return False  # not a date the tool writes: a person's
    return id_opens_with(event_id, value) and time_part(value) == time_part(now)


def add_sources(found: Found, sources: list[dict], cited: set[str]) -> bool:
    """Give an event the sources of new articles that it lacks; True when it gained any."""
    have = set(source_keys(found.event.get("sources") or []))
    new = [s for s in sources if not (set(source_keys([s])) & have) and s.get("file") not in cited]
    if not new:
        return False
    found.event.setdefault("sources", []).extend(new)
    found.file.dirty = True
    if found.container == "events":
        found.file.new_sources.append((found.event, new))
    return True


def left_out(store: Store, found: Found, sources: list[dict], changed: set[str]) -> list[dict]:
    """The sources of a found event's sentences that add_sources leaves out and no event of the files
    cites: sentences of an article the files already cite, unchanged since (a new sentence of a live blog
    saved again is new, not deleted). A person deleted their event, or took them out of this one."""
    have = set(source_keys(found.event.get("sources") or []))
    return [s for s in sources
            if s.get("file") in store.cited and s.get("file") not in changed and not (set(source_keys([s])) & have)
            and store.find({"sources": [s]}) is None]


def regrouped(store: Store, found: Found, document: dict, label: str) -> list[Regrouped]:
    """The drafts other than `found` (the event this run's `document` is, `label`) that cite one of
    its sentences with the article date the tool inferred then, another now, their date still the
    tool's (their id opens with it): an undated article's sentence made an event of its own on the
    inferred day; given its date, it reads as part of another event, which no longer finds it."""
    said = []
    for source in document.get("sources") or []:
        other = store.find({"sources": [source]})
        if (other is None or other.event is found.event or other.container != "events" or not other.from_disk
                or status_of(other) in FROZEN):
            continue
        wanted = set(source_keys([source]))
        cited = next((s for s in other.event.get("sources") or [] if set(source_keys([s])) & wanted), None)
        if (cited is None or cited.get("published_source") != "inferred"
                or str(cited.get("published")) == str(source.get("published"))):
            continue
        try:
            value = resolve_date(other.event.get("date")).value
        except DateError:
            continue  # a date the tool does not write: a person's
        if id_opens_with(other.event.get("id"), value):
            said.append(Regrouped(str(other.event.get("id")), display_path(other.file.path), other.date_line,
                                  str(source.get("file")), str(source.get("published")), str(other.event.get("date")),
                                  label, str(document.get("date"))))
    return said


def set_field(found: Found, source: int | None, key: str, value: object) -> None:
    """Set (or, with DELETE, remove) one key of an event read from disk, or of its source number
    `source`: a field the tool wrote and keeps up to date, changed in place in the file's text."""
    target = found.event if source is None else found.event["sources"][source]
    if value is DELETE:
        target.pop(key, None)
    else:
        target[key] = value
    found.file.edits.append((found.container, found.event, source, key, value))
    found.file.dirty = True


def reorder_sources(found: Found, order: list[int]) -> None:
    """Put the sources of an event read from disk in another order (`order`: their indices as read,
    in the new order), their lines moved in the file's text as they are. Done when the file is
    written, after every field edit (whose source numbers are those as read)."""
    found.file.reorders.append((found.event, list(order)))
    found.file.dirty = True


def source_keys(sources: list) -> Iterator[tuple]:
    for source in sources:
        if not isinstance(source, dict) or not source.get("file"):
            continue
        clause = source.get("clause")
        if isinstance(clause, list) and len(clause) == 2:
            # One of the events of a sentence that tells two happenings: its clause finds it, not the
            # sentence's span or quote, which find the sentence's other event (events.Clause).
            yield ("clause", str(source["file"]), int(clause[0]), int(clause[1]))
            continue
        span = source.get("span")
        if isinstance(span, list) and len(span) == 2:
            yield ("span", str(source["file"]), int(span[0]), int(span[1]))
        quote = source.get("quote")
        if isinstance(quote, str) and quote.strip():
            # Unescaped: quotes of .txt articles written before their HTML entities were decoded
            # ("&quot;years overdue&quot;") still find their events.
            yield ("quote", str(source["file"]), quote_key(quote))


def quote_key(quote: str) -> str:
    """A quote as events are found by it: unescaped, its spaces as one, in lower case."""
    return " ".join(html.unescape(quote).split()).lower()


def render(file: EventFile, header: list[str]) -> str:
    """The new text of a file. An existing file gets the new items inserted into its text, so that
    every comment and every line a person wrote stays; when its shape does not allow that, it is
    written whole, keeping its leading comment lines."""
    added = place_pending(file)
    document = file.document
    reorders, file.reorders = file.reorders, []
    for event, order in reorders:
        sources = event["sources"]
        sources[:len(order)] = [sources[index] for index in order]
    if file.text is not None:
        try:
            sources = [(_index_of(file.original, event), new) for event, new in file.new_sources]
            edits = [(container, _index_of(file.original if container == "events" else document.get("undated") or [], event),
                      source, key, value) for container, event, source, key, value in file.edits]
            return patch(file.text, document, added, sources, file.new_undated, edits, reorders)
        except CannotPatch:
            pass
    if file.text is not None:
        own = []
        for line in file.text.splitlines():
            if line.startswith("#") or (own and not line.strip()):
                own.append(line)
                continue
            break
        while own and not own[-1].strip():
            own.pop()
        header = [line[1:].removeprefix(" ") if line.startswith("#") else line for line in own]
        if "version" not in document:
            document = {"version": 1, **document}
    if not document.get("undated"):
        document = {k: v for k, v in document.items() if k != "undated"}
    return yamlout.dump(document, header)


def _index_of(events: list, event: dict) -> int:
    for index, candidate in enumerate(events):
        if candidate is event:
            return index
    raise CannotPatch


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the folder for one run; a second run at the same time is refused with a clear message."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{display_path(folder)}: cannot create the folder: {error.strerror}") from None
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError as error:  # a folder without read permission, say
        raise StoreError(f"{display_path(folder)}: cannot open the folder: {error.strerror}; nothing was written") from None
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(
                f"{display_path(folder)}: another `timeline extract` is writing here; wait for it to finish"
            ) from None
        # Temporary files of a run that was killed before it could rename them: ours to remove,
        # now that we hold the folder (write_all names them .NAME.XXXX.tmp).
        for stale in folder.rglob(".*.tmp"):
            if stale.is_file() and stale.name.count(".") >= 3:
                with contextlib.suppress(OSError):
                    stale.unlink()
        yield
    finally:
        os.close(descriptor)


def _plain(value: object) -> object:
    """Plain dicts and lists (the loader's carry line numbers; the writer wants the plain kind)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _derived_id(event: dict) -> str | None:
    from timeline.loader import derive_id

    if "date" not in event or "title" not in event:
        return None
    try:
        value = resolve_date(event["date"]).value
    except (DateError, Exception):  # an unreadable hand-written date: match by source instead
        return None
    return derive_id(value, str(event["title"]))


def _sort_key(event: dict, document: dict) -> tuple | None:
    if not isinstance(event, dict) or "date" not in event:
        return None
    anchor = None
    try:
        if event.get("anchor") or document.get("anchor"):
            anchor = resolve_date(event.get("anchor") or document.get("anchor")).first
        return resolve_date(event["date"], anchor).sort_key
    except Exception:  # noqa: BLE001 - a date a person wrote that cannot be read: leave it in place
        return None


def yaml_date(value: str) -> object:
    """A TIMEX3 value as it reads best in YAML: a day unquoted, a year as a number, else text.

    A year before 1000 stays text: the number 62 would read back as the 62nd century's "62", not as
    the year "0062" ("AD 62"). A date before Christ is written as people write it, "15 March 44 BC",
    not "BC0044-03-15", and reads back as the same date."""
    if value.startswith("BC") and (period := parse_value(value)) is not None:
        return period.label_in_event_file
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if value.isdigit() and len(value) == 4 and value[0] != "0":
        return int(value)
    return value
