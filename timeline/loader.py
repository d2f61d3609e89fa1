"""Read event files into Events, collecting every problem with its file and line."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from timeline import dates, schema
from timeline.errors import Problem, ProblemsError, display_path
from timeline.memo import Memo
from timeline.model import Event, Source
from timeline.period import PRECISION_RANK, Period, labels
from timeline.resolve import DateError, RelativeDateError, resolve_date, resolve_span
from timeline.text import address_without_scheme
from timeline.yamlfile import LineDict, LineList, Limits, YamlSyntaxError, load_with_lines, too_large_message, yaml_quoted

EVENT_FILE_PATTERNS = ("*.yaml", "*.yml")
_ID_SHAPE = re.compile(schema.properties("event")["id"]["pattern"])
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # invalid in XML, hostile in a terminal
_NOT_IN_PATHS = re.compile(r'[\x00-\x1f\\:*?"<>|]')  # control characters and what Windows forbids in names
_NOT_IN_SLUGS = re.compile(r"[^a-z0-9]+")
MAX_PROBLEMS_PER_FILE = 100  # a file with 100,000 unknown keys gets a page of messages, not 100,000 lines
MAX_ID_LENGTH = 100  # an id names an anchor and may name a file: well under every system's 255
# A file-level key is a default for its events exactly when events have that key too.
_FILE_DEFAULTS = tuple(k for k in schema.properties("file") if k in schema.properties("event"))
_JSON_TYPES = {
    "string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,),
    "array": (list,), "object": (dict,),
}


def event_files(folder: Path) -> list[Path]:
    """The event files of a folder, in a stable order. An article's side file (`x.meta.yaml`) is none:
    `timeline check seeds` read one as a broken event file ("no 'events:' list ... unknown key
    'published'") where it should have said that seeds/ holds no event files."""
    from timeline.articles._read import META_SUFFIX

    found = {p for pattern in EVENT_FILE_PATTERNS for p in folder.rglob(pattern)
             if p.is_file() and not p.name.endswith(META_SUFFIX)}
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def load_events(paths: list[Path], limits: Limits | None = None, memo: Memo | None = None) -> list[Event]:
    """Every event of the given files and folders, sorted by date; ProblemsError lists all problems.

    With a memo (kept by `mkdocs serve` between rebuilds), a file whose bytes did not change since
    the last load gives its events again without being parsed again.
    """
    limits = limits or Limits.from_environment()
    events: list[Event] = []
    problems: list[Problem] = []
    for path in _expand(paths, problems):
        file_events, file_problems = load_file(path, limits, memo)
        events.extend(file_events)
        problems.extend(file_problems)
    problems.extend(duplicate_ids(events))
    if problems:
        raise ProblemsError(problems)
    return one_spelling_per_tag(sorted(events, key=lambda e: e.sort_key))


_TAG_SEPARATORS = re.compile(r"[\s_-]+")


def _tag_key(tag: str) -> str:
    return _TAG_SEPARATORS.sub("-", tag.strip().casefold())


def one_spelling_per_tag(events: list[Event]) -> list[Event]:
    """Tags written alike but for case, spaces, hyphens or underscores ("Visit" and "visit", "north
    korea" and "north-korea") become one tag, in the spelling most events give it (ties: the first
    in sorted order). Each was a tag page of its own ("visit", "visit-2"), each with part of the events."""
    counts = Counter(tag for event in events for tag in event.tags)
    spelling: dict[str, str] = {}
    for tag, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        spelling.setdefault(_tag_key(tag), tag)
    if len(spelling) == len(counts):
        return events  # every tag has one spelling: nothing to change
    return [replace(event, tags=tuple(dict.fromkeys(spelling[_tag_key(t)] for t in event.tags)))
            if any(spelling[_tag_key(t)] != t for t in event.tags) else event for event in events]


def load_file(path: Path, limits: Limits | None = None, memo: Memo | None = None) -> tuple[list[Event], list[Problem]]:
    """The events of one file and the problems found in it."""
    limits = limits or Limits.from_environment()
    shown = display_path(path)
    data, problem = _file_bytes(path, shown, limits)
    if problem:
        return [], [problem]
    if memo is not None:
        return memo.get((shown, data, limits), lambda: _read_data(shown, data, limits))
    return _read_data(shown, data, limits)


@dataclass
class CheckedFile:
    """One event file read as `timeline check` reads it, with its text and parsed document kept
    for `timeline extract`, which merges into the files it has checked."""

    text: str | None  # None: not readable as UTF-8 text
    document: object  # the YAML value, with line numbers; None when the text is not YAML
    events: list[Event]
    problems: list[Problem]


def check_file(path: Path, limits: Limits | None = None) -> CheckedFile:
    """Read and validate one event file, keeping what `load_file` throws away."""
    limits = limits or Limits.from_environment()
    shown = display_path(path)
    data, problem = _file_bytes(path, shown, limits)
    if problem:
        return CheckedFile(None, None, [], [problem])
    return _check_data(shown, data, limits)


def _file_bytes(path: Path, shown: str, limits: Limits) -> tuple[bytes, Problem | None]:
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:  # refused before reading: a 2 GB file costs nothing
            return b"", Problem(shown, 0, too_large_message(size, limits.max_bytes))
        return path.read_bytes(), None
    except OSError as error:
        return b"", Problem(shown, 0, f"cannot read the file: {error.strerror}; make it readable (its "
                                      f"permissions, the disk), or move it out of the folder")


def _read_data(shown: str, data: bytes, limits: Limits) -> tuple[list[Event], list[Problem]]:
    checked = _check_data(shown, data, limits)
    return checked.events, checked.problems


def _check_data(shown: str, data: bytes, limits: Limits) -> CheckedFile:
    text, problem = decode_text(data)
    if problem:
        return CheckedFile(None, None, [], [Problem(shown, *problem)])
    try:
        document, duplicate_keys = load_with_lines(text, limits)
    except YamlSyntaxError as error:
        return CheckedFile(text, None, [], [Problem(shown, error.line, error.message)])
    problems = [Problem(shown, line, f"the key {_quote(key)} appears twice here; keep one") for line, key in duplicate_keys]
    problems += _hashtags_read_as_comments(shown, text)
    reader = _FileReader(shown, problems)
    events = reader.read(document)
    if reader.unsaid:
        problems.append(Problem(shown, 0, f"... and {reader.unsaid:,} more problems in this file; fix the ones above first"))
    return CheckedFile(text, document, events, problems)


# A plain title or summary with a hashtag in it: YAML ends the value at ' #', and the rest is a
# comment ("title: Residents protest #SaveMillbrook" is "Residents protest"). A comment of a person's
# own starts '# ' with a space; one glued to a word is a hashtag lost.
_HASHTAG_COMMENT = re.compile(r"^[ \t]*(?:-[ \t]+)?(?P<key>title|summary):[ \t]+(?P<value>[^'\"\s|>#][^\n]*?[ \t]#\w[^\n]*?)[ \t]*$",
                              re.MULTILINE)


def _hashtags_read_as_comments(shown: str, text: str) -> list[Problem]:
    if " #" not in text:
        return []
    return [Problem(shown, text.count("\n", 0, found.start()) + 1,
                    f"YAML reads what follows ' #' as a comment, so the {found['key']} stops before it: put the whole "
                    f"value in quotes, {found['key']}: {yaml_quoted(found['value'])}")
            for found in _HASHTAG_COMMENT.finditer(text)]


def decode_text(data: bytes) -> tuple[str, tuple[int, str] | None]:
    """The text of a UTF-8 file, or the (line, message) that says why it is not UTF-8 text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "", (0, "UTF-16 text: save the file as UTF-8")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        if b"\x00" in data[:8192]:
            return "", (0, "binary data, not text: is this the right file?")
        return "", (line, f"not UTF-8 text (byte 0x{data[error.start]:02x} at column {column}): save the file as UTF-8")


class _FileReader:
    """Validates one parsed file against the schema and builds its events."""

    def __init__(self, shown: str, problems: list[Problem]):
        self.shown = shown
        self.problems = problems
        self.unsaid = 0  # problems beyond MAX_PROBLEMS_PER_FILE, counted but not listed

    def problem(self, line: int, message: str) -> None:
        if len(self.problems) >= MAX_PROBLEMS_PER_FILE:
            self.unsaid += 1
        else:
            self.problems.append(Problem(self.shown, line, message))

    def read(self, document: object) -> list[Event]:
        if document is None:
            self.problem(1, "the file is empty: write a list of events (see README, 'Event files')")
            return []
        defaults: dict = {}
        if isinstance(document, LineDict):
            if "events" not in document and ("date" in document or "title" in document):
                self.problem(document.line, "this file is one event, not a list of events: start the event "
                             "with '- ' (a list item), or put it under 'events:'")
                return []
            self.check_keys(document, schema.properties("file"), "file")
            if "events" in self.suggested or "events" in self.bad_keys:
                return []  # 'event:', or 'events:' that is not a list: that problem says it all
            if "events" not in document:
                self.problem(document.line, "no 'events:' list in this file; put the events under 'events:'")
                return []
            defaults = {k: document[k] for k in _FILE_DEFAULTS if k in document and k not in self.bad_keys}
            if document.get("version", 1) != 1:
                self.problem(document.key_lines["version"], f"unknown format version {_quote(document['version'])}: this tool reads version 1")
            document = document["events"]
        if not isinstance(document, LineList):
            self.problem(getattr(document, "line", 1), f"expected a list of events, found {_kind(document)}")
            return []
        events = []
        for line, item in zip(document.item_lines, document):
            if not isinstance(item, LineDict):
                self.problem(line, f"an event must be a mapping of keys such as 'date:' and 'title:', found {_kind(item)}")
                continue
            event = self.event(item, defaults)
            if event is not None:
                events.append(event)
        _number_derived_ids(events)
        return events

    def check_keys(self, mapping: LineDict, allowed: dict, what: str) -> bool:
        fine = True
        self.suggested: set[str] = set()  # allowed keys that an unknown key was probably meant to be
        self.bad_keys: set[str] = set()  # allowed keys whose value is of the wrong type
        any_text, quick = _TEXT_KEYS[what], _quick_checks(what)
        for key, value in mapping.items():
            if type(value) is str and key in any_text and value.isprintable():
                continue  # most values: text, with no control character, where any text will do
            if key in quick and quick[key](value):
                continue
            line = mapping.key_lines.get(key, mapping.line)
            if not isinstance(key, str) or key not in allowed:
                fine = False
                if len(self.problems) >= MAX_PROBLEMS_PER_FILE:  # not listed: spare the suggestion
                    self.unsaid += 1
                    continue
                near = difflib.get_close_matches(str(key)[:100], list(allowed), n=1, cutoff=0.6)
                hint = f"did you mean {near[0]!r}?" if near else f"allowed keys: {', '.join(sorted(allowed))}"
                self.suggested.update(near)
                self.problem(line, f"unknown key {_quote(key)} in {what}: {hint}")
                continue
            message = _type_problem(value, schema.resolved(allowed[key]))
            if message:
                fine = False
                self.bad_keys.add(key)
                self.problem(line, f"{key!r} {message}")
        return fine

    def event(self, item: LineDict, defaults: dict) -> Event | None:
        item_ok = self.check_keys(item, schema.properties("event"), "event")
        data = {**defaults, **item}
        for required in ("date", "title"):
            if required not in data and required not in self.suggested:  # 'titel': the unknown key said it
                self.problem(item.line, f"the event has no {required!r}: add '{required}:'")
                item_ok = False
        if not item_ok:
            # Its dates are checked all the same: a wrong key beside a wrong date ('tags: x' and
            # 'date: Febuary 2019') was said, fixed, and only then was the date said.
            if "date" in data and not {"date", "end", "anchor", "approximate", "part"} & self.bad_keys:
                self.dates(item, data)
            return None
        title = str(data["title"]).strip()
        if not title:
            self.problem(item.key_lines["title"], "the title is empty")
            return None
        sources = self.sources(data.get("sources", []))
        if sources is None:
            return None
        dates = self.dates(item, data)
        if dates is None:
            return None
        when, end = dates
        explicit_id = data.get("id")
        if explicit_id is not None and len(explicit_id) > MAX_ID_LENGTH:
            self.problem(item.key_lines["id"], f"the id is {len(explicit_id)} characters long; keep it to {MAX_ID_LENGTH}")
            return None
        return Event(
            id=explicit_id or derive_id(when.value, title),
            date=when,
            end=end,
            title=title,
            summary=str(data.get("summary", "") or ""),
            tags=tuple(dict.fromkeys(str(t) for t in [*defaults.get("tags", []), *item.get("tags", [])])),
            sources=sources,
            status=data.get("status", "draft"),
            confidence=data.get("confidence"),
            reason=data.get("reason"),
            note=data.get("note"),
            review=data.get("review"),
            written=_written(data["date"]),
            path=self.shown,
            line=item.line,
            date_by_hand=_date_set_by_hand(explicit_id, when, data.get("reason"), sources),
            extra={"explicit_id": explicit_id is not None},
        )

    def dates(self, item: LineDict, data: dict) -> tuple[Period, Period | None] | None:
        """The event's date and end, or None when one cannot be read (the problem is said)."""
        anchor = None
        if "anchor" in data:
            try:
                anchor = resolve_date(data["anchor"]).first
            except DateError as error:
                self.problem(item.key_lines.get("anchor", item.line), f"anchor: {error}")
                return None
        try:
            when, end = resolve_span(data["date"], anchor, bool(data.get("approximate", False)), data.get("part"))
        except DateError as error:
            self.problem(item.key_lines.get("date", item.line), str(error) + _anchor_hint(error, data))
            return None
        if when.part and PRECISION_RANK[when.precision] > PRECISION_RANK["month"]:
            # "late Tue 8 Jan 2019" says nothing; a part is of a month, a year, a decade or a century
            self.problem(item.key_lines.get("part", item.line), f"part: {when.part!r} is for a month or a longer "
                         f"period, and {replace(when, part=None).label} is a {when.precision}; remove 'part:'")
            return None
        if end is not None and "end" in data:
            self.problem(item.key_lines.get("end", item.line), f"the date {_quote(data['date'])} is already a span, "
                         f"to {end.label}; remove 'end:', or write one date in 'date:'")
            return None
        if "end" in data:
            try:
                end = resolve_date(data["end"], anchor)
            except DateError as error:
                self.problem(item.key_lines["end"], f"end: {error}")
                return None
            if end.last < when.first:
                self.problem(item.key_lines["end"], f"'end' ({end.label}) is before 'date' ({when.label}); swap them")
                return None
        return when, end

    def sources(self, items: list) -> tuple[Source, ...] | None:
        built = []
        lines = getattr(items, "item_lines", [0] * len(items))
        for line, item in zip(lines, items):
            if not isinstance(item, LineDict):
                self.problem(line, f"a source must be a mapping with 'file' or 'url', found {_kind(item)}")
                return None
            if not self.check_keys(item, schema.properties("source"), "source"):
                return None
            if "file" not in item and "url" not in item:
                self.problem(item.line, "a source needs 'file' (the article) or 'url'")
                return None
            if "file" in item and not is_inside_path(item["file"]):
                self.problem(item.key_lines["file"], f"'file' {_quote(item['file'])} should be a path inside the "
                             "project, such as 'seeds/article.txt': no '..', no leading '/', no drive or control characters")
                return None
            if "clause" in item and not _within(item["clause"], item.get("span")):
                self.problem(item.key_lines["clause"], f"'clause' {list(item['clause'])} should lie inside the sentence's "
                             f"'span' {list(item['span'])}, first offset before last (it marks the words of the sentence "
                             "this event tells): fix it, or delete the line to cite the whole sentence"
                             if item.get("span") else "'clause' needs the 'span' of its sentence beside it; or delete the line")
                return None
            if "url" in item and (meant := address_without_scheme(item["url"])):
                # shown as words, linked nowhere, and cited as a |url= that a wiki marks as an error
                self.problem(item.key_lines["url"], f"'url' {_quote(item['url'])} has no https:// (a link needs it): "
                             f"write {_quote(meant)}")
                return None
            if "accessed" in item and not _a_day(item["accessed"]):
                # a citation's access-date is a day: a word the export cannot read was left out without a sign
                self.problem(item.key_lines["accessed"], f"'accessed' {_quote(item['accessed'])} should be the day you "
                             "read the page, such as 2024-06-01")
                return None
            if "published" in item and not _a_date(item["published"]):
                # the article's date anchors its relative dates and the citation's date: a word no one
                # can read was dropped without a sign
                self.problem(item.key_lines["published"], f"'published' {_quote(item['published'])} should be the "
                             "article's date, such as 2024-06-01 or 'June 2024'")
                return None
            values = dict(item)
            for key in ("span", "clause", "dated_by"):
                if key in values:
                    values[key] = tuple(values[key])
            for key in ("published", "accessed"):
                if key in values:
                    values[key] = _written(values[key])
            built.append(Source(**values))
        return tuple(built)


def _within(clause: list[int], span: list[int] | None) -> bool:
    return span is not None and span[0] <= clause[0] < clause[1] <= span[1]


def undated_entries(path: Path) -> tuple[int, int | None]:
    """How many entries an event file holds under 'undated:' (sentences of articles without a date,
    which `timeline extract` leaves there), and the line of that key; (0, None) without any."""
    text, _ = decode_text(path.read_bytes())
    key = re.search(r"^['\"]?undated['\"]?\s*:", text, re.MULTILINE)
    if key is None:
        return 0, None  # no such key at the top level: not worth parsing the file again
    # Only the key's block is read: up to the next top-level key (a file of 10,000 events read again
    # for a few entries at its end would cost a run a second).
    after = _TOP_LEVEL_KEY.search(text, key.end())
    try:
        document = yaml.load(text[key.start():after.start() if after else len(text)],
                             Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return 0, None  # its problems are told where the file is checked
    entries = document.get("undated") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not entries:
        return 0, None
    return len(entries), text.count("\n", 0, key.start()) + 1


_TOP_LEVEL_KEY = re.compile(r"^(?![\s#-])\S", re.MULTILINE)  # a line at column 0 that is no item nor comment


def is_inside_path(text: str) -> bool:
    """Whether a path written in an event file stays inside the project on Linux, macOS and Windows.

    No '..', no leading '/', no drive or stream (':'), no backslash (a Windows separator that could
    hide a '..'), no control characters, and none of the characters Windows forbids in names.
    """
    if not text or len(text) > 255 or _NOT_IN_PATHS.search(text):
        return False
    normal = unicodedata.normalize("NFKC", text)  # full-width '．．／' is '../' to some file systems
    if normal != text and not is_inside_path(normal):
        return False
    return not normal.startswith("/") and ".." not in normal.split("/")


def derive_id(value: str, title: str) -> str:
    """A stable, URL- and file-safe id from the date value and the title."""
    return f"{slugify(value)}-{slugify(title)[:60].rstrip('-')}".rstrip("-")


def _date_set_by_hand(explicit_id: object, when: Period, reason: object, sources: tuple[Source, ...] = ()) -> bool:
    """Whether a person changed the date `timeline extract` gave: it writes a reason and an id that
    opens with its date, and never changes either's date after (a re-run that reads another date
    says so and leaves the event). Then the reason and confidence tell the tool's reading, not this
    date's. The id holds the day alone: a part of the day or a clock time that none of its sources'
    words (`date_text`) gives, where they give one, is a person's too ("last night" made the evening),
    and so is a part taken away, the plain day left, where every source's words give a time ("last
    night" made the day). Only words that may give a time (`dates.may_give_a_time`, a twentieth of
    tagging's cost) are read in full: reading all took the loading of the Guardian story's events
    from 0.1 to 0.3 s of CPU."""
    if not reason or not isinstance(explicit_id, str) or not _OPENS_WITH_A_DATE.match(explicit_id):
        return False  # an id of a person's own ("kim-arrives") says nothing of the date it was made with
    # Ids written before parts of the day were spelt out open with the value slugified ("2019-01-09t14-00"),
    # and those before ids took the date's calendar part alone ("2009-04-23-night-..." for 2009-04-23TNI).
    if not explicit_id.startswith(tuple(f"{opening}-" for opening in (
            id_date(when.value), date_slug(when.value), slugify(when.value)))):
        return True
    if when.precision == "day":
        # The tool writes the time the words give: a plain day where each source's words give one (a
        # merged event's other sentences may give the day alone, which its main one may have) is a
        # person's, who took the part away. Words that give no time are read no further.
        said = [source.date_text for source in sources if source.date_text]
        return bool(said) and all(_gives_a_time(words) for words in said)
    if when.precision != "time":
        return False
    read = {part for source in sources if source.date_text for part in _time_parts_said(source.date_text)}
    # Words that give no time of day ("that night", read as the day alone) cannot tell the tool's from a
    # person's: only a time the words give, which the date no longer has, is taken as a person's.
    return _bare_time_part(when.value) not in read and any(read)


@lru_cache(maxsize=4096)
def _gives_a_time(words: str) -> bool:
    """Whether the words give a part of the day or a clock time, and not the day alone."""
    if not dates.may_give_a_time(words):
        return False  # most words: not read in full
    parts = _time_parts_said(words)
    return bool(parts) and "" not in parts


@lru_cache(maxsize=4096)
def _time_parts_said(words: str) -> frozenset[str]:
    """The parts of the day or clock times (offsets aside: "T14:00", "TNI", "" for a day) that words
    give, as the date engine reads them. Only the time is wanted, which no day they count from
    changes: any will do, and a fixed one keeps the answer the same on every build."""
    return frozenset(_bare_time_part(t.value) for t in dates.tag(words, ANY_DAY).timexes if t.type in ("DATE", "TIME"))


# A fixed day to read words against where only what they say whatever the day is wanted (a time of
# day, whether they name a day: "March 7" names one whatever the year it is read in); the same on
# every build. `timeline extract` reads with it too (refresh._names_a_day).
ANY_DAY = dt.date(2001, 1, 10)
_OFFSET = re.compile(r"(?:Z|[+-]\d\d(?::?\d\d)?)$")


def _bare_time_part(value: str) -> str:
    return _OFFSET.sub("", time_part(value))


_OPENS_WITH_A_DATE = re.compile(r"^(?:bc)?\d{2,4}(?:-|$)")  # a century, decade or year, as date_slug writes it


def date_slug(value: str) -> str:
    """How a date value opened an id `timeline extract` wrote before ids took the date's calendar part
    alone (`id_date`): "2009-04-23-night" (for 2009-04-23TNI), "2009-04-25-14-00", "bc0044-03-15". Kept to
    know those ids, which are never rewritten (links rely on them)."""
    return slugify(_PARTS_OF_DAY.sub(_part_of_day, value).replace("T", "-"))


_PARTS_OF_DAY = re.compile(r"T(MO|MI|AF|EV|NI|DT)\b")


def _part_of_day(match: re.Match) -> str:
    return "-" + labels()["times_of_day"][match.group(1)]


def id_date(value: str) -> str:
    """How a date value opens a new id `timeline extract` writes: its calendar part alone, "2009-04-25" for
    2009-04-25TNI or 2009-04-25T14:00 (the time read as a title word: "2009-04-25-night-any-doubts"), a
    season in words, "2009-winter" (it was "2009-wi"), "bc0044-03-15"."""
    day = _TIME_PART.sub("", value)
    season = _season_pattern().fullmatch(day)
    if season:
        day = f"{season['year']}-{labels()['seasons_after_part'][season['season']]}"
    return slugify(day)


def time_part(value: str) -> str:
    """The part of the day or time of day of a date value ("TNI" of 2009-04-25TNI, "T14:00"), else ""."""
    found = _TIME_PART.search(value)
    return found.group(0) if found else ""


_TIME_PART = re.compile(r"(?<=\d)T.*$")  # after a day's digits: "PRESENT_REF" keeps its T


@lru_cache(maxsize=1)
def _season_pattern() -> re.Pattern:
    return re.compile(rf"(?P<year>.+)-(?P<season>{'|'.join(labels()['seasons_after_part'])})")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-': safe as an anchor and as a file name everywhere."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_IN_SLUGS.sub("-", ascii_text.lower()).strip("-")


def _number_derived_ids(events: list[Event]) -> None:
    """Two events of one file with the same derived id get -2, -3... in file order."""
    seen: dict[str, int] = {}
    for index, event in enumerate(events):
        if event.extra["explicit_id"]:
            continue
        count = seen.get(event.id, 0) + 1
        seen[event.id] = count
        if count > 1:
            object.__setattr__(events[index], "id", f"{event.id}-{count}")


def duplicate_ids(events: list[Event]) -> list[Problem]:
    first_seen: dict[str, Event] = {}
    problems = []
    for event in events:
        earlier = first_seen.setdefault(event.id, event)
        if earlier is not event:
            problems.append(Problem(
                event.path, event.line,
                f"duplicate id {event.id!r}, already used at {earlier.path}:{earlier.line}; give one of them another 'id'",
            ))
    return problems


def _anchor_hint(error: DateError, data: dict) -> str:
    """For a date written as in the article ('4 March', 'Tuesday') on an event whose source says when
    it was published: the day it would be against that date, and the anchor line that gives it. Never
    taken as the anchor unasked: 'Wednesday' counts back from an anchor, and the article may have
    meant the one ahead; a wrong day is worse than none, so the person sees the day and decides."""
    if not isinstance(error, RelativeDateError) or not isinstance(data.get("sources"), list):
        return ""
    published = sorted({s["published"].isoformat() for s in data["sources"]
                        if isinstance(s, dict) and type(s.get("published")) is dt.date})
    if len(published) != 1:
        return ""
    try:
        read = resolve_date(data["date"], dt.date.fromisoformat(published[0]))
    except DateError:
        return ""
    return (f"; against its source's date, {published[0]}, it is {read.label}: if that is right, "
            f"add 'anchor: {published[0]}' to the event")


def _type_problem(value: object, prop: dict) -> str | None:
    expected = prop.get("type")
    if expected is None:
        return None
    names = expected if isinstance(expected, list) else [expected]
    if isinstance(value, (dt.date, dt.datetime)) and prop.get("x-yaml-date"):
        return None  # YAML reads 2019-01-08 as a date: as good as the text
    ok = any(isinstance(value, _JSON_TYPES[n]) and not (isinstance(value, bool) and n in ("integer", "number")) for n in names)
    if not ok:
        found = f"should be {' or '.join(_TYPE_WORDS[n] for n in names)}, found {_kind(value)}"
        words = names == ["array"] and schema.resolved(prop.get("items", {})).get("type") == "string"
        if words and isinstance(value, str) and value.strip() and len(value) <= 200:
            # "tags: visit, china" is how people list words; YAML wants brackets around them
            return f"{found}: write it as a list, [{', '.join(w.strip() for w in value.split(',') if w.strip())}]"
        if names == ["string"] and isinstance(value, (int, float)) and not isinstance(value, bool):
            return f"{found}: put it in quotes, '{value}'"  # "tags: [2019]": YAML reads the year as a number
        if names == ["string"] and isinstance(value, bool):  # "title: Yes", "tags: [on]": YAML 1.1's booleans
            return f"{found}: put it in quotes (unquoted, YAML reads yes, no, on, off, true and false so)"
        return found
    if isinstance(value, str) and (control := _CONTROL.search(value)):
        return (f"holds the control character U+{ord(control.group(0)):04X} at character {control.start() + 1}: "
                "remove it (a YAML escape such as \\e or \\x1b makes one)")
    if "enum" in prop and value not in prop["enum"]:
        return f"should be one of {', '.join(prop['enum'])}, found {_quote(value)}"
    if "pattern" in prop and not re.fullmatch(prop["pattern"].strip("^$"), value):
        return f"{_quote(value)} may only use lower-case letters, digits, '-' and '_'"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        low, high = prop.get("minimum", float("-inf")), prop.get("maximum", float("inf"))
        if not low <= value <= high:  # written so that .nan fails too
            return f"should be between {prop.get('minimum')} and {prop.get('maximum')}, found {value}"
    if "items" in prop and isinstance(value, list):
        item = schema.resolved(prop["items"])
        if item.get("type") in ("string", "integer"):
            for element in value:
                inner = _type_problem(element, item)
                if inner:
                    return f"items {inner}"
        if "minItems" in prop and len(value) < prop["minItems"] or "maxItems" in prop and len(value) > prop["maxItems"]:
            return f"should have {prop.get('minItems')} items"
    return None


@lru_cache(maxsize=None)
def _quick_checks(what: str) -> dict[str, Callable[[object], bool]]:
    """For each key a 'file', 'event' or 'source' allows, a check that passes only values that
    `_type_problem` finds nothing wrong with, in a fraction of its time (it runs 150,000 times for
    10,000 events); a value it does not pass goes to `_type_problem` for the words to say.
    """
    return {key: _quick_check(schema.resolved(prop)) for key, prop in schema.properties(what).items()}


# What _quick_check knows how to check; a property using anything else is always left to _type_problem.
_QUICK_KEYWORDS = {"type", "description", "const", "enum", "pattern", "x-yaml-date", "minimum", "maximum",
                   "items", "minItems", "maxItems"}


def _takes_any_text(prop: dict) -> bool:
    """Whether any text without a control character is a right value for this property."""
    names = prop.get("type")
    return set(prop) <= _QUICK_KEYWORDS and "string" in (names if isinstance(names, list) else [names]) and (
        "enum" not in prop and "pattern" not in prop)


_TEXT_KEYS = {what: frozenset(key for key, prop in schema.properties(what).items() if _takes_any_text(schema.resolved(prop)))
              for what in ("file", "event", "source")}


def _quick_check(prop: dict) -> Callable[[object], bool]:
    names = prop.get("type")
    names = names if isinstance(names, list) else [names]
    if set(prop) - _QUICK_KEYWORDS or not set(names) <= {"string", "integer", "number", "boolean", "array"}:
        return _never
    enum = frozenset(prop.get("enum", ()))
    pattern = re.compile(prop["pattern"].strip("^$")) if "pattern" in prop else None
    plain = not enum and pattern is None  # a number, true/false or list then needs no more than its type
    low, high = prop.get("minimum", float("-inf")), prop.get("maximum", float("inf"))
    takes_text, takes_int, takes_float = "string" in names, "integer" in names or "number" in names, "number" in names
    takes_bool, takes_list, takes_date = "boolean" in names and plain, "array" in names and plain, bool(prop.get("x-yaml-date"))
    items = schema.resolved(prop.get("items", {}))
    each = _quick_check(items) if items.get("type") in ("string", "integer") else _always
    counts = range(prop.get("minItems", 0), prop.get("maxItems", sys.maxsize) + 1)

    def check(value: object) -> bool:
        kind = type(value)
        if kind is str:
            return takes_text and _printable(value) and (not enum or value in enum) and (
                pattern is None or pattern.fullmatch(value) is not None)
        if kind is int or kind is float:
            return (takes_float or kind is int and takes_int) and plain and low <= value <= high
        if kind is bool:
            return takes_bool
        if kind is LineList:
            return takes_list and len(value) in counts and all(map(each, value))
        return takes_date and (kind is dt.date or kind is dt.datetime)

    return check


def _printable(text: str) -> bool:
    return text.isprintable() or not _CONTROL.search(text)  # isprintable: no control character, at C speed


def _never(value: object) -> bool:
    return False


def _always(value: object) -> bool:
    return True


_TYPE_WORDS = {
    "string": "text", "integer": "a whole number", "number": "a number", "boolean": "true or false",
    "array": "a list", "object": "a mapping",
}


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    for name, types in _JSON_TYPES.items():
        if isinstance(value, types):
            return _TYPE_WORDS[name] if name != "string" else f"text {_quote(value)}"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()}"
    return type(value).__name__


def _quote(value: object, width: int = 60) -> str:
    """repr() for a message, cut short: a key or value may be a megabyte long."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 4] + "…" + text[-3:]


def _written(value: object) -> str:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


def _a_date(value: object) -> bool:
    """Whether the value names a date of the calendar, of any precision ("2024-06-01", "June 2024")."""
    try:
        resolve_date(_written(value))
    except DateError:
        return False
    return True


def _a_day(value: object) -> bool:
    """Whether the value names one day of the calendar ("2024-06-01", "1 June 2024")."""
    try:
        return resolve_date(_written(value)).precision == "day"
    except DateError:
        return False


def _expand(paths: list[Path], problems: list[Problem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(event_files(path))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(display_path(path), 0, "no such file or folder"))
    # a file named twice ('events events/a.yaml', overlapping globs) is read once: read twice, each
    # of its ids would be reported as a duplicate of itself
    seen: set[Path] = set()
    return [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
