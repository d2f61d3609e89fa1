"""The attachment model's bench (bench/attachment_model.py): its feature patterns match their
examples and not their counter-examples, and its logistic regression learns what a feature says."""

import yaml

import attachment_model


def test_feature_patterns_match_their_examples_and_not_their_counter_examples():
    entries = yaml.safe_load(attachment_model.FEATURES.read_text(encoding="utf-8"))["features"]
    for (name, pattern), entry in zip(attachment_model.patterns(), entries):
        assert entry["examples"], f"{name}: no examples"
        for example in entry["examples"]:
            assert pattern.search(example), f"{name} misses {example!r}"
        for counter in entry.get("counter", ()):
            assert not pattern.search(counter), f"{name} matches {counter!r}"


def test_a_date_a_cue_doubts_and_a_noun_it_modifies_are_read_as_such():
    written = "The company, which cut the dividend due to its @DATE@ loss, said @OTHER@ it would recover"
    found = attachment_model.features(written, 0.9, "comparison", "quarter", False, True, False)
    assert (found["cue"], found["modifies_a_noun"], found["in_a_relative_clause"], found["other_dates"]) == (1, 1, 1, 1)
    assert found["another_date_first"] == 0 and found["engine_logit"] > 2


def test_the_fit_learns_that_a_feature_marks_wrong_dates():
    # right unless the feature is on, with some noise either way
    rows = [{"features": {"f": float(on), "g": float(k % 2)}, "right": (not on) != (k % 10 == 0)}
            for k in range(200) for on in (k % 3 == 0,)]
    model = attachment_model.fit(rows, ["f", "g"], l2=1.0)
    weights = model[0]
    assert weights[1] < -1 and abs(weights[2]) < 0.5
    on, off = ({"features": {"f": v, "g": 0.0}} for v in (1.0, 0.0))
    assert attachment_model.predict(on, ["f", "g"], model) < 0.3 < 0.7 < attachment_model.predict(off, ["f", "g"], model)


def test_the_doubt_caps_only_dates_the_model_doubts_and_its_t_adds_at_most_half_as_many_right_dates_below():
    assert attachment_model.doubted(0.9, 0.3, 0.5) == attachment_model.DOUBT_CAP
    assert attachment_model.doubted(0.9, 0.6, 0.5) == 0.9 and attachment_model.doubted(0.4, 0.1, 0.5) == 0.4
    # two sure misses the model doubts at 0.2 and 0.4; a right date at 0.3 and one at 0.9
    rows = [{"confidence": 0.9, "right": right, "doubt_model": p} for right, p in
            ((False, 0.2), (False, 0.4), (True, 0.3), (True, 0.9))]
    chosen = attachment_model.choose_doubt_threshold(rows, 0.7)
    # T 0.25 removes one for none added; above 0.3 one right date goes below for two removed: allowed, more removed
    assert (chosen["doubt_below"], chosen["removed"], chosen["added"]) == (0.45, 2, 1)
    assert chosen["sure_misses"] == [2, 0] and chosen["right_below_threshold"] == [0, 1]
