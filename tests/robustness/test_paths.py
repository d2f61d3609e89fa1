"""Paths: ids, slugs and source file names cannot escape the docs or output folders, and every
generated file name is valid on Linux, macOS and Windows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from figures import example_ran
from hypothesis import given
from hypothesis import strategies as st
from mkdocs.commands.build import build
from mkdocs.config import load_config

from timeline.errors import ProblemsError
from timeline.loader import derive_id, load_events, slugify

REPO = Path(__file__).resolve().parents[2]
WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}
WINDOWS_FORBIDDEN = re.compile(r'[<>:"\\|?*\x00-\x1f]')


def portable_name_problem(name: str) -> str | None:
    """Why a file or folder name would not work on one of Linux, macOS or Windows, if it would not."""
    if len(name.encode("utf-8")) > 255:
        return "longer than 255 bytes"
    if WINDOWS_FORBIDDEN.search(name):
        return "a character Windows forbids"
    if name.endswith((".", " ")):
        return "ends in a dot or a space"
    if name.split(".", 1)[0].lower() in WINDOWS_RESERVED:
        return "a name Windows reserves"
    return None


# source 'file' values that must be refused by the loader, with the reason in words
ESCAPING_FILES = [
    ("parent folder", "../secret.txt"),
    ("parent of parent inside a path", "seeds/../../secret.txt"),
    ("absolute", "/etc/passwd"),
    ("Windows drive", "C:\\Windows\\win.ini"),
    ("Windows drive with slashes", "C:/Windows/win.ini"),
    ("UNC path", "\\\\server\\share\\x.txt"),
    ("backslash parent", "seeds\\..\\..\\secret.txt"),
    ("full-width dots and slash", "\uff0e\uff0e\uff0fsecret.txt"),
    ("NTFS stream", "seeds/a.txt:hidden"),
    ("NUL byte", "seeds/a.txt\x00.png"),
    ("newline", "seeds/a\n.txt"),
    ("empty", ""),
    ("only a parent", ".."),
]


@pytest.mark.hostile("paths: source file names")
@pytest.mark.parametrize("name, file", ESCAPING_FILES, ids=[f[0] for f in ESCAPING_FILES])
def test_a_source_file_outside_the_project_is_refused(write, name, file):
    path = write("e.yaml", yaml.safe_dump([{"date": "2019-01-08", "title": "A", "sources": [{"file": file}]}]))
    with pytest.raises(ProblemsError) as caught:
        load_events([path])
    (problem,) = caught.value.problems
    assert "should be a path inside the project, such as 'seeds/article.txt'" in problem.message or "control character" in problem.message


@pytest.mark.parametrize("file", ["seeds/a.txt", "./seeds/a.txt", "seeds/sub/ünïcödé (1).txt", "seeds/it's & more.txt"])
def test_ordinary_source_files_are_accepted(write, file):
    path = write("e.yaml", yaml.safe_dump([{"date": "2019-01-08", "title": "A", "sources": [{"file": file}]}]))
    assert load_events([path])[0].sources[0].file == file


ESCAPING_IDS = ["../x", "/etc/passwd", "a/b", "a\\b", "C:x", "X", "a b", "-a", "_a", "a.b", "é", "a\n", "", "ａ"]


@pytest.mark.hostile("paths: ids")
@pytest.mark.parametrize("given_id", ESCAPING_IDS)
def test_an_unsafe_explicit_id_is_refused(write, given_id):
    path = write("e.yaml", yaml.safe_dump([{"date": "2019-01-08", "title": "A", "id": given_id}]))
    with pytest.raises(ProblemsError) as caught:
        load_events([path])
    assert "may only use lower-case letters, digits, '-' and '_'" in str(caught.value)


@given(value=st.sampled_from(["2019-01-08", "2018-06", "2018", "2018-SU", "201", "2019-01-08T14:00"]), title=st.text())
def test_derived_ids_are_safe_anchors_and_file_names(value, title):
    example_ran("paths: derive_id over arbitrary titles")
    derived = derive_id(value, title)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", derived) and len(derived) <= 80
    assert portable_name_problem(derived) is None


@given(text=st.text())
def test_slugs_are_ascii_words(text):
    example_ran("paths: slugify over arbitrary text")
    slug = slugify(text)
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", slug)


HOSTILE_TAGS = ["CON", "nul", "Aux.txt", "com1", "lpt9", "a" * 300, "../../etc", "tags/../../x", "..", ".", "🙂",
                "index", "Index", "---", "con ", "prn."]
HOSTILE_ARTICLES = ["con.txt", "nul.txt", "b" * 240 + ".txt", "trailing dot..txt", "ünïcödé.txt", "index.txt", "🙂.txt"]


@pytest.fixture(scope="module")
def hostile_paths_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("paths")
    for name in ("mkdocs.yml", "docs", "events", "seeds"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    events = [
        {"date": f"2019-02-{i + 1:02d}", "title": f"Tagged {tag!r}", "tags": [tag],
         "sources": [{"file": f"seeds/{HOSTILE_ARTICLES[i % len(HOSTILE_ARTICLES)]}"}]}
        for i, tag in enumerate(HOSTILE_TAGS)
    ]
    (root / "events" / "paths.yaml").write_text(yaml.safe_dump(events, allow_unicode=True), encoding="utf-8")
    for name in HOSTILE_ARTICLES:
        (root / "seeds" / name).write_text(f"An article called {name}.", encoding="utf-8")
    build(load_config(str(root / "mkdocs.yml")))
    return root


@pytest.mark.hostile("paths: tags and article names in a site")
@pytest.mark.parametrize("tag", HOSTILE_TAGS)
def test_each_hostile_tag_gets_a_page_inside_the_site(hostile_paths_site, tag):
    site = hostile_paths_site / "site"
    tag_pages = [p for p in (site / "tags").rglob("index.html") if p.parent != site / "tags"]
    # Tags alike but for case ("index", "Index") are one tag, with one page in one of the spellings.
    wanted = f"Tag: {tag.strip()}"[:60].replace("&", "&amp;").casefold()
    shown = [p for p in tag_pages if wanted in p.read_text(encoding="utf-8").casefold()]
    assert shown, f"no page for the tag {tag!r}"


@pytest.mark.hostile("paths: tags and article names in a site")
@pytest.mark.parametrize("article", HOSTILE_ARTICLES)
def test_each_article_gets_a_page_inside_the_site(hostile_paths_site, article):
    site = hostile_paths_site / "site"
    # the page's text, without the markup that keeps a path whole on a phone (a box per part after '/')
    pages = [p for p in (site / "sources").rglob("index.html")
             if f"seeds/{article}" in re.sub(r"<[^>]+>", "", p.read_text(encoding="utf-8"))]
    assert pages


def test_every_generated_name_is_portable_and_inside_the_site(hostile_paths_site):
    site = (hostile_paths_site / "site").resolve()
    problems = []
    for path in site.rglob("*"):
        assert path.resolve().is_relative_to(site)
        for part in path.relative_to(site).parts:
            problem = portable_name_problem(part)
            if problem:
                problems.append(f"{path.relative_to(site)}: {problem}")
    names = {}
    for path in site.rglob("*"):
        names.setdefault(path.relative_to(site).as_posix().lower(), []).append(path)
    problems += [f"{k}: names that differ only in case (one file on macOS and Windows)" for k, v in names.items() if len(v) > 1]
    assert problems == []
    assert not (hostile_paths_site / "etc").exists() and not (hostile_paths_site / "x").exists()
