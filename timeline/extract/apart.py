"""Two sentences that tell two happenings, however alike their words: what merging never joins.

A false merge hides an event, so these hold between every two sources of a merged event, not only
between the two sentences that brought their events together (events.merge): "pupils at the
Kirkgate school were ill" and "children at a second school were ill" stay apart even when a third
sentence ("many pupils were ill") is like both. Near-identical sentences still merge.

The words and patterns are data: `merge_figures`, `merge_rough_figures`, `merge_durations`,
`merge_amounts`, `merge_negated`, `merge_another`, `merge_possessive`, `merge_reaction`,
`merge_speaker` and `merge_speaker_names` in timeline/extract/data/events.yaml; so
are the words that tell one happening in other words (`merge_happenings`: "collapsed", "gave way"),
read here as one word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property

from timeline.extract import rules

_DATA = "events"
WORD = re.compile(r"[a-z][a-z'-]+")
# What a sentence can say of a word that makes it another happening than one told without it.
_MARKS = ("merge_negated", "merge_another", "merge_possessive", "merge_reaction")


@cache  # a story's sentences use the same few thousand words over and over
def stem(word: str) -> str:
    """The word without its owner's mark, its ending and a silent end (`merge_word_*` in the data):
    "voted", "votes" and "vote" are "vot"."""
    word = _strip(word, "merge_word_owner")
    return _strip(_strip(word, "merge_word_endings"), "merge_word_silent_end")


def happening(word_stem: str) -> str:
    """The stem a word is read as when sentences are likened: the first word's of its line of
    `merge_happenings` ("collaps" for "failed"), or its own."""
    return _happenings()[1].get(word_stem, word_stem)


def befallen_names(text: str, names: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The happenings of `merge_happenings.by_name` lines the sentence tells of a name right before
    their word (the words of `between` aside), each as its line's stem and the name's stem: "The
    eastern wall of the Millbrook Dam collapsed" {("collaps", "dam")}. `names`: the stems of the
    article's names."""
    by_name, between = _by_name()
    lowered = happening_phrases(text.lower())
    words = list(WORD.finditer(lowered))
    found = set()
    for k, word in enumerate(words):
        line = happening(stem(word.group(0)))
        if line not in by_name or k + 1 < len(words) and f"{word.group(0)} {words[k + 1].group(0)}" in _happenings()[2]:
            continue  # not a line's word, or one read as itself ("Mexico failed to disclose")
        back = k - 1
        while back >= 0 and words[back].group(0) in between and not lowered[words[back].end():words[back + 1].start()].strip():
            back -= 1
        if back >= 0 and not lowered[words[back].end():words[back + 1].start()].strip() and stem(words[back].group(0)) in names:
            found.add((line, stem(words[back].group(0))))
    return frozenset(found)


@cache
def _by_name() -> tuple[frozenset[str], frozenset[str]]:
    settings = rules.data(_DATA).get("merge_happenings") or {}
    return (frozenset(happening(stem(w.lower())) for w in settings.get("by_name") or []),
            frozenset(w.lower() for w in settings.get("between") or []))


def told_of_names(text: str, names: frozenset[str]) -> frozenset[tuple[str, tuple[str, ...]]]:
    """The happenings of `merge_happenings.of_a_name` the sentence tells of a name, each as its line's
    first word and the name's stems in order: "The death of Jacqui Fleming" {("die", ("jacqui",
    "flem"))}. The name right before the line's word (the words of `between` aside, its owner's "'s"
    too) or right after it and `merge_owner_of` (articles aside). `names`: the stems of the article's
    names."""
    pattern, first_of = _of_a_name()
    if pattern is None:
        return frozenset()
    lowered = text.lower()
    if not pattern.search(lowered):  # most sentences
        return frozenset()
    _, between = _by_name()
    of, articles = _owner_words()
    words = [w.group(0) for w in WORD.finditer(pattern.sub(lambda m: f" {first_of[' '.join(m.group(0).split())]}{_TOLD} ", lowered))]
    stems = [stem(w) for w in words]
    found = set()
    for at, word in enumerate(words):
        if not word.endswith(_TOLD):
            continue
        line = word[:-len(_TOLD)]
        back = at - 1
        while back >= 0 and words[back] in between:
            back -= 1
        run = []
        while back >= 0 and stems[back] in names:
            run.insert(0, stems[back])
            back -= 1
        if not run and at + 1 < len(words) and words[at + 1] in of:
            ahead = at + 2
            while ahead < len(words) and words[ahead] in articles:
                ahead += 1
            while ahead < len(words) and stems[ahead] in names:
                run.append(stems[ahead])
                ahead += 1
        if run:
            found.add((line, tuple(run)))
    return frozenset(found)


def one_named(a: frozenset[tuple[str, tuple[str, ...]]], b: frozenset[tuple[str, tuple[str, ...]]]) -> bool:
    """Two sentences' told_of_names tell one line's happening of one name: "Jacqui Fleming died" and
    "Fleming's death"."""
    return any(x == y and _one_person(m, n) for x, m in a for y, n in b)


def other_names(a: frozenset[tuple[str, tuple[str, ...]]], b: frozenset[tuple[str, tuple[str, ...]]]) -> bool:
    """Two sentences tell one line's happening, each of names, and of no name both give a last word
    of: "Smith died" and "Jacqui Fleming died" are two deaths."""
    return any(x == y for x, _ in a for y, _ in b) and not any(x == y and m[-1] == n[-1] for x, m in a for y, n in b)


def _one_person(m: tuple[str, ...], n: tuple[str, ...]) -> bool:
    return m[-1] == n[-1] and (len(m) < 2 or len(n) < 2 or m[-2] == n[-2])


_TOLD = "--told"  # a mark on a line's word no text's word carries


def _happening_lines(key: str) -> list[list[str]]:
    """The lines under `merge_happenings.<key>`, each a list of words and phrases whose first is one word.
    Raises RuleError naming a malformed line."""
    lines = (rules.data(_DATA).get("merge_happenings") or {}).get(key) or []
    for index, listed in enumerate(lines):
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and w.strip() for w in listed) \
                or " " in listed[0].strip():
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_happenings: {key}[{index}] must be a "
                                  "list of words and phrases (quote on, off, yes and no), the first a single word")
    return lines


@cache
def _of_a_name() -> tuple[re.Pattern | None, dict[str, str]]:
    """`merge_happenings.of_a_name` read: a pattern of its words and phrases, and each with its line's
    first word. Raises RuleError naming a malformed entry."""
    first_of: dict[str, str] = {}
    for listed in _happening_lines("of_a_name"):
        first = listed[0].strip().lower()
        first_of.update((" ".join(w.lower().split()), first) for w in listed)
    if not first_of:
        return None, first_of
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(first_of, key=len, reverse=True))
    return re.compile(rf"(?<![a-z'-])(?:{alternatives})(?![a-z-])"), first_of


def befallen_lines() -> frozenset[str]:
    """The stems of the `merge_happenings.by_name` lines."""
    return _by_name()[0]


def happening_stems() -> frozenset[str]:
    """The stems every line of `merge_happenings` is read as."""
    return frozenset(_happenings()[1].values())


def happening_words(words: list[str]) -> list[str]:
    """A lower-cased sentence's words of three letters or more as stems, each word of a line of
    `merge_happenings` as its line's first word's stem, and each phrase as one such stem ("the dam
    gave way": "the", "dam", "collaps"). Word by word, not by a pattern over the text: every sentence
    of a story is bagged so."""
    starts = _phrase_starts()
    if starts.keys().isdisjoint(words):  # most sentences: no phrase to look for
        return [_read(w) for w in words if len(w) > 2]
    phrases = _happenings()[2]
    found = []
    at, count = 0, len(words)
    while at < count:
        word = words[at]
        phrase = next((p for length in starts.get(word, ()) if (p := " ".join(words[at:at + length])) in phrases), None)
        if phrase and phrases[phrase] is None:  # "failed to": the word read as itself, not as its line
            if len(word) > 2:
                found.append(stem(word))
            at += 1
            continue
        if phrase:
            found.append(stem(phrases[phrase]))
            at += len(phrase.split())
            continue
        if len(word) > 2:
            found.append(_read(word))
        at += 1
    return found


@cache
def _read(word: str) -> str:
    """A word's stem, as its `merge_happenings` line's first word's when it is in one."""
    return happening(stem(word))


@cache
def _phrase_starts() -> dict[str, tuple[int, ...]]:
    """Each first word of a `merge_happenings` phrase, with the lengths of the phrases it opens, longest first."""
    lengths: dict[str, set[int]] = {}
    for phrase in _happenings()[2]:
        words = phrase.split()
        lengths.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def happening_phrases(lowered: str) -> str:
    """A lower-cased sentence with each phrase of `merge_happenings` written as its line's first word
    ("the dam gave way" -> "the dam collapse")."""
    pattern, first_of = _happenings()[0], _happenings()[2]
    return pattern.sub(lambda found: first_of[" ".join(found.group(0).split())], lowered) if pattern else lowered


@cache
def _happenings() -> tuple[re.Pattern | None, dict[str, str], dict[str, str | None]]:
    """`merge_happenings` read: a pattern of its lines' phrases, each word's stem with its line's first
    word's stem, and each phrase with its line's first word, or None for a phrase of `read_apart`,
    whose first word is read as itself. Raises RuleError naming a malformed entry."""
    phrases: dict[str, str | None] = {}
    stems: dict[str, str] = {}
    for listed in _happening_lines("lines"):
        first = listed[0].strip().lower()
        for word in listed:
            word = " ".join(word.lower().split())
            if " " in word:
                phrases[word] = first
            else:
                stems[stem(word)] = stem(first)
    for index, phrase in enumerate((rules.data(_DATA).get("merge_happenings") or {}).get("read_apart") or []):
        if not isinstance(phrase, str) or len(phrase.split()) < 2:
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_happenings: read_apart[{index}] must be "
                                  "a phrase of two words or more")
        phrases[" ".join(phrase.lower().split())] = None  # the first word read as itself
    substituted = [p for p, first in phrases.items() if first is not None]
    if not substituted:
        return None, stems, phrases
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(substituted, key=len, reverse=True))
    return re.compile(rf"(?<![a-z'-])(?:{alternatives})(?![a-z'-])"), stems, phrases


def _strip(word: str, key: str) -> str:
    """The `stem` of the first pattern under `key` that matches the word, or the word."""
    for pattern in rules.patterns(_DATA, key):
        if found := pattern.regex.match(word):
            return found.group("stem")
    return word


@dataclass(frozen=True)
class Figures:
    """The figures a sentence gives, its dates' aside: counts ("236 cases": "236") and rough counts
    of a unit, stretches of time ("for 41 years": (41, "year"))."""

    counts: frozenset[str] = frozenset()
    rough: frozenset[tuple[int, str]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.counts or self.rough)

    def near(self, count: int, unit: str) -> bool:
        """This gives a rough count of `unit` at most `merge_rough_figures_apart` from `count`: "in 40
        years" and "for 41 years" are one count, told roughly."""
        return any(u == unit and abs(count - c) <= _rough_apart() for c, u in self.rough)

    def shared(self, other: Figures) -> int:
        """How many of these figures `other` gives too (a rough count: one near it)."""
        shared = len(self.counts & other.counts)
        return shared + sum(other.near(c, u) for c, u in self.rough) if self.rough and other.rough else shared

    def weighed(self, other: Figures) -> int:
        """How many of these figures weigh in the sentence's wording beside `other`'s: every count, a
        rough one only when `other` gives it too. A stretch of time is an aside to a happening
        ("declaring the first pandemic in 40 years") that another sentence of it may leave out; a
        count is what a report says."""
        return len(self.counts) + (sum(other.near(c, u) for c, u in self.rough) if self.rough and other.rough else 0)

    def within(self, other: Figures) -> bool:
        """`other` gives every one of these figures."""
        return self.shared(other) == len(self.counts) + len(self.rough)


NO_FIGURES = Figures()


@dataclass(frozen=True)
class Traits:
    """What of a sentence another sentence of the same happening would not contradict."""

    words: frozenset[str]  # its stems
    figures: Figures
    text: str  # the sentence
    # how long things take or took: the fewest and most days (duration_span) and what of (duration_kind)
    durations: tuple[tuple[float, float, frozenset[str]], ...] = ()
    undated: str = ""  # the sentence without its dates and times (without_dates)

    @cached_property
    def marks(self) -> tuple[frozenset[str], ...]:
        """_marks of the sentence, in _MARKS's order: read when first asked, as most sentences are
        never asked (reading every candidate's took an eighth of merging the bench corpus's largest
        story)."""
        return _marks(self.text)

    @cached_property
    def owner_pairs(self) -> frozenset[tuple[str, str]]:
        """Each two words' stems the sentence writes as a thing's owner and the thing, bare: "the
        Millbrook Dam spillway" ("dam", "spillway"), "the spillway of the dam" too."""
        words = [happening(stem(w)) for w in WORD.findall(self.text.lower())]
        pairs = set(zip(words, words[1:]))
        of, articles = _owner_words()
        for at, word in enumerate(words[:-2]):
            if words[at + 1] in of:
                owner = words[at + 3] if words[at + 2] in articles and at + 3 < len(words) else words[at + 2]
                pairs.add((owner, word))
        return frozenset(pairs)

    @cached_property
    def light_things(self) -> dict[int, frozenset[str]]:
        """What the sentence tells was begun, held, announced ... by each line of `merge_light_verbs`
        it uses (by the line's index), as stems: "Kesterby Council began consulting residents"
        {0: {"consult", "resid"}}. A line told with a clause after it ("announced that ...") is left
        out: what was announced is not a word or two."""
        return _light_things(self.text)

    @cached_property
    def amounts(self) -> frozenset[tuple[float, str]]:
        """Each count the sentence gives, its dates' aside, with what it counts (amounts()): read when
        first asked, as most sentences are never asked."""
        return amounts(self.undated)

    @cached_property
    def speaker(self) -> frozenset[str]:
        """The stems of who the sentence opens by saying said what it tells (`merge_speaker`), the
        words of `merge_frame.words` and those naming days aside; none when it does not."""
        for pattern in rules.patterns(_DATA, "merge_speaker"):
            found = pattern.regex.match(self.text)
            if found:
                return frozenset(happening(stem(w)) for w in WORD.findall(found.group("who").lower())) \
                    - frame_stems() - unshared_stems()
        return frozenset()

    @cached_property
    def owned(self) -> dict[str, frozenset[str]]:
        """Each owner `merge_possessive` marks, with the stem of the word after its "'s": "the dam's
        spillway" {"dam": {"spillway"}} ("the president's son met" {"president": {"son"}}). The other
        sentence naming that thing with its owner bare ("the Millbrook Dam spillway", owner_pairs)
        speaks of the same owner's same thing, not of another."""
        return _owned(self.text)


def traits(text: str, words: str, bag: Counter, durations: Iterable[tuple[int, int, str, str | None]] = ()) -> Traits:
    """`text`: the sentence; `words`: the same without its dates and times (without_dates); `bag`: its
    stems; `durations`: the date engine's DURATION mentions in it, each as its start and end in
    `text`, its value and mod ("weeks": PXW, None)."""
    rough = _rough_figures(text)
    spans = ()
    if durations:
        since = [m.span() for p in rules.patterns(_DATA, "merge_rough_figures") for m in p.regex.finditer(text)]
        spans = tuple(sorted({(*span, duration_kind(text, start, end)) for start, end, value, mod in durations
                              if not any(start < e and s < end for s, e in since)  # "for 41 years": a rough figure
                              and (span := duration_span(value, mod)) is not None}, key=lambda d: (d[0], d[1], sorted(d[2]))))
    return Traits(frozenset(bag), Figures(_figures(words) - {str(count) for count, _ in rough}, rough), text, spans, words)


# A sign, a figure (not of a name: H1N1), an abbreviated scale right after it ("3m"), a word, a mark.
_AMOUNT_TOKEN = re.compile(r"[$£€]|(?<![a-z\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?=(?:m|bn)?(?![\w]))|[a-z][a-z'-]*|[^\w\s]")


def amounts(words: str) -> frozenset[tuple[float, str]]:
    """The counts a sentence's words give (its dates left out: without_dates), in digits or in words
    (`merge_amounts`), each with the stem of what it counts: "three million pounds" (3000000.0,
    "pound"), "£3m" the same, "44 new cases" (44.0, "cas"). A count nothing follows is left out."""
    lowered = words.lower()
    numbers, scales, currencies, skip, labels, _ = _amounts()
    if not any(c.isdigit() for c in lowered) and not _number_word(tuple(numbers)).search(lowered):
        return frozenset()  # most sentences
    tokens = _AMOUNT_TOKEN.findall(lowered)
    aside = skip | frame_stems() | date_stems()  # "two men" and "three men" count one thing
    found = set()
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if not (token[0].isdigit() or token in numbers or all(part in numbers for part in token.split("-"))) \
                or at and tokens[at - 1] in labels:  # "year seven pupils": a school year, not seven pupils
            at += 1
            continue
        currency = currencies.get(tokens[at - 1]) if at else None
        value, end = _count(tokens, at, numbers, scales)
        kind = currency
        ahead = end
        while kind is None and ahead < len(tokens):
            word = tokens[ahead]
            if not word[0].isalpha():
                break
            read = happening(stem(word))
            if word not in aside and read not in aside and word not in numbers and word not in scales:
                kind = read
            ahead += 1
        if kind is not None and value:
            found.add((value, kind))
        at = max(end, at + 1)
    return frozenset(found)


@cache
def _number_word(numbers: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![a-z])(?:" + "|".join(sorted(numbers, key=len, reverse=True)) + r")(?![a-z])")


def _count(tokens: list[str], at: int, numbers: dict[str, float], scales: dict[str, float]) -> tuple[float, int]:
    """The count written from tokens[at] ("forty-four", "three hundred and twenty", "2.5 million",
    "3m"), and where it ends."""
    total = current = 0.0
    end = at
    while end < len(tokens):
        token = tokens[end]
        if token[0].isdigit():
            if end > at and tokens[end - 1] not in scales:
                break
            current += float(token.replace(",", ""))
        elif token in scales and end > at:
            current = (current or 1.0) * scales[token]
            if scales[token] >= 1000:
                total, current = total + current, 0.0
        elif all(p in numbers for p in token.split("-")):  # "forty-four"
            if end > at and tokens[end - 1][0].isdigit():
                break
            current += sum(numbers[p] for p in token.split("-"))
        elif token == "and" and end > at and end + 1 < len(tokens) and tokens[end + 1] in numbers:
            pass
        else:
            break
        end += 1
    return total + current, end


@cache
def _amounts() -> tuple[dict[str, float], dict[str, float], dict[str, str], frozenset[str], frozenset[str], float]:
    """`merge_amounts` read. Raises RuleError naming what is malformed."""
    settings = rules.data(_DATA).get("merge_amounts") or {}
    where = f"timeline/extract/data/{_DATA}.yaml: merge_amounts"
    tables = []
    for key in ("numbers", "scales"):
        table = settings.get(key) or {}
        if not isinstance(table, dict) or not all(isinstance(w, str) and WORD.fullmatch(w) or w == "m"
                                                  for w in table) \
                or not all(isinstance(n, (int, float)) and n > 0 for n in table.values()):
            raise rules.RuleError(f"{where}: {key} must map each word in lower case to the number it stands for, above 0")
        tables.append({w: float(n) for w, n in table.items()})
    currencies = settings.get("currencies") or {}
    if not isinstance(currencies, dict) or not all(isinstance(c, str) and isinstance(w, str) for c, w in currencies.items()):
        raise rules.RuleError(f"{where}: currencies must map each sign to the word it stands for (\"$\": dollar)")
    lists = []
    for key in ("skip", "labels"):
        words = settings.get(key) or []
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise rules.RuleError(f"{where}: {key} must be a list of words (quote on, off, yes and no)")
        lists.append(frozenset(w.lower() for w in words))
    margin = settings.get("margin")
    if not isinstance(margin, (int, float)) or margin < 0:
        raise rules.RuleError(f"{where}: margin must be a number of at least 0")
    return tables[0], tables[1], {c: happening(stem(w)) for c, w in currencies.items()}, lists[0], lists[1], float(margin)


def _amounts_differ(a: frozenset[tuple[float, str]], b: frozenset[tuple[float, str]]) -> bool:
    """Both sentences count one thing and no count of it of one agrees with one of the other's
    (`merge_amounts.margin`): "three million pounds" and "five million pounds"."""
    if not a or not b:
        return False
    margin = _amounts()[5]
    for kind in {k for _, k in a} & {k for _, k in b}:
        ours, theirs = [v for v, k in a if k == kind], [v for v, k in b if k == kind]
        if not any(abs(x - y) <= margin * max(x, y) for x in ours for y in theirs):
            return True
    return False


def duration_kind(text: str, start: int, end: int) -> frozenset[str]:
    """What a stretch of time at text[start:end] is of: the stems of the first word before it and of
    the first right after it (no mark between), the words of `merge_durations_skip`, of
    `merge_frame.words` and those naming days passed over: "repairs would take weeks" {"take"}, "closed
    for two weeks" {"clos"}, "after three days of heavy rain" {"way", "heavy"} ("gave way early on
    Saturday after ..."). A verb of `merge_durations.how_long_verbs` is read as the list's first
    word, before the words passed over: "repairs would last a year" {"take"}."""
    aside = _duration_skip() | frame_stems() | unshared_stems()
    verbs = _how_long_verbs()
    kind = set()
    before, after = reversed(WORD.findall(text[:start].lower())), _AFTER.match(text[end:].lower()).group(1)
    for words in (before, WORD.findall(after)):
        for word in words:
            if word in verbs:
                kind.add(verbs[word])
                break
            read = happening(stem(word))
            if word not in aside and read not in aside:
                kind.add(read)
                break
    return frozenset(kind)


_AFTER = re.compile(r"[\s-]*((?:[a-z][a-z'-]+\s+)*)")  # the words right after a stretch, up to a mark


@cache
def _how_long_verbs() -> dict[str, str]:
    """`merge_durations.how_long_verbs`, each with the stem its line's first word is read as. Raises
    RuleError naming a malformed list."""
    verbs = (rules.data(_DATA).get("merge_durations") or {}).get("how_long_verbs") or []
    if not isinstance(verbs, list) or not all(isinstance(w, str) and WORD.fullmatch(w.strip().lower()) for w in verbs):
        raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_durations: how_long_verbs must be a list of "
                              "single words in letters (quote on, off, yes and no)")
    return {w.strip().lower(): happening(stem(verbs[0].strip().lower())) for w in verbs}


@cache
def _duration_skip() -> frozenset[str]:
    return rules.words(_DATA, "merge_durations_skip")


_DURATION = re.compile(r"P(?P<date>(?:(?:\d+(?:\.\d+)?|X)(?:DE|CE|[A-Z]))*)(?:T(?P<time>(?:(?:\d+(?:\.\d+)?|X)[A-Z])+))?")
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?|X)(DE|CE|[A-Z])")


def duration_span(value: str, mod: str | None) -> tuple[float, float] | None:
    """The fewest and most days a DURATION value says (`merge_durations`): "P1Y" (365.25, 365.25),
    "PXW" (14, 77), "about three months" (P3M, APPROX) a half-wider either way; None for a value
    that is no count of units ("PT", "P1Q" of a unit the data leaves out)."""
    found = _DURATION.fullmatch(value or "")
    if not found or not (found.group("date") or found.group("time")):
        return None
    date_units, time_units, (fewest, most), approx, _ = _durations()
    low = high = 0.0
    for part, units in ((found.group("date"), date_units), (found.group("time"), time_units)):
        for count, unit in _DURATION_PART.findall(part or ""):
            days = units.get(unit)
            if days is None:
                return None
            low += (fewest if count == "X" else float(count)) * days
            high += (most if count == "X" else float(count)) * days
    if mod == "APPROX":
        low, high = low / approx, high * approx
    elif mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        high = float("inf")
    elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        low = 0.0
    return low, high


@cache
def _durations() -> tuple[dict[str, float], dict[str, float], tuple[float, float], float, float]:
    """`merge_durations` read. Raises RuleError naming what is malformed."""
    settings = rules.data(_DATA).get("merge_durations") or {}
    where = f"timeline/extract/data/{_DATA}.yaml: merge_durations"
    units = []
    for key in ("date_units", "time_units"):
        table = settings.get(key) or {}
        if not isinstance(table, dict) or not all(isinstance(u, str) and isinstance(d, (int, float)) and d > 0
                                                  for u, d in table.items()):
            raise rules.RuleError(f"{where}: {key} must map each TIMEX3 unit (Y, M, W, D ...) to its days, a number above 0")
        units.append({u: float(d) for u, d in table.items()})
    vague = settings.get("vague")
    if not (isinstance(vague, list) and len(vague) == 2 and all(isinstance(n, (int, float)) for n in vague)
            and 0 < vague[0] <= vague[1]):
        raise rules.RuleError(f"{where}: vague must be two counts, the fewest and the most a unit left open means ([2, 11])")
    numbers = []
    for key, least in (("approx", 1.0), ("margin", 0.0)):
        number = settings.get(key)
        if not isinstance(number, (int, float)) or number < least:
            raise rules.RuleError(f"{where}: {key} must be a number of at least {least:g}")
        numbers.append(float(number))
    return units[0], units[1], (float(vague[0]), float(vague[1])), numbers[0], numbers[1]


def _durations_differ(a: tuple[tuple[float, float, frozenset[str]], ...],
                      b: tuple[tuple[float, float, frozenset[str]], ...]) -> bool:
    """Both sentences give how long one thing takes (a stretch of each of one kind: duration_kind) and
    no such stretch of one agrees with the other's, each widened by `merge_durations.margin`: "repairs
    would take weeks" and "the repairs would take a year" are two claims; "weeks" and "several weeks",
    "a year" and "12 months" one; "after three days of heavy rain" and "within an hour" tell of two things."""
    if not a or not b:
        return False
    margin = _durations()[4]
    alike = [(low, high, other_low, other_high) for low, high, kind in a for other_low, other_high, other_kind in b
             if kind & other_kind]
    return bool(alike) and not any(low * (1 - margin) <= other_high * (1 + margin)
                                   and other_low * (1 - margin) <= high * (1 + margin)
                                   for low, high, other_low, other_high in alike)


def without_dates(masked: str, start: int, end: int, mentions: list, starts: list[int]) -> str:
    """A sentence's words (masked[start:end]) without its dates and times ("at 4pm on 29 April"),
    whose figures are not the ones it reports. `mentions`: the article's, sorted by where they start
    (`starts`)."""
    pieces, at = [], start
    for m in mentions[bisect_left(starts, start):bisect_left(starts, end)]:
        if m.start > at:
            pieces.append(masked[at:m.start])
        at = max(at, min(m.end, end))
    pieces.append(masked[at:end])
    return " ".join(pieces)


def two_happenings(a: Traits, b: Traits, story: StoryPeople | None = None) -> bool:
    """Whether two sentences tell two happenings, however alike their words. `story`: the persons its
    sentences name by role and name."""
    return _figures_differ(a.figures, b.figures) or _durations_differ(a.durations, b.durations) \
        or _amounts_differ(a.amounts, b.amounts) or _marked_in_one(a, b) \
        or _light_verbs_apart(a, b) or _other_speakers(a, b, story)


class StoryPeople:
    """The persons a story's sentences name by role and name (people()), read when first asked: most
    stories never have two speakers to tell apart."""

    def __init__(self, sentences: list[str]) -> None:
        self._sentences = sentences

    @cached_property
    def persons(self) -> tuple[frozenset[str], ...]:
        return people(self._sentences)


def _other_speakers(a: Traits, b: Traits, story: StoryPeople | None = None) -> bool:
    """Both sentences open on who said what (`merge_speaker`), neither speaker is named in the other
    sentence, and no person of the story (`story`) is both: "The mayor said on Monday that ..." and
    "The contractor said last week that ..."; not "Alan Johnson said ..." and "The health secretary
    said ..." in a story that calls him "Health Secretary Alan Johnson"."""
    if not a.speaker or not b.speaker:
        return False
    if a.speaker & b.words or b.speaker & a.words:
        return False
    return story is None or not any(a.speaker <= person and b.speaker <= person for person in story.persons)


def people(sentences: Iterable[str]) -> tuple[frozenset[str], ...]:
    """Each person a sentence of the story names by a role and a name side by side
    (`merge_speaker_names`: "Health Secretary Alan Johnson", "Alan Johnson, the health secretary,"),
    as the stems of both, read as a speaker's are: {"health", "secretari", "alan", "johnson"}. The
    role's words run back from its last word to an article or a frame word ("chaired by the health
    secretary": "health secretary"), and only over words in capitals when its last word is in
    capitals ("Hussein called President Bush": "president"). A role in small letters whose words in
    capitals come right after another word in capitals starts at its first word in small letters:
    where a name ends and the role begins cannot be told in such a run ("David Smith Transport
    secretary Geoff Hoon": "secretary"; "State Department deputy spokesman Richard Boucher": "deputy
    spokesman")."""
    patterns = rules.patterns(_DATA, "merge_speaker_names")
    articles, aside = _owner_words()[1], frame_stems() | unshared_stems()
    found = set()
    for text in sentences:
        for pattern in patterns:
            first = pattern.search(text)
            if first is None:
                continue
            for match in pattern.regex.finditer(text, first.start()):
                role = _role(match.group("role"), articles, aside)
                if role and not role[0][1] and _after_a_name(text, match.start("role") + role[-1][2], articles, aside):
                    while role[-1][1]:  # the role's last word is in small letters: it stays
                        role.pop()
                name = {happening(stem(w)) for w in WORD.findall(match.group("name").lower())} - aside
                if role and name:
                    found.add(frozenset(read for read, _, _ in role) | name)
    return tuple(sorted(found, key=sorted))


_CASED_WORD = re.compile(WORD.pattern, re.IGNORECASE)
_TOKEN_BEFORE = re.compile(r"(\S+)\s+$")


def _role(written: str, articles: frozenset[str], aside: frozenset[str]) -> list[tuple[str, bool, int]]:
    """A role's words (people()), from its last back: each as its stem, whether it is in capitals,
    and where it starts in `written`."""
    words = list(_CASED_WORD.finditer(written))
    title = bool(words) and words[-1].group(0)[0].isupper()
    role = []
    for word in reversed(words):
        lowered = word.group(0).lower()
        read = happening(stem(lowered))
        capital = word.group(0)[0].isupper()
        if lowered in articles or read in aside or title and not capital:
            break
        role.append((read, capital, word.start()))
    return role


def _after_a_name(text: str, at: int, articles: frozenset[str], aside: frozenset[str]) -> bool:
    """The word right before text[at:] is in capitals, and could end a name: not the text's first, not
    an owner ("Britain's"), an article or a frame word."""
    before = _TOKEN_BEFORE.search(text, 0, at)
    if before is None or not text[:before.start()].strip():
        return False
    token = before.group(1)
    lowered = token.lower()
    return bool(_CASED_WORD.fullmatch(token)) and token[0].isupper() and not lowered.endswith(("'s", "’s")) \
        and lowered not in articles and happening(stem(lowered)) not in aside


def _light_verbs_apart(a: Traits, b: Traits) -> bool:
    """Both sentences use a verb of one line of `merge_light_verbs` and what one of them tells was
    begun, held ... is named nowhere in the other: "began repairs to the flood wall" and "began
    consulting residents about the flood wall" are two things a council began that day."""
    if not a.light_things or not b.light_things:
        return False
    for line, things in a.light_things.items():
        others = b.light_things.get(line)
        if others is not None and (not things & b.words or not others & a.words):
            return True
    return False


_TOKEN = re.compile(r"[a-z][a-z'’-]*|\S")


@cache
def _light_verbs() -> tuple[dict[str, int], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """`merge_light_verbs` read: each verb form with its line's index, and the words of `skip`,
    `clause`, `ends` and `merge_happenings.between`. Raises RuleError naming a malformed entry."""
    settings = rules.data(_DATA).get("merge_light_verbs") or {}
    lines: dict[str, int] = {}
    for index, listed in enumerate(settings.get("verbs") or []):
        if not isinstance(listed, list) or not listed or not all(isinstance(w, str) and w.strip() and " " not in w.strip()
                                                                 for w in listed):
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_light_verbs: verbs[{index}] must be a list of "
                                  "single words (quote on, off, yes and no)")
        lines.update((w.strip().lower(), index) for w in listed)
    words = []
    for key in ("skip", "clause", "ends"):
        found = settings.get(key) or []
        if not all(isinstance(w, str) for w in found):
            raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_light_verbs: {key} must be a list of words "
                                  "(quote on, off, yes and no)")
        words.append(frozenset(w.lower() for w in found))
    return lines, words[0], words[1], words[2], _by_name()[1]


def _light_things(text: str) -> dict[int, frozenset[str]]:
    lines, skip, clause, ends, between = _light_verbs()
    tokens = _TOKEN.findall(text.lower())
    if lines.keys().isdisjoint(tokens):  # most sentences: no light verb
        return {}
    dates = date_stems()

    def ends_here(token: str) -> bool:  # a mark, a figure, a date's word or a word that ends an object
        return not token[0].isalpha() or token in ends or stem(token) in dates

    not_things = skip | clause
    found: dict[int, set[str]] = {}
    unknown: set[int] = set()
    for at, token in enumerate(tokens):
        line = lines.get(token)
        if line is None:
            continue
        after = at + 1  # past the words before an object, and a date told there ("announced on Monday that")
        while after < len(tokens) and (tokens[after] in skip or tokens[after][0].isdigit()
                                       or stem(tokens[after]) in dates and tokens[after] not in ends):
            after += 1
        if after < len(tokens) and tokens[after] in clause:
            unknown.add(line)
            continue
        things = set()
        while after < len(tokens) and not ends_here(tokens[after]) and tokens[after] not in not_things \
                and tokens[after] not in lines:
            things.add(happening(stem(tokens[after])))
            after += 1
        if not things:  # told without an object: what began is what comes before ("the meeting was held")
            back = at - 1
            while back >= 0 and tokens[back] in between:
                back -= 1
            if back >= 0 and not ends_here(tokens[back]) and tokens[back] not in not_things:
                things.add(happening(stem(tokens[back])))
        things = {t for t in things if len(t) > 2}
        if things:
            found.setdefault(line, set()).update(things)
        else:
            unknown.add(line)
    return {line: frozenset(things) for line, things in found.items() if line not in unknown}


def _figures(words: str) -> frozenset[str]:
    return frozenset(f.group(0).replace(",", "") for p in rules.patterns(_DATA, "merge_figures") for f in p.regex.finditer(words))


def _rough_figures(text: str) -> frozenset[tuple[int, str]]:
    """The counts of a unit a sentence gives as a round stretch of time ("the first pandemic for 41
    years"), each as its count and unit's stem ((41, "year")). Taken from the whole sentence: the date
    engine reads "41 years" as a duration, which `without_dates` leaves out."""
    return frozenset((int(m.group("figure")), stem(m.group("unit").lower()))
                     for p in rules.patterns(_DATA, "merge_rough_figures") for m in p.regex.finditer(text))


@cache
def _rough_apart() -> int:
    return int(rules.data(_DATA)["merge_rough_figures_apart"])


def _figures_differ(a: Figures, b: Figures) -> bool:
    """Both sentences give figures and share none: two reports ("confirmed 236 cases", "confirmed
    109 cases"), which merged would hide one; a person can merge them by hand. A rough count differs
    only from a count of its unit too far from it: "the first pandemic in 40 years" and "the first of
    the 21st century" are no two reports."""
    if a.counts and b.counts and not a.counts & b.counts:
        return True
    return bool(a.rough and b.rough) and any(any(u == unit for _, u in b.rough) and not b.near(count, unit) for count, unit in a.rough)


def _marks(text: str) -> tuple[frozenset[str], ...]:
    """The stems of the words a sentence says did not take place ("will not be meeting": "meet"), of
    those it says are another of their kind ("a second school": "school"), of those it names as
    the owner of another ("the president's son": "president"), and of those it tells a reaction to
    ("condemned the bomb explosions": "bomb"), in _MARKS's order."""
    dates = date_stems()  # "New Year's message" owns nothing: the words that name days mark none
    return tuple(_marked(text, key) - dates for key in _MARKS)


def _marked(text: str, key: str) -> frozenset[str]:
    """The stems of the words `key`'s patterns mark in the sentence. An owner the sentence names bare
    too is no owner: its possessive is the same name as its bare form. "Israel was willing to withdraw
    ... provided Israel's northern frontier could be secured" tells of Israel itself, as "Israel wants
    to withdraw" does (two events on TempEval-3 for the owner rule)."""
    patterns = rules.patterns(_DATA, key)
    marked = frozenset(happening(stem(m.group("what").lower())) for p in patterns for m in p.regex.finditer(text))
    if key != _OWNER or not marked:
        return marked
    for p in patterns:
        text = p.regex.sub(" ", text)
    return marked - {happening(stem(w)) for w in WORD.findall(text.lower())}


_OWNER = "merge_possessive"
_OWNED = re.compile(r"\s+([a-z][a-z-]+)")


@cache
def _owner_words() -> tuple[frozenset[str], frozenset[str]]:
    """`merge_owner_of` (the word before a thing's owner: "the spillway of the dam") and `title_articles`."""
    return rules.words(_DATA, "merge_owner_of"), rules.words(_DATA, "title_articles")


def _owned(text: str) -> dict[str, frozenset[str]]:
    owned: dict[str, set[str]] = {}
    lowered = text.lower()
    for pattern in rules.patterns(_DATA, _OWNER):
        for found in pattern.regex.finditer(lowered):
            after = _OWNED.match(lowered, found.end())
            if after:
                owned.setdefault(happening(stem(found.group("what"))), set()).add(happening(stem(after.group(1))))
    return {owner: frozenset(words) for owner, words in owned.items()}


@cache
def date_stems() -> frozenset[str]:
    """The stems of `generic_date_words`, stemmed as the text's words are ("evening" is "even" there,
    and slipped past the list)."""
    return frozenset(stem(w) for w in rules.words(_DATA, "generic_date_words"))


@cache
def unshared_stems() -> frozenset[str]:
    """The stems no two sentences share as wording: those that name days (date_stems), which every
    sentence of a day has, and the nouns that stand in for someone unnamed (`merge_stand_ins`: "the
    man" of one sentence need not be the man of another)."""
    return date_stems() | frozenset(stem(w) for w in rules.words(_DATA, "merge_stand_ins"))


@cache
def frame_stems() -> frozenset[str]:
    """The stems of `merge_frame.words`: the words that frame a report ("said", "would", "that"), not
    what it tells. Two sentences sharing only these and rare words of no weight are not alike
    (events._likeness). Raises RuleError naming a word that is not one."""
    words = (rules.data(_DATA).get("merge_frame") or {}).get("words") or []
    bad = [w for w in words if not isinstance(w, str) or not WORD.fullmatch(w.strip().lower())]
    if bad:
        raise rules.RuleError(f"timeline/extract/data/{_DATA}.yaml: merge_frame: words: {bad[0]!r} is not a word "
                              "(write one word a line item, in letters; quote on, off, yes and no)")
    return frozenset(happening(stem(w.strip().lower())) for w in words)


def _marked_in_one(a: Traits, b: Traits) -> bool:
    """A word both sentences use is marked by one and not the other: one says the meeting took place,
    the other that it did not; one tells of a school, the other of a second one; one of the
    president, the other of the president's son; one of the bombs, the other of condemning them.
    Not an owner whose owned thing the other sentence names with it, bare: "repairs to the dam's
    spillway" and "repairs to the Millbrook Dam spillway" tell of one spillway ("North Carolina's pig
    population" and "a North Carolina industrial pig farm" of two things)."""
    shared = a.words & b.words
    differ = [(x ^ y) & shared for x, y in zip(a.marks, b.marks)]
    if differ[_MARKS.index(_OWNER)]:  # an owner of a thing the other sentence names with it is that thing's owner in both
        differ[_MARKS.index(_OWNER)] = {w for w in differ[_MARKS.index(_OWNER)]
                                        if not any((w, thing) in b.owner_pairs for thing in a.owned.get(w, ()))
                                        and not any((w, thing) in a.owner_pairs for thing in b.owned.get(w, ()))}
    return any(differ)
