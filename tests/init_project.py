"""A `timeline init` project with only the given articles in seeds/, extracted as a user runs it:
`timeline init`, the demo articles taken out, the articles pasted in, `timeline extract` in the
project's folder. For tests that read what extraction made of articles of their own."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli


def extracted_project(tmp_path_factory, folder: str, title: str, articles: dict[str, str]):
    """The project's root and the output of `timeline extract` (its exit code checked)."""
    root = tmp_path_factory.mktemp(folder) / "project"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(root), "--title", title]).exit_code == 0
    for old in (root / "seeds").iterdir():
        old.unlink()
    for name, text in articles.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = runner.invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root, result.output


def event_entries(root: Path, *keys: str):
    """Each entry of the project's event files under the given top-level keys, file by file in name order."""
    for path in sorted((root / "events").glob("*.yaml")):
        document = yaml.safe_load(path.read_text("utf-8"))
        for key in keys:
            yield from document.get(key, [])
