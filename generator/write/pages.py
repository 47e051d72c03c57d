"""Write: generated Markdown to disk, without ever losing an editor's hand edit.

A mapping of page paths to Markdown in; files under `docs/` out. Each generated page carries a
marker, its own path and the hash of what was generated; a page whose text no longer matches its
hash was edited by hand and is left alone. Pages without the marker, or with another page's path
(a copy), were written by hand and are never touched.
Every conflict is found before anything is written; writes are atomic and skip unchanged files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path

from generator.model.failures import write_problem
from generator.model.front_matter import split_front_matter
from generator.model.layout import KEPT_FOLDER, STORIES_FOLDER, STORY_PAGES
from generator.model.problem import Problem, ProblemsFound, display_path
from generator.write.files import (
    _replace_file,
)

MARKER_KEY = "generated_by"
MARKER_VALUE = "explainer"
HASH_KEY = "generated_hash"
SOURCE_KEY = "generated_from"
PATH_KEY = "generated_path"
"""The page's own path under docs/: a copy of a generated page elsewhere is the editor's file."""
MANY_SOURCES = "seeds"
"""The source recorded for a page made from many files (the home page: every story)."""


@dataclass
class WriteReport:
    """What a run of the writer did, file by file."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    """Stale generated pages that were edited by hand, so not removed: (where each was, where it
    was moved to, out of the site)."""
    adopted: list[str] = field(default_factory=list)
    """Hand-written (adopted) pages at the path of a generated page, left alone."""
    repaired: list[str] = field(default_factory=list)
    """Pages that were cut short, empty or not UTF-8 text on disk (damaged, not written by
    anyone), written again."""
    story_dates: dict[str, str] = field(default_factory=dict)
    """Each story's last update (slug -> YYYY-MM-DD), for stories that have a date: what the
    sitemap dates pages by, so that a rebuild on another day makes the same site."""
    foreign: list[str] = field(default_factory=list)
    """Files explainer did not write, in a folder of generated pages, left alone."""
    overwritten: list[str] = field(default_factory=list)
    """Generated pages edited by hand that `force` overwrote."""


@dataclass(frozen=True)
class PageState:
    """What is on disk at a page's path."""

    exists: bool
    generated: bool = False
    edited: bool = False
    unchanged: bool = False
    """The file holds exactly the page about to be written."""
    damaged: bool = False
    """The file is cut short (the start of the page about to be written), empty or not UTF-8
    text: no page anyone wrote, so nothing to keep."""


def mark_page(markdown: str, source: str, relative: str = "") -> bytes:
    """The page as written to disk (UTF-8): the generation marker, the page's path under docs
    (`relative`, when given) and the hash of `markdown` added to its front matter. The text is
    encoded once, for the hash and for the file."""
    front, body = split_front_matter(markdown)
    if not front:
        markdown = body  # an empty front matter block is dropped, as `unmark_page` drops it
    encoded = markdown.encode("utf-8")
    marker = f"{MARKER_KEY}: {MARKER_VALUE}\n{SOURCE_KEY}: {source}\n"
    if relative:
        marker += f"{PATH_KEY}: {relative}\n"
    marker += f"{HASH_KEY}: {_hash_of(encoded)}\n"
    start = len(f"---\n{front}---\n".encode()) if front else 0  # where the body begins
    front_bytes = encoded[4 : start - 4] if front else b""
    return b"".join((b"---\n", front_bytes, marker.encode("utf-8"), b"---\n", encoded[start:]))


def unmark_page(text: str) -> tuple[bool, str, str]:
    """(has marker, recorded hash, the page as generated before marking) for a file's text."""
    generated, recorded, original = read_marker(text)
    return generated, recorded.get(HASH_KEY, ""), original


def read_marker(text: str) -> tuple[bool, dict[str, str], str]:
    """(has marker, the marker's keys and values, the page as generated before marking)."""
    front, body = split_front_matter(text)
    recorded = {}
    kept = []
    for line in front.splitlines(keepends=True):
        key, _, value = line.partition(":")
        if key in (MARKER_KEY, HASH_KEY, SOURCE_KEY, PATH_KEY):
            recorded[key] = value.strip()
        else:
            kept.append(line)
    if recorded.get(MARKER_KEY) != MARKER_VALUE:
        return False, recorded, text
    original = f"---\n{''.join(kept)}---\n{body}" if kept else body
    return True, recorded, original


def content_hash(text: str) -> str:
    return _hash_of(text.encode("utf-8"))


def _hash_of(encoded: bytes) -> str:
    return "sha256:" + hashlib.sha256(encoded).hexdigest()[:32]


def repaired_message(pages: list[str]) -> str:
    """One line for every damaged page that was written again."""
    was = "page was" if len(pages) == 1 else "pages were"
    return (
        f"{len(pages)} generated {was} cut short, empty or not text and "
        f"{'was' if len(pages) == 1 else 'were'} written again: {', '.join(pages)}"
    )


def read_page_state(
    path: Path | str, expected: bytes | None = None, relative: str = ""
) -> PageState:
    """What is at `path`; a file that holds exactly the `expected` (marked) page is known to be
    generated and unedited without looking into it. A page whose marker names another path than
    `relative` (its path under docs) is a copy, so the editor's own file."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except (FileNotFoundError, NotADirectoryError):
        return PageState(exists=False)
    except OSError:
        return PageState(exists=True)
    if data == expected:
        return PageState(exists=True, generated=True, unchanged=True)
    if expected is not None and expected.startswith(data):
        return _DAMAGED  # cut short: all it holds is about to be written again
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _DAMAGED
    if not text:
        return _DAMAGED
    if "\r" in text:  # line endings changed by an editor or by git: the page is still ours
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    generated, recorded, original = read_marker(text)
    if not generated or (relative and recorded.get(PATH_KEY, relative) != relative):
        return PageState(exists=True)
    edited = content_hash(original) != recorded.get(HASH_KEY, "")
    return PageState(exists=True, generated=True, edited=edited)


def write_pages(
    pages: dict[str, str],
    sources: dict[str, str],
    docs: Path,
    *,
    force: bool = False,
    owned: list[str] | None = None,
    produced: set[str] | None = None,
    kept_folder: Path | None = None,
) -> WriteReport:
    """Write `pages` (path under docs -> Markdown) atomically; remove stale generated pages.

    `sources` names the fact sheet behind each page, for its marker. `owned` lists the folders
    (under docs) whose generated pages this run is responsible for: a generated page there that
    is no longer produced is removed, unless edited by hand. `produced` is every page the site
    has (default: `pages`), for a run that hands over only the pages that may have changed.
    A stale page edited by hand is moved to `kept_folder` (default: `kept-pages/` beside docs),
    out of the site, under the same path. A page without the marker (hand-written, or adopted)
    is never touched, even with `force`.
    A file that is cut short, empty or not UTF-8 text is no page anyone wrote: written again.
    """
    report = WriteReport()
    planned: list[tuple[str, bytes, bool]] = []
    problems: list[Problem] = []
    folders: dict[str, bool] = {}
    shown = _shown_prefix(docs)
    base = docs.as_posix()
    for relative, markdown in sorted(pages.items()):
        data = mark_page(markdown, sources.get(relative, MANY_SOURCES), relative)
        path = f"{base}/{relative}"
        # In a folder that does not exist yet (a new story's) there is nothing to look at.
        exists = _in_existing_folder(path, folders)
        state = read_page_state(path, data, relative) if exists else _NOTHING
        if state.unchanged:
            report.unchanged.append(f"{shown}{relative}")
            continue
        if state.damaged:
            report.repaired.append(f"{shown}{relative}")
        elif state.exists and not state.generated:
            report.adopted.append(f"{shown}{relative}")
            continue
        if state.edited and not force:
            problems.append(Problem(f"{shown}{relative}", _edited_message(relative)))
            continue
        planned.append((relative, data, state.edited))
    everything = set(pages) if produced is None else produced | set(pages)
    stale, report.foreign = _stale_generated_pages(docs, owned or [], everything)
    if problems:
        raise ProblemsFound(problems)
    made: set[str] = set()
    for relative, data, edited in planned:
        try:
            _replace_file(f"{base}/{relative}", data, made)
        except OSError as error:
            raise ProblemsFound([write_problem(f"{base}/{relative}", error)]) from None
        report.written.append(f"{shown}{relative}")
        if edited:
            report.overwritten.append(f"{shown}{relative}")
    kept_folder = kept_folder or docs.parent / KEPT_FOLDER
    for path in stale:
        relative = path.relative_to(docs).as_posix()
        if read_page_state(path, relative=relative).edited:
            moved = _move_out_of_the_site(path, kept_folder / relative)
            report.kept.append((display_path(path), display_path(moved)))
        else:
            path.unlink()
            report.removed.append(display_path(path))
        _remove_empty_parents(path.parent, docs)
    return report


_NOTHING = PageState(exists=False)
_DAMAGED = PageState(exists=True, generated=True, damaged=True)


def _in_existing_folder(path: str, folders: dict[str, bool]) -> bool:
    """False when the folder of `path` does not exist (each folder is looked at once); a folder
    that cannot be looked at counts as existing, so its pages are looked at (and refused)."""
    folder = path.rpartition("/")[0]
    known = folders.get(folder)
    if known is None:
        try:
            known = stat.S_ISDIR(os.stat(folder).st_mode)
        except (FileNotFoundError, NotADirectoryError):
            known = False
        except OSError:
            known = True
        folders[folder] = known
    return known


def _shown_prefix(docs: Path) -> str:
    """What page paths under `docs` start with in messages and reports ("" in docs itself)."""
    shown = Path(display_path(docs)).as_posix()
    return "" if shown == "." else f"{shown}/"


def _edited_message(relative: str) -> str:
    parts = relative.split("/")
    own = "a page of your own"
    story_page = len(parts) == 3 and parts[0] == STORIES_FOLDER
    if story_page:
        own = f"seeds/{parts[1]}/pages/{parts[2]} (added at the end of this page)"
    adopt = ""
    if story_page and parts[2].removesuffix(".md") in _STORY_PAGE_NAMES:
        adopt = (
            f"`explainer adopt docs/{relative}` to move the page, edits kept, to "
            f"seeds/{parts[1]}/pages/{parts[2]} for good; "
        )
    return (
        "was edited by hand since it was generated, so it was not overwritten. Ways forward: move "
        f"the edit into the fact sheet or into {own}; {adopt}or --force to overwrite it"
    )


_STORY_PAGE_NAMES = {name for name, _ in STORY_PAGES}


def _stale_generated_pages(
    docs: Path, owned: list[str], produced: set[str]
) -> tuple[list[Path], list[str]]:
    """The generated pages in the `owned` folders that are no longer `produced`, and the names
    of the files there that explainer did not write (hidden files aside)."""
    stale: list[Path] = []
    foreign: list[str] = []
    for folder in owned:
        root = docs / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            relative = path.relative_to(docs).as_posix()
            if relative in produced or path.name.startswith(".") or not path.is_file():
                continue
            if path.suffix == ".md" and read_page_state(path, relative=relative).generated:
                stale.append(path)
            else:
                foreign.append(display_path(path))
    return stale, foreign


def _move_out_of_the_site(path: Path, target: Path) -> Path:
    """Move the page at `path` to `target`, or beside it under a numbered name (`quotes-2.md`)
    when a file is there already; never over another file. Returns where it went."""
    free, number = target, 1
    while free.exists():
        number += 1
        free = target.with_name(f"{target.stem}-{number}{target.suffix}")
    try:
        free.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, free)
    except OSError as error:
        raise ProblemsFound([write_problem(free, error)]) from None
    return free


def _remove_empty_parents(folder: Path, docs: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
