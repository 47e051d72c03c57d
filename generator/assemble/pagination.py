"""Assemble (pagination): a list too long for one page becomes pages of a fixed size.

A sequence (newest first), the list's first page file and a page size in; `ListPage`s out, each
knowing its file under `docs/`, its share of the items and its links to the pages around it.
Page 1 keeps the list's own file; `stories/index.md` continues in `stories/page-2.md`,
`people/ada.md` in `people/ada/page-2.md`.
"""

from __future__ import annotations

import posixpath
from collections.abc import Sequence

from generator.model.views import ListPage


def later_page_file(first_file: str, number: int) -> str:
    """The file of page `number` (from 2) of a list whose first page is `first_file`."""
    folder, _, name = first_file.rpartition("/")
    if name == "index.md":
        return f"{folder}/page-{number}.md"
    return f"{folder}/{name.removesuffix('.md')}/page-{number}.md"


def paginate(items: Sequence, first_file: str, per_page: int) -> tuple[ListPage, ...]:
    """`items` in pages of `per_page` (one page, maybe empty, when they fit)."""
    chunks = [tuple(items[start : start + per_page]) for start in range(0, len(items), per_page)]
    chunks = chunks or [()]
    files = [first_file] + [later_page_file(first_file, n) for n in range(2, len(chunks) + 1)]
    pages = []
    for index, chunk in enumerate(chunks):
        here = files[index]
        pages.append(
            ListPage(
                number=index + 1,
                count=len(chunks),
                file=here,
                items=chunk,
                first_position=index * per_page + 1,
                root=_root(here),
                previous=_link(here, files[index - 1]) if index else None,
                next=_link(here, files[index + 1]) if index + 1 < len(files) else None,
                first=_link(here, files[0]) if index else None,
            )
        )
    return tuple(pages)


def _root(file: str) -> str:
    depth = file.count("/")
    return "../" * depth


def _link(source: str, target: str) -> str:
    """The Markdown link from the page `source` to the page `target` (both under `docs/`)."""
    return posixpath.relpath(target, posixpath.dirname(source) or ".")
