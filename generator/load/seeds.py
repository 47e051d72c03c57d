"""Seeds: the story folders under `seeds/`, all of them or those named on the command line.

A seeds folder (and names) in; story folders, sorted, and problems finding them out. A name
can never lead the tool outside `seeds/`.
"""

from __future__ import annotations

from pathlib import Path

from generator.model.layout import LIST_PAGE_NAME, SLUG_PATTERN
from generator.model.problem import Problem, display_path


def find_story_folders(seeds: Path) -> tuple[list[Path], list[Problem]]:
    """Every story folder under `seeds`, sorted by name, and problems with the folder itself."""
    if not seeds.is_dir():
        message = (
            "is a file, not a folder; move it aside and create a seeds folder"
            if seeds.exists()
            else "the seeds folder does not exist; create it"
        )
        return [], [Problem(display_path(seeds), message)]
    root = seeds.resolve()
    folders, problems = [], []
    for entry in sorted(seeds.iterdir(), key=lambda path: path.name):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        if not entry.resolve().is_relative_to(root):
            problems.append(Problem(display_path(entry), _LINKS_OUT))
        elif not SLUG_PATTERN.match(entry.name):
            problems.append(
                Problem(
                    display_path(entry),
                    f"'{entry.name}' is not a valid story "
                    "folder name; use lower-case letters, digits and hyphens",
                )
            )
        elif LIST_PAGE_NAME.match(entry.name):
            problems.append(
                Problem(
                    display_path(entry),
                    f"'{entry.name}' is the name of a page of All stories "
                    "(stories/page-2, page-3 and on); give the story folder another name",
                )
            )
        else:
            folders.append(entry)
    return folders, problems


def find_named_story_folders(seeds: Path, names: list[str]) -> tuple[list[Path], list[Problem]]:
    """The story folders named on the command line (`slug` or `seeds/slug`), in the order given.

    A name is a folder directly under `seeds`; absolute paths, `..` and links that lead out of
    `seeds` are refused, so a name can never make the tool read a file elsewhere.
    """
    folders, problems = [], []
    for name in names:
        parts = Path(name).parts
        if len(parts) == 2 and parts[0] == seeds.name:
            parts = parts[1:]
        if len(parts) != 1 or not SLUG_PATTERN.match(parts[0]):
            problems.append(
                Problem(
                    name,
                    "not a story name; name a story by its folder under seeds/ "
                    "(lower-case letters, digits and hyphens), not by a path elsewhere",
                )
            )
            continue
        folder = seeds / parts[0]
        if not folder.is_dir():
            problems.append(
                Problem(
                    display_path(folder),
                    "no such story folder; the stories are the folders in seeds/",
                )
            )
        elif not folder.resolve().is_relative_to(seeds.resolve()):
            problems.append(Problem(display_path(folder), _LINKS_OUT))
        elif folder not in folders:
            folders.append(folder)
    return folders, problems


_LINKS_OUT = "links outside the seeds folder; move the story into seeds/ instead of linking it"


def story_folders(seeds: Path, names: list[str] | None) -> tuple[list[Path], list[Problem]]:
    """The named story folders, or every one when no name is given, and problems finding them."""
    if names:
        return find_named_story_folders(seeds, names)
    return find_story_folders(seeds)
