"""Inline code keeps a word whole at its hyphens: after each hyphen inside a word, an empty span whose
generated word joiner forbids a line break there ("--site-" and "url" on two lines of a phone). The
browser's side: tests/browser/test_phone_reading.py."""

from __future__ import annotations

from timeline.text import JOIN, code_words_whole


def test_a_hyphen_inside_a_word_of_inline_code_is_joined_to_what_follows():
    assert code_words_whole("<p>Use <code>timeline export --site-url URL</code>, then <code>mkdocs</code>.</p>") == (
        f"<p>Use <code>timeline export -{JOIN}-{JOIN}site-{JOIN}url URL</code>, then <code>mkdocs</code>.</p>")
    # not a hyphen at a word's end, where the line may break at the space after it anyway
    assert code_words_whole("<p><code>a - b c-</code></p>") == "<p><code>a - b c-</code></p>"


def test_the_text_stays_as_it_was_escaped():
    page = '<p><code>&lt;!-- a-b &amp;c-d "x-y" --&gt;</code></p>'
    joined = code_words_whole(page)
    assert joined == (f'<p><code>&lt;!-{JOIN}- a-{JOIN}b &amp;c-{JOIN}d "x-{JOIN}y" -{JOIN}-{JOIN}&gt;</code></p>')
    assert joined.replace(JOIN, "") == page
    assert code_words_whole(joined) == joined, "a page joined twice is joined once"


def test_code_blocks_and_codes_of_the_tools_own_are_left_as_they_are():
    blocks = ('<pre><code>a-b c-d\n</code></pre>\n<pre class="x"><span></span><code>--flag\n</code></pre>'
              '<p><code class="tl-path"><span class="tl-whole">events/a-b.yaml</span></code></p>')
    assert code_words_whole(blocks) == blocks
    assert code_words_whole(blocks + "<p><code>x-y</code></p>") == blocks + f"<p><code>x-{JOIN}y</code></p>"
    assert code_words_whole("<p>no code-here</p>") == "<p>no code-here</p>"


def test_the_docs_pages_and_the_generated_ones_have_their_hyphens_joined(make_site):
    site = make_site([{"date": "2019-01-08", "title": "A", "summary": "Run `make site-preview` then wait."}])
    (site.root / "docs" / "guide.md").write_text("# Guide\n\nSet `utf-8` and see:\n\n    keep-this-block as-is\n",
                                                 encoding="utf-8")
    site.build()
    guide = site.html("guide/")
    assert f"<code>utf-{JOIN}8</code>" in guide
    assert "<pre><code>keep-this-block as-is\n</code></pre>" in guide
    assert f"<code>make site-{JOIN}preview</code>" in site.html("timeline/")
    assert ".md-typeset code .tl-join::before" in site.file("assets/timeline.css")
