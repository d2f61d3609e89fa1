"""A saved page's update time (timeline/data/page_updates.yaml): every example of the data file."""

import datetime as dt

import pytest

from timeline.articles.updates import page_published, page_updated, page_updates


@pytest.mark.parametrize("example", page_updates()["examples"], ids=lambda e: e["page"][:40])
def test_a_pages_update_time_is_read_from_its_metadata(example):
    expected = example["updated"]
    if isinstance(expected, str):
        expected = dt.datetime.fromisoformat(expected)
    assert page_updated(example["page"]) == expected


@pytest.mark.parametrize("example", page_updates()["published_examples"], ids=lambda e: e["page"][:40])
def test_a_pages_first_publication_time_is_read_from_its_metadata(example):
    expected = example["published"]
    if isinstance(expected, str):
        expected = dt.datetime.fromisoformat(expected)
    assert page_published(example["page"]) == expected


@pytest.mark.parametrize("example", page_updates()["update_label_examples"], ids=lambda e: e["text"][:40])
def test_a_paragraph_that_says_it_is_the_update_is_known_by_its_opening(example):
    from timeline.extract.versions import update_label

    assert bool(update_label().search(example["text"])) is example["label"]
