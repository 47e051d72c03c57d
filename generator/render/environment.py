"""Render (templates): the Jinja2 environment the pages are rendered in.

A templates folder in; an environment with the escaping filters, StrictUndefined, and the
templates compiled by an earlier run.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import jinja2

from generator.render.markdown_text import attribute, html_text, inline_markdown, plain, yaml_string
from generator.render.timeline_svg import draw_timeline


def make_environment(templates: Path) -> jinja2.Environment:
    environment = _Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        auto_reload=False,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_compiled_templates(),
    )
    escapes = {
        "plain": plain,
        "md": inline_markdown,
        "html": html_text,
        "attr": attribute,
        "yaml_string": yaml_string,
    }
    answers = {name: {} for name in escapes}
    filters = {name: _remembered(escape, answers[name]) for name, escape in escapes.items()}
    environment.extend(remembered_answers=tuple(answers.values()), rendered_pages={})
    environment.filters.update(
        **filters,
        timeline_svg=draw_timeline,
    )
    return environment


class _Environment(jinja2.Environment):
    """Jinja's environment, with two shortcuts for templates that never change while it lives
    (a changed template makes a new environment; see `GenerationCache.environment`).

    Each template gets its globals as one plain dict: Jinja's own is a ChainMap over the
    environment's globals, which every render and include walks in Python (about 10 us each, some
    40 times per story); nothing here changes the globals once templates are loaded. And a
    template is looked up by name in a plain dict: Jinja's own lookup, made for every render and
    include, takes a lock and makes a weak reference each time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._by_name: dict[str, jinja2.Template] = {}

    def make_globals(self, d: dict | None) -> dict:  # type: ignore[override]
        return {**self.globals, **(d or {})}

    def get_template(self, name, parent=None, globals=None) -> jinja2.Template:  # type: ignore[override]
        if globals is not None or not isinstance(name, str):
            return super().get_template(name, parent, globals)
        path = name if parent is None else self.join_path(name, parent)
        template = self._by_name.get(path)
        if template is None:
            template = self._by_name[path] = super().get_template(name, parent)
        return template


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled by an earlier run, found by template name, so a new project or a fresh
    copy of one does not compile them again. Jinja compares the template's source with the one
    each was compiled from, so an edited template is compiled anew."""

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """The cache of compiled templates in the user's cache folder; None if it cannot be made."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    folder = Path(root) / "explainer" / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


def _remembered(escape: Callable[[object], str], answers: dict[str, str]) -> Callable:
    """An escaping filter that keeps its answers for one story in `answers`, for a story's pages
    repeat names and terms (people's names recur on every page, and most pages carry the same
    JSON-LD).

    Emptied before each story, so one story's text never speeds up another's.
    """

    def remembered(value: object) -> str:
        if not isinstance(value, str):
            return escape(value)
        answer = answers.get(value)
        if answer is None:
            answer = answers[value] = escape(value)
        return answer

    return remembered
