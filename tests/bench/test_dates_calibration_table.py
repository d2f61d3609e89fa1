"""The calibration table (timeline/dates/rules/calibration.yaml) is what bench/dates_calibration.py --write
counts from the rules as they are now: a rule changed without rewriting it keeps confidences measured on
readings the engine no longer gives (stop 33 found ten rows stale, unseen, for several stops)."""
import pytest

import dates_calibration
from bench_dates import load_scorer
from timeline.dates.calibration import TABLE


def test_the_committed_calibration_table_is_the_one_the_rules_give_now():
    try:
        development, _ = dates_calibration.corpus()
    except SystemExit:
        pytest.skip("the shared data (../shared/data) is not here")
    fresh = dates_calibration.table_text(dates_calibration.counts(dates_calibration.dated_pairs(development, load_scorer())),
                                         len(development), dates_calibration.inferred_reference_counts(development))
    committed = TABLE.read_text(encoding="utf-8")
    changed = sorted(set(fresh.splitlines()) ^ set(committed.splitlines()))
    assert fresh == committed, f"rewrite {TABLE.name} with python bench/dates_calibration.py --write: {changed}"
