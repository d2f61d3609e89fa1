"""A title says what happened on its event's date: in a sentence whose clauses hold different dates,
the clause of the event's date gives it ("The library, built in 1962, was closed by the flood of
March 1998" is "The library was closed by the flood" in March 1998). The rules are data
(title_dated_clauses in timeline/extract/data/events.yaml), each with the titles run here."""

from __future__ import annotations

import pytest

from timeline.extract import rules
from timeline.extract.titles import title

KEYS = ("title_dated_clauses", "title_dates_joined", "title_date_dangling", "title_name_roles")
CASES = [(entry["name"], *case) for key in KEYS for entry in rules.data("events")[key] for case in entry.get("titles", ())]


def test_every_rule_says_what_it_leaves_out_and_shows_the_titles_it_makes():
    assert {entry["name"] for key in KEYS for entry in rules.data("events")[key]} == {name for name, *_ in CASES}
    assert all("aside" in pattern.regex.groupindex for pattern in rules.patterns("events", "title_dated_clauses"))
    assert all("cut" in pattern.regex.groupindex for pattern in rules.patterns("events", "title_date_dangling"))


@pytest.mark.parametrize(("rule", "sentence", "date_text", "others", "expected"), CASES)
def test_the_clause_of_the_events_date_gives_its_title(rule, sentence, date_text, others, expected):
    spans = [(sentence.index(other), sentence.index(other) + len(other)) for other in others]
    assert title(sentence, date_text, sentence.index(date_text), spans) == expected


@pytest.mark.parametrize(("sentence", "headline", "date", "expected"), [
    # The two walks: each event had the title of the other date's clause ("The library, built in
    # 1962"; "The mayor said construction would begin in May").
    ("The library, built in 1962, was closed by the flood of March 1998.", "Library shut", "1998-03",
     "The library was closed by the flood"),
    ("The mayor said construction would begin in May, after the bridge closed on 3 March.", "Bridge works", "2024-03-03",
     "The bridge closed"),
    # A title that opens with "He" or "She" takes the name the sentence before has as its subject
    # (timeline/extract/data/pronouns.yaml), only when that is clear; else the pronoun stays.
    ("Gaius Marius, a new man from Arpinum, was elected consul. He was consul again on 3 March.", "Consuls",
     "2024-03-03", "Gaius Marius was consul again"),
    ("\"We are increasing surveillance,\" said Akira Yukitoki, an official at the airport. "
     "He said 160 passengers were screened on Monday.", "Airport checks", "2024-03-04",
     "Akira Yukitoki said 160 passengers were screened"),
    ("Acting Centres for Disease Control Director Richard Besser resigned.\n\nShe said the lab closed on Monday.",
     "Lab shut", "2024-03-04", "Richard Besser said the lab closed"),  # the paragraph before is near enough
    ("Caesar met Pompey in Rome. He was stabbed on 4 March.", "Caesar", "2024-03-04",
     "He was stabbed"),  # Pompey: another name between
    ("Mexico closed its schools. He said the order came on Monday.", "Mexico", "2024-03-04",
     "He said the order came"),  # "its": a thing's name
    ("Consuls were elected every year. He was consul again on 3 March.", "Rome", "2024-03-03",
     "He was consul again"),  # a capital only because it opens the sentence
    ("The Senate met as before. He returned on 3 March.", "Rome", "2024-03-03", "He returned on 3 March"),
    ("Caesar was named dictator.\n\nThe Senate met.\n\nHe left on 3 March.", "Caesar", "2024-03-03",
     "He left on 3 March"),  # not the subject of the sentence right before
    ("Caesar was named dictator. \"He left on 3 March,\" Cicero wrote.", "Caesar", "2024-03-03",
     "\"He left,\" Cicero wrote"),  # a pronoun inside a quote is the speaker's (its marks kept, paired)
    ("Caesar was named dictator. In Rome with Brutus, he was stabbed on 4 March.", "Caesar", "2024-03-04",
     "He was stabbed"),  # Brutus: a name before the pronoun in its own sentence
    # "It" and "they" take the subject of their kind, a thing's or a group's, when the pronoun opens its
    # sentence and, for "it", says what the thing did.
    ("The officials met Caesar. They left on 3 March.", "Caesar", "2024-03-03", "The officials left on 3 March"),
    ("The Alder school closed. It will re-open on 3 March.", "School", "2024-03-03",
     "The Alder school will re-open"),
    ("The pig was moved to the zoo. But on 3 March it was removed and put in solitary confinement.", "Zoo",
     "2024-03-03", "The pig was removed and put in solitary confinement"),
    ("The school closed. It was a day of firsts on 3 March.", "School", "2024-03-03",
     "It was a day of firsts"),  # an "it" that stands for nothing
    ("The man was discharged. It closed on 3 March.", "Clinic", "2024-03-03", "It closed on 3 March"),  # a person
    ("The school closed, and the council paid. It reopened on 3 March.", "School", "2024-03-03",
     "It reopened on 3 March"),  # two subjects before
    ("The school closed. After the vote it reopened on 3 March.", "School", "2024-03-03",
     "After the vote it reopened"),  # the vote's, maybe
    ("Caesar was named dictator. They left on 3 March.", "Caesar", "2024-03-03", "They left on 3 March"),  # one person
    # "The company" takes the name of an organisation the sentence before has as its subject, called "it".
    ("Shares of Kellogg rose.\n\nKellogg said it has room to grow. In 1988, the company earned $480.4 million.", "Kellogg", "1988",
     "Kellogg earned $480.4 million"),
    ("Sun, a maker of computer workstations, reported higher sales. In 1988, the company earned $20.6 million.", "Sun",
     "1988", "The company earned $20.6 million"),  # nothing says Sun is an "it"
    ("John Marous, chairman and chief executive, said it would grow. In 1988, the company earned $822.8 million.",
     "Westinghouse", "1988", "The company earned $822.8 million"),  # a person, by his office
    ("Advanced Medical paid $106 million for its share in Fisher Scientific. In 1988, the company earned $1 million.",
     "Advanced Medical", "1988", "The company earned $1 million"),  # another name: which company?
    ("Smith said his company would grow. In 1988, the company earned $1 million.", "Smith", "1988",
     "The company earned $1 million"),  # "his": a person
    # A vague subject ("The group", "The school") takes the one noun phrase of its kind the sentence
    # before names with a name (data: vague_kinds in pronouns.yaml); else it stays.
    ("Officials were worried. The WHO's emergency committee, made up of 15 experts, was due to meet. "
     "The group met on 2 March and will meet again.", "WHO", "2024-03-02", "The WHO's emergency committee met and will meet again"),
    ("Officials were worried. The WHO has brought forward its meeting on swine flu. The group met on 2 March.",
     "WHO", "2024-03-02", "The group met"),  # the WHO's committee met, not the WHO
    ("Pupils at Downend were sent home. Downend school, in south Gloucestershire, will be closed. "
     "The school said on 4 March it would clean.", "Downend", "2024-03-04", "Downend school said it would clean"),
    ("Pupils at Downend and Hill were sent home. Downend school and Hill school will be closed. "
     "The school said on 4 March it would clean.", "Downend", "2024-03-04", "The school said it would clean"),  # two schools
    ("Viewers were many. It appears US television network Fox made the right move. The network won the "
     "time slot on 4 March.", "Fox", "2024-03-04", "Fox won the time slot"),
    ("Viewers were many. The network won the time slot on 4 March.", "Fox", "2024-03-04",
     "The network won the time slot"),  # no network named
    # A date in a participle's phrase on the object is the object's: its event says what was done to
    # that ("The council approved the plan" was the 2019 event's title); the main clause's own date
    # keeps the main clause.
    ("The council approved the plan, drawn up in 2019.", "Plan", "2019", "The plan, drawn up in 2019"),
    ("The council approved the plan drawn up in 2019.", "Plan", "2019", "The plan drawn up in 2019"),
    ("Officials signed the treaty, signed in 1998 by the former government.", "Treaty", "1998",
     "The treaty, signed by the former government"),
    ("The council approved the plan, drawn up in 2019, on Monday.", "Plan", "2024-03-04", "The council approved the plan"),
])
def test_an_extracted_event_is_titled_by_the_clause_of_its_date(extract_sentence, sentence, headline, date, expected):
    event = extract_sentence(sentence, "2024-03-06", headline)
    assert (str(event["date"]), event["title"]) == (date, expected)


def test_a_sentence_of_one_date_keeps_its_title(extract_sentence):
    sentence = "The library, built in 1962, was closed by the flood."
    assert title(sentence, "1962", sentence.index("1962"), []) == title(sentence, "1962", sentence.index("1962"))
    # "now" is no date of another day (not_dates): the title is the sentence's, as it was.
    event = extract_sentence("Five schools have now closed after pupils were diagnosed with the virus this week.",
                             "2024-03-06", "Schools shut")
    assert event["title"] == "Five schools have now closed"


def test_a_title_with_other_dates_only_ever_leaves_words_out():
    # Every dated sentence of the demo articles, each date in turn with the sentence's others.
    import re
    from pathlib import Path

    from timeline.extract.analyse import analyse

    def words(text: str) -> list[str]:
        return [w for w in (re.sub(r"[^\w'%$#-]", "", word).lower() for word in text.split()) if w]

    checked = 0
    for path in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt")):
        analysis = analyse(path)
        for sentence in analysis.sentences:
            inside = [m for m in analysis.mentions if sentence.start <= m.start < sentence.end]
            text = analysis.masked[sentence.start:sentence.end]
            for mention in inside:
                others = [(m.start - sentence.start, m.end - sentence.start) for m in inside if m is not mention]
                made = title(text, mention.text, mention.start - sentence.start, others)
                rest = iter(words(text))
                assert all(any(word == other for other in rest) for word in words(made)), (made, text)
                checked += len(others) > 0
    assert checked  # the demo has sentences of several dates


def test_a_title_does_not_end_on_the_colon_its_date_followed():
    """'It was a day of firsts: the first of May.' was titled 'It was a day of firsts:' (Guardian story)."""
    sentence = "It was a day of firsts: the first of May."
    assert title(sentence, "the first of May", sentence.index("the first of May")) == "It was a day of firsts"
