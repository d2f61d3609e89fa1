"""The overview chart: how many events fall in each month (or year), as bars that link to them.

Only geometry is computed here; `templates/chart.html.jinja` draws it as an inline SVG, so the
picture needs no JavaScript and no image file, and follows the theme's colours through CSS.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from timeline.model import Event
from timeline.period import year_text
from timeline.site.layout import known_to_month, month_anchor, month_unknown_anchor, year_anchor, year_label

MAX_MONTH_SLOTS = 120  # above ten years of months, one bar per year reads better
MONTH_INITIALS_UP_TO = 24  # months charted: each has its initial under it (at 390 px wide, 15 px apiece)
MOST = 0.9  # a story's background years (1918 in a 2009 story) are this small a share, or smaller
WIDTH, HEIGHT, AXIS = 720, 100, 1  # the year labels are HTML below the SVG
# A month of one event beside April's 153 was a bar 0.6 px high: no eye told it from none. Its bar is
# at least this high (of HEIGHT; about 3 px), its count exact in its label.
MIN_BAR = 3
# On a phone (a chart 358 px wide) an axis label's character is about 7 px, 2% of the width: a label
# that starts closer to the one before than that one's characters and a space take goes a row lower
# there ("2008" and "2009" a bar apart, 8.3%, read "20082009" on the Guardian story's overview).
PHONE_CHAR_PERCENT = 2


@dataclass(frozen=True)
class Bar:
    key: tuple  # (year,) for the year, (year, month) for a month
    label: str  # "January 2019: 3 events"
    count: int
    page_year: int
    anchor: str
    coarse: bool  # counts events known only to the year, drawn apart from the months
    outside: str = ""  # "1918–2003": the years of the events before or after those charted by month
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0


@dataclass(frozen=True)
class Tick:
    x: float
    text: str
    outside: bool = False  # the years of a bar for what lies outside those charted by month
    crowded: bool = False  # too near the label before it on a phone: shown a row lower there

    @property
    def percent(self) -> float:
        """Where the label goes below the chart, in % of its width: HTML text reads well at any width."""
        return round(100 * self.x / WIDTH, 2)


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    width: int
    height: int
    axis_y: int
    by: str  # "month" or "year"
    total: int
    months: tuple[Tick, ...] = ()  # each month's initial, centred under its bar, up to MONTH_INITIALS_UP_TO


def build_chart(events: list[Event], month_names: list[str]) -> Chart | None:
    """Bars over the whole span of the events, empty months included; None without events."""
    if not events:
        return None
    years = sorted({e.date.first.year for e in events})
    month_slots = (years[-1] - years[0] + 1) * 12
    slots: list[Bar] = []
    named: dict[int, str] = {}  # a year's tick text, where it is not the year (year_label)
    before: list[Event] = []
    after: list[Event] = []
    if month_slots > MAX_MONTH_SLOTS:
        # Most events in a few years, and a handful of background years far before or after: the
        # months of the few years, with one bar apiece for what lies outside them, not a bar per year
        # in which the story itself is one column.
        # The story's own events choose its years: those tagged background (1918's pandemic in a 2009
        # story) are by their tag far from it, and they get the outlined bars.
        own = _own(events)
        low, high = _most_years(own or events)
        if own and len(own) < len(events):
            # Beside events tagged background, those before the busiest years that are not are the
            # story's own start (a dispute told at its end, begun with a warning the year before):
            # charted by month with it, not in the outlined bar of the background years. Those
            # after it (a forecast for 2011 in a 2009 story) are left to the rule of most years.
            low = min(low, max(min(e.date.first.year for e in own), high - MAX_MONTH_SLOTS // 12 + 1))
        if (high - low + 1) * 12 <= MAX_MONTH_SLOTS:
            before = [e for e in events if e.date.first.year < low]
            after = [e for e in events if e.date.first.year > high]
            events = [e for e in events if low <= e.date.first.year <= high]
            years = sorted({e.date.first.year for e in events})
            month_slots = (years[-1] - years[0] + 1) * 12
            if before:
                slots += [_outside(before, "before", years[0]), _gap(years[0])]
    if month_slots <= MAX_MONTH_SLOTS:
        by = "month"
        coarse = Counter(e.date.first.year for e in events if not known_to_month(e))
        fine = Counter((e.date.first.year, e.date.first.month) for e in events if known_to_month(e))
        # From the first month with events to the last; a year-only bar stands at the start of its year.
        first_month = min([k[1] for k in fine if k[0] == years[0]] or [13])
        last_month = max([k[1] for k in fine if k[0] == years[-1]] or [0])
        for year in range(years[0], years[-1] + 1):
            if coarse[year]:
                # beside months of its own, the year's whole-year events stand under their own heading
                anchor = month_unknown_anchor(year) if any(k[0] == year for k in fine) else year_anchor(year)
                slots.append(Bar((year,), _count_label(year_text(year) + ", the year as a whole", coarse[year]),
                                 coarse[year], year, anchor, True))
            for month in range(1, 13):
                if (year, month) < (years[0], first_month) or (year, month) > (years[-1], last_month):
                    continue
                n = fine[(year, month)]
                slots.append(Bar((year, month), _count_label(f"{month_names[month - 1]} {year_text(year)}", n), n, year,
                                 month_anchor(year, month), False))
        if after:
            slots += [_gap(years[-1]), _outside(after, "after", years[-1])]
    else:
        by = "year"
        counts = Counter(e.date.first.year for e in events)
        # Over centuries, empty years would squeeze the bars to nothing: show only years with events.
        span = range(years[0], years[-1] + 1) if len(range(years[0], years[-1] + 1)) <= MAX_MONTH_SLOTS else years
        by_year: dict[int, list[Event]] = {}
        for event in events:
            by_year.setdefault(event.date.first.year, []).append(event)
        for year in span:
            # the 9th century's bar says so, as its heading does, not "800"
            named[year] = year_label(year, by_year.get(year, []))
            slots.append(Bar((year,), _count_label(named[year], counts[year]), counts[year], year, year_anchor(year), False))
    peak = max(b.count for b in slots) or 1
    step = WIDTH / len(slots)
    drawable = HEIGHT - AXIS - 4
    bars, ticks, initials = [], [], []
    # A year's page charted its months under one label, "2009": which bar was April had to be counted.
    name_months = by == "month" and sum(len(b.key) == 2 for b in slots) <= MONTH_INITIALS_UP_TO
    for i, bar in enumerate(slots):
        h = max(round(drawable * bar.count / peak, 2), MIN_BAR) if bar.count else 0
        bars.append(Bar(**{**bar.__dict__, "x": round(i * step + step * 0.1, 2), "width": round(step * 0.8, 2),
                           "y": round(HEIGHT - AXIS - h, 2), "height": h}))
        if bar.outside:
            ticks.append(Tick(round(i * step, 2), bar.outside, outside=True))
            continue
        if not bar.label:  # the gap beside the bar of what lies outside
            continue
        if name_months and len(bar.key) == 2:
            initials.append(Tick(round(i * step + step / 2, 2), month_names[bar.key[1] - 1][:1]))
        starts_year = bar.key == (bar.page_year,) or bar.key == (bar.page_year, 1) or not ticks or not slots[i - 1].label
        text = named.get(bar.page_year, year_text(bar.page_year))
        if starts_year and (not ticks or ticks[-1].text != text):
            ticks.append(Tick(round(i * step, 2), text))
    total = len(events) + len(before) + len(after)
    return Chart(tuple(bars), _stagger(_thin(ticks)), WIDTH, HEIGHT, HEIGHT - AXIS, by, total, tuple(initials))


def _own(events: list[Event]) -> list[Event]:
    """The events not tagged background (timeline/extract/data/events.yaml, background.tag)."""
    from timeline.extract import background

    tag = background.tag().casefold()
    return [e for e in events if not any(t.casefold() == tag for t in e.tags)]


def _most_years(events: list[Event]) -> tuple[int, int]:
    """The fewest consecutive years that hold MOST of the events (the latest such, on a tie)."""
    ys = sorted(e.date.first.year for e in events)
    k = max(1, -(-len(ys) * int(MOST * 100) // 100))
    best = min(range(len(ys) - k + 1), key=lambda i: (ys[i + k - 1] - ys[i], -i))
    return ys[best], ys[best + k - 1]


def _outside(events: list[Event], side: str, edge: int) -> Bar:
    """One outlined bar for the events before (or after) the years charted by month; it links to the first."""
    years = sorted({e.date.first.year for e in events})
    span = year_text(years[0]) if len(years) == 1 else f"{year_text(years[0])}–{year_text(years[-1])}"
    return Bar((years[0],), _count_label(f"{span}, {side} {year_text(edge)}", len(events)), len(events), years[0],
               year_anchor(years[0]), True, outside=span)


def _gap(year: int) -> Bar:
    return Bar((year,), "", 0, year, year_anchor(year), False)


def _thin(ticks: list[Tick]) -> tuple[Tick, ...]:
    """At most about twelve year labels, so that they never overlap."""
    every = max(1, -(-len(ticks) // 12))
    return tuple(t for i, t in enumerate(ticks) if i % every == 0)


def _stagger(ticks: tuple[Tick, ...]) -> tuple[Tick, ...]:
    """Marks each label too near the last unmarked one of its row (the outside bars' labels are a row
    of their own) to be read beside it on a phone."""
    last: dict[bool, Tick] = {}
    staggered = []
    for tick in ticks:
        before = last.get(tick.outside)
        crowded = before is not None and tick.percent - before.percent < PHONE_CHAR_PERCENT * (len(before.text) + 1)
        staggered.append(Tick(tick.x, tick.text, tick.outside, crowded) if crowded else tick)
        if not crowded:
            last[tick.outside] = tick
    return tuple(staggered)


def _count_label(what: str, n: int) -> str:
    return f"{what}: {n} event{'s' if n != 1 else ''}"
