"""The tense of the sentence around an expression: "past", "future" or None.

A heuristic, not a parser: the cue word nearest to the expression within its
sentence decides.  Cue words live in rules/tense.yaml.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import RuleError
from . import compiled, data_cache, rule_cache
from .lexicon import trie_regex
from .scout import lower_same_offsets

WINDOW = 250  # characters looked at on either side
FAR_REPORTING = 1000
PERFECT_REACH = 80  # characters on either side where a present perfect turns "through" back
INFINITIVE_REACH = 24  # characters before a word where `infinitive_before` is looked for


@dataclass(frozen=True)
class TenseCues:
    words: re.Pattern  # cue words, group "future" or "past", for lower-cased text
    words_any_case: re.Pattern  # the same for text as it is
    suffix: re.Pattern  # a regular past form, case as written
    not_past: frozenset
    past_with_object: frozenset  # a past only before an object ("the Fed cut rates")
    past_object_after: re.Pattern
    sentence_end: re.Pattern
    clause_end_after: re.Pattern  # "posed on Tuesday: what should we do?": the colon ends the day's clause
    no_end_after: re.Pattern  # a title or an initial: its period ends no sentence
    passive_before: re.Pattern
    participle_of_a_future_before: re.Pattern  # "will buy all shares tendered": a noun's participle, no past
    reporting: frozenset
    reporting_reach: int
    object_reporting: frozenset  # reporting verbs that also take a plain object ...
    reporting_object_after: re.Pattern  # ... as they do before these words ("reported its first cases")
    reporting_object_infinitive: re.Pattern  # ... unless an infinitive comes before the expression
    reported_between: re.Pattern  # between an expression and a reporting verb after it
    reporting_ends: re.Pattern  # after such a verb: it ends the sentence
    quoted_between: re.Pattern  # ... that then says nothing of the expression's time
    next_phrase_between: re.Pattern  # between an expression and the verb of the next phrase
    perfect_after: re.Pattern  # after a future cue: a past ("would have met")
    perfect_modals: frozenset  # the cues it makes a past
    headline_future_before: re.Pattern  # "Senate to vote" in a headline
    headline_ends: re.Pattern  # the end of a sentence, which a headline lacks
    did_before: re.Pattern  # before a future cue: a past ...
    infinitive_after: re.Pattern  # ... unless an infinitive follows the cue
    hypothetical_if_before: re.Pattern  # before a past form: an "if" clause ...
    conditional_modal: re.Pattern  # ... in a sentence with "would" or "might": a hypothesis, no past
    hypothesis_of_a_past_before: re.Pattern  # ... unless a past perfect tells it ("had suggested ... were likely to")
    ahead_before: re.Pattern
    ahead_unless_past_before: re.Pattern  # ... of them, those a past clause turns back
    perfect: re.Pattern  # a present perfect ("has risen"), a past for them
    period_through_before: re.Pattern  # "the year through": a past unless told ahead
    delay_verbs: frozenset  # "extended": a past no past for "through"
    past_plan_before: re.Pattern
    back_before: re.Pattern
    under_way_after: re.Pattern  # after a month or season: it is under way
    generic_before: re.Pattern  # "Children love (Christmas)": a liking in the present ...
    habit_before: re.Pattern  # ... or a habit in any tense ("usually close on Christmas Day") ...
    generic_after: re.Pattern  # ... of a day that ends its phrase: no particular year
    plural: frozenset  # present plural forms: a cue unless an infinitive
    infinitive_before: re.Pattern
    cue_not_after: dict  # cue word -> the text after it that makes it no cue
    plural_reach: int
    long_reach: int  # ... for a plural form sure to be a verb:
    fixture_verbs: frozenset  # ... a fixture ...
    fixture_object_after: re.Pattern  # ... whose object is a name ("host the Chargers")
    subject_verbs: frozenset  # plural forms that are verbs only after a plural subject ...
    plural_subject_before: re.Pattern  # ... "MPs vote", "the candidates debate"
    noun_subject_before: re.Pattern  # ... nor one that modifies a noun: "a crisis vote", "the Commons vote"
    noun_before: re.Pattern  # ... nor a noun: "a (three-day) visit"
    subject_noun_after: re.Pattern  # ... nor the subject of a verb after the expression: "the vote on Tuesday was"
    present_nouns: frozenset  # scheduled presents that are plural nouns too ("returns") ...
    possessive_before: re.Pattern  # ... as they are right after a possessive: "the fund's returns"
    modals_before: frozenset  # "may", "can": ahead, in lower case and before the expression ...
    modal_not_after: re.Pattern  # ... unless a verb of knowing follows: "can confirm"
    be_present: frozenset  # "is", "are": ahead, right before the expression ...
    be_between: re.Pattern  # ... with only this between
    plan_auxiliary: frozenset  # a past "be" that a future cue right after it overrides
    week_ahead_before: re.Pattern  # before a weekday: ahead unless the sentence is past
    week_agent_before: re.Pattern  # ... but not "by" before a possessive
    week_delay_before: re.Pattern  # a delay to a weekday: ahead whatever the tense
    week_delay_last_word: re.Pattern  # the words it ends with, a cheap first test
    week_called_off_after: re.Pattern  # "Saturday's match has been called off": ahead
    week_event_present_after: re.Pattern  # "Sunday's election is a test": ahead
    week_event_subject_before: re.Pattern  # "The election on Sunday ...
    week_event_subject_after: re.Pattern  # ... is a test": ahead
    week_judged_subject_after: re.Pattern  # "Sunday's election is ...
    verdict_after_be: re.Pattern  # ... a blow": past
    past_adjunct_between: re.Pattern  # "died on 3 March": the verb's own day, past for certain ...
    past_adjunct_break: re.Pattern  # ... unless a future follows in its clause: "the strike called on Jan. 25 will"
    week_called_for_before: re.Pattern  # "have called a strike for Friday": ahead
    week_incident_before: re.Pattern  # "over the attack on Sunday": past
    week_incident_after: re.Pattern  # "Sunday's attack": past
    week_progressive_before: re.Pattern  # "is traveling to Asia on Saturday": ahead
    week_reacted_before: re.Pattern  # "would appeal Friday's vote": past
    reported_day_before: re.Pattern  # a reporting verb right before a day ("said Monday")
    reported_day_after: re.Pattern  # ... or after it ("On Monday, officials said")
    future_in_past: re.Pattern  # then, before the expression: "would", "was to"
    reported_present: re.Pattern  # ... but no present ("will")
    reported_breaks: re.Pattern  # ... nor the end of the sentence or a quote
    reported_reach: int
    break_for_before: re.Pattern
    then_and_now_before: re.Pattern  # what opens a clause set against an earlier time ("; today,")
    joined_between: re.Pattern  # between two dates joined as one ("Thursday and Friday")


TENSE_RULES = Path(__file__).parent / "rules" / "tense.yaml"


@lru_cache(maxsize=2)
def cue_data(path: Path = TENSE_RULES) -> dict:
    """The cue file as read, once: the tense reader and infer.py's stamp and
    history cues share it."""
    return data_cache.load(path)


@lru_cache(maxsize=1)
def cues(path: Path = TENSE_RULES) -> TenseCues:
    data = cue_data(path)
    # Built twice: once only to write out every regex, whose code is then read from what an earlier
    # run kept (compiled.kept: compiling the 70 cues was 1% of extracting a story), and once with them.
    wanted: list[tuple[str, int]] = []
    _cues(data, path, lambda pattern, flags: wanted.append((pattern, flags)))
    return _cues(data, path, compiled.compiler(compiled.kept(wanted, rule_cache.folder())))


def _cues(data: dict, path: Path, compile: Callable[[str, int], re.Pattern]) -> TenseCues:
    """The cues of the file `data` was read from (`path`), each regex made by `compile` (as re.compile)."""
    try:
        future = trie_regex({w.lower() for w in data["future"] + data["future_plural"] + data["future_after_subject"]
                            + data["modals_before"] + data["be_present"]})
        past_words = {w.lower() for w in data["past"] + data["reporting"] + data["past_with_object"]
                      if w.lower() not in ("says", "say", "according")}
        past = trie_regex(past_words)
        words = rf"(?<![\w'])(?:(?P<future>{future})|(?P<past>{past}))(?!\w)"
        verbs = trie_regex({w.lower() for w in data["reported_day_verbs"]})
        nouns = {key: trie_regex({w.lower() for w in data[key]})
                 for key in ("event_nouns", "incident_nouns", "verdict_nouns", "generic_verbs",
                             "generic_participles", "habit_adverbs")}

        # Word lists spliced into the cues that name them ("{verbs}", "{events}", "{incidents}", "{verdicts}").
        fills = {"{verbs}": verbs, "{events}": nouns["event_nouns"], "{incidents}": nouns["incident_nouns"],
                 "{verdicts}": nouns["verdict_nouns"], "{generic}": nouns["generic_verbs"],
                 "{participles}": nouns["generic_participles"], "{habits}": nouns["habit_adverbs"]}

        def cue(key, case=False):
            pattern = data[key]
            for name, alternatives in fills.items():
                pattern = pattern.replace(name, alternatives)
            return compile(pattern, 0 if case else re.IGNORECASE)

        def lowered(*keys):
            return frozenset(w.lower() for key in keys for w in data[key])

        return TenseCues(
            words=compile(words, 0),
            words_any_case=compile(words, re.IGNORECASE),
            suffix=cue("past_suffix"),
            not_past=frozenset(w.lower() for w in data.get("not_past", [])),
            past_with_object=lowered("past_with_object"),
            past_object_after=cue("past_object_after"),
            sentence_end=cue("sentence_end", case=True),
            clause_end_after=cue("clause_end_after"),
            no_end_after=cue("no_end_after", case=True),
            passive_before=cue("passive_before"),
            participle_of_a_future_before=cue("participle_of_a_future_before"),
            reporting=lowered("reporting"),
            reporting_reach=int(data["reporting_reach"]),
            object_reporting=lowered("object_reporting"),
            reporting_object_after=cue("reporting_object_after"),
            reporting_object_infinitive=cue("reporting_object_infinitive", case=True),
            reported_between=cue("reported_between", case=True),
            reporting_ends=cue("reporting_ends"),
            quoted_between=cue("quoted_between", case=True),
            next_phrase_between=cue("next_phrase_between"),
            perfect_after=cue("perfect_after"),
            perfect_modals=lowered("perfect_modals"),
            headline_future_before=cue("headline_future_before", case=True),
            headline_ends=cue("headline_ends", case=True),
            did_before=cue("did_before"),
            infinitive_after=cue("infinitive_after"),
            hypothetical_if_before=cue("hypothetical_if_before"),
            conditional_modal=cue("conditional_modal"),
            hypothesis_of_a_past_before=cue("hypothesis_of_a_past_before"),
            ahead_before=cue("ahead_before"),
            ahead_unless_past_before=cue("ahead_unless_past_before"),
            perfect=cue("perfect"),
            period_through_before=cue("period_through_before"),
            delay_verbs=lowered("delay_verbs"),
            past_plan_before=cue("past_plan_before"),
            back_before=cue("back_before"),
            under_way_after=cue("under_way_after"),
            generic_before=cue("generic_before"),
            habit_before=cue("habit_before"),
            generic_after=cue("generic_after"),
            plural=lowered("future_plural", "future_after_subject"),
            infinitive_before=cue("infinitive_before"),
            cue_not_after={w.lower(): compile(x, re.IGNORECASE) for w, x in data.get("cue_not_after", {}).items()},
            plural_reach=int(data["plural_reach"]),
            long_reach=int(data["long_reach"]),
            fixture_verbs=lowered("fixture_verbs"),
            fixture_object_after=cue("fixture_object_after"),
            subject_verbs=lowered("future_after_subject"),
            plural_subject_before=cue("plural_subject_before"),
            noun_subject_before=cue("noun_subject_before"),
            noun_before=cue("noun_before"),
            subject_noun_after=cue("subject_noun_after"),
            present_nouns=lowered("present_nouns"),
            possessive_before=cue("possessive_before"),
            modals_before=lowered("modals_before"),
            modal_not_after=cue("modal_not_after"),
            be_present=lowered("be_present"),
            be_between=cue("be_between"),
            plan_auxiliary=lowered("plan_auxiliary"),
            week_ahead_before=cue("week_ahead_before"),
            week_agent_before=cue("week_agent_before"),
            week_delay_before=cue("week_delay_before"),
            week_delay_last_word=cue("week_delay_last_word"),
            week_called_off_after=cue("week_called_off_after"),
            week_event_present_after=cue("week_event_present_after"),
            week_event_subject_before=cue("week_event_subject_before"),
            week_event_subject_after=cue("week_event_subject_after"),
            week_judged_subject_after=cue("week_judged_subject_after"),
            verdict_after_be=cue("verdict_after_be"),
            past_adjunct_between=cue("past_adjunct_between"),
            past_adjunct_break=cue("past_adjunct_break"),
            week_called_for_before=cue("week_called_for_before"),
            week_incident_before=cue("week_incident_before"),
            week_incident_after=cue("week_incident_after"),
            week_progressive_before=cue("week_progressive_before"),
            week_reacted_before=cue("week_reacted_before"),
            reported_day_before=cue("reported_day_before"),
            reported_day_after=cue("reported_day_after"),
            future_in_past=cue("future_in_past"),
            reported_present=cue("reported_present"),
            reported_breaks=cue("reported_breaks", case=True),
            reported_reach=int(data["reported_reach"]),
            break_for_before=cue("break_for_before"),
            then_and_now_before=cue("then_and_now_before"),
            joined_between=cue("joined_between"))
    except (KeyError, TypeError, re.error) as exc:
        raise RuleError(f"{path.name}: {exc!r}") from None


def _ends_sentence(text: str, m: re.Match, c: TenseCues) -> bool:
    """Not the period of "Mr." or "vs." or of the initial in "John F. Kennedy"."""
    return not (text[m.start()] == "." and c.no_end_after.search(text, max(0, m.start() - 6), m.start()))


def sentence_bounds(text: str, start: int, end: int, c: TenseCues) -> tuple[int, int]:
    lo = max(0, start - WINDOW)
    left = lo
    for m in c.sentence_end.finditer(text, lo, start):
        if _ends_sentence(text, m, c):
            left = m.end()
    stop = min(len(text), end + WINDOW)
    right = stop
    for m in c.sentence_end.finditer(text, end, stop):
        if _ends_sentence(text, m, c):
            right = m.start() + 1
            break
    colon = c.clause_end_after.search(text, end, right)
    return left, (colon.start() if colon else right)


def sentences_before(text: str, at: int, limit: int) -> int:
    """How many sentences end before `at` (a headline line counts as one),
    counting no further than `limit`."""
    c = cues()
    count = 0
    for m in c.sentence_end.finditer(text, 0, at):
        if _ends_sentence(text, m, c):
            count += 1
            if count >= limit:
                break
    return count


def sentence_ends_between(text: str, start: int, end: int, limit: int) -> int:
    """How many sentences end between `start` and `end` (a paragraph break
    counts as one), counting no further than `limit`."""
    c = cues()
    count = 0
    for m in c.sentence_end.finditer(text, start, end):
        if _ends_sentence(text, m, c):
            count += 1
            if count >= limit:
                break
    return count


def points_ahead(text: str, start: int, end: int) -> bool:
    """A word just before the expression that looks forward ("effective
    January", "through January"); "through", "until" only if the clause is no
    past nor present perfect ("sales in the year through Sept. 30 rose")."""
    c = cues()
    lo = max(0, start - 40)
    if not c.ahead_before.search(text, lo, start):
        # a delay to a month, a day or a holiday looks ahead as one to a
        # weekday does ("pushed the release back to Christmas")
        return delayed_to(text, start)
    if not c.ahead_unless_past_before.search(text, lo, start):
        return True
    if delayed_to(text, start):
        return True  # "extended the offer through Sept. 30"
    tense, distance, word, reports = _tense(text, start, end)
    if tense is None or reports or distance >= FAR_REPORTING:
        # no cue of the clause's own ("the company said the offer runs
        # through Sept. 30"): a present perfect in it turns it back
        if c.period_through_before.search(text, lo, start):
            return False  # "sales for the 12 months through Sept. 30 are up 5%"
        left, right = sentence_bounds(text, start, end, c)
        return not c.perfect.search(text, max(left, start - PERFECT_REACH), min(right, end + PERFECT_REACH))
    return tense != "past" or word in c.delay_verbs


def points_back(text: str, start: int) -> bool:
    """A word just before the expression that looks back ("since November")."""
    return bool(cues().back_before.search(text, max(0, start - 40), start))


def under_way(text: str, end: int) -> bool:
    """The period just named is the subject of "under way" ("the winter flu
    season now well under way"): begun and not ended."""
    return bool(cues().under_way_after.match(text[end:end + 80]))


@lru_cache(maxsize=None)
def cue_pattern(name: str) -> re.Pattern:
    """One of tense.yaml's single patterns (history_near, background_year_before, ...), compiled once,
    case aside unless the pattern says otherwise."""
    try:
        return re.compile(cue_data()[name], re.IGNORECASE)
    except (KeyError, re.error) as exc:
        raise RuleError(f"{TENSE_RULES.name}: {exc!r}") from None


def _history_near() -> re.Pattern:
    return cue_pattern("history_near")


def sentence_tells_history(text: str, start: int, end: int) -> bool:
    """The sentence of the expression looks back on history from now ("In
    December, crowds gathered to mark the anniversary"): its time is the
    story's own, not that of the history."""
    left, right = sentence_bounds(text, start, end, cues())
    return bool(_history_near().search(text, left, right))


def generic_present(text: str, start: int, end: int) -> bool:
    """A day that comes back each year told as a habit or a liking ("Children
    love Christmas", "Black cats are feared on Friday the 13th", "Shops usually
    close on Christmas Day"): every such day, none in particular."""
    c = cues()
    if not c.generic_after.match(text[end:end + 20]):
        return False  # "Retailers fear Christmas slump": a noun on this year's holiday
    left, _ = sentence_bounds(text, start, end, c)
    lo = max(left, start - 100)
    if c.habit_before.search(text, lo, start):
        return True
    if not c.generic_before.search(text, lo, start):
        return False
    # a liking is generic only with no tense of its own: "fear Christmas will
    # be cancelled" is this year's; the "are" of "are feared on" is the liking's
    kind, _, word, _ = _tense(text, start, end)
    return kind is None or word in c.be_present


def break_for(text: str, start: int) -> bool:
    """A break just before a holiday, which it leads to whatever the tense
    ("Parliament broke up for Easter", told a week before Easter)."""
    return bool(cues().break_for_before.search(text, max(0, start - 40), start))


THEN_AND_NOW_REACH = 40  # characters after the expression where its clause's first verb is looked for


def opens_a_contrast(text: str, start: int, end: int) -> bool:
    """The expression opens a clause set against what the sentence told before it ("...; today,",
    "..., but today"), a clause not in the past ("today, 65m hogs are concentrated"; not "; today
    he announced his retirement", a day's news)."""
    c = cues()
    if not c.then_and_now_before.search(text, max(0, start - 20), start):
        return False
    first = next(iter(cue_matches(text, end, min(len(text), end + THEN_AND_NOW_REACH), c)), None)
    return first is None or first[2] != "past"


def points_ahead_in_week(text: str, start: int, end: int) -> bool:
    """A word just before a weekday that looks forward ("until Monday",
    "ahead of Sunday's vote"), if the sentence allows (see `tense_near`)."""
    c = cues()
    lo = max(0, start - 40)
    if not c.week_ahead_before.search(text, lo, start):
        return False
    if c.week_agent_before.search(text, lo, start) and text[end:end + 2] in ("'s", "’s"):
        return False  # "hit by Sunday's storm"
    return True


def week_event_ahead(text: str, start: int, end: int) -> bool:
    """A weekday that names an event called off ("Saturday's match has been
    called off"), called for ("Unions have called a strike for Friday") or
    told in the present ("Sunday's election is a test", "The election on
    Sunday is a test"): an event still to come, whatever the tense of the verb."""
    c = cues()
    after = text[end:end + 100]
    return bool(c.week_called_off_after.match(after) or c.week_event_present_after.match(after)
                or (c.week_event_subject_after.match(after)
                    and c.week_event_subject_before.search(text, max(0, start - 40), start))
                or c.week_called_for_before.search(text, max(0, start - 60), start))


def week_judged(text: str, start: int, end: int) -> bool:
    """A weekday's event judged in the present ("Sunday's election is a blow
    to the government", "The vote on Tuesday is a victory for the
    opposition"): a verdict is passed on what has happened, so past."""
    c = cues()
    after = text[end:end + 120]
    m = c.week_judged_subject_after.match(after)
    if not m or not c.verdict_after_be.match(after, m.end()):
        return False
    # after "on", only an event noun is the subject ("he said on Sunday it is a blow" is none)
    return after[:2] in ("'s", "’s") or bool(c.week_event_subject_before.search(text, max(0, start - 40), start))


def week_incident(text: str, start: int, end: int) -> bool:
    """A weekday that dates an incident told as known ("charges over the
    attack on Sunday", "Sunday's attack"): no one schedules an attack, so it
    is past, whatever the tense of the verb."""
    c = cues()
    return bool(c.week_incident_before.search(text, max(0, start - 50), start)
                or c.week_incident_after.match(text[end:end + 40]))


def week_done(text: str, start: int, end: int) -> bool:
    """A weekday in the possessive that is the object of a verb which needs
    its object done ("would appeal Friday's vote", "will challenge Tuesday's
    ruling"): past, whatever the verb's tense."""
    if text[end:end + 2] not in ("'s", "’s"):
        return False
    return bool(cues().week_reacted_before.search(text, max(0, start - 40), start))


def week_progressive(text: str, start: int, end: int) -> bool:
    """A weekday after a present progressive ("is traveling to Asia on
    Saturday"): an arrangement, ahead.  Not one in the possessive, whose
    event has its own tense ("is appealing Friday's ruling")."""
    c = cues()
    if text[end:end + 2] in ("'s", "’s"):
        return False
    left, _ = sentence_bounds(text, start, end, c)
    return bool(c.week_progressive_before.search(text, max(left, start - 90), start))


def joined(text: str, end: int, start: int) -> bool:
    """Two dates joined as one ("meet on Thursday and Friday"): the second
    is told in the first one's clause, so in its tense."""
    return 0 <= start - end <= 12 and bool(cues().joined_between.match(text, end, start))


def delayed_to(text: str, start: int) -> bool:
    """A delay just before a weekday, a month, a day or a holiday ("postponed
    until Monday", "pushed back to Christmas"): it is ahead."""
    c = cues()
    return bool(c.week_delay_last_word.search(text, max(0, start - 12), start)
                and c.week_delay_before.search(text, max(0, start - 60), start))


def reported_from_day(text: str, day_start: int, day_end: int, start: int) -> bool:
    """Whether the expression at `start` is in a clause reported in the future
    of the past by a verb that carries the day at text[day_start:day_end]
    ("The ministry said Monday the vote would be held Wednesday"): then it
    is counted from that day (see rules/tense.yaml)."""
    c = cues()
    if not 0 <= start - day_end <= c.reported_reach:
        return False
    between = text[day_end:start]
    if c.reported_breaks.search(between):
        return False
    if c.reported_day_before.search(text, max(0, day_start - 60), day_start):
        clause = between
    else:
        m = c.reported_day_after.match(between)
        if not m:
            return False
        clause = between[m.end():]
    return bool(c.future_in_past.search(clause)) and not c.reported_present.search(clause)


def _cue_finder(text: str, left: int, right: int, c: TenseCues):
    """search(pos) -> the first cue word at or after pos in text[:right].

    The word lists are in lower case: searched in the lower-cased window
    without IGNORECASE they are found twice as fast.  The window starts one
    character early, for the look-behind."""
    start = max(0, left - 1)
    low = lower_same_offsets(text[start:right])
    if low is None:
        return lambda pos: c.words_any_case.search(text, pos, right), 0
    return lambda pos: c.words.search(low, pos - start), start


def cue_matches(text: str, left: int, right: int, c: TenseCues):
    """(start, end, kind) of the cues in text[left:right], as one regex
    `words|suffix` would find them: leftmost first, a cue word before a
    suffix at the same place, none inside another."""
    words, shift = _cue_finder(text, left, right, c)
    suffix = c.suffix.search
    pos, w, s = left, None, None
    while pos < right:
        if w is not False and (w is None or w.start() + shift < pos):
            w = words(pos) or False  # False: no more cue words
        if s is not False and (s is None or s.start() < pos):
            s = suffix(text, pos, right) or False
        if w is False and s is False:
            return
        if s is False or (w is not False and w.start() + shift <= s.start()):
            yield w.start() + shift, w.end() + shift, "future" if w.group("future") else "past"
            pos = w.end() + shift
        else:
            yield s.start(), s.end(), "past"
            pos = s.end()


def tense_at(text: str, start: int, end: int) -> str | None:
    return _tense(text, start, end)[0]


def tense_near(text: str, start: int, end: int) -> str | None:
    """The tense as a cue of the expression's own clause tells it: not a
    reporting verb far from it, which is only a last resort."""
    kind, distance, _, _ = _tense(text, start, end)
    return kind if distance is not None and distance < FAR_REPORTING else None


def tense_cue(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """(tense, weak): weak when only a reporting verb out of its reach tells
    it ("announced an agreement to acquire the bank in January": the
    reporting verb's past says little of when the acquisition is)."""
    kind, distance, _, _ = _tense(text, start, end)
    return kind, distance is not None and distance >= FAR_REPORTING


@lru_cache(maxsize=256)  # inference asks first, then the resolver again (a text's hash is kept)
def _tense(text: str, start: int, end: int) -> tuple[str | None, int | None, str | None, bool]:
    """(tense, distance of the cue that tells it, the cue word in lower case,
    whether that cue is a reporting verb that reports a clause)."""
    c = cues()
    left, right = sentence_bounds(text, start, end, c)
    best, best_distance, best_word, best_reports = None, None, None, False
    found = list(cue_matches(text, left, right, c))
    for i, (m_start, m_end, kind) in enumerate(found):
        if start <= m_start < end:
            continue  # the expression's own words
        word = text[m_start:m_end].lower()
        if word in c.cue_not_after and c.cue_not_after[word].match(text[m_end:m_end + 30]):
            continue  # "earlier in the year": a comparison, no tense
        if word in c.plan_auxiliary and i + 1 < len(found):
            n_start, _, n_kind = found[i + 1]
            if n_kind == "future" and not text[m_end:n_start].strip() and not start <= n_start < end:
                continue  # "were planning to": the plan's cue speaks, not the "were"
        if word in c.be_present and (m_start >= end or not c.be_between.match(text[m_end:start])):
            continue  # "this is a transcript of Monday's": only "is Monday", "is on Monday"
        if word in c.modals_before and (m_start >= end or not text[m_start].islower()
                                        or c.modal_not_after.match(text[m_end:m_end + 40])):
            continue  # "May", "the attack on Sunday may be", "can confirm the attack on Sunday"
        if word in c.present_nouns and c.possessive_before.search(text, max(0, m_start - 12), m_start):
            continue  # "the fund's returns in November were negative": a noun, no tense
        reach = c.plural_reach
        if word in c.subject_verbs:
            if (not c.plural_subject_before.search(text, max(0, m_start - 40), m_start)
                    or c.noun_subject_before.search(text, max(0, m_start - 60), m_start)
                    or (m_end <= start and c.subject_noun_after.match(text[end:end + 40]))):
                continue  # "a confidence vote on Wednesday": a noun, no tense
            reach = c.long_reach  # "Senators vote on the nomination on Tuesday"
        elif word in c.fixture_verbs and c.fixture_object_after.match(text, m_end, m_end + 8):
            reach = c.long_reach  # "host the Chargers in the divisional round on Sunday"
        if word in c.plural and (m_start >= end or start - m_end > reach
                                 or c.infinitive_before.search(text, max(0, m_start - INFINITIVE_REACH), m_start)
                                 or c.noun_before.search(text, max(0, m_start - 40), m_start)):
            continue  # "to meet demand": an infinitive, "began a visit": a noun; no tense
        if kind == "future" and (c.past_plan_before.search(text, max(0, m_start - 12), m_start)
                                 or (word in c.perfect_modals
                                     and c.perfect_after.match(text[m_end:m_end + 16]))):
            kind = "past"  # "had planned to", "would have met"
        if (kind == "future" and not word.endswith(" to")
                and c.did_before.search(text, max(0, m_start - 12), m_start)
                and not c.infinitive_after.match(text[m_end:m_end + 5])):
            kind = "past"  # "did not expect the attack on Sunday"
        if word in c.past_with_object and not c.past_object_after.match(text[m_end:m_end + 30]):
            continue  # "a rate cut on Wednesday": a noun, no tense
        if kind == "past" and (word in c.not_past
                               or c.passive_before.search(text, max(0, m_start - 12), m_start)):
            continue  # "will be held", "is expected": a participle, no past tense
        if kind == "past" and c.participle_of_a_future_before.search(text, max(left, m_start - 160), m_start):
            continue  # "will buy all shares tendered": the noun's participle; the future verb tells the clause
        if kind == "past" and c.infinitive_before.search(text, max(0, m_start - INFINITIVE_REACH), m_start):
            continue  # "will last", "to set": a verb's base form, no past tense
        if kind == "past" and c.hypothetical_if_before.search(text, max(left, m_start - 60), m_start):
            modal = c.conditional_modal.search(text, left, right)
            if modal and not c.hypothesis_of_a_past_before.search(text, left, modal.start()):
                continue  # "might come if a second wave swept the globe": a hypothesis, no past
        distance = start - m_end if m_end <= start else m_start - end
        if m_start >= end and c.next_phrase_between.match(text[end:m_start]):
            continue  # "held rallies Sunday and will hold two more Monday"
        reports = word in c.reporting and not (
            word in c.object_reporting and m_end <= start
            and c.reporting_object_after.match(text[m_end:m_end + 20])
            and not c.reporting_object_infinitive.search(text, m_end, start))
        # "China reported its first cases before Lunar New Year": the verb of
        # the expression's own clause, no reporting verb
        if reports and m_start >= end and c.quoted_between.search(text, end, m_start):
            continue  # '"... on Tuesday is about health care," she said': the quote's own tense
        if reports and (distance > c.reporting_reach or (
                m_start >= end and c.reported_between.search(text, end, m_start)
                and c.reporting_ends.match(text[m_end:m_end + 40]))):
            distance += FAR_REPORTING  # the reported clause has its own tense; this is a last resort
        # Cues before the expression govern it more often than cues after.
        if m_start >= end:
            distance = distance * 2 + 10
        if best_distance is None or distance < best_distance:
            best, best_distance, best_word, best_reports = kind, distance, word, reports
    if (best is None and c.headline_future_before.search(text, left, start)
            and not c.headline_ends.search(text[left:right])):
        best, best_distance = "future", start - left  # a headline: "Senate to vote Monday"
    return best, best_distance, best_word, best_reports



def past_verb_next_to(text: str, start: int, end: int) -> bool:
    """A past verb whose time the expression is ("died on 3 March"): the
    tense is certain, no nearer date against it (see rules/tense.yaml)."""
    kind, distance, _, _ = _tense(text, start, end)
    if kind != "past" or distance is None or not 0 <= distance <= 8:
        return False  # a cue after the expression counts double, and is never this close
    c = cues()
    if not c.past_adjunct_between.match(text[start - distance:start]):
        return False
    # a participle after its noun, whose clause goes on to a verb of its
    # own ("the strike called on Jan. 25 will close schools"), is no certain past
    _, right = sentence_bounds(text, start, end, c)
    return not any(k == "future" and not c.past_adjunct_break.search(text, end, m_start)
                   for m_start, _, k in cue_matches(text, end, right, c))
