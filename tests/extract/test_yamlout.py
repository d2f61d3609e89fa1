"""The writer: what it writes reads back as the data it was given, and reads well."""

from __future__ import annotations

import datetime as dt

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.yamlout import WIDTH, dump

# Long lines of printable ASCII words too: the writer folds those without reading them back.
ascii_words = st.lists(st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=12),
                       min_size=1, max_size=40).map(" ".join)
text = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), max_size=300), ascii_words)
scalars = st.one_of(text, st.integers(-10**6, 10**6), st.booleans(), st.none(),
                    st.dates(dt.date(1000, 1, 1), dt.date(2999, 12, 31)), st.floats(0, 1).map(lambda f: round(f, 2)))
events = st.fixed_dictionaries(
    {"date": st.one_of(text, st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))), "title": text},
    optional={"summary": text, "note": text, "tags": st.lists(text, max_size=3), "confidence": scalars,
              "sources": st.lists(st.fixed_dictionaries({"file": text}, optional={"quote": text,
                                  "span": st.lists(st.integers(0, 10**6), min_size=2, max_size=2)}), max_size=3),
              "extra key": scalars},
)


@settings(max_examples=300, deadline=None)
@given(st.lists(events, max_size=4))
def test_what_is_written_reads_back_as_the_same_data(items):
    document = {"version": 1, "events": items}
    written = dump(document, ["a header"])
    assert yaml.safe_load(written) == document
    assert dump(yaml.safe_load(written), ["a header"]) == written  # stable: a re-write changes no byte


def test_block_style_stable_key_order_folded_text_and_little_quoting():
    document = {"events": [{
        "sources": [{"span": [1, 20], "quote": "word " * 40 + "end.", "file": "seeds/a.txt"}],
        "title": "Kim leaves: Beijing", "date": dt.date(2019, 1, 8), "id": "2019-01-08-kim", "status": "draft",
    }], "version": 1}
    written = dump(document)
    assert written.splitlines()[:5] == [
        "version: 1",
        "events:",
        "  - id: 2019-01-08-kim",
        "    date: 2019-01-08",
        "    title: 'Kim leaves: Beijing'",
    ]
    assert "    status: draft" in written and "        span: [1, 20]" in written
    assert "        quote: >-" in written
    assert all(len(line) <= WIDTH for line in written.splitlines())
