from __future__ import annotations

from pathlib import Path

import click

from timeline.export import ExportContext, formats
from timeline.loader import load_events

FORMAT_NAMES = ("json", "timelinejs", "ics", "csv", "atom")


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "-f", "format_name", type=click.Choice(FORMAT_NAMES), default="json", show_default=True,
              help="json: our schema (docs/exports.md); timelinejs; ics: iCalendar; csv; atom: a feed.")
@click.option("--out", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE instead of standard output.")
@click.option("--title", help="Title of the calendar, feed or TimelineJS story. Default: the title the site gives its "
              "exports (the timeline plugin's title in ./mkdocs.yml), else 'Timeline'.")
@click.option("--site-url", help="Address of the published site, for links to each event (feed, calendar, JSON).")
def export(paths: tuple[Path, ...], format_name: str, out: Path | None, title: str | None, site_url: str | None) -> None:
    """Export the events (default: the events/ folder) to another tool's format."""
    from timeline.site.build import event_paths

    events = load_events(list(paths) or [Path("events")])
    if title is None:
        title = _site_title()
    # Links follow the plugin's default layout (one page, or one per year above 400 events).
    context = ExportContext(title=title, site_url=site_url, event_path=event_paths(events))
    text = formats()[format_name].write(events, context)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8", newline="")
        click.echo(f"wrote {out} ({format_name})", err=True)


def _site_title() -> str:
    """The title the site in the working folder gives the exports it publishes, as the plugin reads it."""
    from timeline.errors import TimelineError
    from timeline.plugin import TimelineConfig, site_config

    try:
        config = site_config(Path("."))
    except TimelineError as error:
        raise TimelineError(f"{error}; the export takes its title from there: fix it, or give --title") from None
    return config.title if config is not None else TimelineConfig().title
