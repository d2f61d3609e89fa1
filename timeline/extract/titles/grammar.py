"""What every step of making a title asks of its words: whether they read as a verb (_has_verb) or
as a whole clause (_complete), whether there are enough of them (_min_words), and the little words
that lead to a date (_date_lead); the rules are in data/events.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import rules

_DATA = "events"
_DATE = rules.DATE_MARK  # how title_date_dangling writes the date cut out


@lru_cache(maxsize=4096)  # a title asks it of the same heads and cuts again and again
def _has_verb(text: str) -> bool:
    """Whether the text holds a word that reads as a verb (data: title_verb); a title without one
    is a fragment ("The very old", "If a reinvigorated")."""
    return rules.first_match(rules.patterns(_DATA, "title_verb"), text) is not None


@lru_cache(maxsize=4096)
def _complete(text: str) -> bool:
    """Whether the text has a verb outside a relative clause, and one after its last reporting verb
    (data: title_report): "Nicola Sturgeon said the pair" and "A pupil at the school who visited the
    US" are subjects still waiting for their verb."""
    frames = [match for pattern in rules.patterns(_DATA, "title_report") for match in pattern.regex.finditer(text)]
    said = text[max(match.end() for match in frames):] if frames else text
    words = said.split()
    relative = rules.words(_DATA, "title_relative")  # as written: "who", not "WHO"
    first = next((i for i, word in enumerate(words) if word.strip(",") in relative), len(words))
    if _has_verb(" ".join(words[:first])):
        return True
    # The verb after a relative clause: "A pupil who visited the US had already been diagnosed".
    return any(_has_verb(said[modifier.end():]) for pattern in rules.patterns(_DATA, "title_subject_modifiers")
               for modifier in [pattern.regex.search(said)] if modifier and first < len(words))


@lru_cache(maxsize=None)
def _date_lead() -> re.Pattern:
    """The little words that lead to a date ("on", "a little after", "until at least"), any number of
    them, at the end of the text before it (data: title_date_lead)."""
    words = sorted(rules.words(_DATA, "title_date_lead"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(\b({alternatives})\s+)*$", re.IGNORECASE)


def _agreed_article(head: str, after: str) -> str:
    """`head` whose last word, "a" or "an", agrees with the first word of `after`, next to it now
    that what was between went ("a third-quarter earnings report" without its date: "an earnings
    report"; data: title_article_an, which tells the words that sound a vowel first)."""
    words = head.rsplit(None, 1)
    if not words or words[-1].lower() not in ("a", "an") or not after[:1].isalnum():
        return head
    if after.split()[0].lower().strip(",;:") in rules.words(_DATA, "title_cut_before"):
        return head  # no noun the article is now next to: "A week after" without its date
    wanted = "an" if rules.first_match(rules.patterns(_DATA, "title_article_an"), after) else "a"
    last = words[-1]
    if last.lower() == wanted:
        return head
    written = wanted.capitalize() if last[:1].isupper() else wanted
    return head[:len(head) - len(last)] + written


def _min_words() -> int:
    return int(rules.data(_DATA)["title_min_words"])
