"""Live preview: seconds from saving an event file to `mkdocs serve` serving the changed page.

Measures `mkdocs serve --dirty`, which `make serve` runs (only the pages a save changed are made
again), and, in the same run, plain `mkdocs serve` (every save rebuilds every page; the plugin
still reuses what did not change) under "full_rebuild".
Starts `mkdocs serve` on a free port with a synthetic site, then, several times: rewrites one event
file with a new title for one event (a temporary file renamed over the old one, as editors save),
and polls the served page over HTTP until the new title shows. Reports the median and every
figure; stops the server with Ctrl-C (SIGINT) as a person would. Writes bench/out/serve.json.

    python bench/bench_serve.py [--events 1000] [--edits 5] [--port N] [--out bench/out/serve.json]

--port N serves on N (and N+1 for plain `mkdocs serve`) where a free one is taken by default: on a
machine shared by several runs, each can keep to its own range.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from bench_site import _plugin_settings, write_site  # noqa: E402
from benchlib import OUT, free_port, log, median, python, write_json  # noqa: E402


def _get(url: str, timeout: float = 30) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def _wait_for(url: str, check, timeout: float, interval: float) -> float | None:
    """Seconds until GET url returns a body for which check() is true; None on timeout."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        body = _get(url)
        if body is not None and check(body):
            return time.perf_counter() - started
        time.sleep(interval)
    return None


def _heads(body: str, title: str) -> bool:
    """Whether an event heading of the page ('<time>...</time> · title') shows title.

    A title is the opening of a real sentence, so the same words also appear in other events'
    quotes and summaries, on other pages: only the heading says where the event itself is."""
    # The heading's permalink (¶) follows the title with no space, so that it never wraps alone. Under
    # a day heading the event's own date is kept for machines only, the " · " inside its hidden span.
    return re.search(rf"(?:</time>|date uncertain</span>) · (?:</span>)?{re.escape(title)}\s*<", body) is not None


def _page_showing(base: str, start: str, title: str) -> str:
    """The served page that shows title: the start page or one it links to (a year page)."""
    body = _get(base + start) or ""
    if _heads(body, title):
        return start
    links = [urllib.parse.urljoin(base + start, href) for href in dict.fromkeys(re.findall(r'href="([^"#?]*)', body))]
    links.sort(key=lambda url: not url.startswith(base + start))  # the start page's own (year pages) first
    for url in links:
        if not url.startswith(base) or not url.endswith("/") or url == base + start:
            continue
        if _heads(_get(url) or "", title):
            return url[len(base):]
    raise RuntimeError(f"no page reachable from {base + start} shows {title!r}")


_PLAIN_TITLE = re.compile(r"^[A-Za-z0-9 ,]+$")  # shows the same in HTML: no escaping to guess


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a live process has used so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _save_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def measure(events: int, edits: int, work: Path, *, page: str = "timeline/", interval: float = 0.05,
            timeout: float = 60, seed: int = 1, dirty: bool = True, port: int | None = None) -> dict:
    root = work / f"serve-{events}"
    log(f"serve: writing {events} events")
    config = write_site(root, events, seed=seed)
    events_dir = config.parent / _plugin_settings(config).get("events", "events")
    files = sorted(events_dir.glob("*.yaml"))
    port = port or free_port()
    base = f"http://127.0.0.1:{port}/"
    url = base + page
    server_log = root / "serve.log"
    started = time.perf_counter()
    with open(server_log, "wb") as out:
        server = subprocess.Popen(
            [python(), "-m", "mkdocs", "serve", "-f", str(config), "--dev-addr", f"127.0.0.1:{port}"]
            + (["--dirty"] if dirty else []),
            cwd=config.parent, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    rng = random.Random(seed)
    titles = [str(e["title"]) for f in files for e in yaml.safe_load(f.read_text(encoding="utf-8"))["events"]]
    waits: list[float] = []
    pages: list[str] = []
    rebuild_cpu: list[float] = []
    try:
        first_page = _wait_for(url, lambda body: True, timeout=300, interval=0.2)
        if first_page is None:
            raise RuntimeError(f"mkdocs serve did not serve {url}; see {server_log}")
        first_page = time.perf_counter() - started
        log(f"serve: first page after {first_page:.2f}s")
        time.sleep(1.0)  # let the watcher take its first look at the folders
        for number in range(edits):
            path = files[(number * 7 + 3) % len(files)]
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
            # A title that is part of another title (titles are sentence openings) would be found
            # on the other event's page: only titles found nowhere else are edited.
            shown = [e for e in document["events"] if e.get("status") != "rejected" and _PLAIN_TITLE.match(e["title"])
                     and sum(e["title"] in other for other in titles) == 1]
            event = shown[rng.randrange(len(shown))]
            where = base + _page_showing(base, page, event["title"])
            pages.append(where[len(base):])
            new_title = f"Bench edit {number} {rng.getrandbits(32):08x}"
            event["title"] = new_title
            text = synth.dump_event_file(document, int(path.stem.split("-")[-1]))
            cpu_before = _cpu_seconds(server.pid)
            saved = time.perf_counter()
            _save_atomically(path, text)
            seen = _wait_for(where, lambda body: _heads(body, new_title), timeout=timeout, interval=interval)
            if seen is None:
                raise RuntimeError(f"edit {number}: {new_title!r} never showed at {where} within {timeout}s; see {server_log}")
            waits.append(time.perf_counter() - saved)
            time.sleep(1.0)  # the next save comes after the rebuild settled
            rebuild_cpu.append(_cpu_seconds(server.pid) - cpu_before)
            log(f"serve: edit {number + 1}/{edits} showed after {waits[-1]:.2f}s (server cpu {rebuild_cpu[-1]:.2f}s)")
    finally:
        _stop(server)
    return {
        "command": "mkdocs serve" + (" --dirty" if dirty else ""),
        "events": events,
        "edits": edits,
        "start_page": page,
        "pages": pages,
        "poll_interval_s": interval,
        "first_page_s": round(first_page, 3),
        "median_s": round(median(waits), 3),
        "max_s": round(max(waits), 3),
        "runs_s": [round(w, 3) for w in waits],
        # CPU the server spent per edit (rebuild, watching, serving): what the wait would be on an
        # idle machine, less the watcher's polling (every 0.5 s) and its 0.1 s settling delay.
        "rebuild_cpu_s": round(median(rebuild_cpu), 3),
        "rebuild_cpu_runs_s": [round(c, 3) for c in rebuild_cpu],
    }


def _stop(server: subprocess.Popen) -> None:
    """Ctrl-C, as a person stops it; kill only if it does not stop within 15 seconds."""
    if server.poll() is not None:
        return
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=int(os.environ.get("BENCH_SERVE_EVENTS", "1000")))
    parser.add_argument("--edits", type=int, default=int(os.environ.get("BENCH_SERVE_EDITS", "7")))
    parser.add_argument("--page", default="timeline/", help="served path that shows the events or links to their pages")
    parser.add_argument("--work", type=Path, default=OUT)
    parser.add_argument("--out", type=Path, default=OUT / "serve.json")
    parser.add_argument("--dirty-only", action="store_true", help="skip the plain `mkdocs serve` measure")
    parser.add_argument("--port", type=int, help="serve on this port (and the next for plain `mkdocs serve`); default: any free one")
    args = parser.parse_args(argv)
    result = measure(args.events, args.edits, args.work, page=args.page, dirty=True, port=args.port)
    if not args.dirty_only:
        result["full_rebuild"] = measure(args.events, args.edits, args.work, page=args.page, dirty=False,
                                         port=args.port and args.port + 1)
    write_json(args.out, result)
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(main(), indent=2))
