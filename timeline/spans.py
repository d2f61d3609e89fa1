"""Whether each source's `span` still points at its quote (and `dated_by` at its `date_text`, the
live-blog entry heading that dates it), for `timeline check`.

A span counts characters in the article as read; front matter added to an article, or a line edited
above the sentence, moves its sentence and leaves the span on other words. The site finds quotes by
their words, so nothing shows it; `timeline check` says it, and `timeline extract` moves the spans it
wrote (see timeline/extract/refresh.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from timeline.articles import ArticleError, WrongDateOrder, read_article
from timeline.errors import Problem, display_path
from timeline.extract.refresh import find_quote, heading_now, points_at
from timeline.loader import check_file
from timeline.yamlfile import LineDict, LineList


def stale_spans(files: dict[Path, Path]) -> list[Problem]:
    """A problem per span that no longer points at its quote, in the event files given (each with the
    folder of the project its sources' paths start from), and per article read for it whose metadata
    sets a wrong `date_order` (which `timeline extract` refuses). Articles that cannot be read
    otherwise are left to the site, which says so."""
    problems: list[Problem] = []
    texts: dict[Path, str | Problem | None] = {}
    for path, project in files.items():
        for source, status in sources_shown(path):
            found = _stale(source, project, texts, status == "reviewed")
            if found:
                key, problem = found
                problems.append(Problem(display_path(path), source.key_lines[key], problem))
    return problems + [wrong for wrong in texts.values() if isinstance(wrong, Problem)]


def sources_shown(path: Path) -> Iterator[tuple[object, str | None]]:
    """Each source of the file's events and undated entries that the site shows (not those of a
    rejected event), with its event's status (or the file's)."""
    document = check_file(path).document
    containers = [document.get(k) for k in ("events", "undated")] if isinstance(document, LineDict) else [document]
    default = document.get("status") if isinstance(document, LineDict) else None
    for event in (e for entries in containers if isinstance(entries, LineList) for e in entries):
        if not isinstance(event, LineDict) or (event.get("status") or default) == "rejected":
            continue
        for source in event.get("sources") or []:
            yield source, event.get("status") or default


def _stale(source: object, project: Path, texts: dict[Path, str | Problem | None], reviewed: bool) -> tuple[str, str] | None:
    """(the key, what is wrong) of a span or heading that no longer points at its words; None."""
    if not isinstance(source, LineDict) or "span" not in source.key_lines or not isinstance(source.get("quote"), str):
        return None
    span, quote, name = source.get("span"), source["quote"], source.get("file")
    if not isinstance(name, str) or not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)):
        return None
    article = project / name
    if article not in texts:
        try:
            texts[article] = read_article(article, name).text if article.is_file() else None
        except WrongDateOrder as error:
            texts[article] = error.problem
        except ArticleError:
            texts[article] = None
    text = texts[article]
    if not isinstance(text, str):
        return None
    if points_at(text, (span[0], span[1]), quote):
        return _stale_heading(source, text, name)
    now = find_quote(text, quote, near=span[0])
    if now is None:
        return "span", (f"the span {span} of {name} no longer points at its quote, and the article no longer holds the "
                f"quote: check the event against the article, then fix its quote and span (or delete the span)")
    fix = f"set `span: {list(now)}`"
    how = (f"{fix} (the event is reviewed, so `timeline extract` leaves it)" if reviewed else
           f"run `timeline extract`, which moves a span it wrote there, or {fix}")
    return "span", (f"the span {span} of {name} no longer points at its quote, which is now at {list(now)} (the "
                    f"article changed above it): {how}")


def _stale_heading(source: LineDict, text: str, name: str) -> tuple[str, str] | None:
    """The live-blog entry heading that dates the source (`dated_by`), when it is not at its offsets."""
    written, words = source.get("dated_by"), source.get("date_text")
    if "dated_by" not in source.key_lines or not isinstance(words, str) or not isinstance(written, list):
        return None
    if len(written) == 2 and points_at(text, (written[0], written[1]), words):
        return None
    now = heading_now(text, source)
    where = f"it is now at {list(now)}: set `dated_by: {list(now)}`" if now else "the article no longer holds it: date the event by hand"
    return "dated_by", (f"`dated_by` {written} of {name} no longer points at the entry heading {words!r} that dates "
                        f"the event; {where}")
