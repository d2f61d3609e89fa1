from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from figures import EXAMPLES

def pytest_configure(config):
    config.addinivalue_line("markers", "hostile(kind): a bad or hostile input of the given class, counted in the figures")
    config._hostile_inputs = Counter()
    config._hostile_failed = Counter()

@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    marker = item.get_closest_marker("hostile")
    if marker is not None and call.when == "call":
        counts = item.config._hostile_inputs if report.passed else item.config._hostile_failed
        counts[marker.args[0]] += 1
    return report

def pytest_terminal_summary(terminalreporter, config):
    inputs: Counter = config._hostile_inputs
    if not inputs and not EXAMPLES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("robustness figures")
    for kind, count in sorted(inputs.items()):
        failed = config._hostile_failed.get(kind, 0)
        write(f"  {kind:<28} {count:>5} inputs passed" + (f", {failed} not passed" if failed else ""))
    if inputs:
        write(f"  {'all bad and hostile inputs':<28} {sum(inputs.values()):>5}")
    for name, count in sorted(EXAMPLES.items()):
        write(f"  property {name:<40} {count:>6} examples")
    if EXAMPLES:
        write(f"  {'property-test examples':<28} {sum(EXAMPLES.values()):>5}")

def tree_fingerprint(root: Path) -> dict[str, str]:
    """Every file under root with a hash of its bytes: equal before and after means nothing was written."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "dir"
        for p in sorted(root.rglob("*"))
    }

@pytest.fixture
def fingerprint():
    return tree_fingerprint
