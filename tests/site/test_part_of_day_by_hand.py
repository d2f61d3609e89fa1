"""A date a person set is theirs: after they change the part of the day `timeline extract` gave it
("2009-04-27TNI" made the evening), the site no longer shows the tool's doubts about the date. The
site's check read only the id, which holds the day alone, so the changed date kept the tool's marks:
"date uncertain", a place on the review page, the tool's confidence beside a date it never read."""

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


@pytest.mark.parametrize("typed", ["2009-04-27TEV", "2009-04-27 evening", "Mon 27 Apr 2009, evening", "2009-04-27T21:00"])
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
