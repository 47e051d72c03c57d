"""Assemble (structured data): a story's model becomes the JSON-LD each of its pages carries.

`StoryView` values in; JSON text safe inside a `<script>` element out (schema.org NewsArticle
for a story, Quotation for each quote, ItemList for the pages that list stories).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from generator.model.views import ActorView, QuoteView, StoryView

QUOTE_PAGES = ("quotes", "people")


def describe_story(story: StoryView) -> dict[str, str]:
    """The JSON-LD text of every page of the story, keyed by page name."""
    article = news_article(story)
    speakers = {f"people.md#{actor.id}": actor for actor in (*story.people, *story.organisations)}
    quotations = [quotation(quote, speakers, article["@id"]) for quote in story.quotes]
    with_quotes = script_json({"@context": "https://schema.org", "@graph": [article, *quotations]})
    without = script_json({"@context": "https://schema.org", "@graph": [article]})
    return {page.name: with_quotes if page.name in QUOTE_PAGES else without for page in story.pages}


def describe_stories(stories: Sequence[StoryView]) -> str:
    """The JSON-LD text of a page listing stories: the news articles in the order shown."""
    items = [
        {"@type": "ListItem", "position": number, "item": news_article(story)}
        for number, story in enumerate(stories, start=1)
    ]
    return script_json(
        {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": items}
    )


def news_article(story: StoryView) -> dict[str, Any]:
    """The news article the explainer is about, with what the fact sheet knows of it."""
    article: dict[str, Any] = {
        "@type": "NewsArticle",
        "@id": story.url or f"#news-article-{story.slug}",
        "headline": story.title,
    }
    if story.summary:
        article["description"] = story.summary[0].text
    if story.published:
        article["datePublished"] = story.published
    if story.url:
        article["url"] = story.url
    if story.author:
        article["author"] = {"@type": "Person", "name": story.author}
    if story.outlet and story.outlet != "Unknown outlet":
        article["publisher"] = {"@type": "Organization", "name": story.outlet}
    if story.tags:
        article["keywords"] = list(story.tags)
    return article


def quotation(quote: QuoteView, speakers: dict[str, ActorView], article_id: str) -> dict[str, Any]:
    """One quote: its words, who said them, and the article it is based on."""
    item: dict[str, Any] = {
        "@type": "Quotation",
        "text": quote.text,
        "isBasedOn": {"@id": article_id},
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


def script_json(data: object) -> str:
    """JSON that cannot end its `<script>` element early: `<`, `>` and `&` are escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
