"""The pipeline: load -> check (validate, verify) -> assemble -> render -> write.

`check` and `generate` are what the CLI and the MkDocs plugin call; neither prints anything.
A `GenerationCache` kept between runs gives each stage's result from memory while its inputs
are unchanged; without one, every stage runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.assemble.site import site_of
from generator.assemble.story import assemble_story
from generator.build.site import BuildFailed, read_site_settings
from generator.cache.generation import GenerationCache
from generator.check.story import check_story
from generator.load.additions import addition_source, load_additions
from generator.load.seeds import story_folders
from generator.load.story import read_story
from generator.model.layout import FEED_FILE, STORIES_FOLDER
from generator.model.problem import Problem, ProblemsFound, display_path, has_errors
from generator.model.story import Story
from generator.model.views import StoryView
from generator.render.feed import render_feed
from generator.write.feed_file import apply_feed_plan, plan_feed
from generator.write.pages import WriteReport

Progress = Callable[[str, int, int], None]


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
        problems.extend(story_view(folder)[1])
    return CheckResult(problems, len(folders))


def generate(
    project: Project,
    *,
    force: bool = False,
    drafts: bool = False,
    cache: GenerationCache | None = None,
    progress: Progress | None = None,
) -> tuple[WriteReport, list[Problem]]:
    """Check every story and, when nothing is wrong, write the site's Markdown under `docs/`.

    Raises `ProblemsFound` with every problem when any fact sheet, template or page is in the way;
    then nothing is written. Returns what was written and the warnings. A story marked as a
    draft is left out (with a warning saying so), or shown under a banner with `drafts` (the
    live preview). `progress`, when given, is called with (stage, done, total) as stories are
    checked and rendered.
    """
    cache = cache or GenerationCache()

    # Load, check and assemble each story; stop before writing anything if one has errors.
    folders, problems = cache.story_folders(project.seeds)
    views = []
    for done, folder in enumerate(folders, start=1):
        view, found = cache.story(folder, story_view)
        problems.extend(found)
        views.append(view)
        _report(progress, "checking stories", done, len(folders))
    if has_errors(problems):
        raise ProblemsFound(problems)
    if not drafts:
        problems += [_left_out(view) for view in views if view.draft]
        views = [view for view in views if not view.draft]

    # Render every story's pages, then the pages about all of them, then the feed.
    environment = cache.environment(project.templates)
    pages: dict[str, str] = {}
    sources: dict[str, str] = {}
    for done, view in enumerate(views, start=1):
        pages.update(cache.story_pages(view, environment))
        sources.update(page_sources(view))
        _report(progress, "rendering stories", done, len(views))
    pages.update(cache.index_pages(views, environment))
    feed, warnings = cache.feed(views, project.config, lambda views: site_feed(views, project))

    # Write: every page or none (a hand edit in the way stops the run), then the feed.
    feed_plan = plan_feed(project.docs / FEED_FILE, feed, force=force)
    report = cache.write(pages, sources, project.docs, force=force)
    report.story_dates = {view.slug: view.last_updated for view in views if view.last_updated}
    apply_feed_plan(feed_plan)
    if feed_plan.overwritten:
        report.overwritten.append(display_path(project.docs / FEED_FILE))
    return report, problems + warnings + feed_plan.warnings


def checked_story(folder: Path) -> tuple[Story | None, list[Problem]]:
    """Load one story folder, then validate and verify its fact sheet."""
    source, problems = read_story(folder)
    if source is None:
        return None, problems
    return check_story(source)


def story_view(folder: Path) -> tuple[StoryView | None, list[Problem]]:
    """Load, check and assemble one story folder, with the editor's own pages."""
    story, problems = checked_story(folder)
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


def site_feed(views: list[StoryView], project: Project) -> tuple[str | None, list[Problem]]:
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
    return render_feed(site_of(views), site_url, site_name), []


def _left_out(view: StoryView) -> Problem:
    message = "story.status is draft, so the story was left out of the site; preview it with "
    message += "explainer serve, and remove `status: draft` when it is ready to publish"
    return Problem(view.facts_file, message, severity="warning")


def _report(progress: Progress | None, stage: str, done: int, total: int) -> None:
    if progress is not None:
        progress(stage, done, total)
