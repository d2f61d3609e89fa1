"""A clock with no day that retells a happening dated earlier takes that happening's day.

"Slepian ... was shot to death last Oct. 23 ... The rifle was discovered April 8 ... Slepian was
shot to death at 10 p.m." (TempEval-3's NYT19990419.0515, gold 1998-10-23T22:00): the 10 p.m. was
counted from the day told last, April 8, at 0.72. A reader takes it as the shooting's hour.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from timeline.commands.tag import tag

STORY = ("Slepian was shot to death last Oct. 23 at his home in Amherst.\n\n"
         "The rifle was discovered April 8 buried one foot below the ground.\n\n")


def explained(tmp_path, text: str) -> dict[str, dict]:
    f = tmp_path / "story.txt"
    f.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(tag, [str(f), "--explain", "--dct", "1999-04-19"])
    assert result.exit_code == 0, result.output
    (doc,) = [json.loads(x) for x in result.output.splitlines() if x.strip()]
    return {t["text"]: t for t in doc["timexes"]}


def test_a_clock_retelling_a_dated_happening_takes_its_day_and_says_so(tmp_path):
    clock = explained(tmp_path, STORY + "Slepian, 52, was shot to death at 10 p.m. as he stood in his kitchen.\n")["10 p.m."]
    assert clock["value"] == "1998-10-23T22:00"
    assert "'Oct. 23' gave what it retells, 'shot to death'" in clock["reason"]


@pytest.mark.parametrize("sentence", [
    "Agents unloaded it at 10 p.m. in Washington.",  # another happening: the day told last
    "Slepian was shot to death. On April 9, at 10 p.m., agents came.",  # its sentence tells a date
    "He arrived at 10 p.m. in Washington.",  # one word says too little of which telling it repeats
])
def test_a_clock_that_retells_nothing_dated_keeps_the_day_told_last(tmp_path, sentence):
    clock = explained(tmp_path, STORY + sentence + "\n")["10 p.m."]
    assert not clock["value"].startswith("1998-10-23")
    assert "retells" not in clock["reason"]



def test_a_retelling_is_found_past_the_days_told_between(tmp_path):
    # NYT19990419.0515 tells seven dates between "last Oct. 23" and the 10 p.m.
    between = "".join(f"Agents met on April {d}, the report said.\n\n" for d in range(1, 8))
    clock = explained(tmp_path, STORY + between + "Slepian, 52, was shot to death at 10 p.m. in his kitchen.\n")["10 p.m."]
    assert clock["value"] == "1998-10-23T22:00"


def test_many_retellings_cost_each_the_same():
    """Each clock asks the last few days told (api.RETOLD_DAYS), not the whole text before it: asking
    every telling before it and every day, 400 retellings took 0.26 s where 200 took 0.10 s."""
    import datetime as dt
    import time

    from timeline.dates import tag

    def cost(n: int) -> float:
        text = STORY + "The rifle was found on April 8. He was shot to death at 10 p.m. in his kitchen. " * n
        best = float("inf")
        for _ in range(2):
            start = time.process_time()
            found = tag(text, dt.date(1999, 4, 19)).timexes
            best = min(best, time.process_time() - start)
        assert found[-1].value == "1998-10-23T22:00"
        return best

    small, large = cost(200), cost(1600)
    assert large < 8 * small * 2, (small, large)  # eight times the text: well under the square's 64
