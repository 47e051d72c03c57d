"""Render: the explainer model becomes Markdown pages through the Jinja2 templates.

A `SiteView` and the templates folder in; a mapping of page paths (relative to `docs/`) to Markdown
text out. Templates run with StrictUndefined, so a missing field names the template that used it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from generator.model.layout import (
    HOME_STORIES,
    PEOPLE_FOLDER,
    PLACES_FOLDER,
    STORIES_FOLDER,
    TOPICS_FOLDER,
)
from generator.model.problem import Problem, ProblemsFound
from generator.model.views import Catalog, SiteView, StoryView
from generator.render.environment import (
    make_environment,
)
from generator.render.markdown_text import glossary_abbreviations

ADDITION_TEMPLATE = "story/addition.md.j2"
"""Lays out an editor's own page of a story (from seeds/<story>/pages/) with the story's nav."""


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


@dataclass
class PageJob:
    """One page to render: its path under `docs/`, its template and what the template is
    given."""

    path: str
    template: str
    context: dict[str, Any]


def catalog_jobs(catalog: Catalog, last_updated: str) -> list[PageJob]:
    """The pages across stories: people, topics and places, each with its index page."""
    jobs = [
        PageJob(
            f"{PEOPLE_FOLDER}/index.md",
            "people/index.md.j2",
            {"catalog": catalog, "last_updated": last_updated},
        )
    ]
    for person in catalog.people:
        for page in person.pages:
            jobs.append(PageJob(page.file, "people/person.md.j2", {"person": person, "page": page}))
    for folder, heading, tags in (
        (TOPICS_FOLDER, "Topics", catalog.topics),
        (PLACES_FOLDER, "Places", catalog.places),
    ):
        context = {"heading": heading, "folder": folder, "last_updated": last_updated}
        jobs.append(PageJob(f"{folder}/index.md", "tags/index.md.j2", {"tags": tags, **context}))
        for tag in tags:
            for page in tag.pages:
                jobs.append(
                    PageJob(page.file, "tags/tag.md.j2", {"tag": tag, "page": page, **context})
                )
    return jobs


def index_page_jobs(site: SiteView) -> list[PageJob]:
    """The pages about every story at once: home, the list of stories, people, topics and
    places."""
    jobs = [PageJob("index.md", "home.md.j2", {"site": site, "shown": HOME_STORIES})]
    for page in site.story_pages:
        jobs.append(PageJob(page.file, "stories.md.j2", {"site": site, "page": page}))
    if site.catalog is not None:
        jobs.extend(catalog_jobs(site.catalog, site.last_updated))
    return jobs


def render_page(environment: jinja2.Environment, job: PageJob) -> str:
    return _render(environment, job.template, **job.context)


def render_index_pages(site: SiteView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages about every story at once, keyed by path."""
    return {job.path: render_page(environment, job) for job in index_page_jobs(site)}


def render_story(story: StoryView, environment: jinja2.Environment) -> dict[str, str]:
    """The pages of one story, keyed by path under `docs/`."""
    pages = {}
    abbreviations = glossary_abbreviations(story.glossary)
    for page in story.pages:
        if page.adopted and page.body is not None:  # the editor's whole page, as it is
            pages[f"{STORIES_FOLDER}/{story.slug}/{page.file}"] = normalize_newlines(page.body)
            continue
        template = f"story/{page.name}.md.j2" if page.body is None else ADDITION_TEMPLATE
        text = _render(environment, template, story=story, page=page, abbreviations=abbreviations)
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
