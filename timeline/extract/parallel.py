"""One function over many items in forked worker processes (--jobs), results in input order.

Workers are mostly forked after the parent has built what they need (the date engine's rules, the
analyses, the event files), so `shared` reaches them as a copy of the parent's memory: only each
item and its result are pickled. A map given `meanwhile` forks first and runs it here while the
workers start on work that needs none of it (reading the articles while the rules load). The parent works too, as one of the `jobs` processes: it takes
the first (dearest) item itself, whose result then needs no pickling, and then the last items
still waiting for a worker. What the parent's work leaves behind (the date engine's patterns,
compiled when a text first needs them, and its caches) is then there in every worker forked
later, instead of being made again in each. Where there is no fork (Windows), or for one job or
one item, the items are worked through here, one by one: the results are the same either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

# multiprocessing and concurrent.futures are imported where workers are forked: a run of one job
# never needs them, and importing them (sockets, logging, pickling) was 1% of extracting a story.

Item = TypeVar("Item")
Result = TypeVar("Result")
Progress = Callable[[Iterable, int], Iterable]  # wraps an iterable of `total` ticks (a tqdm bar)

_shared: Any = None  # what the forked workers were given; set only while a pool runs

# Chunks per process when items have no cost: small enough that the last chunk, which one process
# may end up working alone while the others wait, is short; large enough that a chunk's pickling
# and queueing are small beside its work.
CHUNKS_PER_JOB = 16


def can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def fork_map(
    function: Callable[[Any, Item], Result],
    items: Sequence[Item],
    jobs: int,
    shared: Any = None,
    cost: Callable[[Item], int] | None = None,
    meanwhile: Callable[[], None] | None = None,
    progress: Progress | None = None,
) -> list[Result]:
    """[function(shared, item) for item in items], in `jobs` processes (this one and forked
    workers) when that can help.

    `function` must be defined at module level. `cost` (an estimate of an item's work) sends the
    dearest items out first, so that one big item does not start last and finish alone; the
    dearest of all is worked on here (one story holds most of the bench corpus: its events and its
    file, made in a worker, came back pickled while this process waited). `meanwhile` is other
    work for this process, done first, while the workers start on the items. `progress` is shown
    one tick per item done, whichever process did it."""
    if jobs <= 1 or len(items) <= 1 or not can_fork():
        if meanwhile is not None:
            meanwhile()
        here = (function(shared, item) for item in items)
        return list(progress(here, len(items)) if progress else here)
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else list(range(len(items)))
    size = 1 if cost else max(1, len(items) // (jobs * CHUNKS_PER_JOB))
    chunks = [order[start:start + size] for start in range(0, len(order), size)]
    global _shared
    _shared = shared
    results: list = [None] * len(items)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs - 1, len(chunks) - 1), mp_context=context) as pool:
            mine = chunks[0] if meanwhile is None else []
            waiting = [(chunk, pool.submit(_call_many, function, [items[i] for i in chunk]))
                       for chunk in chunks if chunk is not mine]
            if meanwhile is not None:
                meanwhile()
            ticks = _work(function, shared, items, mine, waiting, results)
            for _ in progress(ticks, len(items)) if progress else ticks:
                pass
    finally:
        _shared = None
    return results


def _work(function: Callable, shared: Any, items: Sequence, mine: list[int],
          waiting: list[tuple[list[int], Future]], results: list) -> Iterator[None]:
    """Fill `results`, one tick per item done: this process works its own chunk, then takes the
    waiting chunks from the back (one no worker has taken yet can be cancelled) while the workers
    take them from the front; what the workers send back is collected as it comes."""
    collected: set[int] = set()
    front = 0  # the workers take chunks in order: the first chunk not collected yet

    def finished() -> Iterator[None]:
        nonlocal front
        while front < len(waiting) and (front in collected or waiting[front][1].done()):
            if front not in collected:
                collected.add(front)
                chunk, future = waiting[front]
                for index, result in zip(chunk, future.result()):
                    results[index] = result
                    yield
            front += 1

    for index in mine:
        results[index] = function(shared, items[index])
        yield
        yield from finished()
    for number in range(len(waiting) - 1, -1, -1):
        chunk, future = waiting[number]
        if future.cancel():
            collected.add(number)
            for index in chunk:
                results[index] = function(shared, items[index])
                yield
                yield from finished()
    for number, (chunk, future) in enumerate(waiting):
        if number not in collected:
            collected.add(number)
            for index, result in zip(chunk, future.result()):
                results[index] = result
                yield


def _call_many(function: Callable[[Any, Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(_shared, item) for item in chunk]
