"""The calls that look a message up by its key (`refusal("unreadable", text=...)`, `reasons.said(...)`),
found in the code itself: so a test can check that every message of a data file is used, and that a
call passes each placeholder its message has, and no other (str.format ignores a field it is given
that the message lacks, and a message's placeholder that no call gives fails only when it is said)."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from string import Formatter

PACKAGE = Path(__file__).resolve().parent.parent / "timeline"


@dataclass(frozen=True)
class Call:
    where: str  # file:line
    function: str
    kinds: tuple[str, ...]  # the keys it may look up; empty when the key is computed
    fields: frozenset[str]
    passes_more: bool  # **fields: the caller passes fields the test cannot see


def calls(functions: set[str], owner: str | None = None) -> list[Call]:
    """Every call in timeline/ of one of `functions`, as `owner.function(...)` (or bare, in a module
    named `owner`, or when owner is None), whose first argument is its key."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _called(node.func, owner, path.stem)
            if name not in functions:
                continue
            found.append(Call(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", name, _kinds(node.args[0]),
                              frozenset(k.arg for k in node.keywords if k.arg is not None),
                              any(k.arg is None for k in node.keywords)))
    return found


def placeholders(message: str) -> set[str]:
    """The names of a message's placeholders ("{text!r}" -> "text", "{year:04d}" -> "year")."""
    return {field for _, field, _, _ in Formatter().parse(message) if field is not None}


def _called(function: ast.expr, owner: str | None, module: str) -> str | None:
    if isinstance(function, ast.Attribute) and isinstance(function.value, ast.Name) and function.value.id == owner:
        return function.attr
    if isinstance(function, ast.Name) and (owner is None or module == owner):
        return function.id
    return None


def _kinds(key: ast.expr) -> tuple[str, ...]:
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        return (key.value,)
    if isinstance(key, ast.IfExp):  # "sentences" if count != 1 else "sentence"
        body, orelse = _kinds(key.body), _kinds(key.orelse)
        return body + orelse if body and orelse else ()
    return ()
