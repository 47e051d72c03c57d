"""Assemble (structured data): a story's model becomes the JSON-LD each of its pages carries.

`StoryView` and `PersonView` values in; JSON text safe inside a `<script>` element out
(schema.org NewsArticle for an explainer, based on the NewsArticle it explains; Quotation for
each quote; Person for a person's page; ItemList for the pages that list stories).

The explainer site is the publisher of every explainer. Its name and address are known only
when MkDocs builds the site, so the JSON-LD names it `SITE_PUBLISHER` and the build puts the
site in its place (`with_site_publisher`). The source article's own outlet is the publisher
of the source article only, and only when the fact sheet names it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.assemble.attribution import attributed
from generator.model.views import ActorView, PersonView, QuoteView, StoryView

QUOTE_PAGES = ("quotes", "people")
SITE_PUBLISHER = "#explainer-site"
"""The `@id` that stands for the explainer site until the build names it."""


def describe_story(story: StoryView) -> dict[str, str]:
    """The JSON-LD text of every page of the story, keyed by page name."""
    article = explainer_article(story)
    source_id = article["isBasedOn"]["@id"]
    speakers = {f"people.md#{actor.id}": actor for actor in (*story.people, *story.organisations)}
    quotations = [quotation(quote, speakers, source_id) for quote in story.quotes]
    with_quotes = script_json({"@context": "https://schema.org", "@graph": [article, *quotations]})
    without = script_json({"@context": "https://schema.org", "@graph": [article]})
    return {page.name: with_quotes if page.name in QUOTE_PAGES else without for page in story.pages}


def describe_stories(stories: Sequence[StoryView], first_position: int = 1) -> str:
    """The JSON-LD text of a page listing stories: the explainers shown, in the order shown,
    numbered from `first_position` (their place in the whole list)."""
    items = [
        {"@type": "ListItem", "position": number, "item": explainer_article(story)}
        for number, story in enumerate(stories, start=first_position)
    ]
    return script_json(
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    )


def describe_person(person: PersonView, affiliations: Sequence[str] = ()) -> str:
    """The JSON-LD text of a person's page: name, roles and whom they speak for."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "name": person.name,
    }
    if person.roles:
        data["jobTitle"] = list(person.roles) if len(person.roles) > 1 else person.roles[0]
        data["description"] = "; ".join(person.roles)
    if affiliations:
        data["affiliation"] = [{"@type": "Organization", "name": name} for name in affiliations]
    return script_json(data)


def explainer_article(story: StoryView) -> dict[str, Any]:
    """The explainer, published by the site and based on the news article it explains."""
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": f"#explainer-{story.slug}",
        "headline": story.title,
        "publisher": {"@id": SITE_PUBLISHER},
        "author": {"@id": SITE_PUBLISHER},
        "isBasedOn": source_article(story),
    }
    if story.summary:
        article["description"] = attributed(story.summary[0])
    if story.last_updated:
        article["dateModified"] = story.last_updated
    if story.tags:
        article["keywords"] = list(story.tags)
    return article


def source_article(story: StoryView) -> dict[str, Any]:
    """The news article the explainer is about, with what the fact sheet knows of it: its
    outlet is named only when the fact sheet names it."""
    article: dict[str, Any] = {"@type": "NewsArticle", "@id": story.url or f"#source-{story.slug}"}
    if story.published:
        article["datePublished"] = story.published
    if story.url:
        article["url"] = story.url
    if story.author:
        article["author"] = {"@type": "Person", "name": story.author}
    if story.outlet:
        article["publisher"] = {"@type": "Organization", "name": story.outlet}
    return article


def quotation(quote: QuoteView, speakers: dict[str, ActorView], source_id: str) -> dict[str, Any]:
    """One quote: its words, who said them, and the article that reports them."""
    item: dict[str, Any] = {
        "@type": "Quotation",
        "text": quote.text,
        "isBasedOn": {"@id": source_id},
    }
    speaker = speakers.get(quote.speaker_link or "")
    if speaker is not None:
        creator: dict[str, Any] = {
            "@type": "Person" if speaker.kind == "person" else "Organization",
            "name": speaker.name,
        }
        if speaker.role and speaker.kind == "person":
            creator["jobTitle"] = speaker.role
        item["creator"] = creator
    return item


def with_site_publisher(text: str, site_name: str, site_url: str | None) -> str:
    """JSON-LD text with the site (name, and address when known) wherever `SITE_PUBLISHER`
    stands; text that is not JSON is returned as it is."""
    try:
        data = json.loads(text)
    except ValueError:
        return text
    site: dict[str, Any] = {"@type": "Organization", "name": site_name}
    if site_url:
        site["url"] = site_url
    return script_json(_replace_site(data, site))


def _replace_site(data: Any, site: dict[str, Any]) -> Any:
    if isinstance(data, dict):
        if data == {"@id": SITE_PUBLISHER}:
            return site
        return {key: _replace_site(value, site) for key, value in data.items()}
    if isinstance(data, list):
        return [_replace_site(item, site) for item in data]
    return data


def script_json(data: object) -> str:
    """JSON that cannot end its `<script>` element early: `<`, `>` and `&` are escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
