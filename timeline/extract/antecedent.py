"""The person or thing a title's opening pronoun stands for ("He was killed" -> "Gaius Gracchus was
killed", "It will re-open" -> "The Alder school will re-open"), when the sentence before names it
clearly as its subject; the rules are in data/pronouns.yaml."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from timeline.extract import rules
from timeline.extract.analyse import Analysis
from timeline.extract.sentences import Sentence

_DATA = "pronouns"
_DATE = "@DATE@"
_CAPITALISED = re.compile(r"(?<![\w'’@-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_QUOTES = '"“”'


def named(title: str, analysis: Analysis, sentence: Sentence) -> str:
    """The title with its opening pronoun (data: pronouns) replaced by the name of the person the
    sentence before has as its subject, or for "it" and "they" (data: thing_pronouns) by the noun
    phrase of their kind (_thing_named); the title as it is when that is not clear."""
    kind = _VAGUE.match(title)
    if kind is not None and kind["kind"].lower() in rules.data(_DATA)["vague_kinds"]:
        named_kind = _kind_named(title, kind, analysis, sentence)
        if named_kind != title:
            return named_kind
    stand_in = next((m for pattern in rules.patterns(_DATA, "stand_ins") for m in [pattern.regex.match(title)] if m), None)
    if stand_in is not None:
        return _organisation_named(title, stand_in, analysis, sentence)
    first, _, rest = title.partition(" ")
    things = rules.data(_DATA)["thing_pronouns"]
    if first.lower() in things and rest:
        return _thing_named(first, rest, analysis, sentence, things[first.lower()])
    if first.lower() not in rules.words(_DATA, "pronouns") or not rest:
        return title  # before anything is read: every title passes here
    text, dates = analysis.masked, [(mention.start, mention.end) for mention in analysis.mentions]
    own = _marked(text, sentence, dates)
    found = re.search(rf"\b{re.escape(first)}\b", own, re.IGNORECASE)
    # Inside a quote the pronoun is the speaker's ("\"He arrived from Mexico,\" an official said"),
    # and a name before it in its own sentence is a candidate too.
    if found is None or sum(own[: found.start()].count(q) for q in _QUOTES) % 2 or _candidates(own[: found.start()]):
        return title
    before = _sentence_before(text, analysis.sentences, sentence)
    name = None if before is None else _subject(_marked(text, before, dates))
    # A name is written with a capital where no sentence begins (analysis.names: "Gaius Marius" has
    # "Marius"; "Caesar" is written so elsewhere): "Consuls were elected" has one only because it opens.
    if name is None or not {word.lower() for word in name.split()} & analysis.names:
        return title
    return f"{name} {rest}"


def _thing_named(first: str, rest: str, analysis: Analysis, sentence: Sentence, keys: dict[str, str]) -> str:
    """The title, `first` (an "it" or "they") then `rest`, with that pronoun replaced by the noun
    phrase the sentence before has as its subject (data: the pronoun's `subjects`), when the pronoun
    opens its own sentence (data: pronoun_opening) and the title says what such a thing does (data:
    the pronoun's `predicates`, if it has any); the title as it is otherwise."""
    title = f"{first} {rest}"
    if "predicates" in keys and rules.first_match(rules.patterns(_DATA, keys["predicates"]), rest) is None:
        return title
    words = _before_if_opening(rf"\b{re.escape(first)}\b", analysis, sentence)
    if words is None:
        return title
    match = next((m for pattern in rules.patterns(_DATA, keys["subjects"])
                  for m in [pattern.regex.search(words)] if m), None)
    if match is None or _DATE in match.group("name"):
        return title
    return f"{match.group('name')} {rest}"


_VAGUE = re.compile(r"^The\s+(?P<kind>[a-z]+)\s+(?P<rest>\S.*)$")  # "The group met": which kinds, vague_kinds


def _kind_named(title: str, vague: re.Match, analysis: Analysis, sentence: Sentence) -> str:
    """The title with its vague subject ("The group", "The school": data vague_kinds) replaced by the
    one noun phrase of its kind the sentence before names with a name (kind_subjects: "The WHO's
    emergency committee"; kind_appositives: "network Fox" -> "Fox"); the title as it is when the
    vague noun does not open its own sentence, or the sentence before names none or more than one."""
    kinds = set(rules.data(_DATA)["vague_kinds"][vague["kind"].lower()])
    words = _before_if_opening(rf"\bthe\s+{re.escape(vague['kind'])}\b", analysis, sentence)
    if words is None:
        return title
    # One noun of the kind in the sentence before, or the name could be another's.
    if sum(word.strip(".,;:!?\"“”'‘’").lower() in kinds for word in words.split()) != 1:
        return title
    found = [(m, m.group("name")) for pattern in rules.patterns(_DATA, "kind_subjects")
             for m in [pattern.regex.search(words)] if m and m.group("kind").lower() in kinds]
    found += [(m, m.group("name")) for pattern in rules.patterns(_DATA, "kind_appositives")
              for m in pattern.regex.finditer(words) if m.group("kind").lower() == vague["kind"].lower()]
    if len(found) != 1:
        return title
    name = found[0][1]
    # A name: a word written capitalised where no sentence begins (analysis.names), or an acronym,
    # whatever it spells ("WHO", which names_of leaves out as "who").
    capitalised = [w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Z][\w&'’-]*", name)]
    if _DATE in name or not any(len(w) > 1 and w.isupper() or w.lower() in analysis.names for w in capitalised):
        return title
    return f"{name[:1].upper()}{name[1:]} {vague['rest']}"


def _organisation_named(title: str, stand_in: re.Match, analysis: Analysis, sentence: Sentence) -> str:
    """The title with its opening noun for a company or a group (data: stand_ins) replaced by the
    name of the organisation the sentence before has as its subject, when that is clear (data:
    organisation_subjects, organisation_words, person_words); the title as it is otherwise."""
    words = _before_if_opening(re.escape(title[: stand_in.start("rest")].strip()), analysis, sentence)
    if words is None:
        return title
    match = next((m for pattern in rules.patterns(_DATA, "organisation_subjects")
                  for m in [pattern.regex.search(words)] if m), None)
    if match is None or _DATE in match.group("name"):
        return title
    said = {word.strip(".,;:!?\"“”'‘’").lower() for word in words.split()}
    rest = words[: match.start("name")] + " " * len(match.group("name")) + words[match.end("name"):]
    if (not said & rules.words(_DATA, "organisation_words") or said & rules.words(_DATA, "person_words")
            or _candidates(rest, people_only=False) or not {word.lower() for word in match.group("name").split()} & analysis.names):
        return title
    return f"{match.group('name')} {stand_in.group('rest')}"


def _before_if_opening(opening: str, analysis: Analysis, sentence: Sentence) -> str | None:
    """The sentence before `sentence`, its dates marked, when `opening` (a regex: the stand-in word)
    opens `sentence` (data: pronoun_opening), so that what it stands for can be that sentence's; None
    when it does not open it or no sentence comes right before."""
    text, dates = analysis.masked, [(mention.start, mention.end) for mention in analysis.mentions]
    own = _marked(text, sentence, dates)
    found = re.search(opening, own, re.IGNORECASE)
    if found is None or rules.first_match(rules.patterns(_DATA, "pronoun_opening"), own[: found.start()]) is None:
        return None
    before = _sentence_before(text, analysis.sentences, sentence)
    return None if before is None else _marked(text, before, dates)


def _sentence_before(text: str, sentences: Sequence[Sentence], sentence: Sentence) -> Sentence | None:
    """The sentence right before, in the same paragraph or ending the one before; None for the first."""
    at = bisect.bisect_right(sentences, sentence.start, key=lambda s: s.end)  # they are in order
    if at == 0:
        return None
    before = sentences[at - 1]
    between = text[before.end:sentence.start]
    # Two paragraph breaks between them: a paragraph in between had no sentence.
    return before if len(re.findall(r"\n\s*\n", between)) <= 1 else None


def _marked(text: str, sentence: Sentence, dates: Sequence[tuple[int, int]]) -> str:
    """The sentence's words with each date in it written as @DATE@."""
    words = text[sentence.start:sentence.end]
    for start, end in sorted(dates, reverse=True):
        if sentence.start <= start and end <= sentence.end:
            words = words[: start - sentence.start] + _DATE + words[end - sentence.start:]
    return " ".join(words.split())


def _subject(sentence: str) -> str | None:
    """The name that is the sentence's subject (data: subjects), when it is the only name in the
    sentence that could be a person, and it is no thing's ("Mexico closed its schools"); else None."""
    for pattern in rules.patterns(_DATA, "subjects"):
        match = pattern.regex.search(sentence)
        if match is None:
            continue
        rest = sentence[: match.start()] + " " * (match.end() - match.start()) + sentence[match.end():]
        if _candidates(rest):
            return None
        name = match.group("name")
        words = {word.strip(".,;:!?\"“”'‘’").lower() for word in sentence.split()}
        if len(name.split()) == 1 and words & rules.words(_DATA, "thing_words"):
            return None
        return name
    return None


def _candidates(words: str, *, people_only: bool = True) -> list[str]:
    """The capitalised words that could name a person: not the sentence's first word, nor a word that
    is no name (stories.yaml: not_names), nor one right after a word of a place or a thing
    (data: not_a_person_after; with people_only False, these too: any organisation's name)."""
    after = rules.words(_DATA, "not_a_person_after") if people_only else frozenset()
    no_names = rules.words("stories", "not_names")
    found = []
    for match in _CAPITALISED.finditer(words):
        head = words[: match.start()].rstrip(" \"“‘'`(")
        if not head:
            continue  # the sentence's first word is capitalised whatever it is
        previous = head.split()[-1].strip(",;:").lower()
        names = [word for word in match.group(0).split() if word.strip("'’s").lower() not in no_names]
        if names and previous not in after:
            found.append(match.group(0))
    return found
