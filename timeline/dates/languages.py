"""Dates written out in another language's words ("le 3 mars 2020", "3 de marzo de 2020", "am 3. März
2020"), in a text known to be in that language. The words and patterns are data
(rules/languages.yaml); dateparser reads each date string found, one at a time, in its language
(never its search in a text); this module knows calendars, not words.

`in_language` gives the dates of a text in one language, and the English rules' dates of that text
held below the review threshold (their words around them go unread), those the language's own
dates cover left out.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import cache, lru_cache

from . import data_cache
from .errors import RuleError
from .model import Timex
from .reasons import say
from .values import format_day

_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"
_PLACES = re.compile(r"\{(weekday|day|month|year)\}")
# A day with no year is read this far either side of the reference's year for its weekday.
_YEARS_ROUND = 1
_PARSE_BASE = dt.datetime(2000, 6, 15)  # a leap year: dateparser reads "29 février" with no year in it


@dataclasses.dataclass(frozen=True)
class Language:
    name: str
    code: str
    forms: tuple[re.Pattern, ...]
    months: dict[str, int]  # each word, as written and with a capital, to its month (1-12)
    weekdays: dict[str, int]  # each word, lower case, to its weekday (Monday 0)
    numeric_order: str | None  # "day_first": how it writes a date in numbers
    examples: tuple[dict, ...]
    relative: tuple["Relative", ...] = ()  # its relative words ("hier", "mardi dernier")
    numbers: dict | None = None  # each number word, lower case, to its number ("trois": 3)
    ahead: re.Pattern | None = None  # the words before a weekday alone that put it ahead ("jusqu'à")
    # the words that tell a clause's tense ("se rendra", "a annoncé"), each with "past" or "future"
    tense: tuple[tuple[re.Pattern, str], ...] = ()
    reported: "Reported | None" = None  # how it reports a clause ("a déclaré lundi qu'il partirait mardi")


@dataclasses.dataclass(frozen=True)
class Reported:
    """How a language reports a clause (languages.yaml, `reported`): the verbs that report ("a déclaré",
    "dijo", "sagte"), the words after one that open the clause reported ("qu'", "que", ", dass"), and
    the cues of that clause that tell a future of the past ("partirait", "viajaría", "er werde"),
    whose weekday counts from the day the report carries, as English "said Monday he would leave
    Tuesday"."""
    verbs: re.Pattern
    opens: re.Pattern
    later: re.Pattern


@dataclasses.dataclass(frozen=True)
class Relative:
    """One relative expression of a language (languages.yaml, `relative`): its pattern, the engine's
    form it writes (anchor.py: "UNDEF-REF-1-day"; {weekday} and {count} filled in from the words), and
    how sure: the English rule of the same form whose measured figure it takes (`as`), or a figure
    set by hand (`held`, a key of `confidence`)."""
    pattern: re.Pattern
    value: str
    as_rule: str | None
    held: str | None


@cache
def _data() -> dict:
    return data_cache.shipped("dates/rules/languages.yaml")


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def _compiled(name: str, form: str, months: list[str], weekdays: list[str]) -> re.Pattern:
    after_day = "{day}" in form and "{month}" in form and form.index("{day}") < form.index("{month}")
    month_words = months + [_capital(w) for w in months] if after_day else months
    fills = {"weekday": f"(?P<weekday>{_alternation(weekdays + [_capital(w) for w in weekdays])})",
             "day": _DAY, "month": f"(?P<month>{_alternation(month_words)})", "year": _YEAR}
    pattern = _PLACES.sub(lambda m: fills[m.group(1)], form)
    try:
        return re.compile(rf"(?<![\w.]){pattern}(?!\w)")
    except re.error as error:
        raise RuleError(f"languages.yaml: {name}: bad form {form!r}: {error}") from None


_RELATIVE_PLACES = re.compile(r"\{(weekday|count)\}")


def _relative(name: str, entry: dict, weekdays: list[str], numbers: dict) -> Relative:
    form, value = entry.get("form"), entry.get("value")
    as_rule, held = entry.get("as"), entry.get("held")
    if not isinstance(form, str) or not isinstance(value, str) or (as_rule is None) == (held is None):
        raise RuleError(f"languages.yaml: {name}: relative {entry!r} should give a form, a value, and `as` "
                        "(an English rule) or `held` (a key of confidence)")
    if held is not None and held not in _data()["confidence"]:
        raise RuleError(f"languages.yaml: {name}: relative {form!r}: held {held!r} is no key of confidence")
    for place in ("weekday", "count"):
        if (f"{{{place}}}" in form) != (f"{{{place}}}" in value):
            raise RuleError(f"languages.yaml: {name}: relative {form!r}: {{{place}}} in its form and value, or in neither")
    fills = {"weekday": f"(?P<weekday>{_alternation(weekdays + [_capital(w) for w in weekdays])})",
             "count": rf"(?P<count>\d{{1,2}}|{_alternation(list(numbers) + [_capital(w) for w in numbers])})"}
    pattern = _RELATIVE_PLACES.sub(lambda m: fills[m.group(1)], form)
    try:
        compiled = re.compile(rf"(?<![\w.]){pattern}(?!\w)")
    except re.error as error:
        raise RuleError(f"languages.yaml: {name}: bad relative form {form!r}: {error}") from None
    return Relative(compiled, value, as_rule, held)


@cache
def language(name: str) -> Language | None:
    """The data of the language `name` ("French"), or None when the engine reads no dates in it."""
    entry = _data()["languages"].get(name)
    if entry is None:
        return None
    if len(entry["months"]) != 12 or len(entry["weekdays"]) != 7:
        raise RuleError(f"languages.yaml: {name}: twelve months and seven weekdays, each a list of its words")
    month_words = [w for words in entry["months"] for w in words]
    weekday_words = [w for words in entry["weekdays"] for w in words]
    months = {}
    for number, words in enumerate(entry["months"], 1):
        for word in words:
            months[word] = months[_capital(word)] = number
    weekdays = {word.lower(): index for index, words in enumerate(entry["weekdays"]) for word in words}
    for form in entry["forms"]:
        if "{month}" not in form or not ("{day}" in form or "{year}" in form):
            raise RuleError(f"languages.yaml: {name}: form {form!r} should hold {{month}}, and {{day}} or {{year}}")
    forms = tuple(_compiled(name, form, month_words, weekday_words) for form in entry["forms"])
    order = entry.get("numeric_order")
    if order not in (None, "day_first"):  # language_day_first says so: the one order such a reason tells
        raise RuleError(f"languages.yaml: {name}: numeric_order should be day_first or left out, not {order!r}")
    numbers = {str(word).lower(): int(n) for word, n in (entry.get("numbers") or {}).items()}
    relative = tuple(_relative(name, r, weekday_words, numbers) for r in entry.get("relative") or ())
    return Language(name, entry["code"], forms, months, weekdays, order, tuple(entry.get("examples") or ()),
                    relative, numbers, _words_before(entry.get("weekday_ahead") or []), _tense_cues(name, entry),
                    _reported(name, entry))


def _reported(name: str, entry: dict) -> Reported | None:
    """How language `name` reports a clause (languages.yaml, `reported`: `verbs`, `opens` and `later`,
    each a pattern), or None when it gives none."""
    given = entry.get("reported")
    if not given:
        return None
    if not isinstance(given, dict) or set(given) != {"verbs", "opens", "later"}:
        raise RuleError(f"languages.yaml: {name}: reported should give `verbs`, `opens` and `later`, each a pattern")
    compiled = {}
    for key, wrap in (("verbs", r"(?<!\w)(?:{})(?!\w)"), ("opens", "{}"), ("later", "(?:{})")):
        if not isinstance(given[key], str):
            raise RuleError(f"languages.yaml: {name}: reported: {key} should be a pattern, not {given[key]!r}")
        try:
            compiled[key] = re.compile(wrap.format(given[key]))
        except re.error as error:
            raise RuleError(f"languages.yaml: {name}: reported: bad {key} {given[key]!r}: {error}") from None
    return Reported(**compiled)


def _tense_cues(name: str, entry: dict) -> tuple[tuple[re.Pattern, str], ...]:
    """The patterns of language `name` that tell a clause's tense (languages.yaml, `tense`: `past`
    and `future`, each a list of patterns, found whole words only, as written)."""
    cues = entry.get("tense") or {}
    if not isinstance(cues, dict) or set(cues) - {"past", "future"}:
        raise RuleError(f"languages.yaml: {name}: tense should give `past` and `future`, each a list of patterns")
    found = []
    for tense in ("past", "future"):
        for cue in cues.get(tense) or ():
            try:
                found.append((re.compile(rf"(?<!\w)(?:{cue})(?!\w)"), tense))
            except re.error as error:
                raise RuleError(f"languages.yaml: {name}: bad {tense} tense cue {cue!r}: {error}") from None
    return tuple(found)


# Where a clause ends, for the tense cues a weekday alone is read with.
_CLAUSE_END = re.compile(r"[.!?;:\n]")


@dataclasses.dataclass(frozen=True)
class Cue:
    """What tells the tense of a weekday alone (`_cue`): the tense, the nearest cue's words as a reason
    quotes them, every cue of its clause as written ("er werde am Dienstag nach Paris reisen": "werde",
    "reisen"), and, for a weekday in a clause reported, where the report before it is (its words'
    start and end: "Le ministre a déclaré lundi" of "... qu'il partirait mardi")."""
    tense: str
    words: str
    written: tuple[str, ...]
    report: tuple[int, int] | None


def _clause(text: str, start: int, end: int, lang: Language) -> tuple[int, int, tuple[int, int] | None]:
    """(start, end) of the clause of the words at `start`-`end`, between . ! ? ; : or a line's end, and
    a report's words apart from the clause it reports ("Le ministre a déclaré lundi | qu'il partirait
    mardi"); and, for words in a clause reported, where the report before it is."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)]
    after = _CLAUSE_END.search(text, end, end + 300)
    lo, hi = (before[-1] if before else max(0, start - 300)), (after.start() if after else min(len(text), end + 300))
    report = None
    if lang.reported is not None:
        for verb in list(lang.reported.verbs.finditer(text, lo, hi)):
            if verb.start() < lo:
                continue  # in a report already cut off before the words
            opener = lang.reported.opens.search(text, verb.end(), hi)
            if opener is None:
                continue
            if opener.end() <= start:
                report, lo = (lo, opener.start()), opener.end()
            elif opener.start() >= end:
                hi = opener.start()
                break
    return lo, hi, report


def tense_cue(text: str, start: int, end: int, lang: Language) -> tuple[str, str] | None:
    """(tense, the words that tell it) of the clause of the words at `start`-`end` (a weekday alone):
    the tense its cues (the language's `tense`) agree on, and the one nearest them; None when there is
    none, or cues of both. A report and the clause it reports are two ("a déclaré lundi | qu'il se
    rendra mardi": "lundi" past, "mardi" future)."""
    cue = _cue(text, start, end, lang)
    return None if cue is None else (cue.tense, cue.words)


def _cue(text: str, start: int, end: int, lang: Language) -> Cue | None:
    if not lang.tense:
        return None
    lo, hi, report = _clause(text, start, end, lang)
    found = [(m, tense) for pattern, tense in lang.tense for m in pattern.finditer(text, lo, hi)]
    # a cue within a longer one is part of it ("aurait" of "aurait démissionné", the past)
    found = [(m, tense) for m, tense in found
             if not any(o is not m and o.start() <= m.start() and m.end() <= o.end() and o.end() - o.start() > m.end() - m.start()
                        for o, _ in found)]
    if len({tense for _, tense in found}) != 1:
        return None  # none, or both ("Le président, qui a été élu, se rend mardi")
    best = None
    for m, tense in found:
        distance = m.start() - end if m.start() >= end else start - m.end() if m.end() <= start else 0
        if best is None or distance < best[0]:
            best = (distance, tense, m.group(0))
    if best is None:
        return None
    return Cue(best[1], _quoted(best[2]), tuple(m.group(0) for m, _ in found), report)


def _quoted(cue: str) -> str:
    words = cue.split()  # "hat am Dienstag seinen Rücktritt erklärt": its verb's words
    return " ".join(words) if len(words) <= 3 else f"{words[0]} … {words[-1]}"


def _report_day(cue: Cue | None, lang: Language, walk) -> tuple[dt.date, str] | None:
    """The day a weekday alone counts from when its clause is reported in the future of the past ("a
    déclaré lundi qu'il partirait mardi": the Tuesday after that Monday; `later` tells that future):
    the last day told in the report's words (`walk`, an anchor.Context, has them, the dates read
    before the weekday), and the cue that tells that future; None when the clause is no such one, or
    the report carries no day."""
    if cue is None or cue.report is None or cue.tense != "future" or walk is None:
        return None
    later = next((w for w in cue.written if lang.reported.later.fullmatch(w)), None)
    lo, hi = cue.report
    days = [day for at, until, day in walk.days if lo <= at and until <= hi]
    return (days[-1], _quoted(later)) if later is not None and days else None


def _words_before(words: list[str]) -> re.Pattern | None:
    """A pattern of any of `words` (as written or with a capital, their spaces any run of spaces)
    ending where it is searched up to: the words right before a date."""
    if not words:
        return None
    alternation = _alternation(words + [_capital(w) for w in words]).replace(r"\ ", r"\s+")
    return re.compile(rf"(?<![\w.])(?:{alternation})\s+$")


# A stamp's label starts a line or follows a separator or a sentence's end, as the English ones of
# rules/tense.yaml (stamp_before): "Publié le 3 mars 2020", "| Aktualisiert am 3. März 2020".
_LABEL_AT = r"(?:\A|\n|[|/•·]|[.!?]\s)[ \t]*"
_LABEL_END = r"[ \t]*[:—–-]?[ \t]*$"


@cache
def stamp_labels(name: str):
    """The words language `name` labels a page's stamp with (languages.yaml, `stamps`), as infer.py
    reads them beside the English ones; None when it gives none or the engine reads no dates in it."""
    from .infer import StampLabels

    entry = (_data()["languages"].get(name) or {}).get("stamps")
    if not entry:
        return None
    if not entry.get("published"):
        raise RuleError(f"languages.yaml: {name}: stamps should list the words of `published`")

    def label(key: str) -> re.Pattern | None:
        words = entry.get(key) or []
        if not words:
            return None
        return re.compile(_LABEL_AT + f"(?:{_alternation(words)})".replace(r"\ ", r"\s+") + _LABEL_END, re.IGNORECASE)

    try:
        after = re.compile(entry["clock"]) if entry.get("clock") else None
    except re.error as error:
        raise RuleError(f"languages.yaml: {name}: stamps: bad clock {entry['clock']!r}: {error}") from None
    return StampLabels(label("published"), label("updated"), after)


_NUMERIC_DAY = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d./-])")
_STAMP_LINE_END = re.compile(r"[ \t]*(?:[|•·/].*)?\Z")


@cache
def _stamp_head(name: str) -> re.Pattern:
    entry = _data()["languages"][name]["stamps"]
    words = [*entry["published"], *(entry.get("updated") or [])]
    return re.compile(f"(?:{_alternation(words)})".replace(r"\ ", r"\s+") + r"[ \t]*[:—–-]?[ \t]*", re.IGNORECASE)


def stamp_line(line: str) -> bool:
    """Whether `line` is a page's stamp in one of the languages' words and nothing else ("Publié le
    13 mars 2020 à 10h32", "Stand: 13.03.2020 18:32 Uhr", "Actualizado: 14/03/2020 | ..."): page
    furniture, no sentence of the story, whose date the article's date is read from."""
    text = line.strip()
    for name in names():
        labels = stamp_labels(name)
        head = _stamp_head(name).match(text) if labels is not None else None
        if head is None:
            continue
        lang = language(name)
        date = (next((m for form in lang.forms if (m := form.match(text, head.end())) is not None), None)
                or _NUMERIC_DAY.match(text, head.end()))
        if date is None:
            continue
        end = date.end()
        if labels.after is not None and (clock := labels.after.match(text, end)) is not None:
            end = clock.end()
        if _STAMP_LINE_END.match(text, end):
            return True
    return False


def names() -> tuple[str, ...]:
    """The languages whose dates the engine reads."""
    return tuple(_data()["languages"])


@cache
def _parser(code: str):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=[code], settings={
        "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": _PARSE_BASE, "PREFER_DATES_FROM": "past"})


@lru_cache(maxsize=4096)  # an article names its few days again and again; dateparser takes ~5 ms a string
def read(code: str, words: str) -> tuple[dt.date, str] | None:
    """(date, period: "day" or "month") of one date string in language `code`, as dateparser reads it;
    None when it does not. A string with no year is read in an arbitrary year: only its month and day
    are the string's."""
    try:
        data = _parser(code).get_date_data(words)
    except ImportError:  # dateparser is optional for the engine itself
        return None
    if data is None or data.date_obj is None or data.period not in ("day", "month"):
        return None
    return data.date_obj.date(), data.period


def _confidence(kind: str) -> float:
    return float(_data()["confidence"][kind])


def _found(text: str, lang: Language) -> list[re.Match]:
    """The dates the language's forms find, the longest where two overlap, in the order of the text."""
    found = sorted((m for form in lang.forms for m in form.finditer(text)), key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match] = []
    for match in found:
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return kept


def _found_with_relative(text: str, lang: Language) -> list[tuple[re.Match, Relative | None]]:
    """The dates the language's forms find and its relative words, each with the relative entry that
    found it (None for a date of its forms), the longest where two overlap ("mardi 10 mars", not
    "mardi"; "avant-hier", not "hier"), in the order of the text."""
    found = [(m, None) for form in lang.forms for m in form.finditer(text)]
    found += [(m, r) for r in lang.relative for m in r.pattern.finditer(text)]
    found.sort(key=lambda e: (e[0].start(), -e[0].end()))
    kept: list[tuple[re.Match, Relative | None]] = []
    for match, relative in found:
        if not kept or match.start() >= kept[-1][0].end():
            kept.append((match, relative))
    return kept


@cache
def _english_rule(name: str):
    from .rules import default_rules

    rule = next((r for r in default_rules().rules if r.name == name), None)
    if rule is None:
        raise RuleError(f"languages.yaml: relative: as {name!r} should name a rule of the English rules (date.yaml)")
    return rule


def _relative_timex(match: re.Match, relative: Relative, lang: Language, reference: dt.date | None,
                    walk=None) -> Timex | None:
    """A relative expression ("hier", "mardi dernier", "il y a trois jours") read as the engine's form
    its entry gives, resolved as the English rules' forms are (anchor.py) against `reference`, or,
    for a form counted from the date told last ("le lendemain": UNDEF-THAT+1-day), against the dates
    `walk` (an anchor.Context) has been told. A weekday alone is read in the tense a cue of its
    clause tells ("se rendra mardi": the next one; languages.yaml, `tense`), at what the English
    engine gives a weekday with that tense read; with no cue, as English news's weekdays with no
    tense (the last one, or tomorrow), or, after words that put it ahead ("jusqu'à mardi"), the next
    one, held below the review threshold."""
    from .anchor import Context, Unresolvable, anchor_value, counted_unit, unresolved
    from .api import GUESS_REASONS, GUESS_TRUST, _LOOKING, _confidence as english_confidence

    surface, groups, name = match.group(0), match.groupdict(), lang.name
    fills = {}
    if groups.get("weekday"):
        fills["weekday"] = str(lang.weekdays[groups["weekday"].lower()] + 1)
    if groups.get("count"):
        count = groups["count"]
        fills["count"] = count if count.isdigit() else str((lang.numbers or {})[count.lower()])
    form = _RELATIVE_PLACES.sub(lambda m: fills[m.group(1)], relative.value)
    alone = form.startswith("UNDEF-wd~")
    ahead = (lang.ahead is not None and alone
             and lang.ahead.search(match.string, max(0, match.start() - 40), match.start()) is not None)
    cue = _cue(match.string, match.start(), match.end(), lang) if alone else None
    if cue is not None and ahead and cue.tense == "past":
        cue = None  # "a annoncé une réunion jusqu'à lundi": words that point ahead against a past verb
    tense = cue.tense if cue is not None else "future" if ahead else None
    reported = _report_day(cue, lang, walk)
    report_day = reported[0] if reported is not None else None
    if report_day is not None:
        # "a déclaré lundi qu'il partirait mardi": the first Tuesday after that Monday, as the English
        # engine reads "said Monday he would leave Tuesday" (api._reported_day)
        form = "UNDEF-wdlast>" + form[len("UNDEF-wd~"):]
    from_last = form.startswith(("UNDEF-THAT", "UNDEF-LAST"))
    if reference is None and not from_last:
        return Timex(match.start(), match.end(), surface, "DATE", unresolved(form), None, _confidence("no_reference"),
                     say("language_relative_no_reference", surface=surface, language=name, rule=name), True, name,
                     read_against="none", counts=counted_unit(form))
    if from_last:
        ctx = walk if walk is not None else Context(reference=reference)
        ctx.tense, ctx.guess, ctx.fell_back, ctx.whole_period = None, None, False, False
        ctx.position, ctx.end = match.start(), match.end()
    else:
        ctx = Context(reference=reference, tense=tense, from_day=report_day)
    try:
        value, _ = anchor_value(form, ctx)
    except Unresolvable:
        return None
    if value is None or (from_last and ctx.fell_back):
        return None  # counted from no date the text told: no day rather than a wrong one
    if from_last:
        told = ctx.last_day.isoformat() if ctx.last_day is not None else str(ctx.last_value)
        confidence = english_confidence(_english_rule(relative.as_rule), True, False, None, 1.0, True)
        reason = say("language_from_last", surface=surface, language=name, told=told, rule=name)
        return Timex(match.start(), match.end(), surface, "DATE", value, None, confidence, reason, True, name,
                     read_against="last_date", counts=counted_unit(form))
    day = format_day(reference)
    if report_day is not None:
        # as sure as the English engine is of a weekday whose tense it read, a reported one among them
        confidence = english_confidence(_english_rule(_data()["weekday_tense_as"]), True, True, tense, 1.0, True)
        reason = say("language_weekday_reported", surface=surface, language=name, report=report_day.isoformat(),
                     looking=_LOOKING[tense].text, cue=reported[1], rule=name)
        return Timex(match.start(), match.end(), surface, "DATE", value, None, confidence, reason, True, name,
                     read_against="last_date", tense=tense, counts=counted_unit(form))
    if cue is not None:
        # as sure as the English engine is of a weekday whose tense it read (calibration.yaml)
        confidence = english_confidence(_english_rule(_data()["weekday_tense_as"]), True, True, tense, 1.0, True)
        reason = say("language_weekday_tensed", surface=surface, language=name, day=day,
                     looking=_LOOKING[tense].text, cue=cue.words, rule=name)
    elif relative.held is not None:
        confidence = _confidence(relative.held)
        reason = say("language_weekday_ahead" if ahead else
                     "language_weekday_tomorrow" if value[:10] > reference.isoformat() else "language_weekday_alone",
                     surface=surface, language=name, day=day, rule=name)
    else:
        confidence = english_confidence(_english_rule(relative.as_rule), True, False, None, 1.0, True)
        reason = say("language_relative", surface=surface, language=name, day=day, rule=name)
    if ctx.guess:  # "mardi dernier" told on a Wednesday: the writer may mean the one a week further
        confidence = min(confidence, GUESS_TRUST)
        reason = say("with_guess", reason=reason, guess=GUESS_REASONS[ctx.guess].text)
    return Timex(match.start(), match.end(), surface, "DATE", value, None, confidence, reason, True, name,
                 read_against="reference", tense=(tense or "none") if alone else None,
                 counts=counted_unit(form))


def _timex(match: re.Match, lang: Language, reference: dt.date | None) -> Timex | None:
    surface = match.group(0)
    groups = match.groupdict()
    day, month, year = groups.get("day"), groups["month"], groups.get("year")
    words = " ".join(w for w in (day, month, year) if w)
    reading = read(lang.code, words)
    if reading is None:
        return None
    date, period = reading
    # dateparser's month, and the one the data names: a month word read otherwise is no date of ours
    if date.month != lang.months[month]:
        return None
    name = lang.name
    if period == "month":
        return Timex(match.start(), match.end(), surface, "DATE", f"{date.year:04d}-{date.month:02d}", None,
                     _confidence("stated"), say("language_stated", surface=surface, language=name, rule=name), False, lang.name)
    weekday = groups.get("weekday")
    said = lang.weekdays[weekday.lower()] if weekday else None
    if year:
        confidence, reason = _confidence("stated"), say("language_stated", surface=surface, language=name, rule=name)
        anchored, against = False, "text"
    elif reference is None:
        return Timex(match.start(), match.end(), surface, "DATE", f"XXXX-{date.month:02d}-{date.day:02d}", None,
                     _confidence("no_reference"), say("language_no_reference", surface=surface, language=name, rule=name),
                     False, lang.name, read_against="none")
    else:
        date, confidence, reason = _year_of(date.month, date.day, said, reference, surface, name)
        if date is None:
            return None
        anchored, against = True, "reference"
    if said is not None and said != date.weekday():
        confidence = min(confidence, _confidence("weekday_wrong"))
        reason = say("language_weekday_wrong", surface=surface, weekday=weekday, date=format_day(date), language=name, rule=name)
    return Timex(match.start(), match.end(), surface, "DATE", date.isoformat(), None, confidence, reason,
                 anchored, lang.name, read_against=against)


def _year_of(month: int, day: int, weekday: int | None, reference: dt.date, surface: str,
             name: str) -> tuple[dt.date | None, float, str]:
    """The day `day` of `month`, of no year written, read against `reference`: in the one year round
    it where its weekday falls on it, else in the year that puts it nearest."""
    days = []
    for year in range(reference.year - _YEARS_ROUND, reference.year + _YEARS_ROUND + 1):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:  # 29 February
            pass
    if not days:
        return None, 0.0, ""
    if weekday is not None:
        fitting = [d for d in days if d.weekday() == weekday]
        if len(fitting) == 1:
            return fitting[0], _confidence("weekday_year"), say(
                "language_weekday_year", surface=surface, year=str(fitting[0].year), day=format_day(reference), language=name, rule=name)
    nearest = min(days, key=lambda d: (abs((d - reference).days), d))
    distance = abs((nearest - reference).days)
    confidence = _confidence("nearest" if distance <= int(_data()["near_days"]) else "far")
    return nearest, confidence, say("language_nearest", surface=surface, day=format_day(reference),
                                     distance=str(distance), language=name, rule=name)


def spans_in(text: str, name: str) -> list[tuple[int, int]]:
    """(start, end) of each date written out in the words of language `name` in `text`, unread: where
    a sentence must not end ("am 27. Januar 2020", whose "27." a sentence splitter takes for an end)."""
    lang = language(name)
    return [] if lang is None else [(m.start(), m.end()) for m in _found(text, lang)]


def dates_in(text: str, name: str, reference: dt.date | None, told: list[Timex] = ()) -> list[Timex]:
    """The dates written out in the words of language `name` in `text` and its relative words
    ("hier", "mardi dernier", "le lendemain"), read against `reference`; those counted from the date
    told last ("le lendemain") from the dates read before them here and those of `told` (the English
    rules' dates of the text) that none of them covers."""
    lang = language(name)
    if lang is None:
        return []
    from .anchor import Context, remember
    from .values import value_precision

    found = _found_with_relative(text, lang)
    told = sorted((t for t in told if t.type in ("DATE", "TIME")
                   and not any(t.start < m.end() and m.start() < t.end for m, _ in found)), key=lambda t: t.start)
    walk = Context(reference=reference, text=text)
    out: list[Timex] = []
    at = 0

    def note(t: Timex) -> None:
        if value_precision(str(t.value)) is not None:
            remember(str(t.value), walk, t.start, "UNDEF-" if t.anchored else "", end=t.end)

    for m, relative in found:
        while at < len(told) and told[at].start < m.start():
            note(told[at])
            at += 1
        t = _timex(m, lang, reference) if relative is None else _relative_timex(m, relative, lang, reference, walk)
        if t is not None:
            out.append(t)
            note(t)
    return out


_READ_AS = ("date_line", "date_line_no_year", "day", "month")


def _carriers(rules) -> dict:
    """The English rules (`rules`, a RuleSet) each kind of the language's dates is weighed as by the
    article-date inference (languages.yaml, read_as)."""
    wanted = _data().get("read_as") or {}
    by_name = {rule.name: rule for rule in rules.rules if rule.name in set(wanted.values())}
    for kind in _READ_AS:
        if wanted.get(kind) not in by_name:
            raise RuleError(f"languages.yaml: read_as: {kind} should name a rule of date.yaml, not {wanted.get(kind)!r}")
    return {kind: by_name[wanted[kind]] for kind in _READ_AS}


def evidence(text: str, name: str, mentions: list, rules) -> list:
    """What the article-date inference (infer.py) weighs in a text in language `name`: the English
    rules' `mentions` that none of its own dates covers, and its own dates that name their month and
    day or month and year, each as a mention of the English rule of its shape (languages.yaml,
    read_as: a date line where the English date line's place is, "PARIS, 13 mars 2020 (AFP) -";
    a date line without a year, its value UNDEF-md~, for the text's other dates to give it one).
    A date whose weekday is not its own is left out: one of the two is wrong. Unchanged when the
    engine reads no dates in that language."""
    lang = language(name)
    if lang is None:
        return mentions
    from .recognize import Mention

    carriers = _carriers(rules)
    own = []
    for match in _found(text, lang):
        groups = match.groupdict()
        day, month, year = groups.get("day"), groups["month"], groups.get("year")
        reading = read(lang.code, " ".join(w for w in (day, month, year) if w))
        if reading is None or reading[0].month != lang.months[month]:
            continue
        date, period = reading
        weekday = groups.get("weekday")
        if period == "month":
            kind, value = "month", f"{date.year:04d}-{date.month:02d}"
        elif year:
            if weekday and lang.weekdays[weekday.lower()] != date.weekday():
                continue
            line = carriers["date_line"].context_ok(text, match.start(), match.end())
            kind, value = ("date_line" if line else "day"), date.isoformat()
        elif carriers["date_line_no_year"].context_ok(text, match.start(), match.end()):
            kind, value = "date_line_no_year", f"UNDEF-md~{date.month:02d}-{date.day:02d}"
        else:
            continue  # a day with no year anywhere else says nothing of the article's date
        own.append(Mention(match.start(), match.end(), carriers[kind], value, None))
    if not own:
        return mentions
    kept = [m for m in mentions if not any(m.start < o.end and o.start < m.end for o in own)]
    return sorted([*kept, *own], key=lambda m: (m.start, m.end))


def in_order(mentions: list, name: str) -> tuple[list, frozenset[int]]:
    """The English rules' mentions of a text in language `name`, each numeric date the text's other
    dates leave open ("03/04/2020") read in the order the language writes dates (`numeric_order`):
    it was read month first, as US news writes it, at half confidence. And where those so read start."""
    lang = language(name)
    if lang is None or lang.numeric_order is None or not any(m.rule.order == "either" for m in mentions):
        return mentions, frozenset()
    from .order import _settled

    settled, starts = [], set()
    for m in mentions:
        if m.rule.order == "either" and (read := _settled(m, lang.numeric_order)) is not m:
            m = read
            starts.add(m.start)
        settled.append(m)
    return settled, frozenset(starts)


def in_language(text: str, name: str, reference: dt.date | None, english: list[Timex],
                trust: float = 1.0, in_its_order: frozenset[int] = frozenset()) -> list[Timex]:
    """The dates of `text`, told in language `name`: its own dates (`dates_in`; those read against
    `reference` times `trust`, what the engine holds an inferred reference's dates at), and the English
    rules' (`english`) that none of them covers, held at most at `confidence.english_rules` with a
    reason that says why (the numeric dates read in the language's order, `in_its_order`: where they
    start, in_order, with a reason that says that). Unchanged when the engine reads no dates in
    that language."""
    if language(name) is None:
        return english
    own = [dataclasses.replace(t, confidence=round(t.confidence * trust, 3)) if t.anchored and trust != 1.0 else t
           for t in dates_in(text, name, reference, english)]
    cap = _confidence("english_rules")
    kept = []
    for t in english:
        if any(t.start < o.end and o.start < t.end for o in own):
            continue
        if t.start in in_its_order:
            # held as the English rules' other dates: the words around it go unread all the same
            t = dataclasses.replace(t, confidence=min(t.confidence, cap),
                                    reason=say("language_day_first", surface=t.text, language=name, rule=t.rule))
        elif t.confidence > cap:
            head = t.reason.split(" [rule ", 1)[0]
            t = dataclasses.replace(t, confidence=cap, reason=say("language_english_rules", head=head, language=name,
                                                                  rule=t.rule))
        kept.append(t)
    return sorted([*kept, *own], key=lambda t: (t.start, t.end))
