"""No data loss: killing `timeline extract` at any moment leaves every event file old or new."""

from __future__ import annotations

import os

from killing import kill_trials


def test_killing_extract_at_random_moments_never_tears_or_loses_a_file(tmp_path):
    count = int(os.environ.get("TIMELINE_KILL_TRIALS", "9"))
    trials = kill_trials(tmp_path, count, seed=int(os.environ.get("TIMELINE_KILL_SEED", "0")))
    print(f"\nkill test: {trials}")
    assert trials.runs == count
    assert trials.torn == [] and trials.lost == [] and trials.unreadable == []
    assert trials.not_recovered == []
    assert trials.all_old + trials.all_new + trials.mixed == count
