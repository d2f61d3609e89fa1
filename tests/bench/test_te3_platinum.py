"""The TE3-Platinum converter (bench/te3_platinum.py) on an invented TimeML document, never the corpus."""

import json

import pytest

import te3_platinum

INVENTED = """<?xml version="1.0" ?>
<TimeML>
<DOCID>invented_20200304</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-03-04" functionInDocument="CREATION_TIME">March 4, 2020</TIMEX3></DCT>
<TITLE>Not part of the text</TITLE>
<TEXT>
The mill <EVENT class="OCCURRENCE" eid="e1">closed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2020-03-02">Monday</TIMEX3>, Smith &amp; Sons <EVENT class="REPORTING" eid="e2">said</EVENT>.
It had run for <TIMEX3 tid="t2" type="DURATION" value="P40Y">four decades</TIMEX3> <SIGNAL sid="s1">since</SIGNAL> <TIMEX3 tid="t3" type="DATE" value="1980">1980</TIMEX3>.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" pos="VERB" tense="PAST" aspect="NONE" polarity="POS"/>
</TimeML>
"""


def test_text_is_the_text_element_without_tags_and_entities_read():
    doc = te3_platinum.convert(INVENTED, "invented.tml")
    assert doc["doc"] == "invented_20200304"
    assert doc["dct"] == "2020-03-04"
    assert doc["text"] == ("\nThe mill closed on Monday, Smith & Sons said.\n"
                           "It had run for four decades since 1980.\n")
    assert "Not part" not in doc["text"] and "March 4" not in doc["text"]


def test_timexes_point_into_the_text_with_their_type_and_value():
    doc = te3_platinum.convert(INVENTED, "invented.tml")
    got = [(doc["text"][t["start"]:t["end"]], t["text"], t["type"], t["value"], t["tid"]) for t in doc["timexes"]]
    assert got == [("Monday", "Monday", "DATE", "2020-03-02", "t1"),
                   ("four decades", "four decades", "DURATION", "P40Y", "t2"),
                   ("1980", "1980", "DATE", "1980", "t3")]


def test_offsets_count_an_entity_as_the_one_character_it_stands_for():
    doc = te3_platinum.convert(INVENTED, "invented.tml")
    last = doc["timexes"][-1]
    assert doc["text"].index("1980") == last["start"]


@pytest.mark.parametrize("broken, words", [
    (INVENTED.replace("<TEXT>", "<BODY>").replace("</TEXT>", "</BODY>"), "no <TEXT>"),
    (INVENTED.replace("<DCT>", "").replace("</DCT>", ""), "no <DCT>"),
    (INVENTED.replace('value="2020-03-04"', 'value="2020"'), "not a day"),
    (INVENTED.replace(">four decades</TIMEX3>", ">four decades"), "TIMEX3 inside another"),
    (INVENTED.replace(">1980</TIMEX3>", ">1980"), "never closed"),
])
def test_a_broken_file_is_named_with_what_to_do(broken, words):
    with pytest.raises(te3_platinum.TimeMLError) as e:
        te3_platinum.convert(broken, "broken.tml")
    assert str(e.value).startswith("broken.tml") and words in str(e.value)


def test_a_nested_timex_names_its_line():
    broken = INVENTED.replace(">four decades</TIMEX3>", ">four decades")
    with pytest.raises(te3_platinum.TimeMLError, match=r"broken\.tml, line 8:"):
        te3_platinum.convert(broken, "broken.tml")


def test_the_script_scores_a_folder_and_writes_json(tmp_path, capsys):
    (tmp_path / "tml").mkdir()
    (tmp_path / "tml" / "invented.tml").write_text(INVENTED, encoding="utf-8")
    out = tmp_path / "out.json"
    assert te3_platinum.main([str(tmp_path / "tml"), "--out", str(out), "--no-heideltime"]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    ours = result["rows"]["ours"]
    assert result["n_gold"] == ours["n_gold"] == 3
    assert 0 <= ours["value_F1"] <= ours["relaxed_F1"] <= 100
    assert ours["value_F1"] > 0  # "Monday" before a Wednesday's date is found and valued
    assert "1 documents, 3 gold TIMEX3" in capsys.readouterr().out
    assert not out.with_suffix(".part").exists()


def test_an_empty_folder_is_a_clear_error_and_exit_2(tmp_path, capsys):
    assert te3_platinum.main([str(tmp_path), "--out", str(tmp_path / "o.json"), "--no-heideltime"]) == 2
    err = capsys.readouterr().err
    assert "no .tml files" in err and "Traceback" not in err
    assert not (tmp_path / "o.json").exists()
