"""What a title leaves off before and around what a sentence tells: leads that open it ("However,
on Thursday, ..."), a leading subordinate clause or the main clause after it, a reporting frame
("X reports that ..."), what opens what was said, and asides; the rules are in data/events.yaml
(title_lead, title_lead_clause, title_report_frame, title_said_lead, title_asides)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _has_verb, _min_words


def _without_leads(text: str, date_at: int) -> tuple[str, int]:
    """The text without what opens it before its main clause (data: title_lead, title_lead_clause),
    and the date's offset in it."""
    for _ in range(3):  # leads can stack: "However, in a related development on Thursday, ..."
        before = text
        for pattern in rules.patterns(_DATA, "title_lead"):
            if pattern.name in rules.words(_DATA, "title_lead_without_the_date"):
                found = pattern.regex.search(text)
                if found is not None and 0 <= date_at < found.end():
                    continue  # the phrase held the date: it tells what happened then
            stripped = pattern.sub("", text, count=1)
            keeps_verb = _has_verb(stripped) or not _has_verb(text)
            if stripped != text and len(stripped.split()) >= _min_words() and keeps_verb:
                date_at -= len(text) - len(stripped)
                text = stripped
        text, date_at = _lead_clause(text, date_at)
        if text == before:
            break
    return text, date_at


def _without_dateline(sentence: str, at: int | None, date_text: str, others: Sequence[tuple[int, int]]
                      ) -> tuple[str, int | None, str, list[tuple[int, int]]]:
    """The sentence without the wire dateline it opens with (data: title_lead `wire-dateline`,
    "PARIS, March 13, 2020 (AFP) - "), taken off before anything else: the date taken out first
    left "PARIS(AFP) - ", which no rule reads as a dateline. The date's offset (`at`) and the other
    dates' (`others`) moved with it; a date in the dateline goes with it (`at` None, `date_text`
    empty): the day the copy was filed, not a clause's. The sentence as it is when what is left is
    too short, or has lost the verb it had."""
    match = next((m for p in rules.patterns(_DATA, "title_lead") if p.name == "wire-dateline"
                  for m in [p.regex.match(sentence)] if m), None)
    if match is None:
        return sentence, at, date_text, list(others)
    rest, cut = sentence[match.end():], match.end()
    if len(rest.split()) < _min_words() or (_has_verb(sentence) and not _has_verb(rest)):
        return sentence, at, date_text, list(others)
    if at is not None and at < cut:
        at, date_text = None, ""
    elif at is not None:
        at -= cut
    return rest, at, date_text, [(begin - cut, end - cut) for begin, end in others if begin >= cut]


def _without_asides(text: str, date_at: int) -> str:
    """The text without its asides (data: title_asides), each replaced by a space; not an aside of
    title_asides_with_their_date that ended with the date (`date_at`: where it was), which tells what
    was done to its subject then, as title_dated_clauses reads one: "Hong Kong, criticised for
    delaying quarantine measures during the outbreak of Sars in 2003, has sealed the hotel" is no title
    of 2003 as "Hong Kong has sealed the hotel"."""
    for pattern in rules.patterns(_DATA, "title_asides"):
        if pattern.needs is not None and not pattern.needs.search(text):
            continue
        parts, at, shift = [], 0, 0
        kept = pattern.name in rules.words(_DATA, "title_asides_with_their_date")
        on_subject = pattern.name in rules.words(_DATA, "title_asides_on_the_subject")
        for match in pattern.regex.finditer(text):
            if on_subject and (_has_verb(text[:match.start()]) or match.start() <= date_at <= match.end()):
                continue  # the object's ("Acme bought Beta, which ..."), or what happened on the date
            # At its closing comma or dash, where a date that ended the aside was; not after it, where
            # a date between the aside and the verb was ("The WHO chief, Dr Margaret Chan, yesterday
            # examined"), nor inside it, in an aside that goes on after its date ("Gordon Brown, who
            # later today will join a meeting ..., called for"; title_dated_clauses leaves those here).
            if kept and date_at == match.start() + len(match.group(0).rstrip(" ,-–—")):
                continue
            parts.append(text[at:match.start()] + " ")
            at = match.end()
            if match.end() <= date_at:
                shift += len(match.group(0)) - 1
        text, date_at = "".join(parts) + text[at:], date_at - shift
    return text


def _said_lead(text: str, date_at: int) -> tuple[str, int]:
    """Who spoke with what was said, without what opens what was said before its main clause, as a
    sentence's own opening goes (_without_leads): "The directors said if Messrs. Drabinsky and
    Gottlieb mail an offer ..., it will reimburse them ..." -> "The directors said it will reimburse
    them ..." (data: title_said_lead). A date in the frame is the saying's: what was said then gives
    its main clause, not a clause of when."""
    for pattern in rules.patterns(_DATA, "title_said_lead"):
        match = pattern.regex.match(text)
        if match is None:
            continue
        # What was said may open on a quote mark ('said that "after these charges ..., the
        # association expects'): the lead is the quote's own, and goes with the mark (the quote is
        # no longer whole; its closing mark, unpaired, is trimmed with the title's ends).
        start = match.start("said") + len(_OPENING_MARK.match(match.group("said"))[0])
        said, said_at = _without_leads(text[start:], date_at - start if date_at >= start else len(text))
        if said == text[start:]:
            continue
        return text[:match.start("said")] + said, (match.start("said") + said_at if date_at >= start else date_at)
    return text, date_at


_OPENING_MARK = re.compile(r"[\"“]?")


def _lead_clause(text: str, date_at: int) -> tuple[str, int]:
    """A leading subordinate clause ("As lockdown approached, the only queues were ...", data:
    title_lead_clause) or the main clause after it gives the title, by where the date was (see the
    data); either only when it keeps a verb. Returns the text and the date's offset in it."""
    for pattern in rules.patterns(_DATA, "title_lead_clause"):
        match = pattern.regex.match(text)
        if match is None:
            continue
        sub = next(name for name in ("clause", "backdrop", "aside") if name in pattern.regex.groupindex)
        inside = match.start(sub) <= date_at < match.start("main")
        first = sub if (inside and sub != "aside") or (sub == "clause" and date_at < match.start(sub)) else "main"
        for part in (first, "main" if first == sub else sub):
            chosen = match.group(part)
            if len(chosen.split()) >= _min_words() and _has_verb(chosen):
                return chosen, date_at - match.start(part)
    return text, date_at


def _reported(text: str, date_at: int) -> tuple[str, int]:
    """What a present-tense reporting frame reports, when the date is in it ("Severin Carrell reports
    that the three British swine flu victims were all aboard a flight ... on April 21" -> "the three
    British swine flu victims were all aboard ..."; data: title_report_frame), and the date's offset
    in it; the text as it is when the date is the frame's, or what was said opens with a pronoun or
    is a guess (title_frame_hedges)."""
    for pattern in rules.patterns(_DATA, "title_report_frame"):
        match = pattern.search(text) if date_at >= 0 else None
        if match is None or date_at < match.start("said"):
            continue
        said = match.group("said")
        words = [word.strip("\"'“”‘’,.").lower() for word in said.split()]
        hedges = rules.words(_DATA, "title_frame_hedges")
        if (words[0] in rules.words(_DATA, "title_pronouns") or any(word in hedges for word in words)
                or len(words) < _min_words() or not _has_verb(said)):
            continue
        return said, date_at - match.start("said")
    return text, date_at
