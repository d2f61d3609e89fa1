"""HTML written into a Markdown article: its words are the article's, its tags are not. The tags
stayed in the event's title and quote, and every export carried them (only the site escaped them)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli

NOTES = ("---\ntitle: Notes on the flu\n---\n"
         "On 25 April 2009 the <b>WHO</b> declared an emergency<script>alert(1)</script> of international concern.\n\n"
         "<!-- to check -->On 27 April 2009 the alert was raised to <i class=\"x\">phase 4</i>, the agency said.\n\n"
         "On 28 April 2009 Mexico shut its museums, as <https://example.org> said, and 3 < 4.\n")


def test_tags_in_a_markdown_article_are_left_out_of_titles_and_quotes_and_spans_point_at_the_quotes(
        seed, extract, read_events):
    seed(NOTES, "notes.md")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    events = read_events(Path("events"))
    written = [e["title"] for e in events] + [s["quote"] for e in events for s in e["sources"]]
    assert len(events) == 3
    assert not any("<b>" in w or "script" in w or "alert(1)" in w or "<i" in w for w in written), written
    assert "The WHO declared an emergency of international concern" in [e["title"] for e in events]
    assert any("<https://example.org>" in w and "3 < 4" in w for w in written)  # an autolink and a "<" are words
    checked = CliRunner().invoke(cli, ["check"], catch_exceptions=False)
    assert checked.exit_code == 0, checked.output  # every span points at its quote in the text as read
