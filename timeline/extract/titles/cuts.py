"""A title cut to length: up to the first break whose head is a whole clause (_break), then to
title_max_words at a phrase's end that keeps the verb (_shorten, _fit), a few words past the limit
where that alone finishes the clause (_finished); the rules are in data/events.yaml (title_breaks,
title_cut_before, title_max_words, title_overrun_words ...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from timeline.extract import rules
from timeline.extract.titles.grammar import _DATA, _complete, _has_verb, _min_words
from timeline.extract.titles.quotes import _QUOTES


def _break(text: str) -> str:
    """The text up to the first break (data: title_breaks) whose head is complete (_complete); a head
    of fewer than title_short_words gives way to the next complete head, or the whole text, that still
    fits ("Farmers in Egypt clashed" -> "Farmers in Egypt clashed with officials"). When no head is
    complete, up to the first break only if the rest holds no verb either (a fragment then is the best
    there is), else the whole text, which _fit cuts. A break title_no_break names is none: "His
    remarks served | as a preview" left the verb without what it says."""
    none = {match.start("at") for pattern in rules.patterns(_DATA, "title_no_break") for match in pattern.regex.finditer(text)}
    heads = sorted({match.start() for pattern in rules.patterns(_DATA, "title_breaks")
                    for match in pattern.regex.finditer(text)
                    if len(text[: match.start()].split()) >= _min_words() and match.start() not in none
                    and not _inside_noun_phrase(text[: match.start()].split(), text[match.start():].split())})
    limit = int(rules.data(_DATA)["title_max_words"])
    short = int(rules.data(_DATA)["title_short_words"])
    complete = (text[:start] for start in heads if _complete(text[:start]))
    first = next(complete, None)
    if first is not None:
        if len(first.split()) < short:
            rest = [*complete, text]
            longer = (head for head in rest if len(head.split()) <= limit and _complete(head))
            # ... else the next one, too long, when its cut is complete and long enough, holds no quote
            # and does not end on a word that reads as a verb, which may wait for what it governs: "It
            # won notoriety | when two of its US subsidiaries were given the largest ever environmental
            # fines by ..., having" gives "It won notoriety when ... fines", not "It won notoriety";
            # not "Prosecutors issued their warning after one of Mr. Antar's attorneys asked".
            cut = (_shorten(head) for head in rest[:1] if len(head.split()) > limit)
            fits = (c for c in cut if len(c.split()) >= short and _complete(c) and not any(q in c for q in _QUOTES)
                    and not _has_verb(c.split()[-1]))
            return next(longer, None) or next(fits, first)
        return first
    if heads and not _has_verb(text):
        return text[: heads[0]]
    return text


def _fit(text: str, date_text: str = "", clause_end: bool = False) -> str:
    """The text cut to title_max_words (_shorten), its subject first without a modifier when it is
    long (data: title_subject_modifiers); when every cut leaves what was said without its
    verb, the text without its leading article when that is enough ("Meeting between Mr Pompeo and
    senior North Korean official Kim Yong Chol was cancelled"), else without the attribution that
    opens it ("Health officials in Baghdad said three wild boars at the city's zoo" -> "Three wild
    boars at the city's zoo had been destroyed ..."). A cut inside the date the title kept (`date_text`:
    "... was Sunday April | 26") is no cut that keeps the verb's sense. Before any cut (but after
    the modifier), when the text ends where its clause does (`clause_end`), what was said, whole, if it
    fits (_said_whole)."""
    limit = int(rules.data(_DATA)["title_max_words"])
    if len(text.split()) > limit:
        for pattern in rules.patterns(_DATA, "title_subject_modifiers"):
            modifier = pattern.regex.search(text)
            # A verb, or a participle (title_cut_before_pattern: "sitting in seats ..."), tells it from a noun phrase.
            verb_like = modifier and (_has_verb(modifier.group(0)) or any(map(_cut_before, modifier.group(0).split())))
            if verb_like and not _complete(text[: modifier.start()]):
                text = text[: modifier.start()] + text[modifier.end():]
        trimmed = _without_roles(text)
        if not _complete(_shorten(text)) and _complete(_shorten(trimmed)):
            text = trimmed  # only where that keeps the verb: the office tells who the person is
        said = _said_whole(text) if clause_end and len(text.split()) > limit else None
        if said is not None:
            return said
    cut = _shorten(text)
    # A cut that runs past the limit to the text's end (_shorten: no phrase ends sooner) comes after
    # the shorter ways below: "Two old llamas at the city's zoo had been put down", not who said it too.
    to_the_end = len(text.split()) > limit and cut == " ".join(text.split())
    if (_complete(cut) and not _inside(cut, text, date_text) and not to_the_end) or len(text.split()) <= limit:
        return cut
    words = text.split()
    # As a headline has it: "Meeting between Mr Pompeo and ... was cancelled"; not the article of a
    # name ("The 13th Floor Elevators", "The Hague").
    if len(words) - 1 <= limit and words[0].lower() in rules.words(_DATA, "title_articles") and words[1][:1].islower():
        return " ".join(words[1:])
    for pattern in rules.patterns(_DATA, "title_report"):
        frame = pattern.regex.search(text)
        if frame is None or any(c in text[: frame.start()] for c in ",;:\"“"):
            continue
        if text[frame.end():].split(" ", 1)[0].lower() in rules.words(_DATA, "title_pronouns"):
            continue
        said = text[frame.end():]
        rest = _shorten(said)
        if len(rest.split()) >= _min_words() and _complete(rest) and not _inside(rest, said, date_text):
            return rest
        words = said.split()
        if len(words) - 1 <= limit and words[0].lower() in rules.words(_DATA, "title_articles") and _complete(said):
            return " ".join(words[1:])  # what was said, whole but for its article: "Most recent onset ... was Sunday April 26"
    if to_the_end and _complete(cut) and not _inside(cut, text, date_text):
        return cut  # whole: not "... opened the first U.S. polystyrene | recycling plant" (_finished)
    return _finished(text, cut, date_text) or cut


def _finished(text: str, cut: str, date_text: str) -> str | None:
    """The text up to the first phrase's end past title_max_words, at most title_overrun_words more,
    that makes it complete, when every cut within the limit leaves a fragment: "The family of the
    first British swine flu patient to die said they were "absolutely devastated"", not "The family
    of the first British swine flu patient"; None when no such end is that near. Only within the
    clause `cut` (the text's head) ends in: words past a break or an "and" (title_breaks, title_overrun_stops) would
    open another ("It expects to post a loss ... and its liabilities currently exceed its assets")."""
    words = text.split()
    limit = int(rules.data(_DATA)["title_max_words"])
    over = int(rules.data(_DATA)["title_overrun_words"])
    stops = rules.words(_DATA, "title_overrun_stops")
    for end in range(limit + 1, min(len(words), limit + over) + 1):
        past = words[max(len(cut.split()) - 1, 0):end]
        if rules.first_match(rules.patterns(_DATA, "title_breaks"), " ".join(past)) or any(w.lower() in stops for w in past[1:]):
            return None
        if end < len(words) and not _cut_here(words, end, cut_pattern=True):
            continue
        head = " ".join(words[:end])
        if _complete(head) and not _inside(head, text, date_text) and words[end - 1].lower().strip(",;:") not in rules.words(_DATA, "title_no_end"):
            return head.rstrip(",;:")
    return None


def _without_roles(text: str) -> str:
    """The text without the words of office before its names (data: title_name_roles): "between Mr
    Pompeo and senior North Korean official Kim Yong Chol" -> "between Mr Pompeo and Kim Yong Chol"."""
    for pattern in rules.patterns(_DATA, "title_name_roles"):
        for match in reversed(list(pattern.regex.finditer(text))):
            text = text[: match.start("role")] + text[match.end("role"):]
    return text


def _said_whole(text: str) -> str | None:
    """What was said, whole, when the text is too long for a title with who said it but what was
    said fits on its own and has its verb: "The World Health Organisation confirmed that the virus
    has infected a total of 4,379 people across the world" -> "the virus has infected a total of
    4,379 people ...", not a cut that ends on "a total". A report inside a report is taken off too ("Bloomberg said that health
    officials believe more than 100 people ... had been sickened" -> "more than 100 people ... had
    been sickened"): the first frame whose rest fits. Only while the words before the frame are who
    spoke, without a verb of their own, and not after a comma or a quote (the frame is then no
    opening attribution); not when what was said opens with a pronoun (data: title_pronouns)."""
    limit = int(rules.data(_DATA)["title_max_words"])
    frames = sorted((frame for pattern in rules.patterns(_DATA, "title_report") for frame in pattern.regex.finditer(text)),
                    key=lambda frame: (frame.start(), frame.end()))
    spoke = ""  # the words before the frame, earlier frames left out: who spoke, no verb of its own
    for index, frame in enumerate(frames):
        if any(c in text[: frame.start()] for c in ",;:\"“"):
            break
        spoke += text[frames[index - 1].end() if index else 0:frame.start()]
        if _has_verb(spoke):
            break  # "The family sent a fax explaining that doctors were warned that ...": the fax is the news
        said = text[frame.end():]
        words = said.split()
        if not words or words[0].lower() in rules.words(_DATA, "title_pronouns") or len(words) > limit:
            continue
        said = _shorten(said)  # whole, but not ending on "in" where the date was taken out
        last = said.split()[-1].strip("\"'“”‘’.,;:").lower() if said.split() else ""
        if len(said.split()) >= _min_words() and last not in rules.words(_DATA, "title_no_end") and _complete(said):
            return said
    return None


def _inside(cut: str, text: str, date_text: str) -> bool:
    """Whether `cut`, the start of `text`, ends inside the date expression the text holds."""
    at = text.find(date_text) if date_text else -1
    return at >= 0 and at < len(cut) < at + len(date_text)


def _shorten(text: str) -> str:
    words = text.split()
    limit = int(rules.data(_DATA)["title_max_words"])
    no_end = rules.words(_DATA, "title_no_end")
    if len(words) > limit:
        # Before a word of title_cut_before, and keeping a verb when the first `limit` words hold one.
        cuts = [index for index in range(limit, max(_min_words(), (2 * limit) // 3) - 1, -1)
                if _cut_here(words, index, cut_pattern=True)]
        # Not right after a verb, a participle or a number when there is another cut: "the Hong Kong
        # flu that killed | about a million", "and hoped | to open", "released figures showing | that"
        # leave a verb without what it governs, "the events of 1 | and 2 April" a date in two.
        verbs = rules.patterns(_DATA, "title_verb_first")  # a verb for sure, not "spread" or "cut"
        # So is a participle or verb with its particle ("spelling out | in clear English").
        particles = rules.words(_DATA, "title_verb_particles")
        last = [i for i in cuts if words[i - 1][:1].isdigit() or rules.first_match(verbs, words[i - 1])
                or _cut_before(words[i - 1].strip(","))
                or (i >= 2 and words[i - 1].lower() in particles
                    and (_cut_before(words[i - 2]) or rules.first_match(verbs, words[i - 2])))]
        cuts = [i for i in cuts if i not in last] + last
        with_verb = next((index for index in cuts if _complete(" ".join(words[:index]))), None)
        if with_verb is None:
            with_verb = next((index for index in cuts if _has_verb(" ".join(words[:index]))), None)
        if not cuts:
            # No phrase ends within the limit: a few words more to where one does ("raised its pandemic
            # | threat level to phase four" reads as if it raised a pandemic), or the text ends ("learned
            # what kind of virus Mexico was facing", not "... Mexico was") when no quote opens after
            # its first word, which may be another item run in ('"Joan avoids a cold" a Coronet film from
            # the US "A swine flu epidemic maybe coming"'), else the limit.
            over = int(rules.data(_DATA)["title_overrun_words"])
            quoted = any(word[:1] in "\"“‘`" for word in words[1:])
            # A comma ends a phrase too: "control most of that young and fast-growing market, | which
            # ...", not "... of that young" at the limit.
            cuts = [index for index in range(limit + 1, min(len(words), limit + over) + 1)
                    if (index < len(words) and (_cut_here(words, index) or words[index - 1].endswith(",")))
                    or (index == len(words) and not quoted)][:1]
        cut = (cuts or [limit])[0]
        if with_verb is not None and _has_verb(" ".join(words[:limit])):
            cut = with_verb
        # A cut after a verb that is never a clause's end (data: title_verb_wants_object) when no other
        # cut keeps the verb: a few words past the limit, at a phrase's end after no verb or number.
        def waits(index: int) -> bool:
            before = words[index - 1].strip(",")
            return (before[:1].isdigit() or rules.first_match(verbs, before) is not None or _cut_before(before)
                    or _has_verb(before))
        if cuts and words[cut - 1].lower().strip(",") in rules.words(_DATA, "title_verb_wants_object"):
            cut = _past_waiting_verb(words, cut, lambda i: waits(i) or not _cut_here(words, i, cut_pattern=True)) or cut
        words = words[:cut]
    while len(words) > 1 and ((words[-1].lower().strip(",;:") in no_end and not ends_on_particle(words))
                              or words[-1].endswith(",") or _waiting_quantifier(words[-2:])):
        if words[-1].endswith(",") and words[-1].lower().strip(",") not in no_end:
            words[-1] = words[-1].rstrip(",")
            continue
        words.pop()
    return " ".join(words)


def _past_waiting_verb(words: Sequence[str], cut: int, no_cut: Callable[[int], bool]) -> int | None:
    """Where to cut instead, a few words past title_max_words (title_overrun_words), when every cut
    within it leaves a verb without what it governs: "An outbreak of swine flu at a Birmingham primary
    school led | to 44 new cases | of the virus" ends "... led to 44 new cases", not "... led" (the
    Guardian story). At a phrase's end that is no such cut itself (`no_cut`: the verb's, the number's
    ones _shorten puts last), with the clause whole, and no "and" or break on the way, which would open
    another clause (title_overrun_stops, title_breaks); None when there is none."""
    limit = int(rules.data(_DATA)["title_max_words"])
    over = int(rules.data(_DATA)["title_overrun_words"])
    stops = rules.words(_DATA, "title_overrun_stops")
    for end in range(limit + 1, min(len(words), limit + over) + 1):
        past = words[cut - 1:end]
        if rules.first_match(rules.patterns(_DATA, "title_breaks"), " ".join(past)) or any(w.lower() in stops for w in past[1:]):
            return None
        if end < len(words) and no_cut(end):
            continue
        head = " ".join(words[:end])
        if _complete(head) and words[end - 1].lower().strip(",;:") not in rules.words(_DATA, "title_no_end"):
            return end
    return None


def _cut_here(words: Sequence[str], index: int, cut_pattern: bool = False) -> bool:
    """Whether a long title may be cut before words[index]: before a word of title_cut_before (or,
    with `cut_pattern`, of title_cut_before_pattern) or a compound preposition that opens with
    another (data: title_compound_prepositions: "to phase four | out of a possible six"), not inside
    one ("four out | of"), nor right after a word a title may not end on ("was not | in fact")."""
    word, before = words[index].lower().strip(","), words[index - 1].lower().strip(",;:")
    compounds = rules.words(_DATA, "title_compound_prepositions")
    if f"{before} {word}" in compounds or before in rules.words(_DATA, "title_no_end"):
        return False
    if before.endswith(("'s", "’s")) and word[:1].isalpha():
        return False  # a possessive waits for its noun: "to SunTalk Radio's | jeering hard right foghorn"
    if (_inside_coordination(words, index) or _inside_noun_phrase(words[:index], words[index:])
            or (index >= 2 and _waiting_quantifier(words[index - 2:index]))):
        return False
    opens_compound = f"{word} {words[index + 1].lower().strip(',')}" in compounds if index + 1 < len(words) else False
    return (word in rules.words(_DATA, "title_cut_before") or opens_compound
            or (cut_pattern and _cut_before(words[index].strip(","))))


def _inside_coordination(words: Sequence[str], index: int) -> bool:
    """Whether words[index] is a conjunction inside the phrase it joins (data:
    title_no_cut_coordination: "found both the political | and medical ... worlds"), where a cut
    would leave the title waiting for its noun."""
    around = " ".join([*words[max(0, index - 4):index], "|", *words[index:index + 3]])
    return rules.first_match(rules.patterns(_DATA, "title_no_cut_coordination"), around) is not None


def ends_on_particle(words: Sequence[str]) -> bool:
    """Whether words end on a prepositional passive's preposition, which ends its clause (data:
    title_end_particle: "the warnings were not acted upon")."""
    joined = " ".join(word.strip(",;:") for word in words[-5:]).lower()
    return rules.first_match(rules.patterns(_DATA, "title_end_particle"), joined) is not None


def _inside_noun_phrase(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a cut or a break between the words `before` and `after` falls inside a noun phrase,
    after a modifier that waits for its noun (data: title_no_cut_noun_phrase: "hurt by high |
    financing costs", "from his small | , neighborhood store")."""
    around = " ".join([*before[-4:], "|", *after[:3]])
    return rules.first_match(rules.patterns(_DATA, "title_no_cut_noun_phrase"), around) is not None


def _waiting_quantifier(last_two: Sequence[str]) -> bool:
    """Whether two words end on a quantifier that waits for its noun (data: title_waiting_quantifier:
    "in much", not "as much")."""
    joined = " ".join(word.strip(",;:") for word in last_two)
    return rules.first_match(rules.patterns(_DATA, "title_waiting_quantifier"), joined) is not None


def _cut_before(word: str) -> bool:
    return rules.first_match(rules.patterns(_DATA, "title_cut_before_pattern"), word) is not None
