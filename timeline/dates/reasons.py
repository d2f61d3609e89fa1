"""The words the engine gives for a value (rules/reasons.yaml): named templates with their fields.

The engine says a reason by its name, `say("resolved", surface=..., against=..., how=..., rule=...)`,
so that its code holds no English.  The file is checked when loaded (an entry without text or
examples, a field no example gives, an unknown key); a name the code asks for that the file lacks,
or fields that are not the template's, raise a RuleError naming both; tests/dates/test_reason_examples.py
finds every call in the code and checks its name and fields, so that a user's run never does.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import RuleError
from . import data_cache

REASONS = Path(__file__).parent / "rules" / "reasons.yaml"
_KEYS = {"text", "examples"}


@dataclass(frozen=True)
class Example:
    fields: dict
    says: str


@dataclass(frozen=True)
class Reason:
    name: str
    text: str
    fields: frozenset[str]
    examples: tuple[Example, ...]


def _fields(name: str, text: str, where: str) -> frozenset[str]:
    """The template's fields: plain names only ({surface}, not {0}, {a.b} or {a:>3}), so that the
    data cannot reach into the values it is given."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise RuleError(f"{where}: reason {name!r}: bad template {text!r} ({exc}); write {{field}}, and {{{{ for a brace")
    fields = set()
    for _, field, spec, conversion in parts:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise RuleError(f"{where}: reason {name!r}: write a field as {{name}}, not {{{field}{'!' + conversion if conversion else ''}"
                            f"{':' + spec if spec else ''}}}")
        fields.add(field)
    return frozenset(fields)


def _reason(name, spec, where: str) -> Reason:
    if not isinstance(spec, dict) or not isinstance(spec.get("text"), str):
        raise RuleError(f"{where}: reason {name!r}: expected 'text' (a template) and 'examples'")
    unknown = sorted(set(spec) - _KEYS)
    if unknown:
        raise RuleError(f"{where}: reason {name!r}: unknown key {unknown[0]!r}; the keys are {', '.join(sorted(_KEYS))}")
    fields = _fields(name, spec["text"], where)
    examples = spec.get("examples")
    if not isinstance(examples, list) or not examples:
        raise RuleError(f"{where}: reason {name!r}: give at least one example (fields: {{...}}, says: ...)")
    checked = []
    for example in examples:
        if (not isinstance(example, dict) or set(example) != {"fields", "says"}
                or not isinstance(example["fields"], dict) or not isinstance(example["says"], str)):
            raise RuleError(f"{where}: reason {name!r}: an example is 'fields' (a mapping) and 'says' (the text)")
        if set(example["fields"]) != fields:
            raise RuleError(f"{where}: reason {name!r}: an example gives {sorted(example['fields'])}, "
                            f"the template takes {sorted(fields)}")
        checked.append(Example(example["fields"], example["says"]))
    return Reason(str(name), spec["text"], fields, tuple(checked))


def load_reasons(path: Path = REASONS) -> dict[str, Reason]:
    data = data_cache.load(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: expected a mapping of reason names to templates")
    return {str(name): _reason(name, spec, path.name) for name, spec in data.items()}


@lru_cache(maxsize=1)
def default_reasons() -> dict[str, Reason]:
    return load_reasons()


def template(name: str) -> Reason:
    """The template named `name`: modules take the ones they choose among at import, so that a
    name the file lacks stops the engine from loading rather than one user's run."""
    try:
        return default_reasons()[name]
    except KeyError:
        raise RuleError(f"{REASONS.name}: no reason named {name!r}; add it there, with an example") from None


def say(name: str, /, **fields) -> str:
    """The reason `name` with its `fields` filled in."""
    found = template(name)
    if fields.keys() != found.fields:
        raise RuleError(f"{REASONS.name}: reason {name!r} takes {sorted(found.fields)}, was given {sorted(fields)}")
    return found.text.format_map(fields)
