"""Whether each source's `span` still points at its quote, for `timeline check`.

A span counts characters in the article as read; front matter added to an article, or a line edited
above the sentence, moves its sentence and leaves the span on other words. The site finds quotes by
their words, so nothing shows it; `timeline check` says it, and `timeline extract` moves the spans it
wrote (see timeline/extract/refresh.py).
"""

from __future__ import annotations

from pathlib import Path

from timeline.articles import ArticleError, read_article
from timeline.errors import Problem, display_path
from timeline.extract.refresh import find_quote, points_at
from timeline.loader import check_file
from timeline.yamlfile import LineDict, LineList


def stale_spans(files: dict[Path, Path]) -> list[Problem]:
    """A problem per span that no longer points at its quote, in the event files given (each with the
    folder of the project its sources' paths start from). Articles that cannot be read are left to
    the site, which says so."""
    problems: list[Problem] = []
    texts: dict[Path, str | None] = {}
    for path, project in files.items():
        document = check_file(path).document
        containers = [document.get(k) for k in ("events", "undated")] if isinstance(document, LineDict) else [document]
        status = document.get("status") if isinstance(document, LineDict) else None
        for event in (e for entries in containers if isinstance(entries, LineList) for e in entries):
            if not isinstance(event, LineDict) or (event.get("status") or status) == "rejected":
                continue
            reviewed = (event.get("status") or status) == "reviewed"
            for source in event.get("sources") or []:
                problem = _stale(source, project, texts, reviewed)
                if problem:
                    problems.append(Problem(display_path(path), source.key_lines["span"], problem))
    return problems


def _stale(source: object, project: Path, texts: dict[Path, str | None], reviewed: bool) -> str | None:
    if not isinstance(source, LineDict) or "span" not in source.key_lines or not isinstance(source.get("quote"), str):
        return None
    span, quote, name = source.get("span"), source["quote"], source.get("file")
    if not isinstance(name, str) or not (isinstance(span, list) and len(span) == 2 and all(type(n) is int for n in span)):
        return None
    article = project / name
    if article not in texts:
        try:
            texts[article] = read_article(article, name).text if article.is_file() else None
        except ArticleError:
            texts[article] = None
    text = texts[article]
    if text is None or points_at(text, (span[0], span[1]), quote):
        return None
    now = find_quote(text, quote, near=span[0])
    if now is None:
        return (f"the span {span} of {name} no longer points at its quote, and the article no longer holds the "
                f"quote: check the event against the article, then fix its quote and span (or delete the span)")
    fix = f"set `span: {list(now)}`"
    how = (f"{fix} (the event is reviewed, so `timeline extract` leaves it)" if reviewed else
           f"run `timeline extract`, which moves a span it wrote there, or {fix}")
    return (f"the span {span} of {name} no longer points at its quote, which is now at {list(now)} (the article "
            f"changed above it): {how}")
