"""Two builds of the same input give byte-identical sites and exports.

Built in different folders, from different working folders, one in-process and one through the
real `mkdocs build` command, with hostile text and articles included. What depends on the clock is
named: MkDocs writes the build day into the gzip header of sitemap.xml.gz (and, with a site_url,
into sitemap.xml's <lastmod>) unless SOURCE_DATE_EPOCH fixes it; nothing of the timeline's own
output reads the clock. The review page once named event files relative to the working folder, so
a build from elsewhere differed (and could show the builder's home folder); it is relative to the
project now.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hostile_text import PAYLOADS, URLS
from mkdocs.commands.build import build
from mkdocs.config import load_config
from test_hostile_site import ODD_ARTICLE, events_for

REPO = Path(__file__).resolve().parents[2]
CLOCK_FILES = {"sitemap.xml", "sitemap.xml.gz"}


def prepare(root: Path) -> Path:
    root.mkdir(parents=True)
    for name in ("mkdocs.yml", "docs", "events", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    payloads = [p for _, p in PAYLOADS]
    (root / "events" / "hostile.yaml").write_text(
        yaml.safe_dump(events_for(payloads, [u for _, u in URLS]), allow_unicode=True), encoding="utf-8")
    article = "\n\n".join(f"On Tuesday, Jan. 8, 2019, {p}" for p in payloads)
    (root / "seeds" / "hostile.txt").write_text(article, encoding="utf-8")
    (root / ODD_ARTICLE).write_text(article, encoding="utf-8")
    return root


def build_in_process(root: Path, cwd: Path, monkeypatch) -> Path:
    monkeypatch.chdir(cwd)
    build(load_config(str(root / "mkdocs.yml")))
    return root / "site"


def build_with_the_command(root: Path, cwd: Path, environ: dict) -> Path:
    mkdocs = Path(sys.executable).with_name("mkdocs")
    # The command imports the timeline under test, wherever it runs from: a relative PYTHONPATH (".",
    # a worktree's habit) read from `cwd` found another checkout's, and the builds differed.
    environ = {**environ, "PYTHONPATH": os.pathsep.join(
        [str(REPO)] + [str(Path(p).resolve()) for p in environ.get("PYTHONPATH", "").split(os.pathsep) if p])}
    done = subprocess.run([str(mkdocs), "build", "-q", "-f", str(root / "mkdocs.yml")], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return root / "site"


def contents(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(name for name in a.keys() | b.keys() if a.get(name) != b.get(name))


def test_two_builds_anywhere_give_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = contents(build_in_process(prepare(tmp_path / "one"), tmp_path / "one", monkeypatch))
    elsewhere = tmp_path / "somewhere" / "else"
    elsewhere.mkdir(parents=True)
    environ = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    second = contents(build_with_the_command(prepare(tmp_path / "two" / "deeper"), elsewhere, environ))
    assert len(first) > 50 and any(name.startswith("exports/") for name in first)
    changed = differing(first, second)
    # Both builds ran on the same day, unless this test straddled midnight UTC: then only the clock files differ.
    assert changed == [] or set(changed) <= CLOCK_FILES, changed
    assert not any(str(tmp_path).encode() in data for data in second.values()), "no build folder leaks into the site"


def test_only_the_sitemap_depends_on_the_build_day(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1547078400")  # 2019-01-10
    first = contents(build_in_process(prepare(tmp_path / "one"), tmp_path, monkeypatch))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # 2030-01-01
    later = contents(build_in_process(prepare(tmp_path / "two"), tmp_path, monkeypatch))
    changed = differing(first, later)
    assert "sitemap.xml.gz" in changed and set(changed) <= CLOCK_FILES, changed  # the gzip header's mtime
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1547078400")
    again = contents(build_in_process(prepare(tmp_path / "three"), tmp_path / "three", monkeypatch))
    assert differing(first, again) == []


@pytest.mark.parametrize("export", ["events.csv", "events.ics", "events.json", "feed.xml", "timelinejs.json"])
def test_each_export_is_byte_identical_across_builds(tmp_path, monkeypatch, export):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = build_in_process(prepare(tmp_path / "one"), tmp_path, monkeypatch)
    second = build_in_process(prepare(tmp_path / "two"), tmp_path / "two", monkeypatch)
    assert (first / "exports" / export).read_bytes() == (second / "exports" / export).read_bytes()
