"""Under `mkdocs serve` the theme's templates are compiled once, not at every save (TemplateCode)."""

from __future__ import annotations

import jinja2

from timeline.site.reuse import TemplateCode


def _environment(folder, kept):
    # MkDocs makes a new environment for every build; the plugin gives each one the kept code.
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(str(folder)))
    environment.bytecode_cache = kept
    return environment


def test_a_new_builds_environment_takes_the_kept_code_and_an_edited_template_is_compiled_again(tmp_path, monkeypatch):
    (tmp_path / "page.html").write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    compiled = []
    original = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, *a, **k: compiled.append(source) or original(self, source, *a, **k))
    kept = TemplateCode()

    assert _environment(tmp_path, kept).get_template("page.html").render(title="One") == "<h1>One</h1>"
    assert len(compiled) == 1
    assert _environment(tmp_path, kept).get_template("page.html").render(title="Two") == "<h1>Two</h1>"
    assert len(compiled) == 1  # the second build compiled nothing

    (tmp_path / "page.html").write_text("<h2>{{ title }}</h2>", encoding="utf-8")  # an override edited
    assert _environment(tmp_path, kept).get_template("page.html").render(title="Three") == "<h2>Three</h2>"
    assert len(compiled) == 2


def test_only_serve_keeps_compiled_templates(tmp_path):
    from timeline.plugin import TimelinePlugin

    plugin = TimelinePlugin()
    plugin.on_startup(command="serve", dirty=True)
    environment = plugin.on_env(jinja2.Environment(), config=None, files=None)
    assert isinstance(environment.bytecode_cache, TemplateCode)
    plugin.on_startup(command="build", dirty=False)
    assert plugin.on_env(jinja2.Environment(), config=None, files=None).bytecode_cache is None
