"""The holiday tables kept as data (timeline/dates/rules/calendars.yaml) hold real days, every
table a word list names exists, and a year a table lacks gives no day, never a guess."""
import datetime as dt
import re

import yaml

from timeline.dates import tag
from timeline.dates.anchor import CALENDARS
from timeline.dates.rules import RULES_DIR


def _tables():
    return yaml.safe_load(CALENDARS.read_text(encoding="utf-8"))


def test_every_entry_is_a_day_of_its_year():
    for name, table in _tables().items():
        for year, month_day in table.items():
            assert re.fullmatch(r"\d\d-\d\d", month_day), (name, year, month_day)
            dt.date(year, int(month_day[:2]), int(month_day[3:]))  # raises on a day the calendar has not


def test_every_table_the_word_lists_name_exists():
    named = set(re.findall(r'"T([a-z_]+)"', (RULES_DIR / "lexicon.yaml").read_text(encoding="utf-8")))
    assert named and named <= set(_tables())


def test_a_year_the_table_lacks_gives_no_day():
    (t,) = tag("Lunar New Year 1985 fell on a Wednesday.", dt.date(2019, 1, 10)).timexes[:1]
    assert not re.fullmatch(r"1985-\d\d-\d\d", t.value)
    (t,) = tag("Lunar New Year 2019 fell on a Tuesday.", dt.date(2019, 1, 10)).timexes[:1]
    assert t.value == "2019-02-05"


def test_a_mistyped_table_stops_with_the_file_table_and_entry_named(tmp_path):
    import pytest

    from timeline.dates.anchor import load_calendars
    from timeline.dates.errors import RuleError

    bad = tmp_path / "calendars.yaml"
    bad.write_text('diwali:\n  2019: "10-27"\n  2020: "02-30"\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"calendars.yaml: table 'diwali': 2020: '02-30' is no day"):
        load_calendars(bad)
    bad.write_text("diwali: [\n", encoding="utf-8")
    with pytest.raises(RuleError, match="calendars.yaml: not valid YAML"):
        load_calendars(bad)
    assert load_calendars(CALENDARS) == _tables()
