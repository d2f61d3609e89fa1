"""What a command says when it cannot write its files whole (timeline/data/write_messages.yaml): each
example formatted, every message said by timeline/atomic.py with exactly the placeholders it has, and
the refusal a person meets when they saved an event file while `timeline extract` worked."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tests.message_calls import calls, placeholders
from timeline.atomic import ChangedMeanwhile, write_all, write_message

DATA = yaml.safe_load(resources.files("timeline").joinpath("data/write_messages.yaml").read_text("utf-8"))["write_messages"]
MESSAGES = DATA["messages"]


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["message"])
def test_each_message_formats_its_example(example):
    fields = {key: value for key, value in example.items() if key not in ("message", "says")}
    assert placeholders(MESSAGES[example["message"]]) == set(fields)
    assert write_message(example["message"], **fields) == example["says"]


def test_every_message_has_an_example_and_is_said_by_the_code_with_its_placeholders():
    assert set(MESSAGES) == {example["message"] for example in DATA["examples"]}
    said = calls({"write_message"})
    assert said and all(call.kinds and not call.passes_more for call in said), said
    assert {kind for call in said for kind in call.kinds} == set(MESSAGES)
    for call in said:
        for kind in call.kinds:
            assert set(call.fields) == placeholders(MESSAGES[kind]), (call.where, kind)


def test_a_file_saved_meanwhile_is_kept_and_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "flu.yaml"
    path.write_text("as read\n", "utf-8")
    path.write_text("saved by a person\n", "utf-8")
    with pytest.raises(ChangedMeanwhile) as refused:
        write_all({path: "new\n"}, read={path: "as read\n"})
    assert str(refused.value) == ("flu.yaml: changed while this run was working (saved from an editor?); nothing was "
                                  "written, so that change is kept: run it again, which reads it")
    assert path.read_text("utf-8") == "saved by a person\n"
