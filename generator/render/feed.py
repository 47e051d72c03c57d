"""Render the Atom feed: the site's newest stories and their updates and corrections.

A `SiteView` and the site's address (`site_url` of mkdocs.yml) in; the text of `feed.xml` out.
The site (`site_name`) is the author of every entry; the article a story explains is linked as
`related`, and a claim in a summary names its claimant (`Mike Waltz claims: …`).
"""

from __future__ import annotations

from xml.etree import ElementTree

from generator.assemble.attribution import attributed
from generator.model.layout import FEED_FILE
from generator.model.views import SiteView, StoryView

FEED_ENTRIES = 50
"""The feed carries this many of the newest entries; older ones stay on the site."""
ATOM = "http://www.w3.org/2005/Atom"


FEED_FIELDS = ("last_updated", "published", "slug", "summary", "tags", "title", "updates", "url")
"""Every story field the feed is made from (the site's order and last update included)."""


def render_feed(site: SiteView, site_url: str, title: str) -> str:
    """An Atom feed with one entry per story and one per update, newest first."""
    base = site_url.rstrip("/") + "/"
    entries = []
    for story in site.stories:
        url = f"{base}stories/{story.slug}/"
        entries.append(
            (story.published or story.last_updated, url, _story_entry(story, url, title))
        )
        for number, update in enumerate(reversed(story.updates), start=1):
            entry_id = f"{url}#update-{number}"
            entries.append(
                (update["date"], entry_id, _update_entry(story, update, url, entry_id, title))
            )
    entries.sort(key=lambda item: (item[0], item[1]), reverse=True)
    feed = ElementTree.Element("feed", xmlns=ATOM)
    _add(feed, "title", title)
    _add(feed, "id", base)
    _add(feed, "updated", _timestamp(site.last_updated))
    ElementTree.SubElement(feed, "link", rel="self", href=f"{base}{FEED_FILE}")
    ElementTree.SubElement(feed, "link", rel="alternate", href=base)
    for _, _, entry in entries[:FEED_ENTRIES]:
        feed.append(entry)
    ElementTree.indent(feed)
    body = ElementTree.tostring(feed, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n{body}\n'


def _story_entry(story: StoryView, url: str, site_name: str) -> ElementTree.Element:
    entry = ElementTree.Element("entry")
    _add(entry, "title", story.title)
    _add(entry, "id", url)
    ElementTree.SubElement(entry, "link", rel="alternate", href=url)
    if story.url:
        ElementTree.SubElement(entry, "link", rel="related", href=story.url)
    if story.published:
        _add(entry, "published", _timestamp(story.published))
    _add(entry, "updated", _timestamp(story.last_updated))
    author = ElementTree.SubElement(entry, "author")
    _add(author, "name", site_name)
    for tag in story.tags:
        ElementTree.SubElement(entry, "category", term=tag)
    lines = [attributed(item) for item in story.summary]
    lines += [
        f"{'Correction' if update['correction'] else 'Update'} {update['date']}: {update['what']}"
        for update in story.updates
    ]
    _add(entry, "summary", "\n\n".join(" ".join(line.split()) for line in lines))
    return entry


def _update_entry(
    story: StoryView, update: dict, url: str, entry_id: str, site_name: str
) -> ElementTree.Element:
    entry = ElementTree.Element("entry")
    kind = "Correction" if update["correction"] else "Update"
    _add(entry, "title", f"{kind}: {story.title}")
    _add(entry, "id", entry_id)
    ElementTree.SubElement(entry, "link", rel="alternate", href=f"{url}#updates-and-corrections")
    _add(entry, "updated", _timestamp(update["date"]))
    author = ElementTree.SubElement(entry, "author")
    _add(author, "name", site_name)
    _add(entry, "summary", " ".join(update["what"].split()))
    return entry


def _add(parent: ElementTree.Element, tag: str, text: str) -> None:
    ElementTree.SubElement(parent, tag).text = text


def _timestamp(date: str) -> str:
    """A date as Atom wants it; the feed carries dates only, so midnight UTC."""
    return f"{date or '1970-01-01'}T00:00:00Z"
