"""What every `timeline tag` and `timeline extract` pays before its first article stays small, and
its shortcuts build what the plain way builds. No timing here: what is guarded is what is done."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.dates import lexicon, rule_cache, scout
from timeline.dates.compiled import CodeBook
from timeline.dates import rules as rules_module
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


# The rule cache (rule_cache.py): what loading works out, kept for the next run.

def _built(rules) -> tuple:
    """Everything loading builds that tagging reads, in a comparable form: a compiled regex compares
    equal to another of the same pattern, flags and code."""
    return ([(r.name, r.pattern, frozenset(r.prefixes), r.regex, r.before, r.not_before, r.after, r.not_after,
              tuple((after, test.__self__, test.__name__, wanted) for after, test, wanted in r._checks)) for r in rules.rules],
            rules.scout.pattern, rules.scout.lower_regex, rules.scout.regex,
            {p: frozenset(i) for p, i in rules.scout.by_prefix.items()})


@pytest.fixture(scope="module")
def uncached():
    return _built(load_rules())


@pytest.fixture(scope="module")
def written(tmp_path_factory, uncached) -> Path:
    """The entry a first run with the shipped rules writes (and its rules, as worked out)."""
    folder = tmp_path_factory.mktemp("cache")
    assert _built(load_rules(cache=folder)) == uncached
    (entry,) = folder.glob("rules-*.bin")
    assert not list(folder.glob(".rules-*"))
    return entry


def _copy(entry: Path, folder: Path) -> Path:
    (folder / entry.name).write_bytes(entry.read_bytes())
    return folder / entry.name


def test_rules_read_from_the_cache_are_the_rules_worked_out(tmp_path, monkeypatch, written, uncached):
    kept = _copy(written, tmp_path)
    compile_as_usual = re.compile

    def no_beginnings(*args, **kwargs):
        raise AssertionError("the beginnings were worked out again")

    def no_compiling(pattern, flags=0):
        if len(pattern) > 200:  # a rule's or the scout's, not the few short ones loading compiles
            raise AssertionError(f"compiled again: {pattern[:60]!r}")
        return compile_as_usual(pattern, flags)

    monkeypatch.setattr(rules_module, "prefixes", no_beginnings)
    monkeypatch.setattr(scout, "trie_regex", no_beginnings)
    monkeypatch.setattr(re, "compile", no_compiling)  # nor is any regex of the rules compiled again
    again = load_rules(cache=tmp_path)
    assert all(rule.regex for rule in again.rules)
    monkeypatch.undo()
    assert _built(again) == uncached
    assert list(tmp_path.iterdir()) == [kept] and kept.read_bytes() == written.read_bytes()


def test_the_same_rules_write_the_same_bytes(tmp_path, written):
    load_rules(cache=tmp_path)
    (again,) = tmp_path.glob("rules-*.bin")
    assert again.name == written.name and again.read_bytes() == written.read_bytes()


def _rules_in(folder: Path, body: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "lexicon.yaml").write_bytes((RULES_DIR / "lexicon.yaml").read_bytes())
    (folder / "test.yaml").write_text("family: test\ntype: DATE\nrules:\n" + body, encoding="utf-8")
    return folder


_RULE = "- {name: r1, pattern: 'the {month} of {year}', value: '{year}-{month}'}\n"


def test_a_changed_rule_file_is_never_read_with_the_old_entry(tmp_path):
    cache = tmp_path / "cache"
    rules_dir = _rules_in(tmp_path / "rules", _RULE)
    before = load_rules(rules_dir, ("test.yaml",), cache=cache)
    assert all(p.startswith("the ") for p in before.rules[0].prefixes)
    _rules_in(rules_dir, "- {name: r1, pattern: 'in {month} {year}', value: '{year}-{month}'}\n")
    after = load_rules(rules_dir, ("test.yaml",), cache=cache)
    assert after.rules[0].prefixes == load_rules(rules_dir, ("test.yaml",)).rules[0].prefixes
    assert all(p.startswith("in ") for p in after.rules[0].prefixes)
    assert after.rules[0].regex.match("in June 2018")
    assert len(list(cache.glob("rules-*.bin"))) == 2


def test_a_broken_or_foreign_entry_is_worked_out_again(tmp_path, written, uncached):
    entry = _copy(written, tmp_path)
    whole = entry.read_bytes()
    entry.write_bytes(whole[:len(whole) // 2])  # cut short
    assert _built(load_rules(cache=tmp_path)) == uncached
    assert entry.read_bytes() == whole  # and kept whole again
    assert b'"rules":[' in whole
    entry.write_bytes(whole.replace(b'"rules":[', b'"rules":["no_such_rule",', 1))
    assert _built(load_rules(cache=tmp_path)) == uncached


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path, uncached):
    """Running as root, a read-only folder is still written: a file where the folder should be is not."""
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert _built(load_rules(cache=blocked / "cache")) == uncached
    assert blocked.read_text() == "not a folder"


def test_where_the_cache_is_kept():
    assert rule_cache.folder({"TIMELINE_CACHE_DIR": ""}) is None  # set empty: none kept
    assert rule_cache.folder({"TIMELINE_CACHE_DIR": "/x/y"}) == Path("/x/y")
    assert rule_cache.folder({"XDG_CACHE_HOME": "/c"}) == Path("/c/timeline")


def test_runs_loading_at_once_leave_one_whole_entry(tmp_path):
    """Processes that find no entry and write it at the same time: each writes its own temporary
    file and renames it into place, so one whole entry is left and no temporary file."""
    rules_dir = _rules_in(tmp_path / "rules", _RULE)
    cache = tmp_path / "cache"
    code = ("from pathlib import Path; from timeline.dates.rules import load_rules; "
            f"load_rules(Path({str(rules_dir)!r}), ('test.yaml',), cache=Path({str(cache)!r}))")
    runs = [subprocess.Popen([sys.executable, "-c", code], env={"PYTHONPATH": str(REPO), "PATH": ""})
            for _ in range(6)]
    assert [run.wait() for run in runs] == [0] * 6
    assert len(list(cache.glob("rules-*.bin"))) == 1 and not list(cache.glob(".rules-*"))
    assert _built(load_rules(rules_dir, ("test.yaml",), cache=cache)) == _built(load_rules(rules_dir, ("test.yaml",)))


def test_a_killed_runs_temporary_file_is_cleared_and_old_entries_dropped(tmp_path):
    import os
    import time

    left = tmp_path / ".rules-abc.tmp"
    left.write_text("{")
    os.utime(left, (time.time() - 7200,) * 2)
    for n in range(rule_cache.KEEP + 2):
        old = tmp_path / f"rules-{n:040d}.bin"
        old.write_text("{}")
        os.utime(old, (time.time() - 100 + n,) * 2)
    load_rules(_rules_in(tmp_path / "rules", _RULE), ("test.yaml",), cache=tmp_path)
    assert not left.exists()
    kept = sorted(p.name for p in tmp_path.glob("rules-*.bin"))
    assert len(kept) == rule_cache.KEEP and f"rules-{rule_cache.KEEP + 1:040d}.bin" in kept


def test_an_entry_read_is_kept_before_newer_entries_not_read_since(tmp_path):
    import os
    import time

    rules_dir = _rules_in(tmp_path / "rules", _RULE)
    cache = tmp_path / "cache"
    load_rules(rules_dir, ("test.yaml",), cache=cache)
    (mine,) = cache.glob("rules-*.bin")
    os.utime(mine, (time.time() - 1000,) * 2)  # written long ago
    for n in range(rule_cache.KEEP):  # other checkouts' entries, written since
        other = cache / f"rules-{n:040d}.bin"
        other.write_text("{}")
        os.utime(other, (time.time() - 500 + n,) * 2)
    header = {"key": "", "body": 0}
    hashed = rule_cache.key(rules_dir, ("test.yaml",))
    assert rule_cache.read(hashed, cache) is not None  # this run reads it
    rule_cache.write("f" * 64, cache, lambda: (header, b""))  # and another run writes one more: pruning
    kept = {p.name for p in cache.glob("rules-*.bin")}
    assert mine.name in kept and len(kept) == rule_cache.KEEP
    assert f"rules-{0:040d}.bin" not in kept  # the oldest unread one went


def test_a_compiled_regex_rebuilt_from_its_code_is_the_regex_compiled():
    book = CodeBook.read(*CodeBook.made_of([("(?P<a>x)|y", re.IGNORECASE), ("z+", 0), ("(", 0)]).written())
    assert book.regex("(?P<a>x)|y", re.IGNORECASE) == re.compile("(?P<a>x)|y", re.IGNORECASE)
    assert book.regex("(?P<a>x)|y", re.IGNORECASE).match("X").group("a") == "X"
    assert book.regex("z+", 0) == re.compile("z+")
    assert book.regex("(", 0) is None and book.regex("z+", re.IGNORECASE) is None  # not kept: compiled as usual


def test_regexes_kept_by_their_text_are_the_ones_re_compile_makes(tmp_path):
    from timeline.dates import compiled

    regexes = [(r"\b(?:said|told)\s+(?P<day>\w+day)\b", re.IGNORECASE), (r"[.!?](?=\s|$)", 0)]
    made = compiled.kept(regexes, tmp_path)
    assert len(list(tmp_path.glob("rules-*.bin"))) == 1
    read = compiled.kept(list(reversed(regexes)), tmp_path)  # the same texts: the same entry, read back
    assert len(list(tmp_path.glob("rules-*.bin"))) == 1
    for book in (made, read):
        compile = compiled.compiler(book)
        for pattern, flags in regexes:
            assert compile(pattern, flags) == re.compile(pattern, flags)
    assert compiled.compiler(read)("another", 0) == re.compile("another")  # not kept: compiled as usual
    compiled.kept([("another", 0)], tmp_path)  # another text, another entry
    assert len(list(tmp_path.glob("rules-*.bin"))) == 2
    assert compiled.kept(regexes, None) is None


def test_the_tense_cues_read_from_the_cache_are_the_cues_compiled(tmp_path, monkeypatch):
    from dataclasses import fields

    from timeline.dates import tense

    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path))
    tense.cues.cache_clear()
    try:
        first, _ = tense.cues(), tense.cues.cache_clear()
        second = tense.cues()  # read back from the entry the first wrote
        monkeypatch.setenv("TIMELINE_CACHE_DIR", "")
        tense.cues.cache_clear()
        plain = tense.cues()  # none kept: re.compile
    finally:
        tense.cues.cache_clear()
    assert list(tmp_path.glob("rules-*.bin"))
    for field in fields(plain):
        assert getattr(first, field.name) == getattr(plain, field.name) == getattr(second, field.name), field.name
