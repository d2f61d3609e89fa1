"""A wire story's date line names its outlet: the examples of agencies.yaml, and the data's own checks."""

import re

import pytest

from timeline.articles.agency import agencies, agency_outlet


@pytest.mark.parametrize("example", agencies()["examples"], ids=lambda e: e["text"][:40])
def test_agency_examples_from_the_data_file(example):
    assert agency_outlet(example["text"]) == example["outlet"]


def test_every_mark_is_a_name_the_pattern_can_take_and_stands_for_an_outlet():
    for mark, outlet in agencies()["agencies"].items():
        assert re.fullmatch(r"[A-Za-z]+", mark) and isinstance(outlet, str) and outlet.strip(), mark
        assert agency_outlet(f"CITY ({mark}) - Text.") == outlet
