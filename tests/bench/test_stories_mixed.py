"""Stories in a small fixed sample of the mixed collection (bench/stories_mixed.py): unrelated news
must not chain into one story, and the stories that are one must stay one."""

import pytest

import stories_mixed

# Company notices of the Wall Street Journal (TempEval-3 development documents), each its own story,
# that share only such names as Inc, Corp and New York Stock Exchange.
NOTICES = ["wsj_0027", "wsj_0068", "wsj_0106", "wsj_0135", "wsj_0150", "wsj_0151", "wsj_0348", "wsj_0534",
           "wsj_0541", "wsj_0555", "wsj_0637", "wsj_0667"]
# Reports of the 1998 embassy bombings in Nairobi and Dar es Salaam, from two agencies.
BOMBINGS = ["APW19980807.0261", "APW19980809.0700", "XIE19980808.0049", "XIE19980808.0188"]
GUARDIAN = ["00119", "00277", "00519", "00604", "00633", "00845"]  # swine-flu reports, each linked to every other


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    if not stories_mixed.TBAQ.exists() or not stories_mixed.GUARDIAN.is_dir():
        pytest.skip("the shared data (../shared/data) is not here")
    only = {f"tbaq/{doc}.txt" for doc in NOTICES + BOMBINGS} | {f"guardian/{n}.txt" for n in GUARDIAN}
    return stories_mixed.measure(tmp_path_factory.mktemp("mixed"), 1, only)


def test_no_story_mixes_collections_and_the_demo_articles_stay_one(result):
    assert result["articles"] == len(NOTICES) + len(BOMBINGS) + len(GUARDIAN) + 2
    assert result["by_collection"]["purity"] == 1.0
    assert result["demo_together"]


def test_company_notices_that_share_only_generic_names_do_not_chain_into_one_story(result):
    notices = [g for g in result["groups_largest_first"] if any(s.startswith("tbaq/wsj_") for s in g["sources"])]
    # (A pair that also shares a few words still joins: wsj_0534 and wsj_0541, two redemptions.)
    assert max(g["articles"] for g in notices) <= 2, notices
    assert len(notices) >= 8


def test_reports_of_one_story_stay_one(result):
    bombings = [g for g in result["groups_largest_first"] if "tbaq/apw-1998" in g["sources"]]
    assert bombings[0]["sources"] == {"tbaq/apw-1998": 2, "tbaq/xie-1998": 2}
    assert result["guardian_main_group"] == len(GUARDIAN)
