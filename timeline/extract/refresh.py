"""Fields the tool wrote that a re-run keeps true, where no person has taken them over.

An event file holds what a person edits beside what extraction wrote for itself: a source's `span`
(where its quote is in the article), its `published_confidence`, the `background` tag, the event's
`confidence` and `reason`. When the article changes above a sentence (front matter added), an older
run left a field out or judged otherwise (before the attachment cues), or the story gained an earlier
article, these go stale. Each is refreshed only where the file shows the tool's own hand: a span that
still measures its quote, a source whose article date is the one inferred now, a tag whose words the
event's reason still carries (see background.clause), a confidence and reason the tool wrote for the
date the event still has (see confidence_and_reason). Anything else is a person's, and is said rather
than changed; `status: reviewed` and `rejected` events are never changed. An article date a person
typed into a source is theirs from then on (typed_article_dates).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from timeline import dates
from timeline.dates import guess_notes
from timeline.errors import display_path
from timeline.extract import attachment, background, elision, reasons, rules, run_messages
from timeline.extract.patch import DELETE
from timeline.extract.reasons import counted_from_inferred, in_current_words
from timeline.extract.store import (FROZEN, Found, Store, id_opens_with, reorder_sources, set_field, source_keys, status_of,
                                    tool_dated)
from timeline.loader import ANY_DAY, time_part
from timeline.resolve import DateError, resolve_date, resolve_span


@dataclass(frozen=True)
class StaleSpan:
    """A span that no longer points at its quote, in an event the run may not change."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `span:`
    article: str  # as sources cite it
    written: tuple[int, int]
    now: tuple[int, int]
    why: str  # "reviewed", "rejected" or "edited"


def changed_articles(store: Store, texts: dict[str, str]) -> set[str]:
    """The articles read now whose text moved under a span of the event files (as sources cite them):
    a live blog saved again with new entries, a page updated over its file. Their new sentences are
    new, not events a person deleted."""
    changed = set()
    for file in store.files.values():
        for found in store.events_read(file, ("events", "undated")):
            for source in found.event.get("sources") or []:
                if not isinstance(source, dict) or str(source.get("file")) in changed:
                    continue
                written, quote, text = _span(source), source.get("quote"), texts.get(str(source.get("file")))
                if written is not None and isinstance(quote, str) and text is not None and not points_at(text, written, quote):
                    changed.add(str(source["file"]))
    return changed


def spans(store: Store, texts: dict[str, str]) -> tuple[list[tuple[str, str]], list[StaleSpan]]:
    """Move each span that no longer points at its quote to where the quote now is (the nearest
    place, if it is there more than once); ((event label, what changed), ...) and the spans that are
    a person's to fix. `texts`: the articles read in this run, by the name sources cite."""
    moved: list[tuple[str, str]] = []
    stale: list[StaleSpan] = []
    for file in list(store.files.values()):
        for found in store.events_read(file, ("events", "undated")):
            status = status_of(found)
            for index, source in enumerate(found.event.get("sources") or []):
                if index >= len(found.source_lines) or not isinstance(source, dict):
                    continue
                written = _span(source)
                quote = source.get("quote")
                text = texts.get(str(source.get("file")))
                if written is None or not isinstance(quote, str) or text is None or points_at(text, written, quote):
                    continue
                now = find_quote(text, quote, near=written[0])
                if now is None:
                    continue  # the article no longer says it: said as such (pipeline._unquoted)
                label = str(found.event.get("id") or found.event.get("title") or "?")
                mine = written[1] - written[0] in {len(quote), len(html.unescape(quote))}
                if status in FROZEN or not mine:
                    if status != "rejected":
                        stale.append(StaleSpan(label, display_path(file.path), found.source_lines[index].get("span"),
                                               str(source["file"]), written, now, status if status in FROZEN else "edited"))
                    continue
                old_keys = set(source_keys([source]))
                set_field(found, index, "span", list(now))
                if (clause := _span(source, "clause")) is not None:  # its clause moved with its sentence
                    set_field(found, index, "clause", [n + now[0] - written[0] for n in clause])
                if (heading := heading_now(text, source, now[0] - written[0])) is not None:  # the entry's heading above it
                    set_field(found, index, "dated_by", list(heading))
                _reindex(store, found, old_keys, source)
                moved.append((label, run_messages.said("span_moved", article=source["file"], old_span=list(written),
                                                       new_span=list(now))))
    return moved, stale


@dataclass(frozen=True)
class ToolWrote:
    """What the tool writes for an event from one of its sentences: that date's reason, the value of
    its words' confidence, and what a cue's doubt makes of it (capped by any cue's ceiling)."""

    reason: str
    read: float
    doubted: frozenset[float]
    value: str = ""  # the date the sentence gives alone ("2026-03-07T04:40")
    words: str = ""  # the words that give it ("about 4:40 a.m.")
    from_text: bool = True  # the words state the date; False: counted from the article's date or another

    def could_be(self, confidence: float, reason: str) -> bool:
        """Whether the tool could have written this confidence with this reason for the sentence: its
        reason, but for the cues' words; the value read without them, a ceiling's with them."""
        if attachment.without_notes(background.without(reason)) != attachment.without_notes(self.reason):
            return False
        return confidence in (self.doubted if attachment.notes(reason) else {self.read})


def tool_wrote(candidates: list) -> tuple[ToolWrote, ...]:
    """Per sentence of an event (events.Candidate), what the tool could have written for it."""
    ceilings = attachment.ceilings()
    wrote = []
    for candidate in candidates:
        read = candidate.read_confidence if candidate.read_confidence is not None else candidate.confidence
        wrote.append(ToolWrote(candidate.reason, read, frozenset({candidate.confidence, *(min(read, c) for c in ceilings)}),
                               candidate.period.value if candidate.period is not None else "", candidate.mention.text,
                               candidate.mention.read_against == "text"))
    return tuple(wrote)


@dataclass(frozen=True)
class KeptDoubt:
    """A draft whose date the tool now doubts (a cue) while its confidence, surer, and reason are not
    the tool's (a person's, or an older version's): said, never changed."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `confidence:` (else its `date:`)
    written: object  # its confidence as written
    now: float
    note: str  # the cue's words in the reason


def confidence_and_reason(found: Found, document: dict, wrote: tuple[ToolWrote, ...]) -> tuple[list[tuple[str, str]], list[KeptDoubt]]:
    """Give a draft the confidence and reason this run writes for it (the attachment cues' doubt,
    gained or lost) where the file shows the tool's hand: the date is the one this run reads, and its
    reason, but for the cues' words, is one its sentences give, with a confidence the tool could have
    given it (`wrote`). The event carries its main sentence's, as a new one does (`document`). When
    a person set them, and the tool now doubts the date they show surer, that is said."""
    if found.container != "events" or not found.from_disk or status_of(found) in FROZEN:
        return [], []
    event = found.event
    if any(str(event.get(key)) != str(document.get(key)) for key in ("date", "end")):
        return [], []  # the date moved: said as such (store.dated_otherwise), the person decides
    confidence, reason = event.get("confidence"), event.get("reason")
    wanted = _with_own_background(document["reason"], reason)
    # An earlier version's words for the same reading are the tool's too: compared in today's words,
    # and left as they are written when nothing else changed (no file is rewritten to reword it).
    if confidence == document["confidence"] and in_current_words(reason) == in_current_words(wanted):
        return [], []
    if isinstance(reason, str) and isinstance(confidence, (int, float)) and not isinstance(confidence, bool) and any(
            w.could_be(confidence, in_current_words(reason)) for w in wrote):
        wanted = in_current_words(wanted)  # changed anyway: in today's words, its background clause too
        for key, value in (("confidence", document["confidence"]), ("reason", wanted)):
            if event.get(key) != value:
                set_field(found, None, key, value)
        return [(_label(found), _what_changed(confidence, reason, document["confidence"], wanted))], []
    # a doubt of the date's words (a cue) or of their value (the engine's guess between two readings)
    note = attachment.notes(document["reason"]) or guess_notes(document["reason"])
    if note and not (isinstance(confidence, (int, float)) and confidence <= document["confidence"]):
        line = found.key_lines.get("confidence") or found.date_line
        return [], [KeptDoubt(_label(found), display_path(found.file.path), line, confidence, document["confidence"], note[0])]
    return [], []


def _with_own_background(reason_now: str, written: object) -> str:
    """This run's reason with the background words the file's reason has (or has not): whether the
    event is background is background_tag's to keep, and a person's where they took the tag over."""
    mine = background.clause(written) if isinstance(written, str) else None
    rest = background.without(reason_now)
    return rest + _joined(rest, mine) if mine is not None else rest


def _what_changed(confidence: object, reason: str, confidence_now: float, reason_now: str) -> str:
    said = (run_messages.said("confidence_moved", old_confidence=confidence, new_confidence=confidence_now)
            if confidence != confidence_now else run_messages.said("confidence_same", confidence=confidence))
    gained = [n for n in attachment.notes(reason_now) if n not in attachment.notes(reason)]
    if gained:
        return run_messages.said("reason_gained_notes", confidence_said=said, notes="; ".join(gained))
    if attachment.notes(reason) and not attachment.notes(reason_now):
        return run_messages.said("doubt_gone", confidence_said=said)
    return run_messages.said("reason_rewritten", confidence_said=said)


def points_at(text: str, span: tuple[int, int], quote: str) -> bool:
    """Whether the text at the span is the quote (whitespace and HTML character references aside)."""
    start, end = span
    if not 0 <= start <= end <= len(text):
        return False
    if elision.mark() in quote:  # the page furniture a sentence ran across, left out of its quote
        found = elision.pattern(quote)
        return found is not None and found.fullmatch(html.unescape(text[start:end]).strip()) is not None
    return _words(text[start:end]) == _words(quote)


def heading_now(text: str, source: dict, moved: int = 0) -> tuple[int, int] | None:
    """Where the live-blog entry heading that dates the source (`dated_by`, its words `date_text`)
    is in the text now, its sentence having moved by `moved` characters: the place nearest where it
    would be had it moved with it; None for a source without one, or an article that lost it."""
    heading, words = _span(source, "dated_by"), source.get("date_text")
    if heading is None or not isinstance(words, str):
        return None
    return find_quote(text, words, near=heading[0] + moved)


def find_quote(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Where the quote is in the text (line breaks and spaces as they may be), the place nearest
    `near` when it is there more than once; None when the text does not hold it."""
    pattern = elision.pattern(quote)  # its words; an elision mark, any words there
    if pattern is None:
        return None
    places = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return min(places, key=lambda p: (abs(p[0] - near), p[0])) if places else None


def published_confidence(found: Found, document: dict) -> list[tuple[str, str]]:
    """Give the sources an older run wrote without `published_confidence` the one this run infers for
    their article, where they still hold the date inferred now (the same day, `inferred`): a source
    whose date a person typed or changed is theirs."""
    if found.container != "events" or not found.from_disk or status_of(found) in FROZEN:
        return []
    now = {str(s.get("file")): s for s in document.get("sources") or [] if isinstance(s, dict)}
    filled = []
    for index, source in enumerate(found.event.get("sources") or []):
        if index >= len(found.source_lines) or not isinstance(source, dict) or "published_confidence" in source:
            continue
        current = now.get(str(source.get("file")))
        if (current is None or current.get("published_confidence") is None or source.get("published_source") != "inferred"
                or current.get("published_source") != "inferred" or str(source.get("published")) != str(current.get("published"))):
            continue
        set_field(found, index, "published_confidence", current["published_confidence"])
        filled.append((_label(found), run_messages.said("gained_published_confidence", article=source["file"],
                                                        published_confidence=current["published_confidence"])))
    return filled


# What a source says of its article's date: a run that dates the article otherwise rewrites them all.
_PUBLISHED_KEYS = ("published", "published_source", "published_confidence", "published_reason")


@dataclass(frozen=True)
class KeptEnd:
    """A draft whose date would follow its article's new date past the end a person gave it: kept as
    written, and said."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of its `end:`
    end: str  # as written
    now: str  # the date its sentences give now


def tool_ended(event: dict, document: dict) -> bool:
    """Whether a draft's `end` (or its having none) is the tool's, its date the tool's too: none where
    this run writes none, or the end this run writes, or one that moved as far as the date did (an
    end counted from the article's date, as the date was). An end where this run writes none, or none
    where it writes one, is a person's: an end given by hand, or taken away."""
    written, now = event.get("end"), document.get("end")
    if written is None or now is None:
        return written is None and now is None
    if str(written) == str(now):
        return True
    try:
        moved = resolve_date(document["date"]).first - resolve_date(event.get("date")).first
        return resolve_date(now).first - resolve_date(written).first == moved
    except DateError:
        return False  # not an end the tool writes


def _ends_before(date: object, end: object) -> bool:
    """Whether a span from `date` to `end` (None: no end) would end before it begins."""
    if end is None:
        return False
    try:
        return resolve_date(end).last < resolve_date(date).first
    except DateError:
        return False  # an end that cannot be read is `check`'s to say


@dataclass(frozen=True)
class Followed:
    """A draft whose date followed its articles' new date: what changed, and whether fields a person
    changed were kept (its end, confidence or reason)."""

    label: str
    what: str
    kept_edits: bool


# The article dates a draft follows when they move: one the tool inferred, given since, and one its
# metadata gave that was years off, mended since (a web clipper's `date:`, the day the page was
# clipped, given the day it was published: far_dated.py names such an article, and every date
# counted from it was as far off). A nearer correction of an article's metadata is said, event by
# event, for a person to check ("kept as written").
_FOLLOWED = ("inferred", "metadata")


def _followed(source: dict, current: dict) -> bool:
    """Whether a draft follows its source's article date: `source` as the event file has it,
    `current` as this run reads its article."""
    kind, then, now = source.get("published_source"), source.get("published"), current.get("published")
    if kind not in _FOLLOWED or str(then) == str(now):
        return False
    if kind == "inferred":
        return True
    try:
        moved = abs((dt.date.fromisoformat(str(now)) - dt.date.fromisoformat(str(then))).days)
    except ValueError:
        return False
    return moved > rules.data("stories")["far_from_story_days"]


# What the tool writes for a sentence of an article read in this run, asked by the source that cites it
# (its file, quote and date_text): (title, summary), or None when the run reads no such sentence
ToolWords = Callable[[str, str, str], "tuple[str, str] | None"]


def followed_article_date(found: Found, document: dict, new_id: str, wrote: tuple[ToolWrote, ...] = (),
                          words_of: ToolWords | None = None) -> Followed | KeptEnd | None:
    """Give a draft the date this run reads when only its articles' dates moved under it (an article
    given its date since, by a side file or front matter, or by its story): the date is the tool's
    (`store.tool_dated`), and every source's article date was one the tool inferred and is another
    now. The event takes this run's date, confidence and reason, its id the new date (`new_id`), its
    sources their article's date, its end this run's where the end is the tool's (`tool_ended`), its
    confidence and reason this run's where they are the tool's for the article's date then
    (`_reason_then`, `_confidence_then`; `wrote`: what this run writes for its sentences); (label,
    what changed: Followed), or None when anything else is a person's, or KeptEnd when the date would
    pass the end a person gave it. A merged draft whose first source is now the sentence its new reason
    quotes takes that sentence's title and summary where they were the tool's (`words_of`)."""
    if found.container != "events" or not found.from_disk or status_of(found) in FROZEN:
        return None
    event = found.event
    written = str(event.get("date"))
    if written == str(document.get("date")):
        return None
    sources = event.get("sources") or []
    if not tool_dated(event.get("id"), event.get("date"), str(document["date"])) and not _time_of_its_sentence(event, wrote):
        return None
    now = {str(s.get("file")): s for s in document.get("sources") or [] if isinstance(s, dict)}
    if not sources or any(not isinstance(s, dict) or str(s.get("file")) not in now or not _followed(s, now[str(s.get("file"))])
                          for s in sources):
        return None  # some source's article kept its date: the date moved for another reason, said instead
    label, old_id = _label(found), event.get("id")
    keys = ("id", "date", "end", "confidence", "reason")
    if not tool_ended(event, document):
        # the end is a person's (set, changed or removed): kept, and the date follows only into a span it can end
        if _ends_before(document["date"], event.get("end")):
            return KeptEnd(label, display_path(found.file.path), found.key_lines.get("end") or found.date_line,
                           str(event.get("end")), str(document["date"]))
        keys = tuple(key for key in keys if key != "end")
    kept = "" if "end" in keys else run_messages.said("end_kept", end=event.get("end", "none"))
    if not _reason_then(event.get("reason"), _days(s.get("published") for s in sources), _kinds(sources)):
        # a reason a person wrote (and the confidence they gave with it): theirs, the date followed
        keys = tuple(key for key in keys if key not in ("confidence", "reason"))
        kept += reasons.kept("confidence_and_reason")
    elif _doubts(event.get("reason")) == _doubts(document.get("reason")) and not _confidence_then(
            event.get("confidence"), wrote, _trusts_then(event.get("reason"), sources, now),
            {_trust(now[str(source.get("file"))]) for source in sources}):
        # the reason is the tool's, and follows; the confidence a person set after checking stays
        keys = tuple(key for key in keys if key != "confidence")
        kept += reasons.kept("confidence", confidence=event.get("confidence"))
    order = _order_of_its_reason(sources, event.get("reason"), document) if "reason" in keys else None
    retitled = ""
    if order is not None and words_of is not None:  # the sentence the new reason quotes comes first: it titles the event
        tools, persons = _words_of_its_first(sources[0], event, document, words_of)
        keys += tools
        if tools:
            retitled = run_messages.said("retitled", keys=run_messages.said("and").join(tools))
        if persons:
            kept += reasons.kept("words", keys=run_messages.said("and").join(persons))
    for key in keys:
        value = new_id if key == "id" else document.get(key, DELETE)
        if event.get(key, DELETE) is not value and event.get(key) != value:
            set_field(found, None, key, value)
    if order is not None:
        reorder_sources(found, order)
    for index, source in enumerate(sources):
        current = now[str(source.get("file"))]
        trust_kept = person_set_trust(source, current)
        if trust_kept:
            kept += reasons.kept("published_confidence", article=source.get("file"),
                                 published_confidence=source.get("published_confidence"))
        for key in _PUBLISHED_KEYS:
            if trust_kept and key == "published_confidence":
                continue  # the person's, for the article's date however it is read
            if source.get(key) != current.get(key, DELETE):
                set_field(found, index, key, current.get(key, DELETE))
    return Followed(label, run_messages.said(
        "date_followed", old_date=written, new_date=document["date"], old_id=old_id, new_id=new_id,
        article_dates=", ".join(sorted({str(s.get("published")) for s in sources})), retitled=retitled, kept=kept), bool(kept))


def _words_of_its_first(first: object, event: dict, document: dict, words_of: ToolWords
                        ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Of a followed merged draft's title and summary that this run words otherwise, those that are
    the tool's words for the sentence it listed first (the one its reason quoted then), to be this
    run's for the sentence its new reason quotes, now listed first ("The earthen dam gave way" -> "The
    earthen dam failed"), and those a person wrote, kept; neither when the sentence listed first is
    not one the run read for it (nothing tells whose the words are: left). The id keeps its words."""
    if not isinstance(first, dict) or not all(isinstance(first.get(key), str) for key in ("file", "quote", "date_text")):
        return (), ()
    then = words_of(first["file"], first["quote"], first["date_text"])
    if then is None:
        return (), ()
    written = {"title": (then[0],), "summary": (then[1], " ".join(first["quote"].split()))}
    differ = [key for key in ("title", "summary") if isinstance(document.get(key), str) and event.get(key) != document[key]]
    return (tuple(key for key in differ if event.get(key) in written[key]),
            tuple(key for key in differ if event.get(key) not in written[key]))


def _order_of_its_reason(sources: list, reason: object, document: dict) -> list[int] | None:
    """The order (indices of `sources`) the tool lists a followed draft's sources in now: first the
    one this run's reason comes from (this run's first source: the README's "the first source is
    the one the reason comes from"), the others in their articles' order; None when they are in it
    already, or when their order is a person's. The tool's order is the one it wrote: the first
    source is the one the tool's reason then quotes, the others in their articles' order. A merged
    draft dated by its "about 4:40 a.m." follows its article's new date to the "Saturday" of its
    other sentence, and that sentence comes first with the reason that quotes it."""
    if len(sources) < 2 or not isinstance(reason, str) or not document.get("sources"):
        return None
    places = [_place(source) for source in sources]
    if None in places or places[1:] != sorted(places[1:]):
        return None  # a source the tool writes otherwise, or the others in a person's order
    if not " ".join(reason.split()).startswith(repr(" ".join(str(sources[0].get("date_text", "")).split()))):
        return None  # the first source is not the one the tool's reason came from: a person's order
    wanted = set(source_keys(document["sources"][:1]))
    first = next((index for index, source in enumerate(sources) if set(source_keys([source])) & wanted), None)
    if not first:  # first already, or no longer one of its sources
        return None
    return [first, *sorted((index for index in range(len(sources)) if index != first), key=lambda index: places[index])]


def _place(source: object) -> tuple | None:
    """Where a source's sentence (or clause) is: its article, then its place in it, as the tool orders
    an event's sources after the first (events.Candidate.order); None for one without its span."""
    if not isinstance(source, dict):
        return None
    span, clause = source.get("span"), source.get("clause")
    if not _offsets(span) or clause is not None and not _offsets(clause):
        return None
    return (str(source.get("file")), span[0], (clause or span)[0])


def _offsets(value: object) -> bool:
    return isinstance(value, list) and len(value) == 2 and all(isinstance(n, int) and not isinstance(n, bool) for n in value)


def _time_of_its_sentence(event: dict, wrote: tuple[ToolWrote, ...]) -> bool:
    """Whether a draft's time of day (or part of the day) is the tool's though its sentences, merged,
    now give another (tool_dated asks for the same one): a sentence of it gives that time alone, its
    id opens with the date's day, and its reason is the one the tool writes for that sentence's words
    counted from an article's inferred date ("'about 4:40 a.m.' counted from the article's date, ...").
    A time a person set keeps the tool's reason for the day, or their own: theirs, said, never changed.
    Told "failed early on Saturday" and "gave way at about 4:40 a.m." from a year the article named in
    passing, the dam's breach was dated 04:40; its article given its date, the surer Saturday dates it
    the day."""
    try:
        value = resolve_date(event.get("date")).value
    except DateError:
        return False  # not a date the tool writes: a person's
    part, reason = time_part(value), event.get("reason")
    if not part or not isinstance(reason, str) or not id_opens_with(event.get("id"), value):
        return False
    sources = [s for s in event.get("sources") or [] if isinstance(s, dict)]
    return _reason_then(reason, _days(s.get("published") for s in sources), _kinds(sources)) and any(
        time_part(w.value) == part and " ".join(reason.split()).startswith(repr(" ".join(w.words.split()))) for w in wrote)


def person_set_trust(source: dict, current: dict) -> bool:
    """Whether a person set the source's `published_confidence` alone (how far they hold its article's
    inferred date, after checking it): the tool writes it with its `published_reason`, one value for
    each kind of evidence, and a reason of the form this run writes for the article now (the same words
    but for the dates and the quoted dateline) is the same evidence, held as this run holds it; another
    value under it is a person's. Under a reason of another form the value the tool gave then cannot be
    told from a person's, and follows the article's new date as its reason does."""
    written, wanted = source.get("published_confidence"), current.get("published_confidence")
    if (not isinstance(written, (int, float)) or isinstance(written, bool) or written == wanted
            or source.get("published_source") != "inferred" or current.get("published_source") != "inferred"):
        return False
    return _reason_form(source.get("published_reason")) == _reason_form(current.get("published_reason")) is not None


@lru_cache(maxsize=4096)
def _reason_form(reason: object) -> str | None:
    """A published_reason without what differs between two articles dated from the same kind of
    evidence: the words it quotes and the dates it names (as the date engine reads them)."""
    if not isinstance(reason, str):
        return None
    words = " ".join(reason.split())
    for timex in sorted(dates.tag(words, ANY_DAY).timexes, key=lambda t: t.start, reverse=True):
        words = words[:timex.start] + "\x00" + words[timex.end:]
    return _QUOTED.sub("\x00", words)


_QUOTED = re.compile(r"(?<!\w)(?:'[^']*'|\"[^\"]*\")(?!\w)")  # not from the apostrophe of "the page's"


def _reason_then(reason: object, days: set[dt.date], sources: tuple[str, ...] = ("inferred",)) -> bool:
    """Whether the reason is one the tool wrote for a date counted from one of its articles' inferred
    dates `days` (or their dates from their metadata, among `sources`: _kinds), whole
    (reasons.counted_from_inferred): the background words and a cue's doubt, which the tool adds and
    takes off itself, aside."""
    if not isinstance(reason, str):
        return False
    bare = attachment.without_notes(background.without(in_current_words(reason)))
    return any(counted_from_inferred(bare, day, sources) for day in days)


def _kinds(sources: list) -> tuple[str, ...]:
    """Where the sources' article dates came from, of those a draft follows (_FOLLOWED)."""
    return tuple(sorted({kind for s in sources if isinstance(s, dict) and (kind := s.get("published_source")) in _FOLLOWED})) or ("inferred",)


# How far a confidence may be from the one the tool wrote for the article's date then, and still be
# the tool's: that one is worked out from this run's, each rounded to two places (a person's 0.62
# made 0.95 is far beyond it).
_ROUNDING = 0.015


def _confidence_then(confidence: object, wrote: tuple[ToolWrote, ...], then: set[float], trust_now: set[float]) -> bool:
    """Whether the confidence is one the tool wrote for the event's sentences against their articles'
    dates then. A date counted from an article's date is held as far as that date is trusted (`then`,
    `trust_now`: _trusts_then, _trust): what the tool reads now, against the trust it gives the
    article's date now, gives what it read then, against the trust it gave the date then; a date the
    words name outright owes the article's date nothing; either at most a cue's ceiling."""
    if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
        return False
    ceilings = attachment.ceilings()
    for tool in wrote:
        for read in {tool.read, *(tool.read * t / n for t in then for n in trust_now if n)}:
            if any(abs(confidence - value) <= _ROUNDING for value in (read, *(min(read, c) for c in ceilings))):
                return True
    return False


def _doubts(reason: object) -> list[str]:
    """The doubts a reason carries, the cues' and the date engine's. Where the article's new date gives
    the words another reading (a doubt gained or lost: "told at the edge of a week" read against a
    date given), the confidence the tool wrote then cannot be worked out from this run's, nor told
    from a person's: it follows the date, as before (2 of the 135 drafts that followed their
    articles' dates on the Guardian story with every date hidden, `evaluate --hide-dates 1`)."""
    return [*attachment.notes(reason), *guess_notes(reason)]


def _trust(source: dict) -> float:
    """How far dates counted from the source's article date are trusted: its `published_confidence`
    (a date inferred from the article's own words), else wholly (a date given, or a date line)."""
    trust = source.get("published_confidence")
    return float(trust) if isinstance(trust, (int, float)) and not isinstance(trust, bool) else 1.0


def _trusts_then(reason: object, sources: list, now: dict[str, dict]) -> set[float]:
    """The trusts the tool may have given the sources' article dates then: their own (_trust), the
    tool's where a person set it (person_set_trust: the one this run gives, `now` by article), and,
    where the reason says the date was borrowed from another article of the story, each a borrowed
    date is given by what the date depends on (stories.yaml's borrowed_trust; the source keeps none)."""
    trusts = {_trust(source) for source in sources}
    trusts |= {_trust(now[str(source.get("file"))]) for source in sources
               if person_set_trust(source, now[str(source.get("file"))])}
    opening = reasons.said("borrowed", article="")
    if isinstance(reason, str) and opening in reason:
        trusts |= {float(t) for t in rules.data("stories")["borrowed_trust"].values()}
    return trusts


def typed_article_dates(found: Found, document: dict) -> list[tuple[str, str]]:
    """Mark `published_source: given` on the sources whose article date a person typed: still marked
    `inferred`, their `published` is no day their `published_reason` names (the tool writes each with
    the other). A run that dated the article otherwise rewrote it; from now on it is kept, as a date
    an article's metadata gives is (followed_article_date follows no event with such a source)."""
    if found.container != "events" or not found.from_disk or status_of(found) in FROZEN:
        return []
    now = {str(s.get("file")): s for s in document.get("sources") or [] if isinstance(s, dict)}
    said = []
    for index, source in enumerate(found.event.get("sources") or []):
        if index >= len(found.source_lines) or not isinstance(source, dict) or source.get("published_source") != "inferred":
            continue
        typed = _days([source.get("published")])
        if not typed or _names_day(source.get("published_reason"), next(iter(typed))):
            continue  # no day (check says so), or the tool's
        set_field(found, index, "published_source", "given")
        dropped = ""
        if _names_a_day(source.get("published_reason")):  # the tool's, of the day it had inferred
            for key in ("published_confidence", "published_reason"):
                if key in source:
                    set_field(found, index, key, DELETE)
            dropped = reasons.kept("tool_reason_dropped")
        current = now.get(str(source.get("file"))) or {}
        said.append((_label(found), reasons.kept("typed_article_date", article=source.get("file"), dropped=dropped,
                                                 day=str(source.get("published")), now=current.get("published", "no date"))))
    return said


@lru_cache(maxsize=4096)
def _names_day(reason: object, day: dt.date) -> bool:
    """Whether the words name the day, read as the date engine reads them (its dateline as the article
    wrote it, "Tuesday 28 April 2009 16.36 BST"; "Mon 27 Apr 2009"; "2026-03-07"; "March 7" read
    against the day itself)."""
    if not isinstance(reason, str):
        return False
    return any(t.value[:10] == day.isoformat() for t in dates.tag(reason, day).timexes)


@lru_cache(maxsize=4096)
def _names_a_day(reason: object) -> bool:
    """Whether the words name a day, as every `published_reason` the tool writes does (its article's
    date); a person's ("checked with the newsroom") may not."""
    if not isinstance(reason, str):
        return False
    return any(_DAY_VALUE.match(t.value) for t in dates.tag(reason, ANY_DAY).timexes)


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _days(written) -> set[dt.date]:
    days = set()
    for value in written:
        try:
            days.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            continue  # not a day the tool writes: no reason of the tool's names it
    return days


def background_tag(found: Found, document: dict) -> list[tuple[str, str]]:
    """Add or drop the background tag as the story's first article now says, where the tag is the
    tool's (its words in the event's reason); a tag a person added (no such words) or removed (the
    words without the tag) stays as they left it."""
    if found.container != "events" or not found.from_disk or status_of(found) in FROZEN:
        return []
    word = background.tag()
    tags = found.event.get("tags")
    if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
        return []
    tags = list(tags or [])
    reason = found.event.get("reason")
    if reason is not None and not isinstance(reason, str):
        return []
    tagged = any(_tag_key(t) == _tag_key(word) for t in tags)
    written = background.clause(reason)
    wanted = background.clause(document.get("reason"))
    redated = wanted is not None and _within_story(found.event, document, wanted)
    if redated:
        wanted = None
    if tagged and written:
        if wanted is None:  # no longer long before the story: the tool's tag goes, with its words
            kept = [t for t in tags if _tag_key(t) != _tag_key(word)]
            set_field(found, None, "tags", kept or DELETE)
            rest = (reason[:written.start()] + reason[written.end():]).strip()
            set_field(found, None, "reason", rest or DELETE)
            if redated:
                return [(_label(found), run_messages.said("untagged_redated", tag=word, date=str(found.event["date"])))]
            return [(_label(found), run_messages.said("untagged", tag=word))]
        if not background.same(written, wanted):  # the story's first article moved
            set_field(found, None, "reason", reason[:written.start()] + _joined(reason[:written.start()], wanted) + reason[written.end():])
            return [(_label(found), run_messages.said("first_article_moved"))]
        return []
    if not tagged and not written and wanted is not None:
        set_field(found, None, "tags", [*tags, word])
        set_field(found, None, "reason", (reason or "") + _joined(reason or "", wanted))
        return [(_label(found), run_messages.said("tagged", tag=word))]
    return []


def _within_story(event: dict, document: dict, clause: re.Match) -> bool:
    """Whether a date a person gave the event (not the one its sentences give) is no background to
    the story the tool's clause names: "ordered to seal in 2024", which the tool dated 2024 and tagged
    background, re-dated 2026-10-05 by hand kept its tag and "long before the story's first article"."""
    if event.get("date") == document.get("date") or event.get("date") is None:
        return False
    try:
        first, last = resolve_span(event["date"], event.get("anchor") if isinstance(event.get("anchor"), dt.date) else None)
    except (DateError, ValueError, TypeError):
        return False  # a date the check reports; the tag stays as it is
    began = dt.date.fromisoformat(clause["began"])
    return not any(background.is_background(period, began) for period in (first, last) if period is not None)


def _joined(before: str, clause: re.Match) -> str:
    words = clause.group(0).lstrip("; ")
    return f"; {words}" if before.strip() else words


def _span(source: dict, key: str = "span") -> tuple[int, int] | None:
    span = source.get(key)
    if isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) and not isinstance(n, bool) for n in span):
        return span[0], span[1]
    return None


def _words(text: str) -> list[str]:
    return html.unescape(text).split()


def _reindex(store: Store, found: Found, old_keys: set, source: dict) -> None:
    """The moved span finds its event; the old one no longer does (another sentence may be there now)."""
    for key in old_keys - set(source_keys([source])):
        if store.by_source.get(key) is found:
            del store.by_source[key]
    for key in source_keys([source]):
        store.by_source.setdefault(key, found)


def _tag_key(tag: str) -> str:
    from timeline.loader import _tag_key as key  # one rule for tags alike but for case, spaces, hyphens

    return key(tag)


def _label(found: Found) -> str:
    return str(found.event.get("id") or found.event.get("title") or "?")
