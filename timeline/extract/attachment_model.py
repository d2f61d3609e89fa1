"""How sure an event's date is, from how the date sits in its sentence: the attachment model.

A logistic regression over general features of the date in its sentence (data/attachment_model.yaml:
the patterns, with examples a test runs, and the weights `bench/attachment_model.py --write` fits
on the judged date audits); whether a hand-written cue (attachment.py) doubts the date is one of
them. The bench computes its features here, so that what it scores is what the extractor would
compute. Adopted by the cost rule of bench/README.md (a sure miss costs 2, a right date sent to
review 1) on the twentieth sample, but not yet used by the extractor: what using it takes (the
model may only lower a confidence; the refresh of drafts must still tell the tool's confidence
from a person's) is in bench/README.md.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data" / "attachment_model.yaml"
PRECISIONS = ("day", "month", "year")  # one-hot; any other precision (week, quarter, season...) is the base
# The cue that only says the date was read ahead of a past tense (attachment.read_ahead_of_a_past):
# a feature of its own, apart from the cues of the sentence's words.
AHEAD_OF_A_PAST = "ahead_of_a_past"


@cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


@cache
def patterns() -> tuple[tuple[str, re.Pattern], ...]:
    """The named features' patterns, compiled (matched ignoring case)."""
    return tuple((entry["name"], re.compile(entry["pattern"], re.IGNORECASE)) for entry in _data()["features"])


def features(written: str, engine_confidence: float, cue: str | None, precision: str | None,
             counted: bool, anchored: bool, ahead: bool) -> dict[str, float]:
    """The date's features: `written` is its sentence as attachment.written writes it (the date as
    @DATE@, the other dates as @OTHER@); `cue` the name of the cue that doubts it, if any."""
    own = written.find("@DATE@")
    c = min(max(engine_confidence, 0.01), 0.99)
    found = {name: float(pattern.search(written) is not None) for name, pattern in patterns()}
    return {
        "engine_logit": math.log(c / (1 - c)),
        "cue": float(cue is not None and cue != AHEAD_OF_A_PAST),
        AHEAD_OF_A_PAST: float(cue == AHEAD_OF_A_PAST),
        **found,
        **{f"precision_{p}": float(precision == p) for p in PRECISIONS},
        "counted": float(counted),
        "anchored": float(anchored),
        "ahead_of_article": float(ahead),
        "other_dates": float(min(written.count("@OTHER@"), 3)),
        "another_date_first": float("@OTHER@" in written[:max(own, 0)]),
        "position": own / max(len(written), 1),
        "long_sentence": float(len(written.split()) > 30),
    }


def probability(found: dict[str, float]) -> float:
    """P(the date is right for its event), two places, from the features `features` gives."""
    model = _data()["model"]
    z = model["intercept"] + sum(entry["weight"] * (found[name] - entry["mean"]) / (entry["spread"] or 1.0)
                                 for name, entry in model["weights"].items())
    return round(1 / (1 + math.exp(-z)) if z > -30 else 0.0, 2)
