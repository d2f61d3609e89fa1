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


@pytest.fixture
def refused_language(monkeypatch):
    """refused_language(entry, message): a language "Test" of languages.yaml given `entry` (its keys
    beside a minimal language's; `forms` replaced when given) is refused when read, with a RuleError
    naming the file and the language and matching `message`. The reader's cache is cleared around it."""
    from timeline.dates import languages as module
    from timeline.dates.errors import RuleError

    def check(entry: dict, message: str) -> None:
        data = dict(module._data())
        data["languages"] = {"Test": {"code": "fr", "months": [["m"]] * 12, "weekdays": [["w"]] * 7,
                                      "forms": ["{day} {month}"], **entry}}
        monkeypatch.setattr(module, "_data", lambda: data)
        module.language.cache_clear()
        with pytest.raises(RuleError, match=r"languages.yaml: Test: " + message):
            module.language("Test")

    yield check
    module.language.cache_clear()
