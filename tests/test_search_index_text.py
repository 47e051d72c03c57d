"""The search index a build writes from the entries it kept as JSON is byte for byte the index
Material's search plugin writes from the same entries."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest
from material.plugins.search.plugin import SearchIndex

from generator.build.search_index import entries_json, search_index_text

CONFIG = {"lang": ["en"], "separator": r"[\s\-]+", "pipeline": ["stemmer"], "fields": {}}
PAGES = [
    [
        {"location": "stories/a/", "title": "Überblick “quoted”", "text": "<p>Kyiv &amp; more</p>"},
        {"location": "stories/a/#who", "title": "Who", "text": "", "tags": ["Ukraine"]},
    ],
    [],
    [{"location": "people/x/", "title": PurePosixPath("not/a/string"), "text": "line\nbreak"}],
]


def test_entries_kept_as_json_give_the_plugins_own_index():
    whole = SearchIndex(**CONFIG)
    whole.entries = [entry for page in PAGES for entry in page]
    empty = SearchIndex(**CONFIG)
    kept = ",".join(entries_json(page) for page in PAGES if page)
    assert search_index_text(empty.generate_search_index(None), kept) == (
        whole.generate_search_index(None)
    )


def test_an_index_whose_entries_are_not_last_is_refused():
    with pytest.raises(ValueError, match="list of entries"):
        search_index_text('{"docs":[],"config":{}}', "")
