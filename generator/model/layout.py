"""Layout: where a project keeps its stories and where the generated pages go under `docs/`.

Names of files and folders, and the size limits of what is read; no behaviour.
"""

from __future__ import annotations

import re

FACTS_FILE = "facts.yaml"
ARTICLE_FILE = "article.txt"
ADDITIONS_FOLDER = "pages"
"""A story's own Markdown pages: `seeds/<story>/pages/*.md`."""
ADOPTED_LINE = "adopted: true"
"""In the front matter of `seeds/<story>/pages/<name>.md` named like a generated page: the file
is the whole page (adopted with `explainer adopt`), published instead of the generated one."""
EDITOR_CONTENT_MARKER = "<!-- explainer: the editor's own Markdown starts here -->"
"""Put before an editor's own Markdown in a page: the built HTML from there on is cleaned of
scripts and event handlers (see `generator.build.editor_html`)."""
MAX_FACTS_BYTES = 2 * 1024 * 1024
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
SLUG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
"""A story folder's name (its slug), and a page file's name without `.md`."""

STORIES_FOLDER = "stories"
PEOPLE_FOLDER = "people"
TOPICS_FOLDER = "topics"
PLACES_FOLDER = "places"
GENERATED_FOLDERS = (STORIES_FOLDER, PEOPLE_FOLDER, TOPICS_FOLDER, PLACES_FOLDER)
"""Folders under `docs/` whose pages are all generated."""
FEED_FILE = "feed.xml"
KEPT_FOLDER = "kept-pages"
"""Beside `docs/`: generated pages edited by hand that are no longer generated (their story, or
person, topic or place, is gone), moved out of the site so that their links cannot break it."""
HOME_STORIES = 10
"""How many of the newest stories the home page shows (and its JSON-LD lists); the rest are one
click away."""
STORIES_PER_PAGE = 100
"""How many stories each page of All stories lists: `stories/index.md` the newest, then
`stories/page-2.md` and on, so that no page grows with the number of stories."""
APPEARANCES_PER_PAGE = 20
"""How many stories each page of a person shows in full (quotes and positions); the older ones
are on `people/<id>/page-2.md` and on."""
TAG_STORIES_PER_PAGE = 100
"""How many stories each page of a topic or place lists; the older ones on
`topics/<slug>/page-2.md` and on."""
LIST_PAGE_NAME = re.compile(r"^page-[0-9]+$")
"""The name of a later page of a list (`page-2`); no story folder may take it."""

STORY_PAGES = (
    ("index", "Overview"),
    ("quotes", "Key quotes"),
    ("positions", "Positions"),
    ("timeline", "Timeline"),
    ("questions", "Open questions"),
    ("people", "Who's who"),
    ("glossary", "Glossary"),
    ("source", "Source text"),
)
UNSEARCHED_STORY_PAGES = ("source",)
"""A story's pages left out of the site search: the Source text repeats the article, whose
quotes are found on the Key quotes page; the index every search downloads stays smaller."""
