"""A date a person set is theirs: after they change the part of the day `timeline extract` gave it
("2009-04-27TNI" made the evening), the site no longer shows the tool's doubts about the date. The
site's check read only the id, which holds the day alone, so the changed date kept the tool's marks:
"date uncertain", a place on the review page, the tool's confidence beside a date it never read. The part
taken away, the plain day left, was not told either: the words were read only for a date with a time."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.site.conftest import Site
from timeline.cli import cli

# Dated only by what its own words report (an inferred date, held at 0.8): its dates are doubted.
ARTICLE = """Flu cases rise in Mexico

The first cases were confirmed on April 24, 2009, the health ministry said. Mexican officials said on Monday
that schools would stay closed. The WHO raised its alert level on Monday night.
"""


def _extracted(tmp_path, monkeypatch) -> Site:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["init", "project"]).exit_code == 0
    (tmp_path / "project" / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "project")
    result = runner.invoke(cli, ["extract"])
    assert result.exit_code == 0, result.output
    return Site(tmp_path / "project")


def _block(html: str, event_id: str) -> str:
    start = html.index(f'id="{event_id}"')
    return html[start:html.find('id="2009-', start + 1) if html.find('id="2009-', start + 1) > 0 else len(html)]


@pytest.mark.parametrize("typed", ["2009-04-27TEV", "2009-04-27 evening", "Mon 27 Apr 2009, evening", "2009-04-27T21:00",
                                   # the night taken away: the plain day is the person's too
                                   "2009-04-27", "Mon 27 Apr 2009", "27 April 2009"])
def test_a_part_of_the_day_a_person_set_clears_the_tools_doubt(tmp_path, monkeypatch, typed):
    site = _extracted(tmp_path, monkeypatch)
    [path] = (site.root / "events").glob("*.yaml")
    written = path.read_text("utf-8")
    assert "date: 2009-04-27TNI\n" in written
    before = site.build().html("timeline/")
    night, monday = "2009-04-27-the-who-raised-its-alert-level", "2009-04-27-mexican-officials-said-that-schools"
    assert "tl-unsure" in _block(before, night)
    path.write_text(written.replace("date: 2009-04-27TNI\n", f"date: '{typed}'\n"), encoding="utf-8")
    after = site.build().html("timeline/")
    assert "tl-unsure" not in _block(after, night) and "Date set by an editor" in _block(after, night)
    assert night not in site.html("review/")
    # the event whose date the person left is still the tool's, doubts and all
    assert "tl-unsure" in _block(after, monday) and monday in site.html("review/")


def test_a_part_of_the_day_a_person_took_away_stays_theirs_on_a_rerun(tmp_path, monkeypatch):
    site = _extracted(tmp_path, monkeypatch)
    [path] = (site.root / "events").glob("*.yaml")
    path.write_text(path.read_text("utf-8").replace("date: 2009-04-27TNI\n", "date: 2009-04-27\n"), encoding="utf-8")
    edited = path.read_bytes()
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 0 and "wrote nothing" in result.output, result.output
    assert path.read_bytes() == edited  # the night is not put back
    night = "2009-04-27-the-who-raised-its-alert-level"
    html = site.build().html("timeline/")
    assert "tl-unsure" not in _block(html, night) and "Date set by an editor" in _block(html, night)
    assert night not in site.html("review/")
