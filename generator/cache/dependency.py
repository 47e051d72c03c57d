"""Dependency: the fields of the site model that the pages about every story read.

A `SiteView` in; a stand-in that records each field templates read, and the values of those fields
(a key: equal keys give the same pages) out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.model.views import SiteView, StoryView

STORIES = "stories"
ORDER_FIELDS = frozenset({"published", "slug", "title"})
"""The fields `site_of` orders stories by."""
SITE_SOURCES = frozenset(
    {"appearances", "author", "last_updated", "outlet", "places", "published", "slug"}
    | {"summary", "tags", "title", "url"}
)
"""Every story field `site_of` reads to make the site's own fields (catalog, JSON-LD, last
update): while these and the number of stories stay the same, so do those fields."""


@dataclass
class Reads:
    """The fields read from the site and from any of its stories."""

    site: set[str] = field(default_factory=set)
    story: set[str] = field(default_factory=set)


class _Recorder:
    """Stands in for a model object and notes the name of every field read through it."""

    __slots__ = ("_reads", "_target")

    def __init__(self, target: Any, reads: set[str]) -> None:
        self._target = target
        self._reads = reads

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        self._reads.add(name)
        return value


class _SiteRecorder(_Recorder):
    __slots__ = ("_stories",)

    def __init__(self, site: SiteView, reads: Reads) -> None:
        super().__init__(site, reads.site)
        self._stories = tuple(_Recorder(story, reads.story) for story in site.stories)

    def __getattr__(self, name: str) -> Any:
        if name == STORIES:
            self._reads.add(name)
            return self._stories
        return super().__getattr__(name)


def recording(site: SiteView) -> tuple[Any, Reads]:
    """A stand-in for `site` to render templates with, and the record it fills in."""
    reads = Reads()
    return _SiteRecorder(site, reads), reads


def story_key(story: StoryView, reads: Reads) -> tuple:
    """The values of the fields read from any story, of those that order the stories and, when
    the site's own fields are read, of those they are made from."""
    names = reads.story | ORDER_FIELDS
    if not reads_only_stories(reads):
        names |= SITE_SOURCES
    return tuple(getattr(story, name) for name in sorted(names))


def reads_only_stories(reads: Reads) -> bool:
    """True when the templates read nothing from the site but its stories, so that the pages
    stay the same while every story's key does."""
    return reads.site <= {STORIES}
