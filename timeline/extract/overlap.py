"""Which sets may reach a given Jaccard overlap with a set, without comparing every pair.

Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): order every word by how rare it is.
Two sets of sizes n and m whose overlap |A & B| / |A | B| is at least t share at least ceil(t * n)
words, so they share a word among the first n - ceil(t * n) + 1 words of A, and likewise of B.
Only those first (rarest) words are indexed and looked up; the caller checks the candidates
exactly, so the index only needs to find every pair that can qualify (it may find more).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Iterable


class OverlapIndex:
    def __init__(self, threshold: float, sets: Iterable[frozenset[str]]):
        """`threshold`: the smallest overlap asked for; `sets`: every set that will be added or
        looked up (for how often each word is used)."""
        counts: Counter = Counter()
        for words in sets:
            counts.update(words)
        self._rank = {word: (count, word) for word, count in counts.items()}
        self._threshold = threshold
        self._postings: dict[str, list[Hashable]] = {}
        self._keys: list[Hashable] = []

    def add(self, key: Hashable, words: frozenset[str]) -> None:
        self._keys.append(key)
        for word in self._prefix(words):
            self._postings.setdefault(word, []).append(key)

    def candidates(self, words: frozenset[str]) -> set[Hashable]:
        """The keys added so far whose sets may reach the threshold with `words` (a superset)."""
        if self._threshold <= 0:  # even sets with no word in common qualify
            return set(self._keys)
        found: set[Hashable] = set()
        for word in self._prefix(words):
            found.update(self._postings.get(word, ()))
        return found

    def _prefix(self, words: frozenset[str]) -> list[str]:
        ordered = sorted(words, key=self._rank.__getitem__)
        # A hair under the threshold: a word more in the prefix finds more pairs, never fewer.
        needed = max(1, math.ceil(self._threshold * len(ordered) - 1e-9))
        return ordered[: len(ordered) - needed + 1]
