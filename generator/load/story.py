"""Load: find the stories under `seeds/` and read each one's article and fact sheet.

A seeds folder in; `Story` values (article + validated, verified fact sheet) and problems out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.check.links import may_hold_links, verify_links
from generator.check.validate import validate_fact_sheet
from generator.check.verify import verify_fact_sheet
from generator.load.files import read_text
from generator.load.seeds import (
    story_folders,
)
from generator.load.yaml_source import YamlRefused, load_yaml
from generator.model.article import Article
from generator.model.layout import (
    ARTICLE_FILE,
    FACTS_FILE,
    MAX_ARTICLE_BYTES,
    MAX_FACTS_BYTES,
)
from generator.model.problem import Problem, display_path
from generator.model.story import Story


def load_story(folder: Path) -> tuple[Story | None, list[Problem]]:
    """Read, validate and verify one story folder."""
    facts_path, article_path = folder / FACTS_FILE, folder / ARTICLE_FILE
    facts_name = display_path(facts_path)
    problems: list[Problem] = []
    facts_text = read_text(facts_path, MAX_FACTS_BYTES, folder, problems, "fact sheet")
    article_text = read_text(article_path, MAX_ARTICLE_BYTES, folder, problems, "article")
    if facts_text is None or article_text is None:
        return None, problems
    article = Article.from_text(article_text)
    if not article.paragraphs:
        problems.append(
            Problem(
                display_path(article_path), "the article is empty; paste the article's text into it"
            )
        )
        return None, problems
    try:
        data, source_map = load_yaml(facts_text, facts_name)
    except YamlRefused as refused:
        return None, [refused.problem]
    sheet, problems = validate_fact_sheet(data, source_map)
    if sheet is None:
        return None, problems
    links = verify_links(data, source_map) if may_hold_links(facts_text) else []
    problems = sorted(
        [*verify_fact_sheet(sheet, article, source_map), *links],
        key=lambda p: (p.line or 0, p.column or 0),
    )
    return Story(folder.name, article, sheet, facts_name, source_map), problems


def load_stories(
    seeds: Path,
    progress: Callable[[str, int, int], None] | None = None,
    names: list[str] | None = None,
) -> tuple[list[Story], list[Problem], int]:
    """Every story under `seeds` (or the named ones), every problem, how many fact sheets read.

    `progress`, when given, is called with ("checking stories", done, total) after each story.
    """
    folders, problems = story_folders(seeds, names)
    stories = []
    for done, folder in enumerate(folders, start=1):
        story, found = load_story(folder)
        if progress is not None:
            progress("checking stories", done, len(folders))
        problems.extend(found)
        if story is not None:
            stories.append(story)
    return stories, problems, len(folders)
