"""Which articles tell the same story, and the date an undated article takes from its story.

Two articles are of one story when they share enough names (capitalised words that do not start a
sentence: Kim, Xi, Beijing; for grouping, only with topics not apart) or near-identical sentences, or (for grouping only) use the same words
most (their topics: swine, flu, virus); a researcher's notes join the story that tells their days
(shared_days.py). An article with no metadata date and no
full date of its own takes the reference date of the most closely related dated article, marked as
inferred, with the reason. Thresholds are in data/stories.yaml.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from timeline.extract import dating, reasons, rules, shared_days
from timeline.extract.disjoint import DisjointSets
from timeline.extract.overlap import OverlapIndex
from timeline.extract.parallel import fork_map
from timeline.folding import letter_runs

if TYPE_CHECKING:
    from timeline.extract.analyse import Analysis
    from timeline.extract.sentences import Sentence

_DATA = "stories"
# A capitalised word, in any alphabet that has capitals ("España", "Zürich", "Ελλάδα"; it was ASCII
# alone, and "España" was the name "espa"): a capital of the first 8,192 code points (Latin, Greek,
# Cyrillic and their accented letters), then letters, combining accents among them.
_CAPITALS = "".join(c for c in map(chr, range(0x2000)) if c.isupper())
_LETTERS = r"(?:[^\W\d_]|[\u0300-\u036f])"
# Not a word a line's end broke at a hyphen (text pasted from a PDF: "14 Novem-" over "ber 2008"),
# which named a story's file "millbrook-herald-novem-2009-05.yaml" (the walk of stop 34).
_NAME = re.compile(rf"\b[{re.escape(_CAPITALS)}]{_LETTERS}+(?:[-']{_LETTERS}+)*(?!{_LETTERS})(?!-[ \t]*\r?\n)")


def names_of(text: str, sentences: tuple[Sentence, ...], language: str | None = None) -> frozenset[str]:
    """The names an article uses: capitalised words that are not the first word of a sentence; in an
    article in another `language`, not its short words ("Le" after a wire's date line), nor, when
    it writes its nouns with a capital (German), its nouns (articles.language.nouns_in: "der Fall",
    "März")."""
    stop = rules.words(_DATA, "not_names")
    if language is not None:
        from timeline.articles.language import nouns_in, short_words

        stop = stop | short_words(language) | nouns_in(text, language)
    found = set()
    for sentence in sentences:
        for index, match in enumerate(_NAME.finditer(sentence.words)):
            word = match.group(0)
            if word.endswith("'s"):
                word = word[:-2]
            if match.start() == 0 or (index == 0 and not sentence.words[: match.start()].strip(' "“‘(')):
                continue
            if word.lower() in stop:
                continue
            for part in word.split("-"):
                if len(part) > 1 and part.lower() not in stop:
                    found.add(part.lower())
    return frozenset(found)


@dataclass(frozen=True)
class Relation:
    name_overlap: float
    shared_names: tuple[str, ...]
    shared_sentences: int

    @property
    def same_story(self) -> bool:
        settings = rules.data(_DATA)
        return (
            self.name_overlap >= float(settings["min_name_overlap"])
            or self.shared_sentences >= int(settings["min_shared_sentences"])
        )

    @property
    def score(self) -> float:
        return self.name_overlap + 0.25 * min(self.shared_sentences, 4)

    def describe(self) -> str:
        parts = []
        if self.shared_names:
            shown = ", ".join(n.title() for n in self.shared_names[:4])
            more = len(self.shared_names) - 4
            parts.append(reasons.related("names_more", names=shown, more=more) if more > 0 else reasons.related("names", names=shown))
        if self.shared_sentences:
            parts.append(reasons.related("sentences" if self.shared_sentences != 1 else "sentence", count=self.shared_sentences))
        if not parts:
            return reasons.related("unnamed")
        what = parts[0] if len(parts) == 1 else reasons.related("both", first=parts[0], second=parts[1])
        return reasons.related("shares", what=what)


def relate(a: Analysis, b: Analysis, *, fuzzy: bool = True, boilerplate: frozenset[str] = frozenset()) -> Relation:
    """How two articles are related; without `fuzzy`, only identical sentences count (fast)."""
    union = a.names | b.names
    shared = a.names & b.names
    overlap = len(shared) / len(union) if union else 0.0
    counts = Counter(w for w in a.name_uses + b.name_uses if w in shared)
    ordered = tuple(sorted(shared, key=lambda w: (-counts[w], w)))
    sentences = _shared_sentences(a, b, boilerplate) if fuzzy else len((_long_sentences(a) & _long_sentences(b)) - boilerplate)
    return Relation(round(overlap, 3), ordered, sentences)


@dataclass(frozen=True)
class Loan:
    """The dated article an undated one takes its date from, and what its own words said of it."""

    lender: int
    relation: Relation
    # The latest full date the article reports as past, and its words: the article is not older.
    reported: dt.date | None = None
    reported_words: str = ""
    # The articles about as closely related that its own clues ruled out, when there were any, and
    # the clue that did: "reported" (their date is before `reported`), "weekdays" (its past weekdays
    # land before `reported` when read from theirs) or "within" (not within days after `reported`).
    passed_over: tuple[int, ...] = ()
    decided_by: str = ""


def borrow_references(analyses: list[Analysis], jobs: int = 1,
                      meanwhile: Callable[[], None] | None = None) -> dict[int, Loan]:
    """For each article without a reference date (or with a year in doubt, Reference.year_in_doubt):
    the dated article it takes one from
    (`meanwhile`: other work for this process while the workers look, see fork_map)."""
    dated = [i for i, a in enumerate(analyses) if a.reference.lends]
    chosen: dict[int, Loan] = {}
    if len(dated) == len(analyses):
        if meanwhile is not None:
            meanwhile()
        return chosen
    common = _boilerplate(analyses)
    prepared = {i: _Prepared.of(a, common) for i, a in enumerate(analyses)}
    undated = [i for i, a in enumerate(analyses) if not a.reference.lends]
    # Each undated article looks for its lender on its own (in the workers, with --jobs).
    lenders = fork_map(_best_lender, undated, jobs, shared=_Lenders(prepared, dated), meanwhile=meanwhile)
    for i, found in zip(undated, lenders):
        if found is not None:
            j, overlap, sentences, clues, passed_over, decided_by = found
            relation = Relation(overlap, _ordered_names(prepared[i], prepared[j]), sentences)
            chosen[i] = Loan(j, relation, clues.latest, clues.latest_words, passed_over, decided_by)
    return chosen


class _Lenders:
    """The dated articles, indexed to find which may be of one story with an undated one."""

    def __init__(self, prepared: dict[int, _Prepared], dated: list[int]):
        settings = rules.data(_DATA)
        self.min_overlap, self.min_shared = float(settings["min_name_overlap"]), int(settings["min_shared_sentences"])
        self.equally_related, self.window = float(settings["equally_related"]), int(settings["reported_within_days"])
        self.prepared, self.dated = prepared, dated
        # Near-identical sentences are looked up once per sentence in all dated articles at once
        # (by length, in C) rather than once per pair of articles: the pairs are undated x dated.
        self.pool = _SentencePool([(j, prepared[j].long_sentences) for j in dated])
        # Only pairs that share a sentence or enough names can be of one story. The overlap is
        # rounded to three places before the test: a thousandth lower finds every pair that can.
        self.names = OverlapIndex(self.min_overlap - 0.001, (p.names for p in prepared.values()))
        for j in dated:
            self.names.add(j, prepared[j].names)


def _best_lender(lenders: _Lenders, i: int) -> tuple | None:
    """The dated article an undated one is most closely related to: (index, name overlap, shared
    sentences, the article's own clues, the equally related articles they ruled out), or None when
    no dated article is of its story."""
    a = lenders.prepared[i]
    min_overlap, min_shared = lenders.min_overlap, lenders.min_shared
    shared_sentences = lenders.pool.shared_counts(a.long_sentences)
    found = []
    # (With no sentence needed, every pair is of one story.)
    related = lenders.dated if min_shared <= 0 else lenders.names.candidates(a.names) | shared_sentences.keys()
    for j in related:
        # The same sums as Relation.same_story and Relation.score, without building a Relation
        # for each of the many pairs; only the one chosen gets its Relation (and sorted names).
        b = lenders.prepared[j]
        shared = len(a.names & b.names)
        union = len(a.names) + len(b.names) - shared
        overlap = round(shared / union, 3) if union else 0.0
        sentences = shared_sentences.get(j, 0)
        if _same_story(overlap, sentences, min_overlap, min_shared):
            found.append((_score(overlap, sentences), -j, j, overlap, sentences))
    if not found:
        return None
    found.sort(reverse=True)
    clues = dating.clues(a.text)
    # Names and sentences say which articles are of the story, not which is of the same days: a
    # later summary repeats every name of the story, and may repeat a sentence of the earlier
    # coverage word for word. Of the articles about as closely related, by their names and
    # sentences or by their names alone, the article's own clues choose (_fits_clues); the most
    # related one when it has none.
    equally = lenders.equally_related
    by_names = max(f[3] for f in found)
    near = [f for f in found if f[0] >= equally * found[0][0] or 0 < equally * by_names <= f[3]]
    best, passed_over, decided_by = found[0], (), ""
    if clues.latest is not None and len(near) > 1:
        fits = {f[2]: _fits_clues(clues, lenders.prepared[f[2]].date, lenders.window) for f in near}
        best = max(near, key=lambda f: (fits[f[2]], f[:2]))
        passed_over = tuple(f[2] for f in near if f[:2] > best[:2])
        if passed_over:
            # The first clue on which the most related of those ruled out fell short.
            first = fits[passed_over[0]]
            decided_by = _CLUES[next(k for k in range(len(first)) if first[k] != fits[best[2]][k])]
    return best[2], best[3], best[4], clues, passed_over, decided_by


_CLUES = ("reported", "weekdays", "within")


def _fits_clues(clues, day, window: int) -> tuple[bool, int, bool]:
    """How well a lender's date fits what the article says of its own: not before the latest date
    it reports as past; the weekdays it says in the past landing on or after that date when read
    from it; and within `window` days after it (a story is written within days after what it
    reports), in that order of weight."""
    return day >= clues.latest, clues.weekdays_fitting(day), (day - clues.latest).days <= window


def reported_within_days() -> int:
    """How soon after the latest date it reports an article is taken to be written (stories.yaml)."""
    return int(rules.data(_DATA)["reported_within_days"])


def runs_on_days() -> int:
    """How much later than its borrowed date an undated article of a story that runs on is read
    again, to see which of its dates that moves (stories.yaml)."""
    return int(rules.data(_DATA)["runs_on_days"])


def _same_story(overlap: float, sentences: int, min_overlap: float, min_shared: int) -> bool:
    return overlap >= min_overlap or sentences >= min_shared


def _score(overlap: float, sentences: int) -> float:
    return overlap + 0.25 * min(sentences, 4)


@dataclass(frozen=True)
class _Prepared:
    """What relate() needs of one article, computed once."""

    names: frozenset[str]
    name_counts: Counter
    long_sentences: list[str]  # normalised, in order, repeats kept, boilerplate left out
    date: dt.date | None
    text: str  # the masked text, for an undated article's own clues to its date

    @classmethod
    def of(cls, analysis: Analysis, boilerplate: frozenset[str]) -> _Prepared:
        minimum = int(rules.data(_DATA)["min_sentence_chars"])
        sentences = [n for n in (normalise(s.text) for s in analysis.sentences) if len(n) >= minimum and n not in boilerplate]
        return cls(analysis.names, Counter(analysis.name_uses), sentences, analysis.reference.date, analysis.masked)


def _ordered_names(a: _Prepared, b: _Prepared) -> tuple[str, ...]:
    """The names two articles share, the most used first."""
    return tuple(sorted(a.names & b.names, key=lambda w: (-(a.name_counts[w] + b.name_counts[w]), w)))


def _count_near_identical(left: list[str], right: list[str]) -> int:
    """How many sentences of left have a near-identical one in right (as _shared_sentences counts)."""
    cutoff = float(rules.data(_DATA)["near_identical"])
    if cutoff < _LENGTH_IMPLIED:
        shared = 0
        for x in left:
            for y in right:
                if not _close_lengths(x, y):
                    continue
                if fuzz.ratio(x, y) >= cutoff:
                    shared += 1
                    break
        return shared
    # fuzz.ratio >= 88.9 already needs lengths within 20% of each other, so rapidfuzz's own search
    # (in C) finds the same matches as the pairwise loop.
    return sum(1 for x in left if right and process.extractOne(x, right, scorer=fuzz.ratio, score_cutoff=cutoff))


# From this cutoff up, the length test of _close_lengths is implied by the cutoff (88.9 and up).
_LENGTH_IMPLIED = 89


def _close_lengths(x: str, y: str) -> bool:
    return abs(len(x) - len(y)) <= 0.2 * max(len(x), len(y))


class _SentencePool:
    """The sentences of many articles, to count for one article how many of its sentences have a
    near-identical one in each of them: the same counts as _count_near_identical, pair by pair."""

    def __init__(self, owned: list[tuple[int, list[str]]]):
        entries = sorted({(len(text), text, owner) for owner, sentences in owned for text in sentences})
        self.lengths = [length for length, _, _ in entries]
        self.texts = [text for _, text, _ in entries]
        self.owners = [owner for _, _, owner in entries]
        self.cutoff = float(rules.data(_DATA)["near_identical"])
        self.known: dict[str, set[int]] = {}  # a sentence that several articles carry is looked up once

    def shared_counts(self, left: list[str]) -> dict[int, int]:
        """owner -> how many sentences of `left` (repeats counted) have a near-identical one of its."""
        counts: Counter = Counter()
        for x in left:
            if x not in self.known:
                self.known[x] = self.owners_matching(x)
            counts.update(self.known[x])
        return counts

    def owners_matching(self, x: str) -> set[int]:
        first, last = 0, len(self.texts)
        if self.cutoff > 0:
            # fuzz.ratio is at most 200 * min(lengths) / (sum of lengths): sentences longer or
            # shorter than this window cannot reach the cutoff (kept a little wide, for rounding).
            share = self.cutoff / 100 * 0.99
            low, high = len(x) * share / (2 - share), len(x) * (2 - share) / share
            first, last = bisect_left(self.lengths, math.floor(low)), bisect_right(self.lengths, math.ceil(high))
        window = self.texts[first:last]
        found = process.extract(x, window, scorer=fuzz.ratio, score_cutoff=self.cutoff, limit=None)
        if self.cutoff < _LENGTH_IMPLIED:  # as _count_near_identical: the length test too
            return {self.owners[first + index] for y, _, index in found if _close_lengths(x, y)}
        return {self.owners[first + index] for _, _, index in found}


def topic_of(sentences: tuple[Sentence, ...]) -> dict[str, float]:
    """An article's topic: its most used words (`topic_terms` of them, not `not_topic_words`), each
    weighted 1 + log(count), as a unit vector."""
    settings = rules.data(_DATA)
    stop = rules.words(_DATA, "not_topic_words")
    counts = Counter(w for s in sentences for w in letter_runs(s.text.lower()) if w not in stop)
    weights = sorted(((1 + math.log(n), w) for w, n in counts.items()), key=lambda x: (-x[0], x[1]))
    top = weights[: int(settings["topic_terms"])]
    norm = math.sqrt(sum(x * x for x, _ in top))
    return {w: x / norm for x, w in top} if norm else {}


def topic_similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """The cosine of two topics (0 to 1), rounded to three places so that it is the same however
    it is summed."""
    if len(b) < len(a):
        a, b = b, a
    return round(sum(x * b[w] for w, x in sorted(a.items()) if w in b), 3)


def _topic_links(topics: list[dict[str, float]], minimum: float) -> list[list[int]]:
    """For each article, the earlier ones whose topic is close enough to its own (found through
    the words they share, not by comparing every pair).

    Each cosine is summed as topic_similarity sums it, over the shared words in sorted order, so
    it is the same number to the last bit; but it is accumulated word by word for all the earlier
    articles at once, instead of pair by pair (a third of grouping's time on the bench corpus)."""
    having: dict[str, list[tuple[int, float]]] = {}  # a word -> (article, its weight there)
    links = []
    for i, topic in enumerate(topics):
        sums: dict[int, float] = {}
        for w in sorted(topic):
            x = topic[w]
            for j, y in having.get(w, ()):
                sums[j] = sums.get(j, 0) + x * y
        links.append([j for j in sorted(sums) if round(sums[j], 3) >= minimum])
        for w, x in topic.items():
            having.setdefault(w, []).append((i, x))
    return links


def group(analyses: list[Analysis]) -> list[list[int]]:
    """The stories: groups of article indexes linked by shared names (with topics not apart),
    identical sentences, close topics, or (a researcher's notes and a story) the days they tell.

    Near-identical (not identical) sentences count only when an undated article looks for its
    story's date (`borrow_references`): comparing every sentence of every pair of articles would
    be too slow for large collections."""
    sets = DisjointSets(len(analyses))
    root = sets.root

    settings = rules.data(_DATA)
    min_overlap = float(settings["min_name_overlap"])
    min_shared = int(settings["min_shared_sentences"])
    long_sentences = [_long_sentences(a) for a in analyses]
    common = _boilerplate(analyses)
    # Each article is checked against the earlier ones that share a sentence with it or may share
    # enough names (OverlapIndex), not against every one: the same links, found without the
    # quadratic loop. With no sentence needed, every pair is linked.
    names = OverlapIndex(min_overlap, (a.names for a in analyses))
    having: dict[str, list[int]] = {}  # a sentence -> the articles that have it
    vectors = [topic_of(a.sentences) for a in analyses]
    topics = _topic_links(vectors, float(settings["min_topic_similarity"]))
    # Names alone link only articles whose topics are not apart: unrelated company notices share
    # "Inc" and "New York Stock Exchange", and single links would chain them into one story.
    names_topic = float(settings["min_topic_with_names"])
    # ... unless they share names enough beyond those every company's news names (a 10-Q and its story's release)
    beyond_topic, business = int(settings["names_beyond_topic"]), frozenset(rules.words(_DATA, "business_names"))
    for i in range(len(analyses)):
        own = long_sentences[i] - common
        for j in topics[i]:
            sets.join(i, j)
        if min_shared <= 0:
            earlier = range(i)
        else:
            found = names.candidates(analyses[i].names)
            for sentence in own:
                found.update(having.get(sentence, ()))
            earlier = sorted(found)
        for j in earlier:
            if root(i) == root(j):
                continue
            a, b = analyses[i].names, analyses[j].names
            union = len(a | b)
            named = union and len(a & b) / union >= min_overlap and (
                topic_similarity(vectors[i], vectors[j]) >= names_topic
                or _names_beyond_topic(analyses[i], a - business, b - business) >= beyond_topic)
            related = named or len((long_sentences[i] & long_sentences[j]) - common) >= min_shared
            if related:
                sets.join(i, j)
        names.add(i, analyses[i].names)
        for sentence in own:
            having.setdefault(sentence, []).append(i)
    # Notes that nothing above put with an article join the story that tells their days. Notes put
    # with one stay there: joined to another story too, they would chain the two into one.
    found = shared_days.matches(analyses)
    with_articles = {root(k) for k in range(len(analyses)) if k not in found} if found else set()
    for notes, matched in found.items():
        if root(notes) in with_articles:
            continue
        told = shared_days.story_told(notes, matched, root)
        if told is not None:
            sets.join(notes, told)
            with_articles.add(root(notes))
    return sets.groups()


def _names_beyond_topic(analysis: Analysis, own: frozenset[str], other: frozenset[str]) -> int:
    """The names two articles share beyond those every company's news names, counted as the first
    writes them (_named_apart), when they are most of the names of the one that names fewer (a
    filing that says "we" names only its deal's parties); else 0: newswire stories of unrelated firms
    share a bank, a city and a broker among dozens of names."""
    shared = own & other
    fewer = min(len(own), len(other))
    if not fewer or len(shared) / fewer < float(rules.data(_DATA)["names_beyond_topic_share"]):
        return 0
    return _named_apart(analysis, shared)


def _named_apart(analysis: Analysis, shared: frozenset[str]) -> int:
    """How many names of `shared` the article writes apart: those it writes side by side are one
    ("Drexel Burnham Lambert", "Halden Industries"), so one firm's name of three words links no
    more than one word does."""
    if len(shared) < 2:
        return len(shared)
    text = analysis.masked
    phrases: set[frozenset[str]] = set()
    current: set[str] = set()
    last_end = -2
    for match in _NAME.finditer(text):
        word = match.group(0).lower().removesuffix("'s")
        if match.start() - last_end > 1 or text[last_end:match.start()] not in (" ", "-"):
            if current:
                phrases.add(frozenset(current))
            current = set()
        last_end = match.end()
        if word in shared:
            current.add(word)
    if current:
        phrases.add(frozenset(current))
    # a word written both alone and in a phrase ("Halden", "Halden Industries") is one name
    groups: list[set[str]] = []
    for phrase in phrases:
        joined = [g for g in groups if g & phrase]
        merged = set(phrase).union(*joined)
        groups = [g for g in groups if not g & phrase] + [merged]
    return len(groups)


def story_name(analyses: list[Analysis], members: list[int]) -> str:
    """Words for a story's file name: the names most of its articles use (at most three; of equals,
    the most used), never one of `not_story_names` (a site's tag, an agency's credit)."""
    stop = rules.words(_DATA, "not_story_names")
    articles: Counter = Counter()
    counts: Counter = Counter()
    for i in members:
        used = [w for w in analyses[i].name_uses if w not in stop]
        counts.update(used)
        articles.update(set(used))
    common = [w for w in sorted(counts, key=lambda w: (-articles[w], -counts[w], w))[:3]]
    return "-".join(common) or "events"


def name_uses(masked: str, names: frozenset[str]) -> tuple[str, ...]:
    """Each use of one of the article's `names` in its text, in order (a name used three times is there three times)."""
    return tuple(w for w in (found.lower().removesuffix("'s") for found in _NAME.findall(masked)) if w in names)


def _long_sentences(analysis: Analysis) -> frozenset[str]:
    minimum = int(rules.data(_DATA)["min_sentence_chars"])
    return frozenset(n for n in (normalise(s.text) for s in analysis.sentences) if len(n) >= minimum)


@lru_cache(maxsize=1 << 16)  # grouping, boilerplate and borrowing each ask for every sentence
def normalise(sentence: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.lower()).split())


def _boilerplate(analyses: list[Analysis]) -> frozenset[str]:
    """Sentences found in more articles than `boilerplate_articles` (a site's footer, a link list):
    they tell nothing about a story."""
    limit = int(rules.data(_DATA)["boilerplate_articles"])
    counts: Counter = Counter()
    for analysis in analyses:
        counts.update(_long_sentences(analysis))
    return frozenset(s for s, n in counts.items() if n > limit)


def _shared_sentences(a: Analysis, b: Analysis, boilerplate: frozenset[str] = frozenset()) -> int:
    settings = rules.data(_DATA)
    minimum = int(settings["min_sentence_chars"])
    left = [normalise(s.text) for s in a.sentences]
    right = [normalise(s.text) for s in b.sentences]
    left = [s for s in left if len(s) >= minimum and s not in boilerplate]
    right = [s for s in right if len(s) >= minimum and s not in boilerplate]
    return _count_near_identical(left, right)
