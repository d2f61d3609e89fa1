"""What `timeline extract` says of a run (timeline/extract/data/run_messages.yaml), and the reasons it
writes (reasons.yaml): each example formatted, and every message said by the code with exactly the
placeholders it has; a message no code says, or a placeholder no call fills, is found here, not by a
reader."""

from __future__ import annotations

import pytest

from tests.message_calls import calls, placeholders
from timeline.extract import reasons, rules, run_messages

DATA = rules.data("run_messages")["run_messages"]
MESSAGES = DATA["messages"]


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["message"])
def test_each_message_formats_its_example(example):
    fields = {key: value for key, value in example.items() if key not in ("message", "says")}
    assert placeholders(MESSAGES[example["message"]]) == set(fields)
    assert run_messages.said(example["message"], **fields) == example["says"]


def test_every_message_has_an_example_and_is_said_by_the_code_with_its_placeholders():
    assert set(MESSAGES) == {example["message"] for example in DATA["examples"]}
    said = calls({"said"}, owner="run_messages")
    assert said and all(call.kinds and not call.passes_more for call in said), said
    assert {kind for call in said for kind in call.kinds} == set(MESSAGES)
    for call in said:
        for kind in call.kinds:
            assert set(call.fields) == placeholders(MESSAGES[kind]), (call.where, kind)


# reasons.yaml's sections that are messages, each said through the function of its name
REASON_SECTIONS = ("said", "skipped", "article_date", "chosen_because", "related", "kept")


def test_every_reason_is_said_by_the_code_with_its_placeholders():
    table = rules.data("reasons")["reasons"]
    said = calls(set(REASON_SECTIONS), owner="reasons")
    used = {section: set() for section in REASON_SECTIONS}
    for call in said:
        section = table[call.function]
        fields = set(call.fields)
        if call.function == "said" and "reference_source" in fields:  # reasons.said names the kind from it
            fields = fields - {"reference_source"} | {"kind"}
        # a key the code computes (chosen_because's Loan.decided_by) may be any of its section's
        kinds = call.kinds or tuple(section)
        used[call.function].update(kinds)
        for kind in kinds:
            assert kind in section, (call.where, kind)
            if call.kinds and not call.passes_more:
                assert fields == placeholders(section[kind]), (call.where, kind)
            elif not call.passes_more:  # the fields of whichever it is: any may be used
                assert placeholders(section[kind]) <= fields, (call.where, kind)
    for name in REASON_SECTIONS:
        assert used[name] == set(table[name]), (name, set(table[name]) - used[name])


def test_verbose_counts_one_event_in_the_singular(seed, extract):
    # The walk of stop 34: "seeds/blog.html: no date; 1 events, 2 need a date, 1 debris spans removed".
    seed("---\npublished: 2024-03-06\n---\nNews of the day\n\nThe minister resigned on Monday.\n", "a.txt")
    said = extract("seeds", "--out", "events", "--verbose").output
    assert "seeds/a.txt: Wednesday 6 March 2024 (metadata); 1 event, 0 need a date, " in said, said
    assert "1 events" not in said


def test_an_articles_url_without_its_https_is_left_out_of_the_sources_written(seed, extract, tmp_path):
    # The walk of stop 34: such a url, copied into the sources, is refused by `timeline check` (the
    # loader), which would stop the next run at the tool's own file; the reading's note says it.
    seed("---\ntitle: T\nurl: www.herald.example/x\npublished: 2009-05-06\n---\n"
         "On 4 May 2009 the county ordered the evacuation.\n", "post.md")
    ran = extract("seeds", "--out", "events")
    assert ran.exit_code == 0 and "seeds/post.md:3: 'url' 'www.herald.example/x' in the front matter has no https://" in ran.stderr
    written = "".join(p.read_text("utf-8") for p in (tmp_path / "events").glob("*.yaml"))
    assert "2009-05-04" in written and "url:" not in written
    again = extract("seeds", "--out", "events")
    assert again.exit_code == 0, again.output
