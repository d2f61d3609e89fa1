"""The chart's buckets and the site's URLs, as plain functions."""

from timeline.model import Event
from timeline.period import month_names, parse_value
from timeline.site.chart import MIN_BAR, build_chart
from timeline.site.layout import html_link, link, page_url, unique_slugs


def event(value, title="e"):
    return Event(id=f"{value}-{title}", date=parse_value(value), title=title)


def test_months_in_a_short_span_with_empty_months_and_a_bar_for_the_year():
    chart = build_chart([event("2018"), event("2018-11-03"), event("2019-01-07"), event("2019-01-08", "f")], month_names())
    assert chart.by == "month"
    assert [(b.key, b.count, b.coarse) for b in chart.bars] == [
        ((2018,), 1, True), ((2018, 11), 1, False), ((2018, 12), 0, False), ((2019, 1), 2, False)]
    tallest = max(chart.bars, key=lambda b: b.height)
    assert tallest.key == (2019, 1) and tallest.y + tallest.height == chart.axis_y
    assert [t.text for t in chart.ticks] == ["2018", "2019"]


def test_a_month_of_one_event_beside_a_crowded_one_is_a_bar_an_eye_can_see():
    # The Guardian's July (1 event) beside April (153) was 0.6 px high, as if it were empty.
    chart = build_chart([event("2009-07-01"), *(event("2009-04-21", f"e{i}") for i in range(153))], month_names())
    heights = {b.key: b.height for b in chart.bars}
    assert heights[(2009, 7)] == MIN_BAR and heights[(2009, 5)] == 0, heights
    assert heights[(2009, 4)] == chart.axis_y - 4


def test_each_month_charted_has_its_initial_under_the_middle_of_its_bar_up_to_two_years():
    # The journalist's walk: the 2009 page of the Guardian story charted its months under one
    # label, "2009"; which bar was April had to be counted.
    chart = build_chart([event("2009"), event("2009-01-05"), event("2009-04-21"), event("2009-05-01")], month_names())
    initials = chart.months
    assert [t.text for t in initials] == list("JFMAM") and [t.text for t in chart.ticks] == ["2009"]
    april = next(b for b in chart.bars if b.key == (2009, 4))
    assert [t.x for t in initials if t.text == "A"] == [round(april.x + april.width / 2, 2)]
    two_years = build_chart([event("2008-01-01"), event("2009-12-31")], month_names())
    assert len(two_years.months) == 24
    longer = build_chart([event("2008-01-01"), event("2010-01-01")], month_names())
    assert longer.by == "month" and longer.months == ()


def test_years_over_a_long_span_and_only_years_with_events_over_centuries():
    decades = build_chart([event("1990-05-01"), event("2019-01-08")], month_names())
    assert decades.by == "year" and len(decades.bars) == 30
    assert decades.bars[0].anchor == "in-1990" and decades.bars[1].count == 0
    centuries = build_chart([event("1500"), event("1789-07-14"), event("2019-01-08")], month_names())
    assert [b.key for b in centuries.bars] == [(1500,), (1789,), (2019,)]
    assert len(centuries.ticks) <= 12


def test_a_story_with_a_few_background_years_is_charted_by_month_with_one_bar_for_them():
    story = [event(f"2009-{month:02d}-{day:02d}", f"e{month}{day}") for month in range(4, 12) for day in (1, 2, 3, 4)]
    background = [event("1918"), event("1957-02"), event("2003-05-01")]
    chart = build_chart(background + story, month_names())
    assert chart.by == "month" and chart.total == 35
    first, gap, *months = chart.bars
    assert (first.count, first.coarse, first.outside, first.anchor) == (3, True, "1918–2003", "in-1918")
    assert first.label == "1918–2003, before 2009: 3 events"
    assert gap.count == 0 and not gap.label
    assert [b.key for b in months] == [(2009, m) for m in range(4, 12)] and all(b.count == 4 for b in months)
    assert [t.text for t in chart.ticks] == ["1918–2003", "2009"]
    later = build_chart(story + [event("2025")], month_names())
    assert later.bars[-1].outside == "2025" and later.bars[-1].label == "2025, after 2009: 1 event"
    assert later.bars[-2].count == 0


def test_a_year_label_a_bar_from_the_one_before_is_marked_to_go_a_row_lower_on_a_phone():
    # The reader's hour: the Guardian story's overview showed "20082009" on a phone.
    story = [event(f"2009-{month:02d}-01", f"e{month}") for month in range(4, 8) for _ in range(3)]
    chart = build_chart([event("1918"), event("2008"), event("2009"), *story], month_names())
    assert [(t.text, t.outside, t.crowded) for t in chart.ticks] == [
        ("1918", True, False), ("2008", False, False), ("2009", False, True)]
    # a label a tenth of the chart from the one before has room for itself and a space there
    decades = build_chart([event(f"{year}-01-01") for year in range(1990, 2020)], month_names())
    assert len(decades.ticks) == 10 and not any(t.crowded for t in decades.ticks)


def test_background_years_holding_more_than_a_tenth_of_the_events_keep_the_chart_by_year():
    events = [event("1990-05-01"), event("1991-05-01"), event("2019-01-08"), event("2019-01-09", "f")]
    assert build_chart(events, month_names()).by == "year"


def test_events_tagged_background_do_not_choose_the_storys_years_however_many():
    """On the Guardian story, 67 of 402 events lie before 2009 (60 of them tagged background): more
    than a tenth, so the chart went by year and 2009, the story, was one column among ninety years."""
    story = [event(f"2009-{month:02d}-{day:02d}", f"e{month}{day}") for month in range(4, 8) for day in (1, 2, 3, 4)]
    old = [Event(id=f"{year}-b", date=parse_value(str(year)), title="b", tags=("background",)) for year in range(1918, 1926)]
    chart = build_chart(old + story, month_names())
    assert chart.by == "month" and chart.total == 24
    assert chart.bars[0].outside == "1918–1925" and chart.bars[0].count == 8
    # Its own start the year before (not tagged) is charted by month with it, not with 1918-1925.
    begun = build_chart(old + [event("2008-11-20", "start")] + story, month_names())
    assert begun.bars[0].outside == "1918–1925" and begun.bars[0].count == 8
    assert [b.key for b in begun.bars[2:5]] == [(2008, 11), (2008, 12), (2009, 1)] and begun.bars[2].count == 1
    untagged = [Event(id=e.id, date=e.date, title=e.title) for e in old]
    assert build_chart(untagged + story, month_names()).by == "year", "untagged, they are the story's own"


def test_no_events_no_chart():
    assert build_chart([], month_names()) is None


def test_slugs_are_ascii_unique_and_never_index():
    slugs = unique_slugs(["North Korea", "north-korea", "日本", "index", "Ünïcödé"], "tag")
    assert slugs["North Korea"] == "north-korea" and slugs["north-korea"] == "north-korea-2"
    assert slugs["index"] == "index-2" and slugs["Ünïcödé"] == "unicode"
    assert slugs["日本"].startswith("tag-") and len(slugs["日本"]) == 12
    assert unique_slugs(["日本"], "tag") == {"日本": slugs["日本"]}, "stable across builds"


def test_links_between_pages():
    assert link("timeline.md", "tags/visit.md") == "tags/visit.md"
    assert link("tags/visit.md", "timeline/2019.md", "x") == "../timeline/2019.md#x"
    assert link("timeline.md", "timeline.md", "x") == "#x"
    assert page_url("timeline.md") == "timeline/" and page_url("tags/index.md") == "tags/"
    assert page_url("index.md") == "" and page_url("timeline/2019.md", False) == "timeline/2019.html"
    assert html_link("timeline.md", "timeline/2019.md", "in-2019-01") == "2019/#in-2019-01"
    assert html_link("timeline/2019.md", "timeline/2018.md") == "../2018/"
    assert html_link("timeline.md", "timeline/2019.md", "a", use_directory_urls=False) == "timeline/2019.html#a"
    assert html_link("timeline/2019.md", "timeline.md", None, use_directory_urls=False) == "../timeline.html"


def test_a_text_fragment_names_a_quote_by_the_words_before_it_and_its_first_and_last_words():
    from timeline.site.layout import text_fragment

    paragraph = "He said: Kim Jong-un, the North Korean leader, left Beijing by train on Wednesday, state media said. More.".split()
    # Commas and hyphens are the directive's own separators; a long quote keeps three words each end,
    # as the page shows them, after the two words before it.
    assert text_fragment("kim jong-un, the North Korean leader, left Beijing by train on Wednesday,  state media said.", paragraph) == (
        ":~:text=He%20said%3A-,Kim%20Jong%2Dun%2C%20the,state%20media%20said.")
    assert text_fragment("left Beijing by train", paragraph) == ":~:text=Korean%20leader%2C-,left%20Beijing%20by%20train"
    # A quote that opens its paragraph is where the paragraph's anchor opens the page; one not there has none.
    assert text_fragment("He said: Kim", paragraph) == ""
    assert text_fragment("Beijing by plane", paragraph) == "" and text_fragment(None, paragraph) == ""
