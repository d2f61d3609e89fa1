"""Sentences with their offsets, from syntok's segmenter.

syntok (segtok's successor) is rule-based and ships no data to download; it knows abbreviations
such as "Jan.", "Mr." and "U.S." and keeps "2 p.m. Wednesday" inside one sentence. It is also
slow (pure Python, token by token), so the text it would surely leave whole or surely cut is
recognised first (_one_sentence, _sure_ends); only the rest goes through syntok. The sentences
are the same as syntok's alone: tests/extract/test_sentences.py compares them. Two ways syntok runs
one sentence on into the next are mended on both paths alike (_single_closing_quotes, _run_ons_cut),
and one way it cuts a quoted question from who asked it (_attributions_joined).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import syntok.segmenter as segmenter
from syntok._segmentation_states import State
from syntok.tokenizer import Tokenizer

from timeline.extract import rules

# Titles syntok's list of abbreviations lacks ("Messrs. Drabinsky and Gottlieb"), added to it: syntok
# reads its class's list as it segments, so the splits stay syntok's own, which the fast paths below
# must match (data: sentences.yaml).
State.abbreviations = State.abbreviations | frozenset(rules.data("sentences")["abbreviations"]["words"])
_RUN_ON = rules.data("sentences")["run_on"]
_ATTRIBUTION = rules.data("sentences")["quote_attribution"]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # exactly text[start:end] of the article
    # (start, end) in the article of each page break the sentence runs across (debris.page_breaks_in):
    # the page's furniture between its words, no word of it
    breaks: tuple[tuple[int, int], ...] = ()

    @property
    def quote(self) -> str:
        """Its words as a source quotes them: the text, each page break's furniture written as the
        elision mark (data/debris.yaml's page_breaks `shown_as`, "[…]"); its span is the text's."""
        return self._with_breaks(f" {rules.data('debris')['page_breaks']['shown_as']} ")

    @property
    def words(self) -> str:
        """Its words as titles and summaries read them: the text, each page break one line end."""
        return self._with_breaks("\n")

    def _with_breaks(self, mark: str) -> str:
        if not self.breaks:
            return self.text
        pieces, at = [], self.start
        for start, end in self.breaks:
            pieces += [self.text[at - self.start:start - self.start], mark]
            at = end
        return "".join(pieces) + self.text[at - self.start:]


def split(masked: str, original: str | None = None, breaks: Sequence[int] = (),
          whole: Sequence[tuple[int, int]] = ()) -> list[Sentence]:
    """The sentences of a masked article text, each with its words from the original text.
    `breaks`: offsets where a sentence begins whatever the words before (a page's standfirst run
    into its photo caption without a stop: debris.glued_breaks). `whole`: (start, end) of text no
    sentence ends inside (a German date, "am 27. Januar 2020", which syntok cuts after "27.")."""
    original = masked if original is None else original
    found: list[Sentence] = []
    for block in re.finditer(r"\S(?:.|\n(?!\s*\n))*", masked):
        cuts = [block.start(), *sorted(b for b in breaks if block.start() < b < block.end()), block.end()]
        for begin, stop in zip(cuts, cuts[1:]):
            chunk = masked[begin:stop] if stop == block.end() else masked[begin:stop].rstrip()
            for start, end in _run_ons_cut(chunk, _attributions_joined(chunk, _spans(chunk))):
                words = chunk[start:end].strip()
                if not words or not any(ch.isalpha() for ch in words):
                    continue
                found.append(Sentence(begin + start, begin + end, original[begin + start:begin + end]))
    return _kept_whole(found, whole, original) if whole else found


def _kept_whole(found: list[Sentence], whole: Sequence[tuple[int, int]], original: str) -> list[Sentence]:
    """The sentences, two joined where the first ends inside a span of `whole` and the next begins in it."""
    joined: list[Sentence] = []
    for sentence in found:
        before = joined[-1] if joined else None
        if before and any(start < before.end < end and sentence.start < end for start, end in whole):
            joined[-1] = Sentence(before.start, sentence.end, original[before.start:sentence.end])
        else:
            joined.append(sentence)
    return joined


def _spans(chunk: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence syntok finds in one paragraph."""
    whole = _one_sentence_end(chunk)
    if whole is not None:
        return [(0, whole)]
    if _OPENING.search(chunk):  # syntok may skip over bracketed text: it has the paragraph whole
        return _syntok_spans(chunk)
    spans = []
    start = 0
    for end in [*_sure_ends(chunk), len(chunk)]:
        piece = chunk[start:end]
        whole = _one_sentence_end(piece)
        found = [(0, whole)] if whole is not None else _syntok_spans(piece)
        spans.extend((start + a, start + b) for a, b in found)
        start = end + 1  # past the one space after the full stop
    return spans


def _syntok_spans(chunk: str) -> list[tuple[int, int]]:
    spans = []
    glued = _glue_spaced_terminals(chunk)
    chunk = _single_closing_quotes(glued)
    for paragraph in segmenter.analyze(chunk):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            last = tokens[-1]
            end = last.offset + len(last.value)
            if chunk[last.offset:end] != last.value:  # syntok rewrote the token: take the raw text
                end = last.offset + max(1, len(chunk[last.offset:].split(None, 1)[0]))
            doubled = _DOUBLED_QUOTE_AT.match(glued, end - 1) if chunk[end - 1] != glued[end - 1] else None
            if doubled:  # it ends at the quote a doubled one was made: the sentence keeps both
                end += len(doubled[0]) - 1
            spans.append((start, end))
    return spans


# Terminals syntok's tokenizer makes a token of their own when a space or a comma follows them.
_SINGLE_TERMINALS = frozenset(t for t in State.terminals if len(t) == 1)
# Tokenised news (the Penn Treebank's, TempEval's) spaces a full stop off its word, and syntok's
# tokenizer makes a stop so spaced and the closing quotes after it one token (`."`) that
# is no terminal: "... I need your help ." Another source said" stays one sentence.  Syntok is
# given the space as a copy of the letter before ("helpp."), the same length, so its offsets
# still hold and the sentence keeps the article's own words.
_SPACED_TERMINAL = re.compile(
    r"(?<=[^\W_]) (?=[" + re.escape("".join(sorted(_SINGLE_TERMINALS)))
    + "][" + re.escape("".join(sorted(State.closing_quotes))) + "])")


def _glue_spaced_terminals(chunk: str) -> str:
    return _SPACED_TERMINAL.sub(lambda m: chunk[m.start() - 1], chunk)


# A closing double quote written as two apostrophes ("he said.'' Polls"): syntok reads two quotes
# after the terminal and keeps the sentence going, where after one it ends it. It is given one
# quote and a space in their place, the same length (its offsets hold), and the sentence that
# ends at that quote is given back both apostrophes (data: sentences.yaml, run_on).
_DOUBLED_QUOTE_AT = re.compile("|".join(map(re.escape, sorted(_RUN_ON["doubled_quotes"], key=len, reverse=True))))
_DOUBLED_QUOTE = re.compile("(?<=[" + re.escape("".join(sorted(_SINGLE_TERMINALS))) + "])(?:"
                            + _DOUBLED_QUOTE_AT.pattern + ")")


def _single_closing_quotes(chunk: str) -> str:
    return _DOUBLED_QUOTE.sub(lambda m: '"' + " " * (len(m[0]) - 1), chunk)


# syntok never ends a sentence after an abbreviation but before a word of its short list ("The",
# "It"), and a company's suffix is one: "... Cruise Lines Inc. Carnival, which has three ships ..."
# ran on. After a suffix, an opener or a name of one to three capitalised words and a comma (not
# one a title begins: "Apple Inc. President Tim Cook, who") begins a sentence (data: sentences.yaml).
def _words(key: str) -> str:
    return "(?:" + "|".join(map(re.escape, _RUN_ON[key])) + ")"


_COMPANY_END = re.compile(
    r"(?:(?<=[ \n])|^)(" + _words("company_suffixes") + r"\.)[ \n]+(?=" + _words("openers") + r"\b"
    + r"|(?!" + _words("titles") + r"\b)[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){0,2},)")


def _run_ons_cut(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, each cut where it runs on past a company's suffix into the next sentence."""
    cut = []
    for start, end in spans:
        for match in _COMPANY_END.finditer(chunk, start, end):
            cut.append((start, match.end(1)))
            start = match.end()
        cut.append((start, end))
    return cut


# A quoted question or exclamation ends where syntok ends it, but for who said it after it: a name
# of one to three capitalised words, a reporting verb (with its object), then the end, a comma or an
# adjunct, not a clause (data: sentences.yaml, quote_attribution).
def _word_list(key: str) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(_ATTRIBUTION[key], key=len, reverse=True))) + ")"


_QUOTED_ASKING = re.compile("[!?](?:" + "|".join(map(re.escape, sorted(
    {*State.closing_quotes, *_RUN_ON["doubled_quotes"]}, key=len, reverse=True))) + ")$")
_NAME_WORD = r"(?!" + _word_list("not_names") + r"\b)[A-Z][\w'’&-]*\.?"
_ATTRIBUTION_AFTER = re.compile(
    _NAME_WORD + r"(?: " + _NAME_WORD + r"){0,2} (?:" + _word_list("object_verbs") + r" [a-z]+|"
    + _word_list("verbs") + r")(?:[.,;!?]|\s+" + _word_list("adjuncts") + r"\b)")


def _attributions_joined(chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans, a quoted question or exclamation joined to the attribution that follows it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if (joined and _ATTRIBUTION_AFTER.match(chunk, start, end) and not chunk[joined[-1][1]:start].strip()
                and _QUOTED_ASKING.search(chunk, joined[-1][0], joined[-1][1])):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# syntok ends a sentence only at a terminal token (. ! ? ; ...) or an opening bracket. A paragraph
# with neither, but for terminals, closing quotes and brackets at its very end (which syntok keeps
# with the sentence they close), is one sentence from its first character to its last; most
# paragraphs of news are one such sentence, and syntok (pure Python, token by token) was the
# largest cost of extraction. tests/extract/test_sentences.py checks this against syntok.
_BREAKS = re.compile("[" + re.escape("".join(sorted(set("".join(State.terminals)) | State.opening_brackets))) + "]")
_CLOSING = "".join(sorted(set("".join(State.terminals)) | State.closing_quotes | State.closing_brackets))


# Where syntok surely ends a sentence, so that the text either side is segmented on its own: a
# full stop after a plain word ("cases." but not "Mr.", "U.S.", "II." or "a."), then one space
# and a word that does not start in lower case. Every rule of syntok's Terminal decision that
# could keep the sentence going needs something else there: an abbreviation, a single letter or
# a Roman numeral before, a lower-case word, a number, punctuation or a bracket after. (Without
# opening brackets in the paragraph, which syntok may skip over whole.)
_SURE_END = re.compile(r"(?:(?<=[ \n])|^)([A-Za-z]+)\. (?=\S)")
_CAMEL = re.compile(r"[a-z][A-Z]")  # syntok cuts "McDonald" in two: the word before would be "Donald"
_OPENING = re.compile("[" + re.escape("".join(sorted(State.opening_brackets))) + "]")
_NOT_PLAIN = State.abbreviations | State.roman_numerals | {"no", "No", "NO"}


def _sure_ends(chunk: str) -> list[int]:
    """The offsets just after each full stop where syntok surely ends a sentence."""
    ends = []
    for match in _SURE_END.finditer(chunk):
        word, after = match.group(1), chunk[match.end()]
        if len(word) < 2 or word in _NOT_PLAIN or _CAMEL.search(word) or not after.isalpha() or after.islower():
            continue
        ends.append(match.end(1) + 1)
    return ends


def _one_sentence_end(chunk: str) -> int | None:
    """Where the one sentence syntok surely makes of `chunk` ends; None when it may make more.

    Besides _one_sentence: a paragraph's last piece often ends in a line end ("...the end.\n").
    syntok gives such white space a token of its own, empty, and keeps it in the sentence or not
    as its Terminal decision goes; after a full stop that ends a plain word (as _sure_ends
    reads it: not an abbreviation, a single letter, a Roman numeral), it cuts there, and the
    empty token is dropped: the sentence ends at the full stop."""
    if _one_sentence(chunk):
        return len(chunk)
    end = len(chunk)
    while end and not Tokenizer._spaces.fullmatch(chunk[end - 1]):  # what syntok counts as space
        end -= 1
    if end == len(chunk) or not _one_sentence(chunk[:end]):
        return None
    last = _LAST_WORD.search(chunk, 0, end)
    if last is None or last.end() != end:
        return None
    word = last.group(1)
    return end if len(word) >= 2 and word not in _NOT_PLAIN and not _CAMEL.search(word) else None


_LAST_WORD = re.compile(r"(?:(?<=[ \n])|^)([A-Za-z]+)\.$")


def _one_sentence(chunk: str) -> bool:
    # Its first and last characters must be inside syntok's tokens (not what syntok counts as
    # space, such as U+200B), so the sentence runs from the first to the last character.
    if not chunk or not Tokenizer._spaces.fullmatch(chunk[0]) or not Tokenizer._spaces.fullmatch(chunk[-1]):
        return False
    body = chunk.rstrip(_CLOSING)
    return all(_never_ends(body, match.start()) for match in _BREAKS.finditer(body))


def _never_ends(text: str, at: int) -> bool:
    """Whether the terminal at `at` surely leaves the sentence going in syntok: a full stop
    between letters or digits ("U.S", "p.m", "3.5", "$2.17") is inside a word token, no terminal
    at all (but for a lower-case letter before and a capital after, where syntok cuts); a terminal
    followed by a comma or a colon ("Corp., a", "N.Y.:"), or by spaces and a word in lower case
    ("the U.S. embassy", "2 p.m. local time"), is the first case of syntok's decision that keeps
    the sentence going, which looks at nothing else (nor the word before, nor whether the
    sentence has just begun). These are a third of the paragraphs syntok had to read on the
    bench corpus; tests/extract/test_sentences.py compares them with syntok's own splits."""
    char = text[at]
    after = text[at + 1:at + 2]
    if char == "." and after in _ALNUM and at and text[at - 1] in _ALNUM:
        return not (text[at - 1] in _LOWER and after in _UPPER)
    if char not in _SINGLE_TERMINALS:
        return False  # an opening bracket, or a terminal such as "..."
    if after in (",", ":"):
        return True
    end = at + 1
    while end < len(text) and text[end] in " \n":
        end += 1
    return end > at + 1 and end < len(text) and text[end].islower()


_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ALNUM = _LOWER | _UPPER | frozenset("0123456789")
