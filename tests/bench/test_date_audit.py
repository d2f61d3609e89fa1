"""The date audits (bench/date_audit.py: Guardian and TempEval samples): the person's verdicts are well formed, and the
script finds the audited events again and sorts them (whatever the figures)."""

import pytest

import date_audit
from timeline.dates import well_formed


@pytest.mark.parametrize("audit", date_audit.AUDITS, ids=lambda path: path.name)
def test_every_audited_item_has_a_known_verdict_and_a_timex3_value(audit):
    items = date_audit.load_audit(audit)
    # the third and fourth samples leave out the sentences judged before: 56 and 45 of their 95 events;
    # the fourteenth 22 of its 61 (39 judged, 32 not background)
    assert len(items) >= 39
    assert sum(1 for item in items if not item.get("background")) >= 30
    for item in items:
        for key in ("tool", "tool_end", "right", "right_end"):
            assert item.get(key) is None or well_formed(item[key]), (item["article"], key, item[key])
        assert (item["verdict"] == "not_an_event") == (item.get("right") is None), item["quote"]


def test_an_item_without_its_right_value_is_refused_naming_it(tmp_path):
    bad = tmp_path / "audit.yaml"
    bad.write_text("audited:\n  - {article: a.txt, quote: Q, tool: '2009', verdict: wrong, why: W}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="item 1 has no right"):
        date_audit.load_audit(bad)


@pytest.mark.parametrize("right, value, end, outcome", [
    ("2009-04-28", "2009-04-28", None, "right"), ("2009-04-28", "2009-04-28TMO", None, "right"),
    ("2009-04-28", "2009-04", None, "coarser"), ("2009-04-28", "2009-04-27", None, "wrong"),
    ("2009-04-28", "PRESENT_REF", None, "wrong"), ("2009-W18", "2009-04-28", None, "too_precise"),
    ("2009-W18", "2009-W17", None, "wrong"), ("2009-W18", "2009-04-25", None, "too_precise")])
def test_a_new_value_is_sorted_against_the_judged_one(right, value, end, outcome):
    item = {"tool": "2009-04-25", "verdict": "too_precise", "right": right}
    assert date_audit.classify(item, value, end) == outcome


def test_the_script_finds_every_audited_event_again(tmp_path, capsys):
    if not (date_audit.STORY / "articles.jsonl").exists():
        pytest.skip("the shared data (../shared/data) is not here")
    result = date_audit.main(["--out", str(tmp_path / "audit.json"), "--list"])
    assert (tmp_path / "audit.json").exists()
    assert result["audited"] == sum(result["dated_now"].values()) + result["judged_then"]["not_an_event"]
    assert result["audited"] == sum(sample["audited"] for sample in result["samples"].values())
    assert set(result["samples"]) == {path.name for path in date_audit.AUDITS}
    assert result["dated_now"]["gone"] <= 5  # the quotes still match the sentences the tool cites
    missed = result["dated_now"]["wrong"] + result["dated_now"]["too_precise"]
    assert len(result["missed"]) == missed  # --list names each date now wrong or too precise
    assert f"wrong or too precise: {missed}," in capsys.readouterr().out
    import run

    rows = [r for r in run.rows_for({"audit": result}) if r["benchmark"].startswith("dates: date audit")]
    tempeval = result["samples"]["tempeval_date_audit.yaml"]
    assert len(rows) == 4 and f"{result['dated_now']['right']} right" == rows[0]["figure"]
    assert rows[2]["benchmark"].startswith("dates: date audit, TempEval") and f"{tempeval['dated_now']['right']} right" == rows[2]["figure"]
