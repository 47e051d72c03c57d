"""Page names: the file name a tag's or a person's page is written under in `docs/`.

A tag's name or an actor's id in; the page's file name (without `.md`) out.
"""

from __future__ import annotations

import functools
import re

MAX_FILE_NAME_BYTES = 255
"""The longest file name (in UTF-8 bytes) most file systems hold: ext4, APFS, NTFS."""


@functools.lru_cache(maxsize=4096)
def tag_slug(name: str) -> str:
    """`United States` as `united-states`; a name with no letter or digit becomes `tag`."""
    return page_name("-".join(re.findall(r"[^\W_]+", name.lower())) or "tag")


def page_name(slug: str) -> str:
    """The file name (without `.md`) of a tag's or person's page; `index` is the folder's own."""
    return "index-page" if slug == "index" else slug


def file_name_bytes(slug: str) -> int:
    """The length in bytes of the page file `slug.md`."""
    return len(f"{slug}.md".encode())
