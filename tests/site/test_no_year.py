"""A date told without its year ("Children love Christmas": XXXX-12-25, every year's) has no place
on a timeline: it is never placed at a year made up for it, and the review page lists it apart, as
something to act on only when it tells of one occasion."""

import re

from click.testing import CliRunner

from timeline.cli import cli

TOYS = ("---\npublished: 2018-12-20\n---\nToy shops report strong sales\n\n"
        "Toy shops reported strong sales on Tuesday, the association said.\n\nChildren love Christmas.\n")


def section(html: str, anchor: str) -> str:
    return html.split(f'id="{anchor}"', 1)[1].split("<h2", 1)[0]


def test_a_habit_without_a_year_is_listed_apart_and_never_placed(make_site, monkeypatch):
    site = make_site([], articles={"toys.txt": TOYS})
    monkeypatch.chdir(site.root)
    result = CliRunner().invoke(cli, ["extract", "seeds", "--out", "events"])
    assert result.exit_code == 0, result.output
    site.build()
    timeline = site.html("timeline/")
    assert "Toy shops reported strong sales" in timeline
    assert "Children love Christmas" not in timeline and "25 Dec" not in timeline
    review = site.html("review/")
    assert "Nothing to review" in review, "a habit is nothing to fix: it is not counted"
    assert "None." in section(review, "unresolved-expressions")
    no_year = section(review, "no-year-not-placed")
    assert re.search(r"<li><a href=\"../sources/toys/#tl-date-\d+\">“Christmas”</a> in <a href=\"../sources/toys/\">"
                     r"Toy shops report strong sales</a>: [^<]*generic present", no_year), no_year
    assert "add the event with its year to an event file" in no_year


def test_without_such_dates_the_review_page_has_no_such_list(make_site, fake_engine):
    review = make_site([], articles={"a.txt": "A\n\nIt happened someday."}).build().html("review/")
    assert 'id="no-year-not-placed"' not in review
    assert '<li><a href="../sources/a/#tl-date-1">“someday”</a> in' in section(review, "unresolved-expressions")


def test_a_value_without_a_year_typed_into_an_event_file_is_refused_saying_why(write, tmp_path, monkeypatch):
    write("events/e.yaml", "anchor: 2018-12-20\nevents:\n  - {date: XXXX-12-25, title: Christmas}\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "events"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("events/e.yaml:3: 'XXXX-12-25' has no year"), result.output
    assert "write the year in place of XXXX" in result.output


def test_the_source_page_says_a_date_without_a_year_has_none_not_that_it_is_unresolved(make_site, monkeypatch):
    site = make_site([], articles={"toys.txt": TOYS})
    monkeypatch.chdir(site.root)
    assert CliRunner().invoke(cli, ["extract", "seeds", "--out", "events"]).exit_code == 0
    html = site.build().html("sources/toys/")
    mark = re.search(r'<mark class="tl-date tl-unresolved" id="(tl-date-\d)" data-value="([^"]+)"[^>]*>Christmas</mark>', html)
    assert mark and mark.group(2) == "no year", html
    assert re.search(rf'<li><a href="#{mark.group(1)}">“Christmas”</a> \(paragraph \d\): no year', html)
