"""A council report's text pasted from its PDF (tests/fixtures/articles/pdf/review.txt): lines
broken where the type broke them, a running head with its page number on each page, the page
numbers alone on their lines. What `timeline extract` makes of it, as a journalist saves it."""

from pathlib import Path

from timeline.extract.refresh import points_at

REPORT = Path(__file__).resolve().parents[1] / "fixtures" / "articles" / "pdf" / "review.txt"


def _events(extract_checked):
    text = "---\npublished: 2024-03-20\n---\n" + REPORT.read_text(encoding="utf-8")
    return extract_checked({"review.txt": text})


def test_the_paragraph_after_a_page_break_makes_its_events_on_their_day(extract_checked):
    # "... after heavy rain between 1 and" over "6 March 2024. On 7 March 2024, at about 19:40, the
    # eastern wall was breached" was masked as a link box: the failure itself made no event, and the
    # flood warning "at 20:10 that evening" after it was counted from 5 December 2023.
    events = {" ".join(e.sources[0].quote.split()): e for e in _events(extract_checked)}
    breached = next(e for q, e in events.items() if "the eastern wall was breached" in q)
    assert breached.written == "2024-03-07T19:40"
    warning = next(e for q, e in events.items() if "severe flood warning at 20:10" in q)
    assert warning.written == "2024-03-07T20:10"
    assert not any("Page 1" in q or "REPORT OF THE RESERVOIR REVIEW" in q for q in events)


def test_the_report_is_cited_by_its_headline_not_its_running_head(extract_checked):
    titles = {source.title for event in _events(extract_checked) for source in event.sources}
    assert titles == {"Independent review of the Millbrook reservoir failure"}


def test_a_word_the_pdf_broke_across_lines_is_whole_in_titles_and_summaries_not_in_quotes(extract_checked):
    # "Its terms of refer-" over "ence were agreed": the title read "Its terms of refer- ence were agreed".
    events = _events(extract_checked)
    terms = next(e for e in events if "terms of refer" in e.sources[0].quote)
    assert terms.title == "Its terms of reference were agreed with the Environment Agency"
    assert "refer-\nence" in terms.sources[0].quote  # the quote is the article's text, as it is
    warning = next(e for e in events if "severe flood warning at 20:10" in e.sources[0].quote)
    assert warning.summary == "The Environment Agency issued a severe flood warning at 20:10 that evening."
    assert not any("- " in e.title for e in events)


def test_a_compound_the_pdf_broke_at_its_hyphen_keeps_it_where_the_article_tells_it_is_one(extract_checked):
    # "well-" over "known" was joined as any broken word: "A wellknown engineer resigned". The
    # article has "well-known" elsewhere, or "well" and "known" as words: a compound; "govern-" over
    # "ment" is still "government" ("ment" is no word of it), "mem-" over "ber" "member".
    text = ("---\npublished: 2024-03-20\n---\nReservoir review\n\n"
            "The well-\nknown engineer Jo Hale resigned from the review panel on 8 March 2024.\n\n"
            "The local govern-\nment told the panel on 11 March 2024 that its report was due.\n\n"
            "Hale said she had known the dam well for years. The panel met a new mem-\nber on 19 March 2024.\n")
    events = {e.written: e for e in extract_checked({"review.txt": text})}
    assert events["2024-03-08"].title == "The well-known engineer Jo Hale resigned from the review panel"
    assert events["2024-03-08"].summary.startswith("The well-known engineer Jo Hale resigned")
    assert "well-\nknown" in events["2024-03-08"].sources[0].quote  # the quote is the article's text
    assert events["2024-03-11"].title.startswith("The local government told the panel")
    assert events["2024-03-19"].title == "The panel met a new member"


# An agency's interim report pasted from its PDF, its last paragraph's date broken after its month.
AGENCY = ("Ohio Environmental Protection Agency\nInterim Report on the Halvorsen Chemicals Fire\n9 October 2026\n\n"
          "Samples taken on 6 October 2026 showed toluene at twelve times the\n"
          "drinking-water limit at the Elm Street intake.\n\n"
          "The agency issued an emergency order to the operator on 7 October\n"
          "2026 requiring it to contain all run-off and to fund independent\n"
          "monitoring for six months.\n")


def test_a_date_the_pdf_broke_after_its_month_makes_its_event_with_its_words_on_one_line(extract_checked):
    # "on 7 October" over "2026 requiring ..." was a link box: the emergency order made no event, without
    # a word. Its reason quotes the date's words on one line: "'7 October\n2026'" showed its backslash.
    events = extract_checked({"epa.txt": AGENCY})
    (order,) = [e for e in events if "emergency order" in e.sources[0].quote]
    assert order.written == "2026-10-07"
    assert order.title == "The agency issued an emergency order to the operator requiring it"
    assert order.reason == "'7 October 2026' names its date outright"
    assert order.sources[0].date_text == "7 October\n2026"  # the article's words, as they are
    assert order.sources[0].quote.startswith("The agency issued an emergency order to the operator on 7 October\n2026")


# A review's paragraph as a PDF's text keeps it: a month broken over two lines at a hyphen.
BROKEN_MONTH = ("---\npublished: 2009-03-03\n---\nMillbrook Dam review\n\n"
                "The Millbrook Dam was completed in 1968 and raised by two metres in 1987. On 14 Novem-\n"
                "ber 2008 the operator reported seepage at the foot of the eastern embankment. The em-\n"
                "bankment failed in the early hours of 11 Janu-\nary 2009, releasing four million cubic metres of\n"
                "water into the valley below.\n")


def test_a_month_the_pdf_broke_at_a_hyphen_dates_its_event_to_the_day(extract_checked):
    # "14 Novem-" over "ber 2008" was read as the year 2008 at 0.99, the day lost, and its title kept
    # "On 14 November"; the quote, its span and date_text stay the article's words as they are.
    events = {e.written: e for e in extract_checked({"review.txt": BROKEN_MONTH})}
    seepage = events["2008-11-14"]
    assert seepage.title == "The operator reported seepage at the foot of the eastern embankment"
    assert seepage.reason == "'14 November 2008' names its date outright"
    source = seepage.sources[0]
    assert source.date_text == "14 Novem-\nber 2008"
    start, end = source.span
    assert BROKEN_MONTH[start:end] == source.quote and "Novem-\nber" in source.quote
    assert events["2009-01-11"].title == "The embankment failed in the early hours"
    assert "2008" not in events and "2009" not in events


def test_the_source_page_marks_the_broken_date_whole():
    from timeline.site.dates import recognise

    text = "On\n14 Novem-\nber 2008 the operator reported seepage."
    (mark,) = recognise(text, None).marks
    assert (mark.text, mark.value) == ("14 Novem-\nber 2008", "2008-11-14")
    assert text[mark.start:mark.end] == mark.text


# An interim report as pdftotext writes it: three pages, each headed by the report's running head
# and ended by "Page N of 3" and a form feed; numbered section headings, one glued to its first
# paragraph; dates and words broken at a hyphen over two lines; no date of its own.
MILLBROOK = REPORT.with_name("millbrook-report.txt")
HEAD = "MILLBROOK DAM REVIEW — INTERIM REPORT"


def test_a_report_pasted_from_its_pdf_makes_its_events_on_their_days(extract_checked):
    text = "---\npublished: 2009-03-03\n---\n" + MILLBROOK.read_text(encoding="utf-8")
    events = extract_checked({"report.txt": text})
    by_title = {e.title: e for e in events}
    # each broken date on its day (the year alone before), each glued section's paragraph read
    # ("2. The failure" over "Heavy rain began ..." masked it as a link box: its six events were lost)
    assert by_title["The dam operator reported seepage at the foot of the eastern embankment"].written == "2008-11-14"
    assert by_title["The operator's engineers recommended repairs"].written == "2008-12-17"
    assert by_title["Heavy rain began"].written == "2009-01-09"
    assert by_title["The eastern embankment failed in the early hours"].written == "2009-01-11"
    assert by_title["The army's engineers sealed the breach"].written == "2009-01-28"
    assert by_title["The panel met for the first time"].written == "2009-02-02"
    assert not [e.written for e in events if e.written in ("2008", "2009")]
    for event in events:
        source = event.sources[0]
        assert source.title == HEAD  # what a reader calls it, not "1. Background"
        start, end = source.span
        # the article's words, the furniture of a page break the sentence runs across written "[…]"
        assert text[start:end] == source.quote or ("[…]" in source.quote and points_at(text, source.span, source.quote))
        assert not any(furniture in source.quote for furniture in ("Page ", HEAD, "1. Background", "2. The failure"))


def test_a_running_head_with_its_page_number_names_the_report_not_its_first_section_heading(extract_checked):
    # "MILLBROOK DAM REVIEW — INTERIM REPORT        Page 1 of 3" is page furniture, and "1. Background"
    # under it was taken for the headline: every event was cited as "1. Background".
    pages = MILLBROOK.read_text(encoding="utf-8").split("\f")
    text = "".join(page.replace(f"{HEAD}\n", f"{HEAD}          Page {number} of 3\n", 1)
                   for number, page in enumerate(pages, 1) if page.strip())
    events = extract_checked({"report.txt": "---\npublished: 2009-03-03\n---\n" + text})
    assert {source.title for event in events for source in event.sources} == {HEAD}


def test_a_report_that_opens_on_a_numbered_section_heading_is_not_named_by_it(extract_checked, tmp_path):
    from timeline.site.articles import _first_line

    body = MILLBROOK.read_text(encoding="utf-8").replace(f"{HEAD}\n\n", "")
    assert body.startswith("1. Background")
    events = extract_checked({"report.txt": "---\npublished: 2009-03-03\n---\n" + body})
    assert events and not {source.title for event in events for source in event.sources} - {None, HEAD}
    # the site names it by its first line of its own, as an article without a headline
    assert _first_line(body) == "The Millbrook Dam was completed in 1968 and raised by two metres in 1987. On 14 Novem-"


# The report's sentences that its pages cut: "... in the village hall of Lower" over "Millbrook on",
# then page 1's footer "Page 1 of 3", a form feed and page 2's running head, then "8 January 2009,
# the day before the rain began."; and "sealed the breach on 28 Janu-" over page 2's footer and
# page 3's head and "ary 2009.".


def _report_events(extract_checked) -> tuple[str, list]:
    text = "---\npublished: 2009-03-03\n---\n" + MILLBROOK.read_text(encoding="utf-8")
    return text, extract_checked({"report.txt": text})


def test_a_sentence_a_page_break_cuts_is_one_sentence_with_its_date(extract_checked):
    # It was two: "Residents were first told ... of Lower Millbrook on" made no event (no date of its
    # own), and "8 January 2009, the day before the rain began." was titled "The day before the rain began".
    text, events = _report_events(extract_checked)
    (meeting,) = [e for e in events if "public meeting" in e.sources[0].quote]
    assert meeting.written == "2009-01-08"
    assert meeting.title == "Residents were first told of the seepage at a public meeting"
    assert meeting.summary == ("Residents were first told of the seepage at a public meeting in the village hall of Lower "
                               "Millbrook on 8 January 2009, the day before the rain began.")
    source = meeting.sources[0]
    # the quote is the article's words, the page's furniture between them written "[…]"; its span
    # runs from the sentence's first word on page 1 to its last on page 2, as the text has them
    assert source.quote == ("Residents were first told of the seepage at a public meeting in the village hall of Lower\n"
                            "Millbrook on […] 8 January 2009, the day before the rain began.")
    start, end = source.span
    assert text[start:].startswith("Residents were first told") and text[:end].endswith("the day before the rain began.")
    assert "Page 1 of 3\n\f" + HEAD in text[start:end]
    assert points_at(text, source.span, source.quote)
    assert source.date_text == "8 January 2009"
    assert not [e for e in events if e.title.startswith("The day before")]


def test_a_date_word_a_page_break_cuts_at_its_hyphen_dates_its_event_to_the_day(extract_checked):
    # "28 Janu-" at page 2's foot, "ary 2009." under page 3's head: it was an event "Ary 2009" at the
    # year, and the breach's sealing "The army's engineers arrived in the valley and sealed the breach
    # on 28 Janu" on 14 January.
    text, events = _report_events(extract_checked)
    by_day = {e.written: e for e in events}
    sealed, arrived = by_day["2009-01-28"], by_day["2009-01-14"]
    assert sealed.title == "The army's engineers sealed the breach"
    assert arrived.title == "The army's engineers arrived in the valley"
    assert sealed.reason == "'28 January 2009' names its date outright"
    assert sealed.summary == "The army's engineers arrived in the valley on 14 January 2009 and sealed the breach on 28 January 2009."
    source = sealed.sources[0]
    assert source.quote.endswith("sealed the breach on 28 Janu- […] ary 2009.")
    assert source.date_text.startswith("28 Janu-") and source.date_text.endswith("ary 2009")
    assert points_at(text, source.span, source.quote)
    assert not [e for e in events if e.written in ("2008", "2009") or e.title.lower().startswith("ary")]


def test_a_report_whose_pages_cut_sentences_is_checked_and_read_again_without_a_word(extract_checked):
    # `timeline check` finds each quote at its span, "[…]" standing for the page's furniture; a second
    # run keeps every event as written and says no quote is gone from the article.
    from click.testing import CliRunner

    from timeline.cli import cli

    _report_events(extract_checked)
    events = Path("events")
    before = {p.name: p.read_bytes() for p in events.iterdir()}
    checked = CliRunner().invoke(cli, ["check", "events"], catch_exceptions=False)
    assert checked.exit_code == 0 and "all good" in checked.output, checked.output
    again = CliRunner().invoke(cli, ["extract", "seeds", "--out", "events"], catch_exceptions=False)
    assert again.exit_code == 0 and "no longer says" not in again.output and "wrote nothing" in again.output, again.output
    assert {p.name: p.read_bytes() for p in events.iterdir()} == before


def test_a_passive_verb_keeps_its_preposition_in_the_title(extract_checked):
    # "the warnings of Novem-" over "ber 2008 were not acted upon, and ..." was titled "... were not acted".
    _, events = _report_events(extract_checked)
    (warnings,) = [e for e in events if "not acted upon" in e.sources[0].quote]
    assert warnings.title == "It finds that the warnings were not acted upon"
    assert warnings.written == "2008-11"


def test_the_source_page_reads_a_date_a_page_break_cut_as_its_event_does():
    # "28 Janu-" at page 2's foot over "ary 2009." was marked on the source page as the year 2009;
    # the mark is the event's day, its words the text's (a mark across paragraphs is left unmarked).
    import datetime as dt

    from timeline.extract.debris import pages_joined
    from timeline.site.dates import recognise

    text = MILLBROOK.read_text(encoding="utf-8")
    marks = recognise(text, dt.date(2009, 3, 3)).marks
    assert not [m for m in marks if m.value == "2009"]
    (sealed,) = [m for m in marks if m.value == "2009-01-28"]
    assert text[sealed.start:sealed.end] == sealed.text
    assert sealed.text.startswith("28 Janu-\n") and sealed.text.endswith("\nary 2009")
    # a text without page furniture is given to the engine as it is
    assert pages_joined(BROKEN_MONTH) is BROKEN_MONTH and pages_joined(AGENCY) is AGENCY
