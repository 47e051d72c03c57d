"""Build (reuse): a page whose inputs did not change since a build is copied from it, not rebuilt.

MkDocs' `dirty` build skips every page whose `File.is_modified()` is false. This module answers
that question by digest instead of by file time: a page is reused only when its Markdown and its
path are the same as when its stored HTML was made, and so is everything every page shares (the
configuration as loaded, the list of files of the site, the theme and its overrides, the versions
of MkDocs, Material and Python-Markdown, explainer's own code; see `generator.build.page_inputs`).
For each page the store keeps its HTML, its entries of the search index and the anchors it has
and links to, so that the site, its search index and strict mode's anchor checks come out
exactly as a full build makes them.

The store is a folder (`.explainer-cache/pages/` beside mkdocs.yml): safe to delete, and any part
of it that cannot be read or written is ignored and made again. A build that logged a warning
stores nothing, so its pages are built (and warn) again next time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import shutil
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.build.page_inputs import page_digest, shared_digest, source_status
from generator.build.publish import is_recycled, tidy_site
from generator.build.search_index import entries_json
from generator.model.aside import run_aside

log = logging.getLogger("mkdocs.plugins.explainer")

STORE_FOLDER = Path(".explainer-cache") / "pages"
"""Where the store lives, relative to the folder of mkdocs.yml."""
SPLIT_AT = 16
"""Pages to build from which a build shares them with a second process."""
RACY_NS = 2_000_000_000
"""How close to the manifest's writing a file's modification time must be not to be trusted."""
_KEPT_MANIFESTS = 3
_FEW = 64
"""Rebuilt pages up to which the links of reused pages are searched for them as text."""
FIELD, RECORD = "\x1f", "\x1e"
"""The separators of `Built.anchors` and `Built.links` (no anchor or link holds them)."""
"""Manifests kept: one per set of shared inputs (a build and a preview differ in site_url)."""


@dataclass
class Built:
    """What one build of a page left: its HTML (by digest), search entries and anchors."""

    digest: str
    html: str | None
    """Digest of the page's HTML in the store; None when MkDocs wrote no file for it."""
    size: int
    search: str
    """Its entries of the search index as JSON, without the brackets of their list."""
    anchors: str
    """Its anchors, each followed by `RECORD` (one string: a manifest of many thousand pages
    is read and written at every build, and one string per page is quicker than a list)."""
    links: str
    """For each link to an anchor: the target page, the anchor and the link as written, each
    followed by `FIELD`, the three by `RECORD`."""
    stamp: int = 0
    """The modification time of the stored HTML: a site's copy is a link to the same file, and
    a change made to it through the site (the size kept or not) changes this time."""
    source: tuple[int, int, int] | None = None
    """Size, modification time and inode of the page's Markdown file when `digest` was taken:
    while they are the same, the digest is too, and the file is not read again."""


@dataclass
class PageStore:
    """The pages of one build: which are reused, and what the rebuilt ones leave for the next."""

    folder: Path
    enabled: bool = True
    shared: str = ""
    stored: dict[str, Built] = field(default_factory=dict)
    reused: set[str] = field(default_factory=set)
    built: dict[str, Built] = field(default_factory=dict)
    placed: dict[str, str] = field(default_factory=dict)
    """The HTML digest this store last put at each output path (a preview's site persists)."""
    warnings: int = 0
    _search_start: dict[str, int] = field(default_factory=dict)
    _digests: dict[str, str] = field(default_factory=dict)
    """Each page's digest, read once when the build begins."""
    _sources: dict[str, tuple[int, int, int] | None] = field(default_factory=dict)
    _stored_at: int = 0
    """When the manifest read at the beginning of the build was written (ns)."""
    _folders: set[str] = field(default_factory=set)
    """Folders of the site made during this build."""
    _storing: Callable[[], bool] | None = None
    """Waits for the manifest being written, when one is."""
    _kept: tuple[str, dict[str, Built], int] | None = None
    """The shared digest, pages and time of the manifest this store last wrote: the next build
    of the same process (a preview) starts from it instead of reading it back."""
    previewing: bool = False
    """True while `mkdocs serve` runs: each build's manifest is kept in memory, and written
    when the preview ends (a preview killed without ending leaves an older one)."""
    _unwritten: tuple[dict[str, Built], str] | None = None
    storable: bool = True
    """False for a build whose pages must not be kept (a preview showing a story's problems,
    whose anchor checks were lowered to let it build)."""
    may_split: bool = False
    """Share the pages to build with a second process (`explainer build` on a system that can
    fork): see `split_pages`."""
    split_failed: bool = False
    """The second process did not build its pages: build again without it."""
    _partner: tuple[int, Path] | None = None
    """The second process building pages of this build, and the file it leaves them in."""
    _part: Path | None = None
    """In the second process: where it leaves what it built."""
    _elsewhere: set[str] = field(default_factory=set)
    """The pages the second process builds."""

    @property
    def _objects(self) -> str:
        return os.path.join(self.folder, "objects")

    def begin(self, config: MkDocsConfig, files: Files, reuse: bool) -> None:
        """Mark each page as modified or not, and put the HTML of the unmodified ones in place.
        Without `reuse` (a full build) every page is built, and stored for the next build."""
        self.reused, self.built, self._search_start, self.warnings = set(), {}, {}, 0
        # A page the navigation names by its own heading is named so on every page: each page
        # is then built, by one process, which reads them all.
        whole = _titled_by_pages(config.nav)
        reuse = reuse and not whole
        self.shared = shared_digest(config, files)
        if self._unwritten is None or self._unwritten[1] != self.shared:
            self.wait()  # the last build's manifest is written now, and pruning is over
        if self._kept is not None and self._kept[0] == self.shared:
            self.stored, self._stored_at = self._kept[1], self._kept[2]  # a preview's last build
        else:
            self.stored = self._read_manifest() if self.enabled else {}
        self._digests, self._sources, self._folders = {}, {}, set()
        if is_recycled(Path(config.site_dir)):
            # An earlier site to build in (see `generator.build.publish`): only the files at
            # the paths of pages stay, each replaced below unless it is the stored page.
            pages = {os.path.normpath(file.abs_dest_path) for file in files.documentation_pages()}
            tidy_site(Path(config.site_dir), pages)
        # A file changed within a tick of the clock of the manifest's writing may have changed
        # again unseen by its time: such a file is read again.
        settled = self._stored_at - RACY_NS
        for file in files.documentation_pages():
            before = self.stored.get(file.src_uri)
            source = self._sources[file.src_uri] = source_status(file)
            if before is not None and source is not None and before.source == source:
                digest = before.digest if source[1] < settled else None
            else:
                digest = None
            digest = self._digests[file.src_uri] = digest or page_digest(self.shared, file)
            unchanged = before is not None and before.digest == digest
            if reuse and unchanged and self._place(before, file):
                self.reused.add(file.src_uri)
            file.is_modified = _answer(file.src_uri not in self.reused)  # type: ignore[method-assign]
        self._partner, self._part, self._elsewhere, self.split_failed = None, None, set(), False
        if self.may_split and not whole:
            self.split_pages(config, files)

    def split_pages(self, config: MkDocsConfig, files: Files) -> None:
        """Share the pages to build with a second process, one of two each (when there are
        enough of them to be worth it), so that both cores build: it writes its pages into the
        same site folder, everything else it would write into a folder of its own, and leaves
        what the store keeps of its pages in a file for `finish` to take in."""
        to_build = [f for f in files.documentation_pages() if f.src_uri not in self.reused]
        if len(to_build) < SPLIT_AT or not self.enabled or not hasattr(os, "fork"):
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)  # where the second leaves its part
        except OSError:
            return
        theirs = {file.src_uri for file in to_build[1::2]}
        part = self.folder / f"part-{os.getpid()}.part"
        child = os.fork()
        if child:
            self._partner, self._elsewhere = (child, part), theirs
            for file in to_build:
                if file.src_uri in theirs:
                    file.is_modified = _answer(False)  # type: ignore[method-assign]
            return
        self._part = part
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        scratch = self.folder / f"part-{os.getpid()}-site"
        config.site_dir = str(scratch)  # its theme pages, search index and sitemap go there
        for file in files:
            if file.src_uri not in theirs:
                file.is_modified = _answer(False)  # type: ignore[method-assign]
                if not file.is_documentation_page():
                    file.dest_dir = str(scratch)
                    file.__dict__.pop("abs_dest_path", None)

    def end_part(self, succeeded: bool) -> None:
        """In the second process: leave what it built for the first one, and end, never
        returning to the build (which the first process finishes)."""
        if self._part is None:
            if not succeeded:
                self._stop_partner()
            return
        ok = False
        try:
            if succeeded and self.warnings == 0:
                data = pickle.dumps(self.built, protocol=pickle.HIGHEST_PROTOCOL)
                _write_atomically(self._part, data)
                ok = True
        finally:
            shutil.rmtree(self.folder / f"part-{os.getpid()}-site", ignore_errors=True)
            os._exit(0 if ok else 1)

    def _stop_partner(self) -> None:
        """In the first process, when its build failed: end the second process, whose pages
        are of no use now, and remove what it left."""
        if self._partner is None:
            return
        child, part = self._partner
        self._partner = None
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(child, 0)
        shutil.rmtree(self.folder / f"part-{child}-site", ignore_errors=True)
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)

    def _take_part(self) -> set[str]:
        """Wait for the second process and take in the pages it built; the pages it built
        (an empty set without one). Sets `split_failed` when it built none."""
        if self._partner is None:
            return set()
        child, part = self._partner
        self._partner = None
        try:
            _, status = os.waitpid(child, 0)
            succeeded = os.waitstatus_to_exitcode(status) == 0
            built = pickle.loads(part.read_bytes()) if succeeded else {}
        except (OSError, ChildProcessError, pickle.UnpicklingError, EOFError):
            built = {}
        finally:
            shutil.rmtree(self.folder / f"part-{child}-site", ignore_errors=True)  # if killed
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        if not isinstance(built, dict) or set(built) != self._elsewhere:
            self.split_failed = True
            return set()
        self.built.update(built)
        return set(built)

    def pages_to_build(self, files: Files):
        """The pages this build makes afresh (in this process)."""
        skipped = self.reused | self._elsewhere
        return (f.src_uri for f in files.documentation_pages() if f.src_uri not in skipped)

    def page_starts(self, page: Page, search_entries: list | None) -> None:
        """Called before `page` is rebuilt and the search plugin indexes it: where its entries
        will begin. A stored page put at its path earlier (a preview's site persists, and so
        does the site of `mkdocs build --dirty`) is unlinked first, so that MkDocs writes a new
        file instead of through a link into the store (and every other site linked to it)."""
        self._search_start[page.file.src_uri] = len(search_entries or [])
        destination = page.file.abs_dest_path
        self.placed.pop(destination, None)
        with contextlib.suppress(OSError):
            os.unlink(destination)  # a page MkDocs does not write leaves no file then

    def page_built(self, page: Page, output: str, search_entries: list | None) -> None:
        """Keep what a rebuilt page left: HTML, search entries, anchors and links to anchors."""
        src = page.file.src_uri
        start = self._search_start.get(src, 0)
        entries = entries_json((search_entries or [])[start:])
        links = "".join(
            f"{target.src_uri}{FIELD}{anchor}{FIELD}{original}{FIELD}{RECORD}"
            for target, anchors in page.links_to_anchors.items()
            for anchor, original in anchors.items()
        )
        html = size = None
        stamp = 0
        if output.strip():
            data = output.encode("utf-8", errors="xmlcharrefreplace")
            html, size = hashlib.sha256(data).hexdigest(), len(data)
            stamp = self._write_object(html, data)
            self.placed[page.file.abs_dest_path] = html
        self.built[src] = Built(
            self._digests.get(src) or page_digest(self.shared, page.file),
            html,
            size or 0,
            entries,
            "".join(f"{anchor}{RECORD}" for anchor in sorted(page.present_anchor_ids or ())),
            links,
            stamp,
            self._sources.get(src),
        )

    def finish(self, files: Files, anchors_level: int) -> str:
        """Check the anchor links MkDocs could not (to or from a reused page) and return the
        entries of the whole search index as JSON (see `search_index_text`), in the order a
        full build makes them; store this build when it logged no warning."""
        self.end_part(succeeded=True)  # in the second process, which ends here
        here = set(self.built)
        elsewhere = self._take_part()
        if self.split_failed:  # what this build reused is kept for the next try
            self._store({src: self.stored[src] for src in self.reused})
            raise PluginError("explainer: the second build process failed; building again")
        for src in self.reused:
            self.stored[src].source = self._sources.get(src)  # the file may be a new one
        pages = {**{src: self.stored[src] for src in self.reused}, **self.built}
        self.stored = pages
        self._check_anchor_links(pages, here, elsewhere, anchors_level)
        entries = ",".join(
            pages[file.src_uri].search
            for file in files.documentation_pages()
            if file.src_uri in pages and pages[file.src_uri].search
        )
        self._store(dict(pages))
        return entries

    def _check_anchor_links(
        self, pages: dict[str, Built], here: set[str], elsewhere: set[str], level: int
    ) -> None:
        """Log each link to an anchor its target lacks, among the links MkDocs did not check:
        from or to a page built in the other process, or reused. A link between two reused
        pages is not checked again: a manifest is stored only by a build that warned of
        nothing, and neither page changed since."""
        rebuilt = here | elsewhere
        look_for = [f"{src}{FIELD}" for src in rebuilt] if len(rebuilt) <= _FEW else None
        anchors: dict[str, set[str]] = {}
        for src, page in pages.items():
            if not page.links:
                continue
            if (
                src not in rebuilt
                and look_for is not None
                and not any(target in page.links for target in look_for)
            ):
                continue  # links to no rebuilt page (a false match is only checked)
            for link in page.links.split(RECORD)[:-1]:
                target, anchor, original, _ = link.split(FIELD)
                if {src, target} <= here or {src, target} <= elsewhere:
                    continue  # MkDocs checked this one, in the process that built both
                if src not in rebuilt and target not in rebuilt:
                    continue
                known = pages.get(target)
                if known is None:
                    continue
                if target not in anchors:
                    anchors[target] = set(known.anchors.split(RECORD))
                if anchor not in anchors[target]:
                    problem = (
                        "there is no such anchor on this page"
                        if target == src
                        else f"the doc '{target}' does not contain an anchor '#{anchor}'"
                    )
                    log.log(level, f"Doc file '{src}' contains a link '{original}', but {problem}.")

    def _store(self, manifest: dict[str, Built]) -> None:
        """Write the manifest of this build aside, unless it logged a warning; while
        previewing, only keep it in memory until `wait` (the preview's end) or until a build
        with other shared inputs."""
        self._unwritten = None
        if self.enabled and self.warnings == 0 and self.storable:
            shared = self.shared
            self._kept = (shared, manifest, time.time_ns())
            if self.previewing:
                self._unwritten = (manifest, shared)
            else:
                self._storing = run_aside(lambda: self._write_manifest(manifest, shared))
        else:
            self._kept = None

    def wait(self) -> None:
        """Wait for the manifest of the last build to be written (a child process writes it
        while the build goes on), or write the one a preview kept in memory."""
        if self._unwritten is not None:
            if not self._write_manifest(*self._unwritten):
                log.info(f"{self.folder}: built pages could not be stored; nothing lost")
            self._unwritten = None
        if self._storing is not None and not self._storing():
            log.info(f"{self.folder}: built pages could not be stored; nothing lost")
        self._storing = None

    def _place(self, before: Built, file: File) -> bool:
        """Put a stored page at its output path; False when the store cannot give it whole."""
        destination = file.abs_dest_path
        if before.html is None:
            with contextlib.suppress(OSError):
                os.unlink(destination)  # as in a full build, no file
            with contextlib.suppress(OSError):
                os.rmdir(os.path.dirname(destination))  # nor its folder, when empty
            return True
        if self.placed.get(destination) == before.html and os.path.isfile(destination):
            return True
        source = self._object(before.html)
        try:
            status = os.stat(source)
            if status.st_size != before.size or status.st_mtime_ns != before.stamp:
                os.unlink(source)  # changed since it was stored: the page is built anew
                return False
            self._put(source, status, destination)
        except OSError:
            return False
        self.placed[destination] = before.html
        return True

    def _put(self, source: str, status: os.stat_result, destination: str) -> None:
        """Put the stored file `source` at `destination`, unless it is there already (a site
        built in an earlier one)."""
        try:
            present = os.lstat(destination)
        except FileNotFoundError:
            present = None
        if present is not None:
            if (present.st_ino, present.st_dev) != (status.st_ino, status.st_dev):
                _link_or_copy(source, destination)
            return
        folder = os.path.dirname(destination)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        _link_or_copy(source, destination)

    def _object(self, digest: str) -> str:
        """Where the HTML of digest `digest` is stored (a string: made for every page)."""
        return f"{self._objects}/{digest[:2]}/{digest}.html"

    def _write_object(self, digest: str, data: bytes) -> int:
        """Store the HTML `data` under its digest (once); its modification time, or 0 when it
        cannot be stored. A stored file changed through a site's link to it is replaced."""
        path = Path(self._object(digest))
        if not self.enabled:
            return 0
        try:
            if not path.is_file() or path.read_bytes() != data:
                _write_atomically(path, data)
            return path.stat().st_mtime_ns
        except OSError as error:
            self._give_up(error)
            return 0

    def _manifest(self, shared: str) -> Path:
        return self.folder / f"{shared}.pickle"

    def _read_manifest(self) -> dict[str, Built]:
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of search entries come back at once; none is garbage
        self._stored_at = 0
        try:
            manifest = self._manifest(self.shared)
            pages = pickle.loads(manifest.read_bytes())
            self._stored_at = manifest.stat().st_mtime_ns
            if not all(
                isinstance(page, Built) and isinstance(page.links, str) for page in pages.values()
            ):
                raise TypeError("not a manifest of built pages")
            return pages
        except FileNotFoundError:
            return {}
        except Exception:  # cut short, emptied or made by other code: build afresh
            log.info(f"{self.folder}: the store of built pages was unreadable; building afresh")
            return {}
        finally:
            if collecting:
                gc.enable()

    def _write_manifest(self, pages: dict[str, Built], shared: str) -> bool:
        """The manifest of a build, and beside it the list of the HTML it names (read when the
        store is pruned, so that pruning never reads a whole manifest); False when it cannot
        be written."""
        manifest = self._manifest(shared)
        named = sorted({page.html for page in pages.values() if page.html})
        try:
            data = pickle.dumps(pages, protocol=pickle.HIGHEST_PROTOCOL)
            _write_atomically(manifest.with_suffix(".objects"), "\n".join(named).encode())
            _write_atomically(manifest, data)
            self._prune()
        except OSError:
            return False
        return True

    def _prune(self) -> None:
        """Keep the newest manifests and the HTML they name; remove the rest."""
        manifests = sorted(self.folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in manifests[:-_KEPT_MANIFESTS]:
            old.unlink(missing_ok=True)
            old.with_suffix(".objects").unlink(missing_ok=True)
        for other in self.folder.glob("*.json"):
            other.unlink(missing_ok=True)  # the store's earlier format, never read
        wanted: set[str] = set()
        for manifest in manifests[-_KEPT_MANIFESTS:]:
            try:
                wanted.update(manifest.with_suffix(".objects").read_text().split())
            except OSError:
                manifest.unlink(missing_ok=True)
        for path in (self.folder / "objects").glob("*/*.html"):
            if path.stem not in wanted:
                path.unlink(missing_ok=True)

    def _give_up(self, error: OSError) -> None:
        log.info(f"{self.folder}: built pages are not stored ({error.strerror}); nothing lost")
        self.enabled = False


class WarningCounter(logging.Handler):
    """Counts MkDocs' warnings during a build, so that a build that warned stores nothing."""

    def __init__(self, store: PageStore) -> None:
        super().__init__(logging.WARNING)
        self.store = store

    def emit(self, record: logging.LogRecord) -> None:
        self.store.warnings += 1


def quiet_dirty_notice(record: logging.LogRecord) -> bool:
    """MkDocs warns that a `dirty` build is inexact, and strict mode stops on that warning; a
    build whose pages this store vouches for is exact, so that one notice is dropped."""
    return not record.getMessage().startswith("A 'dirty' build is being performed")


def _titled_by_pages(nav: Any) -> bool:
    """True when the navigation (`nav` of mkdocs.yml; None: every page, by its heading) has a
    page without a title of its own there."""
    if nav is None or isinstance(nav, str):
        return True
    if isinstance(nav, dict):
        return any(not isinstance(item, str) and _titled_by_pages(item) for item in nav.values())
    return isinstance(nav, list) and any(_titled_by_pages(item) for item in nav)


def _answer(value: bool):
    return lambda: value


def _link_or_copy(source: str, destination: str) -> None:
    """Put the stored file `source` at `destination`: a hard link (no bytes copied) where the
    file system allows it, a copy elsewhere; whatever was at `destination` is replaced."""
    try:
        os.link(source, destination)  # a new site's folder: nothing there yet
        return
    except OSError:
        pass
    temporary = f"{destination}.{os.getpid()}.tmp"
    try:
        os.link(source, temporary)
    except OSError:
        shutil.copyfile(source, temporary)
    try:
        os.replace(temporary, destination)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
