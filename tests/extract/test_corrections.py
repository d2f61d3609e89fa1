"""A correction notice ("An earlier version of this story said the fire started on Wednesday")
repeats the very date that was wrong: made an event, it put the fire on the day the outlet took
back. The notice is page furniture (data/debris.yaml, `correction`); the corrected sentence above it
dates the event."""


PAGE = """\
---
published: 2026-03-05
---
Kesterby fire: questions over chemical cargo

The port will remain closed until at least Friday, its owners said on Thursday.

{notice}
"""


def _run(tmp_path, monkeypatch, extract, read_events, notice):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(PAGE.format(notice=notice), encoding="utf-8")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    return read_events(tmp_path / "events")


def test_a_correction_notice_makes_no_event_on_the_day_it_takes_back(tmp_path, monkeypatch, extract, read_events):
    notices = [
        "This article was amended on 5 March 2026. An earlier version said the fire started on Wednesday; it started late on Tuesday.",
        "An earlier version of this story said the port reopened on Wednesday. It reopened on Friday.",
        "Correction: A previous version of this article gave the date of the fire as March 4.",
        "(Corrects day of full reopening in first paragraph to Saturday from Sunday)",  # Reuters' style
    ]
    for i, notice in enumerate(notices):
        folder = tmp_path / str(i)
        folder.mkdir()
        events = _run(folder, monkeypatch, extract, read_events, notice)
        assert [str(e["date"]) for e in events] == ["2026-03-05"], notice


def test_a_sentence_about_an_earlier_version_of_something_else_is_an_event(tmp_path, monkeypatch, extract, read_events):
    events = _run(tmp_path, monkeypatch, extract, read_events,
                  "An earlier version of the bill was rejected by MPs on Tuesday.")
    assert sorted(str(e["date"]) for e in events) == ["2026-03-03", "2026-03-05"]
