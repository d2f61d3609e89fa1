"""The published feed names a stylesheet, so that a browser opening feed.xml shows a page, not raw
XML; feed readers get the same Atom as before. How the page looks: tests/browser/test_layout.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from timeline.cli import cli
from timeline.export import atom

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
    assert site.file("feed.css") == own == site.file("exports/feed.css")
    assert atom.with_stylesheet('<?xml version="1.0"?>\n<feed/>\n') == f'<?xml version="1.0"?>\n{PI}<feed/>\n'


def test_without_exports_there_is_no_feed_stylesheet(make_site):
    site = make_site(EVENTS, plugin={"exports": False}).build()
    assert not (site.out / "feed.css").exists() and not (site.out / "exports").exists()
