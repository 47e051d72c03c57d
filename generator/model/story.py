"""Story: one story folder as read: its slug, article and checked fact sheet.

Made by `load` and `check`; read by `assemble`.
"""

from __future__ import annotations

from dataclasses import dataclass

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
