"""Render events into Markdown pages through Jinja templates; no site generator involved."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import jinja2

from timeline import period as period_module
from timeline.model import Event
from timeline.period import range_label
from timeline.text import html_text, inline_text, markdown_text

TIMELINE_PAGE = "timeline.md"


def default_templates_dir() -> Path:
    """The templates that ship with the package (a source checkout keeps them at the top level)."""
    packaged = resources.files("timeline").joinpath("templates")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def template_environment(site_templates: Path | None = None) -> jinja2.Environment:
    """Jinja with the site's own templates first, so that a site overrides them file by file."""
    folders = [str(site_templates)] if site_templates else []
    folders.append(str(default_templates_dir()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        autoescape=False,
        finalize=html_text,  # every {{ value }} is HTML-escaped unless a filter said it is safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(inline=inline_text, markdown=markdown_text, html=html_text)
    return env


@dataclass(frozen=True)
class MonthGroup:
    label: str
    events: list[Event]


@dataclass(frozen=True)
class YearGroup:
    year: int
    events: list[Event]  # known only to the year (or coarser): shown before the months
    months: list[MonthGroup]


def group_by_year_and_month(events: list[Event]) -> list[YearGroup]:
    """Events in date order under year and month headings."""
    years = []
    for year, in_year in itertools.groupby(events, key=lambda e: e.date.first.year):
        in_year = list(in_year)
        coarse = [e for e in in_year if period_module.PRECISION_RANK[e.date.precision] < period_module.PRECISION_RANK["month"]]
        fine = [e for e in in_year if e not in coarse]
        months = [
            MonthGroup(period_module.parse_value(f"{year:04d}-{month:02d}").label, list(group))
            for month, group in itertools.groupby(fine, key=lambda e: e.date.first.month)
        ]
        years.append(YearGroup(year, coarse, months))
    return years


def render_pages(events: list[Event], site_templates: Path | None = None, **context) -> dict[str, str]:
    """Markdown of every generated page, by its path in the docs."""
    env = template_environment(site_templates)
    shown = [e for e in events if e.status != "rejected"]
    page = env.get_template("timeline.md.jinja").render(
        events=shown,
        years=group_by_year_and_month(shown),
        date_label=lambda event: range_label(event.date, event.end),
        **context,
    )
    return {TIMELINE_PAGE: page}
