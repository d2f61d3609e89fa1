"""The browser tests fail loudly without Chromium, and skip only when TIMELINE_SKIP_BROWSER=1 says so."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ONE_TEST = "tests/browser/test_site_in_browser.py::test_a_permalink_opens_the_page_at_its_event"


def run_without_chromium(**env):
    environment = {k: v for k, v in os.environ.items() if k != "TIMELINE_SKIP_BROWSER"}
    environment.update(TIMELINE_CHROMIUM="/nonexistent/chromium", **env)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", ONE_TEST], cwd=REPO,
                          env=environment, capture_output=True, text=True)


def test_a_missing_chromium_fails_the_browser_tests():
    result = run_without_chromium()
    assert result.returncode != 0
    assert "Chromium not found at /nonexistent/chromium" in result.stdout


def test_skipping_needs_to_be_asked_for():
    result = run_without_chromium(TIMELINE_SKIP_BROWSER="1")
    assert result.returncode == 0
    assert "1 skipped" in result.stdout
