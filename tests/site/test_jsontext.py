"""The exports' JSON writer gives exactly the text of json.dumps(..., ensure_ascii=False, indent=2)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export.jsontext import dumps

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text() | st.integers() | st.booleans(), inner, max_size=4), max_leaves=30)


@settings(max_examples=300)
@given(values)
def test_the_same_text_as_json_dumps(value):
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_tuples_are_lists_and_other_objects_are_refused():
    assert dumps({"a": (1, "b")}) == json.dumps({"a": [1, "b"]}, indent=2)
    try:
        dumps({"a": object()})
    except TypeError as error:
        assert "not JSON serializable" in str(error)
    else:
        raise AssertionError("an object was written")
