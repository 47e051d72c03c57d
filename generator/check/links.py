"""Verify: links in a fact sheet's Markdown text go to full web addresses.

A `FactSheet` and its source map in, problems out. A relative link (`page.md`, `#part`, `/path`,
`picture.png`) would point into the site, where the strict build cannot resolve it and aborts
after the pages are written; it is reported at check time instead, at its place in the file.
"""

from __future__ import annotations

from typing import Any

from generator.check.validate import format_path
from generator.model.addresses import is_local_address, link_addresses
from generator.model.factsheet import STATEMENT_SECTIONS
from generator.model.problem import Problem
from generator.model.source_map import Path, SourceMap

MARKDOWN_FIELDS = {
    "context",
    "stance",
    "what",
    "why_it_matters",
    "what_would_answer",
    "article_usage",
    "neutral_usage",
    "note",
}
"""Fields shown as inline Markdown (besides a statement's `text`); all others are plain text."""


def verify_links(data: Any, source_map: SourceMap) -> list[Problem]:
    """A problem for every link or image in Markdown text that does not have a full address.

    `data` is the fact sheet as read from YAML, once it is known to be valid."""
    problems = []
    for path, text in markdown_values(data):
        if "](" not in text:
            continue  # every link and image has it
        for _, address, image in link_addresses(text):
            if address and is_local_address(address):
                problems.append(source_map.problem(path, _message(path, address, image)))
    return problems


def may_hold_links(yaml_text: str) -> bool:
    """False when no value read from this YAML text can hold a link or an image, which always
    has `](`: YAML makes those two characters meet only where the text has them, or through an
    escape (`\\x28`, a line joined by `\\`), which needs a backslash."""
    return "](" in yaml_text or "\\" in yaml_text


def _message(path: Path, address: str, image: bool) -> str:
    shown = address if len(address) <= 60 else address[:60] + "…"
    if image:
        return (
            f"{format_path(path)}: the image '{shown}' would be looked for in this site; "
            "a fact sheet cannot add images, remove it"
        )
    return (
        f"{format_path(path)}: the link to '{shown}' would point into this site; "
        "write the full address (https://...) or remove the link"
    )


def markdown_values(data: Any) -> list[tuple[Path, str]]:
    """Every text value of the fact sheet that the pages show as Markdown, with its path."""
    found: list[tuple[Path, str]] = []

    def visit(value: Any, path: Path) -> None:
        if value.__class__ is dict:
            for key, item in value.items():
                visit(item, (*path, key))
        elif value.__class__ is list:
            for index, item in enumerate(value):
                visit(item, (*path, index))
        elif value.__class__ is str and path and _is_markdown(path):
            found.append((path, value))

    visit(data, ())
    return found


def _is_markdown(path: Path) -> bool:
    field = path[-1]
    if field == "text":
        return path[0] in STATEMENT_SECTIONS
    return len(path) > 1 and field in MARKDOWN_FIELDS
