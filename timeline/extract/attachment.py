"""Whether a sentence's date is the time of the event the sentence tells, or of a clause the event
is not in: a comparison ("as severe as the flu of 1957"), what someone was urged to do, a state
named in an aside. The date engine's confidence says how sure the value of the words is; this says
how sure it is that those words date the event. Cues are data (data/attachment.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from string import Formatter

from timeline.extract import rules
from timeline.extract.dating import Mention
from timeline.extract.sentences import Sentence

_DATA = "attachment"
OWN = rules.DATE_MARK  # how the cues write the event's date
OTHER = "@OTHER@"  # and the sentence's other dates


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
    """Each cue's pattern, ceiling, note and reach, checked when loaded."""
    entries = {entry["name"]: entry for entry in rules.data(_DATA)["cues"]}
    built = []
    for pattern in rules.patterns(_DATA, "cues"):
        entry = entries[pattern.name]
        at_most, note, reach = entry.get("at_most"), entry.get("note"), entry.get("reach")
        if not isinstance(at_most, (int, float)) or not 0 <= at_most <= 1 or not isinstance(note, str) or "{date" not in note:
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: cues: {pattern.name!r} needs at_most "
                                  "(a number from 0 to 1) and a note naming {date}")
        if reach is not None and (not isinstance(reach, int) or reach < 1):
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: cues: {pattern.name!r}: reach must be a whole number of characters")
        built.append(Cue(pattern, float(at_most), note, reach, entry.get("another_date_wins") is True))
    return tuple(built)


@dataclass(frozen=True)
class Cue:
    pattern: rules.Pattern
    at_most: float
    note: str
    # A cue whose matches end at the date and begin at most `reach` characters before it is searched
    # there only: most of a sentence is no business of it, and searching all of it cost extraction 5%.
    reach: int | None = None
    another_date_wins: bool = False

    def search(self, text: str, first: int, last: int) -> bool:
        """Whether the cue matches `text`, whose event's date is written from `first` to `last`."""
        if self.reach is None:
            return self.pattern.search(text) is not None
        start = max(0, first - self.reach)
        if start:  # begin at a word, so that no word is cut into another ("ethan" into "than")
            space = text.find(" ", start, first)
            start = space if space >= 0 else first
        return self.pattern.search(text[start:last]) is not None


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


def doubt(sentence_text: str, date_words: str) -> Doubt | None:
    """The first cue the sentence (as `written` writes it) matches, with its note; or None."""
    first = sentence_text.find(OWN)
    last = sentence_text.rfind(OWN) + len(OWN)
    for cue in _cues():
        if cue.search(sentence_text, first, last):
            return Doubt(cue.pattern.name, cue.at_most, cue.note.format(date=date_words), cue.another_date_wins)
    return None


def in_a_clause_of_time(sentence_text: str) -> bool:
    """Whether the sentence (as `written` writes it) holds the event's date in a clause of time ("after
    the leak grew overnight") while its main clause has a date of its own, which then dates the event
    (data: main_clause_wins)."""
    return rules.first_match(rules.patterns(_DATA, "main_clause_wins"), sentence_text) is not None


def ceilings() -> frozenset[float]:
    """Every cue's most confidence: what a date it doubts may be given, whatever its words' value."""
    return frozenset(cue.at_most for cue in _cues())


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
    for cue in _cues():
        pieces = [re.escape(literal) + (".+?" if field is not None else "") for literal, field, _, _ in Formatter().parse(cue.note)]
        notes.append("".join(pieces))
    return re.compile(r";\s+(?P<note>" + "|".join(notes) + r")(?=;\s|$)")
