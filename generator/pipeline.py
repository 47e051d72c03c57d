"""The pipeline: load -> validate -> verify -> assemble -> render -> write, read top to bottom.

`check` and `generate` are what the CLI and the MkDocs plugin call; neither prints anything.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.assemble.site import site_of
from generator.assemble.story import assemble_story
from generator.build.site import BuildFailed, read_site_settings
from generator.cache.generation import GenerationCache, PageGroup
from generator.load.additions import addition_source, load_additions
from generator.load.seeds import find_story_folders, story_folders
from generator.load.story import load_story
from generator.model.layout import (
    FEED_FILE,
    GENERATED_FOLDERS,
    PEOPLE_FOLDER,
    PLACES_FOLDER,
    STORIES_FOLDER,
    TOPICS_FOLDER,
)
from generator.model.problem import Problem, ProblemsFound, display_path, has_errors
from generator.model.views import SiteView, StoryView
from generator.render.environment import make_environment
from generator.render.feed import render_feed
from generator.render.pages import render_index_pages, render_story
from generator.write.files import write_atomically
from generator.write.pages import WriteReport, write_pages

Progress = Callable[[str, int, int], None]
CATALOG_FOLDERS = (PEOPLE_FOLDER, TOPICS_FOLDER, PLACES_FOLDER)


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


def check(project: Project, names: list[str] | None = None) -> CheckResult:
    """Validate and verify every fact sheet (or the named stories' only); never writes."""
    folders, problems = story_folders(project.seeds, names)
    for folder in folders:
        problems.extend(load_entry(folder)[1])
    return CheckResult(problems, len(folders))


def generate(
    project: Project,
    *,
    force: bool = False,
    cache: GenerationCache | None = None,
    progress: Progress | None = None,
) -> tuple[WriteReport, list[Problem]]:
    """Check every story and, when nothing is wrong, write the site's Markdown under `docs/`.

    Raises `ProblemsFound` with every problem when any fact sheet, template or page is in the way;
    then nothing is written. Returns what was written and the warnings. With a `cache` kept from
    an earlier run, only the stories whose files changed are loaded, checked and rendered again,
    and only pages whose Markdown or file changed are handed to the writer. `progress`, when
    given, is called with (stage, done, total) as stories are checked and rendered.
    """
    with _cyclic_collector_paused():
        return _generate(project, force, cache or GenerationCache(), progress)


def _generate(
    project: Project, force: bool, cache: GenerationCache, progress: Progress | None
) -> tuple[WriteReport, list[Problem]]:
    full = not cache.complete
    folders, problems = cache.story_folders(project.seeds, find_story_folders)
    entries = []
    for done, folder in enumerate(folders, start=1):
        entries.append(cache.story_entry(folder, load_entry))
        _report(progress, "checking stories", done, len(folders))
    cache.forget_except({folder.name for folder in folders})
    for entry in entries:
        problems.extend(entry.problems)
    if has_errors(problems):
        raise ProblemsFound(problems)
    environment = cache.template_environment(project.templates, make_environment)
    groups: list[PageGroup] = []
    sources: dict[str, str] = {}
    for done, entry in enumerate(entries, start=1):
        if entry.pages is None:
            entry.pages = render_story(entry.view, environment)
            entry.sources = page_sources(entry.view)
        groups.append(((f"{STORIES_FOLDER}/{entry.view.slug}",), entry.pages))
        sources.update(entry.sources)
        _report(progress, "rendering stories", done, len(entries))
    views = [entry.view for entry in entries]
    whole_site = functools.cache(lambda: site_of(views))  # assembled only if a page needs it
    index = cache.index_pages(
        views, lambda _: whole_site(), lambda recorded: render_index_pages(recorded, environment)
    )
    groups.append((_folders_of(index), index))
    feed, feed_problems = cache.feed(
        views, project.config, lambda: render_site_feed(whole_site(), project)
    )
    checked = cache.pages_to_check(project.docs, groups)
    if full:
        owned = list(GENERATED_FOLDERS)
    else:
        owned = [f"{STORIES_FOLDER}/{slug}" for slug in cache.touched] + list(CATALOG_FOLDERS)
    produced = {path for _, group in groups for path in group}
    report = write_pages(
        cache.markdown_of(checked),
        sources,
        project.docs,
        force=force,
        owned=sorted(owned),
        produced=produced,
    )
    _write_feed(project.docs, feed)
    cache.remember(project.docs, groups, checked)
    return report, problems + feed_problems


def _report(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)


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


def _folders_of(pages: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted({path.rpartition("/")[0] for path in pages}))


def _write_feed(docs: Path, feed: str | None) -> None:
    if feed is not None:
        write_atomically(docs / FEED_FILE, feed)
    else:
        (docs / FEED_FILE).unlink(missing_ok=True)


def load_entry(folder: Path) -> tuple[StoryView | None, list[Problem]]:
    """Load, validate, verify and assemble one story folder, with the editor's own pages."""
    story, problems = load_story(folder)
    additions, sections, found = load_additions(folder)
    problems.extend(found)
    if story is None or has_errors(problems):
        return None, problems
    return assemble_story(story, tuple(additions), sections), problems


def page_sources(view: StoryView) -> dict[str, str]:
    """The file each page of a story is made from: its fact sheet, or the editor's own page."""
    return {
        f"{STORIES_FOLDER}/{view.slug}/{page.file}": (
            view.facts_file if page.body is None else addition_source(view.slug, page)
        )
        for page in view.pages
    }


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
