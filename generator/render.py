"""Render: the explainer model becomes Markdown pages through the Jinja2 templates.

A `SiteView` and the templates folder in; a mapping of page paths (relative to `docs/`) to Markdown
text out. Templates run with StrictUndefined, so a missing field names the template that used it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import jinja2

from generator.markdown_text import (
    attribute,
    glossary_abbreviations,
    html_text,
    inline_markdown,
    plain,
    yaml_string,
)
from generator.model.layout import (
    HOME_STORIES,
    PEOPLE_FOLDER,
    PLACES_FOLDER,
    STORIES_FOLDER,
    TOPICS_FOLDER,
)
from generator.model.problem import Problem, ProblemsFound
from generator.model.views import Catalog, SiteView, StoryView
from generator.timeline_svg import draw_timeline

ADDITION_TEMPLATE = "story/addition.md.j2"
"""Lays out an editor's own page of a story (from seeds/<story>/pages/) with the story's nav."""


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
    (a changed template makes a new environment; see `GenerationCache.template_environment`).

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


def render_site(
    site: SiteView, templates: Path, progress: Callable[[str, int, int], None] | None = None
) -> dict[str, str]:
    """Every generated page of the site, keyed by its path under `docs/`.

    `progress`, when given, is called with ("rendering stories", done, total) after each story.
    """
    environment = make_environment(templates)
    pages = render_index_pages(site, environment)
    for done, story in enumerate(site.stories, start=1):
        pages.update(render_story(story, environment))
        if progress is not None:
            progress("rendering stories", done, len(site.stories))
    return pages


def render_catalog(
    catalog: Catalog, last_updated: str, environment: jinja2.Environment
) -> dict[str, str]:
    """The pages across stories: people, topics and places, each with its index page."""
    pages = {
        f"{PEOPLE_FOLDER}/index.md": _render(
            environment, "people/index.md.j2", catalog=catalog, last_updated=last_updated
        )
    }
    for person in catalog.people:
        pages[person.file] = _render_unless_same(
            environment, person.file, "people/person.md.j2", person=person
        )
    for folder, heading, tags in (
        (TOPICS_FOLDER, "Topics", catalog.topics),
        (PLACES_FOLDER, "Places", catalog.places),
    ):
        context = {"heading": heading, "last_updated": last_updated}
        pages[f"{folder}/index.md"] = _render(environment, "tags/index.md.j2", tags=tags, **context)
        for tag in tags:
            pages[tag.file] = _render_unless_same(
                environment, tag.file, "tags/tag.md.j2", tag=tag, **context
            )
    return pages


def render_index_pages(site: SiteView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages about every story at once (home, the list of stories, people, topics and
    places), keyed by path."""
    pages = {
        "index.md": _render(environment, "home.md.j2", site=site, shown=HOME_STORIES),
        f"{STORIES_FOLDER}/index.md": _render(environment, "stories.md.j2", site=site),
    }
    if site.catalog is not None:
        pages.update(render_catalog(site.catalog, site.last_updated, environment))
    return pages


def render_story(story: StoryView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages of one story, keyed by path under `docs/`."""
    for answers in getattr(environment, "remembered_answers", ()):
        answers.clear()
    pages = {}
    abbreviations = glossary_abbreviations(story.glossary)
    for page in story.pages:
        template = f"story/{page.name}.md.j2" if page.body is None else ADDITION_TEMPLATE
        text = _render(environment, template, story=story, page=page, abbreviations=abbreviations)
        pages[f"{STORIES_FOLDER}/{story.slug}/{page.file}"] = text
    return pages


def _render_unless_same(environment: jinja2.Environment, path: str, name: str, **context) -> str:
    """A page about one person or tag, rendered again only when what it is given changed since
    the last time (these pages grow with the number of stories a person or tag is in). Kept on
    the environment, which is made anew when a template changes."""
    rendered: dict[str, tuple[dict, str]] = getattr(environment, "rendered_pages", {})
    before = rendered.get(path)
    if before is not None and before[0] == context:
        return before[1]
    text = _render(environment, name, **context)
    rendered[path] = (context, text)
    return text


def _render(environment: jinja2.Environment, name: str, **context) -> str:
    try:
        text = environment.get_template(name).render(**context)
    except jinja2.TemplateNotFound as missing:
        raise ProblemsFound(
            [Problem(f"templates/{missing.name}", "template is missing; restore it from git")]
        ) from None
    except jinja2.TemplateSyntaxError as error:
        raise ProblemsFound(
            [
                Problem(
                    f"templates/{error.name or name}",
                    f"template syntax: {error.message}",
                    error.lineno,
                )
            ]
        ) from None
    except jinja2.UndefinedError as error:
        raise ProblemsFound(
            [Problem(f"templates/{name}", f"template uses an undefined value: {error.message}")]
        ) from None
    except jinja2.TemplateError as error:
        raise ProblemsFound([_failed(name, (error.message or "").rstrip("."))]) from None
    except ProblemsFound:
        raise
    except Exception as error:  # Python raised inside the template: `{{ text + 1 }}`
        raise ProblemsFound([_failed(name, f"{type(error).__name__}: {error}")]) from None
    return normalize_newlines(text)


def _failed(name: str, what: str) -> Problem:
    return Problem(f"templates/{name}", f"template failed: {what}; fix the template")


def normalize_newlines(text: str) -> str:
    """`\\n` line endings, no trailing spaces, no runs of blank lines, one final newline."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    kept: list[str] = []
    keep = kept.append
    previous = ""
    for line in [line.rstrip() for line in text.split("\n")]:
        if line or previous:  # a blank line only after a line of text
            keep(line)
        previous = line
    return "\n".join(kept).strip("\n") + "\n"
