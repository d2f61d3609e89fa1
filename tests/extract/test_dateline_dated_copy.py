"""Wire copy dated only by its date line, as a user meets it: pasted into a `timeline init` project,
`timeline extract` run, the event file and the built review page read (borrow3).

The date line "LONDON, March 6 (Reuters) -" gives the day; the year is the full date the copy
reports nearest before it ('2 March 2019'): an inferred article date held at 0.8. Three things
the reasons and the review page said wrong of the dates read against it:

- "At 14:00", told more than anchor.NEAR (1,500) characters after the last date, counts from the
  article's date, but its reason said "counted from the date the article gives before it";
- the date line's own event was held at 0.55, the inference's doubt multiplied into a day read
  against the reference it is itself the evidence for;
- "19:40" right after "On 2 March 2019" owes the article's date nothing, yet the review page
  listed "the date of seeds/wire.txt was inferred" against it.
"""
from __future__ import annotations

import html
import re

import pytest
import yaml
from click.testing import CliRunner
from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.cli import cli

# Sentences with no date in them, between the fire and the closing of the quay: the last date told
# ('2 March 2019', '19:40') is further back than a count from it reaches.
MIDDLE = [
    "Firefighters from three stations worked for hours to contain the blaze at the Kesterby warehouse.",
    "The warehouse stored paper, textiles and several tonnes of cooking oil, according to its operator.",
    "Residents of the nearby streets were told to keep their windows closed because of the smoke.",
    "The operator said it had replaced part of the wiring after an earlier inspection found faults.",
    "Inspectors said the sprinklers in the eastern hall had not been tested for several years.",
    "The union representing dock workers asked for an independent review of safety at the port.",
    "A spokesman for the port authority said the quay would stay open to ships while the review went on.",
    "Local councillors called for the inspection reports to be published in full.",
    "The harbour authority said that it would cooperate with the inspectors and the police.",
    "Insurers are expected to send assessors to the site once the fire service declares it safe.",
    "Shipping agents said some cargo bound for the warehouse had been diverted to other ports.",
    "The operator employs about 120 people at the site, most of them on the night shift.",
    "Police said there was nothing to suggest the fire had been started deliberately.",
    "Environmental officers took samples of the water in the harbour near the warehouse.",
    "Dock workers on the neighbouring berths were sent home while the smoke drifted across the port.",
    "The fire service said its investigators would examine the wiring in the eastern hall first.",
]

WIRE = (
    "Port fire: questions over safety checks\n\n"
    "LONDON, March 6 (Reuters) - Inspectors flagged wiring faults at the Kesterby warehouse, documents show.\n\n"
    "On 2 March 2019, at about 19:40, a fire broke out in the Kesterby warehouse, the harbour authority said.\n\n"
    + "\n\n".join(" ".join(MIDDLE[k:k + 2]) for k in range(0, len(MIDDLE), 2))
    + "\n\nAt 14:00 customs officers shut the eastern gate to lorries.\n"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project's events (by their date's words) and the review page's text, once for the module."""
    root = tmp_path_factory.mktemp("wire") / "site-project"
    runner = CliRunner()
    assert runner.invoke(cli, ["init", str(root), "--title", "Port fire"]).exit_code == 0
    for old in (root / "seeds").iterdir():
        old.unlink()
    (root / "seeds" / "wire.txt").write_text(WIRE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        result = runner.invoke(cli, ["extract"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        build(load_config(str(root / "mkdocs.yml")))
    events = [e for path in sorted((root / "events").glob("*.yaml"))
              for e in yaml.safe_load(path.read_text("utf-8"))["events"]]
    page = (root / "site" / "review" / "index.html").read_text("utf-8").split("<article", 1)[1].split("</article>", 1)[0]
    text = html.unescape(re.sub(r"<[^>]+>", " ", page))
    return {e["sources"][0]["date_text"]: e for e in events}, " ".join(text.split())


def listed(review: str, title: str) -> str | None:
    """What the review page's 'Uncertain dates' says under the event of that title, or None."""
    uncertain = review.split("Uncertain dates", 1)[1].split("Unresolved expressions", 1)[0]
    if title not in uncertain:
        return None
    next_item = r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}(?:, \d\d:\d\d)? · "
    return re.split(next_item, uncertain.split(title, 1)[1], maxsplit=1)[0]


def test_the_copy_is_dated_by_its_date_line_in_the_year_its_text_gives(built):
    events, _ = built
    assert WIRE.index("At 14:00") - WIRE.index("19:40") > 1500
    for event in events.values():
        (source,) = event["sources"]
        assert str(source["published"]) == "2019-03-06" and source["published_source"] == "inferred"
        assert source["published_confidence"] == 0.8, source


def test_a_time_told_far_after_the_last_date_names_the_article_date_it_counted_from(built):
    events, review = built
    quay = events["14:00"]
    assert str(quay["date"]) == "2019-03-06T14:00"
    # it was "'14:00' counted from the date the article gives before it", whose date is 2 March
    assert quay["reason"] == "'14:00' counted from the article's inferred date, Wednesday 6 March 2019"
    assert quay["confidence"] < 0.7  # the inferred date's doubt is its own
    said = listed(review, quay["title"])
    assert said is not None and "counted from the article's inferred date" in said, said
    assert "gives before it" not in said and "the date of seeds/wire.txt was inferred" in said


def test_the_date_lines_own_event_is_as_sure_as_the_article_date_it_gives(built):
    events, review = built
    line = events["March 6"]
    assert str(line["date"]) == "2019-03-06"
    # it was 0.55: the inference's 0.8 times a day read against the reference with a tense to guess
    assert line["confidence"] == line["sources"][0]["published_confidence"] == 0.8
    assert line["reason"] == "'March 6' is the article's date line, which gives its inferred date, Wednesday 6 March 2019"
    # not below the threshold; still doubted for the inferred date it is
    said = listed(review, line["title"])
    assert said is not None and "below" not in said and "the date of seeds/wire.txt was inferred" in said, said


def test_a_time_counted_from_a_date_written_in_full_is_not_doubted_for_the_article_date(built):
    events, review = built
    fire = events["19:40"]
    assert str(fire["date"]) == "2019-03-02T19:40" and fire["confidence"] >= 0.7
    assert fire["reason"] == "'19:40' counted from the date the article gives before it"
    # it was listed as "the date of seeds/wire.txt was inferred", a date it owes nothing to
    assert listed(review, fire["title"]) is None, review
