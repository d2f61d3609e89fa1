"""TimelineJS slides render a summary's Markdown; most summaries are one plain line, which Markdown
only wraps in a paragraph, and they skip the converter (0.77 s of CPU for 10,000 events otherwise).
The shortcut must give exactly what the converter gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.export import timelinejs


def converted(summary: str) -> str:
    converter = timelinejs._summary_markdown()
    converter.reset()
    return timelinejs.neutralise_links(converter.convert(str(timelinejs.markdown_text(summary))))


MARKUP_AND_BLOCKS = "ab 1.2)'\"*_`[]!<>&\\#|~:=-+\t\n\r0é日 xyz.,;?%$\u00a0\u2028\x0b\x0c"


@settings(max_examples=6000, deadline=None)
@given(st.text(alphabet=MARKUP_AND_BLOCKS, max_size=16) | st.text(max_size=40))
def test_a_summary_taken_as_plain_gives_what_markdown_gives(summary):
    if timelinejs._PLAIN_SUMMARY.fullmatch(summary):
        assert timelinejs.summary_html(summary) == converted(summary)


def test_plain_lines_take_the_shortcut_and_markup_or_blocks_do_not():
    plain = ["The council said on Monday that repairs would take weeks.", "1.5 million people were told to stay home",
             "It's \"safe\", officials said", "x. y"]
    marked = ["A **long** day", "1986. The year", "2) second", "- an item", "# a heading", "> a quote", "    code",
              "a\nb", "a\tb", "see [x](https://x.example)", "R&D", "", " ", "12."]
    assert all(timelinejs._PLAIN_SUMMARY.fullmatch(text) for text in plain)
    assert not any(timelinejs._PLAIN_SUMMARY.fullmatch(text) for text in marked)
    for text in plain + marked:
        assert timelinejs.summary_html(text) == converted(text) or not text.strip()
