"""Holidays whose day depends on the country (rules/national.yaml, national.py)."""
import datetime as dt

import pytest

from timeline.dates import tag
from timeline.dates.anchor import calendar_table
from timeline.dates.errors import RuleError
from timeline.dates.national import NATIONAL, load_national, text_country
from timeline.dates.rules import default_rules


def test_every_named_holiday_has_a_row_and_every_row_a_name():
    table = load_national(NATIONAL)
    named = {v[1:] for v in default_rules().lexicon["holiday_movable"].table.values() if v.startswith("N")}
    assert named == set(table.holidays)
    for row in table.holidays.values():
        for spec in row.days.values():
            if spec.startswith("T"):
                assert calendar_table(spec[1:]), spec


def test_a_bad_entry_stops_with_the_file_and_the_entry_named(tmp_path):
    bad = tmp_path / "national.yaml"
    good = NATIONAL.read_text(encoding="utf-8")
    bad.write_text(good.replace('IN: "08-15"', 'IN: "08-32"'), encoding="utf-8")
    with pytest.raises(RuleError, match=r"national.yaml: holiday 'independence_day': IN: '08-32' is no day form"):
        load_national(bad)
    bad.write_text(good.replace('IN: "08-15"', 'XX: "08-15"'), encoding="utf-8")
    with pytest.raises(RuleError, match=r"country 'XX' has no words"):
        load_national(bad)
    bad.write_text(good.replace("default: US\n", "default: ZZ\n", 1), encoding="utf-8")
    with pytest.raises(RuleError, match=r"default 'ZZ' has no day"):
        load_national(bad)


def test_the_text_country_is_the_one_named_most():
    assert text_country("Security was tight in New Delhi and Mumbai.") == "IN"
    assert text_country("Trade talks with India stalled.") is None  # once is not enough
    assert text_country("India and Pakistan; India, Pakistan.") is None  # no more than the others together
    assert text_country("US officials met Indian officials. The US side left.") == "US"
    assert text_country("let us go, we said to us") is None  # 'us' is no country: the case counts


def test_a_holiday_no_country_keeps_has_no_day():
    (t,) = tag("Crowds gathered on Republic Day.", dt.date(2019, 1, 28), infer=False).timexes
    assert t.value == "XXXX" and t.confidence < 0.5 and "no country" in t.reason


def test_a_dateline_in_capitals_names_the_country():
    text = "NEW DELHI — Security was tight in Delhi. Officials said Independence Day passed peacefully."
    (t,) = tag(text, dt.date(2019, 8, 16), infer=False).timexes
    assert t.value == "2019-08-15"
