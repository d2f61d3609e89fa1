from pathlib import Path

from click.testing import CliRunner

from timeline.cli import COMMANDS, cli


def test_the_command_list_gives_each_commands_whole_summary_and_where_to_begin():
    # a new user read "Export the events (default: the events/ folder) to another..." and four more cut short
    output = CliRunner().invoke(cli, ["--help"], terminal_width=80).output
    listed = output.split("Commands:\n")[1].split("\n\n")[0].splitlines()
    assert [line.split()[0] for line in listed] == sorted(COMMANDS)
    assert not [line for line in listed if line.endswith("...")]
    assert "timeline init FOLDER" in output.split("Commands:\n")[1]


def test_init_help_names_every_file_it_writes(tmp_path):
    # it left out docs/exports.md, .gitignore and requirements.txt, which a person then found unexplained
    from timeline.commands.init import init

    runner = CliRunner()
    written = [line.split(" ", 1)[1] for line in runner.invoke(cli, ["init", str(tmp_path / "p")]).output.splitlines()
               if line.startswith("wrote ")]
    names = {Path(w).relative_to(tmp_path / "p").as_posix().removesuffix(".gitkeep") for w in written}
    names = {"workflow" if name.startswith(".github/") else name for name in names}
    assert {"mkdocs.yml", "seeds/", "events/", "workflow"} <= names
    words = " ".join(init.help.split())
    assert [name for name in sorted(names) if name not in words] == []


def test_extract_help_says_how_to_give_an_article_its_date():
    # A new user reading `timeline extract --help` learnt nothing of dates, the first thing to get right.
    output = " ".join(CliRunner().invoke(cli, ["extract", "--help"], terminal_width=100).output.split())
    assert 'a line "published: YYYY-MM-DD" in its front matter, or in NAME.meta.yaml beside it' in output
    assert 'wait under "undated:"' in output
