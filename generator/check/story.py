"""Check: one story's fact sheet, its shape and then its agreement with its article.

A `StorySource` in; the checked `Story` (None when its shape is wrong) and every problem found
out, sorted by their place in the file.
"""

from __future__ import annotations

from generator.check.links import may_hold_links, verify_links
from generator.check.validate import validate_fact_sheet
from generator.check.verify import verify_fact_sheet
from generator.model.problem import Problem
from generator.model.story import Story, StorySource


def check_story(source: StorySource) -> tuple[Story | None, list[Problem]]:
    """Validate the fact sheet's shape, then verify it against the article and itself."""
    sheet, problems = validate_fact_sheet(source.data, source.source_map)
    if sheet is None:
        return None, problems
    links = (
        verify_links(source.data, source.source_map) if may_hold_links(source.facts_text) else []
    )
    problems = sorted(
        [*verify_fact_sheet(sheet, source.article, source.source_map), *links],
        key=lambda p: (p.line or 0, p.column or 0),
    )
    story = Story(source.slug, source.article, sheet, source.facts_file, source.source_map)
    return story, problems
