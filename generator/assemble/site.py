"""Assemble (site): the assembled stories become the model of the whole site.

`StoryView` values in; a `SiteView` out: stories newest first, their JSON-LD list, the
catalog of people, topics and places, and the site's last update.
"""

from __future__ import annotations

from generator.assemble.catalog import assemble_catalog
from generator.assemble.story import (
    assemble_story,
)
from generator.assemble.structured_data import describe_stories
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
    return SiteView(tuple(views), describe_stories(views), assemble_catalog(views), updated)
