"""Counts for the closing figures: hostile inputs tried, by class, and property-test examples run.

The catalogue tests carry `@pytest.mark.hostile("class")`; every parametrised case is one input.
Property tests call `example_ran(name)` once per generated example. `pytest tests/robustness`
prints both tables at the end of the run.
"""

from __future__ import annotations

from collections import Counter

EXAMPLES: Counter = Counter()


def example_ran(test_name: str) -> None:
    EXAMPLES[test_name] += 1
