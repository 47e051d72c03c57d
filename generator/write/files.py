"""Files: one file replaced in one step, through a temporary file beside it and a rename.

A path and bytes in; the file out, whole or not at all.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from pathlib import Path

from generator.model.failures import write_problem
from generator.model.problem import ProblemsFound


def write_atomically(path: Path, text: str) -> bool:
    """Write `text` to `path` through a temporary file, fsync and a rename; False when unchanged.

    Raises `ProblemsFound` naming the file and the reason in plain words when it cannot be
    written; the old file (or none) is then left as it was.
    """
    data = text.encode("utf-8")
    try:
        if path.exists() and path.read_bytes() == data:
            return False
        _replace_file(os.fspath(path), data, set(), durable=True)
    except OSError as error:
        raise ProblemsFound([write_problem(path, error)]) from None
    return True


def _replace_file(path: str, data: bytes, folders: set[str], durable: bool = False) -> None:
    """Put `data` at `path` through a temporary file and a rename, making its folder unless it
    is among the `folders` already made (to which it is added); `durable` waits until the bytes
    are on the disk before the rename."""
    folder, name = os.path.split(path)
    folder = folder or "."
    if folder not in folders:
        os.makedirs(folder, exist_ok=True)
        folders.add(folder)
    temporary, handle = _new_temporary_file(folder, name)
    try:
        try:
            unwritten = memoryview(data)
            while unwritten:
                unwritten = unwritten[os.write(handle, unwritten) :]
            if durable:
                os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _new_temporary_file(folder: str, name: str) -> tuple[str, int]:
    """A file of our own beside `name`, opened for writing, made for readers as any new file
    is (the umask decides)."""
    while True:
        temporary = f"{folder}/.{name}.{os.getpid()}-{next(_temporary_numbers)}.tmp"
        try:
            return temporary, os.open(temporary, _NEW_FILE, 0o666)
        except FileExistsError:
            continue  # left by a run that was killed, or by another process: take another


_temporary_numbers = itertools.count()
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
