"""Two clock-time confidences in wire copy, read through `timeline tag --explain` (clock).

"LONDON, March 2 (Reuters) - A fire broke out at the harbour at 19:40 on Saturday ... Crews worked
through the night. At 14:00 the harbour authority closed the quay": the 14:00 was counted from the
fire's day and held at 0.77, though it comes five hours before the fire it follows (a flashback, or
more likely the next day); and "19:40 on Saturday", on the date line's own Saturday, was held at
0.69 as any weekday told in the past, which may be a week before.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline.commands.tag import tag
from timeline.dates.api import GUESS_TRUST

REVIEW = 0.7  # the review page's threshold: below it a person is asked to look
LINE = "LONDON, March 2 (Reuters) - A fire broke out at the harbour at 19:40 on Saturday, the harbour authority said.\n\n"


def explained(tmp_path, text: str, dct: str | None = "2019-03-02") -> dict[str, dict]:
    f = tmp_path / "wire.txt"
    f.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(tag, [str(f), "--explain", *(["--dct", dct] if dct else [])])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(x) for x in result.output.splitlines() if x.strip()]
    return {t["text"]: t for t in doc["timexes"]}


@pytest.mark.parametrize("between", ["Crews worked through the night.\n\n", ""])
def test_a_clock_earlier_than_the_time_it_follows_is_held_below_review_and_says_why(tmp_path, between):
    found = explained(tmp_path, LINE + between + "At 14:00 the harbour authority closed the quay, a spokesman said.\n")
    quay = found["14:00"]
    assert quay["value"] == "2019-03-02T14:00"  # the value stays: no word in the text moves it
    assert quay["confidence"] <= GUESS_TRUST < REVIEW
    last = "the night" if between else "19:40 on Saturday"
    assert f"the time is earlier on that day than {last}, told before it" in quay["reason"]
    assert "next day" in quay["reason"]


@pytest.mark.parametrize("sentence, value", [
    ("At 21:00 the harbour authority closed the quay.", "2019-03-02T21:00"),  # later the same evening
    ("Earlier, at 14:00, the harbour authority had closed the quay.", "2019-03-02T14:00"),  # told as earlier
    ("At 14:00, hours before the fire, the quay was closed.", "2019-03-02T14:00"),
    ("The next day at 14:00 the harbour authority closed the quay.", "2019-03-03T14:00"),  # the day is said
])
def test_a_clock_the_text_places_keeps_its_confidence(tmp_path, sentence, value):
    clock = explained(tmp_path, LINE + sentence + "\n")[value[-5:]]
    assert clock["value"] == value
    assert clock["confidence"] > REVIEW and "earlier on that day" not in clock["reason"]


def test_the_date_lines_own_weekday_is_as_sure_as_the_date_line(tmp_path):
    found = explained(tmp_path, LINE)
    line, fire = found["March 2"], found["19:40 on Saturday"]
    assert line["value"] == "2019-03-02" and fire["value"] == "2019-03-02T19:40"
    # the date line is the article's day whatever the story's tense ("broke")
    assert "no tense" in line["reason"]
    assert fire["confidence"] == line["confidence"] > REVIEW


def test_a_weekday_in_a_later_sentence_or_on_another_day_is_not_the_date_lines(tmp_path):
    later = explained(tmp_path, LINE + "Police said the alarm was raised at 19:35 on Saturday.\n")
    assert later["19:35 on Saturday"]["confidence"] < later["March 2"]["confidence"]  # not told with the date line
    friday = explained(tmp_path, "LONDON, March 2 (Reuters) - Rail services were cut at 19:40 on Friday.\n")
    assert friday["19:40 on Friday"]["value"] == "2019-03-01T19:40"
    assert friday["19:40 on Friday"]["confidence"] < friday["March 2"]["confidence"]
