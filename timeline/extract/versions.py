"""Saved copies of one page: a running story's article saved again after its update, beside the
first copy (as `timeline extract` advises, to keep what each version said). Both give the page's URL;
the later one, by its update time, is the story as the paper now tells it. The earlier one's
sentences make no events of their own: read with the later one's they made two events of one
happening, or one event with both figures ("1,200 evacuated" beside the corrected "2,300")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from difflib import SequenceMatcher

from timeline.articles.updates import page_updates, saved_copies
from timeline.errors import display_path
from timeline.extract import rules, run_messages
from timeline.extract.analyse import Analysis, with_reference
from timeline.extract.patch import DELETE
from timeline.extract.store import FROZEN, Found, quote_key, set_field, status_of
from timeline.extract.titles import summary


@dataclass(frozen=True)
class Superseded:
    earlier: Analysis
    later: Analysis

    def note(self) -> str:
        later = self.later.article
        when = later.updated.isoformat(timespec="minutes") if later.updated else "?"
        return run_messages.said("superseded", earlier=self.earlier.article.shown, later=later.shown, url=later.url,
                                 updated=when)


def latest(analyses: list[Analysis]) -> tuple[list[Analysis], list[Superseded], list[str]]:
    """The analyses to make events of (one per page: its latest version), the earlier versions set
    aside with the version that replaces them, and notes for copies that cannot be told apart."""
    superseded: list[Superseded] = []
    notes: list[str] = []
    for copies, dated in saved_copies(analyses, lambda a: a.article.url, lambda a: a.article.updated,
                                      lambda a: a.article.first_published):
        if dated is None:
            names = run_messages.said("and").join(c.article.shown for c in copies)
            notes.append(run_messages.said("copies_undated", copies=names, url=copies[0].article.url))
            continue
        superseded.extend(Superseded(earlier, dated[-1]) for earlier in dated[:-1])
    set_aside = {id(s.earlier) for s in superseded}
    return [a for a in analyses if id(a) not in set_aside], superseded, notes


@lru_cache(maxsize=1)
def update_label() -> re.Pattern:
    """A paragraph's opening that says it is the page's update (data/page_updates.yaml: update_label)."""
    return re.compile(str(page_updates()["update_label"]), re.IGNORECASE | re.MULTILINE)


def earlier_quotes(superseded: list[Superseded]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(later version, its sentence) -> [(earlier version, the sentence it replaces)]: the same
    sentence, or one corrected in its place (stories.yaml: corrected_sentence). By these the later
    version's sentences find the events the earlier one made, and their sources join them: without,
    each made a second event of its happening."""
    alike = float(rules.data("stories")["corrected_sentence"])
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for pair in superseded:
        old = [s.quote for s in pair.earlier.sentences]
        new = [s.quote for s in pair.later.sentences]
        matcher = SequenceMatcher(None, [quote_key(t) for t in old], [quote_key(t) for t in new], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag not in ("equal", "replace") or i2 - i1 != j2 - j1:
                continue
            for was, now in zip(old[i1:i2], new[j1:j2]):
                if tag == "equal" or SequenceMatcher(None, quote_key(was), quote_key(now)).ratio() >= alike:
                    found.setdefault((pair.later.article.shown, quote_key(now)), []).append((pair.earlier.article.shown, was))
    return found


def as_earlier(document: dict, quotes: dict[tuple[str, str], list[tuple[str, str]]]) -> dict | None:
    """The sources an event of the later version had in the earlier one, to find its event by; None
    when it has none."""
    sources = [{"file": earlier, "quote": was}
               for source in document.get("sources") or [] if isinstance(source, dict)
               for earlier, was in quotes.get((str(source.get("file")), quote_key(str(source.get("quote") or ""))), ())]
    return {"sources": sources} if sources else None


def dated_from_update(later: Analysis, superseded: list[Superseded],
                      quotes: dict[tuple[str, str], list[tuple[str, str]]]) -> Analysis:
    """The latest version of a page, each sentence an update added counted from that update's day:
    written after the version before it was saved, "died in hospital on Tuesday" in an update of
    Wednesday 11 March is the 10th, not the 3rd before the page's first day, 7 March (as it was,
    held sure). A sentence the first version has counts from the page's date, as before."""
    published = later.reference.date
    copies = [s.earlier for s in superseded if s.later is later]  # oldest first (latest)
    if published is None or later.reference.source != "metadata" or not copies:
        return later
    first = copies[0].article.shown
    # the first copy may give no update time (the page as first published): its sentences are skipped below
    since = {c.article.shown: c.article.updated.date() if c.article.updated else published for c in copies}
    days = []  # (start, end, the day the sentence counts from) of each sentence added after the first version
    for sentence in later.sentences:
        having = {earlier for earlier, _ in quotes.get((later.article.shown, quote_key(sentence.quote)), ())}
        if first in having:
            continue
        day = min((since[c] for c in having), default=later.article.updated.date())
        if day > published:
            days.append((sentence.start, sentence.end, day))
    return _counted_from_days(later, days)


def dated_from_update_label(analysis: Analysis) -> Analysis:
    """A page saved once, after its update: a paragraph the page labels as the update ("Update,
    Thursday: The agency said on Thursday that the river was safe") counts from the update's day,
    the time its metadata gives, when that is after the page's date. "Thursday" in a Wednesday's
    page was the Thursday before it, held at 0.92; the page said it was updated that Thursday. Its
    other sentences count from the page's date, as before (which of them the update changed, the
    page alone does not tell). The labels: data/page_updates.yaml's update_label."""
    published = analysis.reference.date
    updated = analysis.article.updated
    if published is None or updated is None or analysis.reference.source != "metadata":
        return analysis
    day = updated.date()
    if day <= published:
        return analysis
    text = analysis.article.text
    label = update_label()
    starts = [m.start(1) for m in label.finditer(text)]
    if not starts:
        return analysis
    days = []
    for start in starts:
        end = text.find("\n\n", start)
        days.append((start, len(text) if end < 0 else end, day))
    return _counted_from_days(analysis, days)


def _counted_from_days(later: Analysis, days: list[tuple[int, int, dt.date]]) -> Analysis:
    """The analysis with the mentions in each (start, end) counted from its day, where that reads
    them otherwise."""
    if not days:
        return later
    against = {day: {(m.start, m.end): m for m in with_reference(later, replace(later.reference, date=day)).mentions}
               for day in {d for _, _, d in days}}
    mentions, updates = [], []
    for mention in later.mentions:
        day = next((d for start, end, d in days if start <= mention.start < end), None)
        other = against[day].get((mention.start, mention.end)) if day else None
        if other is not None and other.value != mention.value and mention.anchored:
            mention = replace(other, read_against="update")
            updates.append((mention.start, day))
        mentions.append(mention)
    if not updates:
        return later
    return replace(later, reference=replace(later.reference, updates=tuple(updates)), mentions=tuple(mentions))


@dataclass(frozen=True)
class Correction:
    """A sentence the later version of a page says otherwise than the earlier one ("About 1,200
    residents" -> "About 2,300"), with the titles the tool makes of each (one per date it gives)."""

    earlier: str  # the earlier version, as sources cite it
    was: str
    later: str
    now: str
    titles_was: tuple[str, ...]
    titles_now: tuple[str, ...]

    def words(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words the earlier version said that the later one replaced and no longer says anywhere in
        the sentence ("1,200", "four"), and those it says instead. A word dropped without another in
        its place ("the") is no figure withdrawn."""
        was, now = [_word(w) for w in self.was.split()], [_word(w) for w in self.now.split()]
        gone: list[str] = []
        instead: list[str] = []
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, was, now, autojunk=False).get_opcodes():
            if tag == "replace":
                gone.extend(w for w in was[i1:i2] if w and w not in now)
                instead.extend(w for w in now[j1:j2] if w and w not in was)
        return tuple(gone), tuple(instead)

    def new_text(self, key: str, written: str) -> str | None:
        """What the tool writes for the event's `key` now, where `written` is what it wrote from the
        earlier sentence; None when `written` is not the tool's (a person's words)."""
        if key == "summary":  # as the run writes it (titles.summary), or the whole sentence, as runs before did
            return summary(self.now) if written in (summary(self.was), " ".join(self.was.split())) else None
        if written not in self.titles_was:
            return None
        if len(self.titles_now) == len(self.titles_was):  # one title per date, in the sentence's order
            return self.titles_now[self.titles_was.index(written)]
        return self.titles_now[0] if len(self.titles_now) == 1 else None


def _word(word: str) -> str:
    return word.strip(".,;:!?\"'()[]“”‘’").lower()


def corrections(superseded: list[Superseded], quotes: dict[tuple[str, str], list[tuple[str, str]]],
                titles: dict[tuple[str, str], tuple[str, ...]]) -> dict[tuple[str, str], list[Correction]]:
    """(later version, its sentence as searched) -> what it corrected in each earlier version's sentence
    (a page saved three times: "Four" in the first, "Six" in the second, "Seven" now), for each
    sentence an update corrected in place (`quotes`: earlier_quotes). `titles`: the tool's titles of
    each (version, sentence as searched)."""
    found: dict[tuple[str, str], list[Correction]] = {}
    for pair in superseded:
        later = pair.later.article.shown
        for sentence in pair.later.sentences:
            said = quote_key(sentence.quote)
            for earlier, was in quotes.get((later, said), ()):
                correction = Correction(earlier, was, later, sentence.quote, titles.get((earlier, quote_key(was)), ()),
                                        titles.get((later, said), ()))
                if quote_key(was) != said and correction not in found.get((later, said), ()):
                    found.setdefault((later, said), []).append(correction)
    return found


def titles_of(file: str, candidates: list) -> dict[tuple[str, str], tuple[str, ...]]:
    """(file, sentence as searched) -> the titles the tool makes of that sentence, in its order."""
    titles: dict[tuple[str, str], list[str]] = {}
    for candidate in candidates:
        titles.setdefault((file, quote_key(candidate.sentence.quote)), []).append(candidate.title)
    return {key: tuple(found) for key, found in titles.items()}


@dataclass(frozen=True)
class Withdrawn:
    """A person's title or summary that still says what the later version of its page withdrew."""

    label: str
    file: str  # the event file, as the user would type it
    line: int | None  # of the key
    key: str  # "title" or "summary"
    gone: tuple[str, ...]
    instead: tuple[str, ...]
    earlier: str
    later: str
    reviewed: bool = False  # marked reviewed: said, never flagged

    def review(self) -> str:
        """The event's `review:` words, which the review page shows until a person fixes the words or
        marks the event reviewed."""
        return review_words(self.key, self.gone, self.instead, self.later)


def review_words(key: str, gone: tuple[str, ...], instead: tuple[str, ...], later: str) -> str:
    corrected_to = run_messages.said("corrected_to", instead=" ".join(instead)) if instead else ""
    return run_messages.said("withdrawn", key=key, gone=" ".join(gone), later=later, corrected_to=corrected_to)


def corrected_wording(found: Found, document: dict, found_corrections: dict[tuple[str, str], list[Correction]]
                      ) -> tuple[list[tuple[str, str]], list[Withdrawn]]:
    """Give a draft the title and summary of the later version's sentence where they are still the
    tool's words for an earlier one; where a person wrote them and they still say what an update
    withdrew, flag the draft (`review:`, shown on the review page) and return them to be said."""
    if found.container != "events" or not found.from_disk or status_of(found) == "rejected":
        return [], []
    here = [c for s in document.get("sources") or [] if isinstance(s, dict)
            for c in found_corrections.get((str(s.get("file")), quote_key(str(s.get("quote") or ""))), ())]
    if not here:
        return [], []
    event, label, frozen = found.event, str(found.event.get("id") or found.event.get("title") or "?"), status_of(found) in FROZEN
    followed: dict[str, Correction] = {}  # key -> the correction its words now follow
    withdrawn: list[Withdrawn] = []
    for key in ("title", "summary"):
        written = event.get(key)
        if not isinstance(written, str):
            continue
        new = next(((c, n) for c in here if (n := c.new_text(key, written)) is not None), None)
        if new is not None and not frozen:  # a reviewed event's words are a person's, checked before the update
            if new[1] != written:
                set_field(found, None, key, new[1])
                followed[key] = new[0]
            continue
        words = {_word(w) for w in written.split()}
        for correction in here:
            gone, instead = correction.words()
            if set(gone) & words:
                withdrawn.append(Withdrawn(label, display_path(found.file.path), found.key_lines.get(key), key, gone,
                                           instead, correction.earlier, correction.later, frozen))
                break
    said = [(label, run_messages.said("followed_later", keys=run_messages.said("and").join(followed), later=c.later,
                                      earlier=c.earlier, now_says=" ".join(c.words()[1]),
                                      said_before=" ".join(c.words()[0])))
            for c in dict.fromkeys(followed.values())]
    if not frozen:
        wanted = withdrawn[0].review() if withdrawn else None
        flags = {review_words(key, *c.words(), c.later) for key in ("title", "summary") for c in here}
        if wanted and event.get("review") is None:
            set_field(found, None, "review", wanted)
        elif not wanted and event.get("review") in flags:  # the person fixed the words: the flag the run wrote goes
            set_field(found, None, "review", DELETE)
            said.append((label, run_messages.said("review_flag_dropped")))
    return said, withdrawn
