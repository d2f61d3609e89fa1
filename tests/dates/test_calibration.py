"""The confidence's measured part: the table in rules/calibration.yaml and how it is used."""
import re

import pytest

from timeline.dates import calibration
from timeline.dates.rules import default_rules

KEY = re.compile(r"^(?P<rule>\w+)(?: \((?P<tense>past|future|none)\))?$")


def test_every_row_of_the_table_names_a_rule_and_counts_sensibly():
    names = {rule.name for rule in default_rules().rules}
    rows = calibration._counts()
    assert len(rows) > 40
    for key, (agreed, dates) in rows.items():
        m = KEY.match(key)
        assert m and m["rule"] in names, f"{key!r}: no such rule (rewrite the table: bench/dates_calibration.py --write)"
        assert 0 <= agreed <= dates and dates > 0


def test_a_rule_never_measured_keeps_its_prior():
    assert calibration.agreement("no_such_rule", prior=0.42) == pytest.approx(0.42)


def test_counts_pull_the_prior_toward_the_measured_rate_by_how_many_there_are(monkeypatch):
    monkeypatch.setattr(calibration, "_counts", lambda: {"few": (2, 2), "many": (990, 1000)})
    few, many = calibration.agreement("few", prior=0.5), calibration.agreement("many", prior=0.5)
    assert 0.5 < few < 0.6  # two agreeing dates are no proof
    assert many == pytest.approx((990 + 5) / 1010)


def test_the_key_names_the_tense_only_when_the_tense_chose_the_value():
    assert calibration.calibration_key("year_alone", None) == "year_alone"
    assert calibration.calibration_key("weekday", "past") == "weekday (past)"
