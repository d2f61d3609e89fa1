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



@pytest.mark.parametrize("line, date, rule", [
    ("KESTERBY, Jan. 9, 2019 ({mark}) -- The council said", "Jan. 9, 2019", "dateline_month_day_year"),
    ("KESTERBY, Jan. 9 ({mark}) -- The council said", "Jan. 9", "dateline_month_day"),
    ("KESTERBY, 9 Jan ({mark}) - The council said", "9 Jan", "dateline_day_month"),
])
def test_the_date_engine_reads_a_date_line_of_every_mark_the_outlet_reader_knows(line, date, rule):
    # one list for both (agencies.yaml): the engine's date-line rules kept their own, and they disagreed
    import datetime as dt

    from timeline.dates import tag

    marks = [*agencies()["agencies"], *(agencies()["release_wires"] if rule != "dateline_day_month" else [])]
    for mark in marks:
        found = [(t.text, t.rule) for t in tag(line.format(mark=mark), dt.date(2019, 1, 10)).timexes]
        assert found[:1] == [(date, rule)], mark
