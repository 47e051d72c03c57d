"""Load: find the stories under `seeds/` and read each one's article and fact sheet.

A seeds folder in; `Story` values (article + validated, verified fact sheet) and problems out.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from generator.markdown_links import may_hold_links, verify_links
from generator.model.article import Article
from generator.model.layout import (
    ARTICLE_FILE,
    FACTS_FILE,
    MAX_ARTICLE_BYTES,
    MAX_FACTS_BYTES,
    SLUG_PATTERN,
)
from generator.model.problem import Problem, display_path
from generator.model.story import Story
from generator.validate import validate_fact_sheet
from generator.verify import verify_fact_sheet
from generator.yaml_source import YamlRefused, load_yaml


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


def load_story(folder: Path) -> tuple[Story | None, list[Problem]]:
    """Read, validate and verify one story folder."""
    facts_path, article_path = folder / FACTS_FILE, folder / ARTICLE_FILE
    facts_name = display_path(facts_path)
    problems: list[Problem] = []
    facts_text = read_text(facts_path, MAX_FACTS_BYTES, folder, problems, "fact sheet")
    article_text = read_text(article_path, MAX_ARTICLE_BYTES, folder, problems, "article")
    if facts_text is None or article_text is None:
        return None, problems
    article = Article.from_text(article_text)
    if not article.paragraphs:
        problems.append(
            Problem(
                display_path(article_path), "the article is empty; paste the article's text into it"
            )
        )
        return None, problems
    try:
        data, source_map = load_yaml(facts_text, facts_name)
    except YamlRefused as refused:
        return None, [refused.problem]
    sheet, problems = validate_fact_sheet(data, source_map)
    if sheet is None:
        return None, problems
    links = verify_links(data, source_map) if may_hold_links(facts_text) else []
    problems = sorted(
        [*verify_fact_sheet(sheet, article, source_map), *links],
        key=lambda p: (p.line or 0, p.column or 0),
    )
    return Story(folder.name, article, sheet, facts_name, source_map), problems


def read_text(path: Path, limit: int, root: Path, problems: list[Problem], what: str) -> str | None:
    """The UTF-8 text of `path`, or None after adding a problem that says what is wrong."""

    def refuse(message: str, line: int | None = None, column: int | None = None) -> None:
        problems.append(Problem(display_path(path), message, line, column))

    try:
        status = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        status = None
    except OSError as error:
        refuse(f"the {what} cannot be read ({error.strerror}); check its permissions")
        return None
    if status is not None and stat.S_ISLNK(status.st_mode):
        if not path.resolve().is_relative_to(root.resolve()):
            refuse(
                f"the {what} links outside its story folder; copy the file into the folder instead"
            )
            return None
        try:
            status = os.stat(path)
        except OSError:
            refuse(f"the {what} is a link to nothing; replace it with the file itself")
            return None
    if status is None:
        hint = (
            "explainer draft writes a fact sheet to start from"
            if what == "fact sheet"
            else "paste the article's text into it"
        )
        refuse(f"the {what} is missing; create {path.name} in the story folder ({hint})")
        return None
    if not stat.S_ISREG(status.st_mode):
        refuse(f"the {what} is not a file; replace it with {path.name}")
        return None
    size = status.st_size
    if size > limit:
        refuse(
            f"the {what} is {size:,} bytes; the limit is {limit:,} bytes; "
            f"split the story or shorten the {what}"
        )
        return None
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except OSError as error:
        refuse(f"the {what} cannot be read ({error.strerror}); check its permissions")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        refuse(f"byte {raw[error.start]:#04x} is not UTF-8; save the file as UTF-8", line, column)
        return None
    if "\x00" in text:
        refuse(f"the {what} holds NUL bytes, so it is not text; save it as plain UTF-8 text")
        return None
    text = text.lstrip("\ufeff")
    return text.replace("\r\n", "\n") if "\r" in text else text


def story_folders(seeds: Path, names: list[str] | None) -> tuple[list[Path], list[Problem]]:
    """The named story folders, or every one when no name is given, and problems finding them."""
    if names:
        return find_named_story_folders(seeds, names)
    return find_story_folders(seeds)


def load_stories(
    seeds: Path,
    progress: Callable[[str, int, int], None] | None = None,
    names: list[str] | None = None,
) -> tuple[list[Story], list[Problem], int]:
    """Every story under `seeds` (or the named ones), every problem, how many fact sheets read.

    `progress`, when given, is called with ("checking stories", done, total) after each story.
    """
    folders, problems = story_folders(seeds, names)
    stories = []
    for done, folder in enumerate(folders, start=1):
        story, found = load_story(folder)
        if progress is not None:
            progress("checking stories", done, len(folders))
        problems.extend(found)
        if story is not None:
            stories.append(story)
    return stories, problems, len(folders)
