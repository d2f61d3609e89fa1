"""A numeric date that may be day first or month first ("07/04/2020": 7 April in London, 4 July in
New York) is read as a careful reader would: by the article's other dates that can be read only one
way, else by the convention stated for the article (`date_order:` in its front matter or side file)
or for the project (the timeline plugin's `date_order` in mkdocs.yml), else by the country of its
source (its address, its outlet). Each event's reason names the evidence; without any, the date is
read month first at half confidence, as before (extract/date_order.py, timeline/data/date_orders.yaml)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from click.testing import CliRunner

from timeline.articles import Article
from timeline.cli import cli
from timeline.extract.date_order import data, source_order, stated_order

BODY = "Council approves budget\n\nThe council approved the budget on 07/04/2020 after a long debate.\n"


def project(tmp_path, monkeypatch, front: str = "", option: str | None = None, side: str | None = None):
    """A `timeline init` project with one article, seeds/council.md, the working folder."""
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(tmp_path / "p"), "--title", "Budget"]).exit_code == 0
    root = tmp_path / "p"
    (root / "seeds" / "council.md").write_text(f"---\npublished: 2020-05-01\n{front}---\n{BODY}", "utf-8")
    if side is not None:
        (root / "seeds" / "council.meta.yaml").write_text(side, "utf-8")
    if option is not None:
        config = root / "mkdocs.yml"
        text = config.read_text("utf-8")
        assert "      articles: seeds" in text
        config.write_text(text.replace("      articles: seeds", f"      date_order: {option}\n      articles: seeds", 1), "utf-8")
    monkeypatch.chdir(root)
    return root


def extracted(root) -> tuple[dict, str]:
    """The council's event and the run's output, after `timeline extract` with no arguments."""
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    events = [e for path in sorted((root / "events").glob("*.yaml"))
              for e in yaml.safe_load(path.read_text("utf-8"))["events"]]
    council, = (e for e in events if e["title"].startswith("The council"))
    return council, result.output


def test_without_evidence_it_stays_month_first_and_unsure(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch))
    assert event["date"] == dt.date(2020, 7, 4) and event["confidence"] == 0.5
    assert "may be read day first or month first" in event["reason"]


def test_the_articles_front_matter_states_its_order(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, front="date_order: day-first\n"))
    assert event["date"] == dt.date(2020, 4, 7) and event["confidence"] == 0.8
    assert event["reason"].endswith("read day first: the article's front matter says date_order: day-first")


def test_a_side_file_states_it_too(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, side="date_order: day-first\n"))
    assert event["date"] == dt.date(2020, 4, 7)
    assert event["reason"].endswith("the article's side file council.meta.yaml says date_order: day-first")


def test_the_projects_option_in_mkdocs_yml(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, option="day-first"))
    assert event["date"] == dt.date(2020, 4, 7) and event["confidence"] == 0.8
    assert event["reason"].endswith("read day first: mkdocs.yml says date_order: day-first")


def test_the_article_wins_over_the_project(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, front="date_order: month-first\n", option="day-first"))
    assert event["date"] == dt.date(2020, 7, 4) and event["confidence"] == 0.8
    assert "read month first: the article's front matter says date_order: month-first" in event["reason"]


def test_the_articles_own_dates_win_over_what_is_stated(tmp_path, monkeypatch):
    root = project(tmp_path, monkeypatch, option="month-first")
    article = root / "seeds" / "council.md"
    article.write_text(article.read_text("utf-8") + "\nIt takes effect on 25/04/2020.\n", "utf-8")
    event, _ = extracted(root)
    assert event["date"] == dt.date(2020, 4, 7) and event["confidence"] == 0.8
    assert event["reason"].endswith("read day first: the text writes 25/04/2020")


def test_a_british_address_reads_it_day_first_less_surely(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, front="url: https://www.bbc.co.uk/news/uk-52197456\n"))
    assert event["date"] == dt.date(2020, 4, 7) and event["confidence"] == 0.7
    assert event["reason"].endswith("read day first: its source www.bbc.co.uk writes day-first dates")


def test_an_outlet_without_an_address(tmp_path, monkeypatch):
    event, _ = extracted(project(tmp_path, monkeypatch, front="outlet: The New York Times\n"))
    assert event["date"] == dt.date(2020, 7, 4) and event["confidence"] == 0.7
    assert event["reason"].endswith("read month first: its outlet The New York Times writes month-first dates")


def test_a_wrong_order_in_the_front_matter_is_refused_with_its_line(tmp_path, monkeypatch):
    root = project(tmp_path, monkeypatch, front="date_order: british\n")
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 1
    assert ("seeds/council.md:3: 'date_order' in the front matter should be day-first or month-first "
            "(how the article writes 07/04/2020), found 'british'") in result.output
    assert not list((root / "events").glob("events-*.yaml"))


def test_a_wrong_order_in_mkdocs_yml_is_refused(tmp_path, monkeypatch):
    root = project(tmp_path, monkeypatch, option="dayfirst")
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 1
    line = (root / "mkdocs.yml").read_text("utf-8").splitlines().index("      date_order: dayfirst") + 1
    assert f"mkdocs.yml:{line}: the timeline plugin's option 'date_order'" in result.output
    assert "Traceback" not in result.output
    assert not list((root / "events").glob("events-*.yaml"))


def test_with_jobs_the_same_files(tmp_path, monkeypatch):
    """Articles read in worker processes read the project's order too, byte for byte the same."""
    root = project(tmp_path, monkeypatch, option="day-first")
    (root / "seeds" / "other.md").write_text("---\npublished: 2020-05-02\n---\nBridge shut\n\n"
                                             "The bridge was shut on 03/04/2020 for repairs.\n", "utf-8")
    extracted(root)
    alone = {p.name: p.read_bytes() for p in (root / "events").glob("*.yaml")}
    for path in (root / "events").glob("*.yaml"):
        path.unlink()
    result = CliRunner().invoke(cli, ["extract", "--jobs", "2"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert {p.name: p.read_bytes() for p in (root / "events").glob("*.yaml")} == alone
    assert b"2020-04-03" in b"".join(alone.values())


@pytest.mark.parametrize("example", data()["examples"],
                         ids=lambda e: e.get("url") or e.get("outlet"))
def test_data_examples(example):
    found = source_order(example.get("url"), example.get("outlet"))
    assert (found[0] if found else None) == example["order"]
    if "why" in example:
        assert found[1] == example["why"]


def test_every_order_in_the_data_is_one_the_engine_reads():
    tables = data()
    for table in ("countries", "sites", "outlets"):
        assert set(tables[table].values()) <= {"day-first", "month-first"}, table
    article = Article(path=None, shown="a.txt", text="", url="https://example.ie/x")
    assert stated_order(article).order == "day_first"


def test_the_articles_own_date_line_is_read_in_the_stated_order_too(tmp_path, monkeypatch):
    """A press release without a published date: its date line "Date: 03/04/2021" dates the
    article, and "on Tuesday" counts from it."""
    root = project(tmp_path, monkeypatch)
    (root / "seeds" / "council.md").write_text(
        "---\ndate_order: day-first\n---\nCouncil agrees new parking charges\n\nDate: 03/04/2021\n\n"
        "The council agreed new parking charges on Tuesday after a long debate.\n", "utf-8")
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    event, = (e for path in (root / "events").glob("*.yaml") for e in yaml.safe_load(path.read_text("utf-8"))["events"])
    source, = event["sources"]
    assert source["published"] == dt.date(2021, 4, 3) and event["date"] == dt.date(2021, 3, 30)
    assert "read day first: the article's front matter says date_order: day-first" in source["published_reason"]


def test_the_source_page_marks_the_date_as_the_event_reads_it(tmp_path, monkeypatch):
    """The site's source page highlights each date of the article with its reading: the same as the
    event's, the project's option read by the plugin too."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    root = project(tmp_path, monkeypatch, option="day-first")
    extracted(root)
    build(load_config(str(root / "mkdocs.yml")))
    html = (root / "site" / "sources" / "council" / "index.html").read_text("utf-8")
    mark, = re.findall(r'<mark class="tl-date"[^>]*><time datetime="2020-04-07">07/04/2020</time></mark>', html)
    assert 'data-value="Tue 7 Apr 2020"' in mark
    assert "read day first: mkdocs.yml says date_order: day-first" in mark
