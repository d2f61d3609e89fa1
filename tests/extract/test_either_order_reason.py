"""An event dated by a numeric date the text leaves in either order ("03/04/2020": 4 March or 3 April)
says so in its reason. It said "'03/04/2020' names its date outright" at confidence 0.5, so the review
page gave a reader no hint that the day might be 3 April."""

from __future__ import annotations


def test_an_event_of_a_date_in_either_order_says_it_was_read_month_first_and_may_be_day_first(extract_events):
    events = extract_events("---\npublished: 2020-04-10\n---\nCouncil approves budget\n\n"
                            "The council approved the budget on 03/04/2020 after a long debate.\n")
    event, = events
    assert event["date"].isoformat() == "2020-03-04" and event["confidence"] == 0.5
    assert event["reason"] == ("'03/04/2020' may be read day first or month first and the text's other dates "
                               "do not tell which; read month first, as US news writes it")


def test_a_date_of_one_order_still_names_its_date_outright(extract_events):
    events = extract_events("---\npublished: 2020-04-10\n---\nCouncil approves budget\n\n"
                            "The council approved the budget on 25/03/2020 after a long debate.\n\n"
                            "The mayor signed it on 2 April 2020.\n")
    reasons = sorted(e["reason"] for e in events)
    assert reasons[0] == "'2 April 2020' names its date outright", reasons
    assert "may be read day first or month first" not in reasons[1], reasons


def test_a_date_read_in_the_order_of_the_texts_other_dates_says_so(extract_events):
    events = extract_events("---\npublished: 2020-04-10\n---\nCouncil approves budget\n\n"
                            "The council approved the budget on 03/04/2020 after a long debate.\n\n"
                            "The mayor signed it on 7 April 2020.\n")
    council, = (e for e in events if e["title"].startswith("The council"))
    assert council["date"].isoformat() == "2020-04-03" and council["confidence"] >= 0.8
    assert council["reason"] == ("'03/04/2020' names its date outright, not relative to another date; "
                                 "read day first: the text writes 7 April 2020")
