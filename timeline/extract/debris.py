"""Scraped-page debris: repeated headlines, link boxes, 'Related Articles' trailers, server errors.

Debris is never deleted from the text (that would move every offset): it is found as spans, and
`mask` blanks those spans with spaces so that what follows sees only the article's own words at
their original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.dates.languages import stamp_line
from timeline.extract import rules

_DATA = "debris"


@dataclass(frozen=True)
class Debris:
    start: int
    end: int
    kind: str  # "headline", "standfirst", "link-box", "trailer", "run-on", or the name of a 'lines' pattern
    text: str


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str  # stripped
    block: int  # index of the blank-line separated block it belongs to
    first_in_block: bool


STAMP_IN_OTHER_WORDS = "stamp-in-other-words"  # debris.yaml names it among the kinds read_for_dates


def page_line(line: str) -> str | None:
    """The name of the page-furniture pattern a whole line matches (a date stamp, a byline, a
    prompt: data/debris.yaml's `lines`), or None for a line of the article's own."""
    named = rules.first_match(rules.patterns(_DATA, "lines"), line.strip())
    if named is not None:
        return named.name
    # a stamp in another language's words ("Publié le 13 mars 2020 à 10h32"), whose words are the
    # date engine's (timeline/dates/rules/languages.yaml, stamps)
    return STAMP_IN_OTHER_WORDS if stamp_line(line) else None


def find_debris(text: str, body_start: int = 0, written_lists: bool = False) -> tuple[list[Debris], str | None]:
    """The debris spans of an article's text, and its headline when the page shows one.
    `written_lists`: the text is one a person wrote (Markdown), whose list items are its content, not
    a page's link box ("- 13 March 2024: budget vote, 31 to 24", a researcher's note without a full
    stop, was masked as one and made no event, without a word)."""
    lines = _lines(text, body_start)
    if not lines:
        return [], None
    end_chars = rules.data(_DATA)["sentence_end"]
    max_words = int(rules.data(_DATA)["headline_max_words"])
    run_on_max = int(rules.data(_DATA)["run_on_max_words"])
    counts: dict[str, int] = {}
    for line in lines:
        counts[_key(line.text)] = counts.get(_key(line.text), 0) + 1

    found: list[Debris] = []
    headline = None
    running_head = None  # the running head of a PDF's page furniture at the top ("REPORT OF THE REVIEW    Page 1")
    trailer_from = None
    top = 0  # the first line that is no stamp, byline, prompt or menu: where the headline stands
    menus = _menu_blocks(lines, end_chars)
    wrapped = _wrapped_lines(lines)
    # Each line's furniture pattern, searched once: the loop below, a link box's lines and the live
    # blog's summaries all ask it (twice over, it took a sixth of finding the debris).
    furniture = [page_line(line.text) for line in lines]
    half = body_start + (len(text) - body_start) // 2
    for index, line in enumerate(lines):
        trailer = rules.first_match(rules.patterns(_DATA, "trailers"), line.text)
        if trailer is not None:
            if line.start >= half:
                trailer_from = index
                break
            found.append(Debris(line.start, line.end, "trailer", line.text))
            continue
        named = furniture[index]
        if named is not None:
            found.append(Debris(line.start, line.end, named, line.text))
            if index == top and running_head is None:
                running_head = _running_head(line.text, named)
            top += index == top
            continue
        if index == top and line.block in menus:
            found.append(Debris(line.start, line.end, "menu", line.text))
            top += 1
            continue
        if line.text.count(" ") >= run_on_max and _longest_run(line.text) > run_on_max:
            found.append(Debris(line.start, line.end, "run-on", line.text))
            continue
        glued = _glued_headline(line.text, max_words) if index == top and headline is None else None
        if glued is not None:
            # Masked, the text after it starts the line: the headline is no part of its sentence.
            headline = glued
            found.append(Debris(line.start, line.start + len(glued), "headline", glued))
            continue
        bullets = _glued_standfirst(line.text, max_words) if index == top and headline is None else None
        if bullets is not None:
            found.append(Debris(line.start, line.start + len(bullets), "standfirst", bullets))
            continue
        if (_headline_like(line.text, end_chars, max_words) and index not in wrapped and not written_lists
                and rules.first_match(rules.patterns(_DATA, "section_headings"), line.text) is not None):
            # a report's numbered section heading: no headline, nor a stray one whose lines are a
            # link box (the paragraph under "2. The failure" is the report's own)
            found.append(Debris(line.start, line.end, "section-heading", line.text))
            continue
        if (_headline_like(line.text, end_chars, max_words) and index not in wrapped
                and not (written_lists and _LIST_ITEM.match(line.text))):
            repeated = counts[_key(line.text)] > 1
            at_top = index == top or (headline is not None and _key(line.text) == _key(headline))
            if headline is None and (repeated or index == top):
                # a Markdown heading's '#' is markup, not the title's ("# Northwind timeline" was the notes' title)
                headline = _MD_HEADING.sub("", line.text, count=1) if written_lists else line.text
            kind = "headline" if (repeated or at_top) else "link-box"
            found.append(Debris(line.start, line.end, kind, line.text))
            # A stray headline glued to the next lines (no blank line between) is a link box:
            # its teaser text belongs to another story.
            if kind == "link-box":
                follower = index + 1
                while follower < len(lines) and lines[follower].block == line.block:
                    nxt = lines[follower]
                    # A line of its own kind (a date line under an agency's name) is that kind,
                    # read when the loop reaches it: as teaser text the page's date was lost.
                    if furniture[follower] is None:
                        found.append(Debris(nxt.start, nxt.end, "link-box", nxt.text))
                    follower += 1
    found.extend(inline_debris(text, body_start))
    found.extend(_summary_blocks(lines, furniture))
    if trailer_from is not None:
        start = lines[trailer_from].start
        found.append(Debris(start, len(text), "trailer", text[start:].strip()))
    found = _unique(found)
    # a report pasted from a PDF names itself in its running head when no headline stands under it
    return found, headline if headline is not None else running_head


def _running_head(line: str, named: str) -> str | None:
    """The running head of a PDF's page furniture line, the words before its page number after a
    wide gap (data/debris.yaml's pdf-page-furniture, `running_head`), when it reads as a headline."""
    pattern = next((p for p in rules.patterns(_DATA, "lines") if p.name == named), None)
    match = pattern.regex.match(line.strip()) if pattern is not None else None
    head = match.groupdict().get("running_head") if match is not None else None
    if not head:
        return None
    head = " ".join(head.split())
    end_chars = rules.data(_DATA)["sentence_end"]
    return head if _headline_like(head, end_chars, int(rules.data(_DATA)["headline_max_words"])) else None


def inline_debris(text: str, body_start: int = 0) -> list[Debris]:
    """The debris inside lines (data/debris.yaml's `inline`: a date stamp, a photo credit, a player's
    caption that a page without its line breaks ran into its text)."""
    found = []
    for pattern in rules.patterns(_DATA, "inline"):
        if pattern.needs is not None and not pattern.needs.search(text, body_start):
            continue  # the pattern's cheap part is not in the text: its search would find nothing
        for match in pattern.regex.finditer(text, body_start):
            found.append(Debris(match.start(), match.end(), pattern.name, match.group(0)))
    return found


def summary_openers() -> tuple:
    """The patterns of a line that opens a live blog's summary: a heading ("Key points") or a recap's
    lead ("Summary: The dam failed ...", "Here's a summary of the day so far:")."""
    return (*rules.patterns(_DATA, "summary_openers"),
            *(p for p in rules.patterns("events", "entry_lead_not_news") if p.name == "recap"))


def _summary_blocks(lines: list[_Line], furniture: list[str | None]) -> list[Debris]:
    """A live blog's summary (pinned at its top, or an entry recapping the day so far): its opening
    line and the lines after it up to the next entry's time. Its sentences tell again, a day later
    or in a word, what the entries tell; as events they stood beside the entries' own, dated from the
    page's day. Without an entry's time after it, the line is no live blog's and stays. `furniture`:
    each line's page_line."""
    openers = summary_openers()
    found: list[Debris] = []
    opened = None
    for index, line in enumerate(lines):
        if furniture[index] == "entry-time":
            if opened is not None:
                found.extend(Debris(x.start, x.end, "live-blog-summary", x.text) for x in lines[opened:index])
            opened = None
        elif opened is None and rules.first_match(openers, line.text) is not None:
            opened = index
    return found


def first_own_line(text: str) -> str:
    """The article's first line past the page furniture at its top (date stamps, bylines, a pasted
    page's skip link, menu and breadcrumb) and a report's numbered section headings ("1. Background"):
    what names an article that has no title."""
    lines = _lines(text, 0)
    menus = _menu_blocks(lines, rules.data(_DATA)["sentence_end"])
    headings = rules.patterns(_DATA, "section_headings")
    # The first line that is neither is returned: every menu passed over stood at the top.
    return next((line.text for line in lines if page_line(line.text) is None and line.block not in menus
                 and rules.first_match(headings, line.text) is None), "")


def _menu_blocks(lines: list[_Line], end_chars: str) -> set[int]:
    """The blocks made only of menu items: at least menu_min_lines lines of a few words each, none
    ending a sentence ("News", "Sport", "Life & style")."""
    most = int(rules.data(_DATA)["menu_max_words"])
    least = int(rules.data(_DATA)["menu_min_lines"])
    sizes: dict[int, int] = {}
    not_menu: set[int] = set()
    for line in lines:
        sizes[line.block] = sizes.get(line.block, 0) + 1
        if line.block not in not_menu and (len(line.text.split()) > most or not _headline_like(line.text, end_chars, most)):
            not_menu.add(line.block)
    return {block for block, size in sizes.items() if size >= least and block not in not_menu}


def markdown_markup(text: str) -> list[tuple[int, int]]:
    """Spans of Markdown markup that are not words: '#' of headings, '**' and '_' of emphasis, link targets."""
    spans = []
    for pattern in (_MD_HEADING, _MD_EMPHASIS, _MD_EMPHASIS_CLOSE, _MD_LINK_TARGET, _MD_LINK_OPEN):
        spans.extend(m.span(1) for m in pattern.finditer(text))
    return spans


def list_items(text: str, body_start: int = 0) -> tuple[list[tuple[int, int]], list[int]]:
    """(markers, starts) of the list items of a text: each item's bullet or number ("- ", "* ", "1. "),
    which is no word of its sentence (the quote and title began "- " and "1. "), and where its words
    begin, a sentence's start whatever the line before (a note's item without a full stop ran into
    the next: "- Cllr Lowe resigned (3 April 2023)" took "* The draft budget was published on 9
    January 2023." into its sentence, and that event was lost)."""
    markers, starts = [], []
    for item in _LIST_ITEM.finditer(text, body_start):
        markers.append(item.span(1))
        starts.append(item.end())
    return markers, starts


# A line that opens with a bullet or a number of one to three digits and a stop or bracket, then a
# space: Markdown's list items, and notes typed as lists in plain text.
_LIST_ITEM = re.compile(r"^[ \t]*([-*+•]|\d{1,3}[.)])[ \t]+(?=\S)", re.MULTILINE)
_MD_HEADING = re.compile(r"^(#{1,6} )", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(?<![\\\w])(\*\*|__|\*|_)(?=\S)")
_MD_EMPHASIS_CLOSE = re.compile(r"(?<=\S)(\*\*|__|\*|_)(?![\w*_])")
_MD_LINK_TARGET = re.compile(r"\](\([^)\s]*\))")
_MD_LINK_OPEN = re.compile(r"(\[)[^\]\n]*\]\(")


def mask(text: str, debris: list[Debris], body_start: int = 0, markup: list[tuple[int, int]] = ()) -> str:
    """The text with front matter, debris and markup blanked by spaces (line ends kept): same length.
    A page break a sentence runs across (page_breaks) is blanked whole but for one line end, so that
    what reads the masked text reads the sentence as one."""
    chars = list(text)
    spans = [(0, body_start), *((d.start, d.end) for d in debris), *markup]
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    if "\f" in text or any(d.kind in _page_furniture() for d in debris):
        masked = "".join(chars)
        for start, end in page_breaks(text, masked, debris):
            chars[start:end] = "\n" + " " * (end - start - 1)
    return "".join(chars)


def page_breaks(text: str, masked: str, debris: list[Debris]) -> list[tuple[int, int]]:
    """(start, end) of each page break of a text converted from a PDF that a sentence runs across:
    the blank stretch of `masked` (the text with its debris blanked) from the last word of a page to
    the first of the next, which holds a page's furniture (data/debris.yaml's page_breaks: a footer
    "Page 1 of 3", a page number, the running head repeated on each page; or a form feed) and no
    other debris (a section heading begins anew), after a line that ends no sentence and runs on
    (_runs_on). A sentence cut there was two: "... in the village hall of Lower Millbrook on" and
    "8 January 2009, the day before ...", or "28 Janu-" and "ary 2009" (the year alone)."""
    furniture, between = _page_furniture(), _page_between()
    marks = sorted([*((d.start, d.end) for d in debris if d.kind in furniture),
                    *((feed.start(), feed.end()) for feed in _FORM_FEED.finditer(text))])
    found: list[tuple[int, int]] = []
    for mark_start, mark_end in marks:
        start, end = mark_start, mark_end
        if masked[start:end].strip():
            continue  # furniture left unmasked (read for dates): no break to join over
        while start > 0 and masked[start - 1].isspace():
            start -= 1
        while end < len(masked) and masked[end].isspace():
            end += 1
        if not start or end == len(masked) or (found and found[-1] == (start, end)):
            continue
        if any(start <= d.start < end and d.kind not in furniture and d.kind not in between for d in debris):
            continue
        if _runs_on(masked, start, end):
            found.append((start, end))
    return found


def _runs_on(masked: str, start: int, end: int) -> bool:
    """Whether the line ending at `start` runs on over the page break into the words at `end`: it ends
    no sentence (data/debris.yaml's sentence_end), and the next page opens in lower case or with a
    number, or the line ends on a hyphen, a comma or a word that wants more (wrap_ending_words), or
    it is its paragraph's last line, not a paragraph alone (a heading without its stop)."""
    line_start = masked.rfind("\n", 0, start) + 1
    line = masked[line_start:start].strip()
    end_chars = rules.data(_DATA)["sentence_end"]
    if not line or (line.rstrip(_QUOTES + " \t") or line)[-1] in end_chars:
        return False
    first = masked[end:end + 1]
    if first.islower() or first.isdigit() or line.endswith("-") or _ends_wanting_more(line):
        return True
    before = masked.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return line_start > 0 and bool(masked[before:line_start - 1].strip())


@lru_cache(maxsize=None)
def _page_furniture() -> frozenset[str]:
    return frozenset(str(kind) for kind in rules.data(_DATA)["page_breaks"]["furniture"])


@lru_cache(maxsize=None)
def _page_between() -> frozenset[str]:
    return frozenset(str(kind) for kind in rules.data(_DATA)["page_breaks"]["between"])


def pages_joined(text: str) -> str:
    """The text, each page break a sentence runs across (page_breaks) blanked but for one line end,
    the same length: what the site's source page gives the date engine, which read "28 Janu-" at a
    page's foot over "ary 2009." on the next as the year 2009, where the event is 28 January. The text
    as it is when it has no page furniture (a form feed, or a line data/debris.yaml's furniture
    patterns match)."""
    if "\f" not in text:
        furniture = [p for p in rules.patterns(_DATA, "lines") if p.name in _page_furniture()]
        # only a short line that ends on a page number is searched (each line searched took 0.05 ms per KB)
        lines = (line for line in map(str.strip, text.split("\n"))
                 if line[-1:] in _PAGE_NUMBER_ENDS and len(line) <= _FURNITURE_LINE_MAX)
        if not any(rules.first_match(furniture, line) for line in lines):
            return text
    debris, _ = find_debris(text)
    breaks = page_breaks(text, mask(text, debris), debris)
    if not breaks:
        return text
    chars = list(text)
    for start, end in breaks:
        chars[start:end] = "\n" + " " * (end - start - 1)
    return "".join(chars)


_FURNITURE_LINE_MAX = 200  # a page's footer or head with its page number is shorter than this
_PAGE_NUMBER_ENDS = frozenset("0123456789-–—")  # how a page number or its dashes ("- 4 -") end a line


def page_breaks_in(text: str, masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """The page breaks mask joined inside text[start:end] (a sentence, a quote): each stretch that is
    one line end and blanks in `masked` but holds two line ends or a form feed in `text`, from the
    end of the words before it to the start of the words after it."""
    found = []
    for gap in _BLANK_RUN.finditer(masked, start, end):
        written = text[gap.start():gap.end()]
        if gap[0].count("\n") <= 1 and (written.count("\n") > 1 or "\f" in written):
            found.append((gap.start(), gap.end()))
    return found


_BLANK_RUN = re.compile(r"\s*\n\s*")
_FORM_FEED = re.compile("\f")


def _lines(text: str, body_start: int) -> list[_Line]:
    found = []
    block = 0
    previous_blank = True
    position = body_start
    for raw in text[body_start:].split("\n"):
        line_start = position
        position += len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            if not previous_blank:
                block += 1
            previous_blank = True
            continue
        lead = len(raw) - len(raw.lstrip())
        start = line_start + lead
        found.append(_Line(start, start + len(stripped), stripped, block, previous_blank))
        previous_blank = False
    return found


def _headline_like(line: str, end_chars: str, max_words: int) -> bool:
    # A closing quote ends a sentence only after its stop ('He said "no."'); a headline may end on
    # a quoted phrase ('Inspections were "years overdue"').
    end = line.rstrip(_QUOTES + " \t") or line
    if end[-1] in end_chars:
        return False
    return len(line.split()) <= max_words


_QUOTES = "\"'”’»"


def glued_breaks(text: str, debris: list[Debris]) -> list[int]:
    """Where a sentence must begin on the line whose headline ran into its text (find_debris): the
    page ran its standfirst and its photo caption together too ("... has also died tonight The Royal
    Alexandra Hospital in Paisley, Scotland."), glued as the headline was (data/debris.yaml's
    glued_headline), until the line's first sentence end."""
    for glued in debris:
        line_end = text.find("\n", glued.end)
        line_end = len(text) if line_end < 0 else line_end
        if glued.kind in ("headline", "standfirst") and text[glued.end:line_end].strip():
            break
    else:
        return []  # a headline is its line whole
    breaks = []
    at = glued.end
    while True:
        while at < line_end and text[at].isspace():
            at += 1
        if at == line_end:
            return breaks
        breaks.append(at)
        piece = _glued_piece(text[at:line_end])
        if piece is None:
            return breaks
        at += len(piece)


def _wrapped_lines(lines: list[_Line]) -> set[int]:
    """The lines of paragraphs hard-wrapped across lines (a plain-text article at 72 columns): each
    line but a paragraph's last ends without a stop, and read as a headline or a link box it took
    the whole paragraph with it. A line wraps into the next one of its block when that one starts
    in lower case, or when the article is hard-wrapped (no line longer than data/debris.yaml's
    wrap_max_columns) and the next line's first word would not have fitted on it: what a wrapping
    editor does; or when the line ends on a comma or on a word that wants what follows (data/debris.yaml's
    wrap_ending_words: "... between 1 and" over "6 March 2024. ...", as a PDF's text breaks where
    its type did), or on a month's name over a line opening with the rest of its date
    (wrap_month_words). A headline is shorter than the text's width, and stays one."""
    width = max(len(line.text) for line in lines)
    wraps = width <= int(rules.data(_DATA)["wrap_max_columns"])
    found: set[int] = set()
    for index, (line, nxt) in enumerate(zip(lines, lines[1:])):
        if nxt.block != line.block:
            continue
        first_word = nxt.text.split(None, 1)[0]
        if (nxt.text[:1].islower() or (wraps and len(line.text) + 1 + len(first_word) > width)
                or _ends_wanting_more(line.text) or _date_broken(line.text, first_word)):
            found.update((index, index + 1))
    return found


def _ends_wanting_more(line: str) -> bool:
    """Whether the line ends on a comma or on one of data/debris.yaml's wrap_ending_words."""
    if line.endswith(","):
        return True
    last = line.rsplit(None, 1)[-1].lower()
    return last in _wrap_ending_words()


def _date_broken(line: str, next_word: str) -> bool:
    """Whether the line ends on a month's name (data/debris.yaml's wrap_month_words) and the next
    line opens with a number, the rest of its date ("on 7 October" over "2026 requiring ...")."""
    return next_word[:1].isdigit() and line.rsplit(None, 1)[-1] in _wrap_month_words()


@lru_cache(maxsize=None)
def _wrap_month_words() -> frozenset[str]:
    return frozenset(str(word) for word in rules.data(_DATA)["wrap_month_words"])


@lru_cache(maxsize=None)
def _wrap_ending_words() -> frozenset[str]:
    return frozenset(str(word).lower() for word in rules.data(_DATA)["wrap_ending_words"])


def _glued_headline(line: str, max_words: int) -> str | None:
    """The headline a page that lost its line breaks ran into the next words of its first line
    (data/debris.yaml's glued_headline), or None. A line that is a headline whole is none."""
    if _headline_like(line, rules.data(_DATA)["sentence_end"], max_words):
        return None
    piece = _glued_piece(line)
    return piece if piece is not None and len(piece.split()) <= max_words else None


def _glued_standfirst(line: str, max_words: int) -> str | None:
    """The standfirst's bullets a page ran into the text of its first line (data/debris.yaml's
    glued_standfirst), each of at most `max_words` words; None when there are none."""
    for pattern in rules.patterns(_DATA, "glued_standfirst"):
        match = pattern.regex.match(line)
        items = [item for item in match.group("headline").split("•") if item.strip()] if match else []
        if items and all(len(item.split()) <= max_words for item in items):
            return match.group("headline")
    return None


def _glued_piece(text: str) -> str | None:
    """The words at the start of `text` that run into the next without a stop, as a headline does
    (data/debris.yaml's glued_headline): at least 3 words; None when there are none."""
    for pattern in rules.patterns(_DATA, "glued_headline"):
        match = pattern.regex.match(text)
        if match is not None and len(match.group("headline").split()) >= 3:
            return match.group("headline")
    return None


def _longest_run(line: str) -> int:
    """The most words the line holds between two sentence ends or semicolons: prose pauses long
    before data/debris.yaml's run_on_max_words, a list of teasers run together does not (a colon does
    not count: teasers of comment pieces are "Name: what they say")."""
    return max(len(run.split()) for run in _RUN_BREAK.split(line))


_RUN_BREAK = re.compile(r"[.!?;](?:\s|$)")


def _key(line: str) -> str:
    return " ".join(line.lower().split())


def _unique(found: list[Debris]) -> list[Debris]:
    """The spans not inside an earlier one. In (start, -end) order every earlier span starts at or
    before this one, so it is inside one of them exactly when it ends by the furthest end so far
    (comparing with every earlier span was quadratic: 3 million comparisons for a 4 MB page)."""
    kept = []
    furthest = -1
    for d in sorted(found, key=lambda d: (d.start, -d.end)):
        if d.end <= furthest:
            continue
        furthest = d.end
        kept.append(d)
    return kept
