"""The review page tells an article the tool dated apart from one without a date: the walk of stop 34
found a Reuters copy, dated from its date line, under "Articles without a date". Through the command
line, on a project of `timeline init`."""

from __future__ import annotations

import os
import subprocess
import sys

from click.testing import CliRunner

from timeline.cli import cli

WIRE = ("Britain's Eton College closes over swine flu\n\n"
        "LONDON, May 28, 2009 (Reuters) - Eton has closed temporarily after a pupil was diagnosed with swine flu, "
        "as the total number of cases in the UK rose above 200.\n\n"
        "The Berkshire school was told on Wednesday that a 13-year-old boy had tested positive for the virus.\n")
NOTES = ("Notes on the school\n\n"
         "The headteacher wrote to parents on Tuesday that the school would stay closed.\n")


def test_an_article_dated_from_its_date_line_is_listed_as_dated_by_the_tool(tmp_path, monkeypatch):
    project = tmp_path / "flu"
    assert CliRunner().invoke(cli, ["init", str(project), "--title", "Flu"]).exit_code == 0
    (project / "seeds" / "reuters-eton.txt").write_text(WIRE, "utf-8")
    (project / "seeds" / "notes.txt").write_text(NOTES, "utf-8")
    monkeypatch.chdir(project)
    extracted = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert extracted.exit_code == 0, extracted.output
    built = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project,
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert built.returncode == 0, built.stderr
    review = (project / "site" / "review" / "index.html").read_text("utf-8")
    dated = review.split('id="articles-dated-by-the-tool"', 1)[1].split("<h2", 1)[0]
    undated = review.split('id="articles-without-a-date"', 1)[1].split("<h2", 1)[0]
    assert "sources/reuters-eton/" in dated and "sources/reuters-eton/" not in undated
    assert '<time datetime="2009-05-28">' in dated and "date line" in dated, dated
    assert "sources/notes/" in undated and "sources/notes/" not in dated and "date unknown" in undated
