"""Every YAML file the package ships holds each key once per mapping.

PyYAML keeps the last of two equal keys without a word: a second `"6":` line in a
word list silently replaced "six" and dropped eight development matches until a
person noticed (stop 32). The rules, word lists and messages are data the engine
trusts, so a repeated key is caught here, named by file and line, before it ships.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted(p for folder in ("timeline", "templates") for p in (ROOT / folder).rglob("*.yaml"))


def repeated_keys(text: str) -> list[tuple[int, str]]:
    """(line, key) of each key a mapping of `text` already holds, lines counted from 1."""
    found: list[tuple[int, str]] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        seen: set = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=True)
            try:
                hashable_key = key if not isinstance(key, list) else tuple(key)
                if hashable_key in seen:
                    found.append((key_node.start_mark.line + 1, str(key)))
                seen.add(hashable_key)
            except TypeError:  # an unhashable key: YAML's own error is raised below
                pass
        return loader.construct_mapping(node, deep=True)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    yaml.load(text, Loader=Loader)  # noqa: S506 - a safe loader
    return found


def test_the_package_ships_yaml_files():
    assert len(SHIPPED) > 20


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_key_repeated_in_a_mapping(path):
    repeated = repeated_keys(path.read_text("utf-8"))
    assert not repeated, "; ".join(f"{path.relative_to(ROOT)}:{line}: key {key!r} given twice" for line, key in repeated)


def test_a_repeated_key_is_found_with_its_line():
    text = 'number_word:\n  "6": six\n  "7": seven\n  "6": sixth\nother:\n  a: 1\n'
    assert repeated_keys(text) == [(4, "6")]
    assert repeated_keys('a:\n  x: 1\nb:\n  x: 2\n') == []  # the same key in two mappings is fine
