"""A short, headline-like title from an event's sentence; the rules are in data/events.yaml.

This module puts the steps together (title, of_clause, of_repeat); each step is a module of its own:
broken_words (words a PDF's line broke, joined), clauses (which words tell of the date), leads
(what opens a sentence before what it tells), subjects (a clause's subject, lent to one without),
without_date (the date taken out), cuts (a title cut to length), quotes (quote marks) and grammar
(what every step asks of its words)."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extract import rules
from timeline.extract.titles.broken_words import _joined_offset, joined_broken_words
from timeline.extract.titles.clauses import (_apart_end, _clause_after_date, _clause_at, _dated_clause, _joined_dates,
                                            _relative_after_date, _relative_of_date, clause_after)
from timeline.extract.titles.cuts import _break, _fit, _shorten, ends_on_particle
from timeline.extract.titles.grammar import _DATA, _complete, _has_verb, _min_words
from timeline.extract.titles.leads import _reported, _said_lead, _without_asides, _without_dateline, _without_leads
from timeline.extract.titles.quotes import _WIRE_MARK, _balance_quotes, _before_cut_quote, _curly_offset, _trim_ends, _wire_marks
from timeline.extract.titles.subjects import _lent_auxiliary, _sentence_subject, _with_subject
from timeline.extract.titles.without_date import _after_date_label, _date_offset, _remove_date, _spaced_offset, _without_relative_days

__all__ = ["clause_after", "joined_broken_words", "of_clause", "of_repeat", "summary", "title"]


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
    sentence, at, date_text, others = _without_dateline(sentence, at, date_text, others)
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


def summary(sentence: str, article: str = "") -> str:
    """An event's summary: its sentence as written, runs of white space one space and the words a
    line's end broke joined (`article`: joined_broken_words), without the wire date line it opens with
    ("RIVERTON, Ohio, Oct. 5 (Reuters) - "; _without_dateline), which tells where and when the copy
    was filed, not what happened, and whose day may not be the event's (a bank's rise "on Tuesday"
    under "LONDON, March 20"). The source's quote keeps it."""
    spaced = " ".join(joined_broken_words(sentence, article).split())
    return _without_dateline(spaced, None, "", ())[0]


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
    if len(text.split()) < _min_words() or (text.split()[-1].lower() in rules.words(_DATA, "title_no_end")
                                            and not ends_on_particle(text.split())):
        text = _trim_ends(_shorten(whole)).rstrip(".")  # nothing headline-like: the sentence's start
        text = _balance_quotes(text)
    text = " ".join(text.split())
    return text[:1].upper() + text[1:] if text else whole[:80]


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
        elif subject is None and (aside := _aside_subject(head, clause[opens:])) is not None:
            lead = aside + ", "  # the second participle of an aside: "The bridge, | widened in 1990, carries ..."

    def moved(offset: int) -> int:
        """An offset of the sentence, in the clause as the title reads it."""
        return offset - start + len(lead) + (shift if offset - start > pronoun_at else 0)
    inside = tuple((moved(begin), moved(stop)) for begin, stop in others if start <= begin < end)
    return title(lead + clause, date_text, moved(at), inside, article)


def _aside_subject(head: str, clause: str) -> str | None:
    """The subject before the comma of an aside of participles that `head` (the title of the words
    before the clause) opens with, when the clause is that aside's next participle ("The bridge,
    opened in 1932" and "widened in 1990, carries ...": "The bridge"; data: title_aside_subject,
    title_aside_participle); None when it is not, or the subject is no short noun phrase without a verb."""
    found = rules.first_match(rules.patterns(_DATA, "title_aside_subject"), head.lstrip())
    if found is None or rules.first_match(rules.patterns(_DATA, "title_aside_participle"), clause) is None:
        return None
    subject = found.regex.search(head.lstrip())["subject"].strip()
    if _has_verb(subject) or len(subject.split()) > int(rules.data(_DATA)["title_subject_max_words"]):
        return None
    return subject


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
