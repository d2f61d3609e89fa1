"""Python-Markdown's search for the `]` closing each `[`, the same answer in a fraction of the time.

Python-Markdown (3.11) finds the text of a link, `[text](url)`, by working out, for every position
of the text being read, where the bracket open there closes (`LinkInlineProcessor._findBracketEnds`),
a loop in Python over every character; it does so again each time a link found changes the text, so
for each link of a paragraph or list item. The plugin's pages link a lot: on bench_serve's site of
1,000 events a save that changed the review page (530 items, each a link) and a year page read 1.2
million characters so, in 2,813 calls; converting those two pages took 5.72 G instructions
(callgrind), 3.43 G with bracket_ends.

`bracket_ends` gives the same list, visiting only the brackets (a regular expression finds them) and
filling the positions between them a run at a time: about 75 times faster on 1,400 characters of
the review page. `use_fast_bracket_ends` puts it in Markdown's place for the life of the process
(the plugin does so at startup, for `mkdocs build` and `mkdocs serve` alike), only when Markdown's
own is there and agrees with it on a set of probes; so a Markdown that changed what the function
means keeps its own, and every page converts to the same HTML either way.

Upstream knows the cost (Python-Markdown issues #161, #798 and #1619: time superlinear in a
paragraph's links and brackets). This module is a bridge to the release that walks only the
brackets itself; then it can go, and until then the probes keep it from standing in for a function
that means something else.
"""

from __future__ import annotations

import re

try:  # MkDocs depends on Markdown; the plugin runs only where it is installed
    from markdown.inlinepatterns import LinkInlineProcessor
except ImportError:  # pragma: no cover
    LinkInlineProcessor = None

_BRACKET = re.compile(r"[\[\]]")
_NAME = "_findBracketEnds"
_MARKDOWN_OWN: staticmethod | None = None  # Markdown's function, once bracket_ends has replaced it

# Texts on which Markdown's function and this one must agree before this one replaces it: nesting,
# unclosed and unopened brackets, brackets first and last, none at all.
PROBES = ("", "a", "[", "]", "[]", "][", "[a]", "a[b]c", "[[a]b]c]", "[a[b]c", "]a[b]]c[[d]",
          " [ab  a ab]b]a][babb]a[[", "[x](y) and [[z]](w) ] [", "no brackets here")


def bracket_ends(data: str) -> list[int | None]:
    """For each index of data (and its end), the index just past the `]` that first takes the depth
    below what it was before that index, or None when none does: what Markdown's `_findBracketEnds`
    returns, for the same text.

    The depth before each position (`[` counted +1, `]` -1) is the same for all the positions from
    just after one bracket to the next bracket, inclusive: a run. A `]` read at depth d takes the
    depth to d - 1, which closes every run still waiting at depth d or more; those lie on top of the
    waiting runs, whose depths never decrease from bottom to top.
    """
    ends: list[int | None] = [None] * (len(data) + 1)
    waiting: list[tuple[int, int, int]] = []  # runs (first position, past the last, depth)
    depth = 0
    start = 0
    for bracket in _BRACKET.finditer(data):
        at = bracket.start()
        waiting.append((start, at + 1, depth))
        start = at + 1
        if data[at] == "[":
            depth += 1
            continue
        while waiting and waiting[-1][2] >= depth:
            first, past, _depth = waiting.pop()
            ends[first:past] = [at + 1] * (past - first)
        depth -= 1
    return ends


def use_fast_bracket_ends() -> bool:
    """Have Markdown's link processors use bracket_ends; True when they do (now or already)."""
    global _MARKDOWN_OWN
    if LinkInlineProcessor is None:
        return False
    current = LinkInlineProcessor.__dict__.get(_NAME)
    own = getattr(current, "__func__", None)
    if own is bracket_ends:
        return True
    if (not isinstance(current, staticmethod) or getattr(own, "__module__", "") != "markdown.inlinepatterns"
            or any(own(probe) != bracket_ends(probe) for probe in PROBES)):
        return False
    setattr(LinkInlineProcessor, _NAME, staticmethod(bracket_ends))
    _MARKDOWN_OWN = current
    return True


def markdown_own():
    """Markdown's own function, which bracket_ends replaced (None before it did): for the tests."""
    return None if _MARKDOWN_OWN is None else _MARKDOWN_OWN.__func__
