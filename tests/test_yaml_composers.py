"""The two ways event YAML is composed (libyaml's own composer, and ours for what it cannot refuse) agree.

load_with_lines takes libyaml's faster composer for ordinary files; these texts are read both
ways and must give the same values, the same lines and the same repeated keys.
"""

from pathlib import Path

import pytest

from timeline import yamlfile
from timeline.yamlfile import LineDict, LineList, Limits, load_with_lines

REPO = Path(__file__).resolve().parent.parent

TEXTS = {
    "demo events": (REPO / "events" / "kim-beijing-2019.yaml").read_text(encoding="utf-8"),
    "flow and block": "version: 1\nevents:\n- {date: 2019-01-07, title: 'a [b]', tags: [x, y]}\n- date: 2019\n  title: \"AT&T, Q & A\"\n",
    "repeated key": "- date: 2019-01-07\n  title: a\n  title: b\n",
    "scalars": "- date: 2019-01-07\n  confidence: 0.5\n  count: 3\n  ok: yes\n  none: ~\n  when: 2019-01-07T10:00:00\n",
    "empty": "# nothing here\n",
    "nested lists": "- - - - a\n  - b\n- c\n",
}


def _shape(value):
    """The value with the lines load_with_lines attaches, as plain data to compare."""
    if isinstance(value, LineDict):
        return ("map", value.line, sorted(value.key_lines.items()), {k: _shape(v) for k, v in value.items()})
    if isinstance(value, LineList):
        return ("list", value.line, list(value.item_lines), [_shape(v) for v in value])
    return value


def _slow(monkeypatch, text):
    with monkeypatch.context() as patch:
        patch.setattr(yamlfile, "_compose_with_libyaml", lambda text, limits: (None, None))
        return load_with_lines(text)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_both_composers_give_the_same_values_and_lines(monkeypatch, name):
    text = TEXTS[name]
    if name != "empty":
        loader, root = yamlfile._compose_with_libyaml(text, Limits())
        assert loader is not None and root is not None, "an ordinary file takes the fast way"
        loader.dispose()
    fast_value, fast_repeated = load_with_lines(text)
    slow_value, slow_repeated = _slow(monkeypatch, text)
    assert _shape(fast_value) == _shape(slow_value)
    assert fast_repeated == slow_repeated


@pytest.mark.parametrize("text", [
    "a: &x [1, 2]\nb: *x\n",              # anchors: only our composer counts what aliases repeat
    "[" * 3000 + "]" * 3000,              # deeper than libyaml's recursion is known to be safe
    "a: 1\n---\nb: 2\n",                  # a second document: our composer says it in our words
])
def test_what_libyaml_cannot_judge_goes_to_our_composer(text):
    assert yamlfile._compose_with_libyaml(text, Limits()) == (None, None)


def test_nesting_over_the_limit_is_refused_the_same_way_by_either(monkeypatch):
    text = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 5)) + "  " * 5 + "- x\n"
    limits = Limits(max_depth=3)
    with pytest.raises(yamlfile.YamlSyntaxError) as fast:
        load_with_lines(text, limits)
    with monkeypatch.context() as patch:
        patch.setattr(yamlfile, "_compose_with_libyaml", lambda text, limits: (None, None))
        with pytest.raises(yamlfile.YamlSyntaxError) as slow:
            load_with_lines(text, limits)
    assert (fast.value.line, fast.value.message) == (slow.value.line, slow.value.message)
