"""Sentences with their offsets, from syntok's segmenter.

syntok (segtok's successor) is rule-based and ships no data to download; it knows abbreviations
such as "Jan.", "Mr." and "U.S." and keeps "2 p.m. Wednesday" inside one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter as segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # exactly text[start:end] of the article


def split(masked: str, original: str | None = None) -> list[Sentence]:
    """The sentences of a masked article text, each with its words from the original text."""
    original = masked if original is None else original
    found: list[Sentence] = []
    for block in re.finditer(r"\S(?:.|\n(?!\s*\n))*", masked):
        offset = block.start()
        chunk = block.group(0)
        for start, end in _spans(chunk):
            words = chunk[start:end].strip()
            if not words or not any(ch.isalpha() for ch in words):
                continue
            found.append(Sentence(offset + start, offset + end, original[offset + start:offset + end]))
    return found


def _spans(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence syntok finds in one paragraph."""
    if _one_sentence(chunk):
        return [(0, len(chunk))]
    return _syntok_spans(chunk)


def _syntok_spans(chunk: str) -> list[tuple[int, int]]:
    spans = []
    for paragraph in segmenter.analyze(chunk):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            last = tokens[-1]
            end = last.offset + len(last.value)
            if chunk[last.offset:end] != last.value:  # syntok rewrote the token: take the raw text
                end = last.offset + max(1, len(chunk[last.offset:].split(None, 1)[0]))
            spans.append((start, end))
    return spans


# syntok ends a sentence only at a terminal token (. ! ? ; ...) or an opening bracket. A paragraph
# with neither, but for terminals, closing quotes and brackets at its very end (which syntok keeps
# with the sentence they close), is one sentence from its first character to its last; most
# paragraphs of news are one such sentence, and syntok (pure Python, token by token) was the
# largest cost of extraction. tests/extract/test_sentences.py checks this against syntok.
_BREAKS = re.compile("[" + re.escape("".join(sorted(set("".join(State.terminals)) | State.opening_brackets))) + "]")
_CLOSING = "".join(sorted(set("".join(State.terminals)) | State.closing_quotes | State.closing_brackets))


def _one_sentence(chunk: str) -> bool:
    # Its first and last characters must be inside syntok's tokens (not what syntok counts as
    # space, such as U+200B), so the sentence runs from the first to the last character.
    if not chunk or not Tokenizer._spaces.fullmatch(chunk[0]) or not Tokenizer._spaces.fullmatch(chunk[-1]):
        return False
    return _BREAKS.search(chunk.rstrip(_CLOSING)) is None
