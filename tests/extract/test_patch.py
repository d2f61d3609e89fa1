"""A re-run that adds to an existing file inserts lines: every line a person wrote stays."""

from __future__ import annotations

import random
import re
import shutil

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.cli import cli

A000 = "seeds/000_207661d1272d65b9.txt"
A003 = "seeds/003_659bc2890c4af82c.txt"


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(line in it for line in small)


def _commented(text: str, rng: random.Random) -> str:
    """The file with comments a person might add: own lines before keys, and at line ends."""
    out = []
    for number, line in enumerate(text.splitlines()):
        if re.match(r"^\s*(- )?[a-z_]+:", line) and rng.random() < 0.3:
            indent = len(line) - len(line.lstrip(" "))
            out.append(" " * indent + f"# a reviewer's comment {number}")
        if re.match(r"^\s*(status|confidence): \S+$", line) and rng.random() < 0.5:
            line += "  # checked"
        out.append(line)
    return "\n".join(out) + "\n"


def _first_run_with_one_article(demo, extract):
    (demo / "later").mkdir(exist_ok=True)
    shutil.move(str(demo / A003), demo / "later" / "003.txt")
    assert extract("seeds", "--out", "events").exit_code == 0
    shutil.move(str(demo / "later" / "003.txt"), demo / A003)
    return next((demo / "events").glob("*.yaml"))


def test_a_new_article_adds_events_and_sources_without_touching_a_persons_lines(demo, extract):
    path = _first_run_with_one_article(demo, extract)
    text = _commented(path.read_text("utf-8"), random.Random(1))
    text = text.replace("status: draft", "status: draft   # keep an eye on this one", 1)
    path.write_text(text, "utf-8")

    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "updated: 2019-01-07" in result.output and "added:" in result.output
    after = path.read_text("utf-8")
    assert _is_subsequence(text.splitlines(), after.splitlines())
    document = yaml.safe_load(after)
    departure = [e for e in document["events"] if any("departs from Pyongyang" in s["quote"] for s in e["sources"])][0]
    assert [s["file"] for s in departure["sources"]] == [A000, A003]
    dates = [str(e["date"]) for e in document["events"]]
    assert "2019-01-08" in dates and "2018-11" in dates

    from timeline.loader import load_events

    assert load_events([demo / "events"])
    before = after
    assert "0 added, 0 updated" in extract("seeds", "--out", "events").output
    assert path.read_text("utf-8") == before


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6))
def test_comments_anywhere_survive_an_update(demo, extract, seed):
    shutil.rmtree(demo / "events", ignore_errors=True)
    path = _first_run_with_one_article(demo, extract)
    text = _commented(path.read_text("utf-8"), random.Random(seed))
    path.write_text(text, "utf-8")
    extract("seeds", "--out", "events")
    assert _is_subsequence(text.splitlines(), path.read_text("utf-8").splitlines())


def test_a_field_the_tool_keeps_true_is_changed_in_place_whatever_the_shape_a_person_gave_it():
    from timeline.extract.patch import DELETE, patch

    text = ("version: 1\n"
            "events:\n"
            "  - id: a\n"
            "    date: 1918\n"
            "    title: A pandemic\n"
            "    # my comment on the status\n"
            "    status: draft\n"
            "    reason: >-\n"
            "      '1918' is a full date\n"
            "    sources:\n"
            "      - file: seeds/a.txt  # the first article\n"
            "        quote: In 1918, a pandemic.\n"
            "        span:\n"
            "          - 96\n"
            "          - 117\n"
            "        # kept\n"
            "        published_source: inferred\n"
            "        published_reason: its words\n"
            "  - id: b\n"
            "    date: 2009\n"
            "    title: Another\n"
            "    tags:\n"
            "    - flu\n"
            "    - background\n"
            "    status: draft\n")
    document = yaml.safe_load(text)
    first, second = document["events"]
    first["tags"] = ["background"]
    first["reason"] = "'1918' is a full date; background: long before"
    first["sources"][0]["span"] = [126, 147]
    first["sources"][0]["published_confidence"] = 0.8
    second["tags"] = ["flu"]
    edits = [("events", 0, None, "tags", ["background"]), ("events", 0, None, "reason", first["reason"]),
             ("events", 0, 0, "span", [126, 147]), ("events", 0, 0, "published_confidence", 0.8),
             ("events", 1, None, "tags", ["flu"])]
    patched = patch(text, document, [], [], [], edits)
    assert yaml.safe_load(patched) == document
    for kept in ("    # my comment on the status\n", "      - file: seeds/a.txt  # the first article\n", "        # kept\n"):
        assert kept in patched
    assert "    tags: [background]\n    # my comment on the status\n" in patched  # before the comments of the key after it
    document = yaml.safe_load(text)
    del document["events"][1]["tags"]
    patched = patch(text, document, [], [], [], [("events", 1, None, "tags", DELETE)])
    assert yaml.safe_load(patched) == document and "  - id: b\n    date: 2009\n    title: Another\n    status: draft\n" in patched


def test_a_comment_at_the_end_of_an_event_stays_with_it_when_an_event_is_inserted_after_it(seed, tmp_path, extract):
    # The editor walk: "    # no source yet: find the notice", typed under an event's last key, was
    # left above the event the next run inserted after it, reading as that event's comment.
    seed("---\npublished: 2023-09-21\n---\nAsbestos found in Millbrook library\n\n"
         "Workers found asbestos in Millbrook library on Sept. 18, 2023.\n\n"
         "The city said on Sept. 20, 2023 that a firm would remove the asbestos from Millbrook library.\n",
         "works.txt")
    assert extract("seeds", "--out", "events").exit_code == 0
    (path,) = (tmp_path / "events").glob("*.yaml")
    text = path.read_text("utf-8")
    at = text.index("  - id: 2023-09-20-")
    mine, theirs = "    # called the library: confirmed\n", "  # the city's notice, not yet online\n"
    path.write_text(text[:at] + mine + theirs + text[at:], encoding="utf-8")
    seed("---\npublished: 2023-09-22\n---\nMillbrook library shut\n\n"
         "Millbrook library shut on Sept. 19, 2023 because of the asbestos.\n", "shut.txt")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0 and "added: 2023-09-19-" in result.output, result.output
    after = path.read_text("utf-8")
    # the item's own comment ends the item above; the comment at the column of the items stays above the next
    assert after.index("  - id: 2023-09-18-") < after.index(mine) < after.index("  - id: 2023-09-19-")
    assert after.index("  - id: 2023-09-19-") < after.index(theirs + "  - id: 2023-09-20-")


def _bare_list(text: str, comment: str) -> str:
    """The events of a file `timeline extract` wrote, as a person writes a file: a bare list, a
    comment of theirs under an event's status."""
    events = text[text.index("events:\n") + len("events:\n"):]
    return "# my own list\n" + events.replace("    status: draft\n", f"    {comment}\n    status: draft\n", 1)


def test_a_file_written_as_a_bare_list_keeps_its_comments_when_a_run_adds_to_it(seed, tmp_path, extract):
    # The editor walk: an event moved into a file of one's own, written as a bare list of events
    # (which the README allows), lost every comment inside it, silently, once a new article gave
    # that event a source: such a file was written whole, as a mapping, keeping only its first lines.
    seed("---\npublished: 2023-09-21\n---\nAsbestos found in Millbrook library\n\n"
         "Workers found asbestos in Millbrook library on Sept. 18, 2023.\n", "works.txt")
    assert extract("seeds", "--out", "events").exit_code == 0
    (path,) = (tmp_path / "events").glob("*.yaml")
    comment = "# phoned the library on 22 Sept: confirmed"
    mine = tmp_path / "events" / "mine.yaml"
    mine.write_text(_bare_list(path.read_text("utf-8"), comment), encoding="utf-8")
    path.unlink()
    before = mine.read_text("utf-8")
    seed("---\npublished: 2023-09-22\n---\nLibrary asbestos\n\n"
         "Workers found asbestos in Millbrook library on Sept. 18, 2023, the city said.\n"
         "Millbrook library shut on Sept. 19, 2023 because of the asbestos.\n", "shut.txt")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "updated: 2023-09-18-" in result.output and "added: 2023-09-19-" in result.output
    after = mine.read_text("utf-8")
    assert _is_subsequence(before.splitlines(), after.splitlines()) and "version:" not in after
    (event_18, event_19) = yaml.safe_load(after)
    assert [s["file"] for s in event_18["sources"]] == ["seeds/works.txt", "seeds/shut.txt"]
    assert str(event_19["date"]) == "2023-09-19"
    assert CliRunner().invoke(cli, ["check", "events"]).exit_code == 0
