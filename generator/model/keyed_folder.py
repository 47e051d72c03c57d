"""Keyed folder: one folder of a cache for the inputs it was made from, the others removed.

Used for compiled templates, whose code holds for one version of the code and settings only.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def keyed_folder(parent: Path, key: str) -> Path | None:
    """The folder `parent/key`, made when missing; every other folder under `parent` (made
    for other inputs, never read again) is removed. None when it cannot be made."""
    folder = parent / key
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for other in parent.iterdir():
            if other != folder and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
    except OSError:
        return None
    return folder
