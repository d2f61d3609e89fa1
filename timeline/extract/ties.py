"""An undated article tied in time to the dated articles of its story: a happening it counts in days
("yesterday the WHO raised its alert") that a dated article tells with its day ("on 29 April the
WHO raised its alert", or "yesterday" in an article of 30 April) gives the article's own day (30
April), which its borrowed date only guesses. Several such happenings must agree, and none
disagree: one sentence alike in wording may tell another day's happening; nor may they move the
borrowed date far: the same words may tell another year's happening (stories.yaml, `tie_wording`,
`tie_sentences`, `tie_moves_days`)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from timeline.extract import dating, rules
from timeline.extract.analyse import Analysis
from timeline.extract.events import shared_wording, word_bag, word_weight, word_weights
from timeline.extract.sentences import Sentence

_DATA = "stories"


@dataclass(frozen=True)
class Told:
    """A sentence of a dated article that tells a happening of one day."""

    bag: Counter
    weight: float  # of its bag, weighed once for every undated article it is compared with
    day: dt.date
    article: str
    words: str  # the words that date it


@dataclass(frozen=True)
class Tie:
    """The day an undated article is of, as the happenings it shares with dated articles give it."""

    day: dt.date
    sentences: int
    example: str  # one of them, in words, for the reason


@dataclass(frozen=True)
class StoryDays:
    """What a story's dated articles tell, and how rare each word of its sentences is."""

    told: tuple[Told, ...]
    weights: dict[str, float]


def story_days(analyses: list[Analysis], members: list[int]) -> StoryDays:
    """The sentences of the story's dated articles that tell a happening of one day, and the weight
    of each word among all the story's sentences."""
    dated = []
    for i in members:
        analysis = analyses[i]
        if not analysis.reference.lends:
            continue
        for sentence, days in _days_by_sentence(analysis, _any_day):
            if len({day for day, _ in days}) == 1:
                dated.append((word_bag(sentence.words), days[0][0], analysis.article.shown, days[0][1]))
    weights = word_weights([word_bag(s.words) for i in members for s in analyses[i].sentences])
    told = tuple(Told(bag, word_weight(bag, weights), day, article, words) for bag, day, article, words in dated)
    return StoryDays(told, weights)


class StoriesDays:
    """Each story's StoryDays, gathered the first time an article of it has enough sentences to be
    tied (tied_day): most undated articles count too few days from their date, and gathering every
    lending story's days up front was 0.7 s of the bench corpus's serial work (stop 27). A forked
    worker gathers the stories it needs in its own copy; the days are the same wherever gathered."""

    def __init__(self, analyses: list[Analysis], stories: dict[int, list[int]]):
        self._analyses = analyses
        self._stories = stories  # story index -> its members, for the stories that lend a date
        self._gathered: dict[int, StoryDays] = {}

    def __contains__(self, story: int) -> bool:
        return story in self._stories

    def __getitem__(self, story: int) -> StoryDays:
        if story not in self._gathered:
            self._gathered[story] = story_days(self._analyses, self._stories[story])
        return self._gathered[story]


def tied_day(analysis: Analysis, counted_from: dt.date, told_in: Callable[[], StoryDays]) -> Tie | None:
    """The day the article is of, when at least `tie_sentences` of its sentences that count a day
    from its date (its `mentions` read against `counted_from`) tell a happening a dated article
    tells with its day (`told_in()` gives what its story's dated articles tell, asked only then), all
    giving the same day, within `tie_moves_days` of `counted_from`; None otherwise."""
    settings = rules.data(_DATA)
    least = float(settings["tie_wording"])
    counting = [(sentence, days[0]) for sentence, days in _days_by_sentence(analysis, _counted_day) if len(days) == 1]
    if len(counting) < int(settings["tie_sentences"]):
        return None  # too few sentences to tie it, however they compare (most undated articles)
    story = told_in()
    found: Counter = Counter()  # the day each sentence gives the article, counted once per sentence
    example = {}
    for sentence, (day, words) in counting:
        bag = word_bag(sentence.words)
        weight = word_weight(bag, story.weights)
        gives = {}
        for told in story.told:
            if shared_wording(bag, told.bag, story.weights, weight, told.weight) >= least:
                gives.setdefault(told.day - (day - counted_from), told)
        for own, told in gives.items():
            found[own] += 1
            example.setdefault(own, f"{words!r} in {sentence.text!r} is {told.words!r} in {told.article}")
        if len(found) > 1:
            return None  # two days disagree: no tie, whatever the other sentences say
    if len(found) != 1:
        return None
    ((day, sentences),) = found.items()
    if sentences < int(settings["tie_sentences"]) or abs((day - counted_from).days) > int(settings["tie_moves_days"]):
        return None
    return Tie(day, sentences, example[day])


def _any_day(mention: dating.Mention) -> bool:
    return True


def _counted_day(mention: dating.Mention) -> bool:
    """A day counted from the article's date ("yesterday", "last night"), not from a date its text states."""
    return mention.anchored and mention.counts == "day" and mention.read_against == "reference"


def _days_by_sentence(analysis: Analysis, keep) -> Iterator[tuple[Sentence, list[tuple[dt.date, str]]]]:
    """Each sentence with the days its dates that `keep` keeps name, and their words."""
    for sentence in analysis.sentences:
        days = [(day, m.text) for m in analysis.mentions
                if sentence.start <= m.start < sentence.end and keep(m) and (day := dating.day_of(m.value)) is not None]
        if days:
            yield sentence, days
