"""Adoption: a generated page handed to the editor for good.

A generated page's path in; the same page without the generation marker out, written atomically.
"""

from __future__ import annotations

from pathlib import Path

from generator.model.problem import Problem, ProblemsFound, display_path
from generator.write.files import write_atomically
from generator.write.pages import unmark_page


def adopt_page(path: Path) -> None:
    """Remove the generation marker from the page at `path`, keeping every edit made to it.

    Raises `ProblemsFound` when the page does not exist or is not a generated page.
    """
    name = display_path(path)
    if not path.is_file():
        raise ProblemsFound([Problem(name, "no such page; give the path of a page under docs/")])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProblemsFound([Problem(name, f"cannot be read: {error}")]) from None
    generated, _, original = unmark_page(text)
    if not generated:
        raise ProblemsFound(
            [Problem(name, "is already hand-written (it has no generation marker); nothing to do")]
        )
    write_atomically(path, original)
