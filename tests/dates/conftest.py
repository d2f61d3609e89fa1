from __future__ import annotations

import pytest

from timeline.dates import calibration, infer


@pytest.fixture
def inference_yaml(tmp_path, monkeypatch):
    """inference_yaml(text): the date engine reads rules/inference.yaml as that text for this test; the
    readers that cache it are cleared when it is set and after the test."""
    readers = (calibration._inference_priors, infer._weekday_lists)

    def use(text: str) -> None:
        path = tmp_path / "inference.yaml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setattr(calibration, "INFERENCE", path)
        for reader in readers:
            reader.cache_clear()

    yield use
    for reader in readers:
        reader.cache_clear()
