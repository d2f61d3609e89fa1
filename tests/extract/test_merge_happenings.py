"""One happening told in other words (`merge_happenings` in timeline/extract/data/events.yaml): a dam
breach told "gave way", "collapsed", "failed" and "was breached" in four articles, repairs that
"began on 9 March" and "started on Monday", are one event each, every sentence cited; happenings of
other things, or of other days, stay apart."""

from __future__ import annotations

import html
import re

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.extract import apart, rules
from timeline.extract import events as ev

SETTINGS = rules.data("events")["merge_happenings"]


def _happenings(text: str) -> set[str]:
    return set(ev._bag(text)) & apart.happening_stems()


@pytest.mark.parametrize("pair", SETTINGS["examples"])
def test_the_examples_are_read_as_one_happening(pair):
    one, two = pair.split(" | ")
    assert _happenings(one) & _happenings(two), pair


@pytest.mark.parametrize("pair", SETTINGS["counter"])
def test_the_counter_examples_are_not(pair):
    one, two = pair.split(" | ")
    assert not _happenings(one) & _happenings(two), pair


@pytest.mark.parametrize("line", SETTINGS["lines"])
def test_each_line_is_read_as_its_first_word(line):
    assert {ev._bag(word).most_common(1)[0][0] for word in line} == {apart.stem(line[0])}, line


def test_a_named_thing_right_before_the_happening_is_what_befell_it():
    names = frozenset({"millbrook", "dam"})
    assert apart.befallen_names("The eastern wall of the Millbrook Dam collapsed at 4:40 a.m.", names) == {("collaps", "dam")}
    assert apart.befallen_names("The Millbrook Dam was breached on Saturday.", names) == {("collaps", "dam")}
    assert apart.befallen_names("The Millbrook Dam, officials said, gave way.", names) == frozenset()  # not right before
    assert apart.befallen_names("Repairs to the Millbrook Dam began on Monday.", names) == frozenset()  # not a by_name line
    assert apart.befallen_names("The old wall collapsed on Saturday.", names) == frozenset()  # no name


def _write(folder, name, published, *lines):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(f"---\npublished: {published}\n---\n" + "\n\n".join(lines) + "\n", "utf-8")


DAM = {
    "courier.txt": ("2026-03-07", "Millbrook Dam gives way above Riverside",
                    "The Millbrook Dam gave way early on Saturday after three days of heavy rain, forcing thousands of "
                    "people from their homes in Riverside and Lower Alder.",
                    "The Red Cross opened a shelter at Riverside High School on Saturday morning.",
                    "Sirens sounded in Riverside shortly before 5 a.m., residents said."),
    "wire.txt": ("2026-03-07", "Four dead as dam fails in Alder valley",
                 "The eastern wall of the Millbrook Dam collapsed at about 4:40 a.m. on Saturday, the county sheriff's "
                 "office said.",
                 "Emergency crews rescued at least 40 people from rooftops by midday."),
    "district.txt": ("2026-03-09", "Statement from the Alder Valley Water District",
                     "The earthen embankment of the Millbrook Dam failed on 7 March after the reservoir rose above its "
                     "spillway.",
                     "The district said repairs to the Millbrook Dam spillway began on 9 March.",
                     "The district had lowered the reservoir on 5 March because of the forecast."),
    "weekly.txt": ("2026-03-12", "A week after the Millbrook Dam breach",
                   "The Millbrook Dam was breached on Saturday, 7 March, and the water reached Lower Alder within an hour.",
                   "Work crews started repairs to the dam's spillway on Monday, the district said.",
                   "Governor Elena Marsh visited Lower Alder on Tuesday and promised federal help."),
}


def _extract(tmp_path, monkeypatch, extract, read_events, articles):
    monkeypatch.chdir(tmp_path)
    for name, (published, *lines) in articles.items():
        _write(tmp_path / "seeds", name, published, *lines)
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    return read_events(tmp_path / "events")


def _holding(events, words):
    found = [e for e in events if any(words in s["quote"] for s in e["sources"])]
    assert len(found) == 1, (words, found)
    return found[0]


def test_a_dam_breach_told_four_ways_is_one_event_citing_each_sentence(tmp_path, monkeypatch, extract, read_events):
    events = _extract(tmp_path, monkeypatch, extract, read_events, DAM)
    breach = _holding(events, "gave way early on Saturday")
    quotes = [s["quote"] for s in breach["sources"]]
    assert sorted(s["file"] for s in breach["sources"]) == ["seeds/courier.txt", "seeds/district.txt", "seeds/weekly.txt",
                                                            "seeds/wire.txt"]
    for told in ("gave way early", "eastern wall of the Millbrook Dam collapsed", "embankment of the Millbrook Dam failed",
                 "Millbrook Dam was breached"):
        assert sum(told in q for q in quotes) == 1, told
    assert str(breach["date"]).startswith("2026-03-07")
    repairs = _holding(events, "repairs to the Millbrook Dam spillway began")
    assert sorted(s["file"] for s in repairs["sources"]) == ["seeds/district.txt", "seeds/weekly.txt"]
    assert str(repairs["date"]) == "2026-03-09"
    # the other happenings of the day stay events of their own
    for other in ("Red Cross opened a shelter", "Sirens sounded", "rescued at least 40", "lowered the reservoir",
                  "visited Lower Alder"):
        assert len(_holding(events, other)["sources"]) == 1, other
    assert len(events) == 7


def test_each_source_of_the_merged_breach_is_on_the_built_page(tmp_path, monkeypatch, extract, read_events):
    from mkdocs.commands.build import build  # noqa: PLC0415 - as `mkdocs build` does, in-process
    from mkdocs.config import load_config  # noqa: PLC0415

    init = CliRunner().invoke(cli, ["init", str(tmp_path)], catch_exceptions=False)
    assert init.exit_code == 0, init.output
    events = _extract(tmp_path, monkeypatch, extract, read_events, DAM)
    breach = _holding(events, "gave way early on Saturday")
    build(load_config(str(tmp_path / "mkdocs.yml")))
    page = html.unescape(re.sub(r"<[^>]+>", "", (tmp_path / "site" / "timeline" / "index.html").read_text("utf-8")))
    page = " ".join(page.split())
    assert len(breach["sources"]) == 4
    for source in breach["sources"]:
        assert " ".join(source["quote"].split()) in page, source["quote"]


@pytest.mark.parametrize("other", [
    # another thing that gave way that day is another happening
    "The Cole Ferry Bridge collapsed on Saturday, cutting the only road from Riverside to Lower Alder.",
    # the same dam another day: a second breach, not the first told again
    "The Millbrook Dam failed again on Tuesday as engineers watched from the spillway.",
    # the county began something else the day the repairs began
    "Alder County began consulting residents of Lower Alder on 9 March about rebuilding the levees.",
])
def test_other_happenings_told_with_such_words_stay_apart(tmp_path, monkeypatch, extract, read_events, other):
    story = {**DAM, "gazette.txt": ("2026-03-12", "Alder valley after the flood", other)}
    events = _extract(tmp_path, monkeypatch, extract, read_events, story)
    assert len(_holding(events, other[:40])["sources"]) == 1
    assert len(_holding(events, "gave way early on Saturday")["sources"]) == 4
    assert len(_holding(events, "repairs to the Millbrook Dam spillway began")["sources"]) == 2


@pytest.mark.parametrize(("happenings", "message"), [
    ({"lines": [["give way", "collapse"]]}, r"merge_happenings: lines\[0\] must be a list .* the first a single word"),
    ({"lines": [[True, "start"]]}, r"lines\[0\] must be a list of words and phrases \(quote on, off, yes and no\)"),
    ({"lines": [["collapse"]], "read_apart": ["fail"]}, r"read_apart\[0\] must be a phrase of two words or more"),
])
def test_a_malformed_entry_is_named(monkeypatch, happenings, message):
    apart.stem("warmed")  # the word endings' patterns, read before the data is replaced
    apart._happenings.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_happenings": happenings} if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=message):
            apart.happening("collaps")
    finally:
        monkeypatch.undo()
        apart._happenings.cache_clear()


@pytest.mark.parametrize(("one", "two", "apart_"), [
    ("Work crews started repairs to the dam's spillway on Monday.", "Repairs to the Millbrook Dam spillway began on Monday.", False),
    ("Work crews started repairs to the dam's spillway on Monday.", "Repairs to the spillway of the dam began on Monday.", False),
    # the thing owned named beside the owner, but not as its owner's: two things
    ("In 1998, North Carolina's pig population had hit ten million.",
     "The first was found in a North Carolina industrial pig farm in 1998.", True),
    ("The president's son met Sununu on Sunday.", "The president himself met Sununu on Sunday.", True),
])
def test_an_owner_parts_two_sentences_unless_the_other_names_its_thing_with_it(one, two, apart_):
    traits = [apart.traits(text, text, ev._bag(text)) for text in (one, two)]
    assert apart.two_happenings(*traits) is apart_


LIGHT = rules.data("events")["merge_light_verbs"]


def _light_apart(pair: str) -> bool:
    one, two = (apart.traits(text, text, ev._bag(text)) for text in pair.split(" | "))
    return apart.two_happenings(one, two)


@pytest.mark.parametrize("pair", LIGHT["apart"])
def test_a_light_verb_shared_with_another_thing_begun_is_two_happenings(pair):
    assert _light_apart(pair), pair


@pytest.mark.parametrize("pair", LIGHT["same"])
def test_a_light_verb_of_the_same_thing_begun_is_not_parted(pair):
    assert not _light_apart(pair), pair


def _init_project(tmp_path, monkeypatch, articles):
    init = CliRunner().invoke(cli, ["init", str(tmp_path / "site")], catch_exceptions=False)
    assert init.exit_code == 0, init.output
    project = tmp_path / "site"
    monkeypatch.chdir(project)
    for name, (published, *lines) in articles.items():
        _write(project / "seeds", name, published, *lines)
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return project


@pytest.mark.parametrize(("other", "merged"), [
    # the council began something else that day: two events, each citing its sentence
    ("Kesterby Council began consulting residents about the flood wall on Monday.", False),
    # the same repairs begun, told in other words: one event citing both
    ("Work on the repairs to the flood wall was started by Kesterby Council on Monday.", True),
])
def test_two_articles_that_share_only_a_light_verb_and_a_day_stay_apart(tmp_path, monkeypatch, read_events, other, merged):
    project = _init_project(tmp_path, monkeypatch, {
        "courier.txt": ("2026-03-10", "Kesterby Council began repairs to the flood wall on Monday."),
        "gazette.txt": ("2026-03-11", other),
    })
    events = read_events(project / "events")
    repairs = _holding(events, "began repairs to the flood wall")
    assert str(repairs["date"]) == "2026-03-09"
    assert sorted(s["file"] for s in repairs["sources"]) == (["seeds/courier.txt", "seeds/gazette.txt"] if merged
                                                            else ["seeds/courier.txt"])
    assert len(events) == (1 if merged else 2)
    if not merged:
        assert [s["file"] for s in _holding(events, other[:40])["sources"]] == ["seeds/gazette.txt"]


def test_a_malformed_light_verb_line_is_named(monkeypatch):
    apart._light_verbs.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_light_verbs": {"verbs": [["get under", "start"]]}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"merge_light_verbs: verbs\[0\] must be a list of single words"):
            apart._light_things("The council began repairs.")
    finally:
        monkeypatch.undo()
        apart._light_verbs.cache_clear()


OF_A_NAME = SETTINGS["of_a_name_examples"]


def _told(example: str):
    names, pair = example.split("; ", 1)
    stems = frozenset(apart.stem(n.strip()) for n in names.split(","))
    return [apart.told_of_names(text, stems) for text in pair.split(" | ")]


@pytest.mark.parametrize("example", OF_A_NAME["same"])
def test_a_death_told_of_one_name_in_other_words_is_one_happening(example):
    one, two = _told(example)
    assert apart.one_named(one, two) and not apart.other_names(one, two), example


@pytest.mark.parametrize("example", OF_A_NAME["others"])
def test_deaths_told_of_other_names_are_two_happenings(example):
    one, two = _told(example)
    assert apart.other_names(one, two) and not apart.one_named(one, two), example


@pytest.mark.parametrize("example", OF_A_NAME["unsaid"])
def test_deaths_not_told_of_two_names_are_left_to_their_words(example):
    one, two = _told(example)
    assert not apart.one_named(one, two) and not apart.other_names(one, two), example


@pytest.mark.parametrize(("other", "merged"), [
    # one person's death told in other words: one event citing both sentences
    ("Health officials confirmed the death of Jacqui Fleming, a mother of three, on Sunday.", True),
    # another person's death that day, told in the same words: an event of its own
    ("John Smith died at the Royal Alexandra hospital in Paisley on Sunday, her family said.", False),
])
def test_a_death_is_merged_by_whose_it_is(tmp_path, monkeypatch, read_events, other, merged):
    project = _init_project(tmp_path, monkeypatch, {
        "courier.txt": ("2026-06-15", "Jacqui Fleming died on Sunday at the Royal Alexandra hospital in Paisley, her family said."),
        "gazette.txt": ("2026-06-16", other),
    })
    events = read_events(project / "events")
    death = _holding(events, "Jacqui Fleming died on Sunday")
    assert str(death["date"]) == "2026-06-14"
    assert sorted(s["file"] for s in death["sources"]) == (["seeds/courier.txt", "seeds/gazette.txt"] if merged
                                                          else ["seeds/courier.txt"])
    assert len(events) == (1 if merged else 2)


def test_a_malformed_of_a_name_line_is_named(monkeypatch):
    apart._of_a_name.cache_clear()
    real = rules.data
    monkeypatch.setattr(rules, "data", lambda name: {**real(name), "merge_happenings": {"of_a_name": [["was killed", "die"]]}}
                        if name == "events" else real(name))
    try:
        with pytest.raises(rules.RuleError, match=r"merge_happenings: of_a_name\[0\] must be a list .* the first a single word"):
            apart.told_of_names("Smith died.", frozenset({"smith"}))
    finally:
        monkeypatch.undo()
        apart._of_a_name.cache_clear()
