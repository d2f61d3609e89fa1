"""A weekday that is a person's surname makes no event of that day: "Augusta Friday, a lawyer, said"
was dated to the Friday before the article at 0.92, a wrong day shown as sure. Agency style puts
the day after the subject ("The mayor Friday signed"), so such a weekday stays a date
(timeline/dates/rules/date.yaml: weekday's not_before and not_around, lexicon.yaml: given_name)."""

from __future__ import annotations

import datetime as dt

import yaml
from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = """---
published: 2024-05-08
---
Council loses appeal

Augusta Friday, a lawyer for the residents, said the council had acted unlawfully.

The mayor Friday signed the order closing the bridge.

Joe Friday said the ruling came too late.

Bush Friday signed the bill into law.
"""


def test_a_weekday_that_is_a_surname_dates_no_event_and_agency_style_still_does(tmp_path, monkeypatch):
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path / "p"), "--title", "Appeal"]).exit_code == 0
    root = tmp_path / "p"
    (root / "seeds" / "appeal.md").write_text(ARTICLE, "utf-8")
    monkeypatch.chdir(root)
    result = runner.invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    events = [e for path in sorted((root / "events").glob("*.yaml"))
              for e in yaml.safe_load(path.read_text("utf-8"))["events"]]
    dated = {e["summary"]: e["date"] for e in events}
    friday = dt.date(2024, 5, 3)
    assert dated == {"The mayor Friday signed the order closing the bridge.": friday,
                     "Bush Friday signed the bill into law.": friday}, dated
