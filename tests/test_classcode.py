"""The code of dataclasses' methods kept for the next run (timeline/_classcode.py): a class made with
the kept code is the class `dataclasses` makes compiling its texts itself."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline import _classcode
from timeline.dates import rule_cache

REPO = Path(__file__).resolve().parents[1]


def _make():
    """A frozen dataclass with defaults, a factory and an ordering, made now."""
    @dataclasses.dataclass(frozen=True, order=True)
    class Event:
        """One event."""

        day: str
        title: str = "untitled"
        sources: tuple[str, ...] = ()
        notes: list[str] = dataclasses.field(default_factory=list, compare=False)
    return Event


def _methods(cls) -> dict[str, object]:
    return {name: getattr(cls, name) for name in ("__init__", "__repr__", "__eq__", "__hash__", "__lt__",
                                                  "__setattr__", "__delattr__") if name in vars(cls)}


def _same_code(one, other) -> None:
    for attribute in ("co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_filename", "co_flags"):
        assert getattr(one, attribute) == getattr(other, attribute), attribute


@pytest.fixture
def served(tmp_path):
    """_classcode serving dataclasses from tmp_path (as timeline's import serves it from the user's
    folder), then as it was."""
    was = getattr(dataclasses, "exec", None)
    codes, compiled, where = dict(_classcode._codes), dict(_classcode._compiled), list(_classcode._where)
    _classcode.uninstall()
    try:
        assert _classcode.install(tmp_path)
        yield tmp_path
    finally:
        _classcode.uninstall()
        _classcode._codes.clear(), _classcode._codes.update(codes)
        _classcode._compiled.clear(), _classcode._compiled.update(compiled)
        _classcode._where[:] = where
        if was is not None:
            dataclasses.exec = was


def test_a_class_made_with_the_kept_code_is_the_class_dataclasses_makes(served):
    first = _make()  # compiled here, then kept
    assert _classcode._compiled
    _classcode.save()
    assert _classcode.path(served).is_file() and not _classcode._compiled
    assert _classcode.install(served) is False  # already serving
    _classcode.uninstall()
    assert _classcode.install(served)  # read back from the file
    kept = _make()
    assert not _classcode._compiled  # nothing compiled: every text was in the file
    _classcode.uninstall()
    plain = _make()  # dataclasses compiling its texts itself
    for made in (first, kept):
        assert _methods(made).keys() == _methods(plain).keys()
        for name, method in _methods(made).items():
            _same_code(method.__code__, _methods(plain)[name].__code__)
            assert method.__annotations__ == _methods(plain)[name].__annotations__
        one, two = made("2009-04-24", "Mexico"), plain("2009-04-24", "Mexico")
        assert repr(one).replace(made.__qualname__, "X") == repr(two).replace(plain.__qualname__, "X")
        assert one == made("2009-04-24", "Mexico", notes=["other"]) and hash(one) == hash(two)
        assert made("2009-04-23") < one
        with pytest.raises(dataclasses.FrozenInstanceError):
            one.day = "2009-04-25"


def test_a_broken_file_is_compiled_past(tmp_path):
    _classcode.path(tmp_path).write_bytes(b"not marshal")
    was = getattr(dataclasses, "exec", None)
    _classcode.uninstall()
    try:
        assert _classcode.install(tmp_path) is False
        assert getattr(dataclasses, "exec", None) is None
        _make()
    finally:
        if was is not None:
            dataclasses.exec = was


def test_the_folder_is_the_date_rules_cache_folder():
    for environ in ({}, {"TIMELINE_CACHE_DIR": ""}, {"TIMELINE_CACHE_DIR": "/x/y"}, {"XDG_CACHE_HOME": "/c"}):
        assert _classcode.folder(environ) == rule_cache.folder(environ)


def test_a_run_keeps_the_code_and_the_next_reads_it(tmp_path):
    environ = {**os.environ, "TIMELINE_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    check = ("import timeline, timeline.extract.pipeline; from timeline import _classcode; "
             "print(len(_classcode._used), len(_classcode._compiled))")
    first = subprocess.run([sys.executable, "-c", check], env=environ, capture_output=True, text=True, check=True)
    used, compiled = map(int, first.stdout.split())
    assert used == compiled > 100  # every text compiled, then written at exit
    again = subprocess.run([sys.executable, "-c", check], env=environ, capture_output=True, text=True, check=True)
    assert again.stdout.split() == [str(used), "0"]  # all read back: none compiled
    environ["TIMELINE_CACHE_DIR"] = ""
    none = subprocess.run([sys.executable, "-c", check], env=environ, capture_output=True, text=True, check=True)
    assert none.stdout.split() == ["0", "0"]  # no folder: dataclasses compiles as before
