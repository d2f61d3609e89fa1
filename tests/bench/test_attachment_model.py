"""The attachment model's bench (bench/attachment_model.py): its logistic regression learns what a
feature says (the features themselves: tests/extract/test_attachment_model.py)."""

import attachment_model


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


def test_the_extractors_probability_is_the_bench_fits_prediction_with_the_weights_written():
    import yaml
    from timeline.extract import attachment_model as model_data

    written = yaml.safe_load(model_data.DATA.read_text(encoding="utf-8"))["model"]
    names = list(written["weights"])
    fitted = ([written["intercept"], *(written["weights"][n]["weight"] for n in names)],
              [written["weights"][n]["mean"] for n in names], [written["weights"][n]["spread"] for n in names])
    for sentence, confidence, cue in (("On @DATE@, the board voted", 0.92, None),
                                      ("The company, which cut its @DATE@ dividend, said @OTHER@ it would", 0.6, "comparison"),
                                      ("Prices will rise until @DATE@", 0.75, "ahead_of_a_past")):
        found = model_data.features(sentence, confidence, cue, "month", True, False, True)
        assert model_data.probability(found) == attachment_model.predict({"features": found}, names, fitted)
