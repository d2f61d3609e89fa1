"""What every `timeline tag` and `timeline extract` pays before its first article stays small, and
its shortcuts build what the plain way builds. No timing here: what is guarded is what is done."""
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.dates import lexicon, scout
from timeline.dates.lexicon import trie_regex
from timeline.dates.rules import RULES_DIR, load_rules

REPO = Path(__file__).resolve().parents[2]


def _trie_of_dictionaries(words, atom=None) -> str:
    """The trie built as it was before: a tree of dictionaries, its keys sorted at every node."""
    atom = atom or lexicon._atom
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        keys = sorted(k for k in node if k)
        if not keys:
            return ""
        alts = [atom(k) + build(node[k]) for k in keys]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


@pytest.mark.parametrize("words", [
    ["a", "ab", "abc"], ["", "a"], ["x"], [], ["ab", "ac", "b"], ["a b", "a'b", "a’b"],
    ["june", "jun", "july", "jul", "january", "jan"], [chr(0x10FFFF), chr(0x10FFFF) + "a", "z"]])
def test_the_sorted_trie_is_the_trie_of_dictionaries(words):
    assert trie_regex(words) == _trie_of_dictionaries(words)


def test_every_trie_the_rules_load_is_the_trie_of_dictionaries(monkeypatch):
    """Each word list of lexicon.yaml and the scout's ~15,000 beginnings, character for character."""
    seen = []

    def spy(words, atom=None):
        words = list(words)
        seen.append((words, atom))
        return trie_regex(words, atom)

    monkeypatch.setattr(lexicon, "trie_regex", spy)
    monkeypatch.setattr(scout, "trie_regex", spy)
    load_rules()
    assert len(seen) > 50 and max(len(words) for words, _ in seen) > 10000
    for words, atom in seen:
        assert trie_regex(words, atom) == _trie_of_dictionaries(words, atom)


def _modules_after(code: str, cwd: Path) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sorted(sys.modules)))"],
                          capture_output=True, text=True, cwd=cwd, env={"PYTHONPATH": str(REPO), "PATH": ""})
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


def test_importing_the_command_line_loads_no_date_rules_nor_dateparser():
    modules = _modules_after("import timeline.cli", REPO)
    assert "dateparser" not in modules
    assert "timeline.dates.rules" not in modules  # each command imports what it runs


def test_tagging_a_text_needs_no_dateparser():
    """dateparser reads only what the rules leave (a typed date); a tag run never imports it (a
    fifth of a second)."""
    code = ("from timeline.cli import main\nimport sys\n"
            f"sys.argv = ['timeline', 'tag', '--dct', '2019-01-10', {str(REPO / 'seeds' / '003_659bc2890c4af82c.txt')!r}]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass")
    modules = _modules_after(code, REPO)
    assert "timeline.dates.rules" in modules  # it did tag
    assert "dateparser" not in modules
