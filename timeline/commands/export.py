from __future__ import annotations

from pathlib import Path

import click

from timeline.atomic import is_plain_target, write_all, write_in_place
from timeline.console import echo
from timeline.errors import TimelineError, display_path, doing
from timeline.export import ExportContext, formats
from timeline.loader import load_events
from timeline.render import SiteOptions

FORMAT_NAMES = ("json", "timelinejs", "ics", "csv", "atom", "wikitext")
WIKITEXT_ORDERS = ("dmy", "mdy")
READING_ORDERS = ("day-first", "month-first")  # timeline tag's --date-order, the plugin's date_order


@click.command(short_help="Export the events to another tool's format (default: JSON).")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "-f", "format_name", type=click.Choice(FORMAT_NAMES), default="json", show_default=True,
              help="json: our schema (docs/exports.md); timelinejs; ics: iCalendar; csv; atom: a feed; "
              "wikitext: a list to paste into a wiki's 'Timeline of ...' article.")
@click.option("--out", "-o", type=click.Path(path_type=Path, dir_okay=False), help="Write to FILE instead of standard output.")
@click.option("--title", help="Title of the calendar, feed, TimelineJS story or wikitext list. Default: the title "
              "the site gives its exports (the timeline plugin's title in ./mkdocs.yml), else 'Timeline'.")
@click.option("--site-url", help="Address of the published site, for links to each event (feed, calendar, JSON). "
              "Default: site_url in ./mkdocs.yml.")
@click.option("--bom", is_flag=True, help="csv and wikitext only: begin with a byte order mark, as the site's "
              "events.csv and wikitext.txt do, so that Excel, or a browser given no charset, reads it as UTF-8.")
@click.option("--wikitext-date-order", "date_order", type=click.Choice(WIKITEXT_ORDERS),
              help="wikitext only: dmy writes '28 April 2009', mdy 'April 28, 2009' (articles on American topics). "
              "Default: the timeline plugin's wikitext_date_order in ./mkdocs.yml, else dmy.")
# The option's first name, kept for the scripts that use it; hidden, as `timeline tag --date-order` (and
# the plugin's date_order) name how a numeric date is read, day-first or month-first, another thing.
@click.option("--date-order", "old_date_order", hidden=True)
@click.option("--access-date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="wikitext only: the day you read the cited pages, the |access-date= of each citation with "
              "a url whose article (accessed: in its metadata) or event source does not give its own.")
def export(paths: tuple[Path, ...], format_name: str, out: Path | None, title: str | None, site_url: str | None,
           bom: bool, date_order: str | None, old_date_order: str | None, access_date) -> None:
    """Export the events (default: the events/ folder) to another tool's format."""
    if bom and not formats()[format_name].published_prefix:
        raise click.UsageError(f"--bom is for --format csv or wikitext; a {format_name} file has no byte order mark")
    date_option = "--wikitext-date-order"
    if old_date_order is not None:
        date_order, date_option = _old_date_order(old_date_order, date_order), "--date-order"
    for given, option in ((date_order, date_option), (access_date, "--access-date")):
        if given and format_name != "wikitext":
            raise click.UsageError(f"{option} is for --format wikitext; a {format_name} file writes its dates as its format defines them")
    from timeline.plugin import TimelineConfig  # MkDocs is imported only by the commands that need it
    from timeline.site.build import event_paths

    if not paths:
        from timeline.commands._folder import require_default

        require_default(Path("events"), "no such folder (read when no PATHS are given); "
                                        "give the folder or files of your events: timeline export PATH --format ...")
    events = load_events(list(paths) or [Path("events")])
    settings = _site_settings(title_given=title is not None)
    if title is None:
        title = settings.plugin.title if settings else TimelineConfig().title
    if site_url is None and settings:
        site_url = settings.site_url
    if date_order is None:
        date_order = settings.plugin.wikitext_date_order if settings else TimelineConfig().wikitext_date_order
    # Links follow the site's layout (one page, or one per year above per_year_over events).
    options = settings.options() if settings else SiteOptions()
    events, dated, versions = _as_the_site_cites(events, settings)
    context = ExportContext(title=title, site_url=site_url, event_path=event_paths(events, options),
                            min_confidence=options.min_confidence, dated=dated, date_order=date_order, versions=versions,
                            access_date=access_date.date().isoformat() if access_date else None)
    fmt = formats()[format_name]
    # The whole text is made before a byte is written: a failure leaves no half-written output.
    with doing(f"writing the {fmt.label} export (--format {format_name}) of {_names(paths)} to "
               f"{display_path(out) if out else 'standard output'}", outcome="nothing was written"):
        text = fmt.published(events, context) if bom else fmt.write(events, context)
    for note in fmt.left_out(events):
        echo(note, err=True)
    if out is None:
        echo(text, nl=False, hint="or give --out FILE: a file is written whole or not at all")
        return
    # A folder of --out that is not there is made, as `timeline extract --out` makes its folder, and said:
    # a typo in the path made folders without a word.
    made = None if out.parent.exists() else out.parent
    if is_plain_target(out):
        write_all({out: text})  # to a temporary file beside it, then renamed: never half a file
    else:
        write_in_place(out, text)  # /dev/stdout, a pipe: renaming over it would replace it with a file
    echo(f"wrote {out} ({format_name}{f'; made the folder {display_path(made)}' if made else ''})", err=True)


def _old_date_order(value: str, given: str | None) -> str:
    """The wikitext date order that `--date-order`, the option's first name, gives; a usage error for
    day-first or month-first, which name how `timeline tag` reads a numeric date, not how wikitext writes one."""
    if value in READING_ORDERS:
        raise click.UsageError(f"--date-order {value} names how a numeric date such as 07/04/2020 is read (timeline tag "
                               f"--date-order; for timeline extract, the timeline plugin's date_order in mkdocs.yml), "
                               f"not how an export writes one: for the dates of wikitext give --wikitext-date-order "
                               f"dmy ('28 April 2009') or mdy ('April 28, 2009')")
    if value not in WIKITEXT_ORDERS:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(map(repr, WIKITEXT_ORDERS))}: give "
                                 f"--wikitext-date-order dmy or mdy", param_hint="'--date-order'")
    if given is not None and given != value:
        raise click.UsageError(f"--date-order {value} and --wikitext-date-order {given} say two things: give "
                               f"--wikitext-date-order alone (--date-order is its old name)")
    return value


def _as_the_site_cites(events: list, settings) -> tuple[list, dict[str, str], dict]:
    """The events with each source as the site's pages cite it: the article's own title, outlet, url
    and date over the event file's copies, what a person typed over either (see Article.cited); the
    dates the articles give themselves now, by which the site marks a date uncertain or not; and the
    copies of each page saved more than once, which the exports name once, with its versions."""
    from timeline.plugin import TimelineConfig
    from timeline.site.articles import citing, collect_articles, with_citations
    from timeline.site.review import own_dates
    from timeline.site.versions import page_copies

    folder = Path((settings.plugin if settings else TimelineConfig()).articles)
    shown = [e for e in events if e.status != "rejected"]
    articles = collect_articles(folder, Path("."), shown, dates=False)
    return with_citations(events, citing(articles)), own_dates(articles), page_copies(articles)


def _names(paths: tuple[Path, ...]) -> str:
    return ", ".join(display_path(p) for p in paths) if paths else "events/"


def _site_settings(title_given: bool):
    """The settings of the site in the working folder that its own exports follow (title, address, layout).

    A mkdocs.yml that cannot be read stops the export when the title would come from it; with --title
    given the export goes on with the default layout, and says so."""
    from timeline.plugin import site_settings

    try:
        return site_settings(Path("."))
    except TimelineError as error:
        if not title_given:
            raise TimelineError(f"{error}; the export takes its title from there: fix it, or give --title") from None
        echo(f"note: {error}; links follow the default layout", err=True)
        return None
