"""Indexes joined into groups (union-find): the merge of candidates into events and of articles into
stories both join pairs found one at a time and then read the groups off."""

from __future__ import annotations


class DisjointSets:
    """The indexes 0..count-1, each first in a group of its own; a group is named by its smallest
    index, so the groups read off do not depend on the order the pairs were joined in."""

    def __init__(self, count: int) -> None:
        self._parent = list(range(count))

    def root(self, i: int) -> int:
        parent = self._parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # halve the path: later look-ups take fewer steps
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.root(i), self.root(j)
        self._parent[max(a, b)] = min(a, b)

    def groups(self) -> list[list[int]]:
        """Every group's indexes in ascending order, the groups in the order of their smallest index."""
        found: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            found.setdefault(self.root(i), []).append(i)
        return list(found.values())
