import re
import pytest
from click.testing import CliRunner

from timeline.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_check_passes_on_good_files_with_a_one_line_summary(write):
    path = write("events/a.yaml", "- {date: 2019-01-08, title: A}\n- {date: June 2018, title: B}\n")
    result = run("check", str(path.parent))
    assert result.exit_code == 0
    assert result.output == "2 events in 1 file: all good\n"


def test_the_summary_says_how_many_events_are_rejected_and_not_shown(write):
    path = write("events/a.yaml", "- {date: 2019-01-08, title: A}\n- {date: 2019-01-09, title: B, status: rejected}\n")
    assert run("check", str(path.parent)).output == "2 events (1 rejected, not shown) in 1 file: all good\n"


def test_the_summary_counts_every_file_read_and_says_event_for_one(write):
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    path = write("events/undated.yaml", "version: 1\nevents: []\nundated:\n  - {title: B, summary: B on Tuesday.}\n")
    result = run("check", str(path.parent))
    assert result.exit_code == 0
    assert result.output.startswith("1 event in 2 files: all good; 1 sentence waits for a date under undated: (")
    assert "no event" not in result.output


def test_a_file_emptied_by_hand_is_named_with_what_to_do(write, tmp_path, monkeypatch):
    # extract asks a person to delete a story's 'undated:' entries once its article has a date; the
    # emptied file stayed beside the story's new one, "all good"
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    write("events/lane-mill.yaml", "# Written by `timeline extract`\nversion: 1\nevents: []\n")
    write("events/rejected.yaml", "- {date: 2019-01-09, title: R, status: rejected}\n")
    result = run("check")
    assert result.exit_code == 0
    assert result.output == ("2 events (1 rejected, not shown) in 3 files: all good; events/lane-mill.yaml holds no "
                             "event and nothing waits there: delete it if you emptied it\n")


def test_a_file_named_twice_is_read_once(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- {id: a, date: 2019-01-08, title: A}\n")
    result = run("check", "events", "events/a.yaml", "./events/a.yaml")
    assert result.exit_code == 0, result.output
    assert result.output == "1 event in 1 file: all good\n"


def test_check_names_file_and_line_and_fails(write, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- date: 2019-01-08\n  title: A\n- date: someday soon\n  title: B\n")
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 1
    assert "events/a.yaml:3: cannot read the date 'someday soon'" in result.output
    assert "Traceback" not in result.output


def test_check_on_a_missing_folder_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "nowhere"])
    assert result.exit_code == 1
    assert "nowhere: no such file or folder" in result.output


def test_check_on_the_articles_folder_says_it_holds_no_event_files(write, tmp_path, monkeypatch):
    # was "0 events in 0 files: all good" and status 0, in CI too
    monkeypatch.chdir(tmp_path)
    write("seeds/a.txt", "The dam leaked on Monday.\n")
    write("seeds/.gitkeep", "")
    write("seeds/a.meta.yaml", "published: 2019-01-07\n")  # an article's side file is no event file
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["check", "seeds"])
    assert result.exit_code == 1
    assert result.output == ("seeds: no event files (.yaml, .yml) here, only other files such as seeds/a.meta.yaml: "
                             "give the folder of your event files (timeline check events)\n")
    assert run("check", "empty").output == "0 events in 0 files: all good\n"  # a new project's events/


def test_the_installed_command_exits_1_without_traceback(write, tmp_path):
    import subprocess
    import sys

    path = write("events/a.yaml", "- date: 2019-01-08\n  title: [not, text]\n")
    done = subprocess.run([sys.executable, "-m", "timeline", "check", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert "a.yaml:2: 'title' should be text, found a list" in done.stderr
    assert "Traceback" not in done.stderr


def test_run_from_the_wrong_folder_check_and_export_say_where_to_run_them(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no events/, no mkdocs.yml: not a project
    for command in (["check"], ["export", "--format", "csv"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 1, command
        assert result.output.startswith("events: no such folder (read when no PATHS are given)"), result.output
        assert f"the one with mkdocs.yml (this is {tmp_path})" in result.output
        assert "timeline init" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("inside", ["seeds", "events", "seeds/older"])
def test_run_from_inside_a_project_every_command_says_to_run_it_one_folder_up(tmp_path, monkeypatch, inside):
    # A new user copies articles into seeds/ and runs `timeline extract` there: the advice was to
    # start a project, in a folder that is in one.
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(cli, ["init", "bridge"]).exit_code == 0
    (tmp_path / "bridge" / inside).mkdir(exist_ok=True)
    monkeypatch.chdir(tmp_path / "bridge" / inside)
    up = "../.." if "/" in inside else ".."
    for command in (["extract"], ["check"], ["export", "--format", "csv"]):
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 1, command
        assert result.output.endswith(f"; this folder ({tmp_path / 'bridge' / inside}) is inside the project "
                                      f"{tmp_path / 'bridge'}: run it there (cd {up})\n"), result.output
        assert "timeline init" not in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in (tmp_path / "bridge" / "events").iterdir()) == [".gitkeep"]


def test_a_day_in_digits_with_one_reading_is_read(write):
    path = write("events/a.yaml", "- {date: 13/06/2023, title: A}\n- {date: 06/06/23, title: B}\n- {date: 6/13/2023, title: C}\n")
    result = run("check", str(path.parent))
    assert result.exit_code == 0, result.output


def test_the_summary_says_how_many_sentences_still_wait_under_undated_and_where(write, tmp_path, monkeypatch):
    # The researcher walk: with 12 sentences of undated articles waiting under `undated:`, check said
    # "63 events in 1 file: all good" and nothing more.
    monkeypatch.chdir(tmp_path)
    write("events/story.yaml", "version: 1\nevents:\n  - {date: 2019-01-08, title: A}\nundated:\n"
                               "  - {title: B, summary: It happened on Friday.}\n  - {title: C}\n")
    write("events/other.yaml", "version: 1\nevents: []\nundated:\n  - {title: D}\n")
    result = run("check")
    assert result.exit_code == 0
    assert result.output == ("1 event in 2 files: all good; 3 sentences wait for a date under undated: "
                             "(events/other.yaml:3, events/story.yaml:4)\n")


def test_entries_under_undated_are_counted_whatever_follows_them(write, tmp_path):
    path = write("events/a.yaml", "version: 1\nundated:\n- {title: A}\n# a comment\n- title: B\n  sources: []\n"
                                  "events:\n  - {date: 2019-01-08, title: C}\n")
    from timeline.loader import undated_entries
    assert undated_entries(path) == (2, 2)
    path.write_text("- {date: 2019-01-08, title: C}\n", encoding="utf-8")
    assert undated_entries(path) == (0, None)


@pytest.mark.parametrize("date", ["2009-04-26", "someday soon"])
def test_a_source_naming_an_article_the_folder_does_not_hold_is_a_problem_with_the_closest_name(write, tmp_path,
                                                                                               monkeypatch, date):
    # a misspelt or renamed article was "all good"; the next `timeline extract` added its events again.
    # Beside a bad date it is said in the same run: it showed only on a second, once the date was mended.
    monkeypatch.chdir(tmp_path)
    write("seeds/who-action.txt", "Health officials scrambled today.\n")
    write("events/a.yaml", f"- date: {date}\n  title: A\n  sources:\n    - file: seeds/who-actoin.txt\n"
                           "      quote: Health officials scrambled today.\n")
    result = run("check")
    assert result.exit_code == 1
    assert ("events/a.yaml:4: the source's file seeds/who-actoin.txt is not in seeds/: write the article's name as it "
            "is (did you mean seeds/who-action.txt?)") in result.output
    assert ("events/a.yaml:1: cannot read the date 'someday soon'" in result.output) == (date == "someday soon")


def test_sources_of_articles_kept_out_of_the_project_or_of_rejected_events_are_no_problem(write, tmp_path,
                                                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = "  sources:\n    - file: {}\n      quote: Q.\n"
    write("events/a.yaml", "- date: 2009-04-26\n  title: A\n" + source.format("notes/private.txt")
          + "- date: 2009-04-27\n  title: B\n  status: rejected\n" + source.format("seeds/gone.txt"))
    (tmp_path / "seeds").mkdir()
    result = run("check")
    assert result.exit_code == 0, result.output


def test_a_file_that_is_not_yaml_says_its_sources_were_not_checked(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("events/a.yaml", "- date: [2009-04-26\n  title: A\n  sources:\n    - file: seeds/a.txt\n")
    result = run("check")
    assert result.exit_code == 1
    assert result.output.endswith("events/a.yaml:2: YAML syntax: did not find expected ',' or ']' (parsing a flow "
                                  "sequence that starts on line 1)\nevents/a.yaml: its sources (their articles and "
                                  "quotes) were not checked, as the file could not be read: run `timeline check` "
                                  "again once it is mended\n")


@pytest.mark.parametrize("missing, present, meant", [
    ("art6_330.txt", "art7_63.txt", None),  # another article, not a typo: it was suggested
    ("art6_330.txt", "art6_331.txt", None),  # its number tells it apart
    ("who-action.txt", "who-action.md", "who-action.md"),  # saved again as Markdown
    ("guardian-flu.txt", "guardian_flu.txt", "guardian_flu.txt"),
])
def test_a_name_is_suggested_only_when_it_is_likely_a_typo_or_a_rename(write, tmp_path, monkeypatch, missing,
                                                                       present, meant):
    monkeypatch.chdir(tmp_path)
    write(f"seeds/{present}", "Health officials scrambled today.\n")
    write("events/a.yaml", f"- date: 2009-04-26\n  title: A\n  sources:\n    - file: seeds/{missing}\n"
                           "      quote: Health officials scrambled today.\n")
    result = run("check")
    assert result.exit_code == 1
    assert f"the source's file seeds/{missing} is not in seeds/" in result.output
    assert ("did you mean" in result.output) == (meant is not None)
    if meant:
        assert f"(did you mean seeds/{meant}?)" in result.output


SITE = "site_name: T\nplugins:\n  - search\n  - timeline:\n      title: T\n      date_order: {order}\n"


def test_a_wrong_date_order_in_mkdocs_yml_is_named_with_its_line_and_fails(write, tmp_path, monkeypatch):
    # extract refused it with its line and mkdocs build without one; check said "all good"
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", SITE.format(order="dayfirst"))
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    result = run("check")
    assert result.exit_code == 1
    assert result.output == ("mkdocs.yml:6: the timeline plugin's option 'date_order': Expected one of: "
                             "('day-first', 'month-first') but received: 'dayfirst'\n")


def test_a_right_date_order_in_mkdocs_yml_is_all_good(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", SITE.format(order="day-first"))
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    assert run("check").output == "1 event in 1 file: all good\n"


def test_a_wrong_date_order_in_mkdocs_yml_is_said_beside_the_event_files_problems(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", SITE.format(order="dmy"))
    write("events/a.yaml", "- {date: someday soon, title: A}\n")
    lines = run("check").output.splitlines()
    assert lines[0].startswith("events/a.yaml:1: cannot read the date 'someday soon'")
    assert lines[1].startswith("mkdocs.yml:6: the timeline plugin's option 'date_order': ")


def test_a_mkdocs_yml_that_is_not_yaml_is_left_to_mkdocs(write, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write("mkdocs.yml", "site_name: [T\n")
    write("events/a.yaml", "- {date: 2019-01-08, title: A}\n")
    assert run("check").output == "1 event in 1 file: all good\n"


@pytest.mark.parametrize("meta, where", [
    ("front", "seeds/a.txt:3: 'date_order' in the front matter"),
    ("side", "seeds/a.meta.yaml:2: 'date_order' in the side file a.meta.yaml"),
])
def test_a_wrong_date_order_in_a_cited_articles_metadata_is_named_with_its_line(write, tmp_path, monkeypatch, meta, where):
    monkeypatch.chdir(tmp_path)
    body = "Talks began on 07/04/2020 in Paris.\n"
    if meta == "front":
        text = "---\ntitle: A\ndate_order: dmy\n---\n" + body
    else:
        text = body
        write("seeds/a.meta.yaml", "title: A\ndate_order: dmy\n")
    write("seeds/a.txt", text)
    start = text.index("Talks")
    write("events/a.yaml", "- date: 2020-04-07\n  title: Talks\n  sources:\n    - file: seeds/a.txt\n"
                           f"      quote: Talks began on 07/04/2020 in Paris.\n      span: [{start}, {start + 35}]\n")
    result = run("check")
    assert result.exit_code == 1
    assert result.output == f"{where} should be day-first or month-first (how the article writes 07/04/2020), found 'dmy'\n"
    # said once per article, however many sources cite it
    write("events/b.yaml", "- date: 2020-04-07\n  title: Talks again\n  sources:\n    - file: seeds/a.txt\n"
                           f"      quote: Talks began on 07/04/2020 in Paris.\n      span: [{start}, {start + 35}]\n")
    assert run("check").output.count("date_order") == 1


def test_a_file_none_of_whose_articles_is_left_is_said_once_with_what_to_do(write, tmp_path, monkeypatch):
    # The walk of stop 33: the demo's articles replaced by one's own, its event file left; check said
    # eleven lines, each asking for its article back, and nothing of the file as a whole.
    monkeypatch.chdir(tmp_path)
    write("seeds/mine.txt", "Health officials scrambled today.\n")
    source = "  sources:\n    - file: seeds/{}\n      quote: Q.\n"
    write("events/demo.yaml", "- date: 2019-01-08\n  title: A\n" + source.format("kim-1.txt")
          + "- date: 2019-01-09\n  title: B\n" + source.format("kim-2.txt") + "- date: 2019-01-10\n  title: C\n"
          + source.format("kim-1.txt"))
    write("events/mine.yaml", "- date: 2019-01-08\n  title: A\n" + source.format("mine.txt")
          + "- date: 2019-01-09\n  title: B\n" + source.format("gone.txt"))
    result = run("check")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == ("events/demo.yaml: none of the 2 articles its events cite is in seeds/ (seeds/kim-1.txt, "
                        "seeds/kim-2.txt): if you replaced them with others (the demo's articles with your own), delete "
                        "this file; if you moved or renamed them, put them back as the lines below say")
    assert sum(bool(re.match(r"events/demo.yaml:\d+: ", line)) for line in lines) == 3  # each source's line still
    # a file with an article left names its missing one alone
    assert not any(line.startswith("events/mine.yaml: ") for line in lines)
    assert any(line.startswith("events/mine.yaml:9: the source's file seeds/gone.txt") for line in lines)
