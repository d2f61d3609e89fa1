"""Durations and recurring times in words, as the source pages list them (timeline/data/durations.yaml)."""

from importlib import resources

import pytest
import yaml

from timeline.site.durations import duration_label

WORDS = yaml.safe_load(resources.files("timeline").joinpath("data/durations.yaml").read_text("utf-8"))


@pytest.mark.parametrize("example", WORDS["examples"], ids=lambda e: f"{e['type']} {e['value']}")
def test_label_examples_from_the_data_file(example):
    assert duration_label(example["type"], example["value"]) == example["label"]


@pytest.mark.parametrize("example", WORDS["unlabelled"], ids=lambda e: f"{e['type']} {e['value']}")
def test_values_it_cannot_say_are_left_to_be_shown_raw(example):
    assert duration_label(example["type"], example["value"]) is None


def test_every_unit_of_the_data_is_read():
    # Each unit of the file, one and many, in a value of its own: a unit added to the data is read
    # without a change of code.
    formats = WORDS["formats"]
    for key, (one, many) in WORDS["date_units"].items():
        assert duration_label("DURATION", f"P1{key}") == formats["count"].format(number=1, unit=one)
        assert duration_label("DURATION", f"P3{key}") == formats["count"].format(number=3, unit=many)
    for key, (one, many) in WORDS["time_units"].items():
        assert duration_label("DURATION", f"PT1{key}") == formats["count"].format(number=1, unit=one)
        assert duration_label("SET", f"PT5{key}") == formats["every"].format(
            duration=formats["count"].format(number=5, unit=many))
