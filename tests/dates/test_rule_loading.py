"""Rules are checked when loaded, with errors that name the file and the rule."""
import shutil
from pathlib import Path

import pytest

from timeline.dates.errors import RuleError
from timeline.dates.rules import RULES_DIR, default_rules, load_rules

RULE = """family: test
type: DATE
rules:
{body}
"""


def make(tmp_path: Path, body: str) -> Path:
    shutil.copy(RULES_DIR / "lexicon.yaml", tmp_path / "lexicon.yaml")
    (tmp_path / "test.yaml").write_text(RULE.format(body=body), encoding="utf-8")
    return tmp_path


def load(tmp_path, body):
    return load_rules(make(tmp_path, body), files=("test.yaml",))


def test_a_good_rule_loads(tmp_path):
    rules = load(tmp_path, "- {name: r1, pattern: '{month} {year}', value: '{year}-{month}',"
                           " examples: [{text: 'June 2018', find: 'June 2018', value: '2018-06'}]}")
    assert [r.name for r in rules.rules] == ["r1"]


@pytest.mark.parametrize("body,message", [
    ("- {name: r1, pattern: '{nosuchlist} x', value: 'x'}", "unknown word list {nosuchlist}"),
    ("- {name: r1, pattern: '{month} (', value: '{month}'}", "bad pattern"),
    ("- {name: r1, pattern: '{year}', value: '{year}'}\n- {name: r1, pattern: '{month}', value: '{month}'}",
     "duplicate rule name 'r1'"),
    ("- {name: r1, pattern: '{year}', value: '{month}'}", "does not capture"),
    ("- {name: r1, pattern: '{year}', value: '{nosuchfn(year)}'}", "unknown template function"),
    ("- {name: r1, pattern: '{year}', value: '{year}', type: WHEN}", "type 'WHEN'"),
    ("- {name: r1, pattern: '{year}', value: '{year}', colour: red}", "unknown keys"),
    ("- {name: r1, pattern: '{year}', value: '{year}', order: sideways}", "order 'sideways' is not one of"),
    ("- {name: r1, pattern: '{year} {year}', value: '{year}'}", "is used twice"),
    ("- {name: r1, pattern: '{year}', value: '{year}', not_after: '('}", "bad not_after regex"),
    ("- {name: r1, pattern: '{year}', value: '{year}', after: '^ \\((?:{agencys})\\)'}", "after uses unknown list {agencys}"),
    ("- {pattern: '{year}', value: '{year}'}", "needs a name"),
    ("- {name: r1, pattern: '{year}', value: '{year}', calibrated_as: r9}", "calibrated_as names no rule: 'r9'"),
    ("- {name: r1, pattern: '{year}', value: '{year}'}\n- {name: r2, pattern: '{month}', value: '{month}',"
     " calibrated_as: r1}", "calibrated_as 'r1' needs the same value"),
])
def test_bad_rules_are_refused(tmp_path, body, message):
    with pytest.raises(RuleError) as err:
        load(tmp_path, body)
    assert message in str(err.value)
    assert "test.yaml" in str(err.value)


def test_bad_word_list(tmp_path):
    make(tmp_path, "- {name: r1, pattern: '{year}', value: '{year}'}")
    lex = tmp_path / "lexicon.yaml"
    lex.write_text(lex.read_text(encoding="utf-8") + "\nbroken:\n  regex: '(['\n", encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(tmp_path, files=("test.yaml",))
    assert "broken" in str(err.value) and "lexicon.yaml" in str(err.value)


def test_a_pattern_the_parser_accepts_but_the_compiler_refuses(tmp_path):
    """Rules compile on first use; a bad look-behind still names its rule."""
    rules = load(tmp_path, "- {name: r1, pattern: '(?<=a+){year}', value: '{year}'}")
    with pytest.raises(RuleError) as err:
        rules.rules[0].regex
    assert "r1" in str(err.value) and "bad pattern" in str(err.value)


def test_the_scout_stops_where_a_two_word_rule_starts(tmp_path):
    rules = load(tmp_path, "- {name: r1, pattern: 'the {month} of {year}', value: '{year}-{month}'}")
    hit = rules.scout.regex.search("in the June of 2018")
    assert hit and [r.name for r in rules.scout.rules_for(hit.group(0))] == ["r1"]
    hit = rules.scout.regex.search("the cat")
    assert hit is None or not rules.scout.rules_for(hit.group(0))


def test_loading_compiles_no_rule_regex():
    """Start-up stays cheap: a rule's regex is compiled when first tried."""
    rules = load_rules()
    assert all(r._regex is None for r in rules.rules)


def test_a_counted_repeat_is_followed_past():
    """"[0-9]{1,3} days" starts with one to three digits and then "day", so
    its rules are not tried at "50 people"."""
    from timeline.dates.scout import DIGIT, prefixes

    got = prefixes(r"[0-9]{1,3}\s+days")
    assert got == {DIGIT * n + " days" for n in (1, 2, 3)}
    assert prefixes(r"(?:19|20)[0-9]{2}") == {DIGIT * 4}  # digits written or not: one symbol
    assert prefixes(r"[0-9]+\s+days") == {DIGIT}  # unbounded: stops after the first


def test_prefixes_with_word_lists_followed_once_are_those_of_the_whole_pattern():
    """Loading parses each word list once, follows it once for each way in, and parses each
    rule with its lists' groups left empty; the beginnings found must be those of the rule's
    whole regex, rule by rule."""
    import re

    from timeline.dates import scout

    rules = default_rules().rules
    assert sum(1 for r in rules if any(r.captures.values())) > 100
    for rule in rules:
        assert rule.prefixes == scout.prefixes(rule.pattern, re.IGNORECASE), rule.name
    assert scout._PARTS == {}  # nothing left behind for a later pattern


def test_a_word_list_in_a_verbose_group_is_read_as_written_there():
    from timeline.dates.scout import prefixes

    whole = prefixes(r"(?x:(?P<w>a b|c))\s+d")
    assert whole == {"ab d", "c d"}
    assert prefixes(r"(?x:(?P<w>))\s+d", 0, {"w": "a b|c"}) == whole


def test_the_scout_offers_no_duration_rule_at_a_plain_number():
    rules = default_rules()
    hit = rules.scout.regex.search("50 people")
    assert hit is None or "number_unit" not in [r.name for r in rules.scout.rules_for(hit.group(0))]
    hit = rules.scout.regex.search("50 days")
    assert "number_unit" in [r.name for r in rules.scout.rules_for(hit.group(0))]


def test_a_bad_regex_among_the_article_date_cues_names_the_cue(monkeypatch):
    """infer.py reads its stamp and history cues from tense.yaml: a mistake there is a RuleError
    naming the file and the cue, not Python's re.error."""
    from timeline.dates import infer, tense

    broken = dict(tense.cue_data(), stamp_after="(unclosed")
    monkeypatch.setattr(infer, "cue_data", lambda: broken)
    infer._cue.cache_clear()
    try:
        with pytest.raises(RuleError) as err:
            infer._cue("stamp_after", ignore_case=False)
        assert "tense.yaml" in str(err.value) and "stamp_after" in str(err.value)
        missing = {k: v for k, v in broken.items() if k != "update_before"}
        monkeypatch.setattr(infer, "cue_data", lambda: missing)
        with pytest.raises(RuleError) as err:
            infer._cue("update_before")
        assert "update_before" in str(err.value) and "missing" in str(err.value)
    finally:
        infer._cue.cache_clear()


def test_a_day_first_date_is_as_sure_as_the_month_first_one_it_is_calibrated_as():
    """'22 April' is resolved as 'April 22' is; TempEval's US news has few of the first, so the
    second's measured agreement gives both their confidence."""
    import datetime as dt

    from timeline.dates import tag

    (day_first,) = tag("The first case was confirmed on 22 April.", dt.date(2009, 4, 30)).timexes
    (month_first,) = tag("The first case was confirmed on April 22.", dt.date(2009, 4, 30)).timexes
    assert (day_first.rule, month_first.rule) == ("day_month", "month_day")
    assert day_first.value == month_first.value == "2009-04-22"
    assert day_first.confidence == month_first.confidence > 0.9
