"""Failures of the file system, in plain words: what went wrong and what to do about it.

An `OSError` in; a short reason ("the disk is full") and a problem naming the file out.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from generator.model.problem import Problem, display_path

_REASONS = {
    errno.ENOSPC: "the disk is full; free some space and run again",
    errno.EDQUOT: "the disk quota is used up; free some space and run again",
    errno.EFBIG: "the file is larger than this disk or account allows",
    errno.EACCES: "permission denied; check who owns the folder and its permissions",
    errno.EPERM: "the operation is not permitted; check who owns the folder",
    errno.EROFS: "the disk is read-only; write to another folder",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is a file, not a folder; move that file aside",
    errno.EISDIR: "it is a folder, not a file; move the folder aside",
    errno.ENAMETOOLONG: "the file name is too long for this disk",
    errno.EIO: "the disk could not be read or written (input/output error)",
}


def plain_reason(error: OSError) -> str:
    """Why an operation on a file failed, in words a reader understands."""
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return (error.strerror or str(error) or type(error).__name__).lower()


def write_problem(path: str | os.PathLike[str], error: OSError) -> Problem:
    """A problem saying that `path` could not be written, and why; nothing was left half-written."""
    return Problem(
        display_path(Path(os.fspath(path))),
        f"cannot be written: {plain_reason(error)}; nothing was changed",
    )
