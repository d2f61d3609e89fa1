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
    assert "* '''9 January, 14:00''' – Kim leaves Beijing on his armoured train after a luncheon.<ref name=" in result.stdout
    definitions = re.findall(r'<ref name="([^"]+)">\{\{cite news ', result.stdout)
    assert sorted(definitions) == sorted(set(definitions)) and len(definitions) == 2  # two articles
    assert "|title=Kim Jong Un Leaves Beijing after Brief Visit |date=2019-01-10}}" in result.stdout  # no URL: title and date
    reuses = re.findall(r'<ref name="([^"]+)" />', result.stdout)
    assert set(reuses) == set(definitions)
    # each article is quoted for several sentences: each use keeps its own, as a comment
    assert result.stdout.count("<!-- quote: “") == sum(line.count("<ref name=") for line in bullets)
    assert "Kim said improving people's lives was his '''top priority''', and warned" in result.stdout


EVENTS = """\
- {date: 2009-04-28, title: WHO raises the alert, confidence: 0.4, reason: "'Tuesday' read against an inferred date",
   sources: [{file: seeds/a.txt, url: 'https://news.example/a', title: Flu spreads, outlet: The Guardian,
              published: 2009-04-29, quote: The WHO raised its alert on Tuesday.}]}
- {date: 2009-04-29, title: Schools close, status: reviewed, confidence: 0.4,
   sources: [{file: seeds/a.txt, url: 'https://news.example/a', title: Flu spreads, outlet: The Guardian,
              published: 2009-04-29, quote: The WHO raised its alert on Tuesday.}]}
- {date: 2009-05, title: Cases double, sources: [{file: seeds/b.txt, title: Cases, published: 2009-05, quote: One.}]}
- {date: 2009-06-11, title: Cases double again, sources: [{file: seeds/b.txt, title: Cases, published: 2009-05, quote: Two.}]}
- {date: 2009-06-12, title: Withdrawn, status: rejected}
- {date: 2009-06-14, title: Unions ballot, sources: [{url: 'https://www.unison.example.org/news/1', quote: Members voted.}]}
- {date: 2009-06-13, title: Merged, sources: [{file: seeds/b.txt, title: Cases, published: 2009-05, quote: Three.},
                                            {file: seeds/b.txt, title: Cases, published: 2009-05, quote: Four.}]}
"""


def test_one_named_reference_per_article_its_quote_inside_when_it_is_the_only_one(write):
    text = write_events(write, EVENTS)
    assert ("* '''28 April'''<!-- date uncertain: date confidence 0.4 is below 0.7: 'Tuesday' read against an inferred date -->"
            " – WHO raises the alert.<ref name=\"the-guardian-2009-04-29\">{{cite news |title=Flu spreads "
            "|url=https://news.example/a |work=The Guardian |date=2009-04-29 |quote=The WHO raised its alert on Tuesday.}}</ref>\n"
            "* '''29 April''' – Schools close.<ref name=\"the-guardian-2009-04-29\" />\n") in text  # reviewed: no mark
    assert ("* '''May''' – Cases double.<ref name=\"cases-may-2009\">{{cite news |title=Cases |date=May 2009}}</ref>"
            "<!-- quote: “One.” -->\n"
            "* '''11 June''' – Cases double again.<ref name=\"cases-may-2009\" /><!-- quote: “Two.” -->\n") in text
    # two sentences of one article: its footnote once, both sentences after it
    assert ("* '''13 June''' – Merged.<ref name=\"cases-may-2009\" /><!-- quote: “Three.” --><!-- quote: “Four.” -->\n"
            in text)
    assert "Withdrawn" not in text
    # a source known only by its address is named by it whole, not by its last part ("1")
    assert ("<ref name=\"www-unison-example-org-news-1\">{{cite news |title=www.unison.example.org/news/1 "
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
    assert headings == ["== 2009 ==", "* '''Summer 2009''' – A summer.", "=== April ===", "=== May ===", "== 2010 =="]
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
