"""A memo that forgets: values kept from one build to the next, and no longer."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class Memo:
    """Values by key, kept for one more build: whatever the last build did not ask for is dropped.

    Two generations bound the memory to about one site's worth, however long the server runs and
    however many different texts it saw along the way.
    """

    def __init__(self) -> None:
        self._previous: dict[Hashable, Any] = {}
        self._current: dict[Hashable, Any] = {}
        self.hits = 0
        self.misses = 0

    def next_build(self) -> None:
        self._previous, self._current = self._current, {}
        self.hits = self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        if key in self._current:
            self.hits += 1
            return self._current[key]
        if key in self._previous:
            self.hits += 1
            value = self._previous[key]
        else:
            self.misses += 1
            value = compute()
        self._current[key] = value
        return value
