"""Property tests: whatever a file holds, the loader answers with events or with the tool's own error.

Never another exception, never a crash: arbitrary YAML structures (random and event-shaped),
arbitrary Unicode text, a soup of YAML's own punctuation, arbitrary bytes, and arbitrary dates.
`HYPOTHESIS_PROFILE=thorough` runs ten times the examples.
"""

from __future__ import annotations

import datetime as dt
import os
import re

import yaml
from figures import example_ran
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline import schema
from timeline.errors import ProblemsError, TimelineError
from timeline.loader import load_events
from timeline.resolve import DateError, resolve_date

settings.register_profile("default", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

EVENT_KEYS = list(schema.properties("event"))
SOURCE_KEYS = list(schema.properties("source"))
FILE_KEYS = list(schema.properties("file"))
ID = re.compile(r"[a-z0-9][a-z0-9_-]*")

DATE_WORDS = st.sampled_from([
    "2019-01-08", "Jan. 7, 2019", "June 2018", "2018", "2018-SU", "2019-W02", "201", "20", "Tuesday", "yesterday",
    "30 February 2019", "2019-02-30", "2019-13-01", "0000", "9999-12-31", "c. 2018", "last week", "2019-01-08T25:00",
    "1 January 1", "Feb 29 2020", "",
])
SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates() | st.datetimes()
    | DATE_WORDS | st.sampled_from(["draft", "reviewed", "rejected", "seeds/a.txt", "../x", "/etc/passwd"])
)
KEYS = st.sampled_from(EVENT_KEYS + SOURCE_KEYS + FILE_KEYS) | st.text(max_size=8) | st.integers() | st.booleans() | st.none()
ANY = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS, inner, max_size=6), max_leaves=25)

SOURCE = st.fixed_dictionaries({}, optional={
    "file": st.text(max_size=20) | st.sampled_from(["seeds/a.txt", "../../x", "C:\\x", "a/./b"]),
    "url": st.text(max_size=20), "quote": st.text(max_size=20), "span": st.lists(st.integers(), max_size=3) | ANY,
    "published": DATE_WORDS | st.dates(), "qoute": st.text(max_size=5),
})
EVENT = st.fixed_dictionaries({}, optional={
    "date": DATE_WORDS | st.dates() | st.datetimes() | ANY,
    "end": DATE_WORDS | st.dates() | ANY,
    "anchor": DATE_WORDS | st.dates(),
    "title": st.text(max_size=30) | ANY,
    "id": st.from_regex(ID, fullmatch=True) | st.text(max_size=10),
    "summary": st.text(max_size=30), "tags": st.lists(st.text(max_size=5) | ANY, max_size=3),
    "sources": st.lists(SOURCE, max_size=2) | ANY, "status": st.sampled_from(["draft", "reviewed", "rejected", "done"]),
    "confidence": st.floats() | st.integers(), "approximate": st.booleans() | ANY, "titel": st.text(max_size=5),
})
FILE = st.lists(EVENT, max_size=4) | st.fixed_dictionaries(
    {"events": st.lists(EVENT, max_size=4) | ANY},
    optional={"anchor": DATE_WORDS | st.dates(), "tags": st.lists(st.text(max_size=5)) | ANY,
              "status": st.sampled_from(["draft", "reviewed", "done"]), "version": st.integers(0, 3), "sources": ANY},
)

YAML_SOUP = st.lists(
    st.sampled_from([
        "- ", ": ", "\n", "  ", "\t", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "<<: ", "? ", "!!str ", "!!python/name:os.system ",
        "!x ", "'", '"', "|", ">", "#", "---\n", "...\n", "%TAG !p! tag:yaml.org,2002:python/\n", "%YAML 1.1\n", "date", "title",
        "2019-01-08", "Tuesday", "events", "\\", "\u2028", "\ufeff", "\x85", "🙂", "0x1F", "1e9999", ".nan", "~", "null",
    ]) | st.text(max_size=3),
    max_size=40,
).map("".join)


def load_file_text(folder, data: bytes):
    """Events or ProblemsError: anything else fails the property."""
    path = folder / "fuzz.yaml"
    path.write_bytes(data)
    try:
        events = load_events([path])
    except ProblemsError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.message and problem.line >= 0 and problem.path.endswith("fuzz.yaml")
            assert len(problem.message) < 1_000, "messages quote values cut short"
        return None
    for event in events:
        assert ID.fullmatch(event.id), event.id
        assert event.title.strip() and event.date.first <= event.date.last
        assert event.end is None or event.date.first <= event.end.last
    return events


def dump(document) -> bytes:
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False).encode("utf-8", "surrogatepass")


@given(document=ANY, flow=st.booleans())
def test_any_yaml_structure_gives_events_or_problems(tmp_path_factory, document, flow):
    example_ran("loader: any YAML structure")
    load_file_text(_folder(tmp_path_factory), yaml.safe_dump(document, allow_unicode=True, default_flow_style=flow).encode("utf-8", "surrogatepass"))


@given(document=FILE)
def test_event_shaped_files_give_events_or_problems(tmp_path_factory, document):
    example_ran("loader: event-shaped files")
    load_file_text(_folder(tmp_path_factory), dump(document))


@given(text=st.text())
def test_any_unicode_text_gives_events_or_problems(tmp_path_factory, text):
    example_ran("loader: arbitrary Unicode text")
    load_file_text(_folder(tmp_path_factory), text.encode("utf-8"))


@given(text=YAML_SOUP)
def test_a_soup_of_yaml_punctuation_gives_events_or_problems(tmp_path_factory, text):
    example_ran("loader: YAML punctuation soup")
    load_file_text(_folder(tmp_path_factory), text.encode("utf-8", "surrogatepass"))


@given(data=st.binary())
def test_any_bytes_give_events_or_problems(tmp_path_factory, data):
    example_ran("loader: arbitrary bytes")
    load_file_text(_folder(tmp_path_factory), data)


@given(written=st.text(max_size=60) | DATE_WORDS | st.integers() | st.dates(min_value=dt.date(1, 1, 1)),
       anchor=st.none() | st.dates(min_value=dt.date(2, 1, 1), max_value=dt.date(9998, 12, 31)),
       approximate=st.booleans())
def test_any_date_resolves_or_raises_date_error(written, anchor, approximate):
    example_ran("resolve_date: arbitrary text")
    try:
        period = resolve_date(written, anchor, approximate)
    except DateError:
        return
    assert period.first <= period.last
    assert period.label and period.sort_key


def _folder(factory):
    folder = getattr(factory, "_fuzz_folder", None)
    if folder is None:
        folder = factory._fuzz_folder = factory.mktemp("fuzz")
    return folder


def test_the_tools_error_is_a_timeline_error():
    assert issubclass(ProblemsError, TimelineError) and issubclass(DateError, TimelineError)
