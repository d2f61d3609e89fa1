"""One function over many items in forked worker processes (--jobs), results in input order.

Workers are forked after the parent has built what they need (the date engine's rules, the
analyses, the event files), so `shared` reaches them as a copy of the parent's memory: only each
item and its result are pickled. Where there is no fork (Windows), or for one job or one item,
the items are worked through here, one by one: the results are the same either way.
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
) -> list[Result]:
    """[function(shared, item) for item in items], in `jobs` forked processes when that can help.

    `function` must be defined at module level. `cost` (an estimate of an item's work) sends the
    dearest items out first, so that one big item does not start last and finish alone."""
    if jobs <= 1 or len(items) <= 1 or not can_fork():
        return [function(shared, item) for item in items]
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else list(range(len(items)))
    global _shared
    _shared = shared
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(items)), mp_context=context) as pool:
            chunk = 1 if cost else max(1, len(items) // (jobs * 4))
            done = pool.map(_call, [function] * len(order), [items[i] for i in order], chunksize=chunk)
            results: list = [None] * len(items)
            for index, result in zip(order, done):
                results[index] = result
    finally:
        _shared = None
    return results


def _call(function: Callable[[Any, Item], Result], item: Item) -> Result:
    return function(_shared, item)
