"""One function over many items in forked worker processes (--jobs), results in input order.

Workers are forked after the parent has built what they need (the date engine's rules, the
analyses, the event files), so `shared` reaches them as a copy of the parent's memory: only each
item and its result are pickled. The parent works too, as one of the `jobs` processes: it takes
the first (dearest) item itself, whose result then needs no pickling, and then the last items
still waiting for a worker. Where there is no fork (Windows), or for one job or one item, the
items are worked through here, one by one: the results are the same either way.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_shared: Any = None  # what the forked workers were given; set only while a pool runs


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def fork_map(
    function: Callable[[Any, Item], Result],
    items: Sequence[Item],
    jobs: int,
    shared: Any = None,
    cost: Callable[[Item], int] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Result]:
    """[function(shared, item) for item in items], in `jobs` processes (this one and forked
    workers) when that can help.

    `function` must be defined at module level. `cost` (an estimate of an item's work) sends the
    dearest items out first, so that one big item does not start last and finish alone; the
    dearest of all is worked on here (one story holds most of the bench corpus: its events and its
    file, made in a worker, came back pickled while this process waited). `meanwhile` is other
    work for this process, done first, while the workers start on the items."""
    if jobs <= 1 or len(items) <= 1 or not can_fork():
        if meanwhile is not None:
            meanwhile()
        return [function(shared, item) for item in items]
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else list(range(len(items)))
    size = 1 if cost else max(1, len(items) // (jobs * 4))
    chunks = [order[start:start + size] for start in range(0, len(order), size)]
    global _shared
    _shared = shared
    results: list = [None] * len(items)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs - 1, len(chunks) - 1), mp_context=context) as pool:
            mine = chunks[0] if meanwhile is None else []
            waiting = [(chunk, pool.submit(_call_many, function, [items[i] for i in chunk]))
                       for chunk in chunks if chunk is not mine]
            if meanwhile is not None:
                meanwhile()
            _here(function, shared, items, mine, results)
            # The workers take the waiting chunks from the front; this process takes them from the
            # back (a chunk no worker has taken yet can be cancelled), until none waits.
            for chunk, future in reversed(waiting):
                if future.cancel():
                    _here(function, shared, items, chunk, results)
            for chunk, future in waiting:
                if not future.cancelled():
                    for index, result in zip(chunk, future.result()):
                        results[index] = result
    finally:
        _shared = None
    return results


def _here(function: Callable, shared: Any, items: Sequence, chunk: list[int], results: list) -> None:
    for index in chunk:
        results[index] = function(shared, items[index])


def _call_many(function: Callable[[Any, Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(_shared, item) for item in chunk]
