"""Problems: one finding with a location, a severity and a message.

Every stage reports what is wrong as `Problem` values; the shells print them and pick the exit code.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One finding about one file, at a line and column when the file has them."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: Severity = "error"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        label = "warning: " if self.severity == "warning" else ""
        return visible(f"{where}: {label}{self.message}")

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ProblemsFound(Exception):
    """Raised when a stage found errors; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__(summarize(self.problems))


def visible(text: str) -> str:
    """Text safe to print on a terminal: control and invisible characters shown as escapes."""
    return "".join(
        char if char.isprintable() or char == " " else char.encode("unicode_escape").decode()
        for char in text
    )


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(problem.is_error for problem in problems)


def summarize(problems: list[Problem], files_checked: int | None = None) -> str:
    """One closing line, such as `2 errors, 1 warning in 3 fact sheets`."""
    errors = sum(problem.is_error for problem in problems)
    warnings = len(problems) - errors
    parts = [plural(errors, "error"), plural(warnings, "warning")]
    line = ", ".join(parts)
    if files_checked is not None:
        line += f" in {plural(files_checked, 'fact sheet')}"
    return line


def plural(count: int, noun: str) -> str:
    """`1 error`, `2 errors`."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def display_path(path: Path) -> str:
    """A path as messages show it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else Path(relative).as_posix()
