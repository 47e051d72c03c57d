"""Build (page inputs): what a page's HTML depends on, as digests.

A page's own input is its path and Markdown; what every page shares is the configuration as
loaded, the list of files of the site, the theme and its overrides, the versions of MkDocs,
Material and Python-Markdown, and explainer's own code. `generator.build.reuse` reuses a stored
page only while both digests are the same.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sysconfig
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from generator.model.release import code_digest, versions

_PACKAGES = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "explainer")


def source_status(file: File) -> tuple[int, int, int] | None:
    """Size, modification time and inode of a page's Markdown file; None for a page a plugin
    gave as text, or a file that cannot be read."""
    if file.generated_by or not file.abs_src_path:
        return None
    try:
        status = os.stat(file.abs_src_path)
    except OSError:
        return None
    return (status.st_size, status.st_mtime_ns, status.st_ino)


def page_digest(shared: str, file: File) -> str:
    """What one page's HTML depends on: the shared inputs, its path and its Markdown."""
    digest = hashlib.sha256(shared.encode())
    digest.update(file.src_uri.encode("utf-8") + b"\0")
    digest.update(file.content_bytes)  # read from docs/, or given by a plugin
    return digest.hexdigest()


def shared_digest(config: MkDocsConfig, files: Files) -> str:
    """What every page's HTML depends on besides its own Markdown."""
    digest = hashlib.sha256()

    def add(*parts: object) -> None:
        for part in parts:
            digest.update(str(part).encode("utf-8", errors="surrogateescape") + b"\0")

    if config.config_file_path and os.path.isfile(config.config_file_path):
        digest.update(Path(config.config_file_path).read_bytes())
    add(config.site_url, config.use_directory_urls, config.docs_dir, config.strict)
    add(versions(_PACKAGES), code_digest())
    add(*sorted(f"{file.src_uri}:{file.dest_uri}" for file in files))
    for folder in config.theme.dirs:
        # An installed theme, whose version is counted above, by the status of its folders
        # (installing or removing a file changes them); any other (`overrides/`) by content.
        if not _installed(folder):
            for path in _theme_files(folder):
                add(path)
                digest.update(Path(folder, path).read_bytes())
        else:
            add(*_folder_statuses(folder))
    return digest.hexdigest()


def _installed(folder: str) -> bool:
    """True for a folder inside the installed packages (site-packages)."""
    packages = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    resolved = Path(folder).resolve()
    return any(resolved.is_relative_to(Path(place).resolve()) for place in packages)


def _folder_statuses(folder: str) -> list[str]:
    """The path, modification time and inode of `folder` and each folder under it."""
    found = []
    for parent, subfolders, _ in os.walk(folder):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        status = os.stat(parent)
        found.append(f"{os.path.relpath(parent, folder)}:{status.st_mtime_ns}:{status.st_ino}")
    return sorted(found)


def _theme_files(folder: str) -> list[str]:
    """Every file under `folder`, by its path relative to it, sorted."""
    found = []
    for parent, subfolders, names in os.walk(folder):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        for name in names:
            path = os.path.join(parent, name)
            if stat.S_ISREG(os.stat(path).st_mode):
                found.append(os.path.relpath(path, folder))
    return sorted(found)
