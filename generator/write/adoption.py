"""Adoption: a generated story page handed to the editor for good.

A story page's path under `docs/` in; the page, edits kept and generation marker removed, moved
to its story's `seeds/<story>/pages/<name>.md` (where git keeps it, and from where generation
publishes it instead of the generated page) out.
"""

from __future__ import annotations

from pathlib import Path

from generator.model.front_matter import split_front_matter
from generator.model.layout import (
    ADDITIONS_FOLDER,
    ADOPTED_LINE,
    STORIES_FOLDER,
    STORY_PAGES,
)
from generator.model.problem import Problem, ProblemsFound, display_path
from generator.write.files import write_atomically
from generator.write.pages import read_marker

_STORY_PAGES = {name for name, _ in STORY_PAGES}


def adopt_page(path: Path) -> Path:
    """Move the story page at `path` (`docs/stories/<story>/<name>.md`) to its story's pages
    folder without its generation marker, keeping every edit made to it. Returns where it went.

    Raises `ProblemsFound` when the page does not exist, is not one of a story's generated
    pages, or its story's pages folder holds a section for it that the page does not show.
    """
    name = display_path(path)
    if not path.is_file():
        raise ProblemsFound([Problem(name, "no such page; give the path of a page under docs/")])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProblemsFound([Problem(name, f"cannot be read: {error}")]) from None
    generated, recorded, original = read_marker(text)
    source = recorded.get("generated_from", "")
    if generated and Path(source).parent.name == ADDITIONS_FOLDER:
        raise ProblemsFound([Problem(name, f"is your own page already; edit {source} instead")])
    parts = path.resolve().parts
    if len(parts) < 4 or parts[-3] != STORIES_FOLDER or path.stem not in _STORY_PAGES:
        message = "only a story's pages can be adopted (docs/stories/<story>/<page>.md); "
        message += "change this page through the fact sheets or the templates"
        if not generated:
            message = "is already hand-written (it has no generation marker); nothing to do"
        raise ProblemsFound([Problem(name, message)])
    slug = parts[-2]
    story = path.resolve().parent.parent.parent.parent / "seeds" / slug
    if not story.is_dir():
        message = f"its story is not in seeds/ (no folder seeds/{slug}); nothing to adopt it into"
        raise ProblemsFound([Problem(name, message)])
    target = story / ADDITIONS_FOLDER / path.name
    shown = f"seeds/{slug}/{ADDITIONS_FOLDER}/{path.name}"
    if target.exists() and not _shown_in(target, original):
        message = f"{shown} already holds your section for this page, changed since the page was "
        message += "generated; run explainer generate (or copy the section into the page), "
        message += "then adopt again"
        raise ProblemsFound([Problem(name, message)])
    write_atomically(target, _marked_adopted(original))
    try:
        path.unlink()
    except OSError as error:
        raise ProblemsFound([Problem(name, f"adopted, but cannot be removed: {error}")]) from None
    return target


def _shown_in(section: Path, page: str) -> bool:
    """True when the page holds all of the section file's text (so replacing the file with the
    page loses nothing)."""
    try:
        _, body = split_front_matter(section.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return False
    return body.strip() in page


def _marked_adopted(page: str) -> str:
    """The page with `adopted: true` last in its front matter."""
    front, body = split_front_matter(page)
    return f"---\n{front}{ADOPTED_LINE}\n---\n{body}"
