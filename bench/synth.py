"""Deterministic synthetic news: articles made of real sentences, and event files that quote them.

Sentences come from the shared corpora (TempEval-3 TBAQ and the Timeline17 swine-flu story). An
article keeps one real document's sentences in order, with its absolute dates moved by a whole
number of weeks (so "Thursday" stays a Thursday) and written in varied styles. Events quote
sentences of those articles, with dates at day, month and year precision written as people write
them. The same seed gives byte-for-byte the same files.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from benchlib import shared_dir

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Associated Press", "Reuters", "The Guardian", "BBC News", "Agence France-Presse", "The New York Times",
           "Al Jazeera", "Deutsche Welle", "NPR", "The Washington Post"]
TAGS = ["politics", "economy", "health", "diplomacy", "elections", "trade", "energy", "security", "courts",
        "europe", "asia", "africa", "americas", "middle-east", "united-states", "china", "russia", "markets",
        "labour", "climate", "science", "technology", "media", "sport", "migration", "protest", "defence",
        "banking", "agriculture", "transport", "education", "housing", "crime", "religion", "culture",
        "disaster", "space", "oil", "pandemic", "investigation"]
FIRST_YEAR, LAST_YEAR = 2000, 2024


@dataclass
class Doc:
    """A real document: sentences in order, each with the dated TIMEX3 spans inside it."""

    name: str
    published: dt.date
    sentences: list[tuple[str, list[tuple[int, int, str]]]] = field(default_factory=list)


@dataclass
class Article:
    name: str  # file name, without folder
    title: str
    outlet: str
    published: dt.date | None  # None: the text does not say
    sentences: list[str]
    text: str


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?(\s+)(?=[\"“‘(]?[A-Z0-9])")


def _split_sentences(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence; paragraphs (blank-line separated) always end one."""
    spans = []
    for block in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start = block.start()
        for boundary in _SENTENCE_END.finditer(block.group()):
            cut = block.start() + boundary.start(1)
            if cut > start:
                spans.append((offset + start, offset + cut))
            start = block.start() + boundary.end(1)
        if block.end() > start:
            spans.append((offset + start, offset + block.end()))
    return spans


def _detokenise(line: str) -> str:
    """PTB-tokenised text ("the world 's population , says") back to ordinary prose."""
    line = line.replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    line = re.sub(r"``\s*", "“", line)
    line = re.sub(r"\s*''", "”", line)
    line = re.sub(r"\s+([,.;:!?%)\]])", r"\1", line)
    line = re.sub(r"([(\[$])\s+", r"\1", line)
    line = re.sub(r"\s+('s|'re|'ve|'ll|'d|'m|n't)\b", r"\1", line)
    line = re.sub(r"\s+'\s", "' ", line)
    return re.sub(r"\s{2,}", " ", line).strip()


@lru_cache(maxsize=1)
def documents() -> tuple[Doc, ...]:
    """Every real document of the shared corpora, sentence by sentence."""
    data = shared_dir() / "data"
    docs: list[Doc] = []
    for line in (data / "te3-tbaq.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        dated = [(t["start"], t["end"], t["value"]) for t in record["timexes"] if t["type"] == "DATE"]
        doc = Doc(record["doc"], dt.date.fromisoformat(record["dct_value"][:10]))
        for start, end in _split_sentences(text, 0):
            sentence = " ".join(text[start:end].split())
            if len(sentence) < 40 or sentence.count("_") > 2 or sentence.isupper():
                continue
            raw = text[start:end]
            inside = [(s - start, e - start, v) for s, e, v in dated if start <= s and e <= end]
            if " ".join(raw.split()) != raw:  # spans are over raw text: keep timexes only when unchanged
                inside = []
            doc.sentences.append((sentence, inside))
        if len(doc.sentences) >= 3:
            docs.append(doc)
    for line in (data / "t17-h1n1-guardian" / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = Doc(f"guardian-{record['id']}", dt.date.fromisoformat(record["time"][:10]))
        for sentence in record["text"].split("\n"):
            sentence = _detokenise(sentence)
            if len(sentence) >= 40:
                doc.sentences.append((sentence, []))
        if len(doc.sentences) >= 3:
            docs.append(doc)
    return tuple(docs)


def written_date(rng: random.Random, value: str) -> str:
    """A TIMEX3 day, month or year value as a reporter or editor would write it."""
    parts = value.split("-")
    if len(parts) == 1:
        return rng.choice([value, value, f"in {value}"])
    year, month = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        return rng.choice([f"{MONTHS[month - 1]} {year}", f"{MONTH_ABBR[month - 1]} {year}", f"{MONTHS[month - 1]}, {year}"])
    day = int(parts[2][:2])
    when = dt.date(year, month, day)
    return rng.choice([
        f"{MONTH_ABBR[month - 1]} {day}, {year}",
        f"{MONTHS[month - 1]} {day}, {year}",
        f"{day} {MONTHS[month - 1]} {year}",
        f"{WEEKDAYS[when.weekday()]}, {MONTHS[month - 1]} {day}, {year}",
        f"{WEEKDAYS[when.weekday()]} {day} {MONTHS[month - 1]} {year}",
        when.isoformat(),
    ])


_FULL_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _shift_value(value: str, days: int) -> str | None:
    match = _FULL_VALUE.match(value)
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        return (dt.date(int(year), int(month), int(day)) + dt.timedelta(days=days)).isoformat()
    moved = dt.date(int(year), int(month or 6), 15) + dt.timedelta(days=days)
    return f"{moved.year:04d}-{moved.month:02d}" if month else f"{moved.year:04d}"


def articles(count: int, seed: int = 1) -> list[Article]:
    """count synthetic articles: real sentences in order, dates moved by whole weeks and rewritten."""
    rng = random.Random(seed)
    docs = documents()
    made = []
    for index in range(count):
        doc = docs[rng.randrange(len(docs))]
        # Move the story to another year of the span, by whole weeks so weekdays stay true.
        target = dt.date(rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12), rng.randint(1, 28))
        # Documents without marked dates (the Guardian's) keep theirs: moving them would make the
        # text contradict its own dateline.
        days = (target - doc.published).days // 7 * 7 if any(spans for _, spans in doc.sentences) else 0
        published = doc.published + dt.timedelta(days=days)
        length = rng.randint(8, 30)
        first = rng.randrange(max(1, len(doc.sentences) - length + 1))
        sentences = []
        for sentence, spans in doc.sentences[first:first + length]:
            for start, end, value in sorted(spans, reverse=True):
                moved = _shift_value(value, days)
                if moved is not None and len(moved) >= 7:  # days and months: rewrite; bare years stay
                    sentence = sentence[:start] + written_date(rng, moved) + sentence[end:]
            sentences.append(sentence)
        if rng.random() < 0.3:  # a related paragraph from another story, as wire copy often has
            other = docs[rng.randrange(len(docs))]
            sentences.extend(s for s, _ in other.sentences[: rng.randint(1, 4)])
        title = _headline(sentences[0])
        outlet = rng.choice(OUTLETS)
        says_date = rng.random() < 0.7
        dateline = ""
        if says_date:
            dateline = rng.choice([
                f"Published {written_date(rng, published.isoformat())}\n\n",
                f"{published.isoformat()}\n\n",
                f"{MONTH_ABBR[published.month - 1]} {published.day}, {published.year} ({outlet})\n\n",
            ])
        text = f"{title}\n\n{dateline}" + "\n\n".join(sentences) + "\n"
        made.append(Article(f"{index:05d}_{rng.getrandbits(48):012x}.txt", title, outlet,
                            published if says_date else None, sentences, text))
    return made


_WIRE_DATELINE = re.compile(r"^[A-Z][A-Za-z'.,() -]{0,60}?(?:\((?:AP|Reuters|AFP)\))?\s*[_—–-]+\s*")
_GUARDIAN_STAMP = re.compile(r"^.*?\b\d{1,2}\.\d{2} (?:BST|GMT)\s+")


def _headline(sentence: str) -> str:
    words = _GUARDIAN_STAMP.sub("", _WIRE_DATELINE.sub("", sentence)).split()
    words = words[: max(5, min(len(words), 11))]
    return " ".join(words).rstrip(",.;:").strip("“”\"")


def write_articles(folder: Path, items: list[Article]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in items:
        (folder / article.name).write_text(article.text, encoding="utf-8")


# --- events ---------------------------------------------------------------------------------


def _value_for(rng: random.Random, published: dt.date) -> str:
    """A TIMEX3 value near the article's date: mostly days, some months and years."""
    when = published - dt.timedelta(days=int(rng.expovariate(1 / 20)))
    roll = rng.random()
    if roll < 0.70:
        return when.isoformat()
    if roll < 0.92:
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}"


def _event_date(rng: random.Random, value: str) -> object:
    """How the event file gives the date: YAML dates, TIMEX3 values and written English."""
    if len(value) == 10 and rng.random() < 0.45:
        return dt.date.fromisoformat(value)  # 2019-01-08 unquoted: YAML reads a date
    if rng.random() < 0.5:
        return int(value) if len(value) == 4 else value
    return written_date(rng, value).removeprefix("in ")


def events(count: int, corpus: list[Article], seed: int = 2) -> list[dict]:
    """count events, each quoting 1-3 sentences of the corpus' articles; ids never collide."""
    from timeline.loader import derive_id  # the loader's own rule, so derived ids stay unique

    rng = random.Random(seed)
    made: list[dict] = []
    seen: set[str] = set()
    while len(made) < count:
        article = corpus[rng.randrange(len(corpus))]
        published = article.published or _guess_published(article, rng)
        value = _value_for(rng, published)
        title = _title(rng, article)
        event_id = derive_id(value, title)
        if event_id in seen:
            continue
        seen.add(event_id)
        event: dict = {"date": _event_date(rng, value), "title": title}
        roll = rng.random()
        if roll < 0.03 and len(value) == 10:
            # Relative to the article's day, as the demo file writes "Tuesday".
            anchor = dt.date.fromisoformat(value) + dt.timedelta(days=rng.randint(1, 6))
            event["date"] = WEEKDAYS[dt.date.fromisoformat(value).weekday()]
            event["anchor"] = anchor
        elif roll < 0.08 and len(value) == 10:
            event["end"] = dt.date.fromisoformat(value) + dt.timedelta(days=rng.randint(1, 10))
        if rng.random() < 0.02:
            event["approximate"] = True
        if rng.random() < 0.5:
            summary = rng.choice(article.sentences)
            if rng.random() < 0.3:
                words = summary.split()
                at = rng.randrange(len(words))
                words[at] = f"**{words[at]}**"
                summary = " ".join(words)
            event["summary"] = summary
        tags = rng.sample(TAGS, rng.choice([0, 1, 1, 2, 2, 3]))
        if tags:
            event["tags"] = tags
        sources = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            cited = article if not sources else corpus[rng.randrange(len(corpus))]
            source: dict = {"file": f"seeds/{cited.name}", "title": cited.title, "outlet": cited.outlet,
                            "quote": rng.choice(cited.sentences)}
            if cited.published:
                source["published"] = cited.published
            if rng.random() < 0.2:
                source["url"] = f"https://news.example.org/{cited.published or 'undated'}/{cited.name[:-4]}"
            sources.append(source)
        event["sources"] = sources
        roll = rng.random()
        event["status"] = "reviewed" if roll < 0.4 else "rejected" if roll < 0.42 else "draft"
        made.append(event)
    return made


def _guess_published(article: Article, rng: random.Random) -> dt.date:
    return dt.date(rng.randint(FIRST_YEAR, LAST_YEAR), rng.randint(1, 12), rng.randint(1, 28))


def _title(rng: random.Random, article: Article) -> str:
    sentence = rng.choice(article.sentences)
    words = sentence.split()
    words = _GUARDIAN_STAMP.sub("", _WIRE_DATELINE.sub("", sentence)).split()[: rng.randint(6, 14)]
    title = " ".join(words).strip(" ,;:“”\"'")
    return title[:1].upper() + title[1:]


class _NoAliases(yaml.SafeDumper):
    """People do not write &id001 anchors: repeat the value instead."""

    def ignore_aliases(self, data):
        return True


def dump_event_file(document: dict, number: int) -> str:
    """The text of one event file, the way write_events writes it."""
    header = ("# yaml-language-server: $schema=../timeline/schema/events.schema.json\n"
              f"# Synthetic story {number}: events quoting real sentences (bench/synth.py).\n")
    return header + yaml.dump(document, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)


def write_events(folder: Path, items: list[dict], per_file: int = 50, seed: int = 3) -> list[Path]:
    """Event files of about per_file events each, as stories kept one file each; returns the paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, start in enumerate(range(0, len(items), per_file)):
        chunk = items[start:start + per_file]
        story = rng.choice(TAGS)
        path = folder / f"story-{number:04d}.yaml"
        path.write_text(dump_event_file({"version": 1, "tags": [story], "events": chunk}, number), encoding="utf-8")
        paths.append(path)
    return paths
