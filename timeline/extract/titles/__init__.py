"""A short, headline-like title from an event's sentence; the rules are in data/events.yaml."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from timeline.extract import rules
from timeline.extract.titles.broken_words import _joined_offset, joined_broken_words
from timeline.extract.titles.cuts import _break, _fit, _shorten
from timeline.extract.titles.grammar import _DATA, _DATE, _complete, _date_lead, _has_verb, _min_words
from timeline.extract.titles.leads import _reported, _said_lead, _without_asides, _without_leads
from timeline.extract.titles.quotes import _WIRE_MARK, _balance_quotes, _before_cut_quote, _curly_offset, _trim_ends, _wire_marks
from timeline.extract.titles.subjects import _lent_auxiliary, _sentence_subject, _subject_of, _with_subject
from timeline.extract.titles.without_date import _after_date_label, _date_offset, _remove_date, _spaced_offset, _without_relative_days


def title(sentence: str, date_text: str = "", at: int | None = None,
          others: Sequence[tuple[int, int]] = (), article: str = "") -> str:
    """The clause of the sentence that holds its date (`at`: the date's offset in the sentence),
    without the date, connectives, asides and attribution, at most N words. `others`: where the
    sentence's other dates begin and end, whose clauses tell of other days (_dated_clause);
    `article`: the text the sentence is in, whose words tell a compound a line's end broke
    (joined_broken_words)."""
    joined = joined_broken_words(sentence, article)
    if joined != sentence:
        at = None if at is None else _joined_offset(sentence, at, article)
        others = [(_joined_offset(sentence, begin, article), _joined_offset(sentence, end, article)) for begin, end in others]
        date_text, sentence = joined_broken_words(date_text, article), joined
    if _WIRE_MARK.search(sentence) is None:
        return _title(sentence, date_text, at, others)
    # Wire copy's quote marks (TempEval's and AP's ``...''): read as the curly marks they stand for,
    # so that every rule pairs, strips and leads them as those, and written back as the sentence
    # has them, unless it has curly marks too, which would then be ambiguous (data: title_quote_marks).
    curly = _WIRE_MARK.sub(lambda m: _wire_marks()[m[0]], sentence)
    made = _title(curly, _WIRE_MARK.sub(lambda m: _wire_marks()[m[0]], date_text),
                  None if at is None else _curly_offset(sentence, at),
                  [(_curly_offset(sentence, begin), _curly_offset(sentence, end)) for begin, end in others])
    if any(mark in sentence for mark in _wire_marks().values()):
        return made
    for wire, mark in _wire_marks().items():
        made = made.replace(mark, wire)
    return made


def _title(sentence: str, date_text: str, at: int | None, others: Sequence[tuple[int, int]]) -> str:
    whole = " ".join(sentence.split())
    whole = _after_date_label(whole, " ".join(date_text.split())) or whole
    spaced, spaced_at = " ".join(sentence.split()), -1
    if at is not None:
        at, date_text, others = _joined_dates(sentence, at, date_text, others)
        spaced_at = _spaced_offset(sentence, at)
        start, end = _clause_at(sentence, at)
        end = min(end, _apart_end(sentence, at, date_text, others))
        inside = [begin - start for begin, _ in others if start <= begin < end]
        clause = _dated_clause(sentence[start:end], at - start, inside, date_text)
        sentence = _with_subject(" ".join(sentence.split()), clause, date_text)
    text = " ".join(sentence.split())
    date_at = _date_offset(text, " ".join(date_text.split()), spaced, spaced_at) if date_text else -1
    text, date_at = _reported(text, date_at)
    text, date_at = _relative_of_date(text, " ".join(date_text.split()), date_at)
    after = _clause_after_date(text, " ".join(date_text.split()), date_at) or _relative_after_date(
        text, " ".join(date_text.split()), date_at)
    if after:
        text, date_text, date_at = after, "", -1
    if date_text:
        text, date_at = _remove_date(text, " ".join(date_text.split()), date_at)
    text, date_at = _without_leads(text, date_at)
    text, date_at = _said_lead(text, date_at)
    text = _without_asides(text, date_at)
    for pattern in rules.patterns(_DATA, "title_tail"):
        stripped = pattern.sub("", text, count=1)
        # Not when it takes the verb with it: an aside gone, "... have been given the drug Tamiflu
        # told a press conference" is no attribution to cut from "... who might have come into contact".
        if stripped != text and len(stripped.split()) >= _min_words() and (_complete(stripped) or not _complete(text)):
            text = stripped
    text = _without_relative_days(text)
    broken = _break(text)
    # A head that ends where a clause does (at a comma, a semicolon, a dash) or the whole text is
    # whole; one cut before a word ("... if people in contact | with flu are given drugs") is not.
    clause_end = broken == text or text[len(broken):].lstrip()[:1] in ",;:(•–—-"
    text = _fit(broken, " ".join(date_text.split()), clause_end)
    # After the stop, what the date left before it: "It was a day of firsts: the first of May."; and
    # an ellipsis spaced as tokenised news writes it ("for the US Constitution . . .").
    text = _trim_ends(text).rstrip(". ").rstrip(" ,;:-–—")
    text = _before_cut_quote(text)
    text = _balance_quotes(text)
    if len(text.split()) < _min_words() or text.split()[-1].lower() in rules.words(_DATA, "title_no_end"):
        text = _trim_ends(_shorten(whole)).rstrip(".")  # nothing headline-like: the sentence's start
        text = _balance_quotes(text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else whole[:80]


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
    relative clause: "... on April 21 | had not been")."""
    words = re.findall(r"\s+\S+", text)
    for index, word in enumerate(words):
        if _has_verb(word):
            return "".join(words[:index])
    return "".join(words)


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


def of_clause(sentence: str, start: int, end: int, date_text: str, at: int,
              others: Sequence[tuple[int, int]] = (), article: str = "") -> str:
    """The title of one of the coordinated clauses of a sentence that tells a happening in each
    (`start`, `end`: the clause, in the sentence; events.Clause), as `title` makes it of that clause
    alone. A later clause whose subject is a pronoun ("..., and it reopened on Thursday"; data:
    clause_pronouns) or that has none ("... and left on March 11") takes the subject of the words
    before it, with the auxiliary of their verb when it opens with a participle that shares it ("The
    dam was built in 1887 and last strengthened in 1998": _lent_auxiliary)."""
    clause = sentence[start:end]
    lead = ""
    pronoun_at, shift = len(clause), 0  # where the subject took a pronoun's place, and how much longer it is
    if start > 0:
        # The pronoun opens the clause, or follows the date the clause opens with ("and the following
        # year he was appointed": clause_opening_dates).
        opens = _after_opening_date(clause, at - start, date_text)
        first, _, rest = clause[opens:].partition(" ")
        # The subject of the clauses before it as their title reads them: without a lead ("According
        # to sources quoted by the Miami Herald, Munero had fled ...") or a date before the verb,
        # theirs left out ("On May 22, 1995, Farkas was made ..." is no "1995, Farkas").
        earlier = sorted((begin, stop) for begin, stop in others if stop <= start)
        head = (title(sentence[:start], sentence[earlier[0][0]:earlier[0][1]], earlier[0][0], earlier[1:], article) if earlier
                else title(sentence[:start], article=article))
        subject = _sentence_subject(head)
        if subject is not None and first.lower() in rules.words(_DATA, "clause_pronouns") and _has_verb(rest):
            clause = clause[:opens] + subject + " " + rest
            pronoun_at, shift = opens, len(subject) - len(first)
        elif subject is not None and rules.first_match(rules.patterns(_DATA, "title_verb_first"), clause) is not None:
            auxiliary = _lent_auxiliary(head.lstrip()[len(subject):], clause)
            lead = f"{subject} {auxiliary} " if auxiliary else subject + " "

    def moved(offset: int) -> int:
        """An offset of the sentence, in the clause as the title reads it."""
        return offset - start + len(lead) + (shift if offset - start > pronoun_at else 0)
    inside = tuple((moved(begin), moved(stop)) for begin, stop in others if start <= begin < end)
    return title(lead + clause, date_text, moved(at), inside, article)


def _after_opening_date(clause: str, at: int, date_text: str) -> int:
    """Where the words after its date begin, when the clause opens with it (a preposition at most
    before it: "by Friday the army had left"); 0 when it does not."""
    if not 0 <= at < len(clause) or len(clause[:at].split()) > 1:
        return 0
    after = at + len(date_text)
    return after + len(clause[after:]) - len(clause[after:].lstrip(" ,"))


def of_repeat(before: str, after: str, repeated: bool, article: str = "") -> str:
    """The title of one date of a list told with one verb (events.Clause.list_words): the sentence's
    words `before` and `after` the list, as `title` makes it; a later date's with the data's word for
    a repeat where the list was ("The council met again"; title_repeat_word), or after the title when
    the list leads the sentence ("In 2019 and again in 2022, Smith was arrested": "Smith was arrested
    again", not "Again, Smith ...")."""
    word = rules.data(_DATA)["title_repeat_word"] if repeated else ""
    if not before.strip():
        return f"{title(after.lstrip(' ,;:'), article=article)} {word}".rstrip()
    return title(f"{before.rstrip()} {word}".rstrip() + ("" if after[:1] in ".,;:!?" else " ") + after.lstrip(), article=article)


def _clause_at(sentence: str, at: int) -> tuple[int, int]:
    """Where the coordinated clause ("..., and on Tuesday the governor announced ...") that holds
    offset `at` begins and ends in the sentence: the whole sentence when that clause is too short."""
    start = 0
    for pattern in rules.patterns(_DATA, "title_clauses"):
        for match in pattern.regex.finditer(sentence):
            if match.end() <= at:
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
            if match is None or not _holds(match, "clause", at):
                continue
            # An aside on the object of a clause (its subject group holds a verb: "Officials signed the
            # treaty, signed in 1998 by the former government") is the date's wherever the date
            # sits in it: the clause before has none.
            on_object = "subject" in groups and _has_verb(match.group("subject"))
            if "main" not in groups and not on_object and text[at + len(date_text):match.end("clause")].strip():
                continue
            if (made := _own_title(match, date_text)) is not None:
                return made
        return text
    found = [match for pattern in rules.patterns(_DATA, "title_dated_clauses")
             for match in _overlapping(pattern.regex, text)]
    holding = sorted((match for match in found if "clause" in match.re.groupindex and _holds(match, "clause", at)
                      and not all(_holds(match, "clause", offset) for offset in others)),
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


def _antecedent(subject: str) -> int:
    """Where, in the words before an aside, the noun it tells of begins: all of them when they have
    no verb ("The library, built in 1962"), but a preposition they open with ("In New Zealand, which
    reported ..."), else the longest short name or noun phrase that ends them
    without a verb or a word that opens a clause (data: title_antecedent_stops; "Kim met Xi, who left
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
        if ((word[:1].isupper() or word.lower() in rules.words(_DATA, "title_articles")) and not _has_verb(tail)
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
        made = f"{actor} {clause}"
    elif subject:
        begin = match.start("subject") + _antecedent(subject)
        if begin < match.start("subject"):
            return None
        if "drop" in match.re.groupindex and match.group("drop") is not None:
            if not opens_with_verb:
                return None  # "which the council built": the clause's subject is another
            made = f"{text[begin:match.start('drop')]} {text[match.end('drop'):match.end('clause')]}"
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
