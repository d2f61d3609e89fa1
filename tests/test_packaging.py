"""The wheel carries the default templates, the schema and the label data, so a site elsewhere
works with `pip install` alone."""

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
    )
    (path,) = out.glob("timeline-*.whl")
    return path


def test_the_wheel_ships_templates_schema_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = {p.name for p in (REPO / "templates").iterdir() if p.is_file()}
    assert templates and {f"timeline/templates/{t}" for t in templates} <= names
    assert "timeline/schema/events.schema.json" in names
    assert "timeline/data/labels.yaml" in names and "timeline/data/durations.yaml" in names
    assert {"timeline/skeleton/mkdocs.yml", "timeline/skeleton/pages.yml", "timeline/skeleton/exports.md"} <= names  # timeline init
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "timeline = timeline.plugin:TimelinePlugin" in entry_points
    assert "timeline = timeline.cli:main" in entry_points


def test_a_site_elsewhere_builds_from_the_installed_package_alone(wheel, tmp_path):
    installed = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(installed)
    site = tmp_path / "site-elsewhere"
    (site / "docs").mkdir(parents=True)
    (site / "events").mkdir()
    (site / "docs" / "index.md").write_text("# Elsewhere\n")
    (site / "events" / "e.yaml").write_text("- {date: June 2018, title: Far away}\n")
    (site / "mkdocs.yml").write_text("site_name: Elsewhere\nplugins: [timeline]\n")
    script = textwrap.dedent(
        """
        import sys
        sys.path.insert(0, sys.argv[1])
        import timeline.render
        assert timeline.render.default_templates_dir().is_relative_to(sys.argv[1]), timeline.render.default_templates_dir()
        from mkdocs.__main__ import cli
        cli(["build", "--strict", "-q", "-f", sys.argv[2]])
        """
    )
    # Run from the site folder, away from the checkout, so only the extracted wheel provides timeline.
    done = subprocess.run(
        [sys.executable, "-c", script, str(installed), str(site / "mkdocs.yml")],
        cwd=site, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Far away" in (site / "site" / "timeline" / "index.html").read_text()


def test_a_fresh_install_never_gets_mkdocs_2(wheel):
    """MkDocs 2.0 drops the plugin system this site is built by; a Pages runner installing timeline
    afresh must get MkDocs 1 whatever else it installs, not only while Material happens to pin it."""
    from packaging.requirements import Requirement

    metadata = zipfile.ZipFile(wheel).read(next(n for n in zipfile.ZipFile(wheel).namelist()
                                                if n.endswith(".dist-info/METADATA"))).decode("utf-8")
    required = [Requirement(line.split(":", 1)[1]) for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    mkdocs = next(r for r in required if r.name == "mkdocs" and not r.marker)
    assert "1.6.1" in mkdocs.specifier and "2.0" not in mkdocs.specifier
