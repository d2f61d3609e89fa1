"""The published feed names a stylesheet, so that a browser opening feed.xml shows a page, not raw
XML; feed readers get the same Atom as before. How the page looks: tests/browser/test_layout.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import yaml

from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import atom
from timeline.render import default_templates_dir
from timeline.site.feed_words import css_string, feed_words, words_rule

PI = '<?xml-stylesheet type="text/css" href="feed.css"?>\n'
EVENTS = [{"date": "2019-01-08", "title": "A <script>alert(1)</script> & co", "summary": "<b>bold</b>"},
          {"date": "2019-01-09", "title": "B"}]


def test_the_feed_names_its_stylesheet_beside_it_and_is_the_same_atom_otherwise(make_site, monkeypatch):
    site = make_site(EVENTS, config={"site_url": "https://example.org/tl/"}).build()
    for folder in ("", "exports/"):
        feed = site.file(folder + "feed.xml")
        declaration, instruction, rest = feed.split("\n", 2)
        assert declaration == '<?xml version="1.0" encoding="utf-8"?>' and instruction + "\n" == PI
        assert site.file(folder + "feed.css") == site.file("feed.css")
        ET.fromstring(feed.encode())  # still well-formed XML
    monkeypatch.chdir(site.root)
    plain = CliRunner().invoke(cli, ["export", "--format", "atom"]).stdout_bytes.decode()
    assert PI not in plain, "the command line's feed has no stylesheet beside it"
    assert site.file("feed.xml").replace(PI, "", 1) == plain
    # a reader parses the same tree: the instruction is not part of it
    assert ET.tostring(ET.fromstring(site.file("feed.xml").encode())) == ET.tostring(ET.fromstring(plain.encode()))


def test_the_stylesheet_reads_the_feed_as_text_and_fetches_nothing(make_site):
    site = make_site(EVENTS).build()
    css = site.file("feed.css")
    assert "@import" not in css and "url(http://www.w3.org/2005/Atom)" in css  # the namespace, not a fetch
    assert css.count("url(") == 1
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in site.file("feed.xml")


def test_the_stylesheet_is_deterministic_and_overridable(make_site):
    own = "@namespace atom url(http://www.w3.org/2005/Atom);\natom|feed { display: block; }\n"
    site = make_site(EVENTS, templates={"feed.css": own}).build()
    assert site.file("feed.css") == site.file("exports/feed.css")
    mine, words = site.file("feed.css").split("\n\n", 1)  # the words follow, for the site's own to use
    assert mine + "\n" == own and words == words_rule(feed_words(default_templates_dir()))
    assert atom.with_stylesheet('<?xml version="1.0"?>\n<feed/>\n') == f'<?xml version="1.0"?>\n{PI}<feed/>\n'


def test_without_exports_there_is_no_feed_stylesheet(make_site):
    site = make_site(EVENTS, plugin={"exports": False}).build()
    assert not (site.out / "feed.css").exists() and not (site.out / "exports").exists()


def test_the_feed_pages_words_are_data_a_site_in_another_language_replaces():
    """feed.css wrote "On the site: " and its other words in English, which a site could change only
    by copying the whole stylesheet: they are templates/feed_words.yaml's, set as custom properties."""
    css = (default_templates_dir() / "feed.css").read_text("utf-8")
    words = feed_words(default_templates_dir())
    assert sorted(words) == ["about", "link_before", "title_before"]
    for text in words.values():
        assert text.strip() and text not in css  # no word of them left in the stylesheet
    for prop in ("--tl-feed-title-before", "--tl-feed-about", "--tl-feed-link-before"):
        assert f"content: var({prop})" in css


def test_a_sites_own_words_are_shown_escaped_as_css_text(make_site):
    hostile = 'Flux "\\ */ } </style> :'  # a quote, a backslash, a comment's end, a rule's end, markup
    own = yaml.safe_dump({"link_before": "Sur le site\u00a0: ", "title_before": hostile}, allow_unicode=True)
    site = make_site(EVENTS, templates={"feed_words.yaml": own}).build()
    css = site.file("feed.css")
    assert css == site.file("exports/feed.css") and css.isascii()
    rule = css.rsplit("\n\n", 1)[1]
    assert '--tl-feed-link-before: "Sur le site\\a0 : ";' in rule
    assert '--tl-feed-title-before: "Flux \\"\\\\ */ } </style> :";' in rule
    assert "copy this page's address" in rule  # the word the site did not give is the shipped one
    # every string closes where it should: one declaration per line, each ending in '";'
    declarations = rule.splitlines()[2:-1]
    assert len(declarations) == 3 and all(d.endswith('";') for d in declarations)


def test_css_string_escapes_what_could_end_it():
    assert css_string("a") == '"a"'
    assert css_string('"') == '"\\""' and css_string("\\") == '"\\\\"'
    assert css_string("line\nbreak") == '"line\\a break"'
    assert css_string("é—") == '"\\e9 \\2014 "'


@pytest.mark.parametrize("text, says", [
    ("link_before: [On, the, site]\n", "overrides/feed_words.yaml:1: link_before must be text"),
    ("title_before: Feed\nlinkbefore: On the site\n", "overrides/feed_words.yaml:2: unknown key 'linkbefore'; "
                                                       "the feed page's words are title_before, about, link_before"),
    ("title_before: 'Feed\n", "overrides/feed_words.yaml:1: "),
    ("- On the site\n", "overrides/feed_words.yaml: give the feed page's words as keys and text"),
])
def test_a_broken_words_file_is_named_with_its_line_and_nothing_is_published(make_site, caplog, text, says):
    from mkdocs.exceptions import Abort

    site = make_site(EVENTS, templates={"feed_words.yaml": text})
    with pytest.raises(Abort):
        site.build()
    assert says in caplog.text, caplog.text
    assert "Traceback" not in caplog.text and not (site.out / "feed.css").exists()
