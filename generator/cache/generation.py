"""Cache: what the last run of `generate` knew, so the next run redoes only what changed.

Story files, templates and pages on disk in (by size, time and inode, by content when recent);
each story's model, problems and pages, and the pages about every story, out.
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.cache.dependency import Reads, recording, story_key
from generator.model.layout import ADDITIONS_FOLDER, ARTICLE_FILE, FACTS_FILE
from generator.model.problem import Problem
from generator.model.views import SiteView, StoryView
from generator.render.feed import FEED_FIELDS

Fingerprint = tuple[tuple[str, int, int, int] | None, ...]
RACY_NS = 2_000_000_000
"""A file changed this recently may change again within one tick of the file system's clock,
unseen by its modification time; such a story's files are compared by content on the next run."""

PageGroup = tuple[tuple[str, ...], dict[str, str]]
"""Pages rendered together (a story's, or those about every story) and the folders under docs
they live in."""

Loader = Callable[[Path], tuple[StoryView | None, list[Problem]]]


@dataclass
class StoryEntry:
    """One story as the last run saw it."""

    fingerprint: Fingerprint
    racy: bool
    digest: str
    view: StoryView | None
    problems: list[Problem]
    pages: dict[str, str] | None = None
    """Rendered pages (path under docs -> Markdown) for the current templates; None until then."""
    sources: dict[str, str] = field(default_factory=dict)


@dataclass
class IndexPages:
    """The pages about every story, with the fields they read and those fields' values."""

    pages: dict[str, str]
    reads: Reads
    stories: dict[str, tuple]
    """Each story's values of the fields the pages depend on, by slug."""


@dataclass
class GenerationCache:
    """Kept by a long-lived caller (`mkdocs serve`) between runs; a new one means a full run."""

    entries: dict[str, StoryEntry] = field(default_factory=dict)
    seeds: tuple[tuple[int, int, int] | None, tuple[Path, ...], tuple[Problem, ...]] | None = None
    templates: str | None = None
    environment: jinja2.Environment | None = None
    index: IndexPages | None = None
    written: dict[str, tuple[str, tuple[int, int, int]]] = field(default_factory=dict)
    """Page path -> (the Markdown last handed to the writer, the file's stat after that run)."""
    groups: dict[tuple[str, ...], tuple[dict[str, str], tuple]] = field(default_factory=dict)
    """A group's folders -> (its pages, compared by identity; its folders' stats) after the last
    run."""
    seen: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict)
    """The groups `pages_to_check` looked into during this run."""
    complete: bool = False
    """True once a run wrote the whole site; until then every run is a full one."""
    touched: set[str] = field(default_factory=set)
    """Stories loaded or rendered since the last successful write."""
    made_feed: tuple[tuple, tuple[str | None, list[Problem]]] | None = None
    """The stories and configuration the last feed was made from, and the feed."""

    def story_folders(
        self, seeds: Path, find: Callable[[Path], tuple[list[Path], list[Problem]]]
    ) -> tuple[list[Path], list[Problem]]:
        """The story folders (and problems with them), looked for again only when the seeds
        folder changed: adding, removing or renaming a story changes its modification time."""
        status = _stat(seeds)
        if self.seeds is not None and self.seeds[0] == status:
            return list(self.seeds[1]), list(self.seeds[2])
        folders, problems = find(seeds)
        # A folder changed just now may change again unseen within its clock's tick: look again.
        trusted = status if not is_racy((("", status[0], 0, 0),)) else None
        self.seeds = (trusted, tuple(folders), tuple(problems))
        return folders, problems

    def story_entry(self, folder: Path, load: Loader) -> StoryEntry:
        """The story in `folder`, loaded again only when one of its files changed."""
        fingerprint = fingerprint_story(folder)
        entry = self.entries.get(folder.name)
        if entry is not None and entry.fingerprint == fingerprint and not entry.racy:
            return entry
        digest = digest_files(story_files(folder))
        if entry is not None and entry.digest == digest:
            entry.fingerprint, entry.racy = fingerprint, is_racy(fingerprint)
            return entry
        view, problems = load(folder)
        entry = StoryEntry(fingerprint, is_racy(fingerprint), digest, view, problems)
        self.entries[folder.name] = entry
        self.touched.add(folder.name)
        return entry

    def forget_except(self, slugs: set[str]) -> None:
        """Drop the stories no longer in seeds/."""
        gone = set(self.entries) - slugs
        for slug in gone:
            del self.entries[slug]
        self.touched |= gone

    def template_environment(
        self, templates: Path, make: Callable[[Path], jinja2.Environment]
    ) -> jinja2.Environment:
        """The Jinja environment; a new one (and every page rendered again) when a template
        changed."""
        digest = digest_files([p for p in sorted(templates.rglob("*")) if p.is_file()], templates)
        if self.environment is None or digest != self.templates:
            self.environment = make(templates)  # never reloads: the digest notices changes
            self.templates = digest
            self.index = None
            for slug, entry in self.entries.items():
                entry.pages = None
                self.touched.add(slug)
        return self.environment

    def index_pages(
        self,
        views: list[StoryView],
        assemble: Callable[[list[StoryView]], SiteView],
        render: Callable[[SiteView], dict[str, str]],
    ) -> dict[str, str]:
        """The pages about every story, rendered again only when a field they read changed.
        When only some stories changed, only those stories' fields are compared."""
        index = self.index
        if index is not None and self._same_stories(index, len(views)):
            return index.pages
        site = assemble(views)
        stand_in, reads = recording(site)
        pages = render(stand_in)
        self._remember_index(pages, reads, site)
        return pages

    def feed(
        self,
        views: list[StoryView],
        config: Path | None,
        make: Callable[[], tuple[str | None, list[Problem]]],
    ) -> tuple[str | None, list[Problem]]:
        """The feed (and its warnings), made again only when a field it shows or the MkDocs
        configuration changed."""
        shown = tuple(tuple(getattr(view, name) for name in FEED_FIELDS) for view in views)
        inputs = (shown, _stat(config) if config is not None else None)
        if self.made_feed is not None and self.made_feed[0] == inputs:
            return self.made_feed[1]
        made = make()
        self.made_feed = (inputs, made)
        return made

    def _same_stories(self, index: IndexPages, count: int) -> bool:
        """True when the stories loaded again since the index pages were made have the same
        values in every field the pages read (directly, or through the site's own fields)."""
        if count != len(index.stories):
            return False
        if not self.touched:
            return True  # no story loaded again since the index pages were made: the same site
        for slug in self.touched:
            entry = self.entries.get(slug)
            if entry is None or entry.view is None or slug not in index.stories:
                return False
            if story_key(entry.view, index.reads) != index.stories[slug]:
                return False
        return True

    def _remember_index(self, pages: dict[str, str], reads: Reads, site: SiteView) -> None:
        stories = {story.slug: story_key(story, reads) for story in site.stories}
        self.index = IndexPages(pages, reads, stories)

    def pages_to_check(self, docs: Path, groups: list[PageGroup]) -> list[str]:
        """The pages whose Markdown changed, or whose file may have changed on disk, since the
        last run. A group of pages rendered in an earlier run is skipped as a whole while its
        folders are unchanged (no file in them created, removed or replaced); a page edited in
        place in such a folder is found by the next full run, or when its story changes."""
        base = os.fspath(docs)
        changed: list[str] = []
        self.seen = {}
        for folders, pages in groups:
            stats = tuple(_stat(f"{base}/{folder}") for folder in folders)
            before = self.groups.get(folders)
            if self.complete and before and before[0] is pages and before[1] == stats:
                continue
            self.seen[folders] = pages
            for path, markdown in pages.items():
                known = self.written.get(path)
                if known is None or known[0] is not markdown or known[1] != _stat(f"{base}/{path}"):
                    changed.append(path)
        return sorted(changed)

    def markdown_of(self, checked: list[str]) -> dict[str, str]:
        """The Markdown of the pages `pages_to_check` returned."""
        wanted = set(checked)
        return {
            path: text
            for pages in self.seen.values()
            for path, text in pages.items()
            if path in wanted
        }

    def remember(self, docs: Path, groups: list[PageGroup], checked: list[str]) -> None:
        """Record a successful write of the `checked` pages, found by `pages_to_check`."""
        base = os.fspath(docs)
        for path, text in self.markdown_of(checked).items():
            self.written[path] = (text, _stat(f"{base}/{path}"))
        for folders, pages in self.seen.items():
            self.groups[folders] = (pages, tuple(_stat(f"{base}/{f}") for f in folders))
        if self.touched or not self.complete:
            current = {folders for folders, _ in groups}
            for folders in set(self.groups) - current:
                for path in self.groups.pop(folders)[0]:
                    self.written.pop(path, None)
        self.seen = {}
        self.complete = True
        self.touched = set()


def story_files(folder: Path) -> list[Path]:
    """Every file a story is made of: its fact sheet, its article and its own pages."""
    additions = folder / ADDITIONS_FOLDER
    extra = sorted(additions.iterdir()) if additions.is_dir() else []
    return [folder / FACTS_FILE, folder / ARTICLE_FILE, *extra]


def fingerprint_story(folder: Path) -> Fingerprint:
    """Size, modification time and inode of every file a story is made of (plain `os` calls:
    this runs for every story on every run)."""
    base = os.fspath(folder)
    names = [FACTS_FILE, ARTICLE_FILE]
    try:
        # A folder with two links has no subfolder (on most file systems): skip looking.
        if os.stat(base).st_nlink != 2:
            extra = sorted(os.listdir(f"{base}/{ADDITIONS_FOLDER}"))
            names.extend(f"{ADDITIONS_FOLDER}/{name}" for name in extra)
    except OSError:
        pass
    return tuple(_file_print(name, f"{base}/{name}") for name in names)


def is_racy(fingerprint: Fingerprint) -> bool:
    """True when a file of the fingerprint changed too recently for its mtime to be trusted."""
    recent = time.time_ns() - RACY_NS
    return any(item is not None and item[1] > recent for item in fingerprint)


def digest_files(paths: list[Path], root: Path | None = None) -> str:
    """One hash of the names and contents of `paths` (a missing file counts as empty)."""
    digest = hashlib.sha256()
    for path in paths:
        name = path.relative_to(root).as_posix() if root else path.name
        digest.update(name.encode() + b"\0")
        digest.update(_contents(os.fspath(path)))
        digest.update(b"\0")
    return digest.hexdigest()


def _contents(path: str) -> bytes:
    """The bytes of the file at `path`; a mark for no file (or not a file), another for a file
    that cannot be read."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b"\1"
        with open(path, "rb") as stream:
            return stream.read()
    except (FileNotFoundError, NotADirectoryError):
        return b"\1"
    except OSError:
        return b"\2"


def _file_print(name: str, path: str) -> tuple[str, int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (name, stat.st_mtime_ns, stat.st_size, stat.st_ino)


def _stat(path: Path | str) -> tuple[int, int, int]:
    try:
        stat = os.stat(path)
    except OSError:
        return (0, 0, 0)
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)
