"""A date written as an adjective of a thing ("a 17th-century statue") tells the thing's age, not
when the sentence's event happened: it dates no event (date_as_adjective in
timeline/extract/data/events.yaml). On the Guardian swine-flu story it made the one event of the
17th century: "The church's ace, however, is a 17th-century statue, Jesus of Health." """

import pytest


@pytest.fixture
def extracted(extract_sentence):
    return lambda sentence: extract_sentence(sentence, "2009-05-03", "Mexico City prays")


@pytest.mark.parametrize("sentence", [
    "The church's ace, however, is a 17th-century statue, Jesus of Health.",
    "Residents of the 1960s-era tower block were moved out.",
    "Northwind recalled 2022-2024 Northwind Summit vehicles.",  # model years (helper-walk7)
])
def test_a_date_that_tells_a_things_age_makes_no_event(tmp_path, seed, extract, sentence):
    seed(f"---\npublished: 2009-05-03\n---\nMexico City prays\n\n{sentence}\n")
    result = extract("seeds", "--out", "events")
    assert result.exit_code == 0, result.output
    assert "0 added" in result.output and not list((tmp_path / "events").glob("*.yaml"))


@pytest.mark.parametrize("sentence, date", [
    ("The church was built in the 17th century.", "16"),
    ("On Friday, priests carried the 17th-century statue through the streets.", "2009-05-01"),
    # a plan's or a car's name is no date of the sentence: the sentence's other date is (helper-walk7)
    ("Northwind recorded charges under the 2025 Plan on Friday.", "2009-05-01"),
    ("Affected models: 2022-2024 Northwind Summit vehicles built from 09/02/2021 to 11/30/2023.", "2021-09-02"),
])
def test_a_date_of_the_happening_still_dates_it(extracted, sentence, date):
    assert str(extracted(sentence)["date"]) == date
