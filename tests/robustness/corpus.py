"""A synthetic news corpus for the no-data-loss tests: many stories, so many event files."""

from __future__ import annotations

import random
from pathlib import Path

PLACES = ["Tromsø", "Valparaíso", "Windhoek", "Yerevan", "Zanzibar", "Antofagasta", "Bergen", "Cluj", "Dunedin",
          "Esbjerg", "Faro", "Gdańsk", "Hobart", "Iquitos", "Jaffna", "Kananaskis", "Lubumbashi", "Mostar"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


SYLLABLES = ["ka", "lo", "mi", "ren", "dav", "sto", "qui", "bel", "tor", "nax", "vu", "pel", "gri", "zan", "hob", "ter"]


def name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def cast(index: int) -> tuple[random.Random, str, str, str]:
    """The two people and the place of story `index`, and the generator that drew them, for the rest of
    the article: an article and its follow-up draw the same names."""
    rng = random.Random(index)
    person = f"{name(rng)} {name(rng)}"
    other = f"{name(rng)} {name(rng)}"
    place = f"{name(rng)}{PLACES[(index * 11) % len(PLACES)][:3].lower()}"
    return rng, person, other, place


def article(index: int) -> tuple[str, str]:
    """The file name and text of article number `index`: its own people and place, three dated events."""
    rng, person, other, place = cast(index)
    year = 2000 + index % 20
    month = rng.randrange(12)
    day = rng.randrange(1, 28)
    text = (
        f"---\ntitle: {person} in {place}\npublished: {year}-{month + 1:02d}-{day:02d}\noutlet: Example Wire\n---\n"
        f"{person} arrived in {place} on {MONTHS[month]} {day}, {year}, for talks with {other}.\n\n"
        f"On {MONTHS[(month + 1) % 12]} {rng.randrange(1, 28)}, {year + (month == 11)}, {person} and {other} "
        f"signed an agreement on fisheries in {place}.\n\n"
        f"{other} said the two would meet again in {MONTHS[(month + 4) % 12]} {year + 1}.\n"
    )
    return f"a{index:03d}.txt", text


def write_articles(folder: Path, first: int, count: int, make) -> Path:
    """Write the articles `make(index)` gives for `count` indices from `first` into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(first, first + count):
        file_name, text = make(index)
        (folder / file_name).write_text(text, encoding="utf-8")
    return folder


def write_corpus(folder: Path, first: int, count: int) -> Path:
    return write_articles(folder, first, count, article)


def follow_up(index: int) -> tuple[str, str]:
    """A later article of the same story as article `index`: the same people and place, new events."""
    _, person, other, place = cast(index)
    year = 2000 + index % 20 + 1
    text = (
        f"---\ntitle: {person} back in {place}\npublished: {year}-06-15\noutlet: Example Wire\n---\n"
        f"{person} returned to {place} on June 3, {year}, and met {other} again.\n\n"
        f"On June 9, {year}, {person} and {other} opened a harbour in {place}.\n"
    )
    return f"f{index:03d}.txt", text


def write_follow_ups(folder: Path, first: int, count: int) -> Path:
    return write_articles(folder, first, count, follow_up)
