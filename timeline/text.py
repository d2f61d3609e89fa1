"""Escaping of user text for the Markdown and HTML that pages are made of.

Everything a person or an article can write reaches the site through these functions, so that
"<script>" or "[x](javascript:...)" in a title shows as text and never runs.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable

from markupsafe import Markup

# Characters that make Markdown anywhere in a line ('<' and '>' are HTML-escaped before); and at the
# start of a line, those that open a heading, a list or a rule ("# ", "- ", "+ ", "1. ", "===").
# Escaping only these keeps the text literal with a fraction of the backslashes (full stops and
# hyphens are most of a sentence's), which Markdown then has fewer of to undo on every page.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]|~])")
_LINE_OPENER = re.compile(r"^(?:[#+\-=]|\d+(?=[.)]))")


def _escaper(escape: Callable[[str], Markup]) -> Callable[[object], Markup]:
    """escape(text) made a filter for any value: a Markup is escaped already and passes as it is,
    None is empty, anything else is escaped as its text."""

    @functools.wraps(escape)
    def escape_value(value: object) -> Markup:
        if isinstance(value, Markup):
            return value
        return escape("" if value is None else str(value))

    return escape_value


# Templates escape the same titles, dates and ids on page after page (a 10,000-event site: 600,000
# times); a Markup is immutable, so one made is as good as a new one.
@_escaper
@functools.lru_cache(maxsize=1 << 16)
def html_text(text: str) -> Markup:
    """Text for an HTML context (inside a raw HTML tag or attribute)."""
    return Markup(html.escape(text, quote=True))


@_escaper
@functools.lru_cache(maxsize=1 << 16)
def inline_text(text: str) -> Markup:
    """Text for a Markdown context that must show literally: no markup, no links, no HTML."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIALS.sub(r"\\\1", escaped)
    # A newline would end a list item or a heading: keep the text on one line.
    one_line = " ".join(escaped.split())
    return Markup(_LINE_OPENER.sub(_escape_opener, one_line, count=1))


def _escape_opener(match: re.Match) -> str:
    opener = match.group(0)
    if opener[0].isdigit():
        return opener + "\\"  # "1986\." starts no numbered list
    return "&#61;" if opener == "=" else "\\" + opener  # Markdown has no backslash escape for '='


# After each '/' of a path: the places a path may break.
_PATH_PARTS = re.compile(r"(?<=/)(?=.)")
# A part longer than this is not kept whole: a phone's line (375 px, inside a list) holds about 38
# characters of inline code, and a part kept whole beyond it would overflow the page sideways.
PATH_PART_KEPT_WHOLE_UP_TO = 36


@_escaper
def path_text(text: str) -> Markup:
    """A file's path or place ("events/flu-2009-04.yaml:29") as inline code that a narrow line breaks
    after a '/', not at the name's hyphens, which left "flu-2009-" on one line and "04.yaml" on the
    next (a box per part, display: inline-block, let the line break between the name and the ':' after it)."""
    parts = _PATH_PARTS.split(text)
    written = "<wbr>".join(
        f'<span class="tl-whole">{inline_text(part)}</span>' if len(part) <= PATH_PART_KEPT_WHOLE_UP_TO
        else str(inline_text(part)) for part in parts)
    return Markup(f'<code class="tl-path">{written}</code>')


# Inline code (Markdown's `...`: <code> without attributes) with a hyphen, outside the page's code
# blocks; a hyphen after which a line may break (not one before a space or the end; Chromium breaks
# between two, "-" and "-site-url").
_CODE_BLOCK = re.compile(r"<pre[\s>].*?</pre>", re.DOTALL)
_INLINE_CODE = re.compile(r"<code>([^<]*-[^<]*)</code>")
_BREAK_AFTER_HYPHEN = re.compile(r"-(?=\S)")
JOIN = '<span class="tl-join"></span>'


def code_words_whole(page_html: str) -> str:
    """The page's inline code with an empty span.tl-join after each hyphen inside a word, whose
    generated text (timeline.css) is a word joiner (U+2060): a line no longer breaks there ("--site-" at
    one line's end, "url" at the next one's start, on a phone), and a word longer than the line still
    breaks where it must (Material's code breaks anywhere then). Generated text is not copied, found by
    the page's search, nor read out: the code is the same text to the reader."""
    if "<code>" not in page_html:
        return page_html
    parts = []
    end = 0
    for block in _CODE_BLOCK.finditer(page_html):
        parts += [_INLINE_CODE.sub(_hyphens_joined, page_html[end:block.start()]), block.group(0)]
        end = block.end()
    parts.append(_INLINE_CODE.sub(_hyphens_joined, page_html[end:]))
    return "".join(parts)


def _hyphens_joined(code: re.Match) -> str:
    return f"<code>{_BREAK_AFTER_HYPHEN.sub('-' + JOIN, code.group(1))}</code>"


@_escaper
def markdown_text(text: str) -> Markup:
    """User Markdown (a summary): formatting is kept, raw HTML is shown as text."""
    return Markup(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# A scheme ("javascript:") needs a ':' before the value's first '/', or an entity ('&') that could
# spell one. The search starts at '=' (a case-blind search for the attribute names is four times
# slower over a page) and the name before it is checked only for the few values that qualify.
_SCHEME_LIKE_VALUE = re.compile(r"""=\s*(?:(")(?=[^"/]*[:&])(.*?)"|(')(?=[^'/]*[:&])(.*?)')""", re.DOTALL)
_URL_ATTRIBUTE_BEFORE = re.compile(r"\b(href|src|action|formaction)\s*$", re.IGNORECASE)
_SAFE_SCHEMES = ("http", "https", "mailto")


def neutralise_links(page_html: str) -> str:
    """Replace link targets with schemes that can run code (javascript:, data:) by '#'."""

    def fix(match: re.Match) -> str:
        if not _URL_ATTRIBUTE_BEFORE.search(page_html, max(0, match.start() - 64), match.start()):
            return match.group(0)
        quote = match.group(1) or match.group(3)
        url = html.unescape(match.group(2) if match.group(1) else match.group(4))
        compact = re.sub(r"[\x00-\x20]+", "", url).lower()
        scheme = compact.split(":", 1)[0] if ":" in compact.split("/", 1)[0] else ""
        if scheme and scheme not in _SAFE_SCHEMES:
            return f"={quote}#{quote}"
        return match.group(0)

    return _drop_event_handlers(_SCHEME_LIKE_VALUE.sub(fix, page_html))


# A start tag and its attributes, read the way a browser tokenises them: a quoted value is one token,
# so "onclick=" inside a title="..." is text, not an attribute.
_ATTRIBUTE = r"""\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?"""
_START_TAG = re.compile(rf"<[a-zA-Z][^\s/>]*(?:{_ATTRIBUTE})*\s*/?>")
_ONE_ATTRIBUTE = re.compile(_ATTRIBUTE)


# An attribute name follows white space; a page without "on...=" after white space has no handler
# that runs anything (one without a value runs nothing), and most pages have none: one search in C
# instead of a Python call for each of thousands of tags.
_HANDLER_LIKE = re.compile(r"""\son[^\s"'<>/=]*\s*=""", re.IGNORECASE)


def _drop_event_handlers(page_html: str) -> str:
    """Remove event-handler attributes: Markdown's attr_list turns "# Title { onclick=... }" into one."""
    if not _HANDLER_LIKE.search(page_html):
        return page_html

    def clean(tag: re.Match) -> str:
        text = tag.group(0)
        if " on" not in text.lower() and "\ton" not in text.lower() and "\non" not in text.lower():
            return text
        kept = _ONE_ATTRIBUTE.sub(lambda a: "" if a.group(0).lstrip().lower().startswith("on") else a.group(0), text)
        return kept

    return _START_TAG.sub(clean, page_html)


# Schemes whose address runs code in the program that opens it instead of fetching a page: never an
# article's address. The exports leave such a url out (timeline.export.address); the site links only
# http(s) and mailto (safe_url, neutralise_links).
SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "data"})


def script_scheme(value: object) -> str | None:
    """The scheme of a URL that runs a script ("javascript"), read as a browser reads it: case-blind,
    blind to white space and control characters (" JaVa\tScRiPt:"); None for any other URL."""
    compact = re.sub(r"[\x00-\x20]+", "", "" if value is None else str(value)).lower()
    scheme = compact.split(":", 1)[0] if ":" in compact.split("/", 1)[0] else ""
    return scheme if scheme in SCRIPT_SCHEMES else None


_URL_UNSAFE_CHARS = re.compile(r"""[\x00-\x20"'<>()\[\]\\`{}|^]""")


_HOST_FIRST = re.compile(r"(?i)^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$")


def address_without_scheme(value: object) -> str | None:
    """What to write for a `url` typed without its https:// ("www.example.org/news"), which no page
    can link to (a wiki marks its |url= as an error): the address with it; None for any other value."""
    url = ("" if value is None else str(value)).strip()
    return f"https://{url}" if _HOST_FIRST.match(url) else None


def safe_url(value: object) -> str | None:
    """An http(s) or mailto URL made safe inside a Markdown link or an attribute; None otherwise.

    Characters that could end the link or the attribute are percent-encoded, so that a URL from an
    event file can never smuggle markup or a script scheme into the page.
    """
    url = ("" if value is None else str(value)).strip()
    scheme = url.split(":", 1)[0].lower() if ":" in url else ""
    if scheme not in _SAFE_SCHEMES:
        return None
    return _URL_UNSAFE_CHARS.sub(lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8")), url)
