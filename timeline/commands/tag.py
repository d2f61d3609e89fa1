"""`timeline tag`: the temporal expressions of texts, as JSON lines.

    timeline tag FILE... [--dct YYYY-MM-DD]
    timeline tag --jsonl IN        (IN: a file or -, lines with doc, dct, text)

One line a document: {"doc", "dct", "dct_source", "timexes": [{"start", "end",
"text", "type", "value"}]}.  Offsets are character offsets into the text as
read (UTF-8, newlines kept).  dct_source: "given" (--dct or the line's dct),
"metadata" (front matter published:/date:), "inferred" (from the text) or
"none".
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import click


def _date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise click.ClickException(f"{where}: {value!r} is not a date (expected YYYY-MM-DD)")


def _line(doc, text: str, dct: dt.date | None, source: str | None) -> str:
    from timeline.dates import tag as tag_text

    tagging = tag_text(text, dct)
    return json.dumps({
        "doc": doc,
        "dct": tagging.reference.isoformat() if tagging.reference else None,
        "dct_source": source if dct is not None else tagging.reference_source,
        "timexes": [t.as_dict() for t in tagging.timexes],
    }, ensure_ascii=False)


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read ({exc.strerror})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})")


def tag_files(paths, dct: dt.date | None, out) -> None:
    from timeline.dates.errors import DateEngineError
    from timeline.dates.frontmatter import blank, front_matter_date, split_front_matter

    for path in paths:
        text = _read(path)
        source, ref = "given", dct
        try:
            meta, body = split_front_matter(text)
            if ref is None:
                ref = front_matter_date(meta)
                source = "metadata"
        except DateEngineError as exc:
            raise click.ClickException(f"{path}: {exc}")
        if body:
            text = blank(text, body)  # front matter is not news text
        out.write(_line(path, text, ref, source) + "\n")


def tag_jsonl(stream, name: str, dct: dt.date | None, out) -> None:
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{where}: not valid JSON ({exc.msg})")
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise click.ClickException(f"{where}: expected an object with a string 'text'")
        ref, source = dct, "given"
        if record.get("dct"):
            ref = _date(record["dct"], f"{where}: dct")
        out.write(_line(record.get("doc", number), record["text"], ref, source) + "\n")


@click.command("tag")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--dct", metavar="YYYY-MM-DD",
              help="Reference (publication) date; otherwise front matter, else inferred.")
@click.option("--jsonl", "jsonl", metavar="IN",
              help="Read JSON lines with doc, dct, text from IN (a file, or - for stdin).")
def tag(files, dct, jsonl):
    """Find the dates, times, durations and sets in FILES, one JSON line each."""
    ref = _date(dct, "--dct") if dct else None
    if not files and not jsonl:
        raise click.UsageError("give FILE... or --jsonl IN")
    out = sys.stdout
    if files:
        tag_files(files, ref, out)
    if jsonl:
        name = "<stdin>" if jsonl == "-" else jsonl
        try:
            with click.open_file(jsonl, encoding="utf-8") as f:
                tag_jsonl(f, name, ref, out)
        except OSError as exc:
            raise click.ClickException(f"{name}: cannot read ({exc.strerror})")
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})")


if __name__ == "__main__":  # python -m timeline.commands.tag, until the CLI registers it
    sys.exit(tag())
