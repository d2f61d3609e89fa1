"""Saved copies of one page: a running story's article saved again after its update, beside the
first copy (as `timeline extract` advises, to keep what each version said). Both give the page's URL;
the later one, by its update time, is the story as the paper now tells it. The earlier one's
sentences make no events of their own: read with the later one's they made two events of one
happening, or one event with both figures ("1,200 evacuated" beside the corrected "2,300")."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from urllib.parse import urlsplit, urlunsplit

from timeline.extract import rules
from timeline.extract.analyse import Analysis, with_reference


@dataclass(frozen=True)
class Superseded:
    earlier: Analysis
    later: Analysis

    def note(self) -> str:
        later = self.later.article
        when = later.updated.isoformat(timespec="minutes") if later.updated else "?"
        return (f"{self.earlier.article.shown}: an earlier version of {later.shown} (the same page, {later.url}, "
                f"updated {when}): its sentences make no events, the later version's do; events already citing it "
                f"are kept as written (delete the earlier file, or keep it for the record)")


def page_key(url: str) -> str:
    """One page's URL however it was written: no fragment, no trailing slash, the host in lower case."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def latest(analyses: list[Analysis]) -> tuple[list[Analysis], list[Superseded], list[str]]:
    """The analyses to make events of (one per page: its latest version), the earlier versions set
    aside with the version that replaces them, and notes for copies that cannot be told apart."""
    pages: dict[str, list[Analysis]] = {}
    for analysis in analyses:
        if analysis.article.url:
            pages.setdefault(page_key(analysis.article.url), []).append(analysis)
    superseded: list[Superseded] = []
    notes: list[str] = []
    for copies in pages.values():
        if len(copies) < 2:
            continue
        dated = sorted((c for c in copies if c.article.updated), key=lambda c: c.article.updated)
        if len(dated) < len(copies) or dated[-1].article.updated == dated[-2].article.updated:
            names = " and ".join(c.article.shown for c in copies)
            notes.append(f"{names} are copies of one page ({copies[0].article.url}) and do not say which is the later "
                         f"version (no update time, or the same one): both are read; give the later one "
                         f"`updated: YYYY-MM-DDTHH:MM` in a side file NAME.meta.yaml, or remove the earlier one")
            continue
        superseded.extend(Superseded(earlier, dated[-1]) for earlier in dated[:-1])
    set_aside = {id(s.earlier) for s in superseded}
    return [a for a in analyses if id(a) not in set_aside], superseded, notes


def _said(quote: str) -> str:
    """A quote as the event files are searched by it (store.source_keys)."""
    return " ".join(html.unescape(quote).split()).lower()


def earlier_quotes(superseded: list[Superseded]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(later version, its sentence) -> [(earlier version, the sentence it replaces)]: the same
    sentence, or one corrected in its place (stories.yaml: corrected_sentence). By these the later
    version's sentences find the events the earlier one made, and their sources join them: without,
    each made a second event of its happening."""
    alike = float(rules.data("stories")["corrected_sentence"])
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for pair in superseded:
        old = [s.text for s in pair.earlier.sentences]
        new = [s.text for s in pair.later.sentences]
        matcher = SequenceMatcher(None, [_said(t) for t in old], [_said(t) for t in new], autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag not in ("equal", "replace") or i2 - i1 != j2 - j1:
                continue
            for was, now in zip(old[i1:i2], new[j1:j2]):
                if tag == "equal" or SequenceMatcher(None, _said(was), _said(now)).ratio() >= alike:
                    found.setdefault((pair.later.article.shown, _said(now)), []).append((pair.earlier.article.shown, was))
    return found


def as_earlier(document: dict, quotes: dict[tuple[str, str], list[tuple[str, str]]]) -> dict | None:
    """The sources an event of the later version had in the earlier one, to find its event by; None
    when it has none."""
    sources = [{"file": earlier, "quote": was}
               for source in document.get("sources") or [] if isinstance(source, dict)
               for earlier, was in quotes.get((str(source.get("file")), _said(str(source.get("quote") or ""))), ())]
    return {"sources": sources} if sources else None


def dated_from_update(later: Analysis, superseded: list[Superseded],
                      quotes: dict[tuple[str, str], list[tuple[str, str]]]) -> Analysis:
    """The latest version of a page, each sentence an update added counted from that update's day:
    written after the version before it was saved, "died in hospital on Tuesday" in an update of
    Wednesday 11 March is the 10th, not the 3rd before the page's first day, 7 March (as it was,
    held sure). A sentence the first version has counts from the page's date, as before."""
    published = later.reference.date
    copies = sorted((s.earlier for s in superseded if s.later is later), key=lambda a: a.article.updated)
    if published is None or later.reference.source != "metadata" or not copies:
        return later
    first = copies[0].article.shown
    since = {c.article.shown: c.article.updated.date() for c in copies}
    days = []  # (start, end, the day the sentence counts from) of each sentence added after the first version
    for sentence in later.sentences:
        having = {earlier for earlier, _ in quotes.get((later.article.shown, _said(sentence.text)), ())}
        if first in having:
            continue
        day = min((since[c] for c in having), default=later.article.updated.date())
        if day > published:
            days.append((sentence.start, sentence.end, day))
    if not days:
        return later
    against = {day: {(m.start, m.end): m for m in with_reference(later, replace(later.reference, date=day)).mentions}
               for day in {d for _, _, d in days}}
    mentions, updates = [], []
    for mention in later.mentions:
        day = next((d for start, end, d in days if start <= mention.start < end), None)
        other = against[day].get((mention.start, mention.end)) if day else None
        if other is not None and other.value != mention.value and mention.anchored:
            mention = replace(other, read_against="update")
            updates.append((mention.start, day))
        mentions.append(mention)
    if not updates:
        return later
    return replace(later, reference=replace(later.reference, updates=tuple(updates)), mentions=tuple(mentions))
