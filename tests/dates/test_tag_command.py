"""`timeline tag` through click's CliRunner."""
import json

import pytest
from click.testing import CliRunner

from timeline.commands.tag import tag


def run(args, input=None):
    return CliRunner().invoke(tag, args, input=input)


def lines(result):
    return [json.loads(x) for x in result.output.splitlines() if x.strip()]


def test_file_with_given_dct(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kim arrived on Tuesday.\nHe left a little after 2 p.m. Wednesday.", encoding="utf-8")
    result = run([str(f), "--dct", "2019-01-10"])
    assert result.exit_code == 0, result.output
    (doc,) = lines(result)
    assert set(doc) == {"doc", "dct", "dct_source", "timexes"}
    assert doc["dct"] == "2019-01-10" and doc["dct_source"] == "given"
    text = f.read_text(encoding="utf-8")
    for t in doc["timexes"]:
        assert set(t) == {"start", "end", "text", "type", "value"}
        assert text[t["start"]:t["end"]] == t["text"]
    assert [t["value"] for t in doc["timexes"]] == ["2019-01-08", "2019-01-09T14:00"]


def test_front_matter_gives_the_dct_and_offsets_stay(tmp_path):
    f = tmp_path / "b.md"
    f.write_text("---\ntitle: T\npublished: 2019-01-10\n---\nIt ended on Monday.\n", encoding="utf-8")
    (doc,) = lines(run([str(f)]))
    assert doc["dct_source"] == "metadata" and doc["dct"] == "2019-01-10"
    (t,) = doc["timexes"]
    assert f.read_text(encoding="utf-8")[t["start"]:t["end"]] == "Monday"
    assert t["value"] == "2019-01-07"


def test_a_side_file_gives_the_dct_over_front_matter_as_extract_reads_it(tmp_path):
    # the journalist walk: seeds/x.txt dated by seeds/x.meta.yaml was "dct": null here, dated in extract
    f = tmp_path / "c.txt"
    f.write_text("---\npublished: 2019-01-03\n---\nIt ended on Monday.\n", encoding="utf-8")
    (tmp_path / "c.meta.yaml").write_text("published: 2019-01-10\n", encoding="utf-8")
    (doc,) = lines(run([str(f)]))
    assert (doc["dct"], doc["dct_source"]) == ("2019-01-10", "metadata")
    (t,) = doc["timexes"]
    assert f.read_text(encoding="utf-8")[t["start"]:t["end"]] == "Monday" and t["value"] == "2019-01-07"
    f.write_text("It ended on Monday.\n", encoding="utf-8")
    assert lines(run([str(f)]))[0]["dct"] == "2019-01-10"
    assert lines(run([str(f), "--dct", "2019-01-17"]))[0]["timexes"][0]["value"] == "2019-01-14"


def test_a_saved_web_page_is_read_as_extract_reads_it_dated_by_its_metadata(tmp_path):
    # Its markup read as text, the page was dated by its cookie banner (2018-05-25) and its <meta>
    # tags' dates were tagged.
    f = tmp_path / "page.html"
    f.write_text('<html><head><meta property="article:published_time" content="2024-03-14T07:15:00+00:00">'
                 '</head><body><div class="cookie"><p>Cookie policy updated 25 May 2018.</p></div>'
                 '<article><h1>Budget approved</h1><p>The meeting began on Wednesday.</p></article></body></html>',
                 encoding="utf-8")
    (doc,) = lines(run([str(f)]))
    assert (doc["dct"], doc["dct_source"]) == ("2024-03-14", "metadata")
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("Wednesday", "2024-03-13")]


def test_inferred_and_none(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("On Jan. 7, 2019 Kim left. State media reported Thursday.", encoding="utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Kim left on Thursday.", encoding="utf-8")
    da, db = lines(run([str(a), str(b)]))
    assert da["dct_source"] == "inferred" and da["dct"] == "2019-01-10"
    assert db["dct_source"] == "none" and db["dct"] is None
    assert db["timexes"][0]["value"] == "XXXX-WXX-4"


def test_jsonl_from_stdin():
    data = "\n".join([json.dumps({"doc": "x", "dct": "1998-08-07", "text": "It happened Friday."}),
                      json.dumps({"doc": "y", "text": "No date here."})])
    result = run(["--jsonl", "-"], input=data)
    assert result.exit_code == 0, result.output
    x, y = lines(result)
    assert x["dct_source"] == "given" and x["timexes"][0]["value"] == "1998-08-07"
    assert y["doc"] == "y" and y["dct_source"] == "none" and y["timexes"] == []


def test_bad_json_line_names_the_line():
    result = run(["--jsonl", "-"], input='{"doc": "a", "text": "x"}\n{oops\n')
    assert result.exit_code == 1
    assert "<stdin>:2" in result.output


def test_bad_dct():
    result = run(["--dct", "2019-13-45", "x.txt"])
    assert result.exit_code == 1
    assert "--dct" in result.output and "2019-13-45" in result.output


def test_undecodable_file(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"ok \xff\xfe")
    result = run([str(f)])
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "UTF-8" in result.output
    assert "Traceback" not in result.output


def test_missing_file():
    result = run(["/nonexistent/file.txt"])
    assert result.exit_code == 1 and "/nonexistent/file.txt" in result.output


def test_front_matter_after_a_byte_order_mark(tmp_path):
    f = tmp_path / "bom.md"
    f.write_text("\ufeff---\ndate: 2019-01-10\n---\r\nIt ended on Monday.\r\n", encoding="utf-8")
    (doc,) = lines(run([str(f)]))
    assert doc["dct_source"] == "metadata"
    (t,) = doc["timexes"]
    assert f.read_bytes().decode("utf-8")[t["start"]:t["end"]] == "Monday"


def test_tag_writes_the_mod_of_an_approximate_date(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The chapel dates from c. 1150; it reopened on Jan. 7, 2019.", encoding="utf-8")
    result = run(["--dct", "2019-01-10", str(f)])
    assert result.exit_code == 0, result.output
    timexes = json.loads(result.output)["timexes"]
    assert [(t["text"], t.get("mod")) for t in timexes] == [("c. 1150", "APPROX"), ("Jan. 7, 2019", None)]


def test_a_bad_line_leaves_no_half_written_output():
    good = json.dumps({"doc": "a", "dct": "2019-01-10", "text": "on Tuesday"})
    result = CliRunner().invoke(tag, ["--jsonl", "-"], input=good + "\n" + good + "\n{oops\n")
    assert result.exit_code == 1
    assert result.stdout == ""  # the two good lines are not written either
    assert "<stdin>:3" in result.stderr and "each line must be one JSON object" in result.stderr


def test_a_missing_last_file_leaves_no_half_written_output(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Officials said Tuesday.", encoding="utf-8")
    result = CliRunner().invoke(tag, [str(good), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and result.stdout == ""
    assert "missing.txt" in result.stderr and "check the path" in result.stderr


def test_explain_adds_how_sure_and_why_and_leaves_the_rest_as_it_was(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Kim arrived on Tuesday, Jan. 8, 2019. The following day he met Xi.", encoding="utf-8")
    plain = lines(run([str(f), "--dct", "2019-01-10"]))[0]
    explained = lines(run([str(f), "--dct", "2019-01-10", "--explain"]))[0]
    assert [{k: t[k] for k in plain["timexes"][0]} for t in explained["timexes"]] == plain["timexes"]
    for t in explained["timexes"]:
        assert 0 < t["confidence"] <= 1 and t["reason"]
    assert [t["read_against"] for t in explained["timexes"]] == ["text", "last_date"]


def test_front_matter_mistakes_name_the_file_and_line_without_a_traceback(tmp_path):
    """An impossible date in the front matter raised PyYAML's bare ValueError ('month must be in
    1..12') as a traceback; a YAML mistake printed PyYAML's five-line message, its line counted
    from the front matter, not the file."""
    import subprocess
    import sys

    cases = {
        "month.txt": ("---\ntitle: X\npublished: 2019-13-45\n---\nThey met Tuesday.\n",
                      "month.txt:3: front matter published: '2019-13-45' is not a date (expected YYYY-MM-DD)"),
        "day.txt": ("---\ndate: 2019-02-30\n---\nThey met Tuesday.\n",
                    "day.txt:2: front matter date: '2019-02-30' is not a date (expected YYYY-MM-DD)"),
        "colon.txt": ("---\ntitle: X\npublished 2019-01-10\nurl: x\n---\nThey met Tuesday.\n",
                      "colon.txt:3: front matter is not valid YAML (no ':' after the key on this line)"),
    }
    for name, (text, expected) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "timeline", "tag", name], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert done.stdout == ""
        assert done.stderr == f"Error: {expected}; fix the front matter, or give --dct\n"
    # --dct overrides the front matter's date, so its mistake no longer matters
    result = run(["--dct", "2019-01-10", str(tmp_path / "month.txt")])
    assert result.exit_code == 0, result.output
    assert lines(result)[0]["dct"] == "2019-01-10"


def test_language_reads_the_dates_written_in_its_words(tmp_path):
    f = tmp_path / "fr.txt"
    f.write_text("Le premier cas a été confirmé le 24 janvier. Le 3 mars 2020, le ministre a fermé les écoles.",
                 encoding="utf-8")
    english = lines(run([str(f), "--dct", "2020-03-13", "--language", "English"]))[0]["timexes"]
    assert [(t["text"], t["value"]) for t in english] == [("2020", "2020")]
    for language in ("french", "fr"):
        (doc,) = lines(run([str(f), "--dct", "2020-03-13", "--language", language, "--explain"]))
        assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("le 24 janvier", "2020-01-24"),
                                                                      ("Le 3 mars 2020", "2020-03-03")]
        assert "in French" in doc["timexes"][0]["reason"]
    # without --language, a file is read in the language timeline extract reads it in: its words',
    # else its metadata's `language:`
    assert lines(run([str(f), "--dct", "2020-03-13", "--explain"])) == [doc]
    f.write_text("---\nlanguage: de\n---\nDie Mosel trat am Montag über die Ufer.", encoding="utf-8")
    (doc,) = lines(run([str(f), "--dct", "2020-03-10"]))
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("Montag", "2020-03-09")]


@pytest.mark.parametrize("language,text,wanted", [
    ("French", "Le préfet a fermé les écoles hier. Grève générale mardi. Il y a trois jours, un malade est mort.",
     [("hier", "2020-03-12"), ("mardi", "2020-03-10"), ("Il y a trois jours", "2020-03-10")]),
    ("Spanish", "Madrid cerró ayer los colegios. La semana pasada hubo 300 casos. Huelga general el martes.",
     [("ayer", "2020-03-12"), ("La semana pasada", "2020-W10"), ("el martes", "2020-03-10")]),
    ("German", "Bayern schloss gestern die Schulen. Der Patient starb vor drei Tagen. Generalstreik am Dienstag.",
     [("gestern", "2020-03-12"), ("vor drei Tagen", "2020-03-10"), ("Dienstag", "2020-03-10")]),
])
def test_language_reads_the_relative_words_of_its_language(tmp_path, language, text, wanted):
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    assert lines(run([str(f), "--dct", "2020-03-13", "--language", "English"]))[0]["timexes"] == []
    (doc,) = lines(run([str(f), "--dct", "2020-03-13", "--language", language, "--explain"]))
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == wanted
    # three short sentences read as their language without --language, as timeline extract reads them
    assert lines(run([str(f), "--dct", "2020-03-13", "--explain"])) == [doc]
    (weekday,) = [t for t in doc["timexes"] if t["text"] in ("mardi", "el martes", "Dienstag")]
    assert weekday["confidence"] == 0.6 and f"timeline reads no tense in {language}" in weekday["reason"]


def test_a_language_it_reads_no_dates_in_is_a_usage_error_listing_those_it_does(tmp_path):
    f = tmp_path / "it.txt"
    f.write_text("Il 3 marzo 2020.", encoding="utf-8")
    result = run([str(f), "--language", "Italian"])
    assert result.exit_code == 2 and result.output.count("{") == 0
    assert "--language: 'Italian' is not a language timeline reads dates in; give one of French, German, Spanish (or English)" in result.output


def test_date_order_reads_an_open_numeric_date_in_that_order_and_nothing_else(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("The lockdown began on 07/04/2020, and Kim left on Tuesday.", encoding="utf-8")
    plain = lines(run([str(f), "--dct", "2020-05-01", "--explain"]))[0]["timexes"]
    given = lines(run([str(f), "--dct", "2020-05-01", "--explain", "--date-order", "day-first"]))[0]["timexes"]
    assert plain[0]["value"] == "2020-07-04" and plain[0]["confidence"] == 0.5
    assert given[0]["value"] == "2020-04-07" and given[0]["confidence"] == 0.8
    assert given[0]["reason"].endswith("read day first: --date-order day-first was given [rule ambiguous_slash_date]")
    assert given[1:] == plain[1:]  # the weekday is read as without it
    month = lines(run([str(f), "--dct", "2020-05-01", "--date-order", "month-first"]))[0]["timexes"]
    assert [t["value"] for t in month] == [t["value"] for t in plain]


def test_date_order_does_not_overrule_the_texts_own_dates(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Filed on 07/04/2020 and heard on 25/04/2020.", encoding="utf-8")
    (doc,) = lines(run([str(f), "--dct", "2020-05-01", "--explain", "--date-order", "month-first"]))
    assert doc["timexes"][0]["value"] == "2020-04-07"
    assert doc["timexes"][0]["reason"].endswith("read day first: the text writes 25/04/2020 [rule ambiguous_slash_date]")


def test_a_wrong_date_order_is_a_usage_error(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("On 07/04/2020.", encoding="utf-8")
    result = run([str(f), "--date-order", "british"])
    assert result.exit_code == 2 and "'british' is not one of 'day-first', 'month-first'" in result.output
