"""The attachment model (timeline/extract/attachment_model.py): its feature patterns match their
examples and not their counter-examples, its features read a sentence as they say, and its
probability ranks a date a cue doubts below the same date undoubted."""

import yaml

from timeline.extract import attachment, attachment_model


def test_feature_patterns_match_their_examples_and_not_their_counter_examples():
    entries = yaml.safe_load(attachment_model.DATA.read_text(encoding="utf-8"))["features"]
    for (name, pattern), entry in zip(attachment_model.patterns(), entries, strict=True):
        assert entry["examples"], f"{name}: no examples"
        for example in entry["examples"]:
            assert pattern.search(example), f"{name} misses {example!r}"
        for counter in entry.get("counter", ()):
            assert not pattern.search(counter), f"{name} matches {counter!r}"


def test_the_model_weighs_every_feature_the_code_computes_and_no_other():
    found = attachment_model.features("On @DATE@, the board voted", 0.9, None, "day", False, True, False)
    weights = yaml.safe_load(attachment_model.DATA.read_text(encoding="utf-8"))["model"]["weights"]
    assert set(weights) == set(found)
    assert all(entry["spread"] > 0 for entry in weights.values())


def test_a_date_a_cue_doubts_and_a_noun_it_modifies_are_read_as_such():
    written = "The company, which cut the dividend due to its @DATE@ loss, said @OTHER@ it would recover"
    found = attachment_model.features(written, 0.9, "comparison", "quarter", False, True, False)
    assert (found["cue"], found["modifies_a_noun"], found["in_a_relative_clause"], found["other_dates"]) == (1, 1, 1, 1)
    assert found["another_date_first"] == 0 and found["engine_logit"] > 2
    assert attachment_model.features(written, 0.9, attachment.AHEAD_OF_A_PAST, None, False, True, False)["cue"] == 0


def test_a_cue_a_late_place_and_a_less_sure_reading_each_lower_the_probability():
    plain = attachment_model.features("On @DATE@, the board voted to close the plant", 0.92, None, "day", False, True, False)
    sure = attachment_model.probability(plain)
    assert 0.7 <= sure <= 1
    doubted = attachment_model.probability({**plain, **attachment_model.features(
        "On @DATE@, the board voted to close the plant", 0.92, "comparison", "day", False, True, False)})
    late = attachment_model.probability(attachment_model.features(
        "The board voted to close the plant and sell its mills to the bank on @DATE@", 0.92, None, "day", False, True, False))
    unsure = attachment_model.probability(attachment_model.features(
        "On @DATE@, the board voted to close the plant", 0.5, None, "day", False, True, False))
    assert doubted < sure and late < sure and unsure < sure
