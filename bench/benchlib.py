"""What every benchmark shares: where things are, how a child process is timed, what machine this is."""

from __future__ import annotations

import hashlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
OUT = BENCH / "out"  # scratch, git-ignored


def shared_dir() -> Path:
    """The shared data folder: $TIMELINE_SHARED, else ../shared next to the repository. Exits with
    what to do when neither holds the data: a copy of the repository elsewhere (a worktree in /tmp,
    a clean clone) would otherwise stop on a traceback at the first file it opens."""
    env = os.environ.get("TIMELINE_SHARED")
    tried = [Path(env).resolve()] if env else [(root / ".." / "shared").resolve() for root in (REPO, REPO.parent / "main")]
    for candidate in tried:  # a git worktree sits beside the main checkout
        if (candidate / "data").is_dir():
            return candidate
    raise SystemExit(f"the shared data folder (with data/te3-tbaq.jsonl) is not at {' nor '.join(map(str, tried))}: "
                     "set TIMELINE_SHARED to the folder that holds it")


@dataclass(frozen=True)
class Run:
    """One finished child process: wall seconds, CPU seconds, peak resident memory (MB), exit status.

    CPU seconds (user + system) barely move when other work shares the machine; wall seconds do.
    """

    seconds: float
    peak_mb: float
    returncode: int
    stderr: str = ""
    cpu_seconds: float = 0.0


def run_child(argv: list[str], *, cwd: Path | None = None, env: dict | None = None, timeout: float = 1800) -> Run:
    """Run argv to completion; its own peak RSS comes from wait4, so other children do not blur it."""
    with tempfile.TemporaryFile() as err, open(os.devnull, "wb") as devnull:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=devnull, stderr=err)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # wait4 reaped it; keep Popen from trying again
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return Run(seconds, round(peak_mb, 1), proc.returncode, stderr, usage.ru_utime + usage.ru_stime)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def machine() -> dict:
    """CPU, cores, memory and OS of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "ram_gb": ram_gb,
        "os": platform.platform(),
        "host": hashlib.sha256(platform.node().encode()).hexdigest()[:8],  # tells machines apart without naming them
    }


PACKAGES = ("timeline", "mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2", "pyyaml", "dateparser", "watchdog")


def versions() -> dict:
    found = {"python": platform.python_version(), "python_implementation": platform.python_implementation()}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO, capture_output=True, text=True)
        return out.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        return None


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def this_checkout() -> dict:
    """The environment for a child that must import timeline from this checkout: the children run
    elsewhere (bench/out/, a temporary folder), where a relative PYTHONPATH (`PYTHONPATH=.`) no
    longer names it, and a virtualenv's editable install of another checkout (the main one, from a
    git worktree) would be measured instead."""
    paths = [str(REPO), *[p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]]
    environ = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    # The children keep the bytecode of the modules they import, in bench/out/ (not the checkout), as
    # an installed timeline has it: with PYTHONDONTWRITEBYTECODE set (as on the shared machine) every
    # run compiled timeline's sources afresh, 0.14 s of CPU of each `timeline extract` that no user pays.
    # And their caches (timeline/dates/rule_cache.py) in bench/out/ too, unless told where: the user's
    # folder keeps the 12 entries last used, which the trees of several helpers (three entries each)
    # pushed out of it, so that a timed run rebuilt the rules' entry (about a second of CPU).
    cache = {} if "TIMELINE_CACHE_DIR" in environ else {"TIMELINE_CACHE_DIR": str(OUT / "cache")}
    return {**environ, "PYTHONPATH": os.pathsep.join(paths), "PYTHONPYCACHEPREFIX": str(OUT / "pycache"), **cache}


def python() -> str:
    return sys.executable


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def write_story_seeds(data: Path, folder: Path) -> int:
    """Write a T17-style story (DATA/articles.jsonl) as a user's .txt files, as
    `timeline.extract.evaluate` writes it, so that every benchmark measures the same input.
    Returns the number of articles."""
    from timeline.extract.evaluate import write_articles

    folder.mkdir(parents=True, exist_ok=True)
    write_articles(data, folder)
    return len(list(folder.glob("*.txt")))
