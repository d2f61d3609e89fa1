"""Event candidates from dated sentences, and merging of the same event told twice.

A sentence becomes an event when one of its time expressions says when something happened: a
resolved DATE or TIME at some precision, not a duration, a set or background ("since a year ago").
A sentence whose only date could not be resolved (no reference) goes to the 'needs a date' list.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from dataclasses import dataclass, field, replace
from functools import cache, cached_property

from rapidfuzz import fuzz

from timeline.dates import guess_notes, language_told, order_told, reason_head
from timeline.extract import antecedent, apart, attachment, dating, fiscal, reasons, rules, titles
from timeline.articles.language import date_lead, keeps_opening_date
from timeline.extract.analyse import Analysis
from timeline.extract.dating import Mention
from timeline.extract.disjoint import DisjointSets
from timeline.extract.sentences import Sentence
from timeline.extract.story import normalise
from timeline.extract.zones import zoned
from timeline.long_day import long_day
from timeline.period import PRECISION_RANK, Period, before_christ_words, parse_value, part_of
from timeline.resolve import DateError, resolve_span

_DATA = "events"
_WORD = apart.WORD
_stem = apart.stem
# What a day's value says of its time, after the "T": a clock time ("T23:10", its zone aside) or a
# part of the day ("TEV"). Either is inside its day; two of a kind that differ do not hold each other.
_CLOCK = re.compile(r"T\d\d:\d\d")
_PART_OF_DAY = re.compile(r"T[A-Z]{2}")
# Two events of one day (or one contains the other) are the same when their sentences share this
# much (IDF-weighted overlap of their words, 0-1) ...
SAME_EVENT_OVERLAP = 0.3
# ... or when one's date holds the other's ("this week", "on Thursday"), they share this much of
# their words without their dates, and one gives no figure the other does not: a stricter bar,
# since a week or a year holds many happenings of one kind ("sales for the full year were up 13%",
# "sales in the latest quarter were up 13%").
NESTED_OVERLAP = 0.45
# ... or when the sentences are near-identical (rapidfuzz ratio): then even differing dates merge,
# and the event is flagged for review.
NEAR_IDENTICAL = 90
BLOCK_LIMIT = 300
# The likeness merge gives near-identical sentences: above any overlap (0-1), so they join first.
NEAR_IDENTICAL_JOIN = 2.0


@dataclass(frozen=True)
class SpanEnd:
    """The other end of a span a sentence gives ("from March 9 to March 11"): the event begins on
    the candidate's own date and ends on this one."""

    period: Period  # written to the event's `end:`
    mention: Mention
    words_start: int  # where the span's words begin ("between March 1 and March 3"), in the masked text


@dataclass(frozen=True)
class Clause:
    """The clause of its sentence an event is told in, when the sentence tells two happenings on two
    days in coordinated clauses ("The school closed on Monday, and it reopened on Thursday"; data:
    clause_dates): the title is made from it."""

    start: int  # in the article, as a sentence's
    end: int
    cited: bool  # written to the event's source (`clause:`): not for the clause that dated the sentence before
    # One of a list of dates told with one verb ("met on 3 April and again on 25 April"; data:
    # repeat_cue): the list's words, in the article, which its title leaves out, and whether it is a
    # later date of the list, whose title says so ("The council met again").
    list_words: tuple[int, int] | None = None
    repeated: bool = False


@dataclass(frozen=True)
class Candidate:
    analysis: Analysis
    sentence: Sentence
    mention: Mention
    period: Period | None  # None: needs a date
    confidence: float
    reason: str
    span_end: SpanEnd | None = None  # when the sentence gives both ends of a span ("from ... to ...")
    # How sure the value of its words is, when a doubt that they date the event (attachment) lowered
    # `confidence`: what a run before the cues wrote, which a re-run recognises as the tool's (refresh).
    read_confidence: float | None = None
    clause: Clause | None = None  # its own clause, when its sentence tells more than one happening
    # Dated by its live-blog entry's heading (`mention`, outside the sentence), not by its own words:
    # the lead of an entry that gives no date of its own (entry_lead in the data).
    by_heading: bool = False

    @property
    def by_hand(self) -> str:
        """Why only a person can date it, not the article's date (store.Undated.by_hand); "" when an
        article's date would."""
        if self.period is not None:
            return ""
        if self.mention.read_against == "before_christ":
            return "before_christ"
        return "no_year" if self.analysis.reference.date is not None else ""

    @property
    def end(self) -> Period | None:
        """The day the event ends on, when it is a span."""
        return self.span_end.period if self.span_end is not None else None

    @property
    def date_text(self) -> str:
        """The words that date the event: its date, or its whole span ("March 9 to March 11")."""
        if self.span_end is None:
            return self.mention.text
        return self.analysis.masked[self.span_end.words_start:self.span_end.mention.end]

    @cached_property
    def title(self) -> str:
        # Made when asked: only each event's main source and the undated sentences are shown with
        # a title, a quarter of the candidates on the bench corpus. From the masked text: page debris
        # inside the sentence's span (an audio caption after a closing quote) is no title.
        words = self.analysis.masked[self.sentence.start:self.sentence.end]
        at = self.mention.start - self.sentence.start
        if self.clause is not None and self.clause.list_words is not None:
            start, end = self.clause.list_words
            return titles.of_repeat(self.analysis.masked[self.sentence.start:start], self.analysis.masked[end:self.sentence.end],
                                    self.clause.repeated, self.analysis.masked)
        # The article's words tell a compound a PDF's line broke ("well-" over "known") from a word.
        article = self.analysis.masked
        if self.by_heading:  # no date in the sentence to leave out of its title
            made = titles.title(words, "", None, self._other_dates(), article)
        else:
            date_text, at = self._with_lead(words, at)
            if self.clause is not None:
                start, end = self.clause.start - self.sentence.start, self.clause.end - self.sentence.start
                made = titles.of_clause(words, start, end, date_text, at, self._other_dates(), article)
            else:
                made = titles.title(words, date_text, at, self._other_dates(), article)
        # Read alone, "He was killed" says nothing: the person the sentence before names, when clear.
        return antecedent.named(made, self.analysis, self.sentence)

    def _with_lead(self, words: str, at: int) -> tuple[str, int]:
        """(date text, its offset in `words`) for the title to leave out: in an article of another
        language, with the little words of that language that lead to it ("En février 2020, les
        hôpitaux" was titled "En les hôpitaux"; data/languages.yaml, date_lead), which the title's
        English rules do not know; none in a language whose verb follows a date that opens the
        sentence (`verb_second`: German), where the title keeps it."""
        language = self.analysis.article.language
        lead = date_lead(language)
        found = lead.search(words, 0, at) if lead is not None and at > 0 else None
        opens_at = at if found is None else found.start()
        if keeps_opening_date(language) and not words[:opens_at].strip():
            return "", at  # the verb comes after it: "Am Sonntag wählen die Bayern", not "Wählen die Bayern"
        if found is None or found.start() == at:
            return self.date_text, at
        return words[found.start():at + len(self.date_text)], found.start()

    def _other_dates(self) -> tuple[tuple[int, int], ...]:
        """Where the sentence's other dates begin and end, in it: the title is not taken from their
        clauses (titles.title). Not the span's other end, nor a date of the same value ("today" twice)."""
        own = {self.mention.start, self.span_end.mention.start if self.span_end else -1}
        not_dates = rules.patterns(_DATA, "not_dates")
        start = self.sentence.start
        in_sentence = self.analysis.mentions_in(start, self.sentence.end)
        return tuple((m.start - start, m.end - start) for m in _dates_beside(in_sentence, self.sentence, own, {self.mention.value})
                     if not rules.first_match(not_dates, m.value))

    @property
    def file(self) -> str:
        return self.analysis.article.shown

    @property
    def order(self) -> tuple:
        return (self.file, self.sentence.start, self.clause.start if self.clause else self.sentence.start)


@dataclass
class Merged:
    """One event and every candidate (source) that tells it."""

    members: list[Candidate]
    disagreement: str | None = None

    @cached_property  # asked for by the sort, the event's document and its file's month
    def primary(self) -> Candidate:
        """The source the event takes its date and title from: the surest, unless a finer date that
        every source's date holds (_finest: "on Thursday", not "this week"; "at about 4:40 a.m." on
        the "Saturday" it was counted from) is nearly as sure (`merge_finer_margin`).
        A finer date much less sure is a guess at the part the surer one leaves open: wsj_0586's
        Friday (0.93) took "overnight losses in New York" (0.74), Thursday night's."""
        surest = max(self.members, key=_surest_first)
        if not _finest(self.members):
            return surest
        margin = rules.data(_DATA)["merge_finer_margin"]
        sure_enough = [c for c in self.members if c.confidence >= surest.confidence - margin]
        return max(_finest(sure_enough) or [surest], key=_surest_first)

    @property
    def sources(self) -> list[Candidate]:
        """The primary first, then the others in the order of their articles: the event's reason
        ("'yesterday' counted from the article's date, ...") is the primary's, and a
        reader takes "the article" for the first one listed."""
        return [self.primary] + sorted((c for c in self.members if c is not self.primary), key=lambda c: c.order)


def candidates(analysis: Analysis, skipped: list[str] | None = None) -> tuple[list[Candidate], list[Candidate]]:
    """The dated events of an article, and the sentences that would be events if they had a date.

    A date before Christ ("on 15 March 44 BC", "the 5th century BC") dates its sentence as any other
    does. One that no event file can hold ("30 February 44 BC", which the engine keeps as written) is
    left out, and `skipped` (when given) says why and how to add it by hand."""
    dated, undated = [], []
    background = rules.patterns(_DATA, "background_before")
    not_dates = rules.patterns(_DATA, "not_dates")
    leads = entry_leads(analysis)
    headings = {m.start for m in leads.values()}
    mentions = sorted((m for m in analysis.mentions if m.start not in headings), key=lambda m: m.start)
    starts = [m.start for m in mentions]
    for sentence in analysis.sentences:
        usable: list[tuple[Mention, Period | None]] = []
        before_christ: Mention | None = None
        called_off: Mention | None = None
        not_happened: tuple[Mention, rules.Pattern] | None = None
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        beside = mentions[first:last]
        for mention in beside:
            if mention.type not in ("DATE", "TIME"):
                continue
            if rules.first_match(not_dates, mention.value):
                continue
            before = analysis.masked[sentence.start:mention.start]
            if (rules.first_match(background, before) and not rules.first_match(rules.patterns(_DATA, "moved_until"), before)
                    and not _ends_a_span(analysis, sentence, usable, mention)):
                continue
            if _called_off(analysis, sentence, mention):
                called_off = called_off or mention
                continue
            # "c. 1450", "circa 1200": the engine's TIMEX3 mod says so, and the site writes "c. 1450"
            period = parse_value(zoned(mention.value, mention.text), mention.mod == "APPROX")
            if period is None and mention.value.startswith("BC"):
                before_christ = before_christ or mention
                continue
            if period is not None and mention.mod and _names_its_part(mention):  # "the late 19th century"
                period = replace(period, part=part_of(mention.mod, period.precision))
            if period is None and "X" not in mention.value:
                continue
            unreal = _unreal(analysis, sentence, mention)
            if unreal is not None:
                # said of a date that would have dated the sentence or asked for the article's date
                if not_happened is None and (period is not None or analysis.reference.date is None):
                    not_happened = (mention, unreal)
                continue
            if period is not None and period.precision == "day" and _names_a_period(analysis, sentence, mention):
                continue
            if _describes_a_thing(analysis, sentence, mention):
                continue
            usable.append((mention, period))
        if not usable:
            said_otherwise = before_christ or called_off or not_happened  # the sentence says why it has no date
            if said_otherwise is None and (lead := _entry_lead(analysis, sentence, leads.get(sentence.start))) is not None:
                dated.append(lead)
            elif before_christ is not None and skipped is not None:
                skipped.append(_before_christ_note(sentence, before_christ))
            elif called_off is not None and skipped is not None:
                skipped.append(_called_off_note(sentence, called_off))
            elif not_happened is not None and skipped is not None:
                skipped.append(_unreal_note(sentence, *not_happened))
            continue
        resolved = _without_days_moved_from(analysis, sentence, [(m, p) for m, p in usable if p is not None])
        if resolved:
            span = _span_ends(analysis, sentence, resolved)
            if span is not None and titles.clause_after(analysis.masked[span[1].mention.end:sentence.end]):
                # "The alliance lasted from 60 to 53 BC, when Crassus was killed": the clause the title
                # tells happened at the span's end (the event was "Crassus was killed", 60-53 BC)
                (start, _), span_end = span
                span, resolved = None, [(span_end.mention, span_end.period)]
                beside = [m for m in beside if m is not start]  # no other date's event: no doubt that it ends a span
            if span is not None:
                (mention, period), span_end = span
                candidate = replace(_candidate(analysis, sentence, mention, period), span_end=span_end)
                dated.append(_attached(analysis, sentence, _bounded(analysis, sentence, candidate), beside))
                continue
            dating = _dating(analysis, sentence, resolved, beside)
            for clause in _repeats(analysis, sentence, resolved, dating[0]) or _own_clauses(analysis, sentence, resolved) or [None]:
                mention, period = dating
                if clause is not None:
                    inside = [(m, p) for m, p in resolved if clause.start <= m.start < clause.end]
                    if not inside:
                        continue
                    if not clause.start <= mention.start < clause.end:  # another clause's happening
                        mention, period = _dating(analysis, sentence, inside, beside)
                        clause = replace(clause, cited=True)
                candidate = replace(_candidate(analysis, sentence, mention, period),
                                    span_end=_run_of_years_end(mention, period), clause=clause)
                candidate = _fiscal_period(_over_the_period_compared(_over_its_period(analysis, sentence, candidate)))
                dated.append(_attached(analysis, sentence, candidate, _beside_in_its_clause(beside, mention, clause)))
        elif (from_before_christ := next((m for m, _ in usable if m.read_against == "before_christ"), None)):
            # "The following year" after "7 December 43 BC": no article date dates it, a person does
            undated.append(_candidate(analysis, sentence, from_before_christ, None))
        else:
            undated.append(_candidate(analysis, sentence, usable[0][0], None))
    return dated, undated


def entry_leads(analysis: Analysis) -> dict[int, Mention]:
    """The lead of each live-blog entry (its first sentence, by where it starts) and the entry's
    heading ("23.50 BST"). One line per entry, as a reader's timeline of a live blog runs: the lead
    is its news, the sentences after it tell more of the same (or recap, or react)."""
    headings = sorted(analysis.headings, key=lambda m: m.start)
    starts = [s.start for s in analysis.sentences]
    leads = {}
    for k, heading in enumerate(headings):
        next_heading = headings[k + 1].start if k + 1 < len(headings) else len(analysis.masked)
        first = bisect_left(starts, heading.end)
        if first < len(starts) and starts[first] < next_heading:
            leads[starts[first]] = heading
    return leads


def _entry_lead(analysis: Analysis, sentence: Sentence, heading: Mention | None) -> Candidate | None:
    """The event of an entry's lead that gives no date of its own, at its entry's day and time (data:
    entry_lead, where the confidence is reasoned); None for a lead that tells no news of that minute
    (a recap, a hand-over: entry_lead_not_news), or an entry the engine could not date."""
    if heading is None or rules.first_match(rules.patterns(_DATA, "entry_lead_not_news"), sentence.text):
        return None
    period = parse_value(zoned(heading.value, heading.text))
    if period is None or period.precision not in ("day", "time"):
        return None
    setting = rules.data(_DATA)["entry_lead"]
    candidate = _candidate(analysis, sentence, heading, period)
    return replace(candidate, by_heading=True, confidence=round(candidate.confidence * setting["trust"], 2),
                   reason=f"{setting['reason'].format(heading=heading.text)}; {candidate.reason}")


def _counted_from_a_stated_date(analysis: Analysis, mention: Mention) -> bool:
    """Whether the date a mention read against the date mentioned last counts from is one the text
    states in full ("29 March 2021", no reference needed): the nearest date before it, whose value
    the mention's reason names as the one it counted from, unanchored, or itself counted so from
    one ("On 7 March 2024, at about 19:40 ... at 20:10 that evening": 20:10 counts from 19:40,
    which counts from 7 March 2024). A chain that reaches a date read against the article's own
    date keeps that date's doubt."""
    dates = sorted((m for m in analysis.mentions if m.type in ("DATE", "TIME")), key=lambda m: m.start)
    while True:
        before = [m for m in dates if m.end <= mention.start]
        if not before or before[-1].value[:10] not in mention.reason:
            return False
        last = before[-1]
        if not last.anchored:
            return True
        if last.read_against != "last_date":
            return False
        mention = last  # each step moves back a mention: the walk ends


def _dates_the_article(analysis: Analysis, mention: Mention, period: Period) -> bool:
    """Whether the mention is the article's wire date line without a year ("LONDON, March 6 (Reuters)
    -"), read as the very day its inferred date is: the date the article is dated from, not a date
    counted from it. Its month and day are printed; its year is the inference's (the copy's other
    dates, its copyright line, its story's), which the article's date carries already."""
    reference = analysis.reference
    return (reference.source == "inferred" and reference.date is not None and mention.anchored
            and period.precision == "day" and period.first == reference.date
            and dating.yearless_dateline_at(analysis.masked, analysis.article.language) == mention.start)


def _dating(analysis: Analysis, sentence: Sentence, resolved: list[tuple[Mention, Period]],
            beside: list[Mention]) -> tuple[Mention, Period]:
    """Of several dates, the one that dates the sentence: one that a cue says is not the event's gives
    way to the others ("In May cases were higher than on 3 April": May); then the finest."""
    return max(resolved, key=lambda mp: (len(resolved) == 1 or not _gives_way(analysis, sentence, mp[0], beside),
                                         PRECISION_RANK[mp[1].precision], mp[0].confidence, -mp[0].start))


def _own_clauses(analysis: Analysis, sentence: Sentence, resolved: list[tuple[Mention, Period]]) -> list[Clause]:
    """The coordinated clauses of a sentence that tells a happening of its own in each, each with its
    own date ("The school closed on Monday, and it reopened on Thursday"; data: clause_dates, where
    the reason is written down); none when it tells one. Of two dates in a row, the patterns see the
    sentence up to the second with the first written as SPAN_FIRST_END; the group `boundary` is where
    one clause ends and the next begins. A second clause that opens with its date ("and that evening
    traffic resumed"; data: clause_opening_dates) shows only after it: those patterns see the whole
    sentence, the second date written as SPAN_FIRST_END too. Each clause runs from the end of the
    boundary before it to the start of the one after it; none is cited yet (candidates cites those
    but the sentence's date's)."""
    if len(resolved) < 2:
        return []
    cuts: list[tuple[int, int]] = []
    for (first, _), (second, _) in zip(resolved, resolved[1:]):
        lead = analysis.masked[sentence.start:first.start]
        before = lead + SPAN_FIRST_END + analysis.masked[first.end:second.start]
        whole = before + SPAN_FIRST_END + analysis.masked[second.end:sentence.end]
        found = (next((m for p in rules.patterns(_DATA, "clause_dates") if (m := p.search(before))), None)
                 or next((m for p in rules.patterns(_DATA, "clause_opening_dates") if (m := p.search(whole))), None))
        if found is None:
            continue
        shift = first.end - len(lead) - len(SPAN_FIRST_END)  # back to the article's offsets (the boundary is after the mark)
        cuts.append((found.start("boundary") + shift, found.end("boundary") + shift))
    if not cuts:
        return []
    starts = [sentence.start] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [sentence.end]
    return [Clause(start, end, False) for start, end in zip(starts, ends)]


def _beside_in_its_clause(beside: list[Mention], mention: Mention, clause: Clause | None) -> list[Mention]:
    """The sentence's dates (`beside`) that may cast doubt on an event's date `mention`: not those of
    another clause or of its list, which are events of their own ("refloated on 29 March and that
    evening traffic resumed" joins two dates, and neither is in doubt for it)."""
    if clause is None:
        return beside
    if clause.list_words is not None:
        start, end = clause.list_words
        return [m for m in beside if m is mention or not start <= m.start < end]
    return [m for m in beside if clause.start <= m.start < clause.end]


def _repeats(analysis: Analysis, sentence: Sentence, resolved: list[tuple[Mention, Period]], dating: Mention) -> list[Clause]:
    """The clauses of a list of dates told with one verb, each date a happening ("The council met on 3
    April and again on 25 April"; data: date_list_link, repeat_cue, repeat_lead, where the reason is
    written down), one a date: the first from the sentence's start, each later one from the end of the
    date before it; none when the sentence has no such list, or its date (`dating`) is not in it (a
    list inside what someone said: the main clause's date dates the sentence)."""
    runs: list[list[Mention]] = []
    for (first, _), (second, _) in zip(resolved, resolved[1:]):
        before = analysis.masked[sentence.start:first.start] + SPAN_FIRST_END + analysis.masked[first.end:second.start]
        if rules.first_match(rules.patterns(_DATA, "date_list_link"), before) is None:
            continue
        if runs and runs[-1][-1] is first:
            runs[-1].append(second)
        else:
            runs.append([first, second])
    for run in runs:
        if dating not in run:
            continue
        marked, at = [], sentence.start
        for mention in run:
            marked += [analysis.masked[at:mention.start], SPAN_FIRST_END]
            at = mention.end
        if rules.first_match(rules.patterns(_DATA, "repeat_cue"), "".join(marked)) is None:
            return []
        lead = analysis.masked[sentence.start:run[0].start]
        words = (sentence.start + rules.patterns(_DATA, "repeat_lead")[0].regex.search(lead).start(), run[-1].end)
        starts = [sentence.start] + [m.end for m in run[:-1]]
        return [Clause(start, mention.end, False, words, k > 0) for k, (start, mention) in enumerate(zip(starts, run))]
    return []


def _dates_beside(mentions: Iterable[Mention], sentence: Sentence, own: set[int], values: set[str]) -> list[Mention]:
    """The sentence's dates and times (of `mentions`) other than those starting at `own`, of values
    other than `values`."""
    return [m for m in mentions if sentence.start <= m.start < sentence.end and m.start not in own
            and m.type in ("DATE", "TIME") and m.value not in values]


def _doubt(analysis: Analysis, sentence: Sentence, own: tuple[Mention, ...], beside: list[Mention]) -> attachment.Doubt | None:
    """What the sentence says against its date `own` being its event's (timeline.extract.attachment)."""
    return attachment.doubt(_written(analysis, sentence, own, beside), analysis.masked[own[0].start:own[-1].end], own[0].value)


def _written(analysis: Analysis, sentence: Sentence, own: tuple[Mention, ...], beside: list[Mention]) -> str:
    """The sentence as the cues read it (attachment.written): its date `own`, and the other dates it
    gives (of `beside`, its mentions), those of another value ("now" too: "scheduled from now into June")."""
    others = _dates_beside(beside, sentence, {m.start for m in own}, {m.value for m in own})
    return attachment.written(analysis.masked, sentence, own, others)


def _gives_way(analysis: Analysis, sentence: Sentence, mention: Mention, beside: list[Mention]) -> bool:
    """Whether a cue says the date is so plainly not its sentence's event's (a comparison, a condition)
    that another date of the sentence dates it; a date only bounding the event ("before embarking
    yesterday") does not give way to one of a relative clause ("who flew out on 20 April"). A date in
    a clause of time gives way to its main clause's ("moved out on Wednesday after the leak grew
    overnight"): attachment.in_a_clause_of_time."""
    text = _written(analysis, sentence, (mention,), beside)
    found = attachment.doubt(text, analysis.masked[mention.start:mention.end], mention.value)
    return (found is not None and found.another_date_wins) or attachment.in_a_clause_of_time(text)


def _attached(analysis: Analysis, sentence: Sentence, candidate: Candidate, beside: list[Mention]) -> Candidate:
    """The candidate with its confidence at most what a doubt about its date allows, its reason
    saying why; as it is when the sentence gives no such doubt. Never dropped: the date may be right."""
    own = (candidate.mention,) + ((candidate.span_end.mention,) if candidate.span_end else ())
    found = _doubt(analysis, sentence, own, beside) or attachment.read_ahead_of_a_past(
        candidate.mention.reason, analysis.masked[candidate.mention.start:candidate.mention.end])
    if found is None:
        return candidate
    return replace(candidate, confidence=min(candidate.confidence, found.at_most), reason=f"{candidate.reason}; {found.note}",
                   read_confidence=candidate.confidence)


def _span_ends(analysis: Analysis, sentence: Sentence,
               resolved: list[tuple[Mention, Period]]) -> tuple[tuple[Mention, Period], SpanEnd] | None:
    """The sentence's first date and its span's other end when its first two dates are one span's
    ends, of one precision, in order, with where the span's words begin (its "between", which the
    title leaves out with it); or None."""
    if len(resolved) < 2:
        return None
    (first, first_period), (second, second_period) = resolved[0], resolved[1]
    if first_period.precision != second_period.precision or second_period.first <= first_period.first:
        return None
    lead = analysis.masked[sentence.start:first.start]
    before = lead + SPAN_FIRST_END + analysis.masked[first.end:second.start]
    pattern = rules.first_match(rules.patterns(_DATA, "span_ends"), before)
    if pattern is None and _next_day(first_period, second_period):
        pattern = rules.first_match(rules.patterns(_DATA, "span_next_day"), before)
    if pattern is None:
        return None
    words_start = sentence.start + min(pattern.regex.search(before).start(), len(lead))
    return resolved[0], SpanEnd(second_period, second, words_start)


def _ends_a_span(analysis: Analysis, sentence: Sentence, usable: list[tuple[Mention, Period | None]],
                 mention: Mention) -> bool:
    """Whether the date after "through" or "until" closes a span the date before it opens ("will buy
    shares from today through Nov. 17"): the span's end (span_ends), not a background "until". Only
    of the same precision, as _span_ends takes it ("fallen 2% this year through Oct. 19" stays the year's)."""
    if not usable or usable[-1][1] is None:
        return False
    first, first_period = usable[-1]
    period = parse_value(zoned(mention.value, mention.text))
    if period is None or period.precision != first_period.precision:
        return False
    before = analysis.masked[sentence.start:first.start] + SPAN_FIRST_END + analysis.masked[first.end:mention.start]
    return rules.first_match(rules.patterns(_DATA, "span_ends"), before) is not None


def _next_day(first: Period, second: Period) -> bool:
    """Whether `second` is the day after `first` (two dates of the engine's calendar, not before Christ)."""
    return (first.precision == second.precision == "day" and isinstance(first.last, date) and isinstance(second.first, date)
            and (second.first - first.last).days == 1)


def _bounded(analysis: Analysis, sentence: Sentence, candidate: Candidate) -> Candidate:
    """The candidate of a span that bounds one moment ("built sometime between 1710 and 1720")
    made approximate, its reason saying why, its title without the "sometime"; else as it is (data:
    span_bound_lead, span_bound_verbs, where the reason for this choice is written down)."""
    first, second = candidate.mention, candidate.span_end.mention
    text = (analysis.masked[sentence.start:first.start] + SPAN_FIRST_END + analysis.masked[first.end:second.start]
            + SPAN_FIRST_END + analysis.masked[second.end:sentence.end])
    lead = rules.first_match(rules.patterns(_DATA, "span_bound_lead"), text)
    if lead is None and rules.first_match(rules.patterns(_DATA, "span_bound_verbs"), text) is None:
        return candidate
    span_end = candidate.span_end
    if lead is not None:
        span_end = replace(span_end, words_start=min(span_end.words_start, sentence.start + lead.search(text).start()))
    bounded = replace(candidate, span_end=span_end, period=replace(candidate.period, approximate=True))
    note = rules.data(_DATA)["span_bound_reason"].format(words=bounded.date_text)
    return replace(bounded, reason=f"{candidate.reason}; {note}")


def _run_of_years_end(mention: Mention, period: Period) -> SpanEnd | None:
    """The last year of a run of years written as one expression ("the war of 1914–18", "2018-19"),
    which the engine values, as TimeML does, as its first year; the event files read the same words
    as a span (timeline.resolve), and the event is to end where they say. None for any other date."""
    digit = _DIGIT.search(mention.text)
    if period.precision != "year" or digit is None:
        return None
    written = _ONE_DIGIT_END.sub(lambda m: f"{m['first']}{m['sep']}{m['first'][2]}{m['last']}", mention.text[digit.start():])
    try:
        first, last = resolve_span(written)
    except DateError:
        return None
    if last is None or first.value != period.value:
        return None
    return SpanEnd(last, mention, mention.start)


def _over_its_period(analysis: Analysis, sentence: Sentence, candidate: Candidate) -> Candidate:
    """The candidate of a day that ends a period of account ("for the quarter ended Sept. 30") over
    the months of that period, its reason saying why; else as it is (data: period_of_account, where the
    reason for this choice is written down)."""
    period = candidate.period
    if period is None or period.precision != "day" or candidate.span_end is not None or not isinstance(period.first, date):
        return candidate
    before = analysis.masked[sentence.start:candidate.mention.start]
    pattern = rules.first_match(rules.patterns(_DATA, "period_of_account"), before)
    if pattern is None:
        return candidate
    days = next(entry["days"] for entry in rules.data(_DATA)["period_of_account"] if entry["name"] == pattern.name)
    first = _month_start_near(period.first - timedelta(days=days - 1))
    start, end = parse_value(f"{first:%Y-%m}"), parse_value(f"{period.first:%Y-%m}")
    note = rules.data(_DATA)["period_of_account_reason"].format(words=candidate.mention.text, name=pattern.name)
    words_start = sentence.start + pattern.search(before).start()
    return replace(candidate, period=start, span_end=SpanEnd(end, candidate.mention, words_start),
                   reason=f"{candidate.reason}; {note}")


def _over_the_period_compared(candidate: Candidate) -> Candidate:
    """The candidate of a comparison the date engine counted from the day a period of account ended
    and kept as a day ("For the year ended June 30, net rose. ... from $4 million a year earlier": 30
    June 2017, a day nothing happened on) over the months of that period a year before (July 2016 to
    June 2017), as a day that ends a period of account is (_over_its_period); else as it is."""
    period = candidate.period
    if period is None or period.precision != "day" or candidate.span_end is not None or not isinstance(period.first, date):
        return candidate
    compared = fiscal.period_it_compares(candidate.analysis, candidate.mention)
    if compared is None:
        return candidate
    _, words, name = compared
    days = next(entry["days"] for entry in rules.data(_DATA)["period_of_account"] if entry["name"] == name)
    first = _month_start_near(period.first - timedelta(days=days - 1))
    start, end = parse_value(f"{first:%Y-%m}"), parse_value(f"{period.first:%Y-%m}")
    note = rules.data(_DATA)["period_compared_reason"].format(date=candidate.mention.text, words=words, name=name)
    return replace(candidate, period=start, span_end=SpanEnd(end, candidate.mention, candidate.mention.start),
                   reason=f"{candidate.reason}; {note}")


def _month_start_near(day: date) -> date:
    """The first day of a period counted back in days, as the month it opens: a calendar quarter
    ended 31 March is 90 days long, not 91, so counting back 91 days lands on 31 December, and the
    quarter took in a month it does not hold. A day within the last few of its month (data:
    period_of_account_slack) opens the month after."""
    after = day + timedelta(days=int(rules.data(_DATA)["period_of_account_slack"]))
    return after.replace(day=1) if after.month != day.month else day


def _fiscal_period(candidate: Candidate) -> Candidate:
    """The candidate dated by a period of a company's fiscal year ("the second quarter of fiscal
    2026"), which the date engine values as the calendar's, moved to the calendar months it names when
    the article says when its fiscal year ends, else held below the review threshold with why; any
    other candidate as it is (data: fiscal_period)."""
    period = candidate.period
    if period is None or period.precision not in ("quarter", "half", "year") or candidate.span_end is not None:
        return candidate
    table = rules.data(_DATA)["fiscal_period"]
    quarter = fiscal.fiscal_quarter_named(candidate.analysis, candidate.mention)
    ended = fiscal.day_it_ended(candidate.analysis, quarter) if quarter is not None else None
    if ended is not None:
        return _over_the_quarter_ended(candidate, quarter, *ended)
    of_its_number = _over_the_quarter_of_its_number(candidate)
    if of_its_number is not None:
        return of_its_number
    compared = _a_year_before_the_quarter_ended(candidate)
    if compared is not None:
        return compared
    over_its_year = _over_the_fiscal_year(candidate) if period.precision == "year" else None
    if over_its_year is not None:
        return over_its_year
    latest = fiscal.latest_quarter_ended(candidate.analysis, candidate.mention)
    if latest is not None:
        note = table["latest_note"].format(date=candidate.mention.text, value=period.value, period=latest)
        return replace(candidate, period=parse_value(latest), reason=f"{candidate.reason}; {note}")
    if not re.search(table["words"], candidate.mention.text, re.IGNORECASE):
        return _a_quarter_of_a_fiscal_year(candidate)
    year_end = _fiscal_year_end(candidate.analysis)
    if year_end is None or not re.search(r"\d", candidate.mention.text):  # no end said, or no year named
        return replace(candidate, confidence=min(candidate.confidence, table["at_most"]),
                       reason=f"{candidate.reason}; {table['uncertain_note'].format(date=candidate.mention.text)}",
                       read_confidence=candidate.confidence)
    _, last_month, _ = year_end
    first, last = _fiscal_months(period.value, last_month)
    moved, span_end, words = _over_months(candidate, first, last)
    note = table["moved_note"].format(date=candidate.mention.text, month=last_month, period=words)
    return replace(candidate, period=moved, span_end=span_end, reason=f"{candidate.reason}; {note}")


def _over_the_quarter_of_its_number(candidate: Candidate) -> Candidate | None:
    """The candidate of a quarter named by its number alone, fiscal or not ("fourth-quarter
    earnings"), over the three months up to the day the text says it ended when they are not the
    calendar quarter of its number: Ralston's "fourth-quarter earnings" in its report on the "year
    ended Sept. 30" (its fourth quarter ended then too) is July to September, not October to
    December; None otherwise (a calendar quarter ended when the calendar's does stays as it is)."""
    quarter = fiscal.quarter_of_its_number(candidate.analysis, candidate.mention)
    ended = fiscal.day_it_ended(candidate.analysis, quarter) if quarter is not None else None
    if ended is None:
        return None
    moved = _over_the_quarter_ended(candidate, quarter, *ended)
    return moved if moved.period.value != candidate.period.value else None


def _a_quarter_of_a_fiscal_year(candidate: Candidate) -> Candidate:
    """The candidate of a quarter or half named by its number without a year or a word that calls
    it fiscal ("third-quarter profit"), held below the review threshold with why when the text says
    its fiscal year ends in a month that does not end a calendar quarter's year (a year ended Sept.
    30 has its third quarter from April to June): the engine values it as the calendar's, and the
    text does not say which fiscal year's it is; any other candidate as it is."""
    table = rules.data(_DATA)["fiscal_period"]
    text = candidate.mention.text
    if (candidate.period.precision not in ("quarter", "half") or re.search(r"\d", text)
            or not re.fullmatch(table["numbered_period"], text, re.IGNORECASE)):
        return candidate
    year_end = _fiscal_year_end(candidate.analysis)
    if year_end is None or year_end[1] == 12:
        return candidate
    _, last_month, words = year_end
    note = table["numbered_note"].format(date=text, words=words, month=last_month)
    return replace(candidate, confidence=min(candidate.confidence, table["at_most"]),
                   reason=f"{candidate.reason}; {note}", read_confidence=candidate.confidence)


def _fiscal_year_end(analysis: Analysis) -> tuple[Mention | None, int, str] | None:
    """When the text's fiscal year ends: the day it says one ended (the latest: "For the year ended
    Sept. 30", "its fourth quarter ended Sept. 30"), else the month it says one ends in ("its fiscal
    year ends in September"), with the words that say so; None when it says neither."""
    table = rules.data(_DATA)["fiscal_period"]
    ended = fiscal.day_the_year_ended(analysis)
    if ended is not None:
        day, words = ended
        return day, int(day.value[5:7]), words
    said = re.search(table["year_end"], analysis.masked, re.IGNORECASE)
    return None if said is None else (None, table["months"][said["month"].lower()[:3]], said.group(0))


def _over_the_fiscal_year(candidate: Candidate) -> Candidate | None:
    """The candidate of the year of account the text reports on, named without its number ("For
    the year, pet food volume was flat", "Sales for the full year"), which the date engine values as
    the calendar's (TimeML's convention), over the twelve months of the fiscal year that ends in the
    month the text gives, in the engine's year or, when the day the text says it ended falls then,
    the year after (a fiscal year is named after its end: the current one "ending June 30, 1990" is
    1989 to the engine); as it is when the year is the calendar's; None when it is no such year or
    the text does not say when its fiscal year ends (a fiscal one is then held as uncertain)."""
    table = rules.data(_DATA)["fiscal_period"]
    year_end = _fiscal_year_end(candidate.analysis) if fiscal.year_named_by_its_end(candidate.analysis, candidate.mention) else None
    if year_end is None:
        return None
    day, last_month, words = year_end
    year = int(candidate.period.value[:4])
    if day is not None and int(day.value[:4]) == year + 1:  # an earlier day is a comparison's year
        year += 1
    first, last = _fiscal_months(f"{year:04d}", last_month)
    moved, span_end, period = _over_months(candidate, first, last)
    if span_end is None and moved.value == candidate.period.value:
        return candidate
    note = table["year_of_account_note"].format(date=candidate.mention.text, words=words, period=period)
    confidence = candidate.confidence if day is None else min(candidate.confidence, day.confidence)
    return replace(candidate, period=moved, span_end=span_end, confidence=confidence, reason=f"{candidate.reason}; {note}")


def _over_months(candidate: Candidate, first: tuple[int, int], last: tuple[int, int]) -> tuple[Period, SpanEnd | None, str]:
    """The period from month `first` to month `last` (year, month): a calendar quarter, half or year
    where it is one, else the first month with `last` as its span's end; and its words for a note."""
    value = _calendar_months(first, last)
    if value is not None:
        return parse_value(value), None, value
    span_end = SpanEnd(parse_value(f"{last[0]:04d}-{last[1]:02d}"), candidate.mention, candidate.mention.start)
    return (parse_value(f"{first[0]:04d}-{first[1]:02d}"), span_end,
            reasons.said("months", first=f"{first[0]:04d}-{first[1]:02d}", last=f"{last[0]:04d}-{last[1]:02d}"))


def _a_year_before_the_quarter_ended(candidate: Candidate) -> Candidate | None:
    """The candidate of the quarter a year before the one the text reports on, over the three months
    a year before those up to the day the text says that one ended, when they are not the calendar
    quarter of its number ("In the 1988 period" in Sun's report on its fiscal first quarter ended
    Sept. 29 is July to September 1988, not January to March); else None."""
    reported = fiscal.quarter_a_year_before(candidate.analysis, candidate.mention)
    ended = fiscal.day_it_ended(candidate.analysis, reported) if reported is not None else None
    if ended is None:
        return None
    moved = _over_the_quarter_ended(candidate, reported, *ended, years_back=1)
    return moved if moved.period.value != candidate.period.value else None


def _over_the_quarter_ended(candidate: Candidate, quarter: Mention, day: Mention, words: str, years_back: int = 0) -> Candidate:
    """The candidate of a fiscal quarter over the three months up to the day the text says it ended
    (`years_back` years before them for the same quarter of an earlier year), as sure as the less sure
    of the quarter's reading and the day's."""
    table = rules.data(_DATA)["fiscal_period"]
    year, month = int(day.value[:4]) - years_back, int(day.value[5:7])
    first = divmod(year * 12 + month - 3, 12)
    first = (first[0], first[1] + 1)
    moved, span_end, period = _over_months(candidate, first, (year, month))
    note = (table["ended_note"].format(date=quarter.text, words=words, period=period) if not years_back else
            table["compared_note"].format(date=candidate.mention.text, quarter=quarter.text, words=words, period=period))
    return replace(candidate, period=moved, span_end=span_end, confidence=min(candidate.confidence, day.confidence),
                   reason=f"{candidate.reason}; {note}")


_FISCAL_VALUE = re.compile(r"^(\d{4})(?:-([QH])([1-4]))?$")


def _fiscal_months(value: str, last_month: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(year, month) of the first and last month of the fiscal period `value` ("2026-Q2": the second
    quarter of fiscal 2026) of a fiscal year that ends in `last_month` of the year it is named after."""
    year, kind, number = _FISCAL_VALUE.match(value).groups()
    length = {"Q": 3, "H": 6, None: 12}[kind]
    # months counted from January of year 0: the fiscal year begins the month after its last month
    # of the year before
    start = (int(year) - 1) * 12 + last_month + ((int(number) - 1) * length if kind else 0)
    end = start + length - 1
    return (start // 12, start % 12 + 1), (end // 12, end % 12 + 1)


def _calendar_months(first: tuple[int, int], last: tuple[int, int]) -> str | None:
    """The calendar quarter, half or year that runs from `first` to `last` (year, month), as a
    TIMEX3 value; None when the months are no such period."""
    (year, month), (end_year, end_month) = first, last
    length = (end_year - year) * 12 + end_month - month + 1
    if end_year != year:
        return None
    if length == 3 and month % 3 == 1:
        return f"{year:04d}-Q{month // 3 + 1}"
    if length == 6 and month in (1, 7):
        return f"{year:04d}-H{month // 6 + 1}"
    if length == 12 and month == 1:
        return f"{year:04d}"
    return None


_DIGIT = re.compile(r"\d")
# "the BSE scare of 1995-7": the engine reads a run whose end keeps only its last digit as years (its
# year_range rule); the event files do not ("2019-7" there may be a month), so it is written out as
# "1995-97" for them. Only an end after the first year's last digit is a run.
_ONE_DIGIT_END = re.compile(r"^(?P<first>\d{4})(?P<sep>\s*[-–—/]\s*)(?P<last>\d)$")


SPAN_FIRST_END = rules.DATE_MARK  # how the span_ends and moved_* patterns write the earlier date


def _without_days_moved_from(analysis: Analysis, sentence: Sentence,
                             resolved: list[tuple[Mention, Period]]) -> list[tuple[Mention, Period]]:
    """The sentence's dates without a day an event was moved from ("The vote, set for March 9, was
    postponed to March 11"): the event now happens on the other (data: moved_from_first,
    moved_to_first, where the reason for this choice is written down). Of two dates in a row, the
    patterns see the sentence up to the second with the first written as SPAN_FIRST_END."""
    moved_from: set[int] = set()
    for (first, _), (second, _) in zip(resolved, resolved[1:]):
        before = analysis.masked[sentence.start:first.start] + SPAN_FIRST_END + analysis.masked[first.end:second.start]
        if rules.first_match(rules.patterns(_DATA, "moved_from_first"), before):
            moved_from.add(first.start)
        elif rules.first_match(rules.patterns(_DATA, "moved_to_first"), before):
            moved_from.add(second.start)
    kept = [(m, p) for m, p in resolved if m.start not in moved_from]
    return kept or resolved[-1:]  # moved on and on: the last date said


def _names_a_period(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether the day is a holiday that names the weeks off around it ("the Easter holidays"), which
    the date engine values as the holiday's day: no date of the event (data: day_names_a_period)."""
    after = analysis.masked[mention.end:sentence.end]
    return rules.first_match(rules.patterns(_DATA, "day_names_a_period"), after) is not None


def _names_its_part(mention: Mention) -> bool:
    """Whether the date's own words name the part of its period that the engine's mod gives ("early
    2009"), not only a time before or after the article's day ("earlier this year"; data: part_words)."""
    return rules.first_match(rules.patterns(_DATA, "part_words"), mention.text) is not None


def _describes_a_thing(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether the date is an adjective of a thing ("a 17th-century statue"): the thing's age, not
    the time of the sentence's event (data: date_as_adjective)."""
    return rules.first_match(rules.patterns(_DATA, "date_as_adjective"), analysis.masked[mention.start:sentence.end]) is not None


def _with_date_marked(analysis: Analysis, sentence: Sentence, mention: Mention) -> str:
    """The sentence with the date written as SPAN_FIRST_END, as the patterns that read a date's
    place in its sentence are written."""
    return analysis.masked[sentence.start:mention.start] + SPAN_FIRST_END + analysis.masked[mention.end:sentence.end]


def _called_off(analysis: Analysis, sentence: Sentence, mention: Mention) -> bool:
    """Whether the date is the day a thing was set for that the sentence says did not take place
    then ("The summit, scheduled for Tuesday, was cancelled"; data: cancelled_day, where the reason
    for leaving that day out is written down)."""
    marked = _with_date_marked(analysis, sentence, mention)
    return any(pattern.search_remembered(marked) for pattern in rules.patterns(_DATA, "cancelled_day"))


def _unreal(analysis: Analysis, sentence: Sentence, mention: Mention) -> rules.Pattern | None:
    """The pattern that finds the date in words saying nothing happened on it: a condition, what
    would follow one, a habit, a question ("if it returns in September, say"; data: unreal_dates,
    where the reason for leaving such a date out is written down); else None."""
    marked = _with_date_marked(analysis, sentence, mention)
    # A habit is of any year: a date that states its year ("usually dated from 133 BC") is no habit's.
    of_any_year = {entry["name"] for entry in rules.data(_DATA)["unreal_dates"] if entry.get("of_any_year")}
    return next((pattern for pattern in rules.patterns(_DATA, "unreal_dates")
                 if (mention.anchored or pattern.name not in of_any_year) and pattern.search_remembered(marked)), None)


def forward_looking(candidate: Candidate) -> str | None:
    """The words that make the candidate's sentence a forward-looking statement about its date
    ("expects to complete the sale in the first half of 2026"; data: forward_looking): an event
    all the same, tagged as expected; else None."""
    if candidate.period is None or candidate.by_heading:
        return None
    marked = _with_date_marked(candidate.analysis, candidate.sentence, candidate.mention)
    found = next((m for p in rules.patterns(_DATA, "forward_looking") if (m := p.search_remembered(marked))), None)
    return " ".join(found.group("words").split()) if found else None


def _unreal_note(sentence: Sentence, mention: Mention, pattern: rules.Pattern) -> str:
    why = next(entry["why"] for entry in rules.data(_DATA)["unreal_dates"] if entry["name"] == pattern.name)
    return reasons.skipped("unreal", sentence=repr(sentence.text), words=said_words(mention.text), why=why)


def _called_off_note(sentence: Sentence, mention: Mention) -> str:
    return reasons.skipped("called_off", sentence=repr(sentence.text), words=said_words(mention.text))


def _before_christ_note(sentence: Sentence, mention: Mention) -> str:
    return reasons.skipped("before_christ", sentence=repr(sentence.text), words=said_words(mention.text), value=mention.value)


def _candidate(analysis: Analysis, sentence: Sentence, mention: Mention, period: Period | None) -> Candidate:
    reference = analysis.reference
    if period is None and mention.read_against == "before_christ":
        confidence = 0.0
        reason = before_christ_words(reason_head(mention.reason))  # "from 2 September 31 BC"
    elif period is None and reference.date is None:
        confidence = 0.0
        reason = reasons.said("no_article_date", words=said_words(mention.text), why=reference.reason)
    elif period is None:  # "In March", told after "the 12th century"; "6 a.m. ten days before the shooting"
        confidence = 0.0
        reason = reasons.said("no_year_or_day", words=said_words(mention.text), value=mention.value)
    elif mention.anchored and mention.read_against == "last_date" and (reference.date is None
                                                                       or _counted_from_a_stated_date(analysis, mention)):
        # "the next month" after "19 August AD 14" in an article without a date: counted from the
        # text's own date, which the article's missing date takes no trust from (it was 0); nor an
        # article's borrowed date ("29 March 2021 ... that evening" was 0.11: the 0.15 of a day counted
        # from a borrowed date, which it was not)
        confidence = mention.confidence
        reason = reasons.said("counted_from_before", words=said_words(mention.text))
    elif _dates_the_article(analysis, mention, period):
        # As sure as the article's date (its published_confidence; a borrowed one as a day the
        # article names): it was 0.55 against a date line with a year named in passing (0.8), the
        # inference's doubt on top of a day read against the reference with a tense to guess
        # (0.69), which a date line has not: it is the day the copy was filed.
        confidence = reference.confidence if reference.confidence is not None else reference.trust("day", None, mention.start)
        reason = reasons.said("date_line", words=said_words(mention.text), reference_source=reference.source, day=reference.label)
        if reference.borrowed_from:
            reason += reasons.said("borrowed", article=reference.borrowed_from)
    elif mention.anchored:
        confidence = mention.confidence * reference.trust(period.precision, mention.counts, mention.start)
        if mention.read_against == "last_date":
            reason = reasons.said("counted_from_before_dated", words=said_words(mention.text),
                                  reference_source=reference.source, day=reference.label)
        elif mention.read_against == "update" and (updated := reference.update_day(mention.start)):
            # a sentence an update of the page added: written after the version before it
            reason = reasons.said("counted_from_update", words=said_words(mention.text), updated=long_day(updated),
                                  reference_source=reference.source, day=reference.label)
        elif mention.read_against in ("entry", "own_period") or language_told(mention.reason):
            # a live blog's entry, its day counted from the page's date; the quarter the text reports on;
            # a day in another language's words whose year was chosen round the article's date
            reason = reasons.said("with_article_date", head=reason_head(mention.reason),
                                  reference_source=reference.source, day=reference.label)
        else:
            reason = reasons.said("counted", words=said_words(mention.text), reference_source=reference.source,
                                  day=reference.label)
        if reference.borrowed_from:
            reason += reasons.said("borrowed", article=reference.borrowed_from)
            if reference.tied:
                reason += reasons.said("borrowed_tied")
            elif period.precision in ("day", "time") and mention.counts is not None:
                reason += reasons.said("borrowed_counted")
            elif period.precision in ("day", "time") and (later := reference.later_value(mention.start)) is not None:
                reason += reasons.said("borrowed_runs_on", later=reference.later.isoformat(), value=later)
            elif period.precision in ("day", "time") and reference.weekdays_disagree:
                reason += reasons.said("borrowed_weekdays_disagree")
        # the engine's doubt of its own value (one of two readings), which its confidence carries
        reason += "".join(reasons.said("engine_doubt", note=note) for note in guess_notes(mention.reason))
    else:
        confidence = mention.confidence
        # "Feb. 30, 2019": the engine kept the month; "03/04/2020": its words say in which order it is
        # read (the text's other dates', or month first and it may be 3 April), which "names its date
        # outright" hid; a date in another language's article says how it was read
        if mention.impossible_value or order_told(mention.reason) or language_told(mention.reason):
            reason = reason_head(mention.reason)
        else:
            reason = reasons.said("stated", words=said_words(mention.text))
    return Candidate(
        analysis=analysis,
        sentence=sentence,
        mention=mention,
        period=period,
        confidence=round(min(max(confidence, 0.0), 1.0), 2),
        reason=reason,
    )


def said_words(text: str) -> str:
    """A date's words as a reason or note quotes them: on one line ("'7 October 2026'"). A date a
    hard-wrapped or pasted text broke across its lines was quoted as "'7 October\\n2026'", which the
    event file, the site and every export showed with its backslash; nor a date word a PDF's line
    broke ("'14 Novem- ber 2008'"): whole, as the engine reads it."""
    return repr(" ".join(dating.words_whole(text).split()))


def _one_sentence(a: Candidate, b: Candidate) -> bool:
    """Whether the two are told by one sentence of one article (in two clauses, when their order differs)."""
    return a.order[:2] == b.order[:2]


def _other_clauses(a: Candidate, b: Candidate) -> bool:
    """Whether the two, of sentences alike, are told in different clauses (Clause): one in the first
    (or the whole sentence), the other in a later one. Near-identical sentences join whatever their
    dates (a correction: the event is then flagged), but clause with clause."""
    return _in_first_clause(a) != _in_first_clause(b)


def _in_first_clause(candidate: Candidate) -> bool:
    return candidate.clause is None or candidate.clause.start == candidate.sentence.start


def merge(found: list[Candidate], corpus: list[str] | None = None) -> list[Merged]:
    """Candidates grouped into events: near-identical sentences, or one date and much shared wording.

    `corpus` (every sentence of the articles) weighs words by how rare they are: "Kim" in a story
    about Kim tells little, "Pyongyang" and "train" tell more.
    """
    found = sorted(found, key=lambda c: c.order)
    orders = [c.order for c in found]  # a property that builds a tuple: asked of every pair, built once
    # Each sentence is bagged once: the candidates' sentences are also in the corpus.
    bag_of: dict[str, Counter] = {}

    def bag(text: str) -> Counter:
        if text not in bag_of:
            bag_of[text] = _bag(text)
        return bag_of[text]

    sentences = corpus if corpus else [c.sentence.words for c in found]
    weights = _idf([bag(t) for t in sentences])
    least = _rarest(len(sentences))
    texts = [normalise(c.sentence.words) for c in found]
    bags = [bag(c.sentence.words) for c in found]
    totals = [_weight(b, weights) for b in bags]  # each bag's own weight, summed once, not per pair
    sorted_mentions: dict[int, tuple[list[Mention], list[int]]] = {}
    for c in found:  # each article's mentions sorted once: a sentence's are found by bisection
        if id(c.analysis) not in sorted_mentions:
            ordered = sorted(c.analysis.mentions, key=lambda m: m.start)
            sorted_mentions[id(c.analysis)] = (ordered, [m.start for m in ordered])
    undated = [apart.without_dates(c.analysis.masked, c.sentence.start, c.sentence.end, *sorted_mentions[id(c.analysis)])
               for c in found]
    undated_bags = [bag(text) for text in undated]
    undated_totals = [_weight(b, weights) for b in undated_bags]
    traits = [apart.traits(c.sentence.words, undated[k], bags[k], _durations(c, *sorted_mentions[id(c.analysis)]))
              for k, c in enumerate(found)]
    figures = [t.figures for t in traits]
    names_of: dict[int, frozenset[str]] = {}  # each article's names, stemmed as its words are
    for c in found:
        if id(c.analysis) not in names_of:
            names_of[id(c.analysis)] = frozenset(_stem(n) for n in c.analysis.names)
    names = [names_of[id(c.analysis)] for c in found]
    terse = [len(_WORD.findall(text.lower())) <= _terse_words() for text in undated]
    own_words = _own_words(found, undated_bags)
    one_happening = _one_happening(undated_bags)
    befallen_lines = apart.befallen_lines()
    befallen = [apart.befallen_names(c.sentence.words, names[k]) if befallen_lines & bags[k].keys() else frozenset()
                for k, c in enumerate(found)]
    told = [apart.told_of_names(c.sentence.words, names[k]) for k, c in enumerate(found)]  # "Jacqui Fleming died"
    people = apart.StoryPeople(sentences)  # "Health Secretary Alan Johnson"

    @cache
    def two_happenings(i: int, j: int) -> bool:
        a, b = found[i], found[j]
        if orders[i] == orders[j]:
            return False
        if _other_moments(a, b):
            return True
        if _near_identical(texts[i], texts[j]):  # or the two clauses of one sentence, or of two alike
            return _one_sentence(a, b) or _other_clauses(a, b)
        return apart.two_happenings(traits[i], traits[j], people) or apart.other_names(told[i], told[j])

    def names_alone(i: int, j: int) -> bool:
        """Of two sentences alike in wording, one terse, the wording they share is little more than names."""
        return (terse[i] or terse[j]) and not _shares_more_than_names(bags[i], bags[j], names[i] | names[j], weights, least,
                                                                      figures[i], figures[j])

    # Every pair that looks one happening, the likest first: when two of them would put in one event
    # sentences that tell two happenings (apart.py), the likelier join is the one made.
    joins = []
    for i, j in _pairs(found, bags, weights):
        a, b = found[i], found[j]
        if orders[i] == orders[j]:
            likeness = NEAR_IDENTICAL_JOIN + 1
        elif _near_identical(texts[i], texts[j]):
            likeness = 0.0 if _one_sentence(a, b) or _other_clauses(a, b) else NEAR_IDENTICAL_JOIN
        elif a.analysis is not b.analysis and (_day_guessed(a) or _day_guessed(b)):
            likeness = 0.0  # the same day by a guess is no sign of one happening (stories.yaml, borrowed_guesses)
        else:
            if _compatible(a.period, b.period):
                # Weighed only here: two sentences of dates that differ are weighed on their words
                # without their dates, if at all (weighing every pair's first cost 0.1 s of the
                # bench corpus's largest story, 55,000 of its 102,000 pairs for nothing).
                likeness = _likeness(bags[i], bags[j], weights, totals[i], totals[j], least, figures[i], figures[j])
                if likeness < SAME_EVENT_OVERLAP and one_happening(i, j):
                    # One happening told in other words ("collapsed", "gave way at 4:40 a.m."):
                    # weighed on their words without the dates, which agree.
                    likeness = _nested_likeness(undated_bags[i], undated_bags[j], weights, undated_totals[i],
                                                undated_totals[j], least, figures[i], figures[j], True)
                if likeness < SAME_EVENT_OVERLAP:
                    likeness = SAME_EVENT_OVERLAP if _same_named_day(a, b) or befallen[i] & befallen[j] \
                        or apart.one_named(told[i], told[j]) else 0.0
                elif names_alone(i, j):
                    likeness = 0.0
            elif _one_inside_other(a.period, b.period) and _figures_within(figures[i], figures[j]):
                likeness = _nested_likeness(undated_bags[i], undated_bags[j], weights, undated_totals[i], undated_totals[j],
                                            least, figures[i], figures[j], own_words(i, j) or one_happening(i, j))
                likeness = 0.0 if likeness and names_alone(i, j) else likeness
                if not likeness and (befallen[i] & befallen[j] or apart.one_named(told[i], told[j])):
                    # "the Millbrook Dam collapsed", "... Dam gave way at 4:40"; "Fleming died", "the death of Jacqui Fleming"
                    likeness = SAME_EVENT_OVERLAP
            else:
                likeness = 0.0
            if likeness and two_happenings(i, j):  # asked last: most pairs are not alike at all
                likeness = 0.0
        if likeness:
            joins.append((-likeness, i, j))
    sets = DisjointSets(len(found))
    root = sets.root
    joined = {i: [i] for i in range(len(found))}  # each root's candidates

    for likeness, i, j in sorted(joins):
        x, y = sorted((root(i), root(j)))
        if x == y or any(two_happenings(*sorted((m, n))) for m in joined[x] for n in joined[y]):
            continue
        # "this week" joined with Monday's sentence and with Friday's would make the two days one
        # event: wording alike joins only sentences whose dates all hold one of them.
        if -likeness < NEAR_IDENTICAL_JOIN and not _finest([found[k] for k in (*joined[x], *joined[y])]):
            continue
        sets.join(x, y)  # x, the smaller, stays the root
        joined[x].extend(joined.pop(y))
    groups: dict[int, list[Candidate]] = {}
    for i, candidate in enumerate(found):
        groups.setdefault(root(i), []).append(candidate)
    merged = []
    for members in groups.values():
        event = Merged(members)
        values = sorted({c.period.value for c in members if c.period is not None})
        if len(values) > 1 and not _nested(members):
            event.disagreement = reasons.disagreement(
                [reasons.said("source_says", file=c.file, value=c.period.value, words=repr(c.mention.text))
                 for c in event.sources if c.period])
        merged.append(event)
    return sorted(merged, key=lambda m: (m.primary.period.sort_key if m.primary.period else (), m.primary.order))


def _durations(c: Candidate, mentions: list[Mention], starts: list[int]) -> list[tuple[int, int, str, str | None]]:
    """The DURATION mentions of a candidate's sentence ("weeks", "a year"), each with its start and end
    in the sentence, value and mod, for apart.traits. `mentions`: its article's, sorted by where they
    start (`starts`)."""
    at = c.sentence.start
    return [(m.start - at, m.end - at, m.value, m.mod)
            for m in mentions[bisect_left(starts, at):bisect_left(starts, c.sentence.end)] if m.type == "DURATION"]


def _day_guessed(c: Candidate) -> bool:
    return c.period is not None and c.analysis.reference.guesses(c.period.precision, c.mention.counts)


def _pairs(found: list[Candidate], bags: list[Counter], weights: dict[str, float]) -> list[tuple[int, int]]:
    """The pairs worth comparing: those that share one of their rarest words, on the same dates (for
    shared wording) or on any (for near-identical sentences whose dates differ). Comparing every pair
    would be quadratic in the whole collection; a word shared by more than BLOCK_LIMIT candidates
    tells nothing and makes no pairs."""
    blocks: dict[tuple, list[int]] = {}
    days: dict[tuple, list[int]] = {}
    rare = [sorted(bag, key=lambda w: (-weights.get(w, 0.0), w))[:5] for bag in bags]
    for i, candidate in enumerate(found):
        for word in rare[i][:3]:
            blocks.setdefault(("word", word), []).append(i)
        if candidate.period is not None:
            days.setdefault((candidate.period.first, candidate.period.last), []).append(i)
    for day, members in days.items():
        if len(members) <= BLOCK_LIMIT:
            blocks[("date", *day)] = members
            continue
        for i in members:  # a crowded day: only events that share a rare word are compared
            for word in rare[i]:
                blocks.setdefault(("date", *day, word), []).append(i)
            if _named_day_words(found[i].mention.text):
                blocks.setdefault(("day", *day), []).append(i)
    pairs = set()
    for members in blocks.values():
        if len(members) > BLOCK_LIMIT:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    pairs.update(_nested_pairs(days))
    return sorted(pairs)


def _nested_pairs(days: dict[tuple, list[int]]) -> set[tuple[int, int]]:
    """The candidates of a period longer than a day ("this week", "the late 1990s") with those of the
    periods inside it ("on Thursday", "in 1998"), unless that is more than BLOCK_LIMIT candidates."""
    pairs = set()
    spans = sorted(days)  # by first day: the periods inside one are found by bisection, not by all
    for (first, last), outer in days.items():
        if first == last:
            continue
        inside = spans[bisect_left(spans, (first,)):bisect_right(spans, (last, last))]
        inner = [i for (f, t) in inside if t <= last and (f, t) != (first, last) for i in days[(f, t)]]
        if len(outer) + len(inner) > BLOCK_LIMIT:
            continue
        pairs.update((min(i, j), max(i, j)) for i in outer for j in inner)
    return pairs


def _near_identical(x: str, y: str) -> bool:
    if min(len(x), len(y)) < 30 or abs(len(x) - len(y)) > 0.15 * max(len(x), len(y)):
        return False
    return fuzz.ratio(x, y) >= NEAR_IDENTICAL


def _compatible(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return False
    if a.value == b.value:
        return True
    # "2019-01-09T14:00" and "2019-01-09" are one day; a month does not equal a day in it.
    return a.first == b.first and a.last == b.last


def _nested_likeness(a: Counter, b: Counter, weights: dict[str, float], a_total: float, b_total: float, least: float,
                     a_figures: apart.Figures, b_figures: apart.Figures, own_words: bool = False) -> float:
    """_likeness of two sentences whose dates differ, one inside the other, on their words without
    their dates ("January nineteen ninety-seven." shares only its date with "a nineteen ninety-seven
    attack"), when it reaches NESTED_OVERLAP, or SAME_EVENT_OVERLAP for two that share words of their
    own (_own_words); else 0."""
    likeness = _likeness(a, b, weights, a_total, b_total, least, a_figures, b_figures)
    return likeness if likeness >= (SAME_EVENT_OVERLAP if own_words else NESTED_OVERLAP) else 0.0


def _own_words(found: list[Candidate], bags: list[Counter]) -> Callable[[int, int], bool]:
    """Whether two candidates' sentences share at least `merge_own_words.shared` words that no other
    dated sentence of the story uses, their dates left out (`bags`: their words without dates, as
    apart.without_dates leaves them; the words that name days and stand-ins aside): "leaflet" and
    "households" in two sentences of 400 tell one happening. Never in a story of fewer than
    `story_sentences` dated sentences, where most shared words are two sentences' own."""
    settings = rules.data(_DATA)["merge_own_words"]
    sentence_of = [(c.file, c.sentence.start) for c in found]  # two clauses of one sentence use its words once
    if len(set(sentence_of)) < int(settings["story_sentences"]):
        return lambda i, j: False
    users: Counter = Counter()
    for k in {s: k for k, s in enumerate(sentence_of)}.values():
        users.update(bags[k].keys())
    generic = apart.unshared_stems()
    least = int(settings["shared"])

    def own(i: int, j: int) -> bool:
        if sentence_of[i] == sentence_of[j]:
            return False
        return sum(users[w] == 2 for w in bags[i].keys() & bags[j].keys() if w not in generic) >= least
    return own


def _one_happening(bags: list[Counter]) -> Callable[[int, int], bool]:
    """Whether two candidates' sentences tell a happening of one line of `merge_happenings` ("the dam
    collapsed", "the earthen dam gave way") and share another word besides, their dates left out
    (`bags`: their words without dates; the words that name days and stand-ins aside)."""
    happenings = apart.happening_stems()
    generic = apart.unshared_stems()

    def one(i: int, j: int) -> bool:
        shared = bags[i].keys() & bags[j].keys()
        return bool(shared & happenings) and any(w not in generic and w not in happenings for w in shared)
    return one


def _figures_within(a: apart.Figures, b: apart.Figures) -> bool:
    """Every figure of one sentence is given by the other."""
    return a.within(b) or b.within(a)


def _one_inside_other(a: Period | None, b: Period | None) -> bool:
    if a is None or b is None:
        return False
    return a.first <= b.first and b.last <= a.last or b.first <= a.first and a.last <= b.last


def _other_moments(a: Candidate, b: Candidate) -> bool:
    """Two moments of one article: its sentences (or a live blog's entries) at two clock times. An
    article tells one happening at one time; its other clock times are its other happenings. A live
    blog's entries are its timeline's lines (sharing "River Porth ... its banks", the 00.20 entry's
    burst and the 06.40 entry's "fell back below its banks at around 6am" were one event); so are a
    wire story's times: "A fire broke out at the harbour at 19:40 on Saturday, the harbour authority
    said" and, further on, "At 14:00 the harbour authority closed the quay", sharing "harbour
    authority" in a short story, were one event citing the article twice whose "sources disagree".
    Across articles two clock times may be one happening told apart (the event says so)."""
    if a.file != b.file or a.period is None or b.period is None:
        return False
    clocks = {found.group(0) for c in (a, b) if (found := _CLOCK.search(c.period.value))}
    return len(clocks) == 2


def _same_named_day(a: Candidate, b: Candidate) -> bool:
    """Both dates name the same day by name ("New Year", "New Year's"), not by a weekday or 'today'.
    A day, not a season: every sentence of a story dated "winter" was one event (16 sources on the
    Guardian story). A live-blog entry's heading names no day ("23.45 BST" and "00.20 BST" share "BST").
    Nor a date in another language's words, whose words are a month, a weekday, a relative word, none
    of them English date words ("Mardi dernier" and "mardi", "Le 10 mars" and "le 10 mars" were one
    event of two things done that day)."""
    if _precision(a) < PRECISION_RANK["day"] or _precision(b) < PRECISION_RANK["day"] or a.by_heading or b.by_heading:
        return False
    if a.mention.reason.endswith(_language_rules()) or b.mention.reason.endswith(_language_rules()):
        return False
    return bool(_named_day_words(a.mention.text) & _named_day_words(b.mention.text))


@cache
def _language_rules() -> tuple[str, ...]:
    """How the reason of a date the engine reads in another language's words ends: its rule is the
    language's name ("[rule French]")."""
    from timeline.dates.languages import names

    return tuple(f"[rule {name}]" for name in names())


def _named_day_words(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower())} - _generic_stems()


_generic_stems = apart.date_stems


def _nested(members: list[Candidate]) -> bool:
    """The sources' dates hold one another (one stretch of days, or "this week" and "on Thursday"),
    and no two of them give that day different clock times ("23:10" and "23:40" disagree; "23:40"
    and the day alone, or "23:40Z", do not) or different parts of it ("Monday morning" and "Monday
    evening" disagree; "Monday evening" and "2 March" do not)."""
    periods = [c.period for c in members if c.period is not None]
    return all(len({found.group(0) for p in periods if (found := time.search(p.value))}) <= 1
               for time in (_CLOCK, _PART_OF_DAY)) and bool(_finest(members))


def _finest(members: list[Candidate]) -> list[Candidate]:
    """The sources of the shortest date when every source's date holds it, else none. Of one day,
    a time or part of it ("Monday evening") is finer than the day alone ("Monday, 2 March")."""
    dated = [c for c in members if c.period is not None]
    if not dated:
        return []
    finest = min(dated, key=lambda c: (c.period.last - c.period.first, -_precision(c), c.period.first)).period
    if not all(c.period.first <= finest.first and finest.last <= c.period.last for c in dated):
        return []
    return [c for c in dated if (c.period.first, c.period.last, c.period.precision) == (finest.first, finest.last, finest.precision)]


def _surest_first(c: Candidate) -> tuple:
    """Orders a merged event's sources: the surest, then the finest, then the first article and sentence."""
    return (c.confidence, _precision(c), [-ord(ch) for ch in c.file], -c.sentence.start)


def _precision(c: Candidate) -> int:
    return PRECISION_RANK[c.period.precision] if c.period else -1


def _bag(text: str) -> Counter:
    """A sentence's words as stems, each word or phrase of `merge_happenings` as its line's first
    ("gave way" and "failed" are "collapse")."""
    return Counter(apart.happening_words(_WORD.findall(text.lower())))


def _idf(bags: list[Counter]) -> dict[str, float]:
    df: Counter = Counter()
    for bag in bags:
        df.update(set(bag))
    n = max(len(bags), 1)
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def _rarest(sentences: int) -> float:
    """The weight of a word found in one sentence of the story (_idf)."""
    return math.log((max(sentences, 1) + 1) / 1.5)


def _likeness(a: Counter, b: Counter, weights: dict[str, float], a_weight: float, b_weight: float, least: float,
              a_figures: apart.Figures = apart.NO_FIGURES, b_figures: apart.Figures = apart.NO_FIGURES) -> float:
    """How much of the shorter sentence's wording is shared (0-1), when what is shared weighs at least as much
    as one word no other sentence of the story uses: "By 11.30 pm that night we had had 88 swine flu
    calls" and "Alan Johnson said yesterday that Tamiflu had proved effective" share "had" and
    "that", a third of the short one's weight. A figure weighs as such a word: "44 new cases ...
    confirmed yesterday" and "Yesterday, lab results confirmed a further 44 infections" are one; so
    are a rough count and one near it ("for 41 years", "in 40 years"), which told by one sentence
    alone weighs nothing (apart.Figures.weighed). The bar is reached without the words that frame a
    report (apart.frame_stems: "said", "would", "that"), which two tellings of two things share as
    much as two of one: "The mayor said on Monday that repairs would take weeks" and "The contractor
    said last week that the work would take a year" share nothing else they tell."""
    shared, told = _shared_told(a, b, weights)
    smaller = min(a_weight, b_weight)
    if a_figures or b_figures:
        figures = least * a_figures.shared(b_figures)
        shared += figures
        told += figures
        smaller = min(a_weight + least * a_figures.weighed(b_figures), b_weight + least * b_figures.weighed(a_figures))
    return shared / smaller if smaller and told >= least else 0.0


def _shared(a: Counter, b: Counter, weights: dict[str, float]) -> float:
    """The weight of the words two bags share. The words that name days are no shared wording: two
    sentences of one day share "today" or "this morning" by being of that day; nor is "the man", who
    may be two men (apart.unshared_stems). They still weigh in each bag (_weight): "on Thursday"
    against "today" tells two sentences apart as other words do."""
    generic = apart.unshared_stems()
    return sum(weights.get(w, 1.0) for w in a.keys() & b.keys() if w not in generic)


def _shared_told(a: Counter, b: Counter, weights: dict[str, float]) -> tuple[float, float]:
    """_shared, and the weight of the part of it that is not a report's frame (apart.frame_stems)."""
    generic, frame = apart.unshared_stems(), apart.frame_stems()
    shared = told = 0.0
    for w in a.keys() & b.keys():
        if w not in generic:
            weight = weights.get(w, 1.0)
            shared += weight
            if w not in frame:
                told += weight
    return shared, told


def _shares_more_than_names(a: Counter, b: Counter, names: frozenset[str], weights: dict[str, float], least: float,
                            a_figures: apart.Figures, b_figures: apart.Figures) -> bool:
    """Two sentences, one of them terse (a note, a list item: `merge_terse_words`), share more than
    the names their articles use (who): the words they share besides those weigh as much as one word
    no other sentence of the story uses (the bar _likeness sets all shared wording), a figure both
    give counting as such a word. A terse line's few words are mostly names: "13 March 2024: Mary
    Okafor met school heads", a researcher's note, shares only "Mary Okafor" with "Mary Okafor said
    on Wednesday that the budget protected adult care", most of the note's weight, yet tells another
    happening of her day."""
    generic = apart.unshared_stems()
    shared = sum(weights.get(w, 1.0) for w in a.keys() & b.keys() if w not in names and w not in generic)
    return shared + least * a_figures.shared(b_figures) >= least


@cache
def _terse_words() -> int:
    return int(rules.data(_DATA)["merge_terse_words"])


def _overlap(a: Counter, b: Counter, weights: dict[str, float], a_weight: float, b_weight: float) -> float:
    """The weight of the words two bags share, over the smaller bag's weight (_weight), figures aside
    (bench/merge_report.py)."""
    smaller = min(a_weight, b_weight)
    return _shared(a, b, weights) / smaller if smaller else 0.0


def _weight(bag: Counter, weights: dict[str, float]) -> float:
    return sum(weights.get(w, 1.0) for w in bag)


def word_bag(text: str) -> Counter:
    """A sentence's words as merging compares them (ties.py tells one happening by them too)."""
    return _bag(text)


def word_weights(bags: list[Counter]) -> dict[str, float]:
    """How rare each word of these bags is among them (a word of one sentence weighs most)."""
    return _idf(bags)


def word_weight(bag: Counter, weights: dict[str, float]) -> float:
    """A bag's weight, as shared_wording weighs it."""
    return _weight(bag, weights)


def shared_wording(a: Counter, b: Counter, weights: dict[str, float], a_weight: float | None = None,
                   b_weight: float | None = None) -> float:
    """The share of the smaller bag's weight that two bags share, the words naming days aside (each
    bag's weight, word_weight, when it is known)."""
    return _overlap(a, b, weights, _weight(a, weights) if a_weight is None else a_weight,
                    _weight(b, weights) if b_weight is None else b_weight)
