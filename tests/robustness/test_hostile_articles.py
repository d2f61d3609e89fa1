"""Articles as scraped from the web: bad bytes, wrong encodings, hostile metadata, huge pages.

Each goes through `timeline extract` and gives events, or a clear message naming the file with exit
status 1 and nothing written; never a traceback. Size: linear time, checked as a ratio.
"""

from __future__ import annotations

import os
import time

import pytest
from click.testing import CliRunner

from timeline.cli import cli

DATED = "On Jan. 8, 2019, Kim Jong Un arrived in Beijing by train.\n"


def laughs() -> str:
    lines = ["title: [&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol],"]
    lines += [f"  &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]," for i in range(1, 9)]
    return "\n".join(lines) + " x]\n"


NESTED_HTML = "<html><body>" + "<div>" * 50_000 + f"<p>{DATED}</p>" + "</div>" * 50_000 + "</body></html>"
XML_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 9))
    + f"]><html><body><p>&lol8; {DATED}</p></body></html>"
)

# name, file name, bytes, expected exit code, expected text in the output (stderr then stdout)
ARTICLES = [
    ("empty file", "a.txt", b"", 0, "0 added"),
    ("only whitespace", "a.txt", b"  \n\n\t\n", 0, "0 added"),
    ("PNG bytes named .txt", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, 1,
     "seeds/a.txt: binary data, not text: is this the right file? An article is text (.txt, .md or .html) saved as UTF-8"),
    ("random bytes", "a.txt", bytes((i * 97 + 13) % 256 for i in range(4096)), 1, "seeds/a.txt: binary data, not text"),
    ("Latin-1", "a.txt", "Le 8 janvier 2019, Kim est arrivé à Pékin. Déjà vu, naïve, café.\n".encode("latin-1") * 3, 0,
     "note: seeds/a.txt:1: not UTF-8; read as"),
    ("Windows-1252 quotes", "a.txt", f"{DATED[:-1]} \u201cHello\u201d \u2013 he said.\n".encode("cp1252"), 0, "1 added"),
    ("UTF-16 with BOM", "a.txt", DATED.encode("utf-16"), 0, "1 added"),
    ("UTF-8 with BOM", "a.txt", b"\xef\xbb\xbf" + DATED.encode(), 0, "1 added"),
    ("UTF-8 with one bad byte", "a.txt", DATED.encode() * 40 + b"\xff" + DATED.encode(), 0, "not UTF-8; read as"),
    ("NUL bytes", "a.txt", DATED.replace("Kim", "Kim\x00").encode(), 0, "1 added"),
    ("CR line ends", "a.txt", (DATED.replace("\n", "\r") * 2).encode(), 0, "1 added"),
    ("CRLF line ends", "a.txt", (DATED.replace("\n", "\r\n") * 2).encode(), 0, "1 added"),
    ("object tag in front matter", "a.txt", f"---\ntitle: !!python/object/apply:os.system ['touch PWNED']\n---\n{DATED}".encode(), 1,
     "seeds/a.txt:2: the front matter is not valid YAML: could not determine a constructor for the tag"),
    ("alias bomb in front matter", "a.txt", f"---\n{laughs()}---\n{DATED}".encode(), 1,
     "the front matter is not valid YAML: aliases repeat more than 1,000,000 values (an alias bomb?)"),
    ("deep front matter", "a.txt", f"---\ntitle: {'[' * 100_000}{']' * 100_000}\n---\n{DATED}".encode(), 1,
     "seeds/a.txt:2: the front matter is not valid YAML: lists and mappings nest more than 100 deep here"),
    ("impossible date in front matter", "a.txt", f"---\npublished: 2019-02-30\n---\n{DATED}".encode(), 1,
     "seeds/a.txt:2: 'published' in the front matter should be a date such as 2019-01-10, found '2019-02-30'"),
    ("impossible date under date: in front matter", "a.txt", f"---\ntitle: x\ndate: 2019-13-01\n---\n{DATED}".encode(), 1,
     "seeds/a.txt:3: 'date' in the front matter should be a date such as 2019-01-10, found '2019-13-01'"),
    ("front matter that is a list", "a.txt", f"---\n- a\n---\n{DATED}".encode(), 1,
     "seeds/a.txt: the front matter should be a mapping with keys title, url, outlet, published, date"),
    ("unclosed front matter", "a.txt", f"---\ntitle: x\n{DATED}".encode(), 0, "added"),
    ("script in the title", "a.txt", f"---\ntitle: <script>alert(1)</script>\n---\n{DATED}".encode(), 0, "1 added"),
    ("object tag in a side file", "b.txt", DATED.encode(), 1, "seeds/b.meta.yaml:1: the side file is not valid YAML"),
    ("a line of 1 MB without a space", "a.txt", b"x" * 1_000_000, 0, "0 added"),
    ("a line of 1 MB of dates", "a.txt", b"On Jan. 8, 2019, Kim arrived in Beijing;" * 25_000, 0, "added"),
    ("HTML of scripts only", "a.html", b"<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>", 0,
     "note: seeds/a.html: no article text found in this HTML page; skipped"),
    ("HTML nested 50,000 deep", "a.html", NESTED_HTML.encode(), 0, "note: seeds/a.html: no article text found in this HTML page; skipped"),
    ("HTML with an entity bomb", "a.html", XML_BOMB.encode(), 0, "note: seeds/a.html: no article text found in this HTML page; skipped"),
    ("bytes named .html", "a.html", bytes((i * 131 + 7) % 256 for i in range(5000)), 1, "seeds/a.html: binary data, not text"),
    ("HTML with a 1 MB title", "a.html",
     b"<html><head><title>" + b"T" * 1_000_000 + b"</title></head><body><p>" + DATED.encode() * 3 + b"</p></body></html>", 0, "added"),
]


@pytest.mark.hostile("articles")
@pytest.mark.parametrize("name, file, data, code, expected", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_each_article_gives_events_or_a_clear_message(tmp_path, monkeypatch, name, file, data, code, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / file).write_bytes(data)
    if name == "object tag in a side file":
        (tmp_path / "seeds" / "b.meta.yaml").write_text("!!python/object/apply:os.system ['touch PWNED']\n")
    result = CliRunner().invoke(cli, ["extract", "seeds", "-o", "events", "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    output = result.stderr + result.stdout
    assert result.exit_code == code, output
    assert expected in output
    assert "Traceback" not in output
    assert not (tmp_path / "PWNED").exists()
    if code:
        assert not (tmp_path / "events").exists() or not any((tmp_path / "events").iterdir()), "nothing written"


def extract_seconds(tmp_path, name: str, text: str) -> float:
    root = tmp_path / name
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(text, encoding="utf-8")
    from timeline.extract.pipeline import extract

    start = time.process_time()
    extract([root / "seeds"], root / "events")
    return time.process_time() - start


@pytest.mark.parametrize("unit", [
    "On Jan. 8, 2019, Kim arrived in Beijing;",  # one day named over and over, no full stop
    "x" * 80,  # no space at all
    "Kim met Xi. ",  # many short sentences, no dates
])
def test_extraction_time_grows_linearly_with_the_article(tmp_path, unit):
    extract_seconds(tmp_path, "warm", "On Jan. 8, 2019, Kim arrived.\n")  # imports and rule loading
    small = extract_seconds(tmp_path, "small", unit * (100_000 // len(unit)))
    large = extract_seconds(tmp_path, "large", unit * (400_000 // len(unit)))
    assert large / max(small, 0.05) < 4 * 2.5, f"4 times the text took {large / small:.1f} times as long"
