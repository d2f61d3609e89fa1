"""Every generated page comes from a template that a site can replace, file by file."""

from pathlib import Path

import pytest

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
EVENTS = [{"date": "2019-01-08", "title": "Arrives", "tags": ["visit"],
           "sources": [{"file": "seeds/kim.txt", "quote": "Kim arrives."}]}]
# template -> a page that shows it
PAGES = {
    "timeline.md.jinja": "timeline/", "year.md.jinja": "timeline/2019/", "year_section.md.jinja": "timeline/2019/",
    "event.md.jinja": "timeline/2019/", "chart.html.jinja": "timeline/", "tags.md.jinja": "tags/",
    "tag.md.jinja": "tags/visit/", "sources.md.jinja": "sources/", "source.md.jinja": "sources/kim/",
    "review.md.jinja": "review/", "date_legend.html.jinja": "timeline/2019/", "month.md.jinja": "timeline/2019-01/",
    "days.html.jinja": "timeline/2019-01/",
}
# Each year its own page (per_year_over 0, the one event is one over); its month its own page too
# only for month.md.jinja and days.html.jinja (per_month_over 0; by default per_month_over is per_year_over).
SPLIT = {"per_year_over": 0, "per_month_over": 1}
BY_MONTH = {"per_year_over": 0, "per_month_over": 0}


def test_every_default_template_is_listed_here():
    assert sorted(p.name for p in TEMPLATES.glob("*.jinja")) == sorted(PAGES)


@pytest.mark.parametrize("template", sorted(PAGES))
def test_a_site_template_replaces_the_default(make_site, template, no_engine):
    marker = f"Overridden {template.split('.')[0]} template"
    site = make_site(EVENTS, articles={"kim.txt": "Kim arrives."}, plugin=BY_MONTH if template in ("month.md.jinja", "days.html.jinja") else SPLIT,
                     templates={template: f"{marker}\n"}).build()
    assert marker in site.html(PAGES[template])


def test_the_stylesheet_can_be_replaced_too(make_site):
    site = make_site(EVENTS, templates={"timeline.css": "/* mine */\n"}).build()
    assert site.file("assets/timeline.css") == "/* mine */\n"
    assert 'href="../assets/timeline.css"' in site.file("timeline/index.html")


@pytest.mark.parametrize("text, line, says", [
    ("# {{ title }\n", 1, "unexpected '}'"),
    ("# {{ title }}\n\n{{ no_such_thing.title }}\n", 3, "'no_such_thing' is undefined"),
    ("{% for e in events %}\n{{ 1 / 0 }}\n{% endfor %}\n", 2, "ZeroDivisionError"),
])
def test_a_broken_site_template_is_named_with_its_line_and_no_traceback(make_site, caplog, text, line, says):
    from mkdocs.exceptions import Abort

    site = make_site(EVENTS, templates={"timeline.md.jinja": text})
    with pytest.raises(Abort):  # what `mkdocs build` turns into one message and exit 1, without a traceback
        site.build()
    message = caplog.text
    assert f"overrides/timeline.md.jinja:{line}: " in message and says in message, message
    assert "fix the template, or delete it" in message
