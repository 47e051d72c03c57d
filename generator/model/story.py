"""Story: one story folder, as read (`StorySource`, made by `load`) and as checked (`Story`,
made by `check`, read by `assemble`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model.article import Article
from generator.model.factsheet import FactSheet
from generator.model.source_map import SourceMap


@dataclass(frozen=True)
class Story:
    """One story: its slug, article and checked fact sheet."""

    slug: str
    article: Article
    facts: FactSheet
    facts_file: str
    source_map: SourceMap


@dataclass(frozen=True)
class StorySource:
    """One story folder as read: nothing in it checked yet."""

    slug: str
    article: Article
    facts_text: str
    data: Any
    """The fact sheet as plain data (mappings, lists, strings, numbers)."""
    source_map: SourceMap

    @property
    def facts_file(self) -> str:
        return self.source_map.file
