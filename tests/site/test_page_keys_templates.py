"""Under `mkdocs serve` a page is rendered from the template bytes its key was made of (TemplateSnapshot)."""

from __future__ import annotations

from pathlib import Path

from timeline.loader import load_events
from timeline.render import default_templates_dir, plan_pages
from timeline.site import layout
from timeline.site.page_keys import PageKeys

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_template_saved_while_a_build_renders_leaves_no_page_under_another_templates_key(tmp_path):
    events = load_events([FIXTURES / "events"])
    own = tmp_path / "templates"
    own.mkdir()
    template = own / "tags.md.jinja"
    shipped = (default_templates_dir() / "tags.md.jinja").read_text(encoding="utf-8")
    template.write_text(shipped + "\nVersion A\n", encoding="utf-8")
    keys = PageKeys()

    pages = plan_pages(events, own, page_keys=keys, title="T")
    template.write_text(shipped + "\nVersion B\n", encoding="utf-8")  # after the keys were made, before rendering
    first = pages[layout.TAGS_INDEX]()
    assert "Version A" in first and "Version B" not in first, "rendered from the bytes the key was made of"

    keys.next_build()  # the save of B starts a build: B's key, B's page
    assert "Version B" in plan_pages(events, own, page_keys=keys, title="T")[layout.TAGS_INDEX]()

    template.write_text(shipped + "\nVersion A\n", encoding="utf-8")  # A again: A's page, which A made
    keys.next_build()
    assert plan_pages(events, own, page_keys=keys, title="T")[layout.TAGS_INDEX]() == first


def test_a_template_read_with_windows_line_ends_renders_as_from_its_file(tmp_path):
    events = load_events([FIXTURES / "events"])
    own = tmp_path / "templates"
    own.mkdir()
    shipped = (default_templates_dir() / "tags.md.jinja").read_text(encoding="utf-8")
    (own / "tags.md.jinja").write_bytes((shipped + "\nLine one\r\nLine two\rLine three\n").replace("\n", "\r\n").encode())
    served = plan_pages(events, own, page_keys=PageKeys(), title="T")[layout.TAGS_INDEX]()
    assert served == plan_pages(events, own, title="T")[layout.TAGS_INDEX]()
    assert "\r" not in served
