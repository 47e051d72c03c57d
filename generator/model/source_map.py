"""Source map: where each value and key of a fact sheet stands in its YAML file.

Filled by the YAML reader (`load`); asked by `check` for the line and column of a problem.
"""

from __future__ import annotations

from typing import Any

from generator.model.problem import Problem

Path = tuple[str | int, ...]
"""Where a value stands in the document: the keys and list indexes that lead to it."""


class SourceMap:
    """Where each value (and each mapping key) of a YAML document stands in its file.

    The reader keeps only the start mark of every node, in the order the nodes come in the
    file; the tables of paths are made from them the first time a position is asked for, which
    happens only when there is a problem to report."""

    def __init__(self, file: str, document: Any = None, marks: list[Any] | None = None):
        self.file = file
        self._document = document
        self._marks = marks or []
        self._tables: tuple[dict[Path, tuple[int, int]], dict[Path, tuple[int, int]]] | None = None

    @property
    def values(self) -> dict[Path, tuple[int, int]]:
        return self._made()[0]

    @property
    def keys(self) -> dict[Path, tuple[int, int]]:
        return self._made()[1]

    def locate(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the node at `path`, or of its nearest known parent."""
        values, keys = self._made()
        table = keys if key else values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if prefix in values:
                return values[prefix]
        return (1, 1)

    def problem(self, path: Path, message: str, *, key: bool = False, severity="error") -> Problem:
        line, column = self.locate(path, key=key)
        return Problem(self.file, message, line, column, severity)

    def _made(self) -> tuple[dict[Path, tuple[int, int]], dict[Path, tuple[int, int]]]:
        if self._tables is None:
            self._tables = _positions(self._document, self._marks)
        return self._tables


def _positions(
    document: Any, marks: list[Any]
) -> tuple[dict[Path, tuple[int, int]], dict[Path, tuple[int, int]]]:
    """The position of every value and key by path: the document's nodes walked in the order the
    reader met them (a key before its value, a collection before what it holds), one mark each.
    A document still being read (when a problem stopped the reader) yields what it holds."""
    values: dict[Path, tuple[int, int]] = {}
    keys: dict[Path, tuple[int, int]] = {}
    unread = iter(marks)

    def take() -> tuple[int, int] | None:
        mark = next(unread, None)
        return None if mark is None else (mark.line + 1, mark.column + 1)

    def walk(node: Any, path: Path) -> None:
        position = take()
        if position is None:
            return
        values[path] = position
        if node.__class__ is dict:
            for key, value in node.items():
                key_position = take()
                if key_position is None:
                    return
                keys[(*path, key)] = key_position
                walk(value, (*path, key))
        elif node.__class__ is list:
            for index, value in enumerate(node):
                walk(value, (*path, index))

    if marks:
        walk(document, ())
    return values, keys
