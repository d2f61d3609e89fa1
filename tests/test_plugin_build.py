"""Build real MkDocs sites with the plugin (in-process, as `mkdocs build` does)."""

import re

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

from timeline.period import parse_value


def build_site(root):
    config = load_config(str(root / "mkdocs.yml"))
    build(config)
    return root / "site"


def event_ids(html):
    return re.findall(r'<h[2-4] class="tl-event" id="([^"]+)"', html)


def test_the_demo_site_lists_events_in_date_order_with_sources(demo_site):
    html = (build_site(demo_site) / "timeline" / "index.html").read_text()
    ids = event_ids(html)
    assert len(ids) >= 8
    datetimes = re.findall(r'<h[2-4] class="tl-event" id="[^"]+"><time datetime="([^"]+)"', html)
    assert datetimes[0] == "2018-06" and datetimes[-1].startswith("2019-01-10")
    assert "June 2018" in html and "Tue 8 Jan 2019" in html
    # in the page's text (a path's markup keeps its parts whole on a phone)
    assert "seeds/000_207661d1272d65b9.txt" in re.sub(r"<[^>]+>", "", html).replace("\\", "")
    assert not (demo_site / "docs" / "timeline.md").exists(), "generated pages stay in memory"


def test_editing_a_date_moves_the_event(demo_site):
    events = demo_site / "events" / "kim-beijing-2019.yaml"
    text = events.read_text()
    moved = re.search(r"- id: (\S+)\n    date: 2018-06\n", text).group(1)
    events.write_text(text.replace(f"- id: {moved}\n    date: 2018-06\n", f"- id: {moved}\n    date: Jan. 9, 2019\n"))
    html = (build_site(demo_site) / "timeline" / "index.html").read_text()
    order = re.findall(r'<h[2-4] class="tl-event" id="([^"]+)"><time datetime="([^"]+)"', html)
    position = [i for i, (event_id, _) in enumerate(order) if event_id == moved]
    assert position, "the edited event is still shown"
    first_day = [parse_value(when).first.isoformat() for _, when in order]
    here = position[0]
    assert order[here][1] == "2019-01-09"
    assert all(day <= "2019-01-09" for day in first_day[:here]) and all(day >= "2019-01-09" for day in first_day[here + 1 :])
    assert "2019-01-08" in first_day[:here]


def test_a_broken_event_file_stops_the_build_naming_file_and_line(demo_site, caplog):
    (demo_site / "events" / "broken.yaml").write_text("- date: 2019-01-08\n  titel: x\n")
    with pytest.raises((PluginError, Abort)):
        build_site(demo_site)
    assert "broken.yaml:2: unknown key 'titel' in event: did you mean 'title'?" in caplog.text


def test_a_broken_event_file_stops_the_build_before_the_last_good_site_is_emptied(demo_site):
    # The editor walk: a tab in an event file stopped `mkdocs build`, and site/ was found empty.
    site = build_site(demo_site)
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    (demo_site / "events" / "broken.yaml").write_text("- date: 2019-01-08\n\ttitle: x\n")
    with pytest.raises((PluginError, Abort)):
        build_site(demo_site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before


def test_a_site_template_overrides_the_default_file_by_file(demo_site):
    (demo_site / "overrides").mkdir()
    (demo_site / "overrides" / "timeline.md.jinja").write_text("# Mine\n\n{{ events | length }} events\n")
    config = (demo_site / "mkdocs.yml").read_text().replace("articles: seeds", "articles: seeds\n      templates: overrides")
    (demo_site / "mkdocs.yml").write_text(config)
    html = (build_site(demo_site) / "timeline" / "index.html").read_text()
    assert "Mine" in html and re.search(r"\d+ events", html)


def test_hostile_text_shows_as_text(demo_site):
    (demo_site / "events" / "hostile.yaml").write_text(
        "- date: 2019-01-08\n"
        "  title: '<script>alert(1)</script> {{ 7*7 }} [x](javascript:alert(2))'\n"
        "  summary: '<img src=x onerror=alert(3)> [click](javascript:alert(4))'\n"
        "  tags: ['<b>bold</b>']\n"
        "  sources:\n"
        "    - {url: 'javascript:alert(5)', quote: '<iframe src=x>'}\n"
    )
    html = (build_site(demo_site) / "timeline" / "index.html").read_text()
    body = html.split('<article', 1)[1]
    assert "<script>alert" not in body and "&lt;script&gt;" in body
    assert "{{ 7*7 }}" in body, "Jinja syntax in data is never evaluated"
    assert "<img" not in body and "<iframe" not in body and "<b>bold" not in body
    assert "javascript:" not in re.findall(r'href="([^"]*)"', body).__str__()
