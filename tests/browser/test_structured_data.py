"""The JSON-LD in each story page's head, as a search engine would read it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.browser.conftest import SEED_SLUG

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def read_graph(site_dir: Path, page: str) -> list[dict]:
    html = (site_dir / "stories" / SEED_SLUG / page / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>")[0]
    scripts = SCRIPT.findall(head)
    assert len(scripts) == 1, f"{page}: {len(scripts)} JSON-LD scripts in the head"
    data = json.loads(scripts[0])
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def test_every_story_page_describes_the_news_article(site_dir):
    for page in ("", "quotes", "positions", "timeline", "source", "people", "glossary"):
        article = read_graph(site_dir, page)[0]
        assert article["@type"] == "NewsArticle"
        assert article["headline"].startswith("Waltz: Ukraine should expect")
        assert article["datePublished"] == "2025-03-16"


def test_quotes_page_carries_each_quote_with_its_speaker(site_dir):
    graph = read_graph(site_dir, "quotes")
    article, quotations = graph[0], graph[1:]
    assert [q["@type"] for q in quotations] == ["Quotation"] * len(quotations)
    carrots = next(q for q in quotations if "carrots and sticks" in q["text"])
    assert carrots["creator"] == {
        "@type": "Person",
        "name": "Mike Waltz",
        "jobTitle": "US National Security Adviser",
    }
    assert carrots["isBasedOn"] == {"@id": article["@id"]}


def test_every_page_has_a_meta_description(site_dir):
    for file in sorted(site_dir.rglob("index.html")):
        html = file.read_text(encoding="utf-8")
        assert re.search(r'<meta name="description" content="[^"]{20,}"', html), file
