"""A new timeline project from the files in `timeline/skeleton/`, written whole or not at all."""

from __future__ import annotations

import html
import importlib.metadata
import json
import re
import shutil
import subprocess
import urllib.parse
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from timeline.atomic import write_all
from timeline.errors import TimelineError, display_path


class ProjectError(TimelineError):
    heading = "cannot start the project"


# skeleton file -> where it goes in the project. Dot files are stored without their dot, so that
# packaging never leaves them out.
SKELETON = {
    "mkdocs.yml": "mkdocs.yml",
    "index.md": "docs/index.md",
    "exports.md": "docs/exports.md",  # also the demo's own exports page (docs/exports.md links here)
    "gitignore": ".gitignore",
    "requirements.txt": "requirements.txt",
    "pages.yml": ".github/workflows/pages.yml",
}
# Git keeps no empty folder: a .gitkeep holds each in place until it has files of its own.
FOLDERS = ("seeds", "events")

# What requirements.txt says when this timeline came from somewhere GitHub cannot reach (a local
# folder, an index we cannot name): a line to replace. The workflow refuses to run without one.
_UNKNOWN_SOURCE = (
    "# timeline was installed on this machine from {where}, which GitHub's runners cannot reach.\n"
    "# Replace these comments with the line pip installs it from, for example\n"
    "#   timeline @ git+https://github.com/OWNER/timeline@main"
)


@dataclass(frozen=True)
class NewProject:
    folder: Path
    written: list[Path]
    requirement_known: bool

    def report(self) -> list[str]:
        shown = display_path(self.folder)
        lines = [f"wrote {display_path(p)}" for p in self.written]
        go = "" if shown == "." else f"cd {shown} && "
        lines += [
            f"next: put your articles (.txt, .md or .html, one article per file) in {display_path(self.folder / 'seeds')}/,",
            "  each with its date when you know it (a line published: YYYY-MM-DD in its front matter, or in",
            "  NAME.meta.yaml beside it: timeline extract --help), then",
            f"  {go}timeline extract   # writes the events into events/",
            "  mkdocs serve       # preview at http://127.0.0.1:8000; edit events/*.yaml, the page follows",
        ]
        if not self.requirement_known:
            lines.append("before publishing with GitHub Actions: requirements.txt needs the line pip installs "
                         "timeline from (see its comments)")
        return lines


def new_project(folder: Path, title: str) -> NewProject:
    """Write a project's files into `folder` (made if missing); ProjectError, and nothing written,
    when one of them is there already."""
    if not title.strip():
        raise ProjectError("--title is empty: say what the timeline is of, e.g. --title \"Harbour Bridge collapse\"")
    if folder.exists() and not folder.is_dir():
        raise ProjectError(f"{display_path(folder)}: a file, not a folder; give a folder for the new project")
    requirement, requirement_known = _requirement()
    texts = _texts(title.strip(), requirement)
    targets = {folder / target: text for target, text in texts.items()}
    targets.update({folder / name / ".gitkeep": "" for name in FOLDERS if not (folder / name).is_dir()})
    there = [p for p in targets if p.exists()]
    if there:
        names = ", ".join(display_path(p) for p in there)
        raise ProjectError(
            f"{names}: already there; timeline init never overwrites a file. "
            "Start the project in a new folder (timeline init FOLDER), or move these away first"
        )
    write_all(targets)
    return NewProject(folder, list(targets), requirement_known)


def _texts(title: str, requirement: str) -> dict[str, str]:
    one_line = " ".join(title.split())
    skeleton = resources.files("timeline") / "skeleton"
    texts = {}
    for name, target in SKELETON.items():
        text = (skeleton / name).read_text(encoding="utf-8")
        # In Markdown the title is shown, so it is escaped as HTML; in YAML it is a quoted string
        # (json.dumps gives a double-quoted string that is valid YAML, whatever the title holds).
        title_here = html.escape(one_line, quote=False) if name.endswith(".md") else json.dumps(one_line, ensure_ascii=False)
        for marker, value in {"@TIMELINE_REQUIREMENT@": requirement, "@TITLE@": title_here}.items():
            text = text.replace(marker, value)
        texts[target] = text
    return texts


def _requirement() -> tuple[str, bool]:
    """The line pip installs this timeline from, and whether it can be installed so elsewhere."""
    try:
        distribution = importlib.metadata.distribution("timeline")
        direct = json.loads(distribution.read_text("direct_url.json") or "null")
    except (importlib.metadata.PackageNotFoundError, ValueError):
        return _UNKNOWN_SOURCE.format(where="a checkout"), False
    if direct is None:
        # From a package index: which one, and whether it is the public one, cannot be told here.
        return _UNKNOWN_SOURCE.format(where=f"a package index (version {distribution.version})"), False
    url = direct.get("url", "")
    vcs = direct.get("vcs_info")
    if url.startswith(("https://", "http://")) and vcs:
        revision = vcs.get("requested_revision") or vcs.get("commit_id")
        return f"timeline @ {vcs.get('vcs', 'git')}+{url}" + (f"@{revision}" if revision else ""), True
    if url.startswith(("https://", "http://")):
        return f"timeline @ {url}", True
    folder = urllib.parse.unquote(url.removeprefix("file://"))  # a URI: a space in the path is %20
    published = _published_commit(Path(folder)) if folder else None
    if published:
        return published, True
    return _UNKNOWN_SOURCE.format(where=folder or "a local folder"), False


# The forms of a GitHub, GitLab... address that `git clone` accepts, and the https one pip can fetch
# without credentials (an ssh address needs a key the runner has not got).
_SSH_ADDRESS = re.compile(r"^(?:ssh://)?git@(?P<host>[^:/]+)(?::\d+(?=/))?[:/](?P<path>.+)$")


def _published_commit(checkout: Path) -> str | None:
    """The requirement line of the commit a git checkout is at, when that commit is on a branch of
    its `origin` as this checkout last saw it, and origin has an address a runner can reach; else
    None. Most people run timeline from a clone of its public repository (`make serve`): their
    project's workflow then installs the very version they built with."""
    git = shutil.which("git")
    if git is None or not (checkout / ".git").exists():
        return None

    def ask(*args: str) -> str:
        done = subprocess.run([git, "-C", str(checkout), *args], capture_output=True, text=True, timeout=10)
        return done.stdout.strip() if done.returncode == 0 else ""

    try:
        origin, commit = ask("remote", "get-url", "origin"), ask("rev-parse", "HEAD")
        pushed = ask("branch", "--remotes", "--contains", commit, "--list", "origin/*") if commit else ""
    except (OSError, subprocess.SubprocessError):
        return None
    if ssh := _SSH_ADDRESS.match(origin):
        origin = f"https://{ssh['host']}/{ssh['path']}"
    address = urllib.parse.urlsplit(origin)
    # A token in the address (https://user:token@host/...) must never reach a file people commit.
    origin = urllib.parse.urlunsplit(address._replace(netloc=address.hostname or "")) if address.hostname else origin
    if not (origin.startswith("https://") and re.fullmatch(r"[0-9a-f]{40}", commit) and pushed):
        return None
    return f"# the commit of timeline this project was made with, from {origin}\ntimeline @ git+{origin}@{commit}"
