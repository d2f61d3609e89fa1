"""The shortcuts taken for speed read every text as the plain way would."""
import re
import string
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates.rules import default_rules
from timeline.dates.scout import lower_same_offsets
from timeline.dates.tense import cue_matches, cues

# Every character that lower-casing keeps one character long, and its image.
_CHARS = "".join(chr(c) for c in range(sys.maxunicode + 1)
                 if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) == 1)
_LOWER = lower_same_offsets(_CHARS)


def _alphabet() -> set[str]:
    """The characters of the scout's prefixes and of the tense cue words."""
    prefixes = default_rules().scout.by_prefix
    return {ch for p in prefixes for ch in p if ch not in "\x00 "} | set(string.ascii_lowercase)


def _where(pattern: str, text: str, flags=0) -> list[int]:
    return [m.start() for m in re.finditer(pattern, text, flags)]


def test_lower_casing_keeps_offsets_or_says_so():
    assert len(_LOWER) == len(_CHARS)
    assert lower_same_offsets("\u0130stanbul") is None  # two characters in lower case
    assert lower_same_offsets("On Jan. 7") == "on jan. 7"


@pytest.mark.parametrize("char", sorted(_alphabet()))
def test_a_scout_letter_matches_as_ignorecase_would(char):
    """The scout and the cue words search lower-cased text without IGNORECASE."""
    assert _where(re.escape(char), _CHARS, re.IGNORECASE) == _where(re.escape(char), _LOWER)


@pytest.mark.parametrize("klass", [r"[0-9]", r"\s", r"\S", r"[\w$€£]", r"[.,]"])
def test_a_scout_class_matches_as_before_lower_casing(klass):
    assert _where(klass, _CHARS, re.IGNORECASE) == _where(klass, _LOWER)


def test_the_scout_finds_the_same_places_in_any_case():
    scout = default_rules().scout
    text = "ON THURSDAY, Jan. 7, the ıstanbul office said ſeptember 2019 ended"
    haystack, search = scout.searcher(text)
    assert search == scout.lower_regex.search
    assert ([m.span() for m in scout.lower_regex.finditer(haystack)]
            == [m.span() for m in scout.regex.finditer(text)])
    assert scout.searcher("İstanbul, May 2019") == ("İstanbul, May 2019", scout.regex.search)


def _cues_as_one_regex(text, left, right, c):
    """What tense_at did before: one IGNORECASE regex, cue words or a suffix."""
    one = re.compile(f"(?:{c.words.pattern})|(?P<suffix>{c.suffix.pattern})", re.IGNORECASE)
    return [(m.start(), m.end(), "future" if m.group("future") else "past")
            for m in one.finditer(text, left, right)]


_TENSE_WORDS = ["will", "Will", "WILL", "said", "Said", "reported", "Reported", "planned", "going",
                "to", "is", "had", "Alfred", "opened", "won't", "won’t", "'ll", "’d", "next", "wıll",
                "\u0130", "ſaid", "be", "held", "the", "a", "Monday", ".", ",", "\n", "-", "'"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TENSE_WORDS), max_size=30),
       st.lists(st.sampled_from([" ", "", "  ", "\t"]), min_size=30, max_size=30),
       st.integers(0, 200), st.integers(0, 200))
def test_cue_matches_as_one_regex_would(words, gaps, left, right):
    text = "".join(w + g for w, g in zip(words, gaps))
    left, right = min(left, len(text)), min(right, len(text))
    c = cues()
    assert list(cue_matches(text, left, right, c)) == _cues_as_one_regex(text, left, right, c)


def _context_ok_plainly(rule, text, start, end):
    """What Rule.context_ok did before its checks were ordered: four searches."""
    from timeline.dates.rules import CONTEXT
    left, right = text[max(0, start - CONTEXT):start], text[end:end + CONTEXT]
    return ((rule.before is None or bool(rule.before.search(left)))
            and (rule.not_before is None or not rule.not_before.search(left))
            and (rule.after is None or bool(rule.after.search(right)))
            and (rule.not_after is None or not rule.not_after.search(right)))


_CONTEXT_WORDS = ["in", "BC", "B.C.", "and", "to", "-", "1998", "12", "March", "the", "said", "on",
                  "Monday", "$", "No.", "\n", ",", ".", "a", "week", "of", "more than", "Smith"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_WORDS), max_size=40), st.integers(0, 400), st.integers(0, 20))
def test_ordered_context_checks_answer_as_the_four_searches_would(words, start, length):
    text = " ".join(words)
    start = min(start, len(text))
    end = min(start + length, len(text))
    for rule in default_rules().rules:
        assert rule.context_ok(text, start, end) == _context_ok_plainly(rule, text, start, end), rule.name


@pytest.mark.parametrize("pattern, anchored", [
    ("^a", True), ("^a|^b", True), ("(?:^a|^b)c", True), (r"\Aa", True), ("(?i:^a)", True),
    ("a|^b", False), ("(?m)^a", False), ("(?m:^a)", False), ("x^", False), ("(^a)?b", False)])
def test_anchored_at_start(pattern, anchored):
    from timeline.dates.scout import anchored_at_start
    assert anchored_at_start(re.compile(pattern, re.IGNORECASE)) is anchored


def test_a_text_tagged_again_is_read_as_the_first_time():
    """tag keeps the texts' expressions (api._mentions): the same text tagged
    again, or an equal copy of it, even after others, gives what a fresh
    tagging gives."""
    import datetime as dt

    from timeline.dates import api
    text = "On Monday, 7 January 2019, the bank said it would report on Thursday. In 1998 it merged."
    first = api.tag(text, dt.date(2019, 1, 7))
    api.tag("Another text, of 3 March 2020, read in between.", None)
    again = api.tag("".join(list(text)), None)
    api.forget_texts()  # what bench_dates does before each timed run
    assert not api._recognised
    assert again == api.tag(text, None)
    assert api.tag(text, dt.date(2019, 1, 7)) == first
    assert api.tag(text + " On Friday.", dt.date(2019, 1, 7)).timexes[-1].text == "Friday"


def test_what_one_process_recognised_another_takes_in_and_reads_the_same(monkeypatch):
    """recognised gives plain values (they cross a pipe from an extract --jobs worker);
    take_recognised makes of them what recognising the text again would: the same tagging, and
    the rules are not run on the text again."""
    import datetime as dt
    import pickle

    from timeline.dates import api
    text = "On Monday, 7 January 2019, the bank said it would report on Thursday. In 1998 it merged."
    fresh = api.tag(text, None)
    plain = pickle.loads(pickle.dumps(api.recognised(text)))
    assert len(plain) == len(fresh.timexes) and all(isinstance(name, str) for _, _, name, *_ in plain)
    api.forget_texts()
    assert api.recognised(text) is None
    api.take_recognised(text, plain)
    monkeypatch.setattr(api, "recognise", lambda *args: pytest.fail("recognised again"))
    assert api.tag(text, None) == fresh
    assert api.tag(text, dt.date(2019, 1, 8)).timexes[-2].value == "2019-01-10"  # Thursday, from the 8th
    api.forget_texts()


def test_a_numeric_date_the_text_settled_is_taken_in_as_settled():
    """"07/04/2020" read day first as "25/04/2020" beside it says: taken in by another process, it
    kept the day-first value but got its open rule back, so its confidence (0.5) and reason ("read
    month first") contradicted its value."""
    import datetime as dt
    import pickle

    from timeline.dates import api
    text = "Filed on 07/04/2020 and heard on 25/04/2020."
    fresh = api.tag(text, dt.date(2020, 5, 1))
    assert fresh.timexes[0].value == "2020-04-07" and fresh.timexes[0].confidence == 0.8
    plain = pickle.loads(pickle.dumps(api.recognised(text)))
    api.forget_texts()
    api.take_recognised(text, plain)
    assert api.tag(text, dt.date(2020, 5, 1)) == fresh
    api.forget_texts()


def test_timex_of_builds_what_the_frozen_init_builds():
    """api._timex builds its Timex with model.timex_of, which skips the frozen
    __init__'s setattr per field: the object is the same in every way."""
    import pickle

    from timeline.dates.model import Timex, timex_of

    values = (3, 10, "Tuesday", "DATE", "2019-01-08", None, 0.81, "why", True, "weekday",
              "reference", None, "past", None, None, None)
    made, built = timex_of(*values), Timex(*values)
    assert made == built and hash(made) == hash(built) and repr(made) == repr(built)
    assert list(vars(made).items()) == list(vars(built).items())
    assert pickle.loads(pickle.dumps(made)) == built
    with pytest.raises(TypeError):
        timex_of(*values[:-1])
    with pytest.raises(Exception):  # still frozen
        made.value = "2019"
