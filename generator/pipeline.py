"""The pipeline: load -> validate -> verify -> assemble -> render -> write, read top to bottom.

`check` and `generate` are what the CLI and the MkDocs plugin call; neither prints anything.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.addition import addition_source, load_additions
from generator.assemble import StoryView, assemble_story, site_of
from generator.cache import GenerationCache, PageGroup
from generator.problem import Problem, ProblemsFound, has_errors
from generator.render import STORIES_FOLDER, make_environment, render_index_pages, render_story
from generator.story import find_story_folders, load_story
from generator.write import WriteReport, write_pages


@dataclass(frozen=True)
class Project:
    """Where a project keeps its stories, templates and generated pages."""

    seeds: Path
    templates: Path
    docs: Path

    @classmethod
    def at(cls, root: Path) -> Project:
        return cls(root / "seeds", root / "templates", root / "docs")


@dataclass(frozen=True)
class CheckResult:
    problems: list[Problem]
    fact_sheets: int

    @property
    def ok(self) -> bool:
        return not has_errors(self.problems)


def check(project: Project) -> CheckResult:
    """Validate and verify every fact sheet; never writes."""
    folders, problems = find_story_folders(project.seeds)
    for folder in folders:
        problems.extend(load_entry(folder)[1])
    return CheckResult(problems, len(folders))


def generate(
    project: Project, *, force: bool = False, cache: GenerationCache | None = None
) -> tuple[WriteReport, list[Problem]]:
    """Check every story and, when nothing is wrong, write the site's Markdown under `docs/`.

    Raises `ProblemsFound` with every problem when any fact sheet, template or page is in the way;
    then nothing is written. Returns what was written and the warnings. With a `cache` kept from
    an earlier run, only the stories whose files changed are loaded, checked and rendered again,
    and only pages whose Markdown or file changed are handed to the writer.
    """
    cache = cache if cache is not None else GenerationCache()
    full = not cache.complete
    folders, problems = cache.story_folders(project.seeds, find_story_folders)
    entries = [cache.story_entry(folder, load_entry) for folder in folders]
    cache.forget_except({folder.name for folder in folders})
    for entry in entries:
        problems.extend(entry.problems)
    if has_errors(problems):
        raise ProblemsFound(problems)
    environment = cache.template_environment(project.templates, make_environment)
    groups: list[PageGroup] = []
    sources: dict[str, str] = {}
    for entry in entries:
        if entry.pages is None:
            entry.pages = render_story(entry.view, environment)
            entry.sources = page_sources(entry.view)
        groups.append(((f"{STORIES_FOLDER}/{entry.view.slug}",), entry.pages))
        sources.update(entry.sources)
    views = [entry.view for entry in entries]
    index = cache.index_pages(views, site_of, lambda site: render_index_pages(site, environment))
    groups.append((_folders_of(index), index))
    checked = cache.pages_to_check(project.docs, groups)
    owned = [STORIES_FOLDER] if full else [f"{STORIES_FOLDER}/{slug}" for slug in cache.touched]
    produced = {path for _, group in groups for path in group} if owned else set()
    report = write_pages(
        cache.markdown_of(checked),
        sources,
        project.docs,
        force=force,
        owned=sorted(owned),
        produced=produced,
    )
    cache.remember(project.docs, groups, checked)
    return report, problems


def _folders_of(pages: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted({path.rpartition("/")[0] for path in pages}))


def load_entry(folder: Path) -> tuple[StoryView | None, list[Problem]]:
    """Load, validate, verify and assemble one story folder, with the editor's own pages."""
    story, problems = load_story(folder)
    additions, sections, found = load_additions(folder)
    problems.extend(found)
    if story is None or has_errors(problems):
        return None, problems
    view = assemble_story(story)
    pages = [replace(link, section=sections.get(link.name)) for link in view.pages]
    return replace(view, pages=(*pages, *additions)), problems


def page_sources(view: StoryView) -> dict[str, str]:
    """The file each page of a story is made from: its fact sheet, or the editor's own page."""
    return {
        f"{STORIES_FOLDER}/{view.slug}/{page.file}": (
            view.facts_file if page.body is None else addition_source(view.slug, page)
        )
        for page in view.pages
    }
