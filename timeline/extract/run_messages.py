"""What `timeline extract` says of a run, in data/run_messages.yaml: a message looked up by its key,
its placeholders filled in."""

from __future__ import annotations

from timeline.extract import rules


def said(kind: str, **fields: object) -> str:
    """The message of kind `kind` (a key of run_messages.yaml's `messages`), its fields filled in."""
    return rules.data("run_messages")["run_messages"]["messages"][kind].format(**fields)
