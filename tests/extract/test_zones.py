"""A clock time given with its zone keeps the zone in the event's date ("9 a.m. EST" is
2026-03-04T09:00-05:00): shown as "09:00" alone it read as the reader's own time, five hours off
for a British desk. The table and its examples are timeline/extract/data/zones.yaml."""

import pytest

from timeline.extract import rules
from timeline.extract.zones import zoned


@pytest.mark.parametrize("expression, pair", rules.data("zones")["examples"].items())
def test_the_zone_table_examples(expression, pair):
    value, expected = pair
    assert zoned(value, expression) == expected


def test_extract_keeps_the_zone_of_a_clock_time_and_the_site_shows_it(extract_sentence):
    from timeline.period import parse_value

    event = extract_sentence(
        "Gulfstar Lines said at 9 a.m. EST on Wednesday that its crew had been moved ashore.",
        "2026-03-04", "Port fire")
    assert str(event["date"]) == "2026-03-04T09:00-05:00"
    assert parse_value(str(event["date"])).label == "Wed 4 Mar 2026, 09:00 UTC-05:00"
    assert event["id"].startswith("2026-03-04-gulfstar-")  # an id opens with the day, not its time
