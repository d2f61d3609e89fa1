"""Stories and borrowed dates, found with indexes, equal what comparing every pair finds."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from types import SimpleNamespace

import pytest

from timeline.extract import rules, shared_days, story
from timeline.extract.analyse import Reference, analyse
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
        sentences, mentions, start = [], [], 0
        for line in lines:
            sentences.append(Sentence(start, start + len(line), line))
            if rng.random() < 0.7:  # a day of a few, so that notes (the short lines) share days
                mentions.append(SimpleNamespace(start=start, type="DATE", value=f"2019-01-0{rng.randint(1, 4)}"))
            start += len(line) + 1
        dated = rng.random() < 0.5
        reference = Reference(dt.date(2019, 1, 1 + index % 28), "metadata", "") if dated else Reference(None, "none", "")
        names = story.names_of(text, tuple(sentences))
        articles.append(SimpleNamespace(masked=text, sentences=tuple(sentences), names=names, name_uses=story.name_uses(text, names),
                                        reference=reference, mentions=tuple(mentions)))
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
    topics = [story.topic_of(a.sentences) for a in analyses]
    told = [shared_days.days_told(a) for a in analyses]
    notes = [shared_days.is_notes(a) for a in analyses]
    links = {i: {i} for i in range(len(analyses))}

    def join(i: int, j: int) -> None:
        merged = links[i] | links[j]
        for k in merged:
            links[k] = merged

    for i in range(len(analyses)):
        for j in range(i + 1, len(analyses)):
            a, b = analyses[i].names, analyses[j].names
            union = len(a | b)
            named = union and len(a & b) / union >= float(settings["min_name_overlap"]) and story.topic_similarity(
                topics[i], topics[j]
            ) >= float(settings["min_topic_with_names"])
            if named or len(
                (long_sentences[i] & long_sentences[j]) - common
            ) >= int(settings["min_shared_sentences"]) or story.topic_similarity(topics[i], topics[j]) >= float(
                settings["min_topic_similarity"]
            ):
                join(i, j)
    # Then each notes article, in order, that is with no other article joins the story that tells
    # enough of its days.
    for i in range(len(analyses)):
        if notes[i] and all(notes[k] for k in links[i]):
            matched = {j: days for j in range(len(analyses)) if j != i and (days := shared_days.days_matched(told[i], told[j]))}
            if (found := shared_days.story_told(i, matched, lambda k: min(links[k]))) is not None:
                join(i, found)
    return sorted(sorted(g) for g in {frozenset(g) for g in links.values()})


@pytest.mark.parametrize("seed", range(8))
def test_borrowed_dates_are_those_of_the_best_pair(seed):
    analyses = _articles(seed)
    chosen = story.borrow_references(analyses)
    assert {i: (loan.lender, loan.relation) for i, loan in chosen.items()} == _borrow_every_pair(analyses)


@pytest.mark.parametrize("seed", range(8))
def test_stories_are_those_linked_pair_by_pair(seed):
    analyses = _articles(seed)
    assert story.group(analyses) == _group_every_pair(analyses)


@pytest.mark.parametrize("minimum", [0.0, 0.2, 0.4, 0.7])
def test_topic_links_are_the_pairs_whose_similarity_reaches_the_minimum(minimum):
    # Summed word by word for all earlier articles at once, each cosine must still be the very
    # number topic_similarity gives the pair (the threshold test is on the rounded value).
    rng = random.Random(5)
    words = sorted({"".join(rng.choices("bcdfgklmnprstvz", k=5)) for _ in range(40)})
    topics = [story.topic_of(tuple(Sentence(0, 0, " ".join(rng.choices(words, k=rng.randint(0, 60))))
                                    for _ in range(2))) for _ in range(80)]
    expected = [[j for j in range(i) if set(topics[i]) & set(topics[j])
                 and story.topic_similarity(topics[i], topics[j]) >= minimum] for i in range(len(topics))]
    assert sum(map(len, expected)) > 0
    assert story._topic_links(topics, minimum) == expected


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


def _article(text: str) -> SimpleNamespace:
    """An analysis-like article of the given sentences (one a line)."""
    sentences, start = [], 0
    for line in text.strip().splitlines():
        line = line.strip()
        sentences.append(Sentence(start, start + len(line), line))
        start += len(line) + 1
    joined = "\n".join(s.text for s in sentences)
    names = story.names_of(joined, tuple(sentences))
    return SimpleNamespace(masked=joined, sentences=tuple(sentences), names=names, name_uses=story.name_uses(joined, names),
                           reference=Reference(None, "none", ""), mentions=())


FLU_NEWS = _article("""
    Health officials in Ontario confirmed two more cases of swine flu among schoolchildren on Monday.
    The flu virus spread quickly through the school, and parents were told to watch for a fever.
    Doctors said the swine flu cases were mild and that the virus responded to antiviral drugs.
    Vaccine makers in Toronto said a flu vaccine against the new virus could be ready by autumn.
""")
FLU_COLUMN = _article("""
    I have a confession to make about swine flu: I stocked up on tissues the day the virus reached Leeds.
    My neighbour Margaret thinks a flu pandemic is the end of the world, and she may have a point.
    Every sneeze on the bus now sounds like the virus, and every cough like swine flu itself.
    Perhaps the flu will pass us by, but I am keeping the tissues and the hand gel just in case.
""")
TRAIN_STORY = _article("""
    The armoured train carrying Kim Jong Un crossed into China at Dandong late on Monday.
    Kim met Xi Jinping in Beijing on Tuesday, state media said, and the two toasted their friendship.
    The train left Beijing on Wednesday afternoon after a visit to a pharmaceutical factory.
    Analysts in Seoul said the visit was meant to strengthen Kim's hand before talks with Trump.
""")
FOOTBALL_STORY = _article("""
    Leeds United beat Derby County two goals to one at Elland Road on Saturday afternoon.
    The Leeds striker scored twice in the second half after Derby had led at the break.
    The manager praised the crowd and said the promotion race was far from over.
    Derby face a difficult run of fixtures and sit three points behind the play-off places.
""")


def test_articles_of_one_story_with_a_shared_topic_but_few_shared_names_join():
    # A news report and a column share no name (Ontario, Toronto; Leeds, Margaret), only the topic.
    assert story.relate(FLU_NEWS, FLU_COLUMN, fuzzy=False).shared_names == ()
    assert story.group([FLU_NEWS, FLU_COLUMN]) == [[0, 1]]


def test_unrelated_stories_stay_apart():
    # Leeds is a name of both the column and the match report; the train shares nothing with either.
    assert story.group([FLU_NEWS, TRAIN_STORY, FOOTBALL_STORY, FLU_COLUMN]) == [[0, 3], [1], [2]]
    assert story.group([TRAIN_STORY, FOOTBALL_STORY]) == [[0], [1]]


def test_a_story_is_named_by_the_names_most_of_its_articles_use_never_a_site_tag():
    first = _article("""
        Follow guardianus on Twitter, where Guardianus posts news about Ontario as guardianus sees it.
        Health officials in Ontario confirmed two more cases of swine flu among schoolchildren.
    """)
    second = _article("""
        Doctors in Ontario said the swine flu cases were mild, as did officials in Toronto.
        Vaccine makers in Toronto said a vaccine could be ready by autumn for Ontario.
    """)
    assert story.story_name([first, second], [0, 1]) == "ontario-toronto"


def _published(tmp_path, texts: list[str], days: list[dt.date]) -> list:
    """Each text as a Markdown file published on its day, analysed as `timeline extract` does."""
    analyses = []
    for index, (text, day) in enumerate(zip(texts, days)):
        path = tmp_path / f"{index}.md"
        path.write_text(f"---\npublished: {day.isoformat()}\n---\n{text}", encoding="utf-8")
        analyses.append(analyse(path, path.name))
    return analyses


@pytest.mark.parametrize("name", sorted(rules.data("stories")["link_examples"]))
def test_articles_link_by_names_only_when_their_topics_are_not_apart_and_notes_by_the_days_they_tell(name, tmp_path):
    settings = rules.data("stories")
    example = settings["link_examples"][name]
    if example["by"] == "days":
        articles = _published(tmp_path, example["articles"], example["published"])
    else:
        articles = [_article(text) for text in example["articles"]]
    first, second = articles[:2]
    # Each example is about its one kind of link: names (enough of them shared) or the days told
    # (not enough names); the topics alone link nothing, nor does any sentence.
    named = story.relate(first, second, fuzzy=False).name_overlap >= float(settings["min_name_overlap"])
    assert named == (example["by"] == "names")
    assert story.relate(first, second, fuzzy=False).shared_sentences == 0
    similarity = story.topic_similarity(story.topic_of(first.sentences), story.topic_of(second.sentences))
    assert similarity < float(settings["min_topic_similarity"])
    expected = [[0, 1]] if example["story"] == "one" else [[0], [1]]
    assert story.group([first, second]) == expected
    # A third article: the stories of all of them (`groups`).
    assert story.group(articles) == example.get("groups", expected)


# helper-biz2: a 10-Q excerpt told in its own words ("we recorded ...") shared too few words with
# the press release of its story, and made a story file of its own, named after its headings.
def test_a_filing_joins_the_story_whose_deal_it_names():
    walk7 = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "walk7"
    filing, release = (analyse(walk7 / name) for name in ("05-sec-10q-excerpt.txt", "08-press-release-restructuring.txt"))
    assert story.group([filing, release]) == [[0, 1]]


def test_names_are_read_in_any_alphabet_with_capitals():
    """"España" was the name "espa", "Zürich" "z" (left out), "Santé" "sant": the names read ASCII only.
    McDonald's is one name, O'Neill still "neill", a word that opens the sentence none."""
    text = "Reporters met officials of España and Zürich, the ministry of Santé, Ελλάδα, McDonald's and O'Neill in Bordeaux."
    names = story.names_of(text, (Sentence(0, len(text), text),))
    assert names == {"españa", "zürich", "santé", "ελλάδα", "mcdonald", "neill", "bordeaux"}
    assert story.name_uses(text, names) == ("españa", "zürich", "santé", "ελλάδα", "mcdonald", "neill", "bordeaux")
    first = _article("""
        Officials in España confirmed two more cases of swine flu among schoolchildren in Zürich.
    """)
    second = _article("""
        The health officials of España said the cases were mild, as did officials in Zürich and España.
    """)
    assert story.story_name([first, second], [0, 1]) == "españa-zürich"


def test_a_word_a_line_broke_at_a_hyphen_is_no_name():
    # The walk of stop 34: a report pasted from a PDF ("14 Novem-" over "ber 2008") named its
    # story's file millbrook-herald-novem-2009-05.yaml. A hyphen inside a line still joins a name.
    text = "No repairs were ordered at Millbrook until 14 Novem-\nber 2008, said the Anglo-French firm of Jean-Paul Roux."
    names = story.names_of(text, (Sentence(0, len(text), text),))
    assert names == {"millbrook", "anglo", "french", "jean", "paul", "roux"}
    assert "novem" not in story.name_uses(text, frozenset({"novem", "millbrook"}))
