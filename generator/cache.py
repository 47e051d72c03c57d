"""Cache: what the last run of `generate` knew, so the next run redoes only what changed.

Story folders, templates and pages under `docs/` in (by each file's size, modification time and
inode); each story's checked model, problems and rendered pages out, reused while unchanged.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.addition import ADDITIONS_FOLDER
from generator.assemble import StoryView
from generator.problem import Problem
from generator.story import ARTICLE_FILE, FACTS_FILE

Fingerprint = tuple[tuple[str, int, int, int] | None, ...]
RACY_NS = 2_000_000_000
"""A file changed this recently may change again within one tick of the file system's clock,
unseen by its modification time; a story with such a file is loaded again on the next run."""


@dataclass
class StoryEntry:
    """One story as the last run saw it."""

    fingerprint: Fingerprint
    racy: bool
    view: StoryView | None
    problems: list[Problem]
    pages: dict[str, str] | None = None
    """Rendered pages (path under docs -> Markdown) for the current templates; None until then."""
    sources: dict[str, str] = field(default_factory=dict)


@dataclass
class GenerationCache:
    """Kept by a long-lived caller (`mkdocs serve`) between runs; a new one means a full run."""

    entries: dict[str, StoryEntry] = field(default_factory=dict)
    templates: str | None = None
    environment: jinja2.Environment | None = None
    written: dict[str, tuple[str, tuple[int, int, int]]] = field(default_factory=dict)
    """Page path -> (the Markdown last handed to the writer, the file's stat after that run)."""
    complete: bool = False
    """True once a run wrote the whole site; until then every run is a full one."""
    touched: set[str] = field(default_factory=set)
    """Stories loaded or rendered since the last successful write."""

    def story_entry(
        self, folder: Path, load: Callable[[Path, Fingerprint], StoryEntry]
    ) -> StoryEntry:
        """The story in `folder`, loaded again only when one of its files changed."""
        fingerprint = fingerprint_story(folder)
        entry = self.entries.get(folder.name)
        if entry is None or entry.racy or entry.fingerprint != fingerprint:
            entry = load(folder, fingerprint)
            self.entries[folder.name] = entry
            self.touched.add(folder.name)
        return entry

    def forget_except(self, slugs: set[str]) -> set[str]:
        """Drop the stories no longer in seeds/; return their slugs."""
        gone = set(self.entries) - slugs
        for slug in gone:
            del self.entries[slug]
        self.touched |= gone
        return gone

    def template_environment(
        self, templates: Path, make: Callable[[Path], jinja2.Environment]
    ) -> jinja2.Environment:
        """The Jinja environment; a new one (and every story rendered again) when a template
        changed."""
        fingerprint = digest_folder(templates)
        if self.environment is None or fingerprint != self.templates:
            self.environment = make(templates)
            self.templates = fingerprint
            for slug, entry in self.entries.items():
                entry.pages = None
                self.touched.add(slug)
        return self.environment

    def pages_to_check(self, docs: Path, pages: dict[str, str]) -> list[str]:
        """The pages whose Markdown changed, or whose file changed on disk, since the last run."""
        if not self.complete:
            return sorted(pages)
        changed = []
        for path, markdown in pages.items():
            known = self.written.get(path)
            if known is None or known[0] != markdown or known[1] != _stat(docs / path):
                changed.append(path)
        return sorted(changed)

    def remember(self, docs: Path, checked: list[str], pages: dict[str, str]) -> None:
        """Record a successful write of the `checked` pages."""
        for path in checked:
            self.written[path] = (pages[path], _stat(docs / path))
        for path in set(self.written) - set(pages):
            del self.written[path]
        self.complete = True
        self.touched = set()


def fingerprint_story(folder: Path) -> Fingerprint:
    """Size, modification time and inode of every file a story is made of."""
    files = [folder / FACTS_FILE, folder / ARTICLE_FILE]
    additions = folder / ADDITIONS_FOLDER
    if additions.is_dir():
        files.extend(sorted(additions.iterdir()))
    return tuple(_file_print(path) for path in files)


def is_racy(fingerprint: Fingerprint) -> bool:
    """True when a file of the fingerprint changed too recently for its mtime to be trusted."""
    recent = time.time_ns() - RACY_NS
    return any(item is not None and item[1] > recent for item in fingerprint)


def digest_folder(folder: Path) -> str:
    """One hash of the names and contents of every file under `folder` (templates are few)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _file_print(path: Path) -> tuple[str, int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (path.name, stat.st_mtime_ns, stat.st_size, stat.st_ino)


def _stat(path: Path) -> tuple[int, int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (0, 0, 0)
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)
