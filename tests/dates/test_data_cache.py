"""The shipped data files read from the kept entry (timeline/dates/data_cache.py) are what YAML reads
in them, and an entry that is missing, cut short or another's only costs the time of reading them."""
import datetime as dt

import pytest
import yaml

from timeline.dates import data_cache, rule_cache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(rule_cache.CACHE_VARIABLE, str(tmp_path))
    data_cache._entry.cache_clear()
    yield tmp_path
    data_cache._entry.cache_clear()


def _as_yaml_reads(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=data_cache.YAML_LOADER)


def _same(a, b) -> bool:
    """Equal, and of the same types all the way down (a day is no time, 1 is no True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def test_every_shipped_file_read_from_the_entry_is_what_yaml_reads(cache):
    files = data_cache._files()
    assert len(files) > 20
    data_cache._entry()  # written now
    (entry,) = cache.glob("rules-*.bin")
    data_cache._entry.cache_clear()
    kept = data_cache._entry()  # read back
    assert len(kept) == len(files)
    assert any(days for _, days in kept.values())  # the rule files' examples hold days
    for path in files:
        assert _same(data_cache.load(path), _as_yaml_reads(path)), path
    assert list(cache.glob("rules-*.bin")) == [entry]


def test_each_load_is_a_fresh_copy(cache):
    path = data_cache._ROOT / "data" / "typed_dates.yaml"
    first = data_cache.load(path)
    first.clear()
    assert data_cache.load(path) == _as_yaml_reads(path)


def test_days_and_times_come_back_as_written(cache, tmp_path):
    value = {"a": [dt.date(2009, 4, 26), {"b": dt.datetime(2009, 4, 26, 16, 36, tzinfo=dt.timezone.utc)}], "c": 1}
    days = [False]
    written = data_cache._days_written(value, days)
    assert days[0] and _same(data_cache._days_back(written), value)


def test_a_file_elsewhere_is_read_with_yaml(cache, tmp_path):
    other = tmp_path / "rules.yaml"
    other.write_text("when: 2009-04-26\nlist: [1, two]\n", encoding="utf-8")
    assert data_cache.load(other) == {"when": dt.date(2009, 4, 26), "list": [1, "two"]}


def test_a_broken_or_foreign_entry_is_worked_out_again(cache):
    data_cache._entry()
    (entry,) = cache.glob("rules-*.bin")
    whole = entry.read_bytes()
    entry.write_bytes(whole[: len(whole) // 2])  # cut short
    data_cache._entry.cache_clear()
    path = data_cache._ROOT / "extract" / "data" / "events.yaml"
    assert data_cache.load(path) == _as_yaml_reads(path)
    assert entry.read_bytes() == whole  # and kept whole again


def test_without_a_cache_folder_every_file_is_read_with_yaml(monkeypatch):
    monkeypatch.setenv(rule_cache.CACHE_VARIABLE, "")
    data_cache._entry.cache_clear()
    try:
        assert data_cache._entry() == {}
        path = data_cache._ROOT / "data" / "labels.yaml"
        assert data_cache.load(path) == _as_yaml_reads(path)
    finally:
        data_cache._entry.cache_clear()
