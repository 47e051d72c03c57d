"""Error pages: what `mkdocs serve` shows in place of a story whose fact sheet has problems.

Problems in; the stories they belong to and Markdown pages that list them out. Also the
"Edit this page" address of a generated page, which opens the file it was generated from.
"""

from __future__ import annotations

import html
from pathlib import Path

from generator.model.layout import STORIES_FOLDER
from generator.model.problem import Problem, summarize, visible

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
    """Markdown of a warning box that lists `problems`, each with its fix first, then what is
    wrong and where; the console's own lines follow, wrapped, to copy."""
    items = "".join(_problem_item(problem) for problem in problems)
    lines = html.escape(problem_lines(problems), quote=False)
    return (
        f'!!! failure "{html.escape(title)}"\n'
        "    Fix them and save the file: this preview updates on its own.\n\n"
        f'<ol class="explainer-problems">{items}</ol>\n\n'
        '<details class="explainer-problems-console"><summary>As the console prints them'
        f"</summary><pre><code>{lines}</code></pre></details>\n\n"
    )


def split_fix(message: str) -> tuple[str, str | None]:
    """A problem's message as (what is wrong, how to fix it): the fix is what follows the last
    `; ` (`paragraph 99 does not exist; use 1 to 12`), None when the message gives none."""
    wrong, separator, fix = message.rpartition("; ")
    if not separator or not wrong or not fix:
        return message, None
    return wrong, fix


def _problem_item(problem: Problem) -> str:
    where = str(Problem(problem.file, "", problem.line, problem.column)).removesuffix(": ")
    wrong, fix = split_fix(problem.message)
    label = "Warning" if problem.severity == "warning" else "Problem"
    parts = []
    if fix is not None:
        parts.append(f'<p class="explainer-problem__fix"><strong>Fix:</strong> {_text(fix)}</p>')
    parts.append(f"<p><strong>{label}:</strong> {_text(wrong)}</p>")
    parts.append(f'<p class="explainer-problem__where"><code>{_text(where)}</code></p>')
    return f'<li class="explainer-problem">{"".join(parts)}</li>'


def _text(text: str) -> str:
    return html.escape(visible(text), quote=False)


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
