"""How often a rule's dates agree with careful annotators: the measured part of a confidence.

`rules/calibration.yaml` holds, for each rule (and, for the rules whose value the tense chooses,
for each tense read: past, future, or none found), how many of its dates on the development part
of TempEval-3 the annotators' value allows (the same period, or one inside the other) out of how
many it gave. `bench/dates_calibration.py --write` writes it from the corpus; nothing here reads the corpus.

A rule with few dates there keeps mostly its own prior: the counts are smoothed toward it as if
SMOOTHING more dates had agreed at the prior's rate, so one lucky date does not make a rule sure.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

TABLE = Path(__file__).parent / "rules" / "calibration.yaml"
SMOOTHING = 10


def calibration_key(rule_name: str, tense: str | None) -> str:
    """The table's key: the rule, and the tense read when the tense chose the value."""
    return rule_name if tense is None else f"{rule_name} ({tense})"


@lru_cache(maxsize=1)
def _counts() -> dict[str, tuple[int, int]]:
    if not TABLE.exists():
        return {}
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8")) or {}
    return {key: (int(agreed), int(dates)) for key, (agreed, dates) in (data.get("agreed") or {}).items()}


def agreement(key: str, prior: float) -> float:
    """The share of the rule's dates that annotators allow, smoothed toward `prior`."""
    agreed, dates = _counts().get(key, (0, 0))
    return (agreed + SMOOTHING * prior) / (dates + SMOOTHING)
