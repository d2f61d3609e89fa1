"""The words of a Markdown or text article without the HTML written into it, as the .html reader
keeps a page's words and not its markup: notes pasted from a page kept `<b>WHO</b>` and
`<script>alert(1)</script>` in the event's title and quote, and every export (csv, ics, json,
wikitext, atom) carried the tags that only the site escaped."""

from __future__ import annotations

import re

# An element whose contents are no article's words: a script, a style sheet, a template.
_HIDDEN_ELEMENT = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# A comment; a Markdown file hides notes to its writer in them.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# A tag that starts or ends a block: a line break in its place, so that "<p>One.</p><p>Two.</p>"
# stays two sentences.
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer)\b[^<>]*>",
                        re.IGNORECASE)
# Any other tag: a letter right after '<' (or '</'), so that "a < b", "<3" and Markdown's autolinks
# "<https://example.org>" and "<me@example.org>" are words, not tags.
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


def without_tags(text: str) -> str:
    """The text with its HTML tags removed (their words kept) and script and style elements dropped
    whole. Text without a tag comes back as it is."""
    if "<" not in text:
        return text
    text = _HIDDEN_ELEMENT.sub("", text)
    text = _COMMENT.sub("", text)
    text = _BLOCK_TAG.sub("\n", text)
    return _TAG.sub("", text)
