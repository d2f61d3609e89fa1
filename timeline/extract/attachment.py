"""Whether a sentence's date is the time of the event the sentence tells, or of a clause the event
is not in: a comparison ("as severe as the flu of 1957"), what someone was urged to do, a state
named in an aside. The date engine's confidence says how sure the value of the words is; this says
how sure it is that those words date the event. Cues are data (data/attachment.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from string import Formatter

from timeline.dates import read_across_tense
from timeline.extract import rules
from timeline.extract.dating import Mention
from timeline.extract.sentences import Sentence

_DATA = "attachment"
OWN = rules.DATE_MARK  # how the cues write the event's date
OTHER = "@OTHER@"  # and the sentence's other dates
AHEAD_OF_A_PAST = "ahead_of_a_past"  # the data's entry for a date read ahead against a past tense


@dataclass(frozen=True)
class Doubt:
    """Why a date may not be its sentence's event's: the cue, the most the confidence can then be,
    and the words the event's reason gains."""

    cue: str
    at_most: float
    note: str
    another_date_wins: bool = False  # whether another date of the sentence that no cue doubts is the event's


@cache
def _cues() -> tuple[Cue, ...]:
    """Each cue's pattern, ceiling, note, reach and values, checked when loaded."""
    entries = {entry["name"]: entry for entry in rules.data(_DATA)["cues"]}
    built = []
    for pattern in rules.patterns(_DATA, "cues"):
        entry = entries[pattern.name]
        where = f"timeline/extract/data/{_DATA}.yaml: cues: {pattern.name!r}"
        at_most, note = _ceiling_and_note(entry, where, set(pattern.regex.groupindex))
        reach = entry.get("reach")
        if reach is not None and (not isinstance(reach, int) or reach < 1):
            raise rules.RuleError(f"{where}: reach must be a whole number of characters")
        built.append(Cue(pattern, at_most, note, reach, entry.get("another_date_wins") is True,
                         _regex(entry, "value", where), _regex(entry, "words", where, re.IGNORECASE),
                         _ends_at_the_date(pattern.regex.pattern)))
    return tuple(built)


def _ends_at_the_date(source: str) -> bool:
    """Whether no match of a cue's pattern goes on past the event's date: each @DATE@ in it closes its
    alternative (nothing but `)` after it, then `|` or the pattern's end)."""
    tails = source.split(OWN)[1:]
    return bool(tails) and all(re.match(r"\)*(?:\||$)", tail) for tail in tails)


def _regex(entry: dict, key: str, where: str, flags: int = 0) -> re.Pattern | None:
    """The entry's regular expression under `key`, compiled; None when it gives none."""
    try:
        return re.compile(entry[key], flags) if entry.get(key) else None
    except re.error as error:
        raise rules.RuleError(f"{where}: bad regular expression in {key}: {error}") from None


def _ceiling_and_note(entry: dict, where: str, groups: set[str]) -> tuple[float, str]:
    """A doubt's most confidence and its note, checked: a number from 0 to 1, words naming {date}
    and no field but the groups of its pattern."""
    at_most, note = entry.get("at_most"), entry.get("note")
    if not isinstance(at_most, (int, float)) or not 0 <= at_most <= 1 or not isinstance(note, str) or "{date" not in note:
        raise rules.RuleError(f"{where} needs at_most (a number from 0 to 1) and a note naming {{date}}")
    unknown = {field for _, field, _, _ in Formatter().parse(note) if field} - {"date"} - groups
    if unknown:
        raise rules.RuleError(f"{where}: the note names {', '.join(sorted(unknown))}, which is no group of its pattern")
    return float(at_most), note


@cache
def _ahead_of_a_past() -> tuple[float, str]:
    """The most confidence and the note of a date read ahead against a past tense (read_ahead_of_a_past)."""
    where = f"timeline/extract/data/{_DATA}.yaml: {AHEAD_OF_A_PAST}"
    return _ceiling_and_note(rules.data(_DATA).get(AHEAD_OF_A_PAST) or {}, where, set())


@dataclass(frozen=True)
class Cue:
    pattern: rules.Pattern
    at_most: float
    note: str
    # A cue whose matches begin at most `reach` characters before the date is searched from there
    # only: most of a sentence before it is no business of it, and searching all of it cost extraction
    # 5%. Up to the date's end when its matches end there (`ends_at_date`); else the rest of the
    # sentence stays, for a look-ahead past the date ("@DATE@(?=\s+deadline)", a closing quote after
    # it), which a cut at the date's end never let match (searching the rest for every cue cost
    # extraction about 4% again).
    reach: int | None = None
    another_date_wins: bool = False
    # The dates (TIMEX3 values) the cue is about, when not all: "the 1918 pandemic" names a thing by
    # its year, while "the 12 June vote" is most often the event's own day.
    values: re.Pattern | None = None
    # The date's words the cue is about, when not all: a quote's "today" is its speaker's day, while
    # a quote's "12 June" is that day whoever says it.
    words: re.Pattern | None = None
    ends_at_date: bool = False
    # What the cue found in each written sentence lately (found_in): a match depends on the written
    # sentence alone, whose dates are @DATE@ and @OTHER@ whatever their words. The cues' search was an
    # eighth of extraction's CPU (1.2 s of about 10 on the bench corpus).
    seen: dict[str, re.Match | None] = field(default_factory=dict, compare=False, repr=False)

    def found_in(self, written_sentence: str) -> re.Match | None:
        """The cue's match in a sentence as `written` writes it, or None (remembered: rules.remembered)."""
        if written_sentence in self.seen:  # asked of every cue for every date: one call the less
            return self.seen[written_sentence]
        return rules.remembered(self.seen, written_sentence, self._search_written)

    def _search_written(self, written_sentence: str) -> re.Match | None:
        return self.search(written_sentence, written_sentence.find(OWN), written_sentence.rfind(OWN) + len(OWN))

    def search(self, text: str, first: int, last: int | None = None) -> re.Match | None:
        """The cue's match in `text`, whose event's date is first written at `first` and last ends at
        `last` (the text's end when not given); or None."""
        if self.reach is None:
            return self.pattern.search(text)
        start = max(0, first - self.reach)
        if start:  # begin at a word, so that no word is cut into another ("ethan" into "than")
            space = text.find(" ", start, first)
            start = space if space >= 0 else first
        end = last if self.ends_at_date and last is not None else len(text)
        return self.pattern.search(text[start:end])

    def applies_to(self, value: str | None, date_words: str = "") -> bool:
        """Whether the cue is about a date of this value and these words (every date, when it names
        no values nor words)."""
        return ((self.values is None or value is None or self.values.search(value) is not None)
                and (self.words is None or self.words.search(" ".join(date_words.split())) is not None))


def written(text: str, sentence: Sentence, own: Iterable[Mention], others: Iterable[Mention]) -> str:
    """The sentence with the event's date written as @DATE@ and its other dates as @OTHER@."""
    marks = sorted([(m.start, m.end, OWN) for m in own] + [(m.start, m.end, OTHER) for m in others])
    parts, at = [], sentence.start
    for start, end, mark in marks:
        if start < at:  # overlapping mentions: the first one written stands
            continue
        parts += [text[at:start], mark]
        at = end
    parts.append(text[at:sentence.end])
    return "".join(parts)


def doubt(sentence_text: str, date_words: str, value: str | None = None) -> Doubt | None:
    """The first cue the sentence (as `written` writes it) matches, for a date of `value` (its words
    `date_words`), with its note; or None."""
    for cue in _cues():
        if not cue.applies_to(value, date_words):
            continue
        found = cue.found_in(sentence_text)
        if found is not None:
            named = {name: " ".join(words.split()) for name, words in found.groupdict("").items()}
            note = cue.note.format_map({**named, "date": date_words})
            return Doubt(cue.pattern.name, cue.at_most, note, cue.another_date_wins)
    return None


def read_ahead_of_a_past(engine_reason: str, date_words: str) -> Doubt | None:
    """The doubt of a date the engine read after the article's date though the tense around it looks
    back (its reason says so: timeline.dates.read_across_tense): a close month or day outweighed a
    tense the engine only guessed. The value may well be right, as the words read ("announced an
    agreement to acquire the bank in January", told in November: the acquisition's January ahead);
    but what the sentence tells happened, so the date is then of a clause the event is not in (what
    was agreed, planned or due), or the value is the wrong one of two. None for any other reading."""
    if read_across_tense(engine_reason) != "past":
        return None
    at_most, note = _ahead_of_a_past()
    return Doubt(AHEAD_OF_A_PAST, at_most, note.format(date=date_words))


def in_a_clause_of_time(sentence_text: str) -> bool:
    """Whether the sentence (as `written` writes it) holds the event's date in a clause of time ("after
    the leak grew overnight") while its main clause has a date of its own, which then dates the event
    (data: main_clause_wins)."""
    return rules.first_match(rules.patterns(_DATA, "main_clause_wins"), sentence_text) is not None


def ceilings() -> frozenset[float]:
    """Every cue's most confidence: what a date it doubts may be given, whatever its words' value."""
    return frozenset(cue.at_most for cue in _cues()) | {_ahead_of_a_past()[0]}


def without_notes(reason: str) -> str:
    """The reason without the words any cue adds to it ("; date uncertain: ..."): what the date's
    reading says, as a run before the cues (or before a cue changed) wrote it too."""
    return _note_pattern().sub("", reason)


def notes(reason: object) -> list[str]:
    """The cues' words a reason carries ("date uncertain: ..."): the tool doubted that its date is
    the event's."""
    return [m.group("note") for m in _note_pattern().finditer(reason)] if isinstance(reason, str) else []


@cache
def _note_pattern() -> re.Pattern:
    """Any cue's note as `_attached` joins it to a reason, its date words whatever they are."""
    notes = []
    for note in (*(cue.note for cue in _cues()), _ahead_of_a_past()[1]):
        pieces = [re.escape(literal) + (".+?" if field is not None else "") for literal, field, _, _ in Formatter().parse(note)]
        notes.append("".join(pieces))
    return re.compile(r";\s+(?P<note>" + "|".join(notes) + r")(?=;\s|$)")
