"""Check (placeholders): what `explainer draft` leaves for the editor to decide is not published.

A fact sheet's text and data in; one problem per leftover out, at its line and column: a value
that still starts with `TODO`, a `# TODO` comment that marks a decision, and a quote's context
that is still the cue the draft found (`cue: Waltz said`). Errors, or warnings for a story whose
`story.status` is `draft`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from generator.check.validate import format_path
from generator.model.problem import Problem
from generator.model.source_map import Path, SourceMap

PLACEHOLDER = re.compile(r"\s*TODO\b")
CUE = re.compile(r"\s*cue:")
_BLOCK_SCALAR = re.compile(r"[:-]\s*[|>][-+0-9]*\s*(#.*)?$")


def leftover_placeholders(
    text: str, data: Any, source_map: SourceMap, *, draft: bool
) -> list[Problem]:
    """Every placeholder still in the fact sheet, in the order of the file."""
    severity = "warning" if draft else "error"
    found = [
        source_map.problem(path, message, severity=severity)
        for path, message in _placeholder_values(data, ())
    ]
    found += [
        Problem(source_map.file, message, line, column, severity)
        for line, column, message in _todo_comments(text)
    ]
    return sorted(found, key=lambda problem: (problem.line or 0, problem.column or 0))


def is_draft(data: Any) -> bool:
    """True when the fact sheet marks its story as work in progress (`story.status: draft`)."""
    story = data.get("story") if isinstance(data, dict) else None
    return isinstance(story, dict) and story.get("status") == "draft"


def _placeholder_values(value: Any, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _placeholder_values(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _placeholder_values(item, (*path, index))
    elif isinstance(value, str):
        where = format_path(path)
        if PLACEHOLDER.match(value):
            yield (
                path,
                (
                    f"{where}: still the draft's placeholder ({_short(value)}); "
                    "replace it with your own words"
                ),
            )
        elif path[-1:] == ("context",) and CUE.match(value):
            yield (
                path,
                (
                    f"{where}: still the cue the draft found ({_short(value)}); write the words "
                    "around the quote as the article gives them, or delete `context:`"
                ),
            )


def _todo_comments(text: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, message) of every comment that starts with TODO. A `#` starts a comment
    at the start of a line or after a space, outside quotes and block scalars, as in YAML."""
    block_indent: int | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if block_indent is not None:
            if not stripped or indent > block_indent:
                continue
            block_indent = None
        column = _comment_column(line)
        if column is not None and PLACEHOLDER.match(line[column + 1 :]):
            note = line[column + 1 :].strip()
            yield (
                number,
                column + 1,
                f"a decision the draft left open: `# {note[:80]}`; "
                "make it, then delete the comment",
            )
        if _BLOCK_SCALAR.search(line if column is None else line[:column].rstrip()):
            block_indent = indent


def _comment_column(line: str) -> int | None:
    """Where the comment of a YAML line starts (0-based), or None."""
    quote, escaped = None, False
    for index, character in enumerate(line):
        if quote:
            if escaped:
                escaped = False
            elif character == "\\" and quote == '"':
                escaped = True
            elif character == quote:
                quote = None  # a doubled '' inside single quotes closes and opens again
            continue
        if character in "\"'" and (index == 0 or line[index - 1] in " :-[{,"):
            quote = character
        elif character == "#" and (index == 0 or line[index - 1] in " \t"):
            return index
    return None


def _short(value: str) -> str:
    value = " ".join(value.split())
    return f'"{value[:60]}..."' if len(value) > 60 else f'"{value}"'
