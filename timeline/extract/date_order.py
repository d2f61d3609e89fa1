"""What a careful reader knows of the order in which an article writes a numeric date
("07/04/2020"), beyond the article's own dates, which the date engine reads itself
(timeline/dates/order.py): the convention stated for the article or its project, else the
country of its source. The countries, sites, outlets, confidences and words are data
(timeline/data/date_orders.yaml)."""

from __future__ import annotations

from urllib.parse import urlsplit

from timeline.dates import data_cache
from timeline.dates.order import StatedOrder
# the option's words (front matter, mkdocs.yml) -> the engine's
ENGINE_ORDER = {"day-first": "day_first", "month-first": "month_first"}


def data() -> dict:
    """The countries, sites, outlets, confidences and words (timeline/data/date_orders.yaml)."""
    return data_cache.shipped("data/date_orders.yaml")


def source_order(url: str | None, outlet: str | None) -> tuple[str, str] | None:
    """(order as written, why) that the article's source shows, or None: its address's site or
    country first, else its outlet's name."""
    table = data()
    host = (urlsplit(url.strip()).hostname or "") if isinstance(url, str) and "://" in url else ""
    if host:
        labels = host.lower().rstrip(".").split(".")
        sites = table["sites"]
        for i in range(len(labels) - 1):
            order = sites.get(".".join(labels[i:]))
            if order:
                return order, table["why"]["site"].format(host=host, order=order)
        order = table["countries"].get(labels[-1])
        if order:
            return order, table["why"]["site"].format(host=host, order=order)
        return None
    if isinstance(outlet, str) and outlet.strip():
        wanted = outlet.strip().casefold()
        for name, order in table["outlets"].items():
            if name.casefold() == wanted:
                return order, table["why"]["outlet"].format(outlet=outlet.strip(), order=order)
    return None


def stated_order(article, project: tuple[str, str] | None = None) -> StatedOrder | None:
    """The order a numeric date of `article` is read in when its own dates leave it open: its
    metadata's `date_order`, else the project's (`project`, or the article's `project_date_order`:
    (order, the file that states it)),
    else its source's; None without any (the engine then reads month first, unsure)."""
    table = data()
    why = table["why"]
    if article.date_order:
        said = why["article"].format(where=article.date_order_from or "metadata", order=article.date_order)
        return StatedOrder(ENGINE_ORDER[article.date_order], said, table["confidence"]["stated"])
    project = project or article.project_date_order
    if project is not None:
        order, file = project
        return StatedOrder(ENGINE_ORDER[order], why["project"].format(file=file, order=order), table["confidence"]["stated"])
    found = source_order(article.url, article.outlet or article.agency)
    if found is not None:
        return StatedOrder(ENGINE_ORDER[found[0]], found[1], table["confidence"]["source"])
    return None


def given_order(order: str) -> StatedOrder:
    """The order a person gave on the command line (`timeline tag --date-order day-first`)."""
    table = data()
    return StatedOrder(ENGINE_ORDER[order], table["why"]["given"].format(order=order), table["confidence"]["stated"])
