"""Check: one story's fact sheet, its shape and then its agreement with its article.

A `StorySource` in; the checked `Story` (None when its shape is wrong) and every problem found
out, sorted by their place in the file. A sheet whose shape is wrong in some items is still
verified without those items, so that one run reports every problem: a bad date does not hide
a misquote.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.check.links import may_hold_links, verify_links
from generator.check.placeholders import is_draft, leftover_placeholders
from generator.check.validate import invalid_paths, validate_fact_sheet
from generator.check.verify import verify_fact_sheet
from generator.model.factsheet import FactSheet
from generator.model.problem import Problem
from generator.model.source_map import Path
from generator.model.story import Story, StorySource

ROUNDS = 3
"""How many times items with shape errors are left out before the rest is verified."""


def check_story(source: StorySource) -> tuple[Story | None, list[Problem]]:
    """Validate the fact sheet's shape, then verify it against the article and itself."""
    data, source_map = source.data, source.source_map
    problems = leftover_placeholders(source.facts_text, data, source_map, draft=is_draft(data))
    sheet, shape = validate_fact_sheet(data, source_map)
    if may_hold_links(source.facts_text) and isinstance(data, dict):
        problems += verify_links(data, source_map)
    if sheet is not None:
        problems += verify_fact_sheet(sheet, source.article, source_map)
    elif isinstance(data, dict):
        problems += shape + _verify_the_rest(data, source)
    else:
        problems += shape
    problems = sorted(set(problems), key=lambda p: (p.line or 0, p.column or 0))
    if sheet is None:
        return None, problems
    return Story(source.slug, source.article, sheet, source.facts_file, source_map), problems


def _verify_the_rest(data: dict[str, Any], source: StorySource) -> list[Problem]:
    """The problems of verifying the fact sheet without its items whose shape is wrong; none
    when the shape is wrong outside any list item. A reference into a list that lost an item
    is not reported: the item may be there, only its shape (or id) is wrong."""
    kept = copy.deepcopy(data)
    positions: dict[Path, list[int]] = {}
    left_out: set[str] = set()
    """The lists items were left out of, by name (`actors`, `quotes`)."""
    for _ in range(ROUNDS):
        paths = invalid_paths(kept)
        if not paths:
            break
        items = {_item_of(path) for path in paths}
        if None in items:
            return []
        for item in sorted(items, key=lambda path: path[-1], reverse=True):  # type: ignore[index]
            _leave_out(kept, item, positions, left_out)
    else:
        return []
    sheet = FactSheet.model_validate(kept)

    def original(path: Path) -> Path:
        return _original_path(path, positions)

    found = verify_fact_sheet(sheet, source.article, source.source_map, original)
    return [problem for problem in found if not _mentions(problem, left_out)]


def _item_of(path: Path) -> Path | None:
    """The list item that holds the place `path`: the path up to its last index."""
    for end in range(len(path), 0, -1):
        if isinstance(path[end - 1], int):
            return path[:end]
    return None


def _leave_out(data: Any, item: Path, positions: dict[Path, list[int]], left_out: set[str]) -> None:
    """Remove the list item at `item` (a path in the current data) from `data`, noting which
    original index each remaining item of that list has, and the name of the list."""
    *parent_path, index = item
    parent = data
    for part in parent_path:
        parent = parent[part]
    original_parent = _original_path(tuple(parent_path), positions)
    indexes = positions.setdefault(original_parent, list(range(len(parent))))
    parent.pop(index)
    del indexes[index]
    left_out.add(str(original_parent[-1]) if original_parent else "")


def _original_path(path: Path, positions: dict[Path, list[int]]) -> Path:
    """The place in the file of `path`, a place in the data with some items left out."""
    result: list[str | int] = []
    for part in path:
        if isinstance(part, int):
            indexes = positions.get(tuple(result))
            part = indexes[part] if indexes is not None and part < len(indexes) else part
        result.append(part)
    return tuple(result)


def _mentions(problem: Problem, lists: set[str]) -> bool:
    return any(
        problem.message.endswith(f"is not defined in {name}")
        or f"is not defined in {name};" in problem.message
        for name in lists
    )
