"""Hostile YAML: object tags, alias bombs, deep nesting, huge files. Refused, at a line, quickly.

"Quickly" and "bounded" are checked where they can be without timing a unit test: the bombs and
the deep files run in a child process under a 1 GB address-space limit and a generous timeout (a
hang guard, not a measurement); linear time is a ratio of two sizes. The figures (the slowest
hostile input and its time) come from `python tests/robustness/measure.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest

from timeline.errors import ProblemsError
from timeline.loader import load_events
from timeline.yamlfile import Limits, YamlSyntaxError, load_with_lines

SENTINEL = "PWNED"


def problems(path) -> list[str]:
    with pytest.raises(ProblemsError) as caught:
        load_events([path])
    return [str(p) for p in caught.value.problems]


# Every way to ask PyYAML for a Python object: refused, and the command never runs.
OBJECT_TAGS = [
    ("apply", "- !!python/object/apply:os.system ['touch {s}']\n", "python/object/apply:os.system"),
    ("apply in a value", "- date: 2019-01-08\n  title: !!python/object/apply:os.system ['touch {s}']\n", "python/object/apply:os.system"),
    ("apply as a key", "- ? !!python/object/apply:os.system ['touch {s}']\n  : x\n", "python/object/apply:os.system"),
    ("new", "- !!python/object/new:subprocess.Popen [['touch', '{s}']]\n", "python/object/new:subprocess.Popen"),
    ("object", "- !!python/object:os.PathLike {{}}\n", "python/object:os.PathLike"),
    ("name", "- !!python/name:os.system\n", "python/name:os.system"),
    ("module", "- !!python/module:os\n", "python/module:os"),
    ("tuple", "- !!python/tuple [1, 2]\n", "python/tuple"),
    ("bytes", "- !!python/bytes aGVsbG8=\n", "python/bytes"),
    ("verbatim tag", "- !<tag:yaml.org,2002:python/object/apply:os.system> ['touch {s}']\n", "python/object/apply:os.system"),
    ("TAG directive", "%TAG !p! tag:yaml.org,2002:python/\n---\n- !p!object/apply:os.system ['touch {s}']\n", "python/object/apply:os.system"),
    ("local tag", "- !include /etc/passwd\n", "'!include'"),
    ("apply via an alias", "- &x !!python/object/apply:os.system ['touch {s}']\n- *x\n", "python/object/apply:os.system"),
]


@pytest.mark.hostile("hostile YAML: object tags")
@pytest.mark.parametrize("name, text, tag", OBJECT_TAGS, ids=[t[0] for t in OBJECT_TAGS])
def test_object_tags_are_refused_and_never_run(tmp_path, monkeypatch, name, text, tag):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "e.yaml"
    path.write_text(text.format(s=SENTINEL), encoding="utf-8")
    (message,) = problems(path)
    line = text.count("\n", 0, text.index("!")) + 1 if not text.startswith("%") else 3
    assert message.startswith(f"e.yaml:{line}: could not determine a constructor for the tag ")
    assert tag in message and message.endswith("tags that build objects are not allowed; remove the tag")
    assert not (tmp_path / SENTINEL).exists()


@pytest.mark.hostile("hostile YAML: object tags")
def test_an_object_tag_given_to_a_merge_key_is_refused_and_never_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "e.yaml"
    path.write_text(f"- <<: !!python/object/apply:os.system ['touch {SENTINEL}']\n  title: A\n", encoding="utf-8")
    assert problems(path) == ["e.yaml:1: expected a mapping for merging, but found scalar"]
    assert not (tmp_path / SENTINEL).exists()


def laughs(levels: int, width: int = 9) -> str:
    lines = ['a0: &a0 ["lol"' + ', "lol"' * (width - 1) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def mapping_laughs(levels: int) -> str:
    lines = ["m0: &m0 {a: lol, b: lol, c: lol, d: lol}"]
    lines += [f"m{i}: &m{i} {{a: *m{i-1}, b: *m{i-1}, c: *m{i-1}, d: *m{i-1}}}" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


def merge_laughs(levels: int) -> str:
    lines = ["- &k0 {k0a: lol, k0b: lol, k0c: lol}"]
    for i in range(1, levels):
        lines.append(f"- &k{i} {{<<: [*k{i-1}], k{i}a: *k{i-1}, k{i}b: *k{i-1}, k{i}c: *k{i-1}}}")
    return "\n".join(lines) + "\n"


def wide_alias(items: int, uses: int) -> str:
    return "big: &big [" + ", ".join(["x"] * items) + "]\nuses: [" + ", ".join(["*big"] * uses) + "]\n"


# name, text, line of the alias that is refused
ALIAS_BOMBS = [
    ("billion laughs, 9 levels", laughs(9), 7),
    ("billion laughs, 30 levels", laughs(30), 7),
    ("billion laughs, 2 wide and 64 levels", laughs(64, width=2), 18),
    ("mapping bomb, 20 levels", mapping_laughs(20), 10),
    ("merge-key bomb, 40 levels", merge_laughs(40), 10),
    ("one 100,000-item list used 20 times", wide_alias(100_000, 20), 2),
]


@pytest.mark.hostile("hostile YAML: alias bombs")
@pytest.mark.parametrize("name, text, line", ALIAS_BOMBS, ids=[b[0] for b in ALIAS_BOMBS])
def test_alias_bombs_are_refused_at_the_alias(name, text, line):
    with pytest.raises(YamlSyntaxError) as caught:
        load_with_lines(text, Limits())
    assert caught.value.line == line
    assert caught.value.message.startswith("aliases repeat more than 1,000,000 values (an alias bomb?); *")
    assert caught.value.message.endswith("here is one too many: write the values out, or raise TIMELINE_YAML_MAX_ALIAS_NODES")


def test_aliases_within_the_limit_still_work(write):
    path = write("e.yaml", "- &one {date: 2019-01-08, title: A, tags: &t [x, y]}\n- {<<: *one, title: B, tags: *t}\n")
    assert [(e.title, e.tags) for e in load_events([path])] == [("A", ("x", "y")), ("B", ("x", "y"))]


@pytest.mark.hostile("hostile YAML: alias bombs")
def test_an_alias_inside_what_it_names_is_refused():
    with pytest.raises(YamlSyntaxError) as caught:
        load_with_lines("- &loop [a, *loop]\n")
    assert (caught.value.line, caught.value.message) == (
        1, "the alias *loop is inside the collection &loop it names; a value cannot contain itself")


def flow(n):
    return "[" * n + "]" * n


# name, text, line of the refusal
DEEP = [
    ("101 flow lists", flow(101), 1),
    ("1,000 flow lists", flow(1_000), 1),
    ("100,000 flow lists (crashed libyaml's composer)", flow(100_000), 1),
    ("1,000,000 unclosed flow lists", "[" * 1_000_000, 1),
    ("100,000 flow mappings", "{a: " * 100_000 + "1" + "}" * 100_000, 1),
    ("1,000 dashes on one line", "- " * 1_000 + "x\n", 1),
    ("1,000 indented lists", "".join("  " * i + "-\n" for i in range(1_000)), 101),
    ("1,000 indented mappings", "".join("  " * i + f"k{i}:\n" for i in range(1_000)), 101),
    ("deep inside a key", "? " + flow(5_000) + "\n: x\n", 1),
    ("deep inside an event", "- date: 2019-01-08\n  title: A\n  summary: " + flow(10_000) + "\n", 3),
]


@pytest.mark.hostile("hostile YAML: deep nesting")
@pytest.mark.parametrize("name, text, line", DEEP, ids=[d[0] for d in DEEP])
def test_deep_nesting_is_refused_with_its_line(name, text, line):
    with pytest.raises(YamlSyntaxError) as caught:
        load_with_lines(text, Limits())
    assert caught.value.line == line
    assert caught.value.message == "lists and mappings nest more than 100 deep here; an event file needs about 6 levels"


def test_nesting_up_to_the_limit_is_read():
    value, _ = load_with_lines(flow(100), Limits())
    depth = 0
    while value:
        value, depth = value[0] if value[0] else None, depth + 1
    assert depth == 99  # the innermost list is empty


CHILD = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from timeline.yamlfile import Limits, YamlSyntaxError, load_with_lines
    text = open(sys.argv[1], encoding="utf-8").read()
    start = time.process_time()
    try:
        load_with_lines(text, Limits())
        outcome = "loaded"
    except YamlSyntaxError as error:
        outcome = f"{error.line}: {error.message}"
    print(json.dumps({"outcome": outcome, "seconds": time.process_time() - start,
                      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))
""")


@pytest.mark.parametrize("name, text, line", ALIAS_BOMBS + DEEP, ids=[c[0] for c in ALIAS_BOMBS + DEEP])
def test_hostile_files_stay_within_1_GB_in_a_child_process(tmp_path, name, text, line):
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["outcome"].startswith(f"{line}: ")


@pytest.mark.hostile("hostile YAML: large files")
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "big.yaml"
    with path.open("wb") as out:
        out.truncate(10_000_001)  # sparse: nothing to parse, only a size
    assert problems(path) == [
        "big.yaml: the file is 10,000,001 bytes, more than the limit of 10,000,000: split it into several files, "
        "or raise TIMELINE_YAML_MAX_BYTES"
    ]


@pytest.mark.hostile("hostile YAML: large files")
def test_the_limits_are_configurable_from_the_environment(write, monkeypatch):
    path = write("e.yaml", "- date: 2019-01-08\n  title: A\n  tags: [a]\n")
    monkeypatch.setenv("TIMELINE_YAML_MAX_DEPTH", "2")
    assert problems(path) == [f"{path}:3: lists and mappings nest more than 2 deep here; an event file needs about 6 levels"]
    monkeypatch.setenv("TIMELINE_YAML_MAX_DEPTH", "3")
    monkeypatch.setenv("TIMELINE_YAML_MAX_BYTES", "20")
    assert problems(path) == [f"{path}: the file is 42 bytes, more than the limit of 20: split it into several files, or raise TIMELINE_YAML_MAX_BYTES"]
    monkeypatch.setenv("TIMELINE_YAML_MAX_BYTES", "10_000_000")
    assert len(load_events([path])) == 1


@pytest.mark.parametrize("value", ["many", "0", "-1", "1e6"])
def test_a_bad_limit_in_the_environment_is_a_clear_error(write, monkeypatch, value):
    from click.testing import CliRunner

    from timeline.cli import cli

    path = write("e.yaml", "- {date: 2019-01-08, title: A}\n")
    monkeypatch.setenv("TIMELINE_YAML_MAX_ALIAS_NODES", value)
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"TIMELINE_YAML_MAX_ALIAS_NODES={value!r} should be ")


# Large but legitimate: read, in time that grows linearly with the size.
BIG = [
    ("a title of 1 MB without a space", "- date: 2019-01-08\n  title: " + "x" * 1_000_000 + "\n"),
    ("a summary of 5 MB on many lines", "- date: 2019-01-08\n  title: A\n  summary: |\n" + ("    " + "word " * 20 + "\n") * 50_000),
    ("100,000 keys in one mapping", "- date: 2019-01-08\n  title: A\n" + "".join(f"  k{i}: v\n" for i in range(100_000))),
    ("a key of 1 MB", "- date: 2019-01-08\n  title: A\n  " + "k" * 1_000_000 + ": v\n"),
    ("100,000 tags", "- date: 2019-01-08\n  title: A\n  tags: [" + ", ".join(f"t{i}" for i in range(100_000)) + "]\n"),
]


@pytest.mark.hostile("hostile YAML: large files")
@pytest.mark.parametrize("name, text", BIG, ids=[b[0] for b in BIG])
def test_large_files_within_the_limit_are_read_or_refused_with_a_short_message(write, name, text):
    path = write("e.yaml", text)
    try:
        events = load_events([path])
    except ProblemsError as error:
        assert all(len(str(p)) < 400 for p in error.problems), "a message quotes at most a few words"
        assert len(error.problems) <= 101, "at most 100 problems and a count of the rest"
    else:
        assert len(events) == 1


def test_a_flood_of_problems_is_cut_to_a_page_and_a_count(write):
    path = write("e.yaml", "- date: 2019-01-08\n  title: A\n" + "".join(f"  k{i}: v\n" for i in range(1_000)))
    found = problems(path)
    assert len(found) == 101
    assert found[0].endswith("e.yaml: ... and 900 more problems in this file; fix the ones above first")


def events_text(count: int) -> str:
    return "".join(
        f"- date: 2019-01-{i % 28 + 1:02d}\n  title: Event {i}\n  tags: [a, b]\n"
        f"  sources:\n    - {{file: seeds/a.txt, quote: 'Quote {i}', span: [1, 2]}}\n"
        for i in range(count)
    )


def best_time(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        function()
        times.append(time.process_time() - start)
    return min(times)


def test_loading_time_grows_linearly_with_the_file():
    # Best of five: one garbage collection or a busy neighbour in a short run must not read as growth.
    small, large = events_text(1_000), events_text(8_000)
    ratio = best_time(lambda: load_with_lines(large, Limits()), 5) / best_time(lambda: load_with_lines(small, Limits()), 5)
    assert ratio < 8 * 2.5, f"8 times the events took {ratio:.1f} times as long"  # quadratic would be 64


@pytest.mark.hostile("hostile YAML: deep nesting")
@pytest.mark.parametrize("style", ["flow", "block"])
def test_the_deepest_nesting_allowed_loads_or_is_refused_without_a_traceback(write, monkeypatch, style):
    from timeline.yamlfile import MAX_DEPTH_ALLOWED

    monkeypatch.setenv("TIMELINE_YAML_MAX_DEPTH", str(MAX_DEPTH_ALLOWED))
    depth = MAX_DEPTH_ALLOWED - 2  # the list of events and the event's mapping are two of the levels
    if style == "flow":
        deep = "[" * depth + "x" + "]" * depth
    else:
        deep = "".join(f"\n{'  ' * (i + 2)}- " for i in range(depth)).rstrip() + " x"
    path = write("e.yaml", f"- date: 2019-01-08\n  title: A\n  note: {deep}\n")
    found = problems(path)  # a note must be text: one message about it, not a RecursionError
    assert len(found) == 1 and "note" in found[0], found


def test_a_depth_limit_beyond_what_python_can_follow_is_refused(write, monkeypatch):
    from click.testing import CliRunner

    from timeline.cli import cli
    from timeline.yamlfile import MAX_DEPTH_ALLOWED

    path = write("e.yaml", "- {date: 2019-01-08, title: A}\n")
    monkeypatch.setenv("TIMELINE_YAML_MAX_DEPTH", str(MAX_DEPTH_ALLOWED + 1))
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1 and "use a smaller number" in result.stderr
