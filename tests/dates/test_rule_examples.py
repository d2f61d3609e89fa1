"""Every rule's examples (in the YAML) hold."""
import pytest

from timeline.dates import tag
from timeline.dates.rules import default_rules

CASES = [(rule.name, ex) for rule in default_rules().rules for ex in rule.examples]


def test_every_rule_has_an_example():
    missing = [r.name for r in default_rules().rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"


@pytest.mark.parametrize("name,example", CASES, ids=[f"{n}:{e.text[:30]}" for n, e in CASES])
def test_rule_example(name, example):
    got = tag(example.text, example.reference, infer=False).timexes
    if example.none:
        assert not any(t.rule == name for t in got), f"{name} fired on {example.text!r}: {got}"
        return
    spans = {t.text: t for t in got}
    assert example.find in spans, f"{example.find!r} not found in {example.text!r}; got {got}"
    t = spans[example.find]
    assert t.rule == name, f"{example.find!r} was found by {t.rule}, not {name}"
    if example.value is not None:
        assert t.value == example.value, t.reason
    # a SET's freq and quant: as the example gives them, and none where it gives none
    assert (t.freq, t.quant) == (example.freq, example.quant), f"{example.find!r}: freq {t.freq}, quant {t.quant}"


def _cue_cases():
    from timeline.dates.tense import cue_data

    return [(name, text, kind == "match") for name, kinds in cue_data()["cue_examples"].items()
            for kind, texts in kinds.items() for text in texts]


@pytest.mark.parametrize("name,text,matches", _cue_cases(), ids=[f"{n}:{t[:30]}" for n, t, _ in _cue_cases()])
def test_tense_cue_example(name, text, matches):
    """tense.yaml's single patterns (history_near, background_year_before, ...) hold on their examples."""
    from timeline.dates.tense import cue_pattern

    assert bool(cue_pattern(name).search(text)) is matches
