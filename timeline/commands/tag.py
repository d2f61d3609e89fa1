"""`timeline tag`: the temporal expressions of texts, as JSON lines.

    timeline tag FILE... [--dct YYYY-MM-DD]
    timeline tag --jsonl IN        (IN: a file or -, lines with doc, dct, text)

One line a document: {"doc", "dct", "dct_source", "timexes": [{"start", "end",
"text", "type", "value"}]}.  Offsets are character offsets into the text as
read (UTF-8, newlines kept; of a .html page, its main text as `timeline
extract` reads it, dated by the page's metadata).  dct_source: "given" (--dct or the line's dct),
"metadata" (front matter published:/date:), "inferred" (from the text) or
"none".  --explain adds to each timex its "confidence" (0-1), "reason" and
"read_against" ("text", "reference", "entry", "last_date", "own_period", "none" or "before_christ").
--language French (Spanish, German; or fr, es, de): the dates the texts write out in that language's
words are read too (timeline/dates/rules/languages.yaml). Without it, each of FILES is read in the
language `timeline extract` reads it in: its metadata's `language:`, else the one its words read as
(timeline/articles/language.py), so a German article's "am Montag" is found here as there; the lines
of --jsonl are read as English.
--date-order day-first|month-first reads a numeric date the text's other dates leave open
("07/04/2020") in that order; without it such a date is read month first at half confidence.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys

import click

from timeline.console import printing


def _date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise click.ClickException(
            f"{where}: {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-01-10") from None


def _timex(t, explain: bool) -> dict:
    out = t.as_dict()
    if explain:
        out.update(confidence=t.confidence, reason=t.reason, read_against=t.read_against)
    return out


def _line(doc, text: str, dct: dt.date | None, source: str | None, explain: bool = False,
          language: str | None = None, order=None) -> str:
    from timeline.dates import tag as tag_text

    tagging = tag_text(text, dct, language=language, order=order)
    return json.dumps({
        "doc": doc,
        "dct": tagging.reference.isoformat() if tagging.reference else None,
        "dct_source": source if dct is not None else tagging.reference_source,
        "timexes": [_timex(t, explain) for t in tagging.timexes],
    }, ensure_ascii=False)


def _read(path: str) -> str:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise click.ClickException(f"{path}: cannot read ({exc.strerror}); check the path") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8") from None


# Every input is read and checked before the first line is written: a mistake
# in the last file or line leaves no half-written output behind.

def read_files(paths, dct: dt.date | None) -> list[tuple]:
    """(doc, text, reference, source) for each file."""
    from timeline.dates.errors import DateEngineError
    from timeline.dates.frontmatter import blank, front_matter_date, split_front_matter

    documents = []
    for path in paths:
        if path.lower().endswith((".html", ".htm")):
            documents.append(_html_document(path, dct))
            continue
        text = _read(path)
        source, ref = "given", dct
        try:
            meta, body = split_front_matter(text)
            if ref is None:
                ref = front_matter_date(meta)
                source = "metadata"
        except DateEngineError as exc:
            line = getattr(exc, "line", 0) or _line_of_date_key(text)
            where = f"{path}:{line}" if line else f"{path}"
            raise click.ClickException(f"{where}: {exc}; fix the front matter, or give --dct") from None
        if body:
            text = blank(text, body)  # front matter is not news text
        language = _file_language(path, meta, text[body:])
        if _side_file(path).is_file():
            # The side file wins over front matter, as `timeline extract` reads it: without it the
            # article tagged undated here was dated there, and --explain explained other dates.
            _, _, side_ref, _, language = _html_document(path, None)
            ref = side_ref if dct is None else ref
        documents.append((path, text, ref, source, language))
    return documents


def _file_language(path: str, meta: dict | None, body: str) -> str | None:
    """The language an article file is read in, as `timeline extract` reads it (None for English):
    its front matter's `language:`, else the one its words read as."""
    from timeline.articles.language import language_named, languages, reading

    stated = (meta or {}).get("language")
    if stated is not None and str(stated).strip():
        name = language_named(str(stated))
        if name is None:
            raise click.ClickException(f"{path}: 'language' in the front matter should be one of "
                                       f"{', '.join(languages()['languages'])}, found {str(stated)!r}")
    else:
        name = reading(body)[0]
    return None if name == languages()["english"] else name


def _side_file(path: str):
    from pathlib import Path

    from timeline.articles._read import META_SUFFIX

    return Path(path).with_name(Path(path).stem + META_SUFFIX)


def _html_document(path: str, dct: dt.date | None) -> tuple:
    """(doc, text, reference, source) of a saved web page (or of an article with a side file, for its
    date): its main text as `timeline extract` reads it, dated by the page's metadata. Its markup read as text, the page was dated by its cookie banner's
    "Updated 25 May 2018", and the dates of its <meta> tags were tagged."""
    from pathlib import Path

    from timeline.articles import ArticleError, read_article

    try:
        article = read_article(Path(path), path)
    except ArticleError as exc:
        raise click.ClickException(str(exc)) from None
    if dct is not None:
        return path, article.text, dct, "given", article.language
    return path, article.text, article.published, "metadata", article.language


def _language(name: str | None) -> str | None:
    """The language named by --language as the date engine knows it (None for English), or a usage
    error listing those it reads dates in."""
    if name is None:
        return None
    from timeline.articles.language import language_named, languages
    from timeline.dates.languages import names

    english = languages()["english"]
    known = {n.lower(): n for n in names()}
    named = language_named(name) or name  # "de", "Deutsch": German
    if named.lower() == english.lower():
        return None
    if named.lower() not in known:
        raise click.UsageError(f"--language: {name!r} is not a language timeline reads dates in; "
                               f"give one of {', '.join(sorted(known.values()))} (or {english})")
    return known[named.lower()]


def _line_of_date_key(text: str) -> int:
    """The line of the front matter's `published:` or `date:`, the one front_matter_date read."""
    from timeline.dates.frontmatter import DATE_KEYS

    lines = text.split("\n")
    for key in DATE_KEYS:
        for number, line in enumerate(lines[1:], 2):
            if line.rstrip() == "---":
                break
            if re.match(rf"{key}\s*:\s*\S", line):
                return number
    return 0


_JSONL_SHAPE = 'each line must be one JSON object: {"doc": ..., "dct": "YYYY-MM-DD", "text": "..."}'


def read_jsonl(stream, name: str, dct: dt.date | None) -> list[tuple]:
    documents = []
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise click.ClickException(f"{where}: not valid JSON ({exc.msg}); {_JSONL_SHAPE}") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise click.ClickException(f"{where}: no string 'text'; {_JSONL_SHAPE}")
        ref, source = dct, "given"
        if record.get("dct"):
            ref = _date(record["dct"], f"{where}: dct")
        documents.append((record.get("doc", number), record["text"], ref, source, None))
    return documents


@click.command("tag", short_help="Print the dates found in FILES, one JSON line per file.")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option("--dct", metavar="YYYY-MM-DD",
              help="Reference (publication) date; otherwise front matter, else inferred.")
@click.option("--jsonl", "jsonl", metavar="IN",
              help="Read JSON lines with doc, dct, text from IN (a file, or - for stdin).")
@click.option("--explain", is_flag=True,
              help="Add each expression's confidence (0-1), reason and what it was read against.")
@click.option("--language", metavar="NAME",
              help="The texts' language when not English (French, Spanish, German): their dates written out "
                   "in its words are read too, the English rules' held as unsure. Default: each file's, as "
                   "timeline extract reads it (its language: key, else its words); English for --jsonl.")
@click.option("--date-order", "date_order", type=click.Choice(["day-first", "month-first"]),
              help="How the texts write a numeric date such as 07/04/2020, when their other dates "
                   "do not tell; otherwise month first, unsure.")
def tag(files, dct, jsonl, explain, language, date_order):
    """Find the dates, times, durations and sets in FILES, one JSON line each."""
    ref = _date(dct, "--dct") if dct else None
    given = language is not None  # --language English reads every text as English, whatever its words
    language = _language(language)
    order = None
    if date_order:
        from timeline.extract.date_order import given_order

        order = given_order(date_order)
    if not files and not jsonl:
        raise click.UsageError("give FILE... or --jsonl IN")
    documents = read_files(files, ref) if files else []
    if jsonl:
        name = "<stdin>" if jsonl == "-" else jsonl
        try:
            with click.open_file(jsonl, encoding="utf-8") as f:
                documents += read_jsonl(f, name, ref)
        except OSError as exc:
            raise click.ClickException(f"{name}: cannot read ({exc.strerror}); check the path") from None
        except UnicodeDecodeError as exc:
            raise click.ClickException(
                f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}); save the file as UTF-8") from None
    for doc, text, reference, source, its_language in documents:
        line = _line(doc, text, reference, source, explain=explain, language=language if given else its_language, order=order)
        with printing():  # a full disk or a device error there is said as such, not as a bug
            sys.stdout.write(line + "\n")
    with printing():
        sys.stdout.flush()  # here, not as Python exits, where its error could no longer be said


if __name__ == "__main__":  # python -m timeline.commands.tag, until the CLI registers it
    sys.exit(tag())
