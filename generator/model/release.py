"""Release: which explainer code and which libraries are running, as one digest.

What a run keeps for the next (built pages, the generation cache) is only good for the same code:
a change to explainer's own files or to a library's version starts from nothing.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from importlib import metadata
from pathlib import Path

CODE_FOLDER = Path(__file__).resolve().parent.parent
"""explainer's own package."""


@functools.cache
def code_digest() -> str:
    """One hash of every file of explainer's package (its code, word lists and schema)."""
    digest = hashlib.sha256()
    for folder, subfolders, names in sorted(os.walk(CODE_FOLDER)):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        for name in sorted(names):
            path = Path(folder, name)
            digest.update(path.relative_to(CODE_FOLDER).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def versions(packages: tuple[str, ...]) -> str:
    """`name=version` of Python and each package ("none" for one not installed), one a line."""
    lines = [f"python={sys.version}"]
    for package in packages:
        try:
            lines.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            lines.append(f"{package}=none")
    return "\n".join(lines)
