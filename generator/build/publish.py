"""Publish: a site built whole in a folder beside its target, then swapped in at once.

A target folder in; the new site there, or the old one untouched. One build at a time per
project (a lock file), and a folder that holds files of someone else is never emptied.

The site it replaces is kept beside it as `.NAME.spare` (its pages are mostly links to the store of
built pages, so it takes little room; safe to delete) and becomes the folder the next build is
made in: a site of 1,000 stories has 8,000 folders, and making them anew and removing the old
ones took longer than building the pages an edit changes. `tidy_site` empties such a folder of
everything the next build will not put back as it is. A site published where there was none
gets a spare of its folders alone, made by a child process while the build finishes.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from generator.model.aside import run_aside
from generator.model.failures import plain_reason

SITE_MARKER = ".explainer-site"
"""A file the tool leaves in every site it builds: the folder is ours to replace."""
LOCK_FILE = ".explainer-build.lock"
_BUILDING = ".building-"
_OLD = ".old-"
_SPARE = ".spare"
_MAKING = ".making"
_MARKER_TEXT = "built by explainer; replaced whole by each build\n"


class PublishRefused(Exception):
    """The site cannot be published where asked; the message says why and what to do."""


@contextlib.contextmanager
def build_lock(root: Path) -> Iterator[None]:
    """Hold the project's build lock; refuse at once when another build holds it."""
    path = root / LOCK_FILE
    try:
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as error:
        raise PublishRefused(f"{path}: cannot be opened: {plain_reason(error)}") from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PublishRefused(
                f"another explainer build is running in {root} (it holds {path}); "
                "wait for it to finish, then run again"
            ) from None
        yield
    finally:
        os.close(handle)  # closing releases the lock


def keeps_spare(target: Path, project: Path) -> bool:
    """True when a site at `target` keeps a spare: only inside the project folder (beside a
    site published elsewhere, say in a web server's folder, a spare would be served too)."""
    try:
        return target.absolute().resolve().is_relative_to(project.absolute().resolve())
    except OSError:
        return False


def prepare_target(target: Path, clean: bool, spare: bool = False) -> Path:
    """Clean what a killed run left beside `target`, refuse a foreign folder, and return the
    empty folder to build in (a sibling of `target`). Call with the build lock held."""
    target = target.absolute()
    _remove_leftovers(target)
    if target.exists() and not target.is_dir():
        raise PublishRefused(f"{target}: is a file, not a folder; move it aside or pick another")
    if not clean and target.is_dir() and not _is_our_site(target):
        raise PublishRefused(
            f"{target}: holds files explainer did not write, so it was left as it is; "
            "pick an empty or new folder, or pass --clean to replace everything in it"
        )
    building = target.parent / f".{target.name}{_BUILDING}{os.getpid()}"
    kept = _spare(target)
    try:
        if spare and _our_folder(kept):
            os.rename(kept, building)  # an earlier site: its folders are made already
            return building
    except OSError:
        pass
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        building.mkdir()
    except OSError as error:
        raise PublishRefused(f"{building}: cannot be made: {plain_reason(error)}") from None
    return building


def publish(building: Path, target: Path, spare: bool = False) -> Callable[[], bool]:
    """Put the finished site in `building` at `target` in one step and keep the old site as
    the spare. Returns the function that waits for the spare to be made, when there was no
    old site: its folders are then made in a child process, so that the next build does not
    make them."""
    target = target.absolute()
    (building / SITE_MARKER).write_text(_MARKER_TEXT)
    if not target.exists():
        os.rename(building, target)
        if not spare or os.path.lexists(_spare(target)):
            return lambda: True
        return run_aside(lambda: _make_spare_folders(target))
    if _exchange(building, target):
        _keep_as_spare(building, target, spare)  # the old site, now at the building name
        return lambda: True
    old = target.parent / f".{target.name}{_OLD}{os.getpid()}"
    os.rename(target, old)
    os.rename(building, target)
    _keep_as_spare(old, target, spare)
    return lambda: True


def _make_spare_folders(site: Path) -> bool:
    """Make the spare of `site` as its folders alone, under a temporary name renamed at the
    end (a spare cut short is never taken for one)."""
    spare = _spare(site)
    making = spare.with_name(f"{spare.name}-{os.getpid()}{_MAKING}")
    try:
        for parent, folders, _ in os.walk(site):
            here = making / os.path.relpath(parent, site)
            if parent == os.fspath(site):
                here.mkdir()
            for folder in folders:
                (here / folder).mkdir()
        (making / SITE_MARKER).write_text(_MARKER_TEXT)
        if os.path.lexists(spare):
            raise FileExistsError(spare)
        os.rename(making, spare)
    except OSError:
        shutil.rmtree(making, ignore_errors=True)
        return False
    return True


def discard(building: Path, target: Path, spare: bool = False) -> None:
    """Put aside a build that failed or was interrupted: kept as the spare of `target` when it
    was made in one (the next build tidies it), removed otherwise."""
    if os.path.lexists(building):
        _keep_as_spare(building, target.absolute(), spare)


def is_recycled(folder: Path) -> bool:
    """True for a folder `prepare_target` made a build in from a spare: a building folder
    holding an earlier site's marker (never the published site itself)."""
    return _BUILDING in folder.name and _our_folder(folder)


def tidy_site(folder: Path, keep: set[str]) -> None:
    """Remove from `folder`, a site explainer built, every file whose path is not in `keep`
    (absolute paths, as MkDocs gives them) and every folder left empty that holds no path of
    `keep`; its marker stays."""
    marker = os.path.join(folder, SITE_MARKER)
    wanted = {os.path.dirname(path) for path in keep}

    def tidy(path: str) -> bool:
        """Tidy one folder; True when it is left empty."""
        empty = True
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if tidy(entry.path) and entry.path not in wanted:
                        with contextlib.suppress(OSError):
                            os.rmdir(entry.path)
                            continue
                elif entry.path not in keep and entry.path != marker:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)
                        continue
                empty = False
        return empty

    tidy(os.fspath(folder))


def _spare(target: Path) -> Path:
    return target.parent / f".{target.name}{_SPARE}"


def _keep_as_spare(old: Path, target: Path, spare: bool) -> None:
    """Keep the site at `old` as the spare of `target`, or remove it when no spare is kept,
    it is not a folder of ours (a link to one is not) or the spare's place is taken."""
    kept = _spare(target)
    if spare and _our_folder(old) and not os.path.lexists(kept):
        with contextlib.suppress(OSError):
            os.rename(old, kept)
            return
    if os.path.islink(old):
        with contextlib.suppress(OSError):
            os.unlink(old)  # the link only: what it points to is not ours to remove
        return
    shutil.rmtree(old, ignore_errors=True)


def _our_folder(folder: Path) -> bool:
    """A real folder (not a link) holding the marker of a site explainer built."""
    return not os.path.islink(folder) and folder.is_dir() and (folder / SITE_MARKER).is_file()


def _is_our_site(folder: Path) -> bool:
    """An empty folder, one with our marker, or a site MkDocs built before the marker existed."""
    if (folder / SITE_MARKER).is_file() or not any(folder.iterdir()):
        return True
    return (folder / "sitemap.xml.gz").is_file() and (folder / "index.html").is_file()


def _remove_leftovers(target: Path) -> None:
    """Folders a killed run left beside `target`; an old site put aside is put back first."""
    parent = target.parent
    if not parent.is_dir():
        return
    for path in sorted(parent.glob(f".{target.name}{_OLD}*")):
        if not target.exists():
            os.rename(path, target)
        else:
            shutil.rmtree(path, ignore_errors=True)
    for path in parent.glob(f".{target.name}{_BUILDING}*"):
        shutil.rmtree(path, ignore_errors=True)
    for path in parent.glob(f".{target.name}{_SPARE}-*{_MAKING}"):
        shutil.rmtree(path, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one step (Linux renameat2); False where the system cannot."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP}:
        return False
    raise OSError(code, os.strerror(code), os.fspath(second))
