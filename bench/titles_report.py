"""Event titles on the Guardian swine-flu story (T17 h1n1): how many read as fragments.

Writes each article of the shared corpus as a .txt file with front matter (`published:`), its PTB
tokenisation roughly undone, into a temporary folder; runs `timeline extract seeds --out events`
there (the timeline imported from this checkout: run with PYTHONPATH set to it); and prints

- the number of events;
- titles of 4 words or fewer;
- titles ending on a function word (titles_words.yaml: a headline does not end on "into");
- titles with no verb, by a simple heuristic (`has_verb`): an auxiliary or modal, a pronoun with
  a clitic ("that's"), an irregular or short past form ("swept", "died"), a common linking or
  reporting verb ("seems", "warns"), all in titles_words.yaml, or a word after the first ending in
  "-ed" (5 letters or more), or the third person in -s of a common verb ("involves", base_verbs).
  It over-counts verbs ("confirmed cases" has none), so "no verb" is a lower bound of verbless
  titles; it misses present forms of verbs outside its lists ("The animal grazes") and a plural's
  ("Most outbreaks happen"), so a few counted as verbless have one: read the sample;
- titles with a reporting verb (titles_words.yaml) and no verb after the last one, by the same
  heuristic: cut before what was said has its verb ("... said that officials believe more than 100");
- a sample of each kind, and with --all every title.

    PYTHONPATH=. python bench/titles_report.py [--story DIR] [--all] [--keep DIR]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import shared_dir, this_checkout, write_story_seeds  # noqa: E402

STORY = shared_dir() / "data" / "t17-h1n1-guardian"

WORDS = yaml.safe_load((Path(__file__).resolve().parent / "titles_words.yaml").read_text("utf-8"))
FUNCTION_WORDS = frozenset(WORDS["function_words"].split())


def third_person(verb: str) -> str:
    """The present tense's third person of a verb's base form: "expects", "goes", "carries"."""
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


VERB_WORDS = frozenset([*" ".join(WORDS[key] for key in ("auxiliaries", "past_forms", "present_forms")).split(),
                        *map(third_person, WORDS["base_verbs"].split())])
CLITIC_HOSTS = frozenset(WORDS["clitic_hosts"].split())
REPORTING = frozenset(WORDS["reporting_verbs"].split())
REPORTING_THAT = frozenset(WORDS["reporting_that_verbs"].split())
AUXILIARIES = frozenset(WORDS["auxiliaries"].split())
CLITIC = re.compile(r"^(?P<host>\w+)'(s|re|ve|ll|d|m)$")


def has_verb(title: str) -> bool:
    words = [w.strip(".,;:\"'“”‘’()").replace("’", "'").lower() for w in title.split()]
    if any(w in VERB_WORDS or w.endswith("n't") for w in words):
        return True
    if any((clitic := CLITIC.match(w)) and clitic["host"] in CLITIC_HOSTS for w in words):
        return True  # "that's", "we're": not "Gazette's"
    return any(len(w) >= 5 and w.endswith("ed") for w in words[1:])


def said_without_verb(title: str) -> bool:
    """A reporting verb with no verb after the last one: the title stops before what was said has
    its verb ("... said that health officials believe more than 100")."""
    words = [w.strip(".,;:\"'“”‘’()").lower() for w in title.split()]
    frames = [i for i, w in enumerate(words)
              if (w in REPORTING or (w in REPORTING_THAT and words[i + 1:i + 2] == ["that"]))
              and not (i and words[i - 1] in AUXILIARIES)]
    if not frames:
        return False
    # has_verb does not count the first word's "-ed" (a title's subject): what was said has none.
    return not has_verb(" ".join(["-", *words[frames[-1] + 1:]]))


def ends_on_function_word(title: str) -> bool:
    """A capitalised last word is a name, not the function word it spells: "until 18 May"."""
    last = title.split()[-1].strip(".,;:\"'") if title.split() else ""
    return last.lower() in FUNCTION_WORDS and not last[:1].isupper()


def titles(events_dir: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(events_dir.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8")) or {}
        for event in data.get("events") or []:
            found.append((str(event.get("title", "")), str(event.get("summary", ""))))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--story", type=Path, default=STORY, help="a T17-style folder with articles.jsonl")
    parser.add_argument("--all", action="store_true", help="print every title")
    parser.add_argument("--keep", type=Path, help="work in this folder (kept) rather than a temporary one")
    parser.add_argument("--sample", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="titles-") as temporary:
        work = args.keep or Path(temporary)
        for old in (work / "events").glob("*.yaml") if (work / "events").exists() else ():
            old.unlink()  # a kept folder starts afresh: a re-run would keep the old titles
        articles = write_story_seeds(args.story, work / "seeds")
        done = subprocess.run([sys.executable, "-m", "timeline", "extract", "seeds", "--out", "events",
                               "--no-progress"], cwd=work, env=this_checkout(), capture_output=True, text=True)
        if done.returncode:
            print(done.stdout[-2000:], done.stderr[-2000:], file=sys.stderr)
            return 1
        found = titles(work / "events")
    short = [t for t, _ in found if len(t.split()) <= 4]
    dangling = [t for t, _ in found if ends_on_function_word(t)]
    verbless = [t for t, _ in found if not has_verb(t)]
    unsaid = [t for t, _ in found if said_without_verb(t)]
    print(f"articles: {articles}")
    print(f"events: {len(found)}")
    print(f"titles of <= 4 words: {len(short)}")
    print(f"titles ending on a function word: {len(dangling)}")
    print(f"titles with no verb (heuristic): {len(verbless)}")
    print(f"titles cut before what was said has a verb (heuristic): {len(unsaid)}")
    for label, items in (("<= 4 words", short), ("ending on a function word", dangling), ("no verb", verbless),
                         ("cut before what was said has a verb", unsaid)):
        print(f"\nsample, {label}:")
        for t in sorted(items)[: args.sample]:
            print(f"  {t}")
    if args.all:
        print("\nall titles:")
        for t, summary in found:
            print(f"  {t}\n      <- {summary[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
