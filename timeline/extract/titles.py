"""A short, headline-like title from an event's sentence; the rules are in data/events.yaml."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import rules

_DATA = "events"


def title(sentence: str, date_text: str = "", at: int | None = None) -> str:
    """The clause of the sentence that holds its date (`at`: the date's offset in the sentence),
    without the date, connectives, asides and attribution, at most N words."""
    whole = " ".join(sentence.split())
    if at is not None:
        sentence = _clause_at(sentence, at)
    text = " ".join(sentence.split())
    if date_text:
        text = _remove_date(text, " ".join(date_text.split()))
    for _ in range(3):  # leads can stack: "However, in a related development on Thursday, ..."
        before = text
        for pattern in rules.patterns(_DATA, "title_lead"):
            stripped = pattern.sub("", text, count=1)
            if len(stripped.split()) >= _min_words() and (_has_verb(stripped) or not _has_verb(text)):
                text = stripped
        if text == before:
            break
    for pattern in rules.patterns(_DATA, "title_asides"):
        text = pattern.sub(" ", text)
    for pattern in rules.patterns(_DATA, "title_tail"):
        stripped = pattern.sub("", text, count=1)
        if len(stripped.split()) >= _min_words():
            text = stripped
    text = _break(text)
    text = _shorten(text)
    text = text.strip(" ,;:-–—\"'“”‘’").rstrip(".")
    text = _balance_quotes(text)
    if len(text.split()) < _min_words() or text.split()[-1].lower() in rules.words(_DATA, "title_no_end"):
        text = _shorten(whole).strip(" ,;:-–—\"'“”‘’").rstrip(".")  # nothing headline-like: the sentence's start
        text = _balance_quotes(text)
    return text[:1].upper() + text[1:] if text else whole[:80]


def _has_verb(text: str) -> bool:
    """Whether the text holds a word that reads as a verb (data: title_verb); a title without one
    is a fragment ("The very old", "If a reinvigorated")."""
    return rules.first_match(rules.patterns(_DATA, "title_verb"), text) is not None


def _break(text: str) -> str:
    """The text up to the first break (data: title_breaks) whose head holds a verb; when no head
    does, up to the first break only if the rest holds no verb either (a fragment then is the best
    there is), else the whole text, which _shorten cuts."""
    heads = sorted({match.start() for pattern in rules.patterns(_DATA, "title_breaks")
                    for match in pattern.regex.finditer(text)
                    if len(text[: match.start()].split()) >= _min_words()})
    for start in heads:
        if _has_verb(text[:start]):
            return text[:start]
    if heads and not _has_verb(text):
        return text[: heads[0]]
    return text


def _clause_at(sentence: str, at: int) -> str:
    """The coordinated clause ("..., and on Tuesday the governor announced ...") that holds offset `at`."""
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
    clause = clause[:end]
    return clause if len(clause.split()) > _min_words() else sentence


def _remove_date(text: str, date_text: str) -> str:
    """The text without the date expression and the little words that led to it ("on", "a little after")."""
    index = text.find(date_text)
    if index < 0 or text[index + len(date_text):][:2] in ("'s", "’s"):  # "today's farming": keep it
        return text
    before = text[:index]
    if rules.first_match(rules.patterns(_DATA, "title_date_keep"), before):
        return text  # "Between 2005 and January 2009": without it the title would end on "and"
    lead = _date_lead().search(before)
    start = lead.start() if lead and lead.group(0) else index
    after = text[index + len(date_text):]
    after = re.sub(r"^\s*(morning|afternoon|evening|night)\b", "", after, flags=re.IGNORECASE)
    after = after.lstrip()
    if not text[:start].strip(" ,\"'“‘") and after.split(" ", 1)[0] in rules.words(_DATA, "title_date_subject_verbs"):
        return text  # the date is the subject: "Today was supposed to be workers' day"
    head = text[:start].rstrip()
    # The date between commas ("Kim, on Tuesday, left") goes with them; a comma that closes an aside
    # before it stays ("The WHO chief, Dr Margaret Chan, yesterday examined"), for the aside rule.
    head = head if after[:1].isalnum() else head.rstrip(" ,")
    joined = (head + (" " if after[:1].isalnum() else "") + after).strip()
    joined = re.sub(r"\s+([,.;:])", r"\1", joined)
    joined = re.sub(r",\s*,", ",", joined).lstrip(" ,;:")
    return joined if len(joined.split()) >= _min_words() else text


@lru_cache(maxsize=None)
def _date_lead() -> re.Pattern:
    """The little words that lead to a date ("on", "a little after", "until at least"), any number of
    them, at the end of the text before it (data: title_date_lead)."""
    words = sorted(rules.words(_DATA, "title_date_lead"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"(\b({alternatives})\s+)*$", re.IGNORECASE)


def _shorten(text: str) -> str:
    words = text.split()
    limit = int(rules.data(_DATA)["title_max_words"])
    cut_before = rules.words(_DATA, "title_cut_before")
    no_end = rules.words(_DATA, "title_no_end")
    if len(words) > limit:
        # Before a word of title_cut_before, not right after a word a title may not end on ("was not
        # | in fact"), and keeping a verb when the first `limit` words hold one.
        cuts = [index for index in range(limit, max(_min_words(), (2 * limit) // 3) - 1, -1)
                if words[index].lower().strip(",") in cut_before
                and words[index - 1].lower().strip(",;:") not in no_end]
        with_verb = [index for index in cuts if _has_verb(" ".join(words[:index]))]
        cut = (with_verb or cuts or [limit])[0] if _has_verb(" ".join(words[:limit])) else (cuts or [limit])[0]
        words = words[:cut]
    while len(words) > 1 and (words[-1].lower().strip(",;:") in no_end or words[-1].endswith(",")):
        if words[-1].endswith(",") and words[-1].lower().strip(",") not in no_end:
            words[-1] = words[-1].rstrip(",")
            continue
        words.pop()
    return " ".join(words)


def _balance_quotes(text: str) -> str:
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


def _min_words() -> int:
    return int(rules.data(_DATA)["title_min_words"])
