"""The pipeline: load -> validate -> verify -> assemble -> render -> write, read top to bottom.

`check` and `generate` are what the CLI and the MkDocs plugin call; neither prints anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.assemble import assemble_site
from generator.problem import Problem, ProblemsFound, has_errors
from generator.render import STORIES_FOLDER, render_site
from generator.story import load_stories
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


def check(project: Project, names: list[str] | None = None) -> CheckResult:
    """Validate and verify every fact sheet (or the named stories' only); never writes."""
    _, problems, count = load_stories(project.seeds, names)
    return CheckResult(problems, count)


def generate(project: Project, *, force: bool = False) -> tuple[WriteReport, list[Problem]]:
    """Check every story and, when nothing is wrong, write the site's Markdown under `docs/`.

    Raises `ProblemsFound` with every problem when any fact sheet, template or page is in the way;
    then nothing is written. Returns what was written and the warnings.
    """
    stories, problems, _ = load_stories(project.seeds)
    if has_errors(problems):
        raise ProblemsFound(problems)
    site = assemble_site(stories)
    pages = render_site(site, project.templates)
    sources = {
        f"{STORIES_FOLDER}/{story.slug}/{page.file}": story.facts_file
        for story in site.stories
        for page in story.pages
    }
    report = write_pages(pages, sources, project.docs, force=force, owned=[STORIES_FOLDER])
    return report, problems
