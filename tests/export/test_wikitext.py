"""The wikitext export: a "Timeline of ..." list that a wiki editor pastes, its dates written as
Wikipedia writes them, its sources as named {{cite news}} references, and nothing from the data
read as markup."""

import html
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import ExportContext
from timeline.export.wikitext import shapes, wiki_comment, wiki_date, wiki_range, wiki_text, wiki_url, write
from timeline.loader import load_events
from timeline.period import parse_value

REPO = Path(__file__).resolve().parents[2]
ROME = REPO / "tests/fixtures/events/rome.yaml"


@pytest.mark.parametrize("order, key", [("dmy", "text"), ("mdy", "mdy")])
@pytest.mark.parametrize("example", shapes()["examples"], ids=lambda e: e["text"])
def test_date_examples_from_the_data_file(example, order, key):
    start = parse_value(example["value"], example.get("approximate", False), example.get("part"))
    end = parse_value(example["end"]) if "end" in example else None
    if example.get("with_year"):
        assert wiki_date(start, example.get("zone"), with_year=True, order=order) == example[key]
    else:
        assert wiki_range(start, end, example.get("zone"), order) == example[key]


def test_the_demo_events_export_under_their_years_with_each_article_defined_once(monkeypatch):
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(cli, ["export", "--format", "wikitext"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("<!-- Kim Jong Un in Beijing: exported by timeline from 9 events.")
    assert [line for line in lines if line.startswith("=")] == ["== 2018 ==", "== 2019 =="]
    bullets = [line for line in lines if line.startswith("* ")]
    assert len(bullets) == 9  # the tenth event is rejected
    assert "maiden official trip" not in result.stdout
    # the demo's two articles say neither their outlet nor their address: no citation is made up
    # ({{cite news}} with a title alone sent the reader nowhere), each line is marked, and each
    # source said in a comment for the editor to find where it was published
    assert ("* '''9 January, 14:00''' – Kim leaves Beijing on his armoured train after a luncheon.{{citation needed}}"
            "<!-- “North Korea's Kim Jong-un Reportedly Leaves Beijing by Personal Train”, 10 January 2019 (date "
            "inferred from seeds/000_207661d1272d65b9.txt), "
            "seeds/003_659bc2890c4af82c.txt names no outlet or address: cite where it was published; "
            "quote: “Kim and his entourage departed") in result.stdout
    assert "<ref" not in result.stdout and "{{cite" not in result.stdout
    assert all(line.count("{{citation needed}}") == 1 for line in bullets)
    # each sentence an event rests on is still there for the editor to check
    assert result.stdout.count("; quote: “") == sum(line.count("<!-- “") for line in bullets)
    assert "Kim said improving people's lives was his '''top priority''', and warned" in result.stdout


EVENTS = """\
- {date: 2009-04-28, title: WHO raises the alert, confidence: 0.4, reason: "'Tuesday' read against an inferred date",
   sources: [{file: seeds/a.txt, url: 'https://news.example/a', title: Flu spreads, outlet: The Guardian,
              published: 2009-04-29, quote: The WHO raised its alert on Tuesday.}]}
- {date: 2009-04-29, title: Schools close, status: reviewed, confidence: 0.4,
   sources: [{file: seeds/a.txt, url: 'https://news.example/a', title: Flu spreads, outlet: The Guardian,
              published: 2009-04-29, quote: The WHO raised its alert on Tuesday.}]}
- {date: 2009-05, title: Cases double, sources: [{file: seeds/b.txt, url: 'https://b.example/', title: Cases,
                                                  published: 2009-05, quote: One.}]}
- {date: 2009-06-11, title: Cases double again, sources: [{file: seeds/b.txt, url: 'https://b.example/', title: Cases,
                                                        published: 2009-05, quote: Two.}]}
- {date: 2009-06-12, title: Withdrawn, status: rejected}
- {date: 2009-06-14, title: Unions ballot, sources: [{url: 'https://www.unison.example.org/news/1', quote: Members voted.}]}
- {date: 2009-06-13, title: Merged, sources: [{file: seeds/b.txt, url: 'https://b.example/', title: Cases,
                                             published: 2009-05, quote: Three.},
                                            {file: seeds/b.txt, url: 'https://b.example/', title: Cases,
                                             published: 2009-05, quote: Four.}]}
"""


def test_one_named_reference_per_article_its_quote_inside_when_it_is_the_only_one(write):
    text = write_events(write, EVENTS)
    assert ("* '''28 April'''<!-- date uncertain: date confidence 0.4 is below 0.7: 'Tuesday' read against an inferred date -->"
            " – WHO raises the alert.<ref name=\"the-guardian-2009-04-29\">{{cite news |title=Flu spreads "
            "|url=https://news.example/a |work=The Guardian |date=2009-04-29 |quote=The WHO raised its alert on Tuesday.}}</ref>\n"
            "* '''29 April''' – Schools close.<ref name=\"the-guardian-2009-04-29\" />\n") in text  # reviewed: no mark
    assert ("* '''May''' – Cases double.<ref name=\"cases-may-2009\">{{cite web |title=Cases |url=https://b.example/ "
            "|date=May 2009}}</ref>"
            "<!-- quote: “One.” -->\n"
            "* '''11 June''' – Cases double again.<ref name=\"cases-may-2009\" /><!-- quote: “Two.” -->\n") in text
    # two sentences of one article: its footnote once, both sentences after it
    assert ("* '''13 June''' – Merged.<ref name=\"cases-may-2009\" /><!-- quote: “Three.” --><!-- quote: “Four.” -->\n"
            in text)
    assert "Withdrawn" not in text
    # a source known only by its address is named by it whole, not by its last part ("1")
    assert ("<ref name=\"www-unison-example-org-news-1\">{{cite web |title=www.unison.example.org/news/1 "
            "|url=https://www.unison.example.org/news/1 |quote=Members voted.}}</ref>") in text
    assert "date uncertain" not in write_events(write, EVENTS, min_confidence=0.3)  # the site's review_confidence


def write_events(write, yaml_text: str, **context) -> str:
    return write_export(load_events([write("events/e.yaml", yaml_text)]), **context)


def write_export(events, **context) -> str:
    return write(events, ExportContext(title="T", **context))


def test_a_busy_year_gets_a_heading_per_month_its_coarser_events_first(write):
    busy = [{"date": f"2009-{4 + i % 2:02d}-{i + 1:02d}", "title": f"Event {i}"} for i in range(shapes()["months_over"])]
    calm = write_events(write, yaml.safe_dump(busy))
    assert "=== " not in calm  # ten events read at a glance under their year
    text = write_events(write, yaml.safe_dump(busy + [{"date": "2009-SU", "title": "A summer"},
                                                      {"date": "2010-01-01", "title": "Next year"}]))
    headings = [line for line in text.splitlines() if line.startswith(("=", "* '''Summer"))]
    assert headings == ["== 2009 ==", "* '''Summer 2009''' – A summer.{{citation needed}}", "=== April ===", "=== May ===",
                        "== 2010 =="]  # an event without a source is marked so
    one_month = [{**event, "date": event["date"].replace("-05-", "-04-")} for event in busy]
    text = write_events(write, yaml.safe_dump(one_month + [{"date": "2009", "title": "The year"}]))
    assert "=== " not in text  # April's heading would say nothing the dates do not


def test_years_before_christ_and_centuries_have_their_headings(write):
    text = write_export(load_events([ROME]))
    assert [line for line in text.splitlines() if line.startswith("==")] == [
        "== 753 BC ==", "== 509 BC ==", "== 5th century BC ==", "== 44 BC ==", "== 27 BC ==", "== AD 14 ==", "== AD 79 =="]
    assert "* '''15 March''' – Julius Caesar assassinated. Stabbed in the Theatre of Pompey &lt;b&gt;on the Ides&lt;/b&gt;." in text
    assert "* '''27 BC – AD 14''' – Augustus reigns." in text
    assert "* '''Mid-5th century BC''' – The Twelve Tables" in text  # a bullet's first word
    assert "* '''c. 753 BC'''<!-- date uncertain: the date is approximate --> – Rome founded, by tradition." in text


def test_the_same_events_in_any_order_give_the_same_bytes(write):
    events = load_events([write("events/e.yaml", EVENTS)])
    assert write_export(events) == write_export(list(reversed(events)))


# Each is shown as the text it is: its characters come back when the wiki decodes the entities, and
# none of the markup (links, templates, tags, references, bold, signatures, magic words) is left.
HOSTILE = [
    ("internal link", "[[Main Page|click]]"),
    ("external link", "[https://evil.example here]"),
    ("template", "{{delete|reason=spam}}"),
    ("parser function", "{{#invoke:X|y}}"),
    ("table", "{| class=wikitable\n|-\n| cell\n|}"),
    ("pipe that would end a parameter", "a | b=c"),
    ("bold and italic", "'''bold''' ''italic''"),
    ("ref", "<ref>fake</ref><ref name=x/>"),
    ("nowiki end", "</nowiki>{{x}}<nowiki>"),
    ("comment start", "<!-- hidden"),
    ("signature", "~~~~ and ~~~"),
    ("magic word", "__NOTOC__ __FORCETOC__"),
    ("html tag", '<span style="display:none">x</span><script>alert(1)</script>'),
    ("heading at a line start", "\n== Heading ==\n"),
    ("list and indent at a line start", "\n* item\n# one\n: indented\n; term\n----\n"),
    ("pre-escaped entity", "&lt;b&gt; &amp;"),
    ("unicode line separators", "a\u2028b\u2029c\x85d"),
]
_MARKUP = re.compile(r"\[|\]|\{|\}|\||<|>|''|~~~|__|\n")


@pytest.mark.parametrize("name, payload", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_text_reads_as_text_and_makes_no_markup(name, payload):
    escaped = wiki_text(payload)
    assert _MARKUP.search(escaped) is None, escaped
    assert html.unescape(escaped) == " ".join(payload.split())
    assert "--" not in wiki_comment(payload)


@pytest.mark.parametrize("name, payload", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_a_hostile_event_stays_one_bullet_line_with_its_own_references(write, name, payload):
    event = {"date": "2009-04-28", "title": payload, "summary": payload, "reason": payload, "confidence": 0.1,
             "sources": [{"file": "seeds/x.txt", "url": f"https://ok.example/{payload}", "title": payload,
                          "outlet": payload, "quote": payload, "published": "2009-04-28"}]}
    text = write_events(write, yaml.safe_dump([event], allow_unicode=True))
    lines = text.splitlines()
    assert lines[2:] == ["== 2009 ==", lines[3]] and lines[3].startswith("* '''28 April'''<!-- date uncertain: ")
    # what is left once the writer's own markup is taken out holds none from the payload
    own = re.compile(r"^\* '''28 April'''|<!-- .*? -->|<ref name=\"[a-z0-9-]+\">\{\{cite news |\|(title|url|work|date|quote)="
                     r"|\}\}</ref>|'''(?=[^']*''')")
    assert _MARKUP.search(own.sub("", lines[3])) is None, lines[3]
    assert lines[3].count("<!--") == lines[3].count("-->") == 1


HOSTILE_URLS = ["https://x.example/a b|c", "https://x.example/[[x]]{{y}}", "https://x.example/?q=''bold''",
                "https://x.example/__NOTOC__~~~~", 'https://x.example/"><script>']


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_a_url_is_percent_encoded_where_it_would_end_a_parameter_or_make_markup(url):
    encoded = wiki_url(url)
    assert re.search(r"[\s|\[\]{}<>\"]|''|~~~|__", encoded) is None, encoded


@pytest.mark.parametrize("summary, wikitext", [
    ("Four days, **by train**.", "Four days, '''by train'''."),
    ("An *official* visit to [Beijing](https://x.example/b j).",  # no link: a URL has no space
     "An ''official'' visit to &#91;Beijing&#93;(https://x.example/b j)."),
    ("See [the report](https://x.example/r?a=1|2).", "See [https://x.example/r?a=1%7C2 the report]."),
    ("**Kim'** and *'quoted'*", "'''Kim&#39;''' and ''&#39;quoted&#39;''"),
    ("2 * 3 * 4 and **[[x]]**", "2 * 3 * 4 and '''&#91;&#91;x&#93;&#93;'''"),
    ("[click](javascript:alert(1))", "&#91;click&#93;(javascript:alert(1))"),
])
def test_a_summary_keeps_its_bold_italics_and_links_as_the_wiki_writes_them(summary, wikitext):
    from timeline.export.wikitext import wiki_markdown

    assert wiki_markdown(summary) == wikitext


NOTES = "“My notes”, {day}, notes/mine.md names no outlet or address: cite where it was published; quote: “Met on Tuesday.”"


@pytest.mark.parametrize("source, context, cited", [
    # a news story: its outlet and address; the day it was read, its own over the option's
    ({"url": "https://a.example/1", "outlet": "Daily", "title": "A", "published": "2009-04-28"}, {},
     "{{cite news |title=A |url=https://a.example/1 |work=Daily |date=2009-04-28}}"),
    ({"url": "https://a.example/1", "outlet": "Daily", "title": "A", "accessed": "2024-05-02"}, {"access_date": "2024-06-01"},
     "{{cite news |title=A |url=https://a.example/1 |work=Daily |access-date=2024-05-02}}"),
    # a page without an outlet is no newspaper's: cite web
    ({"url": "https://a.example/1", "title": "A"}, {"access_date": "2024-06-01"},
     "{{cite web |title=A |url=https://a.example/1 |access-date=2024-06-01}}"),
    # in print only: no access-date, which CS1 wants beside a url
    ({"file": "seeds/a.txt", "outlet": "Daily", "title": "A"}, {"access_date": "2024-06-01"}, "{{cite news |title=A |work=Daily}}"),
    # a person's notes: no citation made up, the line marked, the notes said for the editor (in the list's order)
    ({"file": "notes/mine.md", "title": "My notes", "published": "2009-04-28", "quote": "Met on Tuesday."}, {},
     "{{citation needed}}<!-- " + NOTES.format(day="28 April 2009") + " -->"),
    ({"file": "notes/mine.md", "title": "My notes", "published": "2009-04-28", "quote": "Met on Tuesday."},
     {"date_order": "mdy", "access_date": "2024-06-01"}, "{{citation needed}}<!-- " + NOTES.format(day="April 28, 2009") + " -->"),
    (None, {}, "{{citation needed}}"),  # no source at all
])
def test_each_source_is_cited_as_what_it_is(write, source, context, cited):
    event = {"date": "2009-04-28", "title": "E", **({"sources": [source]} if source else {})}
    line = write_events(write, yaml.safe_dump([event], allow_unicode=True), **context).splitlines()[-1]
    assert cited in line and line.count("{{") == 1
    assert ("<ref name=" in line) == cited.startswith("{{cite")  # a citation is a footnote; the mark is none


@pytest.mark.parametrize("reason, dmy, mdy", [
    # written by an earlier version: said in today's words, as the site says it
    ("'yesterday' resolved against the article's published date, Saturday 2 May 2009",
     "'yesterday' counted from the article's date, Saturday 2 May 2009",
     "'yesterday' counted from the article's date, Saturday, May 2, 2009"),
    ("the date of seeds/a.txt was inferred as 2009-04-29; the article now gives 2009-05-01",
     "the date of seeds/a.txt was inferred as 29 April 2009; the article now gives 1 May 2009",
     "the date of seeds/a.txt was inferred as April 29, 2009; the article now gives May 1, 2009"),
    # the article's own words stay as written; a day no calendar has stays too
    ("'11pm on 27 April' resolved against Monday 31 April 2009 or 2009-02-30",
     "'11pm on 27 April' resolved against Monday 31 April 2009 or 2009-02-30",
     "'11pm on 27 April' resolved against Monday 31 April 2009 or 2009-02-30"),
])
def test_the_days_an_uncertain_dates_comment_names_are_in_the_lists_order(write, reason, dmy, mdy):
    event = {"date": "2009-04-28", "title": "E", "confidence": 0.4, "reason": reason}
    for order, expected in (("dmy", dmy), ("mdy", mdy)):
        text = write_events(write, yaml.safe_dump([event]), date_order=order)
        assert f"<!-- date uncertain: date confidence 0.4 is below 0.7: {expected} -->" in text


def test_an_articles_own_access_date_wins_over_the_option_and_the_option_dates_the_rest(write, tmp_path, monkeypatch):
    write("seeds/a.md", "---\nurl: https://a.example/1\noutlet: Daily\naccessed: 2024-05-02\n---\nText.\n")
    write("events/e.yaml", "- {date: 2009-04-28, title: One, sources: [{file: seeds/a.md, quote: Text.}]}\n"
                           "- {date: 2009-04-29, title: Two, sources: [{url: 'https://b.example/2', quote: More.}]}\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["export", "--format", "wikitext", "--access-date", "2024-06-01"])
    assert result.exit_code == 0, result.output
    assert "|work=Daily |access-date=2024-05-02 |quote=Text.}}" in result.stdout
    assert "{{cite web |title=b.example/2 |url=https://b.example/2 |access-date=2024-06-01 |quote=More.}}" in result.stdout
    for wrong, says in ((["--access-date", "June 1"], "'June 1' does not match the format '%Y-%m-%d'"),
                        (["--access-date", "2024-06-01", "--format", "csv"], "--access-date is for --format wikitext")):
        refused = CliRunner().invoke(cli, ["export", *wrong])
        assert refused.exit_code == 2 and says in refused.output
