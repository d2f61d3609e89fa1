"""Every benchmark writes a T17 story as the same input: the layout `timeline.extract.evaluate` writes."""

import json

import benchlib
import pytest
from timeline.extract import sentences
from timeline.extract.evaluate import main, write_articles

ARTICLE = {"id": "845", "time": "2009-05-12",
           "text": "Three more cases were confirmed in the UK today .\nIn what the journal `` Science '' described "
                   "as a first analysis , the virus spread .\n"}


def test_story_seeds_are_the_evaluation_articles_each_sentence_a_paragraph(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "articles.jsonl").write_text(json.dumps(ARTICLE) + "\n\n", encoding="utf-8")
    assert benchlib.write_story_seeds(story, tmp_path / "seeds") == 1
    (tmp_path / "evaluated").mkdir()
    write_articles(story, tmp_path / "evaluated")
    seed = (tmp_path / "seeds" / "00845.txt").read_text(encoding="utf-8")
    assert seed == (tmp_path / "evaluated" / "00845.txt").read_text(encoding="utf-8")
    assert seed == ("---\npublished: 2009-05-12\n---\nThree more cases were confirmed in the UK today.\n\n"
                    'In what the journal "Science" described as a first analysis, the virus spread.\n')
    body = seed.split("---\n", 2)[2]
    assert [s.text for s in sentences.split(body)] == body.strip().split("\n\n")


def test_evaluate_will_not_keep_into_a_folder_of_older_events(tmp_path, capsys):
    """A run over older event files keeps their events, as it keeps a person's: the figures, and a
    before/after diff of titles, would be the older run's."""
    (tmp_path / "kept" / "events").mkdir(parents=True)
    (tmp_path / "kept" / "events" / "old.yaml").write_text("version: 1\nevents: []\n", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path / "story"), "--keep", str(tmp_path / "kept")])
    assert stopped.value.code == 2
    assert "already holds event files; give a new or empty folder" in capsys.readouterr().err
