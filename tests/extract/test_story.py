"""Stories and borrowed dates, found with indexes, equal what comparing every pair finds."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

import pytest

from timeline.extract import rules, story
from timeline.extract.overlap import OverlapIndex
from timeline.extract.sentences import Sentence

NAMES = ["Kim", "Trump", "Hanoi", "Beijing", "Xi", "Moon", "Seoul", "Pyongyang", "Abe", "Tokyo", "Putin",
         "Merkel", "Berlin", "Macron", "Paris", "Obama", "Chan", "Lagos", "Lima", "Oslo"]
SENTENCES = [
    "The leaders met for two hours at the hotel and agreed to meet again next month in the capital.",
    "Officials said the talks had been productive but no agreement on sanctions was reached yet.",
    "Thousands of people gathered in the square to watch the motorcade pass on its way to the palace.",
    "The ministry confirmed that the train carrying the delegation had crossed the border at dawn.",
    "Analysts warned that the summit could end without a joint statement from either of the sides.",
]


def _sentence_like(rng: random.Random) -> str:
    text = rng.choice(SENTENCES)
    if rng.random() < 0.5:  # a near-identical copy: one word changed
        words = text.split()
        words[rng.randrange(1, len(words))] = rng.choice(["large", "small", "quick", "late"])
        text = " ".join(words)
    return text


def _articles(seed: int, count: int = 40) -> list[SimpleNamespace]:
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        names = rng.sample(NAMES, rng.randint(0, 6))
        lines = [f"Reporters met {name} and {rng.choice(NAMES)} in the city today." for name in names]
        lines += [_sentence_like(rng) for _ in range(rng.randint(0, 3))]
        text = " ".join(lines)
        sentences, start = [], 0
        for line in lines:
            sentences.append(Sentence(start, start + len(line), line))
            start += len(line) + 1
        dated = rng.random() < 0.5
        reference = SimpleNamespace(date=dt.date(2019, 1, 1 + index % 28) if dated else None)
        articles.append(SimpleNamespace(masked=text, sentences=tuple(sentences),
                                        names=story.names_of(text, tuple(sentences)), reference=reference))
    return articles


def _borrow_every_pair(analyses) -> dict:
    common = story._boilerplate(analyses)
    chosen = {}
    for i, a in enumerate(analyses):
        if a.reference.date is not None:
            continue
        best = None
        for j, b in enumerate(analyses):
            if b.reference.date is None:
                continue
            relation = story.relate(a, b, boilerplate=common)
            if relation.same_story and (best is None or (relation.score, -j) > best[0]):
                best = ((relation.score, -j), j, relation)
        if best is not None:
            chosen[i] = (best[1], best[2])
    return chosen


def _group_every_pair(analyses) -> list[list[int]]:
    settings = rules.data("stories")
    common = story._boilerplate(analyses)
    long_sentences = [story._long_sentences(a) for a in analyses]
    links = {i: {i} for i in range(len(analyses))}
    for i in range(len(analyses)):
        for j in range(i + 1, len(analyses)):
            a, b = analyses[i].names, analyses[j].names
            union = len(a | b)
            if (union and len(a & b) / union >= float(settings["min_name_overlap"])) or len(
                (long_sentences[i] & long_sentences[j]) - common
            ) >= int(settings["min_shared_sentences"]):
                merged = links[i] | links[j]
                for k in merged:
                    links[k] = merged
    return sorted(sorted(g) for g in {frozenset(g) for g in links.values()})


@pytest.mark.parametrize("seed", range(8))
def test_borrowed_dates_are_those_of_the_best_pair(seed):
    analyses = _articles(seed)
    assert story.borrow_references(analyses) == _borrow_every_pair(analyses)


@pytest.mark.parametrize("seed", range(8))
def test_stories_are_those_linked_pair_by_pair(seed):
    analyses = _articles(seed)
    assert story.group(analyses) == _group_every_pair(analyses)


@pytest.mark.parametrize("threshold", [0.0, 0.1, 0.2, 0.5, 1.0])
def test_the_overlap_index_finds_every_pair_that_reaches_the_threshold(threshold):
    rng = random.Random(3)
    sets = [frozenset(rng.sample(NAMES, rng.randint(0, 8))) for _ in range(60)]
    index = OverlapIndex(threshold, sets)
    for key, words in enumerate(sets):
        index.add(key, words)
    for words in sets:
        found = index.candidates(words)
        for key, other in enumerate(sets):
            union = words | other
            if union and len(words & other) / len(union) >= threshold:
                assert key in found
