"""Assemble (site): the assembled stories become the model of the whole site.

`StoryView` values in; a `SiteView` out: stories newest first, the home page's JSON-LD list (its
newest stories only), the pages of All stories, the catalog of people, topics and places, and the
site's last update.
"""

from __future__ import annotations

from generator.assemble.catalog import assemble_catalog
from generator.assemble.pagination import paginate
from generator.assemble.story import (
    assemble_story,
)
from generator.assemble.structured_data import describe_stories
from generator.model.layout import HOME_STORIES, STORIES_FOLDER, STORIES_PER_PAGE
from generator.model.story import Story
from generator.model.views import (
    SiteView,
    StoryView,
)


def assemble_site(stories: list[Story]) -> SiteView:
    """The model of the whole site: stories newest first, then by title."""
    return site_of([assemble_story(story) for story in stories])


def site_of(views: list[StoryView]) -> SiteView:
    """The site made of stories already assembled: newest first, then by title, then by slug."""
    views = sorted(views, key=lambda view: view.slug)
    views.sort(key=lambda view: view.title)
    views.sort(key=lambda view: view.published, reverse=True)
    updated = max((view.last_updated for view in views), default="")
    story_pages = paginate(views, f"{STORIES_FOLDER}/index.md", STORIES_PER_PAGE)
    for page in story_pages:
        page.json_ld = describe_stories(page.items, page.first_position)
    return SiteView(
        tuple(views),
        describe_stories(views[:HOME_STORIES]),
        assemble_catalog(views),
        updated,
        story_pages,
    )
