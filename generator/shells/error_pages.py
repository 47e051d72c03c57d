"""Error pages: what `mkdocs serve` shows in place of a story whose fact sheet has problems.

Problems in; the stories they belong to and Markdown pages that list them out. Also the
"Edit this page" address of a generated page, which opens the file it was generated from.
"""

from __future__ import annotations

import html
from pathlib import Path

from generator.model.layout import STORIES_FOLDER
from generator.model.problem import Problem, summarize

SITE_WIDE = ""
"""The key of problems that belong to no single story (a template, the seeds folder)."""


def group_problems(problems: list[Problem], seeds: Path, docs: Path) -> dict[str, list[Problem]]:
    """Problems keyed by the slug of the story they are about, or `SITE_WIDE`."""
    roots = [seeds.resolve(), (docs / STORIES_FOLDER).resolve()]
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(_story_of(Path(problem.file).resolve(), roots), []).append(problem)
    return groups


def _story_of(path: Path, roots: list[Path]) -> str:
    for root in roots:
        if path.is_relative_to(root):
            parts = path.relative_to(root).parts
            if len(parts) > 1:
                return parts[0]
    return SITE_WIDE


def story_of_page(src_uri: str) -> str | None:
    """The slug of the story a page under docs/ belongs to, if any."""
    parts = src_uri.split("/")
    if len(parts) == 3 and parts[0] == STORIES_FOLDER:
        return parts[1]
    return None


def problem_lines(problems: list[Problem]) -> str:
    """The problems as the command line prints them, then the summary line."""
    return "\n".join([*(str(problem) for problem in problems), summarize(problems)])


def problem_page(problems: list[Problem]) -> str:
    """Markdown of a page that stands in for a story while its fact sheet has problems."""
    return "# This story has problems\n\n" + problem_banner(
        problems, "The fact sheet has problems, so the explainer is not shown"
    )


def problem_banner(problems: list[Problem], title: str) -> str:
    """Markdown of a warning box that lists `problems` exactly as the console shows them."""
    lines = html.escape(problem_lines(problems), quote=False)
    return (
        f'!!! failure "{html.escape(title)}"\n'
        "    Fix them and save the file: this preview updates on its own.\n\n"
        f'<pre class="explainer-problems"><code>{lines}</code></pre>\n\n'
    )


def source_edit_url(edit_url: str, src_uri: str, docs_name: str, source: str) -> str:
    """The edit address of `source` (a path from the project folder), made from a generated
    page's own edit address: `.../edit/main/docs/stories/x/index.md` becomes
    `.../edit/main/seeds/x/facts.yaml`."""
    if not edit_url.endswith(src_uri):
        return edit_url
    base = edit_url[: len(edit_url) - len(src_uri)]
    if base.endswith(f"{docs_name}/"):
        base = base[: len(base) - len(docs_name) - 1]
    return base + source
