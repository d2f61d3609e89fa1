"""News articles as timeline reads them: text, where it came from, and what is known about it.

An article is a `.txt`, `.md` or `.html` file. What is known about it (title, url, outlet,
published date) comes, in this order, from a side file `NAME.meta.yaml` next to it, from YAML front
matter at the top of a `.txt`/`.md` file, or from the page's own metadata for `.html`. Character
offsets (`span`) count in `Article.text`: the decoded text with line ends as `\\n`; for `.txt` and
`.md` that is the whole file (front matter included, so a span points into the file as it is; a
`.md` file's HTML tags left out, and a `.txt` file's pasted markup, their words kept: inline_html.py), for `.html` the main text
extracted from the page.
"""

from __future__ import annotations

from timeline.articles._read import (
    ARTICLE_SUFFIXES,
    Article,
    ArticleError,
    EmptyArticle,
    WrongDateOrder,
    article_bytes,
    find_articles,
    read_article,
)

__all__ = ["ARTICLE_SUFFIXES", "Article", "ArticleError", "EmptyArticle", "article_bytes", "find_articles", "read_article", "WrongDateOrder"]
