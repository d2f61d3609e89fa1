"""The extractor's patterns built from the code a run kept (pattern_cache.py) are the patterns
re.compile makes, and find what they find."""

from __future__ import annotations

import re

import pytest

from timeline.extract import pattern_cache, rules

from .test_rules import PATTERN_LISTS, _texts_to_try


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """A cache folder holding the entry a first run writes."""
    where = tmp_path_factory.mktemp("cache")
    assert pattern_cache.kept(rules._every_source, where) is not None
    assert len(list(where.glob("rules-*.bin"))) == 1
    return where


def test_every_pattern_of_the_data_files_is_kept():
    compiled = {p.regex.pattern for name, key in PATTERN_LISTS for p in rules.patterns(name, key)}
    assert compiled <= set(rules._every_source())


def test_a_kept_pattern_is_the_one_re_compile_makes(folder, monkeypatch):
    # Read back from the folder: nothing compiled now.
    monkeypatch.setattr(pattern_cache.CodeBook, "made_of", None)
    book = pattern_cache.kept(rules._every_source, folder)
    texts = _texts_to_try()
    for name, key in PATTERN_LISTS:
        for pattern in rules.patterns(name, key):
            kept = book.regex(pattern.regex.pattern, pattern_cache.FLAGS)
            assert kept is not None, f"{name}.yaml {pattern.name} not kept"
            assert kept == re.compile(pattern.regex.pattern, pattern_cache.FLAGS)  # same flags and code
            for text in (*pattern.examples, *pattern.counter, *texts[:200]):
                slow, fast = pattern.regex.search(text), kept.search(text)
                assert (slow and (slow.span(), slow.groupdict())) == (fast and (fast.span(), fast.groupdict())), (
                    f"{name}.yaml {pattern.name} on {text!r}")
            if pattern.needs is not None:  # its pre-check, both ways it is searched
                source = pattern.needs.any_case.pattern
                assert book.regex(source, pattern_cache.FLAGS) == re.compile(source, pattern_cache.FLAGS)
                if pattern.needs.lower is not None:
                    assert book.regex(source, 0) == re.compile(source), f"{name}.yaml {pattern.name}"
            if pattern.for_lower_case() is not None:  # first_match's, for text lower-cased: kept too
                source = pattern.for_lower_case().pattern  # its date marks in lower case
                lower = book.regex(source, 0)
                assert lower is not None and lower == re.compile(source), f"{name}.yaml {pattern.name}"


def test_the_entry_is_the_same_bytes_each_time(folder, tmp_path):
    pattern_cache.kept(rules._every_source, tmp_path)
    [first], [again] = folder.glob("rules-*.bin"), tmp_path.glob("rules-*.bin")
    assert first.name == again.name and first.read_bytes() == again.read_bytes()


def test_without_a_folder_nothing_is_kept_and_patterns_compile_as_usual(tmp_path):
    assert pattern_cache.kept(rules._every_source, None) is None
    not_kept = r"\bneither\s+kept\s+nor\s+in\s+any\s+data\s+file\b"
    assert rules._compiled(not_kept) == re.compile(not_kept, re.IGNORECASE)


def test_a_broken_entry_is_compiled_again(folder, tmp_path):
    [entry] = folder.glob("rules-*.bin")
    (tmp_path / entry.name).write_bytes(entry.read_bytes()[:-100])  # cut short
    book = pattern_cache.kept(rules._every_source, tmp_path)
    source = rules._every_source()[0]
    assert book.regex(source, pattern_cache.FLAGS) == re.compile(source, pattern_cache.FLAGS)
    assert (tmp_path / entry.name).read_bytes() == entry.read_bytes()  # written whole again
