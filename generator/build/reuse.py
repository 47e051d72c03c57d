"""Build (reuse): a page whose inputs did not change since a build is copied from it, not rebuilt.

MkDocs' `dirty` build skips every page whose `File.is_modified()` is false. This module answers
that question by digest instead of by file time: a page is reused only when its Markdown and its
path are the same as when its stored HTML was made, and so is everything every page shares (the
configuration as loaded, the list of files of the site, the theme and its overrides, the versions
of MkDocs, Material and Python-Markdown, explainer's own code). For each page the store keeps its
HTML, its entries of the search index and the anchors it has and links to, so that the site, its
search index and strict mode's anchor checks come out exactly as a full build makes them.

The store is a folder (`.explainer-cache/pages/` beside mkdocs.yml): safe to delete, and any part
of it that cannot be read or written is ignored and made again. A build that logged a warning
stores nothing, so its pages are built (and warn) again next time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.explainer")

STORE_FOLDER = Path(".explainer-cache") / "pages"
"""Where the store lives, relative to the folder of mkdocs.yml."""
_KEPT_MANIFESTS = 3
"""Manifests kept: one per set of shared inputs (a build and a preview differ in site_url)."""
_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "explainer")
_CODE = Path(__file__).resolve().parent.parent
"""explainer's own package: a change to its code is a change to every page."""


@dataclass
class Built:
    """What one build of a page left: its HTML (by digest), search entries and anchors."""

    digest: str
    html: str | None
    """Digest of the page's HTML in the store; None when MkDocs wrote no file for it."""
    size: int
    search: list[dict[str, Any]]
    anchors: list[str]
    links: list[list[str]]
    """[target page, anchor, the link as written] for each link to an anchor."""


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

    def begin(self, config: MkDocsConfig, files: Files, reuse: bool) -> None:
        """Mark each page as modified or not, and put the HTML of the unmodified ones in place.
        Without `reuse` (a full build) every page is built, and stored for the next build."""
        self.reused, self.built, self._search_start, self.warnings = set(), {}, {}, 0
        self.shared = _shared_digest(config, files)
        self.stored = self._read_manifest() if self.enabled else {}
        self._digests = {}
        for file in files.documentation_pages():
            before = self.stored.get(file.src_uri)
            digest = self._digests[file.src_uri] = _page_digest(self.shared, file)
            unchanged = before is not None and before.digest == digest
            if reuse and unchanged and self._place(before, file):
                self.reused.add(file.src_uri)
            file.is_modified = _answer(file.src_uri not in self.reused)  # type: ignore[method-assign]

    def pages_to_build(self, files: Files):
        """The pages this build makes afresh."""
        return (f.src_uri for f in files.documentation_pages() if f.src_uri not in self.reused)

    def page_starts(self, page: Page, search_entries: list | None) -> None:
        """Called before the search plugin indexes `page`: where its entries will begin."""
        self._search_start[page.file.src_uri] = len(search_entries or [])

    def page_built(self, page: Page, output: str, search_entries: list | None) -> None:
        """Keep what a rebuilt page left: HTML, search entries, anchors and links to anchors."""
        src = page.file.src_uri
        start = self._search_start.get(src, 0)
        entries = json.loads(json.dumps((search_entries or [])[start:], default=str))
        links = [
            [target.src_uri, anchor, original]
            for target, anchors in page.links_to_anchors.items()
            for anchor, original in anchors.items()
        ]
        html = size = None
        if output.strip():
            data = output.encode("utf-8", errors="xmlcharrefreplace")
            html, size = hashlib.sha256(data).hexdigest(), len(data)
            self._write_object(html, data)
            self.placed[page.file.abs_dest_path] = html
        self.built[src] = Built(
            self._digests.get(src) or _page_digest(self.shared, page.file),
            html,
            size or 0,
            entries,
            sorted(page.present_anchor_ids or ()),
            links,
        )

    def finish(self, files: Files, anchors_level: int) -> list[dict[str, Any]]:
        """Check the anchor links MkDocs could not (to or from a reused page) and return the
        whole search index in the order a full build makes it; store this build when it
        logged no warning."""
        pages = {**{src: self.stored[src] for src in self.reused}, **self.built}
        self.stored = pages
        for src, page in pages.items():
            for target, anchor, original in page.links:
                if src in self.built and target in self.built:
                    continue  # MkDocs checked this one
                known = pages.get(target)
                if known is not None and anchor not in known.anchors:
                    problem = (
                        "there is no such anchor on this page"
                        if target == src
                        else f"the doc '{target}' does not contain an anchor '#{anchor}'"
                    )
                    log.log(
                        anchors_level,
                        f"Doc file '{src}' contains a link '{original}', but {problem}.",
                    )
        entries: list[dict[str, Any]] = []
        for file in files.documentation_pages():
            if file.src_uri in pages:
                entries += pages[file.src_uri].search
        if self.enabled and self.warnings == 0:
            self._write_manifest(pages)
        return entries

    def _place(self, before: Built, file: File) -> bool:
        """Put a stored page at its output path; False when the store cannot give it whole."""
        if before.html is None:
            return True
        destination = file.abs_dest_path
        if self.placed.get(destination) == before.html and os.path.isfile(destination):
            return True
        source = self._object(before.html)
        try:
            if source.stat().st_size != before.size:
                return False
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(source, destination)
        except OSError:
            return False
        self.placed[destination] = before.html
        return True

    def _object(self, digest: str) -> Path:
        return self.folder / "objects" / digest[:2] / f"{digest}.html"

    def _write_object(self, digest: str, data: bytes) -> None:
        path = self._object(digest)
        if not self.enabled or path.is_file():
            return
        try:
            _write_atomically(path, data)
        except OSError as error:
            self._give_up(error)

    def _read_manifest(self) -> dict[str, Built]:
        try:
            raw = json.loads((self.folder / f"{self.shared}.json").read_text(encoding="utf-8"))
            return {src: Built(**page) for src, page in raw["pages"].items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            log.info(f"{self.folder}: the store of built pages was unreadable; building afresh")
            return {}

    def _write_manifest(self, pages: dict[str, Built]) -> None:
        data = {"pages": {src: vars(page) for src, page in sorted(pages.items())}}
        try:
            text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
            _write_atomically(self.folder / f"{self.shared}.json", text.encode("utf-8"))
            self._prune()
        except OSError as error:
            self._give_up(error)

    def _prune(self) -> None:
        """Keep the newest manifests and the HTML they name; remove the rest."""
        manifests = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in manifests[:-_KEPT_MANIFESTS]:
            old.unlink(missing_ok=True)
        wanted: set[str] = set()
        for manifest in manifests[-_KEPT_MANIFESTS:]:
            try:
                raw = json.loads(manifest.read_text(encoding="utf-8"))
                wanted |= {page["html"] for page in raw["pages"].values() if page["html"]}
            except (OSError, ValueError, TypeError, KeyError):
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


def _answer(value: bool):
    return lambda: value


def _page_digest(shared: str, file: File) -> str:
    digest = hashlib.sha256(shared.encode())
    digest.update(file.src_uri.encode("utf-8") + b"\0")
    digest.update(file.content_bytes)  # read from docs/, or given by a plugin
    return digest.hexdigest()


def _shared_digest(config: MkDocsConfig, files: Files) -> str:
    """What every page's HTML depends on besides its own Markdown."""
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        for part in parts:
            digest.update(str(part).encode("utf-8", errors="surrogateescape") + b"\0")

    if config.config_file_path and os.path.isfile(config.config_file_path):
        digest.update(Path(config.config_file_path).read_bytes())
    add(config.site_url, config.use_directory_urls, config.docs_dir, config.strict)
    add(*(f"{name}={_version(name)}" for name in _PACKAGES))
    add(*sorted(f"{file.src_uri}:{file.dest_uri}" for file in files))
    for folder in [*config.theme.dirs, _CODE]:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                add(path.relative_to(folder))
                digest.update(path.read_bytes())
    return digest.hexdigest()


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise
