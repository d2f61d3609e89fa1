"""The loader's quick value checks pass nothing that the full check (`_type_problem`) would fault.

A value the quick check passes is taken without the full check, so a quick check that passed a
wrong value would hide a problem; one that fails a good value only costs time.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import loader, schema
from timeline.yamlfile import LineDict, LineList

PROPERTIES = [(what, key) for what in ("file", "event", "source") for key in schema.properties(what)]

_scalars = st.one_of(
    st.text(max_size=12), st.sampled_from(["draft", "reviewed", "done", "a-b_1", "A", "a\x1b", "x\ty", "-a", ""]),
    st.integers(-3, 3), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.booleans(), st.none(),
    st.dates(), st.datetimes(),
)


def _line_list(items):
    value = LineList(items)
    value.line, value.item_lines = 1, [1] * len(items)
    return value


def _line_dict(pairs):
    value = LineDict(pairs)
    value.line, value.key_lines = 1, {key: 1 for key in value}
    return value


_values = st.recursive(_scalars, lambda children: st.one_of(
    st.lists(children, max_size=3).map(_line_list), st.lists(children, max_size=3).map(list),
    st.dictionaries(st.text(max_size=3), children, max_size=2).map(_line_dict),
), max_leaves=6)


@pytest.mark.parametrize("what, key", PROPERTIES)
@settings(max_examples=150, deadline=None)
@given(value=_values)
def test_a_value_the_quick_check_passes_has_no_problem(what, key, value):
    passed = loader._quick_checks(what)[key](value)
    passed |= type(value) is str and key in loader._TEXT_KEYS[what] and value.isprintable()
    if passed:
        assert loader._type_problem(value, schema.resolved(schema.properties(what)[key])) is None


def test_the_quick_checks_pass_what_event_files_usually_hold():
    event, source = loader._quick_checks("event"), loader._quick_checks("source")
    usual = [
        (event, "date", "Jan. 7, 2019"), (event, "date", dt.date(2019, 1, 7)), (event, "date", 2019),
        (event, "title", "A visit"), (event, "status", "reviewed"), (event, "id", "kim-visit_2"),
        (event, "tags", _line_list(["a", "b"])), (event, "confidence", 0.5), (event, "approximate", True),
        (event, "sources", _line_list([_line_dict({"file": "seeds/a.txt"})])), (source, "span", _line_list([1, 2])),
    ]
    assert [key for checks, key, value in usual if not checks[key](value)] == []
