"""Render: the explainer model becomes Markdown pages through the Jinja2 templates.

A `SiteView` and the templates folder in; a mapping of page paths (relative to `docs/`) to Markdown
text out. Templates run with StrictUndefined, so a missing field names the template that used it.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

from generator.assemble import SiteView, StoryView
from generator.markdown_text import attribute, html_text, inline_markdown, plain
from generator.problem import Problem, ProblemsFound

STORIES_FOLDER = "stories"
ADDITION_TEMPLATE = "story/addition.md.j2"
"""Lays out an editor's own page of a story (from seeds/<story>/pages/) with the story's nav."""


def make_environment(templates: Path) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        plain=plain,
        md=inline_markdown,
        html=html_text,
        attr=attribute,
        yaml_string=lambda value: json.dumps(str(value), ensure_ascii=False),
    )
    return environment


def render_site(site: SiteView, templates: Path) -> dict[str, str]:
    """Every generated page of the site, keyed by its path under `docs/`."""
    environment = make_environment(templates)
    pages = render_index_pages(site, environment)
    for story in site.stories:
        pages.update(render_story(story, environment))
    return pages


def render_index_pages(site: SiteView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages about every story at once (home, the list of stories), keyed by path."""
    return {
        "index.md": _render(environment, "home.md.j2", site=site),
        f"{STORIES_FOLDER}/index.md": _render(environment, "stories.md.j2", site=site),
    }


def render_story(story: StoryView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages of one story, keyed by path under `docs/`."""
    pages = {}
    for page in story.pages:
        template = f"story/{page.name}.md.j2" if page.body is None else ADDITION_TEMPLATE
        text = _render(environment, template, story=story, page=page)
        pages[f"{STORIES_FOLDER}/{story.slug}/{page.file}"] = text
    return pages


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
    return normalize_newlines(text)


def normalize_newlines(text: str) -> str:
    """`\\n` line endings, no trailing spaces, no runs of blank lines, one final newline."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    result: list[str] = []
    for line in lines:
        if line or (result and result[-1]):
            result.append(line)
    return "\n".join(result).strip("\n") + "\n"
