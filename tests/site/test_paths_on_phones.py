"""A file's path ("events/health-mexico-uk-2009-04.yaml:29") breaks after its '/', never at the
hyphens of its name: on a phone the review page showed "events/health-mexico-uk-2009-" and
"04.yaml:29" on two lines. The browser's side: tests/browser/test_layout.py."""

from __future__ import annotations

from timeline.text import PATH_PART_KEPT_WHOLE_UP_TO, path_text


def test_a_path_breaks_only_after_its_slashes():
    assert path_text("events/health-mexico-uk-2009-04.yaml:29") == (
        '<code class="tl-path"><span class="tl-whole">events/</span><wbr>'
        '<span class="tl-whole">health-mexico-uk-2009-04.yaml:29</span></code>')
    assert path_text("flu.yaml:3") == '<code class="tl-path"><span class="tl-whole">flu.yaml:3</span></code>'


def test_a_part_longer_than_a_phones_line_may_break_inside():
    long_name = "a-" * PATH_PART_KEPT_WHOLE_UP_TO + "b.txt"
    assert path_text(f"seeds/{long_name}") == (
        f'<code class="tl-path"><span class="tl-whole">seeds/</span><wbr>{long_name}</code>')


def test_what_a_path_holds_stays_text():
    assert path_text("seeds/<img src=x onerror=alert(1)>/*x*_y_.txt") == (
        '<code class="tl-path"><span class="tl-whole">seeds/</span><wbr><span class="tl-whole">&lt;img src=x '
        'onerror=alert(1)&gt;/</span><wbr><span class="tl-whole">\\*x\\*\\_y\\_.txt</span></code>')


def test_the_review_and_source_pages_write_paths_so(make_site):
    site = make_site([{"date": "2019-01-08", "title": "A", "confidence": 0.3, "reason": "r",
                       "sources": [{"file": "seeds/who-warns-2019-01.txt", "quote": "The WHO warned on Jan. 8, 2019."}]}],
                     articles={"who-warns-2019-01.txt": "The WHO warned on Jan. 8, 2019.\n"}).build()
    assert ('<code class="tl-path"><span class="tl-whole">events/</span><wbr><span class="tl-whole">events.yaml:1</span></code>'
            in site.html("review/"))
    assert ('<code class="tl-path"><span class="tl-whole">seeds/</span><wbr><span class="tl-whole">who-warns-2019-01.txt</span></code>'
            in site.html("sources/who-warns-2019-01/"))
