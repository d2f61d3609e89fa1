import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import ProblemsError
from timeline.loader import derive_id, load_events

REPO = Path(__file__).resolve().parent.parent


def problems_of(path):
    with pytest.raises(ProblemsError) as caught:
        load_events([path])
    return [str(p) for p in caught.value.problems]


def test_the_demo_events_load_in_date_order():
    events = load_events([REPO / "events"])
    assert len(events) >= 8
    keys = [e.sort_key for e in events]
    assert keys == sorted(keys)
    assert all(e.sources and e.sources[0].quote for e in events)


def test_a_list_file_and_a_mapping_file_with_defaults(write):
    write("events/a.yaml", "- date: 2019-01-08\n  title: One\n")
    write("events/b.yaml", "anchor: 2019-01-10\ntags: [x]\nevents:\n  - date: Tuesday\n    title: Two\n    tags: [y]\n")
    events = load_events([write("events/a.yaml", "- date: 2019-01-08\n  title: One\n").parent])
    assert [(e.title, e.date.value, e.tags) for e in events] == [("One", "2019-01-08", ()), ("Two", "2019-01-08", ("x", "y"))]


@pytest.mark.parametrize(
    "written, value, precision",
    [
        ("Jan. 7, 2019", "2019-01-07", "day"),
        ("June 2018", "2018-06", "month"),
        ("2018", "2018", "year"),
        ("2019-01-08", "2019-01-08", "day"),
        ("2018-SU", "2018-SU", "season"),
        ("'2019-01-09T14:00'", "2019-01-09T14:00", "time"),
    ],
)
def test_a_date_keeps_its_precision(write, written, value, precision):
    path = write("e.yaml", f"- date: {written}\n  title: T\n")
    (event,) = load_events([path])
    assert (event.date.value, event.date.precision) == (value, precision)


def test_a_weekday_resolves_against_the_anchor_and_the_anchor_day_counts(write):
    path = write("e.yaml", "anchor: 2019-01-10\nevents:\n  - {date: Tuesday, title: A}\n  - {date: Thursday, title: B}\n")
    assert [e.date.value for e in load_events([path])] == ["2019-01-08", "2019-01-10"]


def test_a_relative_date_without_anchor_is_a_problem(write):
    path = write("e.yaml", "- date: Tuesday\n  title: A\n")
    (message,) = problems_of(path)
    assert message.endswith("e.yaml:1: 'Tuesday' is relative: add an 'anchor' (the date it counts from), or write the full date")


def test_every_problem_is_reported_at_once_with_file_and_line(write):
    path = write(
        "bad.yaml",
        "- date: 2019-01-08\n"            # 1
        "  titel: Typo\n"                 # 2
        "- date: not a date at all\n"     # 3
        "  title: Unreadable\n"           # 4
        "- title: No date\n"              # 5
        "- date: 2019-01-09\n"            # 6
        "  title: Wrong type\n"           # 7
        "  tags: just-a-string\n"         # 8
        "- date: 2019-01-10\n"            # 9
        "  title: Ends before\n"          # 10
        "  end: 2019-01-01\n",            # 11
    )
    found = problems_of(path)
    assert [m.split(": ", 1)[0].rsplit(":", 1)[1] for m in found] == ["2", "3", "5", "8", "11"]
    text = "\n".join(found)
    assert "unknown key 'titel' in event: did you mean 'title'?" in text
    assert "the event has no 'title'" not in text, "the typo's message already says it"
    assert "cannot read the date 'not a date at all'" in text
    assert "the event has no 'date'" in text
    assert "'tags' should be a list, found text 'just-a-string'" in text
    assert "'end' (Tue 1 Jan 2019) is before 'date' (Thu 10 Jan 2019)" in text


def test_duplicate_ids_across_files_name_both_places(write):
    write("ev/a.yaml", "- {id: same, date: 2019-01-08, title: A}\n")
    path = write("ev/b.yaml", "- {id: same, date: 2019-01-09, title: B}\n")
    (message,) = problems_of(path.parent)
    assert "b.yaml:1: duplicate id 'same', already used at" in message and "a.yaml:1" in message


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", "1: the file is empty"),
        ("just words\n", "expected a list of events, found text 'just words'"),
        ("- date: 2019-01-08\n\ttitle: tab\n", "2: a tab character"),
        ("- !!python/object/apply:os.system ['true']\n", "tags that build objects are not allowed"),
        ("- date: 2019-02-30\n  title: Impossible\n", "1: '2019-02-30' is not a real date: February 2019 has 28 days"),
        ("- {date: 2019-01-08, title: A, title: B}\n", "the key 'title' appears twice"),
        ("- {date: 2019-01-08, title: A, status: done}\n", "'status' should be one of draft, reviewed, rejected, found 'done'"),
    ],
)
def test_broken_files_get_a_message_that_says_what_to_do(write, text, expected):
    (message,) = problems_of(write("e.yaml", text))
    assert expected in message


@pytest.mark.parametrize("written, day", [("4 March", "Wed 4 Mar 2026"), ("Wednesday", "Wed 25 Feb 2026")])
def test_a_relative_date_shows_the_day_its_sources_date_would_give(write, written, day):
    # as a writer copies it from the article; the day is shown, not taken: 'Wednesday' counts back
    path = write("e.yaml", f"- date: {written}\n  title: A\n  sources:\n    - {{file: seeds/a.txt, published: 2026-03-03}}\n")
    (message,) = problems_of(path)
    assert message.endswith(f"e.yaml:1: '{written}' is relative: add an 'anchor' (the date it counts from), or write the "
                            f"full date; against its source's date, 2026-03-03, it is {day}: if that is right, add "
                            "'anchor: 2026-03-03' to the event")


def test_a_relative_date_with_sources_of_two_dates_gets_no_anchor_hint(write):
    path = write("e.yaml", "- date: 4 March\n  title: A\n  sources:\n    - {file: seeds/a.txt, published: 2026-03-03}\n"
                           "    - {file: seeds/b.txt, published: 2026-03-05}\n")
    (message,) = problems_of(path)
    assert message.endswith("or write the full date")


def test_a_comment_of_ones_own_after_a_title_is_no_problem(write):
    path = write("e.yaml", "- date: 2019-01-08  # from the wire\n  title: A # checked\n  summary: '#1 in the polls'\n")
    assert [(e.title, e.summary) for e in load_events([path])] == [("A", "#1 in the polls")]


def test_a_wrong_date_is_said_beside_another_problem_of_its_event(write):
    # The editor walk: 'tags: construction' and 'date: Febuary 2019' in one event; check said only
    # the tags, and once they were fixed, the date. A misspelt title key is the other common pair.
    path = write("e.yaml", "- date: Febuary 2019\n  title: A\n  tags: construction\n"
                           "- date: 2019-02-30\n  titel: B\n- date: 2019-01-08\n  titel: C\n")
    messages = problems_of(path)
    expected = ["1: cannot read the date 'Febuary 2019'", "3: 'tags' should be a list",
                "4: '2019-02-30' is not a real date", "5: unknown key 'titel'", "7: unknown key 'titel'"]
    assert len(messages) == len(expected)
    for message, start in zip(messages, expected):
        assert message.split("e.yaml:", 1)[1].startswith(start), message


def test_derived_ids_are_stable_and_safe():
    assert derive_id("2019-01-08", "Kim's train pulls into Beijing — at last!") == "2019-01-08-kim-s-train-pulls-into-beijing-at-last"
    assert derive_id("2018-06", "../../etc/passwd") == "2018-06-etc-passwd"


def test_two_events_with_the_same_derived_id_are_numbered(write):
    path = write("e.yaml", "- {date: 2019-01-08, title: Same}\n- {date: 2019-01-08, title: Same}\n")
    assert [e.id for e in load_events([path])] == ["2019-01-08-same", "2019-01-08-same-2"]


def test_yaml_dates_are_taken_as_days(write):
    (event,) = load_events([write("e.yaml", "- {date: 2019-01-08, title: A}\n")])
    assert event.date.first == dt.date(2019, 1, 8)


@pytest.mark.parametrize("written", ["next Tuesday", "next tuesday", "last Friday"])
def test_a_relative_date_without_anchor_never_reads_the_clock(write, written):
    # The engine reads 'next Tuesday' without a reference against today: an event file said a
    # different day every week, and `timeline check` said all was well.
    path = write("e.yaml", f"- date: {written}\n  title: A\n")
    (message,) = problems_of(path)
    assert message.endswith(f"e.yaml:1: '{written}' is relative: add an 'anchor' (the date it counts from), or write the full date")
    path = write("f.yaml", f"anchor: 2019-01-10\nevents:\n  - date: {written}\n    title: A\n")
    assert load_events([path])[0].date.value.startswith("2019-01")


@pytest.mark.parametrize("written, value", [("Jan. 7, 2019", "2019-01-07"), ("the eighteenth century", "17"),
                                            ("Christmas 2018", "2018-12-25"), ("June 2018", "2018-06"),
                                            ("Tuesday 8 January 2019", "2019-01-08"), ("Tue 8 Jan 2019", "2019-01-08")])
def test_an_absolute_date_needs_no_anchor(write, written, value):
    assert load_events([write("e.yaml", f"- date: {written}\n  title: A\n")])[0].date.value == value


@pytest.mark.parametrize("written, label", [("~1990", "c. 1990"), ("1990?", "c. 1990"), ("'~ March 2019'", "c. March 2019")])
def test_a_tilde_or_question_mark_marks_the_date_approximate(write, written, label):
    # How editors mark a date they are unsure of; it was read as a plain "1990" and the doubt lost.
    (event,) = load_events([write("e.yaml", f"- date: {written}\n  title: A\n")])
    assert (event.date.approximate, event.date.label) == (True, label)


def test_tags_written_alike_but_for_case_or_hyphens_are_one_tag(write):
    # "Visit" beside "visit", "north korea" beside "north-korea": two tag pages ("visit", "visit-2")
    # each with part of the events. One tag now, in the spelling most events give it.
    path = write("e.yaml", "tags: [north-korea]\nevents:\n"
                           "  - {date: 2019-01-07, title: A, tags: [visit, C++]}\n"
                           "  - {date: 2019-01-08, title: B, tags: [visit, c]}\n"
                           "  - {date: 2019-01-09, title: C, tags: [Visit, north korea, North_Korea]}\n")
    assert [e.tags for e in load_events([path])] == [
        ("north-korea", "visit", "C++"), ("north-korea", "visit", "c"), ("north-korea", "visit")]


@pytest.mark.parametrize("line, expected", [
    ("tags: visit, china", "4: 'tags' should be a list, found text 'visit, china': write it as a list, [visit, china]"),
    ("tags: [visit, 2019]", "4: 'tags' items should be text, found a whole number: put it in quotes, '2019'"),
    ("sources: seeds/a.txt", "4: 'sources' should be a list, found text 'seeds/a.txt'"),  # no list of words to offer
])
def test_a_list_written_as_words_says_how_to_write_it(write, line, expected):
    (message,) = problems_of(write("e.yaml", f"events:\n  - date: 2019\n    title: A\n    {line}\n"))
    assert message.endswith(f"e.yaml:{expected}")


def test_a_source_url_without_its_https_is_refused_with_the_address_to_write(tmp_path):
    # The walk of stop 34 (a wiki editor): "url: www.example.org/news/evac" was shown as words,
    # linked nowhere, and exported as a |url= a wiki marks as an error, and check said all was well.
    path = tmp_path / "a.yaml"
    path.write_text("events:\n  - date: 2003\n    title: x\n    sources:\n      - url: www.example.org/news/evac\n",
                    encoding="utf-8")
    assert problems_of(path) == [f"{path}:5: 'url' 'www.example.org/news/evac' has no https:// (a link needs it): "
                                 "write 'https://www.example.org/news/evac'"]
    for fine in ("https://www.example.org/news/evac", "mailto:desk@example.org", "Example News"):
        path.write_text(f"events:\n  - date: 2003\n    title: x\n    sources:\n      - url: '{fine}'\n", encoding="utf-8")
        assert load_events([path])[0].sources[0].url == fine  # another value is left to the pages, which link none
