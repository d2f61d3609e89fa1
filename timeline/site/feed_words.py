"""The words of the page a browser shows for the site's feed (templates/feed_words.yaml, or a site's
own in its templates folder), set after feed.css as CSS custom properties that its `content:` reads.

Words, not CSS: each is written as a CSS string with every character outside printable ASCII, and
every quote and backslash, escaped, so that no text closes the string or the rule, and the file reads
the same whatever encoding a browser takes it in (a stylesheet served without a charset)."""

from __future__ import annotations

from pathlib import Path

import yaml

from timeline.errors import TimelineError, display_path
from timeline.yamlfile import explain_yaml_error

WORDS = "feed_words.yaml"
# key in the file -> the custom property feed.css reads
PROPERTIES = {"title_before": "--tl-feed-title-before", "about": "--tl-feed-about", "link_before": "--tl-feed-link-before"}


def feed_words(default_templates: Path, site_templates: Path | None = None) -> dict[str, str]:
    """The words by key: the shipped file's, then any the site's own file gives."""
    words = _read(default_templates / WORDS)
    own = site_templates / WORDS if site_templates else None
    if own is not None and own.is_file():
        words.update(_read(own))
    missing = sorted(set(PROPERTIES) - set(words))
    if missing:
        raise TimelineError(f"{display_path(default_templates / WORDS)}: no {', '.join(missing)}: "
                            "the feed's page needs every one of its words")
    return words


def words_rule(words: dict[str, str]) -> str:
    """The rule that sets the words, for the end of feed.css: on the feed's root element, which any
    element of the feed inherits them from."""
    lines = [f"  {PROPERTIES[key]}: {css_string(words[key])};" for key in PROPERTIES]
    return (f"/* The words of this page: {WORDS} (the site's own, in its templates folder, replaces them). */\n"
            ":root {\n" + "\n".join(lines) + "\n}\n")


def css_string(text: str) -> str:
    """`text` as a double-quoted CSS string, printable ASCII only (CSS Syntax 4.3.7, escapes)."""
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif " " <= char <= "~":
            out.append(char)
        else:  # the space after a hexadecimal escape ends it, and is not part of the text
            out.append(f"\\{ord(char):x} ")
    return '"' + "".join(out) + '"'


def _read(path: Path) -> dict[str, str]:
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TimelineError(f"{shown}: cannot be read ({error}); save it as UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        line, message = explain_yaml_error(error, text)
        raise TimelineError(f"{shown}:{line}: {message}") from None
    except yaml.YAMLError as error:
        raise TimelineError(f"{shown}: not YAML the tool can read ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise TimelineError(f"{shown}: give the feed page's words as keys and text, e.g. link_before: \"On the site: \"")
    words = {}
    for key, value in data.items():
        if key not in PROPERTIES:
            raise TimelineError(f"{shown}:{_line(text, key)}: unknown key {key!r}; the feed page's words are "
                                f"{', '.join(PROPERTIES)}")
        if not isinstance(value, str):
            raise TimelineError(f"{shown}:{_line(text, key)}: {key} must be text, in quotes if need be "
                                f"({key}: \"...\")")
        words[key] = value
    return words


def _line(text: str, key: object) -> int:
    """The line where `key` is given, 0 when not found (a key written in flow style)."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith(f"{key}:"):
            return number
    return 0
