"""Hostile text shows as text on every generated page; the same input gives the same bytes."""

import filecmp
import re
import shutil

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> {{ 7*7 }} [x](javascript:alert(3))"
EVENTS = [
    {"date": "2019-01-08", "title": HOSTILE, "summary": HOSTILE, "tags": ["<b>bold</b>", "{{ 7*7 }}"],
     "note": HOSTILE, "confidence": 0.1, "reason": HOSTILE,
     "sources": [{"file": "seeds/evil.txt", "url": "javascript:alert(4)", "title": HOSTILE, "outlet": HOSTILE,
                  "quote": HOSTILE, "published": "2019-01-09", "published_source": "inferred",
                  "published_reason": HOSTILE}]},
    {"date": "2019-01-09", "title": "Fine", "sources": [{"url": "https://ok.example/a\"onmouseover=\"alert(5)"}]},
]
ARTICLE = f"{HOSTILE}\n\nOn Tuesday {HOSTILE} someday."


def generated_pages(site):
    return [p for p in site.out.rglob("index.html")
            if p.parent.relative_to(site.out).parts[:1] in (("timeline",), ("tags",), ("sources",), ("review",))]


def test_hostile_text_never_becomes_markup_on_any_page(make_site, fake_engine):
    site = make_site(EVENTS, articles={"evil.txt": ARTICLE}).build()
    pages = generated_pages(site)
    assert len(pages) >= 7
    for page in pages:
        body = page.read_text(encoding="utf-8").split("<article", 1)[1].split("</article>", 1)[0]
        where = page.relative_to(site.out)
        assert "<script" not in body and "<img" not in body and "<b>bold" not in body, where
        assert "onmouseover=" not in body.replace("%22onmouseover=%22", ""), where
        assert "49 [x]" not in body and "49 \\[x\\]" not in body, f"{where}: template syntax in data was evaluated"
        for href in re.findall(r'(?:href|src)="([^"]*)"', body):
            assert not href.lower().replace(" ", "").startswith(("javascript:", "data:")), (where, href)
    assert "{{ 7*7 }}" in site.html("timeline/"), "template syntax in data is shown, never evaluated"
    assert "&lt;script&gt;" in site.html("sources/evil/")


def test_the_sites_name_and_description_are_text_on_every_page_escaped_once(make_site):
    # Material writes them as they are (the header, the menu, the logo's aria-label, a meta tag): a
    # quote mark ended the attribute, "<b>" was bold. The plugin escapes them once (Markup), and the
    # theme's own `| e` leaves them so: never "&amp;lt;".
    name = 'Kim "Rocket Man" <b>bold</b> & co'
    site = make_site(EVENTS[1:], config={"site_name": name, "site_description": '"><script>alert(6)</script>',
                                         "site_author": "A <i>B</i>"}).build()
    escaped = "Kim &#34;Rocket Man&#34; &lt;b&gt;bold&lt;/b&gt; &amp; co"
    for page in [site.out / "index.html", *generated_pages(site)]:
        html = page.read_text(encoding="utf-8")
        where = page.relative_to(site.out)
        assert "<b>bold" not in html and "<script>alert(6)" not in html and "<i>B</i>" not in html, where
        assert "&amp;lt;" not in html and "&amp;#34;" not in html, where
        assert f'aria-label="{escaped}"' in html and f'title="{escaped}"' in html, where
    assert '<meta name="description" content="&#34;&gt;&lt;script&gt;alert(6)&lt;/script&gt;">' in site.file("index.html")


def test_hostile_text_is_escaped_in_the_exports(make_site):
    site = make_site(EVENTS).build()
    timelinejs = site.file("exports/timelinejs.json")
    assert "<script>" not in timelinejs and "&lt;script&gt;" in timelinejs
    assert "javascript:" not in re.findall(r'href=\\"([^"\\]*)', timelinejs).__str__()
    feed = site.file("exports/feed.xml")
    assert "<script>" not in feed and "&lt;script&gt;" in feed


def test_the_same_input_builds_byte_identical_sites(make_site, tmp_path, monkeypatch, fake_engine):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1547078400")  # MkDocs' sitemap dates; nothing of ours reads the clock
    first = make_site(EVENTS, articles={"evil.txt": ARTICLE}, root=tmp_path / "one").build()
    second = make_site(EVENTS, articles={"evil.txt": ARTICLE}, root=tmp_path / "two").build()
    files = sorted(p.relative_to(first.out) for p in first.out.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second.out) for p in second.out.rglob("*") if p.is_file())
    _, mismatch, errors = filecmp.cmpfiles(first.out, second.out, [str(f) for f in files], shallow=False)
    assert mismatch == [] and errors == []
    shutil.rmtree(second.out)
    again = second.build()
    assert (again.out / "exports" / "events.ics").read_bytes() == (first.out / "exports" / "events.ics").read_bytes()


def test_a_symbolic_link_out_of_the_articles_folder_is_never_published(make_site, tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The private notes say 7 Jan 2019 was a Monday.\n", encoding="utf-8")
    site = make_site(events=[{"date": "2019-01-07", "title": "Public"}], articles={"public.txt": "A public article.\n"})
    (site.root / "seeds" / "linked.txt").symlink_to(secret)
    site.build()
    published = "".join(p.read_text("utf-8", errors="replace") for p in site.out.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml", ".csv", ".ics"))
    assert "A public article." in published
    assert "private notes" not in published
