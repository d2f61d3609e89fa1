"""Reading articles: metadata from a side file, front matter or HTML; decoding; clear refusals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import ArticleError, find_articles, read_article

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "story"


def test_html_gives_its_main_text_and_metadata_not_menus_and_footers():
    article = read_article(FIXTURES / "page.html")
    assert article.title == "Minister resigns after row"
    assert article.outlet == "Example News"
    assert article.url == "https://news.example.com/minister-resigns"
    assert article.published == dt.date(2021, 3, 4) and article.published_from == "HTML metadata"
    assert "resigned on Tuesday" in article.text
    for debris in ("Home", "Politics", "Most read", "Storm hits coast", "Copyright", "Privacy"):
        assert debris not in article.text


_LIVE_BLOG_ENTRY = ("<div><p><time datetime='2025-10-15T00:15'>00:15 BST</time></p><p>Coastguard helicopters have "
                    "lifted eleven people from the roofs of flooded houses on Quay Street, the coastguard says.</p></div>")


@pytest.mark.parametrize("url, body, published, words", [
    # a paper that files its stories under a month word: the day is the URL's
    ("https://news.example/uk/live/2025/oct/15/storm-live", _LIVE_BLOG_ENTRY, dt.date(2025, 10, 15), "Quay Street"),
    # a year in the URL is no day: the metadata reader's wider search made it 1 January
    ("https://news.example/2025/storm-live", _LIVE_BLOG_ENTRY, None, "Quay Street"),
    # a live blog's entry time, in its <time> element, heads the entry: dropped, its entries had no time
    ("https://news.example/storm-live", _LIVE_BLOG_ENTRY * 2, None, "00:15 BST\n\nCoastguard helicopters"),
])
def test_an_html_page_is_dated_only_by_what_names_its_day(tmp_path, url, body, published, words):
    page = tmp_path / "live.html"
    page.write_text(f"<html><head><title>Storm live</title><link rel='canonical' href='{url}'></head>"
                    f"<body><article><h1>Storm live</h1>{body}</article></body></html>", "utf-8")
    article = read_article(page)
    assert article.published == published
    assert words in article.text


def test_front_matter_gives_metadata_and_spans_still_count_in_the_file():
    article = read_article(FIXTURES / "notes.md")
    assert (article.title, article.outlet, article.published) == ("Rail plan timeline", "Example Weekly", dt.date(2021, 3, 6))
    assert article.published_from == "front matter"
    raw = (FIXTURES / "notes.md").read_text("utf-8")
    assert article.text == raw and article.text[article.body_start:].startswith("# Rail plan timeline")


def test_a_side_file_gives_metadata_and_wins_over_front_matter(tmp_path):
    (tmp_path / "a.txt").write_text("---\ntitle: Front\npublished: 2020-01-01\n---\nText on Monday.\n", "utf-8")
    (tmp_path / "a.meta.yaml").write_text("title: Side\npublished: 2020-02-02\n", "utf-8")
    article = read_article(tmp_path / "a.txt")
    assert (article.title, article.published) == ("Side", dt.date(2020, 2, 2))
    assert article.published_from == "side file a.meta.yaml"


def test_latin_1_is_decoded_with_a_note(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Le ministre a démissionné mardi à Genève, après une longue crise. Très étonnant, déclaré.\n".encode("cp1252"))
    article = read_article(path)
    assert "démissionné" in article.text
    assert article.notes and "not UTF-8" in article.notes[0] and "old.txt:1" in article.notes[0]


@pytest.mark.parametrize("text, encoding", [
    # Western text saved by an old editor: the detector's favourite is a Baltic or Central European
    # code page that decodes the same bytes as "sķcurisķ", "naďve", "ŕ Genčve".
    ("Le pont sécurisé à nouveau: the café by the Harbour Bridge reopened on 12 April 2023, naïve visitors said.\n", "latin-1"),
    ("Le ministre a démissionné mardi à Genève, après une longue crise. Très étonnant, déclaré.\n", "cp1252"),
    ("The café owner, Mr Gómez, said the naïve plan failed on 3 May 2023.\n", "latin-1"),
    ("Die Brücke über die Weser wurde am Dienstag gesperrt, sagte der Bürgermeister. Größe, Maß.\n", "latin-1"),
    # and text that is not Western keeps the code page it was written in
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. Vláda v úterý oznámila, že most bude uzavřen do května.\n", "cp1250"),
    ("Москва, 3 мая 2023 года. Президент заявил, что переговоры продолжатся в понедельник.\n", "cp1251"),
])
def test_a_legacy_encoding_is_read_as_written(tmp_path, text, encoding):
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(encoding))
    article = read_article(path)
    assert article.text == text
    assert "not UTF-8" in article.notes[0]


def test_html_references_pasted_into_a_text_file_are_read_as_their_characters(tmp_path):
    path = tmp_path / "pasted.txt"
    path.write_text(
        "Inquiry hears inspections were &quot;years overdue&quot;\n\n"
        "Margaret&nbsp;Hale said the council&#8217;s AT&T and R&D contracts &amp; fees &bogus; ended &copy 2023.\n",
        encoding="utf-8",
    )
    text = read_article(path).text
    assert text == ('Inquiry hears inspections were "years overdue"\n\n'
                    "Margaret Hale said the council\u2019s AT&T and R&D contracts & fees &bogus; ended &copy 2023.\n")


def test_non_breaking_spaces_are_plain_spaces_and_offsets_stay(tmp_path):
    path = tmp_path / "a.md"
    written = "The Harbour\u00a0Bridge closed on 14\u202fMarch 2023.\n"
    path.write_text(written, encoding="utf-8")
    text = read_article(path).text
    assert text == "The Harbour Bridge closed on 14 March 2023.\n" and len(text) == len(written)


def test_bytes_that_are_no_text_are_refused_naming_the_file(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ArticleError, match=r"noise\.txt: binary data, not text: is this the right file\?"):
        read_article(path)
    # text with bytes no encoding explains: the line and the byte
    path.write_bytes(b"Kim arrived on Jan. 8, 2019.\n" + bytes(range(128, 256)) * 8)
    with pytest.raises(ArticleError, match=r"noise\.txt:2: not UTF-8 text \(byte 0x80 at column 1\) and its encoding cannot be told"):
        read_article(path)


def test_broken_front_matter_names_file_and_line(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: ok\npublished: [unclosed\n---\nText.\n", "utf-8")
    with pytest.raises(ArticleError, match=r"bad\.md:\d+: the front matter is not valid YAML"):
        read_article(path)


def test_unknown_metadata_keys_and_bad_dates_are_refused(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n", "utf-8")
    (tmp_path / "a.meta.yaml").write_text("tittle: X\n", "utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.yaml:1: unknown key 'tittle' in the side file; did you mean 'title'\?"):
        read_article(tmp_path / "a.txt")
    (tmp_path / "a.meta.yaml").write_text("outlet: X\nsource: Y\n", "utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.yaml:2: unknown key 'source' in the side file; allowed keys: title, url, outlet, published, date"):
        read_article(tmp_path / "a.txt")
    (tmp_path / "a.meta.yaml").write_text("published: last week\n", "utf-8")
    with pytest.raises(ArticleError, match=r"'published' in the side file a.meta.yaml should be a date such as 2019-01-10, found 'last week'"):
        read_article(tmp_path / "a.txt")
    # the message names the file to fix and the line of the date in it
    (tmp_path / "a.meta.yaml").write_text("title: X\npublished: last week\n", "utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.yaml:2: 'published' in the side file"):
        read_article(tmp_path / "a.txt")
    # was read as 3 May without a word, and every relative date of the article with it
    (tmp_path / "a.meta.yaml").write_text("published: 05/03/2026\n", "utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.yaml:1: 'published' in the side file a.meta.yaml: '05/03/2026' can be "
                                           r"3 May or 5 March 2026: the order of day and month is open; write it as "
                                           r"2026-05-03 or 2026-03-05, or with the month's name"):
        read_article(tmp_path / "a.txt")
    (tmp_path / "a.meta.yaml").write_text("published: 13/03/2026\n", "utf-8")
    assert read_article(tmp_path / "a.txt").published == dt.date(2026, 3, 13)
    # the day a person read the page is checked as its date is, at its own line
    (tmp_path / "a.meta.yaml").write_text("published: 2026-03-13\naccessed: last week\n", "utf-8")
    with pytest.raises(ArticleError, match=r"a\.meta\.yaml:2: 'accessed' in the side file a.meta.yaml should be a date"):
        read_article(tmp_path / "a.txt")


def test_find_articles_is_sorted_and_skips_side_files(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "a.meta.yaml", "notes.pdf"):
        (tmp_path / name).write_text("x", "utf-8")
    assert [p.name for p in find_articles([tmp_path])] == ["a.md", "b.txt", "c.html"]
    with pytest.raises(ArticleError, match=r"empty: no articles found \(looked for .* files\): save each article there "
                       r"as one of those \(its text as \.txt or \.md, or the page as \.html\), then run again"):
        find_articles([tmp_path / "empty"] if (tmp_path / "empty").mkdir() is None else [])
    with pytest.raises(ArticleError, match="no such file or folder"):
        find_articles([tmp_path / "missing"])


def test_an_empty_article_or_a_file_of_another_kind_is_skipped_with_a_note(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from timeline.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "empty.txt").write_text("", "utf-8")
    (tmp_path / "a" / "page.html").write_text("<html><body></body></html>", "utf-8")
    (tmp_path / "a" / "real.txt").write_text("---\npublished: 2021-03-05\n---\nThe minister resigned on Tuesday.\n", "utf-8")
    (tmp_path / "a" / "report.pdf").write_bytes(b"%PDF-1.4")  # dropped among the articles: was passed over unsaid
    (tmp_path / "a" / ".DS_Store").write_bytes(b"\0")
    result = CliRunner().invoke(cli, ["extract", "a", "--out", "events"])
    assert result.exit_code == 0, result.output
    assert "note: a/empty.txt: the file is empty; skipped" in result.output
    assert "note: a/page.html: no article text found in this HTML page; skipped" in result.output
    assert ("note: a/report.pdf: not read; timeline reads .txt, .md, .markdown, .html, .htm files: save its text "
            "as .txt (or the page as .html) beside it to have its events") in result.output
    assert "DS_Store" not in result.output
    assert "1 added" in result.output


def test_front_matter_of_other_tools_is_left_alone_and_dates_may_be_written_out(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\nlayout: post\ntags: [a]\ntitle: T\npublished: 10 January 2019\nretrieved: 2024-05-02\n---\nText.\n", "utf-8")
    article = read_article(path)
    assert (article.title, article.published, article.accessed) == ("T", dt.date(2019, 1, 10), dt.date(2024, 5, 2))
    assert article.notes == ()


def test_a_front_matter_key_spelt_close_to_ours_is_said_in_a_note(tmp_path):
    # 'publised' was left alone as another tool's key, and the article silently had no date
    path = tmp_path / "post.md"
    path.write_text("---\nlayout: post\npublised: 2019-01-10\n---\nText.\n", "utf-8")
    article = read_article(path, shown="post.md")
    assert article.published is None
    assert article.notes == ("post.md: 'publised' in the front matter is not one of timeline's keys and is left "
                             "alone: did you mean 'published'?",)



def test_an_articles_url_without_its_https_is_said_with_its_line(tmp_path):
    # The walk of stop 34: such a url, copied into the sources `timeline extract` writes, is refused
    # by `timeline check` (the loader), which would stop the next run at the tool's own file.
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: T\nurl: www.herald.example/x\npublished: 2009-05-06\n---\nText.\n", "utf-8")
    article = read_article(path, shown="post.md")
    assert article.notes == ("post.md:3: 'url' 'www.herald.example/x' in the front matter has no https:// (a link "
                             "needs it), and is left out: write 'https://www.herald.example/x'",)

@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf_16_without_a_byte_order_mark_is_read_with_a_note(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes("Kim arrived in Beijing on Jan. 8, 2019.\n".encode(encoding))
    article = read_article(path)
    assert "Kim arrived in Beijing on Jan. 8, 2019." in article.text and "\x00" not in article.text
    assert any("UTF-16 without a byte order mark" in note for note in article.notes)


def test_a_symbolic_link_out_of_the_folder_is_not_an_article(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("Private notes.\n", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "public.txt").write_text("A public article.\n", encoding="utf-8")
    (tmp_path / "seeds" / "linked.txt").symlink_to(outside)
    (tmp_path / "seeds" / "inside.txt").symlink_to(tmp_path / "seeds" / "public.txt")
    assert [p.name for p in find_articles([tmp_path / "seeds"])] == ["inside.txt", "public.txt"]


@pytest.mark.parametrize("stamp, day", [
    ("Updated 10 Jan 2019", dt.date(2019, 1, 10)),
    ("Thu, 10 Jan 2019 08:00:00 +0000", dt.date(2019, 1, 10)),
    ("Last modified on Thu 10 Jan 2019 08.00 GMT", dt.date(2019, 1, 10)),
    ("Tue 12 May 2009 16.36 BST", dt.date(2009, 5, 12)),
])
def test_a_stamp_in_front_matter_gives_its_day_though_an_event_file_refuses_its_other_words(tmp_path, stamp, day):
    """An event file's date is read whole (a word left over is refused); a page's or feed's stamp
    copied into front matter is read for its date, as it was before that check."""
    (tmp_path / "a.txt").write_text(f"---\npublished: '{stamp}'\n---\nText on Monday.\n", "utf-8")
    assert read_article(tmp_path / "a.txt").published == day


def test_a_stamp_whose_day_and_month_may_be_either_is_still_refused(tmp_path):
    (tmp_path / "a.txt").write_text("---\npublished: 'Updated 05/06/2019'\n---\nText.\n", "utf-8")
    with pytest.raises(ArticleError, match="published"):
        read_article(tmp_path / "a.txt")


def test_a_misspelt_key_of_a_side_file_stops_extract_with_its_line_and_the_key_meant(tmp_path, monkeypatch):
    # A journalist's `publised:` was refused with the list of every key and no line.
    from click.testing import CliRunner

    from timeline.cli import cli

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "who.txt").write_text("WHO meets\n\nThe WHO met on Tuesday.\n", "utf-8")
    (tmp_path / "seeds" / "who.meta.yaml").write_text("outlet: The Guardian\npublised: 2009-04-28\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 1
    assert result.output == ("seeds/who.meta.yaml:2: unknown key 'publised' in the side file; did you mean 'published'?\n"
                             "nothing was written\n")
    assert not (tmp_path / "events").exists()


def test_html_in_a_markdown_article_is_read_for_its_words(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Notes\n---\n<p>One <b>bold</b> day.</p><p>Two.</p>\n"
                    "<style>p {color: red}</style>&lt;b&gt; stays, as does a < b.\n", encoding="utf-8")
    article = read_article(path)
    body = article.text[article.body_start:]
    assert body == "\nOne bold day.\n\nTwo.\n\n<b> stays, as does a < b.\n"
    text = tmp_path / "a.txt"
    text.write_text("One <b>bold</b> day; the <title> element.\n", encoding="utf-8")
    # a .txt loses only what is plainly markup (tests/articles/test_pasted_html.py)
    assert read_article(text).text == "One bold day; the <title> element.\n"


def test_a_markdown_article_keeps_the_words_of_a_pasted_page_as_the_data_file_says(tmp_path):
    # the elements that hold no article's words and the blocks are data/html_tags.yaml's, for .md as for .txt:
    # a page's <title> goes with its words, <nav> and <aside> leave line breaks so sentences stay apart
    path = tmp_path / "a.md"
    path.write_text("<title>Flu news | Site</title><nav>Home</nav>Cases rose on Monday.<aside>Related</aside>"
                    "Schools shut.\n", encoding="utf-8")
    assert read_article(path).text == "\nHome\nCases rose on Monday.\nRelated\nSchools shut.\n"


@pytest.mark.parametrize("front, said", [
    ("---\ntitle: Storm\npublished: 4/3/2025\n--\n",
     "a.txt:4: the front matter ends with a line of exactly '---', found '--': write '---' there (its keys were "
     "read as the article's text, without its date and title)"),
    ("---\ntitle: Storm\npublished: 2025-03-04\n----\n",
     "a.txt:4: the front matter ends with a line of exactly '---', found '----': write '---' there (its keys were "
     "read as the article's text, without its date and title)"),
    ("---\ntitle: Storm\npublished: 2025-03-04\n",
     "a.txt:1: the front matter opened here is not closed: put a line of exactly '---' after its last key (line 3); "
     "its keys were read as the article's text, without its date and title"),
])
def test_front_matter_never_closed_is_said_with_its_line(tmp_path, monkeypatch, front, said):
    # "--" under the keys read the keys as the article's first sentence: no date, no title, no event, no word
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(front + "The storm closed roads on Monday.\n", "utf-8")
    assert read_article(tmp_path / "seeds" / "a.txt").notes == ("seeds/" + said,)
    from click.testing import CliRunner

    from timeline.cli import cli

    result = CliRunner().invoke(cli, ["extract"])
    assert result.exit_code == 0
    assert f"note: seeds/{said}\n" in result.output


def test_a_rule_or_another_tools_block_under_a_first_dashed_line_is_no_front_matter(tmp_path):
    for text in ("---\n\nA rule above. Roads closed on 3 March 2025.\n", "---\nlayout: post\n\nRoads closed.\n"):
        (tmp_path / "a.md").write_text(text, "utf-8")
        assert read_article(tmp_path / "a.md").text == text and not read_article(tmp_path / "a.md").notes


_RESIGNS = "<article><h1>Minister resigns</h1>{line}<p>The minister resigned on Tuesday after a row over the budget.</p></article>"


@pytest.mark.parametrize("head, line, where", [
    ("<meta property='article:published_time' content='2021-03-04T10:00'>", "", "HTML metadata"),
    ("<link rel='canonical' href='https://news.example/2021/03/04/minister'>", "", "HTML metadata"),  # its address
    ("", "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2021-03-04\"}</script>",
     "HTML metadata"),
    # a date shown to its readers under the headline: the page's words, not its markup (helper-borrow2)
    ("", "<p class='date'>Thursday 4 March 2021</p>", "date line on the page"),
])
def test_a_pages_date_says_whether_its_markup_or_its_date_line_gave_it(tmp_path, head, line, where):
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Minister resigns</title>{head}</head><body>{_RESIGNS.format(line=line)}"
                    "</body></html>", encoding="utf-8")
    article = read_article(page)
    assert article.published == dt.date(2021, 3, 4) and article.published_from == where


def test_an_article_states_its_language_when_its_words_do_not_tell(tmp_path):
    """`language:` in the metadata wins over its words: a one-line item, or one that reads as two
    languages alike (whose note says to add it); a language timeline does not know is refused with
    its file, line and the names it knows."""
    seed = tmp_path / "a.txt"
    seed.write_text("---\npublished: 2026-03-10\nlanguage: german\n---\nHochwasser an der Mosel.\n",
                    encoding="utf-8")
    assert read_article(seed, "seeds/a.txt").language == "German"
    for called in ("de", "Deutsch"):
        seed.write_text(f"---\nlanguage: {called}\n---\nHochwasser an der Mosel.\n", encoding="utf-8")
        assert read_article(seed, "seeds/a.txt").language == "German"
    seed.write_text("---\npublished: 2026-03-10\n---\nHochwasser an der Mosel.\n", encoding="utf-8")
    assert read_article(seed, "seeds/a.txt").language is None  # too few words to say
    seed.write_text("---\npublished: 2026-03-10\nlanguage: English\n---\nLe sommet des ministres aura lieu mardi. "
                    "La cumbre de los ministros será el martes.\n", encoding="utf-8")
    article = read_article(seed, "seeds/a.txt")
    assert article.language is None and not article.notes
    seed.write_text("---\npublished: 2026-03-10\n---\nLe sommet des ministres aura lieu mardi. "
                    "La cumbre de los ministros será el martes.\n", encoding="utf-8")
    note, = read_article(seed, "seeds/a.txt").notes
    assert "reads as French and Spanish alike" in note and "language: French" in note
    seed.write_text("---\npublished: 2026-03-10\nlanguage: Nederlands\n---\nDe dijken hielden stand.\n", encoding="utf-8")
    with pytest.raises(ArticleError) as error:
        read_article(seed, "seeds/a.txt")
    assert str(error.value) == ("seeds/a.txt:3: 'language' in the front matter should be one of English, French, "
                                "Spanish, German (the language the article is written in), found 'Nederlands'")
