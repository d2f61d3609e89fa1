"""Which words of a sentence tell of its date: the coordinated clause that holds it (_clause_at,
_apart_end), the dated clause or aside inside it when the sentence has other dates (_dated_clause),
the clause right after the date that says what happened then (clause_after), and a relative
clause with the noun it tells of (_relative_after_date, _relative_of_date); the rules are in
data/events.yaml (title_clauses, title_dated_clauses, title_after_date, title_relative_* ...)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _DATE, _date_lead, _has_verb, _min_words
from timeline.extract.titles.subjects import _subject_of


def _clause_after_date(text: str, date_text: str, date_at: int) -> str | None:
    """The clause right after the date that says what happened then (data: title_after_date), when
    it has its own subject and verb; else None."""
    if date_at < 0 or not date_text:
        return None
    return clause_after(text[date_at + len(date_text):])


def clause_after(rest: str) -> str | None:
    """The clause that opens `rest`, the words right after a date, and says what happened then
    (data: title_after_date: ", when the Spanish flu swept through Europe"), when it has its own
    subject and verb; else None."""
    for pattern in rules.patterns(_DATA, "title_after_date"):
        match = pattern.regex.match(rest)
        if match is None:
            continue
        clause = match.group("clause")
        has_subject = rules.first_match(rules.patterns(_DATA, "title_verb_first"), clause) is None
        if len(clause.split()) >= _min_words() and _has_verb(clause) and has_subject:
            return clause
    return None


def _relative_after_date(text: str, date_text: str, date_at: int) -> str | None:
    """The noun the date belongs to with the relative clause right after the date that tells what it
    did ("the Hong Kong flu of 1968 that killed about a million people" -> "the Hong Kong flu killed
    about a million people"; data: title_relative_after_date); else None."""
    if date_at < 0 or not date_text:
        return None
    rest = text[date_at + len(date_text):]
    verb_first = rules.patterns(_DATA, "title_verb_first")
    for pattern, noun_pattern in _relative_rules():
        match = pattern.regex.match(rest)
        noun = noun_pattern.search(text[:date_at]) if match else None
        if noun is None or rules.first_match(verb_first, match.group("clause")) is None:
            continue
        words = noun.group("noun").split()
        if len(words) > int(rules.data(_DATA)["title_subject_max_words"]) or _has_verb(noun.group("noun")):
            continue
        made = f"{noun.group('noun')} {match.group('clause')}"
        if len(made.split()) >= _min_words() and _has_verb(made):
            return made
    return None


def _relative_of_date(text: str, date_text: str, date_at: int) -> tuple[str, int]:
    """The noun a relative clause that holds the date tells of, with that clause: "Nicola Sturgeon said
    the pair who flew back to Scotland on April 21 had not been ..." -> "the pair flew back to Scotland
    on April 21" (data: title_relative_dated), and the date's offset in it; the text as it is when no
    such clause holds it, or the noun and the clause would be too short a title without the date."""
    if date_at < 0 or not date_text:
        return text, date_at
    marked = f"{text[:date_at]}{_DATE}{text[date_at + len(date_text):]}"
    for pattern, noun_pattern in _relative_rules("title_relative_dated"):
        match = pattern.search(marked)
        noun = _verbless_noun(noun_pattern, marked[: match.start("drop")]) if match else None
        if noun is None:
            continue
        pronouns = rules.words(_DATA, "title_relative_person_pronouns")
        if any(word.strip(",") in pronouns for word in match.group("drop").split()) and (person := rules.first_match(
                rules.patterns(_DATA, "title_relative_person_after_of"), noun)) is not None:
            noun = person.regex.match(noun)["person"]  # "the case of Elian, who was rescued": Elian
        after = marked[match.end("clause"):]
        tail = _up_to_verb(after[: _break_at(after)])
        clause = match.group("clause").replace(_DATE, date_text, 1) + tail
        made = f"{noun} {clause}"
        if _has_verb(made) and _long_enough(made, date_text):
            return made, len(noun) + 1 + match.group("clause").index(_DATE)
    return text, date_at


def _verbless_noun(noun_pattern: re.Pattern, before: str) -> str | None:
    """The longest run of words that ends `before` and matches `noun_pattern` without a verb ("Nicola
    Sturgeon said the pair" -> "the pair"); None when there is none."""
    at = 0
    while (found := noun_pattern.search(before, at)) is not None:
        if not _has_verb(found.group("noun")):
            return found.group("noun")
        at = found.start("noun") + 1
    return None


def _break_at(text: str) -> int:
    """Where the clause that `text` goes on with ends: at a comma, a colon, a bracket or a quote, or
    the sentence's end."""
    found = re.search(r"[,;:()\"“”!?]|\.(?!\d)", text)
    return found.start() if found else len(text)


def _up_to_verb(text: str) -> str:
    """The words of `text` before the first one that reads as a verb (the main clause's, after a
    relative clause: "... on April 21 | had not been"), with what is joined to the word before it
    ("'s ruling" after "that issued Thursday": "issued Thursday's ruling", not "issued Thursday ruling")."""
    joined = re.match(r"\S*", text).group(0)
    words = re.findall(r"\s+\S+", text[len(joined):])
    for index, word in enumerate(words):
        if _has_verb(word):
            return joined + "".join(words[:index])
    return joined + "".join(words)


def _long_enough(made: str, date_text: str) -> bool:
    """Whether a title made of a clause has title_min_words without its date and the little words
    that lead to it ("Marjan died in early 2002" has two)."""
    date = " ".join(date_text.split())
    at = made.find(date) if date else -1
    bare = made if at < 0 else made[:_date_lead().search(made[:at]).start()] + made[at + len(date):]
    return len(bare.split()) >= _min_words()


@lru_cache(maxsize=None)
def _relative_rules(key: str = "title_relative_after_date") -> tuple[tuple[rules.Pattern, re.Pattern], ...]:
    """Each pattern of `key` with its `noun`: what the noun a relative clause tells of looks like."""
    entries = {str(e.get("name")): e for e in rules.data(_DATA).get(key) or []}
    found = []
    for pattern in rules.patterns(_DATA, key):
        noun = entries.get(pattern.name, {}).get("noun")
        if not noun:
            raise rules.RuleError(f"timeline/extract/data/events.yaml: {key} {pattern.name}: needs 'noun'")
        found.append((pattern, re.compile(noun, re.IGNORECASE)))
    return tuple(found)


def _clause_at(sentence: str, at: int) -> tuple[int, int]:
    """Where the coordinated clause ("..., and on Tuesday the governor announced ...") that holds
    offset `at` begins and ends in the sentence: the whole sentence when that clause is too short."""
    start = 0
    for pattern in rules.patterns(_DATA, "title_clauses"):
        for match in pattern.regex.finditer(sentence):
            if match.end() <= at and not _joins_asides(sentence[:match.start()], sentence[match.end():]) \
                    and not _opens_subject_aside(sentence, match.start()):
                start = max(start, match.end())
    clause = sentence[start:]
    end = len(clause)
    for pattern in rules.patterns(_DATA, "title_clauses"):
        for match in pattern.regex.finditer(clause):
            if match.start() >= at - start:
                end = min(end, match.start())
                break
    if not _has_verb(clause[:end]):
        # What a coordination ended without a verb was a list, not a clause: "the exams watchdog,
        # Ofqual, and the Qualification and Curriculum Authority will meet"
        end = len(clause)
    return (start, start + end) if len(clause[:end].split()) > _min_words() else (0, len(sentence))


def _opens_subject_aside(sentence: str, at: int) -> bool:
    """Whether what begins at offset `at` (", while ...") is an aside on the sentence's subject that
    its predicate follows (title_asides_on_the_subject: "The plan, while it was costly, was approved"),
    not a clause of its own: split there, the title was "It was costly, was approved"."""
    if _has_verb(sentence[:at]):
        return False
    names = rules.words(_DATA, "title_asides_on_the_subject")
    return any(pattern.regex.match(sentence, at) for pattern in rules.patterns(_DATA, "title_asides") if pattern.name in names)


def _joins_asides(before: str, after: str) -> bool:
    """Whether a coordination between `before` and `after` joins two asides on one subject, not two
    clauses: no verb before it, and a comma after it before the first verb, which closes the second
    aside ("Slepian, 52, | and the father of four boys, was shot": the title was "The father of four
    boys, was shot", Slepian lost)."""
    verb = rules.first_match(rules.patterns(_DATA, "title_verb"), after)
    if verb is None or _has_verb(before):
        return False
    return "," in after[:verb.regex.search(after).start()]


def _joined_dates(sentence: str, at: int, date_text: str,
                  others: Sequence[tuple[int, int]]) -> tuple[int, str, list[tuple[int, int]]]:
    """The date with the other dates joined to it in one phrase (data: title_dates_joined): "in
    January and February" is left out whole, not as "the congress decision and February". Returns
    where it begins, its words and the sentence's other dates."""
    joined = rules.patterns(_DATA, "title_dates_joined")
    begin, end, rest = at, at + len(date_text), sorted(others)
    grown = True
    while grown:
        grown = False
        for other in rest:
            between = sentence[other[1]:begin] if other[1] <= begin else sentence[end:other[0]] if other[0] >= end else None
            earlier, later = min((begin, end), other), max((begin, end), other)
            # Not the ends of a range, which a title keeps (title_date_keep): "Between 2005 and January 2009".
            # The earlier date as the mark: a day that is a date ("on 3 and 25 April") is no bare number.
            marked = sentence[:earlier[0]] + _DATE + sentence[earlier[1]:later[0]]
            # Nor two clauses' dates ("refloated on 29 March and that evening traffic resumed": title_dates_apart).
            both = marked + _DATE + sentence[later[1]:]
            if (between is not None and rules.first_match(joined, between)
                    and not rules.first_match(rules.patterns(_DATA, "title_date_keep"), marked)
                    and not rules.first_match(rules.patterns(_DATA, "title_dates_apart"), both)):
                begin, end, grown = min(begin, other[0]), max(end, other[1]), True
                rest.remove(other)
                break
    if (begin, end) == (at, at + len(date_text)):
        return at, date_text, list(others)
    return begin, sentence[begin:end], rest


def _apart_end(sentence: str, at: int, date_text: str, others: Sequence[tuple[int, int]]) -> int:
    """Where the clause of the date at `at` ends when a later date, joined to it by "and", opens a
    clause of its own (data: title_dates_apart, its `boundary`): "... was refloated on 29 March |
    and that evening traffic resumed". The sentence's end when none does."""
    end = at + len(date_text)
    for begin, finish in sorted(others):
        if begin < end:
            continue
        both = sentence[:at] + _DATE + sentence[end:begin] + _DATE + sentence[finish:]
        for pattern in rules.patterns(_DATA, "title_dates_apart"):
            match = pattern.regex.search(both)
            if match is not None and match.end("boundary") == len(sentence[:at] + _DATE + sentence[end:begin]):
                return begin - len(match.group("boundary"))
    return len(sentence)


def _dated_clause(text: str, at: int, others: Sequence[int], date_text: str) -> str:
    """The clause of the text that holds the date at offset `at` (data: title_dated_clauses, where
    the reasons are written down), the smallest first, when another of its dates (`others`: their
    offsets) lies outside that clause and it makes a title of its own (_own_title); else the text
    without the clauses that hold another date and not this one. The text as it is when it holds
    no other date: a clause then tells nothing about which day is whose."""
    if not others:
        # A clause before the main one that tells what its subject had done before (one with `main`)
        # is another time than the main clause, even as the sentence's only date.
        # So is an aside on the subject that ends with the date ("The dam, built in 1962, holds back
        # ..."): it tells what was done to its subject then, and without its date it would dangle
        # ("The dam, built, holds back"); one that goes on after its date ("who will chair the council
        # later today, backed by ...") is left to the asides' rules.
        for pattern in rules.patterns(_DATA, "title_dated_clauses"):
            groups = pattern.regex.groupindex
            # A clause of where, after its place, may be anywhere: "..., where ... in late March".
            match = (pattern.regex.match(text) if "main" in groups or "subject" in groups
                     else pattern.regex.search(text) if "place" in groups else None)
            if match is None or not _holds(match, "clause", at) or _ends_elsewhere(match, text, at, date_text):
                continue
            # An aside on the object of a clause (its subject group holds a verb: "Officials signed the
            # treaty, signed in 1998 by the former government") is the date's wherever the date
            # sits in it: the clause before has none.
            on_object = "subject" in groups and _has_verb(match.group("subject"))
            if "main" not in groups and not on_object and text[at + len(date_text):match.end("clause")].strip():
                continue
            if "fronted" in groups and not text[at + len(date_text):match.end("clause")].strip():
                continue  # its date its only complement: title_date_dangling's, "Unveiled last April, the chip ..."
            if (made := _own_title(match, date_text)) is not None:
                return made
        return text
    found = [match for pattern in rules.patterns(_DATA, "title_dated_clauses")
             for match in _overlapping(pattern.regex, text)]
    holding = sorted((match for match in found if "clause" in match.re.groupindex and _holds(match, "clause", at)
                      and not all(_holds(match, "clause", offset) for offset in others)
                      and not _ends_elsewhere(match, text, at, date_text)),
                     key=lambda match: len(match.group("clause")))
    for match in holding:
        made = _own_title(match, date_text)
        if made is not None:
            return made
    left_out: list[tuple[int, int]] = []  # the outermost first: an "after" clause with its "when" clause
    for match in sorted(found, key=lambda match: (match.start("aside"), -match.end("aside"))):
        begin, end = match.span("aside")
        if any(begin < other_end and other_begin < end for other_begin, other_end in left_out):
            continue
        if _holds(match, "aside", at) or not any(_holds(match, "aside", offset) for offset in others):
            continue
        if "clause" in match.re.groupindex and match.start("clause") in others:
            continue  # "after 3 March" is no clause but when: "closed after 3 March when ..."
        if begin >= at and not text[at + len(date_text):begin].strip(" \"'”’)") and rules.first_match(
                rules.patterns(_DATA, "title_after_date"), text[at + len(date_text):]):
            continue  # "in 1918, when a pandemic killed millions": it tells what happened then
        left_out.append((begin, end))
    kept = text
    for begin, end in reversed(left_out):  # from the end, so that the earlier offsets stay
        shorter = re.sub(r"\s+([,.;:!?])", r"\1", f"{kept[:begin]} {kept[end:]}")
        if len(shorter.split()) >= _min_words() and _has_verb(shorter):
            kept = shorter
    return kept


def _ends_elsewhere(match: re.Match, text: str, at: int, date_text: str) -> bool:
    """Whether an aside no comma closes (its pattern's group `unclosed`) goes on after the date at `at`:
    nothing but its date says where it ends ("The dam, built in 1962 has ..."), and read on it may end
    inside itself."""
    return ("unclosed" in match.re.groupindex and match.group("unclosed") is not None
            and bool(text[at + len(date_text):match.end("clause")].strip()))


def _antecedent(subject: str) -> int:
    """Where, in the words before an aside, the noun it tells of begins: all of them when they have
    no verb ("The library, built in 1962"), but a preposition they open with ("In New Zealand, which
    reported ..."), else the longest short name or noun phrase that ends them
    without a verb or a word that opens a clause, from a capital, an article or an owner (data:
    title_antecedent_owners, title_antecedent_stops; "Kim met Xi, who left
    on Tuesday" -> "Xi left", "They would appeal the decision, announced on Wednesday" -> "The
    decision, announced", "It was the first time that Ritter, who arrived" -> "Ritter arrived"); -1
    when there is none such."""
    starts = [match.start() for match in re.finditer(r"\S+", subject)]
    if not _has_verb(subject):
        words = subject.split()
        opens = len(words) > 1 and words[0].lower() in rules.words(_DATA, "title_antecedent_prepositions")
        return starts[1] if opens else 0
    longest = int(rules.data(_DATA)["title_subject_max_words"])
    for start in starts[-longest:]:
        word, tail = subject[start:].split()[0], subject[start:]
        stops = rules.words(_DATA, "title_antecedent_stops")
        opens_noun = word.lower() in rules.words(_DATA, "title_articles") | rules.words(_DATA, "title_antecedent_owners")
        if ((word[:1].isupper() or opens_noun) and not _has_verb(tail)
                and not any(w.lower().strip(",") in stops for w in tail.split())):
            return start
    return -1


def _overlapping(regex: re.Pattern, text: str) -> list[re.Match]:
    """Every match, and those that begin inside another's clause: ", after the levee broke when
    the river rose on 3 March" is an "after" clause with a "when" clause inside it."""
    found, at = [], 0
    while (match := regex.search(text, at)) is not None:
        found.append(match)
        at = max(match.start() + 1, match.start("clause") if "clause" in regex.groupindex else match.end())
    return found


def _holds(match: re.Match, group: str, offset: int) -> bool:
    return match.group(group) is not None and match.start(group) <= offset < match.end(group)


def _own_title(match: re.Match, date_text: str) -> str | None:
    """The words a dated clause gives a title: the clause, after the `subject` of an aside with its
    relative pronoun (`drop`) left out, or before the `place` a clause of where tells of; None when that has no verb, no subject of its own, a pronoun
    for one (it would say nothing without the sentence), or too few words once the date is out."""
    text, clause = match.string, match.group("clause")
    subject = match.group("subject") if "subject" in match.re.groupindex else None
    opens_with_verb = rules.first_match(rules.patterns(_DATA, "title_verb_first"), clause) is not None
    if "main" in match.re.groupindex:  # a leading clause: its subject is the main clause's, after it
        actor = _subject_of(match.group("main"))
        if actor is None:
            return None
        # A participle phrase fronted before its subject reads as an aside on it: "Elian, rescued ..."
        made = f"{actor}, {clause[:1].lower()}{clause[1:]}" if "fronted" in match.re.groupindex else f"{actor} {clause}"
    elif subject:
        begin = match.start("subject") + _antecedent(subject)
        if begin < match.start("subject"):
            return None
        if "drop" in match.re.groupindex and match.group("drop") is not None:
            if not opens_with_verb:
                return None  # "which the council built": the clause's subject is another
            made = f"{text[begin:match.start('drop')]} {text[match.end('drop'):match.end('clause')]}"
        elif "dash" in match.re.groupindex:  # the aside's dash as a comma: "Its new strategy, started ..."
            made = f"{text[begin:match.start('dash')]}, {text[match.end('dash'):match.end('clause')]}"
        else:
            made = text[begin:match.end("clause")]
    elif opens_with_verb:
        return None
    elif "place" in match.re.groupindex:  # what happened there: "the virus was spotted in the US"
        made = f"{clause} {match.group('place')}"
    else:
        made = clause
    made = " ".join(made.split())
    first = made.split()[0].strip("\"'“‘").lower() if made.split() else ""
    if first in rules.words(_DATA, "title_pronouns") or not _has_verb(made):
        return None
    return made if _long_enough(made, date_text) else None
