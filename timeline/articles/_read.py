"""Reading one article: decoding, metadata (side file, front matter, HTML head), main text."""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.articles.title_outlet import outlet_from_title, page_title
from timeline.articles.agency import agency_outlet
from timeline.articles.inline_html import without_pasted_tags, without_tags
from timeline.articles.boxes import summary_boxes_as_paragraphs
from timeline.articles.language import language_named, language_note, languages, reading
from timeline.articles.updates import moment, page_published, page_updated
from timeline.errors import Problem, TimelineError, display_path
from timeline.text import address_without_scheme
from timeline.yamlfile import Limits, YamlSyntaxError, load_with_lines

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
META_SUFFIX = ".meta.yaml"
# date: another name for published; retrieved, for accessed (when a person read the page at its url)
META_KEYS = ("title", "url", "outlet", "published", "date", "accessed", "retrieved", "updated", "date_order", "language")
# language: the language the article is written in ("French"), when its words do not tell
# (timeline/articles/language.py: a short item, or one that reads as two languages alike)
# date_order: the order of day and month the article writes a numeric date in ("07/04/2020"), when
# its other dates do not tell (timeline/extract/date_order.py)
DATE_ORDERS = ("day-first", "month-first")

# An HTML character reference, as text copied from a page's source carries them ("&quot;",
# "&nbsp;", "&#8217;"); only with its semicolon, so that "AT&T" and "R&D" stay as they are.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Spaces that only keep words together on a page: plain spaces to everything after (a quote with
# them was written to the event file as "Harbour\xa0Bridge"). One character each, so offsets stay.
_GLUE_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2007": " "})
# A day in a page's URL with its month as a word, as some papers file their stories
# (".../2025/oct/15/storm-live"), which the page's metadata reader does not take for a date.
_URL_DAY = re.compile(r"/(?P<year>\d{4})/(?P<month>[A-Za-z]{3,9})/(?P<day>\d{1,2})/")
# A <time> element's own tags: the extractor drops the element, words and all, and a live blog's
# entries lost the clock time that heads each of them ("<time>00:15 BST</time>"); its words stay.
_TIME_TAGS = re.compile(r"</?time\b[^>]*>", re.IGNORECASE)
# Front matter: a first line of exactly '---', YAML, and a closing '---' (or '...') line.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


class ArticleError(TimelineError):
    """An article that cannot be read; the message names the file (and line where there is one)."""


class EmptyArticle(ArticleError):
    """An article with no text to read (an empty file, a page without an article): skipped with a note."""


class WrongDateOrder(ArticleError):
    """An article whose metadata sets `date_order` to neither day-first nor month-first; `problem`:
    the same words as a Problem of that file and line, for `timeline check`."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it."""

    path: Path
    shown: str  # the path as the user would type it; what event sources cite
    text: str  # decoded, line ends as \n; spans count in this text
    body_start: int = 0  # where the article's own words start (after front matter)
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    agency: str | None = None  # the outlet its wire date line names ("CAIRO (AP) —"): for want of `outlet`
    published: dt.date | None = None
    published_from: str | None = None  # "side file NAME", "front matter", "HTML metadata"
    updated: dt.datetime | None = None  # when the page was last updated, as it says (extract/versions.py)
    # when it was first published, to the time a page's metadata gives (else its `published` day):
    # where a copy of a page that gives no update time stands among its copies (updates.saved_copies)
    first_published: dt.datetime | None = None
    accessed: dt.date | None = None  # when a person read the page at its url (`accessed:` or `retrieved:`)
    date_order: str | None = None  # "day-first" or "month-first", as its metadata states (`date_order:`)
    date_order_from: str | None = None  # where: "front matter", "side file NAME"
    # the project's date_order and the file that states it (("day-first", "mkdocs.yml")): set by
    # `timeline extract` for the articles it reads (extract/analyse.read_for_analysis)
    project_date_order: tuple[str, str] | None = None
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default=())  # things worth telling the user (e.g. a guessed encoding)
    # the language its words read as when not English (timeline/data/languages.yaml: "French"); None
    # for English. Its dates written out in its words are read (timeline/dates/languages.py)
    language: str | None = None


def files_not_read(paths: list[Path]) -> list[str]:
    """The files of the given folders that find_articles passes over, as the user would type them:
    a PDF or Word document dropped among the articles was skipped without a word, and its events
    were simply missing. Side files (NAME.meta.yaml) and hidden files are the articles' own."""
    skipped = []
    for path in paths:
        if not path.is_dir():
            continue
        for p in path.rglob("*"):
            hidden = any(part.startswith(".") for part in p.relative_to(path).parts)
            if p.is_file() and not hidden and p.suffix.lower() not in ARTICLE_SUFFIXES and not p.name.endswith(META_SUFFIX):
                skipped.append(display_path(p))
    return sorted(skipped)


def find_articles(paths: list[Path]) -> list[Path]:
    """The article files of the given files and folders, in a stable order; ArticleError if none."""
    found: dict[Path, str] = {}  # each file -> the name it sorts by: the path as the user would type it
    for path in paths:
        if path.is_dir():
            # A symbolic link out of the folder is skipped: what it points at was never put there to
            # be quoted and published.
            folder = path.resolve()
            for p in path.rglob("*"):
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."):
                    resolved = p.resolve()
                    if resolved.is_relative_to(folder):
                        found[p] = display_path(p, resolved)
        elif path.is_file():
            if path.suffix.lower() not in ARTICLE_SUFFIXES:
                raise ArticleError(
                    f"{display_path(path)}: not an article; timeline reads {', '.join(ARTICLE_SUFFIXES)} files"
                )
            found[path] = display_path(path)
        else:
            raise ArticleError(f"{display_path(path)}: no such file or folder")
    unique = sorted(found, key=found.__getitem__)
    if not unique:
        shown = ", ".join(display_path(p) for p in paths) or "."
        raise ArticleError(f"{shown}: no articles found (looked for {', '.join(ARTICLE_SUFFIXES)} files): save each "
                           f"article there as one of those (its text as .txt or .md, or the page as .html), then run again")
    return unique


UNREADABLE = "make it readable (its permissions, the disk), or leave it out"


def article_bytes(path: Path) -> tuple[bytes, bytes | None]:
    """All that read_article reads of an article: its file's bytes and its side file's (None without
    one), so that a reading can be kept under them (`mkdocs serve`: timeline.site.articles). OSError
    when either cannot be read, which read_article itself then says in words."""
    side = path.with_name(path.stem + META_SUFFIX)
    return path.read_bytes(), side.read_bytes() if side.is_file() else None


def read_article(path: Path, shown: str | None = None, read: tuple[bytes, bytes | None] | None = None) -> Article:
    """Read an article file; ArticleError says what is wrong and where. `shown` is the name sources
    cite (default: the path as the user would type it). `read`: the file's bytes and its side
    file's as article_bytes read them, read once for the caller's key and for the article alike."""
    shown = shown or display_path(path)
    try:
        raw = path.read_bytes() if read is None else read[0]
    except OSError as error:
        raise ArticleError(f"{shown}: cannot read the file: {error.strerror}; {UNREADABLE}") from None
    text, encoding, notes = decode(raw, shown)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise EmptyArticle(f"{shown}: the file is empty")
    meta: dict = {}
    meta_from = None
    # Each metadata's own text, its file and first line, its keys: the line of a date, for a message about it.
    meta_texts: list[tuple[str, str, int, dict]] = []
    body_start = 0
    suffix = path.suffix.lower()
    page_first = None
    if suffix in (".html", ".htm"):
        page_update = page_updated(text)
        page_first = page_published(text)
        text, meta, meta_from = _html(text, shown)
        if page_update is not None:
            meta["updated"] = page_update
    else:
        if suffix in MARKDOWN_SUFFIXES:
            # Markdown may hold HTML: its words are the article's, its tags are not (spans count
            # without them). Before the references, so that a written "&lt;b&gt;" stays as words.
            front = _FRONT_MATTER.match(text)
            cut = front.end() if front else 0
            text = text[:cut] + without_tags(text[cut:])
        else:
            # Text pasted from a page's source keeps its markup ("<p>", "<b>WHO</b>", "<a href=...>"):
            # only what is plainly markup goes, as a text may speak of tags ("the <title> element").
            front = _FRONT_MATTER.match(text)
            cut = front.end() if front else 0
            text = text[:cut] + without_pasted_tags(text[cut:])
        # A text file is not HTML: a reference in it is a character pasted from a page's source.
        text = _ENTITY.sub(_character, text)
        front = _FRONT_MATTER.match(text)
        if front is None:
            notes.extend(_unclosed_front_matter(text, shown))
        if front:
            meta = _meta_mapping(front.group("yaml") or "", shown, "front matter", line_offset=1, strict=False,
                                 notes=notes)
            meta_from = "front matter"
            meta_texts.append((front.group("yaml") or "", shown, 1, meta))
            body_start = front.end()
    text = text.translate(_GLUE_SPACES)
    side = path.with_name(path.stem + META_SUFFIX)
    if (side.is_file() if read is None else read[1] is not None):
        side_text = _read_side(side, None if read is None else read[1])
        side_meta = _meta_mapping(side_text, display_path(side), "side file")
        meta = {**meta, **side_meta}
        meta_from = f"side file {side.name}"
        meta_texts.append((side_text, display_path(side), 0, side_meta))
    key = "published" if "published" in meta else "date"
    published = _published(meta.get(key), _where_date(meta_texts, shown, ("published", "date")), meta_from, key)
    read_key = "accessed" if "accessed" in meta else "retrieved"
    accessed = _published(meta.get(read_key), _where_date(meta_texts, shown, (read_key,)), meta_from, read_key)
    updated = moment(meta["updated"]) if meta.get("updated") not in (None, "") else None
    if meta.get("updated") not in (None, "") and updated is None:
        raise ArticleError(f"{_where_date(meta_texts, shown, ('updated',))}: 'updated' in the {meta_from or 'metadata'} "
                           f"should be a date and time such as 2026-03-08T09:05 (or 2026-03-08), found {str(meta['updated'])!r}")
    date_order = meta.get("date_order")
    if date_order is not None and date_order not in DATE_ORDERS:
        raise WrongDateOrder(Problem(*_meta_line(meta_texts, shown, ("date_order",)), f"'date_order' in the {meta_from or 'metadata'} should be "
                                     f"{' or '.join(DATE_ORDERS)} (how the article writes 07/04/2020), found {str(date_order)!r}"))
    meant = address_without_scheme(meta.get("url"))
    if meant:  # `timeline extract` leaves it out of the sources it writes, which `timeline check` would refuse
        notes.append(f"{_where_date(meta_texts, shown, ('url',))}: 'url' {str(meta['url']).strip()!r} in the "
                     f"{meta_from or 'metadata'} has no https:// (a link needs it), and is left out: write {meant!r}")
    stated = meta.get("language")
    if stated is not None and str(stated).strip():
        language, tied = language_named(str(stated)), ()
        if language is None:
            names = [languages()["english"], *(n for n in languages()["languages"] if n != languages()["english"])]
            raise ArticleError(f"{_where_date(meta_texts, shown, ('language',))}: 'language' in the {meta_from or 'metadata'} "
                               f"should be one of {', '.join(names)} (the language the article is written in), "
                               f"found {str(stated)!r}")
    else:
        language, tied = reading(text[body_start:])
    notes.extend(language_note(language, shown, tied))
    return Article(
        path=path,
        shown=shown,
        text=text,
        body_start=body_start,
        # a title copied with its page's markup ("<b>Flu</b> reaches Mexico") reads as its words
        title=_text_or_none(without_pasted_tags(str(meta["title"])) if meta.get("title") is not None else None),
        url=_text_or_none(meta.get("url")),
        outlet=_text_or_none(meta.get("outlet")),
        agency=agency_outlet(text[body_start:]),
        published=published,
        published_from=meta_from if published else None,
        accessed=accessed,
        date_order=date_order,
        date_order_from=meta_from if date_order is not None else None,
        updated=updated,
        first_published=page_first or (moment(published) if published else None),
        encoding=encoding,
        notes=tuple(notes),
        language=None if language == languages()["english"] else language,
    )


# A first line of '---' and a key of ours on the lines under it: front matter, whatever closes it.
_OPENED = re.compile(r"\A---[ \t]*\n")
_META_KEY_LINE = re.compile(rf"^['\"]?(?:{'|'.join(META_KEYS)})['\"]?[ \t]*:")
_ANY_KEY_LINE = re.compile(r"^['\"]?[A-Za-z_][\w-]*['\"]?[ \t]*:(?:[ \t]|$)")


def _unclosed_front_matter(text: str, shown: str) -> list[str]:
    """A note for front matter that is opened ('---') and never closed: "--" or "----" under its keys
    read the whole file as the article, its keys as words, and the article lost its date and title,
    and the events of its first sentence, without a word. The file is still read as it is (as it
    was: a sentence under the keys gives its events). A first '---' over no key of ours (a Markdown
    rule, another tool's block) is left alone."""
    if not _OPENED.match(text):
        return []
    lines = text.split("\n")[1:]
    block = []
    for line in lines:
        if not line.strip():
            break
        block.append(line)
    if not any(_META_KEY_LINE.match(line) for line in block):
        return []
    unread = "read as the article's text, without its date and title"
    ending = next((number for number, line in enumerate(block, 2) if re.fullmatch(r"[-.=_ \t]+", line)), None)
    if ending is not None:
        written = block[ending - 2].strip()
        return [f"{shown}:{ending}: the front matter ends with a line of exactly '---', found {written!r}: write '---' "
                f"there (its keys were {unread})"]
    last_key = max(number for number, line in enumerate(block, 2) if _ANY_KEY_LINE.match(line))
    return [f"{shown}:1: the front matter opened here is not closed: put a line of exactly '---' after its last key "
            f"(line {last_key}); its keys were {unread}"]


def decode(raw: bytes, shown: str) -> tuple[str, str, list[str]]:
    """The text of the bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or a confident guess."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16", []
        except UnicodeDecodeError as error:
            raise ArticleError(f"{shown}: not valid UTF-16 (byte {error.start}); save the file as UTF-8") from None
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw, shown)
        if utf16 is not None:
            return utf16
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as error:
        utf8_error = error
    from charset_normalizer import from_bytes  # only for the rare file that is not UTF-8

    matches = from_bytes(raw)
    best = _western_first(matches)
    line = raw[: utf8_error.start].count(b"\n") + 1
    if best is None or best.chaos > 0.2 or best.encoding in ("utf_8", "ascii"):
        if b"\x00" in raw[:8192]:  # "(byte 0)" said nothing to someone who saved a PDF or a picture as .txt
            raise ArticleError(f"{shown}: binary data, not text: is this the right file? "
                               "An article is text (.txt, .md or .html) saved as UTF-8")
        column = utf8_error.start - (raw.rfind(b"\n", 0, utf8_error.start) + 1) + 1
        raise ArticleError(
            f"{shown}:{line}: not UTF-8 text (byte 0x{raw[utf8_error.start]:02x} at column {column}) and its "
            "encoding cannot be told with confidence; save the file as UTF-8"
        )
    note = (
        f"{shown}:{line}: not UTF-8; read as {best.encoding} (detected); "
        "save the file as UTF-8 to be sure"
    )
    return str(best), best.encoding, [note]


def _character(match: re.Match) -> str:
    """The character an HTML reference stands for; an unknown name, or a number that is no
    character, stays as written."""
    written = match.group(0)
    character = html.unescape(written)
    return written if character == written or character == "\ufffd" else character


def _western_first(matches):
    """The detector's best guess, except that Windows-1252 wins a tie. On short Western text the
    detector ranks code pages that decode the same bytes equally well by letter frequencies, and
    an English or French article saved as Latin-1 came out as Baltic cp775 ("sķcurisķ", "cafķ") or
    Central European cp1250 ("ŕ Genčve", "naďve"); cp1252, the usual legacy encoding of such
    text, reads it as written. Czech or Polish text, which cp1252 cannot read, never ties with it."""
    best = matches.best()
    if best is None:
        return None
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    return western if western is not None and western.chaos <= best.chaos else best


def _utf16_without_bom(raw: bytes, shown: str) -> tuple[str, str, list[str]] | None:
    """UTF-16 without its byte order mark has NUL in every other byte of Latin text; NUL is valid
    UTF-8, so without this check such an article reads as garbage and silently gives no event."""
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    half = max(len(raw) // 2, 1)
    encoding = "utf-16-le" if odd > 0.3 * half and even < 0.05 * half else "utf-16-be" if even > 0.3 * half and odd < 0.05 * half else None
    if encoding is not None and len(raw) % 2 == 0:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            text = None
        if text is not None and "\x00" not in text:
            return text, encoding, [f"{shown}: UTF-16 without a byte order mark; read as {encoding}; save the file as UTF-8 to be sure"]
    return None


def _read_side(path: Path, raw: bytes | None = None) -> str:
    try:
        return (path.read_bytes() if raw is None else raw).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{display_path(path)}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    except OSError as error:
        raise ArticleError(f"{display_path(path)}: cannot read the file: {error.strerror}; {UNREADABLE}") from None


def _meta_mapping(text: str, shown: str, what: str, line_offset: int = 0, strict: bool = True,
                  notes: list[str] | None = None) -> dict:
    """The metadata of a side file (strict: every key must be known) or front matter (other tools'
    keys such as 'layout' or 'tags' are left alone; one spelt close to a key of ours, 'publised',
    is said in `notes`: left alone unsaid, it left the article without its date)."""
    # Scraped pages are hostile input: the project's safe loader refuses object tags, alias bombs
    # and deep nesting (yaml.safe_load recursed into a RecursionError on 100,000 '['), and keeps an
    # impossible date such as 2019-02-30 as text for _published to name.
    try:
        data = load_with_lines(text, Limits(max_bytes=1_000_000))[0] if text.strip() else {}
    except YamlSyntaxError as error:
        line = (error.line + line_offset) if error.line else 0
        where = f"{shown}:{line}" if line else shown
        raise ArticleError(f"{where}: the {what} is not valid YAML: {error.message}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ArticleError(f"{shown}: the {what} should be a mapping with keys {', '.join(META_KEYS)}")
    unknown = sorted(str(k) for k in data if k not in META_KEYS)
    if not strict:
        for key in unknown:
            close = difflib.get_close_matches(key, META_KEYS, n=1, cutoff=0.8)
            if close and notes is not None:
                notes.append(f"{shown}: {key!r} in the {what} is not one of timeline's keys and is left alone: "
                             f"did you mean {close[0]!r}?")
        return {k: v for k, v in data.items() if k in META_KEYS}
    if unknown:
        # A typo ('publised:') was named with no line and the whole list of keys; an event file's names the key meant.
        key = unknown[0]
        line = getattr(data, "key_lines", {}).get(key)
        where = f"{shown}:{line + line_offset}" if line else shown
        close = difflib.get_close_matches(key, META_KEYS, n=1, cutoff=0.8)
        hint = f"did you mean {close[0]!r}?" if close else f"allowed keys: {', '.join(META_KEYS)}"
        raise ArticleError(f"{where}: unknown key {key!r} in the {what}; {hint}")
    return dict(data)


def _where_date(meta_texts: list[tuple[str, str, int, dict]], shown: str, keys: tuple[str, ...]) -> str:
    """`file:line` of the date (the first of `keys` found) in the last metadata that gives one of
    them (a side file's wins over front matter); `shown` when none does."""
    where, line = _meta_line(meta_texts, shown, keys)
    return f"{where}:{line}" if line else where


def _meta_line(meta_texts: list[tuple[str, str, int, dict]], shown: str, keys: tuple[str, ...]) -> tuple[str, int]:
    """(file, line) of the first of `keys` found in the last metadata that gives one of them (a
    side file's wins over front matter); line 0 when no line of it sets one, (`shown`, 0) when none does."""
    for yaml_text, where, line_offset, keys_given in reversed(meta_texts):
        if any(key in keys_given for key in keys):
            lines = yaml_text.split("\n")
            for key in keys:
                for number, line in enumerate(lines, 1):
                    if re.match(rf"['\"]?{key}['\"]?\s*:", line):
                        return where, number + line_offset
            return where, 0
    return shown, 0


def _published(value: object, shown: str, meta_from: str | None, key: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    else:  # "10 January 2019", "Jan. 10, 2019": read as an event file's date is
        from timeline.resolve import DateError, RelativeDateError, read_stamp

        try:
            period = read_stamp(text)
        except RelativeDateError:
            period = None
        except DateError as error:
            # "05/03/2026" was taken as 3 May without a word: an article's date that may be a day
            # two months off puts every relative date of it there too
            raise ArticleError(f"{shown}: '{key}' in the {meta_from or 'metadata'}: {error}") from None
        if period is not None and period.precision in ("day", "time"):  # a stamp's hour gives its day
            return period.first
    raise ArticleError(
        f"{shown}: '{key}' in the {meta_from or 'metadata'} should be a date such as 2019-01-10, "
        f"found {text!r}"
    )


def _text_or_none(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


# How the page's date is looked for: its metadata and markup only (a wider search guessed a year's
# first day, 2025-01-01 for a live blog of 15 October 2025 whose URL names the day as ".../2025/oct/15/...").
_DATE_SEARCH = {"extensive_search": False, "original_date": True}
# Where a page's date was read (Article.published_from; the site's words: timeline/data/date_sources.yaml).
PAGE_METADATA = "HTML metadata"  # its head, its JSON-LD, its address
PAGE_DATE_LINE = "date line on the page"  # a date shown to its readers ("Thursday 4 March 2021" under the headline)


def _html(page: str, shown: str) -> tuple[str, dict, str]:
    """The main text of a page (paragraphs separated by blank lines), its metadata, and where its
    date was read (_date_read_from)."""
    import trafilatura  # heavy: only when an HTML article is read

    page = _TIME_TAGS.sub("", summary_boxes_as_paragraphs(page))
    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params=_DATE_SEARCH,
    )
    body = (getattr(document, "text", None) or "") if document is not None else ""
    if not body.strip():
        raise EmptyArticle(f"{shown}: no article text found in this HTML page")
    paragraphs = [" ".join(line.split()) for line in body.split("\n")]
    text = "\n\n".join(p for p in paragraphs if p) + "\n"
    meta = {}
    for key, attribute in (("title", "title"), ("url", "url"), ("outlet", "sitename"), ("published", "date")):
        value = getattr(document, attribute, None)
        if value:
            meta[key] = value
    if "outlet" not in meta:
        # a saved page without og:site_name names its outlet at its <title>'s end, "... | World news |
        # The Guardian", and got none (title_outlets.yaml)
        outlet = outlet_from_title(page_title(page))
        if outlet:
            meta["outlet"] = outlet
    read_from = PAGE_METADATA
    if "published" in meta:
        read_from = _date_read_from(page, meta.get("url"), meta["published"])
    day_in_url = _URL_DAY.search(meta.get("url") or "")
    if "published" not in meta and day_in_url:  # read as a date is written, "15 oct 2025"
        meta["published"] = " ".join(day_in_url.group("day", "month", "year"))
    return text, meta, read_from


def _date_read_from(page: str, url: str | None, date: str) -> str:
    """Where the metadata reader (htmldate, through trafilatura) found the page's date `date`: in what
    the page tells machines (its head's meta tags and links, its JSON-LD, its address: PAGE_METADATA)
    when the same search over those alone finds it, else among the words shown to its readers
    (PAGE_DATE_LINE: a line of class "date" under the headline), which it reads after them."""
    from htmldate import find_date
    from lxml import etree, html as lxml_html

    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return PAGE_METADATA  # trafilatura read it somehow; nothing else to tell
    told = lxml_html.Element("html")
    head = tree.find("head")
    told.append(head if head is not None else lxml_html.Element("head"))
    for data in tree.xpath('//script[@type="application/ld+json"]'):
        told[0].append(data)
    return PAGE_METADATA if find_date(told, url=url, **_DATE_SEARCH) == date else PAGE_DATE_LINE
