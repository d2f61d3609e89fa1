"""Dump everything loading gives for many event files, to check that a speed-up changes no output.

    python bench/load_identity.py OUT.json [--root DIR] [--events FOLDER ...]

Loads the demo events/, each given FOLDER (e.g. a synthetic site's events), every YAML file under
tests/, and every string in the tests' source that looks like YAML, each written to a file of its
own: the events with every field and the problems with their file and line. --root puts DIR first
on sys.path (another checkout, e.g. before a change); compare two dumps with cmp.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _test_texts() -> list[str]:
    """String constants of the tests that may be event YAML: several lines with a key or an item."""
    texts = set()
    for source in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if "\n" in text and (": " in text or "- " in text) and len(text) < 200_000:
                    texts.add(text)
    return sorted(texts)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value):
        return {field.name: _plain(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value != value:
        return "nan"
    return value


def _load(paths: list[Path]) -> dict:
    from timeline.errors import ProblemsError
    from timeline.loader import load_events

    try:
        return {"events": _plain(load_events(paths))}
    except ProblemsError as error:
        return {"problems": [str(problem) for problem in error.problems]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--root", type=Path)
    parser.add_argument("--events", type=Path, action="append", default=[])
    args = parser.parse_args()
    if args.root:
        sys.path.insert(0, str(args.root.resolve()))
    import timeline

    dump: dict = {"module": timeline.__file__}
    for folder in [ROOT / "events", *args.events]:
        dump[folder.name if folder == ROOT / "events" else str(folder)] = _load([folder])
    for path in sorted((ROOT / "tests").rglob("*.y*ml")):
        dump[path.relative_to(ROOT).as_posix()] = _load([path])
    with tempfile.TemporaryDirectory() as tmp:
        for text in _test_texts():  # named by content, so that tests added since give no other diff
            name = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            path = Path(tmp) / f"text-{name}.yaml"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            dump[f"test text {name}: {text[:60]!r}"] = _load([path])
    args.out.write_text(json.dumps(dump, indent=1, sort_keys=True, default=repr).replace(tmp, "TMP") + "\n",
                        encoding="utf-8")
    print(f"{args.out}: {len(dump) - 1} inputs, timeline from {timeline.__file__}")


if __name__ == "__main__":
    main()
