"""A quote's mark of words left out ("[…]"): what a source's quote writes for the page furniture a
sentence of a text converted from a PDF runs across (data/debris.yaml's page_breaks `shown_as`), its
span the text's own. Where a quote is sought in its article (`timeline check`, `timeline extract`,
the site), the mark stands for any words of at most page_breaks' `elided_max_chars` characters."""

from __future__ import annotations

import html
import re

from timeline.extract import rules


def mark() -> str:
    return str(rules.data("debris")["page_breaks"]["shown_as"])


def pieces(quote: str) -> list[str]:
    """The quote's runs of words between its elision marks, each with its spaces as one; the quote
    whole when it has none."""
    return [" ".join(piece.split()) for piece in quote.split(mark())]


def pattern(quote: str) -> re.Pattern | None:
    """A pattern of the quote's words, unescaped, as the text may space and break them, each elision
    mark any text up to elided_max_chars; None for a quote without words."""
    most = int(rules.data("debris")["page_breaks"]["elided_max_chars"])
    runs = [html.unescape(piece).split() for piece in quote.split(mark())]
    if not any(runs):
        return None
    words = [r"\s+".join(re.escape(word) for word in run) for run in runs]
    return re.compile(rf"\s+(?s:.{{0,{most}}}?)\s*".join(words) if len(words) > 1 else words[0])


def holds(spaced: str, quote: str) -> bool:
    """Whether `spaced` (a text with its spaces as one) holds the quote's words, its pieces in order
    where it has elision marks."""
    at = 0
    for piece in pieces(quote):
        found = spaced.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True
