"""Sentences with their offsets, from syntok's segmenter.

syntok (segtok's successor) is rule-based and ships no data to download; it knows abbreviations
such as "Jan.", "Mr." and "U.S." and keeps "2 p.m. Wednesday" inside one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter as segmenter


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
        for paragraph in segmenter.analyze(chunk):
            for tokens in paragraph:
                if not tokens:
                    continue
                start = tokens[0].offset
                last = tokens[-1]
                end = last.offset + len(last.value)
                if chunk[last.offset:end] != last.value:  # syntok rewrote the token: take the raw text
                    end = last.offset + max(1, len(chunk[last.offset:].split(None, 1)[0]))
                words = chunk[start:end].strip()
                if not words or not any(ch.isalpha() for ch in words):
                    continue
                found.append(Sentence(offset + start, offset + end, original[offset + start:offset + end]))
    return found
