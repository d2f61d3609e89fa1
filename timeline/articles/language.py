"""Which language an article is written in, told by its commonest short words (the words and the
message are data: timeline/data/languages.yaml). An article in another language is named in a note
saying what of it timeline does not read; its dates written out in its words are read
(timeline/dates/languages.py), and its titles leave out the little words that lead to them."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from timeline.dates import data_cache

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ASCII_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # the same in lower-cased ASCII, without Unicode's categories


@cache
def languages() -> dict:
    return data_cache.shipped("data/languages.yaml")


@cache
def _languages_of_word() -> dict[str, tuple[str, ...]]:
    """Each word that tells a language, and the languages it tells: each language's commonest short
    words (`words`), and the words the date engine reads dates in (its months, weekdays and relative
    words alone, "mars", "Dienstag", "ayer": timeline/dates/rules/languages.yaml; English's months and
    weekdays from the English rules' lexicon), lower case. A word of several languages tells each."""
    found: dict[str, list[str]] = {}

    def add(word: str, name: str) -> None:
        names = found.setdefault(word.lower(), [])
        if name not in names:
            names.append(name)

    for name, entry in languages()["languages"].items():
        for word in entry["words"]:
            add(word, name)
    for name, words in _date_words().items():
        for word in words:
            add(word, name)
    return {word: tuple(names) for word, names in found.items()}


# A relative form that is a word alone ("[Hh]ier", "(?<!bis\\s)[Hh]eute", "[Aa]nteayer|[Aa]ntier"), once
# its look-arounds are left out and a letter given both ways is written once.
_LOOK_AROUND = re.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")
_BOTH_CASES = re.compile(r"\[([^\W\d_])([^\W\d_])\]")
_A_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@cache
def _date_words() -> dict[str, tuple[str, ...]]:
    """The words each language names a date with, as the date engine reads them: its months and
    weekdays, its relative words that are a word alone ("hier", "gestern", "ayer"); English's months
    and weekdays in full (lexicon.yaml, `month_full`, `weekday`)."""
    from timeline.dates import data_cache as dates_data

    rules = dates_data.shipped("dates/rules/languages.yaml")["languages"]
    out: dict[str, tuple[str, ...]] = {}
    for name, entry in rules.items():
        words = [w for group in (*entry.get("months", ()), *entry.get("weekdays", ())) for w in group]
        for relative in entry.get("relative", ()):
            form = _BOTH_CASES.sub(lambda m: m[2] if m[1].lower() == m[2].lower() else m[0],
                                   _LOOK_AROUND.sub("", relative["form"]))
            words += [w for w in form.split("|") if _A_WORD.fullmatch(w)]
        out[name] = tuple(w.rstrip(".").lower() for w in words if _A_WORD.fullmatch(w.rstrip(".")))
    lexicon = dates_data.shipped("dates/rules/lexicon.yaml")
    english = [w for key in ("month_full", "weekday") for forms in lexicon[key]["values"].values() for w in forms]
    out[languages()["english"]] = tuple(w.lower() for w in english if _A_WORD.fullmatch(w) and not w.isupper())
    return out


def reading(text: str) -> tuple[str, tuple[str, ...]]:
    """(the language `text` reads as, the languages tied for it when none is read for a tie). English
    unless another's words (its short words and its date words: `_languages_of_word`) number at least
    `least_words` and at least `times_english` times the English ones, and make at least
    `least_share` of all its words (a short text: four sentences hold few short words) or number
    `enough_words`; two other languages with as many words each tie, and it reads as English (the
    English rules read it), the two named."""
    data = languages()
    english = data["english"]
    of_word = _languages_of_word()
    counts = dict.fromkeys(data["languages"], 0)
    # Each distinct word looked up once, counted as often as it is written (a word at a time, a
    # story's language took 2% of its extraction).
    low = text.lower()
    words = Counter((_ASCII_WORD if low.isascii() else _WORD).findall(low))
    for word, times in words.items():
        for name in of_word.get(word, ()):
            counts[name] += times
    others = sorted((name for name in counts if name != english), key=lambda name: -counts[name])
    best = others[0]
    told = (counts[best] >= data["least_words"] and counts[best] >= data["times_english"] * counts[english]
            and (counts[best] >= data["enough_words"] or counts[best] >= data["least_share"] * sum(words.values())))
    if not told:
        return english, ()
    tied = tuple(name for name in others if counts[name] == counts[best])
    if len(tied) > 1:
        return english, tied
    return best, ()


def language_of(text: str) -> str:
    """The language `text` reads as: English unless another's words clearly outnumber English ones
    (`reading`)."""
    return reading(text)[0]


def language_notes(text: str, shown: str) -> list[str]:
    """A note naming the article `shown` when its `text` is not in English; none when it is."""
    return language_note(language_of(text), shown)


def language_named(stated: str) -> str | None:
    """The language an article's metadata names (`language: french`, `language: de`, `language:
    Deutsch`: `called`), as the data spells it; None for one the data does not list."""
    names = {str(other).lower(): name for name, entry in languages()["languages"].items()
             for other in (name, *entry.get("called", ()))}
    return names.get(stated.strip().lower())


def language_note(name: str, shown: str, tied: tuple[str, ...] = ()) -> list[str]:
    """A note naming the article `shown`, written in language `name`, when that is not English; or,
    when its words read as the languages `tied` alike, one saying so and how to tell it."""
    data = languages()
    if tied:
        return [data["tie_message"].format(article=shown, languages=" and ".join(tied), first=tied[0])]
    if name == data["english"]:
        return []
    entry = data["languages"][name]
    return [data["message"].format(article=shown, language=name, example=entry["example"], relative=entry["relative"],
                                 weekday=entry["weekday"])]


@cache
def date_lead(name: str | None) -> re.Pattern | None:
    """The little words of language `name` that lead to a date ("en février 2020", "am 27. Januar"),
    any number of them, at the end of the text before it (data: `date_lead`); None for English, whose
    are the extractor's own (extract/data/events.yaml, title_date_lead)."""
    entry = languages()["languages"].get(name) if name else None
    words = (entry or {}).get("date_lead")
    if not words:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w'’])(?:{alternatives})\s+)+$", re.IGNORECASE)


def keeps_opening_date(name: str | None) -> bool:
    """Whether a title in language `name` keeps a date that opens its sentence (data: `verb_second`):
    in German the verb comes second, after the date, and the words left without it ("Am Sonntag
    wählen die Bayern ..." made "Wählen die Bayern ...") read as a question."""
    entry = languages()["languages"].get(name) if name else None
    return bool((entry or {}).get("verb_second"))


# Each word, capitalised or not, in order: a noun's article may come a word or two before it.
_ANY_WORD = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)")


# A capitalised word right after a number ("2.000 Menschen", "11,2 Meter", "drei Wochen" is `after`'s)
_AFTER_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*\s+([^\W\d_][\w'’-]*)")


@cache
def _nouns(name: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str], bool] | None:
    """(the words nouns come after, the nouns listed, the words that join two nouns, lower case;
    whether a capitalised word after a number is a noun) of language `name`; None when it writes its
    nouns in lower case (data: `nouns`)."""
    entry = languages()["languages"].get(name) if name else None
    nouns = (entry or {}).get("nouns")
    if not nouns:
        return None
    return (frozenset(w.lower() for w in nouns.get("after", ())), frozenset(w.lower() for w in nouns.get("words", ())),
            frozenset(w.lower() for w in nouns.get("joins", ())), bool(nouns.get("after_number")))


def nouns_in(text: str, name: str | None, most_between: int = 2) -> frozenset[str]:
    """The capitalised words of `text`, in language `name`, that are its nouns, lower case: those the
    data lists ("März"), the words nouns come after themselves ("Die" after a date line), and those
    it writes after one of those words ("der Fall", "die bayerische Staatsregierung": at most
    `most_between` lower-case words between) at least as often as not (a name may come so once, "das
    sagte Söder", and be written "Markus Söder" twice). None in English or a language that writes
    its nouns in lower case: every capitalised word there may be a name."""
    found = _nouns(name)
    if found is None:
        return frozenset()
    after, listed, joins, after_number = found
    uses: Counter = Counter()
    as_noun: Counter = Counter()
    words = _ANY_WORD.findall(text)
    for index, word in enumerate(words):
        if not word[:1].isupper():
            continue
        key = word.lower()
        uses[key] += 1
        for back in range(index - 1, max(-1, index - 2 - most_between), -1):
            before = words[back]
            if before.lower() in after:
                as_noun[key] += 1
                break
            if not before[:1].islower():
                break
    if after_number:
        for match in _AFTER_NUMBER.finditer(text):
            if match[1][:1].isupper():
                as_noun[match[1].lower()] += 1
    nouns = {w for w, n in as_noun.items() if 2 * n >= uses[w]}
    # one joined to a noun is one ("alle Schulen und Kitas")
    for index, word in enumerate(words[2:], 2):
        if word[:1].isupper() and words[index - 1].lower() in joins and words[index - 2].lower() in nouns:
            nouns.add(word.lower())
    return frozenset(listed | after | nouns)


@cache
def short_words(name: str | None) -> frozenset[str]:
    """The commonest short words of language `name` (data: `words`), lower case; none for English,
    whose are the extractor's own. Capitalised after a wire's date line ("PARIS, 13 mars 2020 (AFP)
    - Le président"), they are no names."""
    entry = languages()["languages"].get(name) if name and name != languages()["english"] else None
    return frozenset(w.lower() for w in (entry or {}).get("words", ()))
