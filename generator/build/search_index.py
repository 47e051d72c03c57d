"""Build (search index): the site's search index from each page's entries kept as JSON.

Material's search plugin writes its index as one JSON object whose list of entries comes last;
the build gives it that list already written, page by page, instead of every page's entries
to serialise again.
"""

from __future__ import annotations

import json
from typing import Any


def entries_json(entries: list[Any]) -> str:
    """Search entries as JSON the way Material's search plugin writes its index (compact,
    anything else as text), without the brackets of their list: the pieces join with commas."""
    return json.dumps(entries, separators=(",", ":"), default=str)[1:-1]


def search_index_text(empty_index: str, entries: str) -> str:
    """The search index with `entries` (JSON, without their list's brackets), from the index
    the search plugin writes with no entries: its list of entries comes last."""
    if not empty_index.endswith("[]}"):
        raise ValueError("the search plugin's index does not end with its list of entries")
    return f"{empty_index[:-3]}[{entries}]}}"
