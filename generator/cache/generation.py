"""Cache: what the last run of `generate` made, so that the next run redoes only what changed.

Kept by a caller that generates again and again in one process (`mkdocs serve`; `explainer
build`, which hands its run to the MkDocs plugin). Each method stands for one stage of
`generate` and gives what that stage would give: from memory while its inputs are the same, by
running the stage when they changed. A new cache means a run from scratch.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.assemble.site import site_of
from generator.load.seeds import find_story_folders
from generator.model.layout import ADDITIONS_FOLDER, ARTICLE_FILE, FACTS_FILE, GENERATED_FOLDERS
from generator.model.problem import Problem
from generator.model.views import Catalog, SiteView, StoryView
from generator.render.environment import make_environment
from generator.render.feed import FEED_FIELDS
from generator.render.pages import PageJob, index_page_jobs, render_page, render_story
from generator.write.pages import WriteReport, write_pages

Fingerprint = tuple[tuple[str, int, int, int] | None, ...]
RACY_NS = 2_000_000_000
"""A file changed this recently may change again within one tick of the file system's clock,
unseen by its modification time; such a story's files are compared by content on the next run."""

Checked = tuple[StoryView | None, list[Problem]]
"""One story after load, check and assemble: its view (None when it has errors) and problems."""


@dataclass
class StoryEntry:
    """One story as the last run saw it."""

    fingerprint: Fingerprint
    racy: bool
    digest: str
    view: StoryView | None
    problems: list[Problem]
    pages: dict[str, str] | None = None
    """Its rendered pages (path under docs -> Markdown); None until rendered."""
    rendered_with: str | None = None
    """The digest of the templates its pages were rendered with."""


@dataclass
class IndexPages:
    """The pages about every story, and the stories and environment they were made from."""

    pages: dict[str, str]
    views: list[StoryView]
    rendered_with: str
    """The digest of the templates they were rendered with."""
    inputs: dict[str, str] = field(default_factory=dict)
    """For each page about one person or tag: the digest of what its template was given."""


@dataclass
class GenerationCache:
    seeds: tuple[tuple[int, int, int] | None, tuple[Path, ...], tuple[Problem, ...]] | None = None
    stories: dict[str, StoryEntry] = field(default_factory=dict)
    templates: str | None = None
    made_environment: jinja2.Environment | None = None
    index: IndexPages | None = None
    made_feed: tuple[tuple, tuple[str | None, list[Problem]]] | None = None
    written: dict[str, tuple[str, tuple[int, int, int]]] = field(default_factory=dict)
    """Page path -> (the Markdown last handed to the writer, the file's stat after that run)."""
    produced: frozenset[str] | None = None
    """Every page of the last successful write; None before the first."""
    compiled: Path | None = None
    """A folder where the templates' compiled code is kept between runs; None: not kept."""
    changed: bool = False
    """True when a stage ran since the cache was made or stored (see `generator.cache.stored`)."""
    scanned: bool = False
    """True once this process looked for stale pages in every generated folder: a cache read
    from disk cannot know the pages another run (`explainer generate`, `mkdocs build`) wrote."""

    def __getstate__(self) -> dict:
        """What is kept on disk: everything but the Jinja environment, made again from the
        templates (whose digest is kept, so that pages rendered with them are reused)."""
        return {**vars(self), "made_environment": None, "scanned": False}

    def story_folders(self, seeds: Path) -> tuple[list[Path], list[Problem]]:
        """The story folders (and problems with them), looked for again only when the seeds
        folder changed: adding, removing or renaming a story changes its modification time."""
        status = _stat(seeds)
        if self.seeds is not None and self.seeds[0] == status:
            return list(self.seeds[1]), list(self.seeds[2])
        folders, problems = find_story_folders(seeds)
        self.changed = True
        # A folder changed just now may change again unseen within its clock's tick: look again.
        trusted = status if not is_racy((("", status[0], 0, 0),)) else None
        self.seeds = (trusted, tuple(folders), tuple(problems))
        names = {folder.name for folder in folders}
        self.stories = {name: entry for name, entry in self.stories.items() if name in names}
        return folders, problems

    def story(self, folder: Path, make: Callable[[Path], Checked]) -> Checked:
        """`make(folder)`, made again only when one of the story's files changed."""
        fingerprint = fingerprint_story(folder)
        entry = self.stories.get(folder.name)
        if entry is not None and entry.fingerprint == fingerprint and not entry.racy:
            return entry.view, entry.problems
        digest = digest_files(story_files(folder))
        self.changed = True
        if entry is not None and entry.digest == digest:
            entry.fingerprint, entry.racy = fingerprint, is_racy(fingerprint)
            return entry.view, entry.problems
        view, problems = make(folder)
        self.stories[folder.name] = StoryEntry(
            fingerprint, is_racy(fingerprint), digest, view, problems
        )
        return view, problems

    def environment(self, templates: Path) -> jinja2.Environment:
        """The Jinja environment of `templates`, made again when a template changed."""
        digest = digest_files([p for p in sorted(templates.rglob("*")) if p.is_file()], templates)
        if self.made_environment is None or digest != self.templates:
            self.made_environment = make_environment(templates, self.compiled)
            self.changed = self.changed or digest != self.templates
            self.templates = digest
        return self.made_environment

    def story_pages(self, view: StoryView, environment: jinja2.Environment) -> dict[str, str]:
        """The pages of one story, rendered again when the story or the templates changed."""
        entry = self.stories.get(view.slug)
        templates = self._templates_of(environment)
        if entry is None or entry.view is not view or templates is None:
            return render_story(view, environment)
        if entry.pages is None or entry.rendered_with != templates:
            entry.pages, entry.rendered_with = render_story(view, environment), templates
            self.changed = True
        return entry.pages

    def index_pages(
        self, views: list[StoryView], environment: jinja2.Environment
    ) -> dict[str, str]:
        """The pages about every story, rendered again when a story or a template changed."""
        index, templates = self.index, self._templates_of(environment)
        if (
            index is None
            or templates is None
            or index.rendered_with != templates
            or len(index.views) != len(views)
            or any(old is not new for old, new in zip(index.views, views, strict=True))
        ):
            earlier = index if index is not None and index.rendered_with == templates else None
            pages, inputs = _render_changed(index_page_jobs(site_of(views)), environment, earlier)
            self.index = index = IndexPages(pages, list(views), templates or "", inputs)
            self.changed = True
        return index.pages

    def _templates_of(self, environment: jinja2.Environment) -> str | None:
        """The digest of the templates `environment` was made from; None for an environment
        this cache did not make, whose pages are never kept."""
        return self.templates if environment is self.made_environment else None

    def feed(
        self,
        views: list[StoryView],
        config: Path | None,
        make: Callable[[list[StoryView]], tuple[str | None, list[Problem]]],
    ) -> tuple[str | None, list[Problem]]:
        """`make(views)`, made again only when a field the feed shows or the configuration
        changed."""
        shown = tuple(tuple(getattr(view, name) for name in FEED_FIELDS) for view in views)
        inputs = (shown, _stat(config) if config is not None else None)
        if self.made_feed is None or self.made_feed[0] != inputs:
            self.made_feed = (inputs, make(views))
            self.changed = True
        return self.made_feed[1]

    def write(
        self, pages: dict[str, str], sources: dict[str, str], docs: Path, *, force: bool
    ) -> WriteReport:
        """`write_pages` for the pages whose Markdown changed, or whose file changed on disk,
        since the last run; the stale pages of a process's first run are looked for in every
        generated folder, later only in the folders of pages no longer produced."""
        base = os.fspath(docs)
        handed = {
            path: markdown
            for path, markdown in pages.items()
            if self.written.get(path, (None,))[0] is not markdown
            or self.written[path][1] != _stat(f"{base}/{path}")
        }
        if self.produced is None or not self.scanned:
            owned = list(GENERATED_FOLDERS)
        else:
            owned = sorted({path.rpartition("/")[0] for path in self.produced - pages.keys()})
        report = write_pages(handed, sources, docs, force=force, owned=owned, produced=set(pages))
        for path, markdown in handed.items():
            self.written[path] = (markdown, _stat(f"{base}/{path}"))
        for path in set(self.written) - pages.keys():
            del self.written[path]
        if handed or self.produced != pages.keys():
            self.changed = True
        self.produced, self.scanned = frozenset(pages), True
        return report


def _render_changed(
    jobs: list[PageJob], environment: jinja2.Environment, earlier: IndexPages | None
) -> tuple[dict[str, str], dict[str, str]]:
    """Render the pages of `jobs`, except a page about one person or tag whose template is
    given what it was given when `earlier` was rendered (with the same templates): its
    Markdown is then taken from there. Also returns the digests of those inputs.

    One story edited changes a few of the hundreds of pages about people and tags; a digest of
    what a page is given (pickled) costs a fraction of rendering it. Pages given the whole
    site or catalog are always rendered: there are few of them, and digesting them is not
    cheaper than rendering."""
    pages: dict[str, str] = {}
    inputs: dict[str, str] = {}
    digests: dict[int, tuple[object, bytes]] = {}  # each object once (its pages share it)

    def digest_of(value: object) -> bytes:
        known = digests.get(id(value))
        if known is None:
            data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            known = digests[id(value)] = (value, hashlib.sha256(data).digest())
        return known[1]

    for job in jobs:
        if any(isinstance(value, SiteView | Catalog) for value in job.context.values()):
            pages[job.path] = render_page(environment, job)
            continue
        digest = hashlib.sha256(job.template.encode())
        for name in sorted(job.context):
            digest.update(name.encode() + b"\0" + digest_of(job.context[name]))
        inputs[job.path] = key = digest.hexdigest()
        if earlier is not None and earlier.inputs.get(job.path) == key:
            pages[job.path] = earlier.pages[job.path]
        else:
            pages[job.path] = render_page(environment, job)
    return pages, inputs


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
        status = os.stat(path)
    except OSError:
        return None
    return (name, status.st_mtime_ns, status.st_size, status.st_ino)


def _stat(path: Path | str) -> tuple[int, int, int]:
    try:
        status = os.stat(path)
    except OSError:
        return (0, 0, 0)
    return (status.st_mtime_ns, status.st_size, status.st_ino)
