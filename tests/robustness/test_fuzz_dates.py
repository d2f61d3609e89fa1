"""The date engine over arbitrary Unicode: tags or the tool's own error, never another exception.

(The engine's own properties, spans and values, are in tests/dates/test_properties.py.)
"""

from __future__ import annotations

import datetime as dt
import os

from figures import example_ran
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import tag
from timeline.errors import TimelineError

EXAMPLES = 3000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 300
DATEISH = st.lists(
    st.sampled_from(["Jan.", "8,", "2019", "Tuesday", "last", "week", "1990s", "mid-", "\u2013", "\u00a0", "\u200b",
                     "\u202e", "٢٠١٩", "２０１９年", "\n\n", "--", "'", "9999", "0000", "31", "February", "30"])
    | st.text(max_size=4),
    max_size=60,
).map(" ".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=2000) | DATEISH,
       reference=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_tag_gives_dates_or_the_tools_own_error(text, reference):
    example_ran("dates.tag: arbitrary Unicode")
    try:
        result = tag(text, reference)
    except TimelineError:
        return
    for timex in result.timexes:
        assert text[timex.start:timex.end] == timex.text
