"""Small sites built for real with MkDocs (in-process, as `mkdocs build --strict` does)."""

from __future__ import annotations

import re
import types
from pathlib import Path

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from timeline.dates import reason_words

REPO = Path(__file__).resolve().parents[2]


class Site:
    def __init__(self, root: Path):
        self.root = root
        self.out = root / "site"

    def build(self) -> Site:
        build(load_config(str(self.root / "mkdocs.yml")))
        return self

    def html(self, page: str) -> str:
        """The page's own content (inside <article>), e.g. page="timeline/"."""
        text = (self.out / page / "index.html").read_text(encoding="utf-8") if page.endswith("/") or page == "" \
            else (self.out / page).read_text(encoding="utf-8")
        return text.split("<article", 1)[1].split("</article>", 1)[0]

    def file(self, path: str) -> str:
        return (self.out / path).read_text(encoding="utf-8")


@pytest.fixture
def saved_twice() -> tuple[list[dict], dict[str, str]]:
    """Events and articles of a page saved twice (the same URL, a later update time), whose update
    corrected a figure: one event cites both copies, one the earlier copy alone. Words to escape."""
    def copy(figure, updated, url="https://x.example/story"):
        return f"---\nurl: {url}\nupdated: {updated}\n---\nAbout {figure} <residents> were evacuated before dawn.\n"
    articles = {"v1.txt": copy("1,200", "2026-03-07T11:20"), "v2.txt": copy("2,300", "2026-03-08T09:05", "https://X.example/story/")}
    sources = [{"file": f"seeds/{name}", "quote": f"About {figure} <residents> were evacuated before dawn."}
               for name, figure in (("v1.txt", "1,200"), ("v2.txt", "2,300"))]
    events = [{"date": "2026-03-07", "title": "Residents evacuated", "sources": sources},
              {"date": "2026-03-08", "title": "Cited from the first copy alone", "sources": sources[:1]}]
    return events, articles


@pytest.fixture
def make_site(tmp_path):
    """make_site(events=[...], articles={name: text}, plugin={option: value}, nav=False) -> Site (not built)."""

    def _make(events: list | None = None, articles: dict | None = None, plugin: dict | None = None,
              templates: dict | None = None, config: dict | None = None, root: Path | None = None) -> Site:
        root = root or tmp_path / "site-src"
        (root / "docs").mkdir(parents=True, exist_ok=True)
        (root / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
        (root / "events").mkdir(exist_ok=True)
        (root / "events" / "events.yaml").write_text(yaml.safe_dump(events or [], allow_unicode=True), encoding="utf-8")
        (root / "seeds").mkdir(exist_ok=True)
        for name, text in (articles or {}).items():
            (root / "seeds" / name).write_text(text, encoding="utf-8")
        options = {"events": "events", "articles": "seeds", **(plugin or {})}
        if templates:
            (root / "overrides").mkdir(exist_ok=True)
            for name, text in templates.items():
                (root / "overrides" / name).write_text(text, encoding="utf-8")
            options["templates"] = "overrides"
        mkdocs = {
            "site_name": "Test timeline", "strict": True,
            "theme": {"name": "material", "font": False},
            "plugins": ["search", {"timeline": options}],
            "markdown_extensions": ["attr_list", {"toc": {"permalink": True}}],
            **(config or {}),
        }
        (root / "mkdocs.yml").write_text(yaml.safe_dump(mkdocs, allow_unicode=True), encoding="utf-8")
        return Site(root)

    return _make


@pytest.fixture
def fake_engine(monkeypatch):
    """A stand-in for timeline.dates: tags every 'Tuesday' (value 2019-01-08) and 'someday' (unresolved)."""

    def tag(text, reference=None):
        timexes = []
        for m in re.finditer(r"Tuesday|someday", text):
            resolved = m.group(0) == "Tuesday"
            timexes.append(types.SimpleNamespace(
                start=m.start(), end=m.end(), text=m.group(0), type="DATE",
                value="2019-01-08" if resolved else "XXXX-XX-XX", confidence=0.9 if resolved else 0.2,
                reason="weekday before the reference <b>date</b>" if resolved else "no anchor",
            ))
        return types.SimpleNamespace(
            reference=reference or __import__("datetime").date(2019, 1, 10),
            reference_source="given" if reference else "inferred",
            reference_reason="" if reference else "the latest date the article mentions",
            timexes=timexes,
        )

    # Its reasons are worded for a reader as the real engine words them (no "[rule ...]" tail).
    engine = types.SimpleNamespace(tag=tag, reason_words=reason_words)
    # Only the site's door to the engine is replaced: the loader keeps reading dates with the real one.
    monkeypatch.setattr("timeline.site.dates._engine", lambda: engine)
    return engine


@pytest.fixture
def no_engine(monkeypatch):
    """As if timeline.dates were not installed, for the source pages."""
    monkeypatch.setattr("timeline.site.dates._engine", lambda: None)
