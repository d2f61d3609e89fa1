"""Dates read against a publication date borrowed from a related article: how sure they are.

On the Guardian swine-flu story a borrowed date was seldom the article's own day, so "yesterday"
counted from it was mostly wrong, while "Tuesday" mostly survived (timeline/extract/analyse.py).
"""
import textwrap

A = """\
---
published: 2019-01-10
---
Kim Jong Un visits Beijing

North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday, state media reported.

Kim travelled to Beijing by armoured train from Pyongyang with his wife Ri Sol Ju.
"""

B = """\
Kim Jong Un ends Beijing trip

North Korean leader Kim Jong Un left Beijing yesterday after talks with Chinese President Xi Jinping.

Kim and Xi met in Beijing on Tuesday, and Kim toured a pharmaceutical factory with his wife Ri Sol Ju.
"""


def test_a_day_counted_from_a_borrowed_date_is_held_unsure_and_says_why(tmp_path, monkeypatch, extract, read_events):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "seeds" / "b.txt").write_text(textwrap.dedent(B), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    by_text = {(e["sources"][0]["file"], e["sources"][0]["date_text"]): e for e in read_events(tmp_path / "events")}
    yesterday = by_text[("seeds/b.txt", "yesterday")]
    named = by_text[("seeds/b.txt", "Tuesday")]
    own = by_text[("seeds/a.txt", "Tuesday")]
    assert yesterday["sources"][0]["published_source"] == "inferred"
    assert "taken from seeds/a.txt" in yesterday["reason"] and "a day or two off" in yesterday["reason"]
    assert "a day or two off" not in named["reason"]
    assert yesterday["confidence"] < 0.3 < 0.6 < named["confidence"] < own["confidence"]
