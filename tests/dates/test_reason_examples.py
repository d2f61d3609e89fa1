"""Every reason's examples (rules/reasons.yaml) hold; the engine asks only for reasons the file
has, with their fields; the file is checked when loaded, with errors that name it and the reason."""
import ast
from pathlib import Path

import pytest

import timeline
from timeline.dates.errors import RuleError
from timeline.dates.reasons import REASONS, default_reasons, load_reasons, say

CASES = [(name, ex) for name, reason in default_reasons().items() for ex in reason.examples]
PACKAGE = Path(timeline.__file__).parent
# The callables that take a reason's name first and its fields as keywords.
SAYERS = ("say", "template", "Unresolvable")


@pytest.mark.parametrize("name,example", CASES, ids=[f"{n}:{e.says[:30]}" for n, e in CASES])
def test_reason_example(name, example):
    assert say(name, **example.fields) == example.says


def _named_calls():
    """(where, name, keywords or None) for each call of a SAYERS with a name written in the code
    (each branch of "a if c else b"); keywords None where the call passes none (template)."""
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and node.args and getattr(node.func, "id", None) in SAYERS):
                continue
            keywords = None if node.func.id == "template" else {k.arg for k in node.keywords}
            for name in _written_names(node.args[0]):
                yield f"{path.relative_to(PACKAGE)}:{node.lineno}", name, keywords


def _written_names(node) -> list[str]:
    if isinstance(node, ast.IfExp):
        return _written_names(node.body) + _written_names(node.orelse)
    return [node.value] if isinstance(node, ast.Constant) and isinstance(node.value, str) else []


def test_the_engine_asks_for_reasons_the_file_has_with_their_fields():
    calls = list(_named_calls())
    assert len(calls) > 40  # the walk finds the engine's calls
    reasons = default_reasons()
    wrong = [(where, name, keywords) for where, name, keywords in calls
             if name not in reasons or (keywords is not None and keywords != reasons[name].fields)]
    assert not wrong, wrong


def test_every_reason_is_used():
    written = {name for _, name, _ in _named_calls()}
    assert set(default_reasons()) <= written, sorted(set(default_reasons()) - written)


def test_a_reason_that_cites_its_rule_ends_with_it():
    # reason_words drops " [rule name]" at the end of a reason, and guess_notes reads up to it
    cites = [r for r in default_reasons().values() if "[rule" in r.text]
    assert cites and all(r.text.endswith(" [rule {rule}]") for r in cites)


@pytest.mark.parametrize("body,message", [
    ("a: {text: 'x {y}'}", "give at least one example"),
    ("a: {text: 'x {y}', examples: [{fields: {}, says: 'x'}]}", "an example gives [], the template takes ['y']"),
    ("a: {text: 'x', examples: [{says: 'x'}]}", "an example is 'fields'"),
    ("a: {text: 'x {y!r}', examples: [{fields: {y: 1}, says: 'x'}]}", "write a field as {name}"),
    ("a: {text: 'x {', examples: [{fields: {}, says: 'x'}]}", "bad template"),
    ("a: {text: 'x', example: []}", "unknown key 'example'"),
    ("a: x", "expected 'text'"),
    ("- a", "expected a mapping"),
])
def test_a_bad_reason_file_is_named(tmp_path, body, message):
    path = tmp_path / "reasons.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_reasons(path)
    assert "reasons.yaml" in str(err.value) and message in str(err.value)


def test_an_unknown_reason_or_wrong_fields_are_named():
    with pytest.raises(RuleError, match=f"{REASONS.name}: no reason named 'nosuch'"):
        say("nosuch")
    with pytest.raises(RuleError, match=r"reason 'stated' takes \['rule', 'surface'\], was given \['surface'\]"):
        say("stated", surface="May 2009")
