"""Under `mkdocs serve`, a mistake in an event file keeps the last good pages, with the problems on them.

MkDocs stops a rebuild that fails, then holds every request until a build succeeds: the open page
never said what went wrong, and opening or reloading any page hung ("The server will appear stuck
until build errors are resolved"). An editor who saves a file half-way, or with a tab in it, sees
what is wrong and where on the page they are looking at, and can keep browsing. `mkdocs build` still
stops at the first problem, so nothing with a mistake is ever published.
"""

from __future__ import annotations

import html

from timeline.errors import ProblemsError

NOTICE_CLASS = "tl-problems"


def problems_notice(error: ProblemsError) -> str:
    """A raw HTML block for the top of a generated page's Markdown: the problems, each with its place."""
    items = "".join(f"<li><code>{html.escape(_place(p))}</code> {html.escape(p.message)}</li>" for p in error.problems)
    return (f'<div class="{NOTICE_CLASS}" role="alert"><p><strong>The event files have problems.</strong> '
            f"This preview shows them as they were before; fix these and save:</p><ul>{items}</ul></div>\n\n")


def _place(problem) -> str:
    return f"{problem.path}:{problem.line}:" if problem.line else f"{problem.path}:"


def with_notice(generated: dict[str, object], notice: str) -> dict[str, object]:
    """The generated files with the notice on top of every page (exports and styles are left as they are)."""
    return {uri: notice + content if uri.endswith(".md") and isinstance(content, str) else content
            for uri, content in generated.items()}
