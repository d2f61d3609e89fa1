"""The subject a clause's title is given: a sentence's or a clause's own subject (the short name
or noun phrase before its first verb), and that subject lent, with the auxiliary it shares, to a
coordinated clause that has none ("Fleming had underlying health problems, and died ..."); the
rules are in data/events.yaml (title_verb, title_verb_first, title_shared_auxiliary ...)."""

from __future__ import annotations

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _date_lead
from timeline.extract.titles.without_date import _date_is_subject


def _with_subject(sentence: str, clause: str, date_text: str = "") -> str:
    """A coordinated clause without a subject of its own ("..., and died in intensive care on
    Sunday", "..., and on Friday announced a ban") with the sentence's subject before it: the words
    before the sentence's first verb, when they are a short name or noun phrase ("Fleming had
    underlying health problems, and died ..."). Not one whose date is its subject ("..., and Monday
    was the busiest day": _date_is_subject)."""
    clause = " ".join(clause.split())
    rest = _after_leading_date(clause, date_text)
    if sentence.startswith(clause) or rules.first_match(rules.patterns(_DATA, "title_verb_first"), rest) is None:
        return clause
    if rest != clause and _date_is_subject(clause[:clause.find(" ".join(date_text.split()))], rest):
        return clause  # its own subject is the date: "..., and Monday was the busiest day"
    subject = _sentence_subject(sentence)
    if subject is None:
        return clause
    auxiliary = _lent_auxiliary(sentence.lstrip()[len(subject):], rest)
    return f"{subject} {auxiliary} {clause}" if auxiliary else f"{subject} {clause}"


def _lent_auxiliary(after_subject: str, clause: str) -> str:
    """The auxiliary of the verb after a lent subject (`after_subject`: the words that follow it) that
    a clause opening with a participle shares: "The dam was built in 1887 and last strengthened in
    1998" lends "was" with "The dam" (data: title_shared_auxiliary, title_shares_auxiliary); "" when none."""
    shared = rules.first_match(rules.patterns(_DATA, "title_shared_auxiliary"), after_subject)
    if shared is None or rules.first_match(rules.patterns(_DATA, "title_shares_auxiliary"), clause) is None:
        return ""
    return " ".join(shared.regex.search(after_subject)["aux"].split())


def _sentence_subject(sentence: str) -> str | None:
    """The words before the sentence's first verb, when they are a short name or noun phrase that
    opens with a capital; else None."""
    verb = rules.first_match(rules.patterns(_DATA, "title_verb"), sentence)
    if verb is None:
        return None
    subject = sentence[: verb.regex.search(sentence).start()].strip()
    longest = int(rules.data(_DATA)["title_subject_max_words"])
    if not subject[:1].isupper() or not 1 <= len(subject.split()) <= longest or any(c in subject for c in ",;:\"“"):
        return None
    return subject


def _after_leading_date(clause: str, date_text: str) -> str:
    """The clause after the date it opens with and the words that lead to it ("on Friday announced a
    ban" -> "announced a ban"); the clause itself when it does not open with its date."""
    date = " ".join(date_text.split())
    at = clause.find(date) if date else -1
    if at < 0 or _date_lead().search(clause[:at]).start() != 0:
        return clause
    return clause[at + len(date):].lstrip(" ,")


def _subject_of(main: str) -> str | None:
    """The subject of a clause: the words before its first verb, when they are a short name or noun
    phrase ("the ministry said ..." -> "the ministry"); None otherwise."""
    verb = rules.first_match(rules.patterns(_DATA, "title_verb"), main)
    if verb is None:
        return None
    subject = main[: verb.regex.search(main).start()].strip()
    words = subject.split()
    longest = int(rules.data(_DATA)["title_subject_max_words"])
    if not 1 <= len(words) <= longest or any(c in subject for c in ",;:\"“"):
        return None
    if not (words[0][:1].isupper() or words[0].lower() in rules.words(_DATA, "title_articles")):
        return None
    return subject
