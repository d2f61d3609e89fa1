"""fork_map gives what a plain loop gives, in input order, whoever works each item."""

from __future__ import annotations

import os

import pytest

from timeline.extract import parallel


def _scaled(shared: dict, item: int) -> tuple[int, int]:
    return item * shared["factor"], os.getpid()


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork on this platform: fork_map works in one process")
@pytest.mark.parametrize("jobs", [2, 3])
@pytest.mark.parametrize("count", [2, 3, 17, 100])
@pytest.mark.parametrize("with_cost", [False, True])
def test_fork_map_returns_the_loops_results_in_input_order(jobs, count, with_cost):
    items = list(range(count))
    cost = (lambda item: item % 7) if with_cost else None
    done = parallel.fork_map(_scaled, items, jobs, shared={"factor": 3}, cost=cost)
    assert [value for value, _ in done] == [item * 3 for item in items]
    # This process works too: the dearest item (the first, without costs) is always its own.
    first = max(items, key=lambda item: (cost(item), -item)) if cost else 0
    assert done[first][1] == os.getpid()


def test_one_job_works_here():
    assert parallel.fork_map(_scaled, [1, 2], 1, shared={"factor": 2}) == [(2, os.getpid()), (4, os.getpid())]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("count", [0, 1, 40])
def test_the_work_meanwhile_is_done_here_once(jobs, count):
    done = []
    results = parallel.fork_map(_scaled, list(range(count)), jobs, shared={"factor": 2},
                                meanwhile=lambda: done.append(os.getpid()))
    assert done == [os.getpid()]
    assert [value for value, _ in results] == [item * 2 for item in range(count)]


@pytest.mark.parametrize("jobs", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, 5, 100])
@pytest.mark.parametrize("with_cost", [False, True])
def test_progress_ticks_once_per_item_whoever_works_it(jobs, count, with_cost):
    shown = []

    def bar(ticks, total):
        shown.append(total)
        for tick in ticks:
            shown.append("tick")
            yield tick

    cost = (lambda item: item % 5) if with_cost else None
    results = parallel.fork_map(_scaled, list(range(count)), jobs, shared={"factor": 2}, cost=cost, progress=bar)
    assert [value for value, _ in results] == [item * 2 for item in range(count)]
    assert shown == [count] + ["tick"] * count
