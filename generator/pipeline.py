"""The pipeline: load -> validate -> verify -> assemble -> render -> write, read top to bottom.

`check` and `generate` are what the CLI and the MkDocs plugin call; neither prints anything.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.assemble import SiteView, assemble_site
from generator.feed import FEED_FILE, render_feed
from generator.problem import Problem, ProblemsFound, has_errors
from generator.render import GENERATED_FOLDERS, STORIES_FOLDER, render_site
from generator.site import BuildFailed, read_site_settings
from generator.story import display_path, load_stories
from generator.write import WriteReport, write_atomically, write_pages


@dataclass(frozen=True)
class Project:
    """Where a project keeps its stories, templates and generated pages."""

    seeds: Path
    templates: Path
    docs: Path
    config: Path | None = None
    """The MkDocs configuration whose `site_url` the feed uses; no feed without it."""

    @classmethod
    def at(cls, root: Path) -> Project:
        return cls(root / "seeds", root / "templates", root / "docs", root / "mkdocs.yml")


@dataclass(frozen=True)
class CheckResult:
    problems: list[Problem]
    fact_sheets: int

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def check(project: Project) -> CheckResult:
    """Validate and verify every fact sheet; never writes."""
    _, problems, count = load_stories(project.seeds)
    return CheckResult(problems, count)


def generate(
    project: Project,
    *,
    force: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[WriteReport, list[Problem]]:
    """Check every story and, when nothing is wrong, write the site's Markdown under `docs/`.

    Raises `ProblemsFound` with every problem when any fact sheet, template or page is in the way;
    then nothing is written. Returns what was written and the warnings. `progress`, when given,
    is called with (stage, done, total) as stories are checked and rendered.
    """
    with _cyclic_collector_paused():
        return _generate(project, force, progress)


@contextmanager
def _cyclic_collector_paused() -> Iterator[None]:
    """Generation builds many objects and frees few: Python's cyclic garbage collector would
    walk them all again and again (about a sixth of the time at 1,000 stories). Reference
    counting still frees what is dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _generate(
    project: Project, force: bool, progress: Callable[[str, int, int], None] | None
) -> tuple[WriteReport, list[Problem]]:
    stories, problems, _ = load_stories(project.seeds, progress)
    if has_errors(problems):
        raise ProblemsFound(problems)
    site = assemble_site(stories)
    feed, feed_problems = render_site_feed(site, project)
    pages = render_site(site, project.templates, progress)
    sources = {
        f"{STORIES_FOLDER}/{story.slug}/{page.file}": story.facts_file
        for story in site.stories
        for page in story.pages
    }
    report = write_pages(pages, sources, project.docs, force=force, owned=list(GENERATED_FOLDERS))
    if feed is not None:
        write_atomically(project.docs / FEED_FILE, feed)
    else:
        (project.docs / FEED_FILE).unlink(missing_ok=True)
    return report, problems + feed_problems


def render_site_feed(site: SiteView, project: Project) -> tuple[str | None, list[Problem]]:
    """The text of `feed.xml` from `site_url`; None and a warning when there is no `site_url`.

    Raises `ProblemsFound` when the MkDocs configuration cannot be read.
    """
    if project.config is None or not project.config.exists():
        return None, []
    try:
        site_url, site_name = read_site_settings(project.config)
    except BuildFailed as failure:
        raise ProblemsFound([Problem(display_path(project.config), str(failure))]) from None
    if site_url is None:
        warning = Problem(
            display_path(project.config),
            "site_url is not set, so no feed was written and the sitemap has no addresses; "
            "set site_url: to the address the site is published at",
            severity="warning",
        )
        return None, [warning]
    return render_feed(site, site_url, site_name), []
