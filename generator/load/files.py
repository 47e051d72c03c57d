"""Files: the text of a story's files, read safely.

A path, a size limit and the story folder in; UTF-8 text with `\\n` line endings, or a
problem that says what is wrong with the file, out.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from generator.model.problem import Problem, display_path


def read_text(path: Path, limit: int, root: Path, problems: list[Problem], what: str) -> str | None:
    """The UTF-8 text of `path`, or None after adding a problem that says what is wrong."""

    def refuse(message: str, line: int | None = None, column: int | None = None) -> None:
        problems.append(Problem(display_path(path), message, line, column))

    try:
        status = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        status = None
    except OSError as error:
        refuse(f"the {what} cannot be read ({error.strerror}); check its permissions")
        return None
    if status is not None and stat.S_ISLNK(status.st_mode):
        if not path.resolve().is_relative_to(root.resolve()):
            refuse(
                f"the {what} links outside its story folder; copy the file into the folder instead"
            )
            return None
        try:
            status = os.stat(path)
        except OSError:
            refuse(f"the {what} is a link to nothing; replace it with the file itself")
            return None
    if status is None:
        hint = (
            "explainer draft writes a fact sheet to start from"
            if what == "fact sheet"
            else "paste the article's text into it"
        )
        refuse(f"the {what} is missing; create {path.name} in the story folder ({hint})")
        return None
    if not stat.S_ISREG(status.st_mode):
        refuse(f"the {what} is not a file; replace it with {path.name}")
        return None
    size = status.st_size
    if size > limit:
        refuse(
            f"the {what} is {size:,} bytes; the limit is {limit:,} bytes; "
            f"split the story or shorten the {what}"
        )
        return None
    try:
        with open(path, "rb") as stream:
            raw = stream.read()
    except OSError as error:
        refuse(f"the {what} cannot be read ({error.strerror}); check its permissions")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        refuse(f"byte {raw[error.start]:#04x} is not UTF-8; save the file as UTF-8", line, column)
        return None
    text = text.lstrip("\ufeff")
    nul = text.find("\x00")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        column = nul - (text.rfind("\n", 0, nul) + 1) + 1
        refuse(
            f"the {what} holds a NUL byte here, so it is not text; delete it (and any other) "
            "and save the file as plain UTF-8 text",
            line,
            column,
        )
        return None
    return text.replace("\r\n", "\n") if "\r" in text else text
