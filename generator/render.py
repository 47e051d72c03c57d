"""Render: the explainer model becomes Markdown pages through the Jinja2 templates.

A `SiteView` and the templates folder in; a mapping of page paths (relative to `docs/`) to Markdown
text out. Templates run with StrictUndefined, so a missing field names the template that used it.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.assemble import SiteView, StoryView
from generator.markdown_text import (
    abbreviation,
    attribute,
    html_text,
    inline_markdown,
    plain,
    yaml_string,
)
from generator.problem import Problem, ProblemsFound

STORIES_FOLDER = "stories"


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
        yaml_string=yaml_string,
        abbreviation=abbreviation,
    )
    return environment


def render_site(site: SiteView, templates: Path) -> dict[str, str]:
    """Every generated page of the site, keyed by its path under `docs/`."""
    environment = make_environment(templates)
    pages = {
        "index.md": _render(environment, "home.md.j2", site=site),
        f"{STORIES_FOLDER}/index.md": _render(environment, "stories.md.j2", site=site),
    }
    for story in site.stories:
        pages.update(render_story(story, environment))
    return pages


def render_story(story: StoryView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages of one story, keyed by path under `docs/`."""
    pages = {}
    for page in story.pages:
        text = _render(environment, f"story/{page.name}.md.j2", story=story, page=page)
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
