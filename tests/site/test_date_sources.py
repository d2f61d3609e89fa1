"""Where an article's date came from, in a reader's words (timeline/data/date_sources.yaml)."""

from importlib import resources

import pytest
import yaml

from timeline.site.date_sources import claimed, found_in, inferred_note

WORDS = yaml.safe_load(resources.files("timeline").joinpath("data/date_sources.yaml").read_text("utf-8"))


@pytest.mark.parametrize("example", WORDS["examples"], ids=lambda e: e["says"])
def test_wordings_from_the_data_file(example):
    said = (found_in(example["found"]) if "found" in example else
            inferred_note(example["inferred"], example["reason"]) if "inferred" in example else
            claimed(example["claimed"], example["reason"]))
    assert said == example["says"]


def test_every_wording_is_a_readers_not_the_tools():
    # "(given: front matter)" told a reader the tool's terms; no wording opens with one now
    texts = [*WORDS["found"].values(), *WORDS["claimed"].values(), *WORDS["claimed_without_reason"].values()]
    assert not [t for t in texts if t.split(":")[0] in ("given", "metadata", "inferred", "none", "front matter")]
