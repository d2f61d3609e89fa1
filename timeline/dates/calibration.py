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

from .errors import RuleError
from . import data_cache

TABLE = Path(__file__).parent / "rules" / "calibration.yaml"
INFERENCE = Path(__file__).parent / "rules" / "inference.yaml"
SMOOTHING = 10


def calibration_key(rule_name: str, tense: str | None) -> str:
    """The table's key: the rule, and the tense read when the tense chose the value."""
    return rule_name if tense is None else f"{rule_name} ({tense})"


@lru_cache(maxsize=1)
def _table() -> dict:
    if not TABLE.exists():
        return {}
    return data_cache.load(TABLE) or {}


@lru_cache(maxsize=1)
def _counts() -> dict[str, tuple[int, int]]:
    return {key: (int(agreed), int(dates)) for key, (agreed, dates) in (_table().get("agreed") or {}).items()}


def _inferred_counts() -> dict[str, tuple[int, int]]:
    return {key: (int(same), int(dates)) for key, (same, dates) in (_table().get("inferred_reference") or {}).items()}


@lru_cache(maxsize=1)
def _inference_priors() -> tuple[float, dict[str, float], float]:
    from .infer import KINDS

    data = data_cache.load(INFERENCE) or {}
    try:
        default, priors = float(data["default"]), {str(k): float(v) for k, v in (data.get("priors") or {}).items()}
        ceiling = float(data.get("ceiling", 1.0))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RuleError(f"{INFERENCE.name}: expected 'default' (a number), 'ceiling' (a number) and 'priors' "
                        f"(kind: number): {exc}") from None
    unknown = sorted(set(priors) - set(KINDS))
    if unknown:
        raise RuleError(f"{INFERENCE.name}: unknown kind {unknown[0]!r} under 'priors'; the kinds are {', '.join(KINDS)}")
    return default, priors, ceiling


def inference_trust(kind: str | None) -> float:
    """How far dates read against an article date inferred from `kind` of evidence can be trusted:
    the share of such dates that came out as against the true date (inferred_reference), smoothed
    toward the kind's prior in rules/inference.yaml, and never above its ceiling."""
    default, priors, ceiling = _inference_priors()
    prior = priors.get(kind or "", default)
    same, dates = _inferred_counts().get(kind or "", (0, 0))
    return min(ceiling, (same + SMOOTHING * prior) / (dates + SMOOTHING))


def agreement(key: str, prior: float) -> float:
    """The share of the rule's dates that annotators allow, smoothed toward `prior`."""
    agreed, dates = _counts().get(key, (0, 0))
    return (agreed + SMOOTHING * prior) / (dates + SMOOTHING)
