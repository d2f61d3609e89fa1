"""Kill `timeline extract` at random moments and check that no event file is ever torn.

The old state: events extracted from a first corpus, then edited by hand. The new state: the same
folder after a full run over a larger corpus (new stories and follow-ups of old ones, so files are
both added and rewritten). After each SIGKILL every event file must be byte for byte the old or
the new version, every old file must still be there, and a re-run must reach the new state.
A third of the kills land anywhere in the run, a third while the new files are written beside the
old ones, a third inside the loop that renames them over the old ones.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from corpus import write_corpus, write_follow_ups

EXTRACT = [sys.executable, "-m", "timeline", "extract", "corpus", "-o", "events", "--no-progress"]


def run_extract(root: Path) -> subprocess.CompletedProcess:
    done = subprocess.run(EXTRACT, cwd=root, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def hand_edit(folder: Path) -> None:
    """What a person does between runs: review one event, reject one, retitle one, add a comment."""
    files = sorted(folder.glob("*.yaml"))
    for index, path in enumerate(files[:12]):
        text = path.read_text(encoding="utf-8")
        if index % 3 == 0:
            text = text.replace("status: draft", "status: reviewed", 1)
        elif index % 3 == 1:
            text = text.replace("status: draft", "status: rejected", 1)
        else:
            text = text.replace("title: ", "title: Edited by hand, ", 1)
        path.write_text(text + "# a note of mine\n", encoding="utf-8")


@dataclass
class Trials:
    runs: int = 0
    all_old: int = 0
    all_new: int = 0
    mixed: int = 0  # some files already new, the others still old: a kill inside the rename loop
    leftover_temporary_files: int = 0  # right after the kill; the next run removes them
    torn: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    not_recovered: list[int] = field(default_factory=list)
    run_seconds: float = 0.0


def prepare(base: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """The old folder (extracted and hand-edited) and the snapshots of the old and the new state."""
    old = base / "old"
    write_corpus(old / "corpus", 0, 80)
    run_extract(old)
    hand_edit(old / "events")
    write_corpus(old / "corpus", 80, 40)
    write_follow_ups(old / "corpus", 0, 30)
    new = base / "new"
    shutil.copytree(old, new)
    start = time.perf_counter()
    run_extract(new)
    duration = time.perf_counter() - start
    (base / "duration").write_text(str(duration))
    return old, snapshot(old / "events"), snapshot(new / "events")


def kill_trials(base: Path, count: int, seed: int = 0, recover_every: int = 4) -> Trials:
    from timeline.errors import ProblemsError
    from timeline.loader import load_events

    old, before, after = prepare(base)
    assert before != after and set(before) < set(after), "the new run both adds and rewrites files"
    assert any(before[n] != after[n] for n in before), "some old files are rewritten"
    duration = float((base / "duration").read_text())
    rng = random.Random(seed)
    changed = sum(1 for name in after if before.get(name) != after[name])
    result = Trials(run_seconds=duration)
    for trial in range(count):
        root = base / f"trial-{trial:03d}"
        shutil.copytree(old, root)
        process = subprocess.Popen(EXTRACT, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        temporary = lambda: sum(1 for n in os.listdir(root / "events") if n.endswith(".tmp"))  # noqa: E731
        deadline = time.perf_counter() + duration * 3
        if trial % 3 == 0:  # anywhere in the run
            time.sleep(rng.uniform(0, duration))
        elif trial % 3 == 1:  # while the new files are being written beside the old ones
            while process.poll() is None and time.perf_counter() < deadline and not temporary():
                time.sleep(0.0005)
            time.sleep(rng.uniform(0, duration / 3))
        else:  # inside the loop that renames them over the old ones
            while process.poll() is None and time.perf_counter() < deadline and temporary() < changed:
                time.sleep(0.0002)
            time.sleep(rng.uniform(0, 0.003))
        process.send_signal(signal.SIGKILL)
        process.wait()
        result.runs += 1
        now = snapshot(root / "events")
        result.leftover_temporary_files += sum(1 for n in os.listdir(root / "events") if n.endswith(".tmp"))
        result.lost += [f"trial {trial}: {name}" for name in before if name not in now]
        result.torn += [f"trial {trial}: {name}" for name, data in now.items()
                        if data not in (before.get(name), after.get(name))]
        # The state of each file the run changes: old (as before, or not there yet) or new.
        states = {"new" if now.get(name) == after[name] else "old" for name in after if before.get(name) != after[name]}
        if states == {"old"}:
            result.all_old += 1
        elif states == {"new"}:
            result.all_new += 1
        else:
            result.mixed += 1
        try:
            load_events([root / "events"])
        except ProblemsError as error:
            result.unreadable.append(f"trial {trial}: {error}")
        if trial % recover_every == 0:
            run_extract(root)
            leftovers = [n for n in os.listdir(root / "events") if n.endswith(".tmp")]
            if snapshot(root / "events") != after or leftovers:
                result.not_recovered.append(trial)
        shutil.rmtree(root)
    return result
