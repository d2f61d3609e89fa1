"""Drawing a new date-audit sample (bench/date_audit_draw.py): by sentence, not by id; the same seed
gives the same sample; a sentence an earlier sample judged is never drawn again."""

import pytest

import date_audit
import date_audit_draw as draw_script
from timeline.model import Event, Source
from timeline.period import parse_value

LONG = "The company said it would close the plant in Ohio by the end of next year, cutting 300 jobs."


def event(id, article, quote, value="1989-10", *more):
    sources = (Source(file=f"/tmp/articles/{article}", quote=quote, date_text="x"),
               *(Source(file=f"/tmp/articles/{a}", quote=q) for a, q in more))
    return Event(id=id, date=parse_value(value), title=quote[:20], sources=sources)


def corpus():
    return [event(f"e{n:03d}", f"doc{n % 7}.txt", f"Sentence number {n} of the corpus happened on a day.") for n in range(60)]


def test_the_same_seed_draws_the_same_sentences_whatever_the_ids_and_order():
    events = corpus()
    first = draw_script.draw(events, {}, seed="s", size=10)
    renamed = [event(f"new-{e.id}", e.sources[0].file.rsplit("/", 1)[1], e.sources[0].quote) for e in reversed(events)]
    again = draw_script.draw(renamed, {}, seed="s", size=10)
    sentence = lambda e: (e.sources[0].file, e.sources[0].quote)  # noqa: E731
    assert len(first) == 10 and [sentence(e) for e in first] == [sentence(e) for e in again]
    other = draw_script.draw(events, {}, seed="t", size=10)
    assert [sentence(e) for e in other] != [sentence(e) for e in first]


def test_a_judged_sentence_is_left_out_in_any_source_and_when_mended():
    events = [event("a", "x.txt", LONG), event("b", "x.txt", "Short one."),
              event("c", "y.txt", "Another sentence entirely, long enough to be held in another one.",
                    "1990", ("x.txt", "Short one.")),
              event("d", "z.txt", LONG + " More words the splitter ran on."), event("e", "w.txt", "Fresh.")]
    judged = {"x.txt": [LONG, "Short one."], "z.txt": [LONG]}
    drawn = draw_script.draw(events, judged, seed="s", size=10)
    # a: the same quote; b: the same short quote; c: its second source was judged; d: holds a judged quote
    assert [e.id for e in drawn] == ["e"]
    # a short quote counts only when it is the whole sentence, as date_audit.find matches
    assert draw_script.draw([event("f", "x.txt", "Short one. And then some more words.")], judged, seed="s", size=5)


def test_one_event_a_sentence():
    events = [event("a", "x.txt", LONG, "1989"), event("b", "x.txt", LONG, "1990-11")]
    assert len(draw_script.draw(events, {}, seed="s", size=5)) == 1


def test_the_earlier_samples_sentences_are_read_from_every_audit_file():
    judged = draw_script.judged_sentences(date_audit.AUDITS)
    assert sum(len(quotes) for quotes in judged.values()) == sum(len(date_audit.load_audit(p)) for p in date_audit.AUDITS)


def test_the_sheet_holds_no_confidence():
    item = draw_script.sheet_item(Event(id="a", date=parse_value("1989"), title="t", confidence=0.93,
                                        sources=(Source(file="/a/x.txt", quote="Q.", published="1989-11-02"),)))
    assert "confidence" not in item and item["article"] == "x.txt" and item["verdict"] == ""


def test_the_drawn_sample_is_reproducible_and_never_held_out(tmp_path):
    from stories_mixed import TBAQ, held_out

    if not TBAQ.exists():
        pytest.skip("the shared data (../shared/data) is not here")
    items = draw_script.main(["--size", "12", "--seed", "test", "--out", str(tmp_path / "sheet.yaml")])
    again = draw_script.main(["--size", "12", "--seed", "test", "--out", str(tmp_path / "again.yaml")])
    assert (tmp_path / "sheet.yaml").read_bytes() == (tmp_path / "again.yaml").read_bytes()
    assert len(items) == 12
    skip = {f"{doc}.txt" for doc in held_out()}
    judged = draw_script.judged_sentences(date_audit.AUDITS)
    for item in items:
        assert item["article"] not in skip
        assert not any(draw_script.same_sentence(item["quote"], quote) for quote in judged.get(item["article"], ()))
