"""Load: read one story folder's article and fact sheet, as text and as plain YAML data.

A story folder in; a `StorySource` (the article, the fact sheet's data and where each value
stands in the file) or the problems that make the story unreadable out. Nothing is checked
here beyond what reading needs: `check` validates and verifies.
"""

from __future__ import annotations

from pathlib import Path

from generator.load.files import read_text
from generator.load.yaml_source import YamlRefused, load_yaml
from generator.model.article import Article
from generator.model.layout import (
    ARTICLE_FILE,
    FACTS_FILE,
    MAX_ARTICLE_BYTES,
    MAX_FACTS_BYTES,
)
from generator.model.problem import Problem, display_path
from generator.model.story import StorySource


def read_story(folder: Path) -> tuple[StorySource | None, list[Problem]]:
    """The article and fact sheet of `folder`; None and the problems when either is unreadable,
    the article is empty or the fact sheet is not YAML."""
    facts_path, article_path = folder / FACTS_FILE, folder / ARTICLE_FILE
    problems: list[Problem] = []
    facts_text = read_text(facts_path, MAX_FACTS_BYTES, folder, problems, "fact sheet")
    article_text = read_text(article_path, MAX_ARTICLE_BYTES, folder, problems, "article")
    if facts_text is None or article_text is None:
        return None, problems
    article = Article.from_text(article_text)
    if not article.paragraphs:
        message = "the article is empty; paste the article's text into it"
        return None, [Problem(display_path(article_path), message)]
    try:
        data, source_map = load_yaml(facts_text, display_path(facts_path))
    except YamlRefused as refused:
        return None, [refused.problem]
    return StorySource(folder.name, article, facts_text, data, source_map), []
