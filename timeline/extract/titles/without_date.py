"""The date in a title's text: where it is (_date_offset, _after_date_label for a dated list item),
and the text without it (_remove_date), the little words that led to it and what it would leave
dangling, or with it kept where it is the subject or part of a name; words that count from the
article's day left out too (_without_relative_days). The rules are in data/events.yaml
(title_date_keep*, title_date_dangling, title_relative_days ...)."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _DATE, _agreed_article, _date_lead, _has_verb, _min_words
from timeline.extract.titles.quotes import _opens_quote


def _spaced_offset(sentence: str, offset: int) -> int:
    """Where an offset of the sentence falls once its runs of white space are each one space."""
    head = sentence[:offset]
    spaced = " ".join(head.split())
    return len(spaced) + (1 if spaced and head[-1:].isspace() else 0)


def _date_offset(text: str, date_text: str, sentence: str, at: int) -> int:
    """Where in `text` (the title being made, from `sentence`, both spaced as one) the date at offset
    `at` of the sentence is: with the same words twice ("On Monday the board met, and on Monday the
    chairman resigned"), the one whose words around it are the sentence's around `at`, as what a
    title leaves out and puts before (an aside, a subject) is away from the date; the first when the
    text holds it once, or `at` is unknown (-1). -1 when the text does not hold it."""
    first = text.find(date_text)
    if at < 0 or first < 0 or text.find(date_text, first + 1) < 0:
        return first
    before, after = sentence[:at], sentence[at + len(date_text):]

    def shared(index: int) -> int:
        head, tail = text[:index], text[index + len(date_text):]
        same_before = next((n for n in range(min(len(head), len(before))) if head[-1 - n] != before[-1 - n]),
                           min(len(head), len(before)))
        same_after = next((n for n in range(min(len(tail), len(after))) if tail[n] != after[n]),
                          min(len(tail), len(after)))
        return same_before + same_after

    found = [m.start() for m in re.finditer(re.escape(date_text), text)]
    return max(found, key=shared)  # the first of equals


def _after_date_label(whole: str, date_text: str) -> str | None:
    """What a dated list item says after the date that labels it, when what it says makes no title
    of its own ("- 13 March 2024: budget vote, 31 to 24" -> "budget vote, 31 to 24", not the item's
    start with its date); None for a sentence that does not open so."""
    if not date_text:
        return None
    at = _LABEL_LEAD.match(whole).end()
    if not whole.startswith(date_text, at):
        return None
    match = _LABEL_GAP.match(whole, at + len(date_text))
    return match.group("rest") if match else None


# Fixed patterns, the date matched as a string: one compiled per date text (a pattern each title)
# cost 0.5 s of the bench corpus's 9.
_LABEL_LEAD = re.compile(r"[\s\-–—•*]*")
_LABEL_GAP = re.compile(r"\s*[:–—-]\s+(?P<rest>\S.*)$")


def _remove_date(text: str, date_text: str, at: int = -1) -> tuple[str, int]:
    """The text without the date expression at offset `at` (the first of its words when -1, or when
    they are not there) and the little words that led to it ("on", "a little after"), and the offset
    in it where the date was (-1 when it is not there)."""
    index = at if at >= 0 and text.startswith(date_text, at) else text.find(date_text)
    if index < 0 or rules.first_match(rules.patterns(_DATA, "title_date_keep_after"), text[index + len(date_text):]):
        return text, index  # "today's farming", "the pandemic of 1918-1919": keep it
    if rules.first_match(rules.patterns(_DATA, "title_date_in_name"), f"{text[:index]}{_DATE}{text[index + len(date_text):]}"):
        return text, index  # "a history of 1918 Flu": not "a history Flu"
    if rules.first_match(rules.patterns(_DATA, "title_date_keep_around"), f"{text[:index]}{_DATE}{text[index + len(date_text):]}"):
        return text, index  # "warnings issued on 2 March came too late": not "warnings issued came"
    before = text[:index]
    if rules.first_match(rules.patterns(_DATA, "title_date_keep"), before):
        return text, index  # "Between 2005 and January 2009": without it the title would end on "and"
    lead = _date_lead().search(before)
    start = lead.start() if lead and lead.group(0) else index
    if (article := _article_start(before, text[index + len(date_text):])) is not None:
        if article < 0:
            return text, index  # "today is the eighth day, ...": not "today is the, ..."
        start = article  # "rose during the third quarter, the company said": the article goes with its preposition
    elif rules.first_match(rules.patterns(_DATA, "title_date_adjective"), text[index:]):
        start = index  # "posted a 20% gain in third-quarter net income": "in" is the noun's, not the date's
    elif (not (rest := text[index + len(date_text):].lstrip())[:1].isalnum() and rest.strip(" .!?\"'”’")
          and (owner := _owner().search(text[:start]))):
        # the date was all the noun an owner's word had: "net income for its third quarter, citing";
        # at the end the date stays ("during our spring and summer": title_no_end)
        start = _date_lead().search(text[:owner.start()]).start()
    marked = f"{text[:start].rstrip()} {_DATE}{text[index + len(date_text):]}"
    dangling = _without_dangling(marked)
    if dangling is not None:
        return dangling
    if _would_dangle(marked):
        return text, index  # "Acme, founded in 1990 employs 400 people": not "Acme, founded employs"
    after = text[index + len(date_text):]
    for part_of_day in rules.patterns(_DATA, "title_date_part_of_day"):
        after = part_of_day.sub("", after, count=1)
    after = after.lstrip()
    if _date_is_subject(text[:start], after):
        return text, index  # the date is the subject: "Today was supposed to be workers' day"
    head = text[:start].rstrip()
    if not after.strip(" .!?\"'”’") and rules.first_match(rules.patterns(_DATA, "title_date_keep_last"), head):
        return text, index  # "The library, built in 1962": not "The library, built"
    # The date between commas ("Kim, on Tuesday, left") goes with them; a comma that closes an aside
    # before it stays ("The WHO chief, Dr Margaret Chan, yesterday examined"), for the aside rule.
    head, after = _without_commas(head, after)
    head = head if after[:1].isalnum() else head.rstrip(" ,")
    head = _agreed_article(head, after)  # "a third-quarter earnings report": "an earnings report"
    if after[:1] == "," and _YEAR_COMMA.search(date_text) and "," not in text[:start]:
        # the comma American style sets after a full date's year ("in the year ending June 30, 1990,
        # to fall") goes with the date, not into the title as a break; not one that may close an
        # aside opened before ("the notes, which will be due on Nov. 1, 2004, will be used")
        after = after[1:].lstrip()
    if head.split() and (head.split()[-1].lower() in rules.words(_DATA, "title_no_end") or _opens_quote(head)):
        # "confirmed that as of this morning, 456 people": not "that, 456"; and a date that opened
        # what was said ("said: "Earlier this evening, baby Jack ...") leaves no comma after its quote
        # mark, where the title broke ("said: "").
        after = after.lstrip(" ,")
    # A space before a word, an opening quote or a dash ("her today \"as a valued customer\"", "for a
    # few days - before"; "White House on Thursday ``For the past", its marks read as curly ones:
    # title), none before a comma or a full stop.
    spaced = ((after[:1].isalnum() and not _opens_quote(head)) or after[:1] in "-–—"
              or re.match(r"[\"“‘'][^\W_]", after) is not None)
    joined = (head + (" " if spaced else "") + after).strip()
    joined = re.sub(r"\s+([,.;:])", r"\1", joined)
    joined = re.sub(r",\s*,", ",", joined).lstrip(" ,;:")
    joined = re.sub(r"\s*\(\s*\)", "", joined)  # brackets that held only the date: a life, "Wyatt (1503–42)"
    joined = re.sub(r"\s*[\"“]\s*[.,]?\s*[\"”]", "", joined)  # quote marks that held only the date: '"for a good part of 1990."'
    last = head.split()[-1].lower() if head.split() else ""
    if not after.strip(" .!?\"'”’") and last in rules.words(_DATA, "title_no_end"):
        return text, index  # the date is what the sentence says: "the most recent onset was Sunday April 26"
    if len(joined.split()) < _min_words():
        return text, index
    return joined, len(head.lstrip(" ,;:"))  # where the date was, give or take a space


def _article_start(before: str, after: str) -> int | None:
    """Where the words to leave out with a date begin when an article stands right before it and no
    noun after it, which the article could be left to ("during the third quarter, the company said";
    data: title_articles, title_date_no_noun_after): at the little words that lead to the article,
    which it goes with; -1 when none do, and the date then stays, as the article's noun ("marked the
    first day, workers said", not "marked the, workers said"). None when no such article is there."""
    article = _article().search(before)
    if article is None or rules.first_match(rules.patterns(_DATA, "title_date_no_noun_after"), after) is None:
        return None
    lead = _date_lead().search(before[:article.start()])
    return lead.start() if lead.group(0) else -1


@lru_cache(maxsize=None)
def _article() -> re.Pattern:
    """An article that ends the words before a date (data: title_articles)."""
    words = "|".join(sorted(map(re.escape, rules.words(_DATA, "title_articles")), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{words})\s+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _owner() -> re.Pattern:
    """An owner's word right before a date (data: title_date_owners: "for its third quarter")."""
    words = "|".join(sorted(map(re.escape, rules.words(_DATA, "title_date_owners")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


def _date_is_subject(before: str, after: str) -> bool:
    """Whether a date with these words before and after it is its clause's subject, which a title
    keeps: a verb of title_date_subject_verbs follows it, and nothing but quote marks comes before it,
    or what may come before a subject ("In Saudi Arabia, today is ...": title_date_subject_before)."""
    if after.split(" ", 1)[0] not in rules.words(_DATA, "title_date_subject_verbs"):
        return False
    return not before.strip(" ,\"'“‘") or rules.first_match(
        rules.patterns(_DATA, "title_date_subject_before"), before.lstrip(" \"'“‘")) is not None


def _without_commas(head: str, after: str) -> tuple[str, str]:
    """The words before and after a date left out from between commas, without both commas when the
    predicate follows ("Shares of Acme, Monday, were up": title_verb_first); as they are before what
    is no verb, where one comma stays and closes a fronted phrase ("In trading, Monday, shares were up")."""
    head, after = head.rstrip(), after.lstrip()
    if head.endswith(",") and after[:1] == "," and rules.first_match(
            rules.patterns(_DATA, "title_verb_first"), after[1:].lstrip()) is not None:
        return head.rstrip(" ,"), after[1:].lstrip()
    return head, after


_YEAR_COMMA = re.compile(r"\d, \d{4}$")  # "June 30, 1990"


def _without_dangling(marked: str) -> tuple[str, int] | None:
    """The text (with its date written as _DATE) without the date and what it would leave dangling
    (data: title_date_dangling), and where they were; None when nothing would, or when what is
    left is too short or has no verb."""
    for pattern in rules.patterns(_DATA, "title_date_dangling"):
        match = pattern.search(marked)
        if match is None:
            continue
        head, rest = marked[:match.start("cut")].rstrip(), marked[match.end("cut"):].lstrip()
        if match.group("cut").startswith(",") and _takes_the_verb(head, match.group("cut"), rest):
            continue
        joined = re.sub(r"\s+([,.;:])", r"\1", f"{head} {rest}").strip()
        if _DATE not in joined and len(joined.split()) >= _min_words() and _has_verb(joined):
            return joined, len(head)
    return None


def _would_dangle(marked: str) -> bool:
    """Whether the text (its date written as _DATE) without its date would leave a participle whose
    only complement that was, in an aside title_date_dangling did not take away (data:
    title_date_keep_dangling); not a participle that is the verb of the subject before it
    (_takes_the_verb)."""
    for pattern in rules.patterns(_DATA, "title_date_keep_dangling"):
        match = pattern.search(marked)
        if match is not None and not _takes_the_verb(marked[:match.start("aside")].rstrip(), match.group("aside"),
                                                     marked[match.end("aside"):].lstrip()):
            return True
    return False


def _takes_the_verb(head: str, cut: str, rest: str) -> bool:
    """Whether an aside to cut with the date (`cut`, between `head` and `rest`) holds the verb of the
    subject before it, not a participle: "When the plant in Atlanta, Ga., closed in 1990, the company
    moved", "The mayor, Kim Lee, resigned in 2019, and ...": its comma closes an aside of the subject
    (the clause before it, after the last word of title_antecedent_stops, holds a comma), that clause
    has no verb, and the words after it open with none ("The dam, built in 1962, holds back ...":
    title_verb_first). Not after a phrase that opens with no subject ("Under new terms of the
    agreement, announced Friday, LIN holders would ...": no comma)."""
    if not _has_verb(cut.replace(_DATE, " ")):
        return False
    words = head.split()
    stops = rules.words(_DATA, "title_antecedent_stops")
    opener = max((i for i, word in enumerate(words) if word.lower().strip(",") in stops), default=-1)
    clause = " ".join(words[opener + 1:])
    if "," not in clause or _has_verb(clause):
        return False
    return rules.first_match(rules.patterns(_DATA, "title_verb_first"), rest.lstrip(" ,")) is None


def _without_relative_days(text: str) -> str:
    """The text without the words that count from the article's day (data: title_relative_days),
    with the little words that lead to them, a possessive one before its noun with the word the noun
    needs in its place (title_relative_possessive_word): "Today's study estimated" -> "the study
    estimated", "planned to meet again on tomorrow" -> "planned to meet again". Not one that
    is the subject ("Today was supposed to be ..."), nor when what is left is too short or loses
    its verb."""
    for match in reversed(list(_relative_day().finditer(text))):
        after = text[match.end():].lstrip()
        if _date_is_subject(text[:match.start()], after):
            continue
        start = _date_lead().search(text[:match.start()]).start() if not match.group("possessive") else match.start()
        rest = text[match.end():]
        if match.group("possessive") and rest.lstrip()[:1].isalnum():
            # its noun needs a determiner in its place: "to yesterday's announcement" -> "to the announcement"
            rest = f"{rules.data(_DATA)['title_relative_possessive_word']} {rest.lstrip()}"
        shorter = re.sub(r"\s+([,.;:])", r"\1", " ".join(_without_commas(text[:start], rest)).strip())
        shorter = re.sub(r",\s*,", ",", shorter).strip(" ,")
        if len(shorter.split()) >= _min_words() and (_has_verb(shorter) or not _has_verb(text)):
            text = shorter
    return text


@lru_cache(maxsize=None)
def _relative_day() -> re.Pattern:
    words = "|".join(sorted(map(re.escape, rules.words(_DATA, "title_relative_days")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})(?P<possessive>\s*['’]s\b)?(?![\w'’-])", re.IGNORECASE)
