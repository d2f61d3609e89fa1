"""The `timeline` command: a thin group; each command's module is imported only when it runs."""

from __future__ import annotations

import importlib
import click

from timeline import __version__
from timeline.errors import TimelineError

# name -> "module:attribute" of a click command
COMMANDS = {
    "check": "timeline.commands.check:check",
    "export": "timeline.commands.export:export",
    "extract": "timeline.commands.extract:extract",
    "tag": "timeline.commands.tag:tag",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(COMMANDS)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)

    def invoke(self, ctx):
        # A user's mistake is a message and exit status 1, never a traceback.
        try:
            return super().invoke(ctx)
        except TimelineError as error:
            click.echo(str(error), err=True)
            ctx.exit(error.exit_code)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="timeline")
def cli():
    """Turn news articles and event YAML into a timeline site."""


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="timeline")
