"""The two ways event YAML is composed (libyaml's own composer, and ours for what it cannot refuse) agree.

load_with_lines takes libyaml's faster composer for ordinary files, and builds their values itself;
these texts, and hypothesis-made ones with every kind of scalar, tag, merge and nesting, are read
both ways and must give the same values, lines and repeated keys, or the same problem at the same
line. Values are checked against PyYAML's own SafeLoader as well: both ways share the resolver.
"""

import contextlib
import re
from pathlib import Path
from unittest import mock

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

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
        return ("map", value.line, list(value.key_lines.items()), [(_shape(k), _shape(v)) for k, v in value.items()])
    if isinstance(value, LineList):
        return ("list", value.line, list(value.item_lines), [_shape(v) for v in value])
    return _typed(value)


def _typed(value):
    """Plain data with each scalar's type, so that True, 1 and 1.0 differ and nan equals nan."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    if isinstance(value, (set, frozenset)):
        return ("set", sorted(map(repr, value)))
    return (type(value).__name__, repr(value))


def _slow(monkeypatch, text):
    with monkeypatch.context() as patch:
        patch.setattr(yamlfile, "_compose_with_libyaml", lambda text: (None, None))
        return load_with_lines(text)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_both_composers_give_the_same_values_and_lines(monkeypatch, name):
    text = TEXTS[name]
    if name != "empty":
        loader, root = yamlfile._compose_with_libyaml(text)
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
    assert yamlfile._compose_with_libyaml(text) == (None, None)


def test_nesting_over_the_limit_is_refused_the_same_way_by_either(monkeypatch):
    text = "a:\n" + "".join("  " * i + "- \n" for i in range(1, 5)) + "  " * 5 + "- x\n"
    limits = Limits(max_depth=3)
    with pytest.raises(yamlfile.YamlSyntaxError) as fast:
        load_with_lines(text, limits)
    with monkeypatch.context() as patch:
        patch.setattr(yamlfile, "_compose_with_libyaml", lambda text: (None, None))
        with pytest.raises(yamlfile.YamlSyntaxError) as slow:
            load_with_lines(text, limits)
    assert (fast.value.line, fast.value.message) == (slow.value.line, slow.value.message)


# Each read both ways; what they give, or the line and message of the problem, must be the same.
MORE_TEXTS = [
    "a: 1\n<<: {b: 2, a: 3}\n",                       # a merge without anchors
    "a: 1\n<<: [{b: 2}, {c: 3}]\n",
    "a: 1\n<<: 5\n",                                  # a merge of what cannot be merged
    "- !!int 3\n- !!str 5\n- !!float 1\n- !!bool yes\n- !!null ''\n",
    "- !!int abc\n",
    "- !!python/object:os.system {}\n",
    "- !!set {a, b}\n- !!omap [a: 1, b: 2]\n- !!pairs [a: 1, a: 2]\n",
    "2019: x\nyes: y\n~: z\n1.5: w\n2019-01-07: v\n",
    "? [a, b]\n: x\n",
    "= : x\n",
    "- date: 2019-02-30\n  when: 2019-01-07 10:00:00 +02:00\n",
    "- 0x1F\n- 0o17\n- 017\n- 1_000\n- 190:20:30\n- .inf\n- -.Inf\n- .NaN\n- 1e3\n- 6.8523015e+5\n",
    "- 0x" + "f" * 40 + "\n",
    "a:\n  b:\n    c: 1\n    c: 2\n  b: 3\nb: 4\n",
    "a: !!map {b: 1}\nc: !!seq [1]\nd: !!str [x]\n",
    "- 'quoted: yes'\n- \"2019\"\n- yes\n- Yes\n- YES\n- yEs\n- on\n- Off\n- n\n- y\n- NULL\n- Null\n- nULL\n",
]


@pytest.mark.parametrize("text", MORE_TEXTS)
def test_both_ways_give_the_same_values_or_the_same_problem(text):
    assert _outcome(text) == _outcome(text, careful=True)


def _outcome(text, limits=None, careful=False):
    with mock.patch.object(yamlfile, "_compose_with_libyaml", lambda text: (None, None)) if careful \
            else contextlib.nullcontext():
        try:
            value, repeated = load_with_lines(text, limits)
        except yamlfile.YamlSyntaxError as error:
            return "problem", error.line, error.message
    return "read", _shape(value), repeated


# Plain text of every kind YAML 1.1 gives a meaning to, and some that looks like it but is text.
SCALARS = [
    "a", "title", "draft", "x y", "yes", "No", "TRUE", "off", "On", "y", "n", "~", "null", "Null", "NULL", "nul",
    "0", "-1", "+12", "1_000", "0x1F", "0b101", "017", "0o17", "1.5", "-.5", "1e3", "1.0e+3", ".inf", "-.Inf", ".nan",
    "190:20:30", "2019", "2019-01-07", "2019-02-30", "2019-1-7", "2019-01-07T10:00:00Z", "2019-01-07 10:00:00.5 -5",
    "0000-01-01", "2019-01-07 ", "!!timestamp 2019-02-30", "!!timestamp 2019-01-07T10:00:00", "!!timestamp soon",
    "June 2018", "'quoted'", "''", '"2019"', '"\\x41"', "!!str 12", "!!int 12", "!!float 1", "!!bool yes", "!!int abc",
    "!!timestamp 2019-01-07", "!!binary aGVsbG8=", "!!null ''", "=", "<<", "AT&T", "a#b", "-", ".", "0x" + "f" * 20,
]
KEYS = ["a", "b", "title", "date", "yes", "1", "~", "2019-01-07", "<<", "=", "'a'", "!!str b", "!!int 1"]

_leaf = st.builds(lambda text: ("scalar", text), st.sampled_from(SCALARS))
_tree = st.recursive(_leaf, lambda children: st.one_of(
    st.builds(lambda items, flow: ("seq", items, flow), st.lists(children, max_size=4), st.booleans()),
    st.builds(lambda pairs, flow: ("map", pairs, flow),
              st.lists(st.tuples(st.sampled_from(KEYS), children), max_size=4), st.booleans()),
), max_leaves=25)


def _flow(node) -> str:
    if node[0] == "scalar":
        return node[1]
    if node[0] == "seq":
        return "[" + ", ".join(_flow(child) for child in node[1]) + "]"
    return "{" + ", ".join(f"{key}: {_flow(value)}" for key, value in node[1]) + "}"


def _is_block(node) -> bool:
    return node[0] != "scalar" and not node[2] and bool(node[1])


def _block(node, indent: int = 0) -> str:
    pad = " " * indent
    entries = [("- ", child) for child in node[1]] if node[0] == "seq" else [(f"{k}: ", v) for k, v in node[1]]
    lines = []
    for lead, child in entries:
        if _is_block(child):
            lines.append(f"{pad}{lead.rstrip()}\n{_block(child, indent + 2)}")
        else:
            lines.append(f"{pad}{lead}{_flow(child)}\n")
    return "".join(lines)


def _text(node) -> str:
    return _block(node) if _is_block(node) else _flow(node) + "\n"


@settings(max_examples=300, deadline=None)
@given(tree=_tree, max_depth=st.sampled_from([1, 2, 3, 100]))
def test_both_ways_agree_on_any_mix_of_scalars_keys_tags_and_nesting(tree, max_depth):
    text = _text(tree)
    limits = Limits(max_depth=max_depth)
    fast = _outcome(text, limits)
    assert fast == _outcome(text, limits, careful=True), text


class _SafeLoaderButYears(yaml.SafeLoader):
    """PyYAML's SafeLoader, but that a plain number with a leading zero is text: YAML 1.1's octal
    0410 (264) is the year 410 in an event file, as `timeline extract` writes it."""

    def resolve(self, kind, value, implicit):
        tag = super().resolve(kind, value, implicit)
        if kind is yaml.ScalarNode and implicit[0] and tag == "tag:yaml.org,2002:int" and re.fullmatch(r"0[0-9_]+", value):
            return "tag:yaml.org,2002:str"
        return tag


@settings(max_examples=300, deadline=None)
@given(tree=_tree)
def test_values_are_what_pyyaml_safe_loader_gives(tree):
    """Lines aside, a file means what YAML 1.1 and PyYAML's SafeLoader say (where it can read it),
    but for a plain number with a leading zero, which is text (_SafeLoaderButYears)."""
    text = _text(tree)
    try:
        expected = yaml.load(text, Loader=_SafeLoaderButYears)
    except Exception:  # what SafeLoader cannot read (2019-02-30, !!timestamp soon) has nothing to compare
        return
    outcome = _outcome(text)
    if outcome[0] == "read":
        assert _typed(_plain(load_with_lines(text)[0])) == _typed(expected), text


def _plain(value):
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
