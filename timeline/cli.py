"""The `timeline` command: a thin group; each command's module is imported only when it runs."""

from __future__ import annotations

import contextlib
import importlib
import sys

import click

from timeline import __version__
from timeline.console import from_clicks_output
from timeline.errors import DEBUG_VARIABLE, Bug, TimelineError

INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command stopped by Ctrl-C

# name -> "module:attribute" of a click command
COMMANDS = {
    "check": "timeline.commands.check:check",
    "export": "timeline.commands.export:export",
    "extract": "timeline.commands.extract:extract",
    "init": "timeline.commands.init:init",
    "tag": "timeline.commands.tag:tag",
}

_COMMAND_LOADING = "timeline.command"  # ctx.meta key: the command whose module get_command imports


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        # Named before its module loads: click sets ctx.invoked_subcommand only once the command is
        # found, and a module that fails to load (a syntax error) was reported as `timeline None`.
        ctx.meta[_COMMAND_LOADING] = name
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)

    def invoke(self, ctx):
        # A user's mistake is a message and exit status 1, never a traceback. So is a bug, once for
        # every command: a paragraph saying what failed and how to see the traceback, exit status 70.
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise  # click's own: it prints them and knows their exit status
        except BrokenPipeError:
            raise  # the reader went away (`timeline tag ... | head`): click ends quietly, as a pipe should
        except KeyboardInterrupt:
            # Click said "Aborted!" with status 1, the status of a mistake in the files, and nothing
            # of what the stopped run left. Files are written whole at the end (atomic.write_all).
            what = f"`timeline {ctx.invoked_subcommand}`" if ctx.invoked_subcommand else "timeline"  # None while loading it
            _say(f"interrupted: {what} stopped; no file is half-written (each is as it was, or whole as this run wrote "
                 "it at its end)")
            ctx.exit(INTERRUPTED)
        except TimelineError as error:
            _say(str(error))
            ctx.exit(error.exit_code)
        except Exception as error:  # noqa: BLE001 - nobody foresaw it: a bug of ours, said as one
            if (full := from_clicks_output(error)) is not None:  # a command's --help to a full disk
                _say(str(full))
                ctx.exit(full.exit_code)
            if ctx.params.get("debug"):
                raise
            name = ctx.invoked_subcommand or ctx.meta.get(_COMMAND_LOADING)
            bug = error if isinstance(error, Bug) else Bug(f"running `timeline {name}`", error)
            _say(bug.report(f"To see the traceback, run it again as `timeline --debug {name} ...` "
                            f"(or with {DEBUG_VARIABLE}=1)."))
            ctx.exit(bug.exit_code)


def _say(message: str) -> None:
    """The message on standard error; when that cannot be written either (a full disk), the exit
    status is all that is left to tell."""
    with contextlib.suppress(OSError):
        click.echo(message, err=True)


# A new user's first `timeline --help` listed five commands and not where to begin.
_START = """\b
Start a timeline:
  timeline init FOLDER    # then put your articles in FOLDER/seeds/
  cd FOLDER && timeline extract && mkdocs serve
"""


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]}, epilog=_START)
@click.version_option(__version__, prog_name="timeline")
@click.option("--debug", is_flag=True, envvar=DEBUG_VARIABLE,
              help=f"Show the traceback of an unexpected error (a bug), to report it. Also: {DEBUG_VARIABLE}=1.")
def cli(debug: bool):
    """Turn news articles and event YAML into a timeline site."""


def main(argv: list[str] | None = None) -> None:
    try:
        cli.main(args=argv, prog_name="timeline")
    except OSError as error:  # click's own text (--help, --version) to a full disk: no bug either
        full = from_clicks_output(error)
        if full is None:
            raise
        _say(str(full))
        sys.exit(full.exit_code)
